import type { QueryClient, QueryObserverOptions } from '@tanstack/query-core';
import { createStore } from 'zustand/vanilla';
import {
  type AddOnQuote,
  addOnById,
  type BillingAdapter,
  BillingError,
  isBillingError,
  nextPeriodUnits,
  parseQuote,
  parseSubscription,
  parseUpdatedSubscription,
  type Subscription,
  type UpdateAddOnRequest,
} from '../core';
import type { BillingFormatters } from '../format';
import { countText, resolveHookMessages } from '../hookMessages';
import type { BillingMessageOverrides } from '../messages';
import { callAdapter, errorCode } from './callAdapter';
import type { BillingEvent, BillingEventHandler } from './events';
import { createIdempotencyKey } from './idempotencyKey';
import { billingKeys, ownQueryOptions } from './keys';

/** What the live region says, and whether it is an outcome (shown) or a summary (read out only). */
export interface BillingAnnouncement {
  /** Grows with every announcement, so the same text said again is news again. */
  id: number;
  text: string;
  kind: 'summary' | 'outcome';
}

/** The change under review (the dialog is open on it) and where applying it stands. */
export interface BillingReview {
  addOnId: string;
  units: number;
  /** `applying` while the change is sent (it cannot be cancelled then); `failed` after an attempt that did not apply it. */
  phase: 'reviewing' | 'applying' | 'failed';
  /** Why the last attempt failed (payment declined, network...), for an alert. */
  error: Error | null;
  /** True when that failure leaves unknown whether the change was applied (its answer was lost, late or unreadable). */
  outcomeUnknown: boolean;
  /** Set after an expired quote or a conflict: new figures are fetched and need a new confirmation. */
  refreshed: 'quote_expired' | 'conflict' | null;
}

/** One provider's state of the change flow: never shared between two providers on one page. */
export interface BillingControllerState {
  /** The add-on whose stepper is open. */
  editing: string | null;
  /** Units chosen in the steppers, by add-on id, until applied or the stepper is closed. */
  drafts: Readonly<Record<string, number>>;
  review: BillingReview | null;
  /** What the provider's one live region says. */
  announcement: BillingAnnouncement | null;
  /** The live region that renders the announcement (the first claimed); the others render nothing. */
  liveRegion: string | null;
}

/** What a controller works with; the provider passes its props. */
export interface BillingControllerOptions {
  adapter: BillingAdapter;
  queryClient: QueryClient;
  /** Formats the counts and dates of the outcome sentence. */
  format: BillingFormatters;
  /** The host's overrides of the outcome sentence and unit counts. */
  messages?: BillingMessageOverrides | undefined;
  onEvent?: BillingEventHandler | undefined;
  /** Retries of a failed subscription load, when the error is retryable. Default 1. */
  retry?: number;
  /** A subscription the host loaded on the server: shown at once, without a load. Validated like any answer. */
  initialSubscription?: Subscription | null;
}

/**
 * One provider's change flow, with no React: the TanStack Query options of its server state, the
 * actions a customer takes (open a stepper, set units, review, confirm or retry, cancel), the
 * idempotency key of each confirmation, the announcement and the events. Subscribe to it like a
 * zustand store (`getState`, `subscribe`); call `mount()` once it is in use, for its events.
 */
export interface BillingController {
  getState(): BillingControllerState;
  getInitialState(): BillingControllerState;
  subscribe(listener: (state: BillingControllerState, previous: BillingControllerState) => void): () => void;
  /** The options of the provider's subscription query (keys scoped to this controller). */
  readonly subscriptionQuery: QueryObserverOptions<Subscription | null, Error>;
  /** The options of the query for a quote of `units`, priced from `subscription`. */
  quoteQuery(addOnId: string, units: number, subscription: Subscription | null | undefined): QuoteQueryOptions;
  /** Takes the provider's latest props. */
  setOptions(options: Partial<Omit<BillingControllerOptions, 'initialSubscription'>>): void;
  /** Starts reporting loads and quotes to `onEvent`; returns the function that stops it. */
  mount(): () => void;
  /** The subscription, from the cache while fresh, else loaded. */
  loadSubscription(): Promise<Subscription | null>;
  /** The server's quote for `units` of an add-on, priced from the subscription as loaded. */
  quote(addOnId: string, units: number): Promise<AddOnQuote>;
  /** Opens the stepper of an add-on (closing another). */
  openStepper(addOnId: string): void;
  /** Closes the stepper and lets go of its chosen units. */
  closeStepper(): void;
  /** Records the units chosen for an add-on; `useAddOnStepper` keeps them within `unitBounds`. */
  setUnits(addOnId: string, units: number): void;
  /** Opens the review of a change under a new confirmation; a review already open on it stays as it is. */
  review(addOnId: string, units: number): void;
  /**
   * Closes the review; false (and nothing happens) while its change is being applied. After an attempt
   * whose outcome is unknown, reloads the subscription and, when it shows the change applied, says so.
   */
  cancel(): boolean;
  /**
   * Applies the quote on screen: one idempotency key per confirmed quote, reused by a retry of the same
   * quote (after a lost answer); a decline, an expired quote or a conflict means a new key next time.
   * Ignored while a change is applied. Resolves with the updated subscription, or undefined.
   */
  confirm(quote: AddOnQuote): Promise<Subscription | undefined>;
  /** Sends one update; a second call with a key in flight gets the same promise. */
  apply(request: UpdateAddOnRequest): Promise<Subscription>;
  /** Reads out the stepper's settled figures, unless an outcome said since the units last changed is newer news. */
  announceSummary(text: string): void;
  /** Asks to render the live region; returns the release. Only the first claim renders it. */
  claimLiveRegion(id: string): () => void;
}

/** The options of a quote query. */
export type QuoteQueryOptions = QueryObserverOptions<AddOnQuote, Error>;

/**
 * Failures after which an update may or may not have been applied: no answer, a late one, a
 * server error or an unreadable answer. Any other code is the server refusing it.
 */
const UNKNOWN_OUTCOME = new Set<ReturnType<typeof errorCode>>([
  'network',
  'timeout',
  'aborted',
  'server',
  'invalid_response',
  'unexpected',
]);

let scopes = 0;

function validateQuoteFor(addOnId: string, units: number, currency: string | undefined) {
  return (value: unknown): AddOnQuote => {
    const quote = parseQuote(value);
    if (quote.addOnId !== addOnId || quote.units !== units) {
      throw new BillingError(
        'invalid_response',
        `Invalid quote from the billing service: it is for ${quote.units} units of "${quote.addOnId}", not ${units} of "${addOnId}".`,
      );
    }
    // A quote in another currency than the add-on's price would be confirmed under figures the panel never showed.
    const foreign = [quote.dueNow, quote.recurring].find((money) => currency && money.currency !== currency);
    if (foreign) {
      throw new BillingError(
        'invalid_response',
        `Invalid quote from the billing service: it is in ${foreign.currency}, not the add-on's ${currency}.`,
      );
    }
    return quote;
  };
}

/** Creates one provider's controller. */
export function createBillingController(initial: BillingControllerOptions): BillingController {
  const options = { retry: 1, ...initial };
  const scope = ++scopes;
  const subscriptionKey = billingKeys.subscription(scope);
  const store = createStore<BillingControllerState>()(() => ({
    editing: null,
    drafts: {},
    review: null,
    announcement: null,
    liveRegion: null,
  }));
  const { getState: state, setState: set } = store;
  /** The confirmation in review: the quote confirmed and the key every retry of it reuses. */
  let confirmation: { quoteId: string; idempotencyKey: string } | null = null;
  /** The change last attempted when its outcome is unknown: to tell the customer if a reload shows it applied. */
  let unknownAttempt: AddOnQuote | null = null;
  /** The announcement current when the units last changed: an outcome newer than it outranks a summary. */
  let unitsMark = 0;
  let announcements = 0;
  let reportedLoad: unknown;
  let regions: string[] = [];
  const pending = new Map<string, Promise<Subscription>>();

  // An initial subscription that fails validation is shown as that failure, as an answer would be,
  // by the first load; the customer's Retry then asks the adapter.
  let initialError: unknown = null;
  let initialData: Subscription | null | undefined;
  if (initial.initialSubscription !== undefined) {
    try {
      initialData = parseSubscription(initial.initialSubscription);
    } catch (error) {
      initialError = error;
    }
  }

  // The host's listener must not break a purchase: what it throws is rethrown on its own.
  const emit = (event: BillingEvent) => {
    try {
      options.onEvent?.(event);
    } catch (error) {
      queueMicrotask(() => {
        throw error;
      });
    }
  };

  const announce = (text: string, kind: BillingAnnouncement['kind']) =>
    set({ announcement: { id: ++announcements, text, kind } });

  /** Tells the customer (politely) and the host (`update_succeeded`) that `applied` is in effect in `updated`. */
  const reportUpdated = (applied: AddOnQuote, updated: Subscription) => {
    const { addOnId, change, units } = applied;
    const messages = resolveHookMessages(options.messages);
    announce(
      messages.updated({
        change,
        addOnName: addOnById(updated, addOnId)?.name ?? addOnId,
        units: countText(messages.unitCount, options.format, units),
        date: options.format.date(applied.effectiveAt),
      }),
      'outcome',
    );
    emit({ type: 'update_succeeded', addOnId, units, change, subscription: updated });
  };

  const patchReview = (patch: Partial<BillingReview>) => {
    const { review } = state();
    if (review) set({ review: { ...review, ...patch } });
  };

  const withoutDraft = (addOnId: string | null) => {
    const { [addOnId ?? '']: _dropped, ...drafts } = state().drafts;
    return drafts;
  };

  const invalidate = (queryKey: readonly unknown[]) => options.queryClient.invalidateQueries({ queryKey });

  const subscriptionQuery: QueryObserverOptions<Subscription | null, Error> = {
    ...ownQueryOptions,
    queryKey: subscriptionKey,
    queryFn: ({ signal }) => {
      if (initialError) {
        const error = initialError;
        initialError = null;
        throw error;
      }
      return callAdapter(() => options.adapter.getSubscription({ signal }), parseSubscription);
    },
    retry: (failures, error) => failures < options.retry && isBillingError(error) && error.retryable,
    retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
    staleTime: 30_000,
    initialData,
  };

  const quoteQuery = (addOnId: string, units: number, subscription: Subscription | null | undefined) => {
    const addOn = subscription ? addOnById(subscription, addOnId) : undefined;
    // What a quote is priced from. A quote of another state (after an applied change, new seats, a
    // renewal) is never shown or confirmed for this one; the server would refuse it with `conflict`.
    const basis = subscription
      ? JSON.stringify([subscription.status, subscription.seats, subscription.currentPeriodEnd, addOn])
      : '';
    return {
      ...ownQueryOptions,
      queryKey: [...billingKeys.quotes(scope), addOnId, units, basis],
      queryFn: ({ signal }) =>
        callAdapter(
          () => options.adapter.quoteAddOn({ addOnId, units }, { signal }),
          validateQuoteFor(addOnId, units, addOn?.unitPrice.currency),
        ),
      retry: false,
      // Reused when the dialog opens on the stepper's units; expiry and conflicts are the server's call.
      staleTime: 30_000,
      gcTime: 60_000,
    } satisfies QuoteQueryOptions;
  };

  /** Reports a load (once, however many components show it): from the cache's events, each success once. */
  const reportLoad = (subscription: unknown) => {
    reportedLoad = subscription;
    emit({ type: 'subscription_loaded', subscription: subscription as Subscription | null });
  };

  const cancel = () => {
    const { review } = state();
    if (!review) return true;
    if (review.phase === 'applying') return false;
    confirmation = null;
    set({ review: null });
    emit({ type: 'review_cancelled', addOnId: review.addOnId, units: review.units });
    const attempt = unknownAttempt;
    unknownAttempt = null;
    // That attempt may have been applied before its answer was lost: show what the server holds
    // rather than invite a second purchase, and say so when it did go through.
    if (attempt) {
      options.queryClient
        .fetchQuery({ ...subscriptionQuery, staleTime: 0 })
        .then((reloaded) => {
          const addOn = reloaded && addOnById(reloaded, attempt.addOnId);
          // Next period's units can only equal the attempted ones if that change was applied.
          if (addOn && nextPeriodUnits(addOn) === attempt.units) reportUpdated(attempt, reloaded);
        })
        .catch(() => undefined);
    }
    return true;
  };

  const apply = (request: UpdateAddOnRequest) => {
    const { idempotencyKey } = request;
    let promise = pending.get(idempotencyKey);
    if (!promise) {
      promise = callAdapter(() => options.adapter.updateAddOn(request), parseUpdatedSubscription).then((updated) => {
        options.queryClient.setQueryData(subscriptionKey, updated);
        return updated;
      });
      const settled = () => pending.delete(idempotencyKey);
      promise.then(settled, settled);
      pending.set(idempotencyKey, promise);
    }
    return promise;
  };

  const controller: BillingController = {
    getState: state,
    getInitialState: store.getInitialState,
    subscribe: store.subscribe,
    subscriptionQuery,
    quoteQuery,
    setOptions: (next) => Object.assign(options, next),
    mount() {
      const unsubscribe = options.queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        const [, kind, owner] = event.query.queryKey;
        if (owner !== scope) return;
        const { data } = event.query.state;
        if (kind === 'quote') emit({ type: 'quote_shown', quote: data as AddOnQuote });
        else reportLoad(data);
      });
      // A subscription already there (the host's initial one) is reported once the provider is in use.
      const loaded = options.queryClient.getQueryData(subscriptionKey);
      if (loaded !== undefined && loaded !== reportedLoad) reportLoad(loaded);
      return unsubscribe;
    },
    loadSubscription: () => options.queryClient.fetchQuery(subscriptionQuery),
    async quote(addOnId, units) {
      const subscription = await controller.loadSubscription();
      return options.queryClient.fetchQuery(quoteQuery(addOnId, units, subscription));
    },
    openStepper(addOnId) {
      const { editing, announcement } = state();
      if (editing === addOnId) return;
      controller.closeStepper();
      unitsMark = announcement?.id ?? 0;
      set({ editing: addOnId });
      emit({ type: 'stepper_opened', addOnId });
    },
    closeStepper() {
      const { editing } = state();
      if (editing === null) return;
      set({ editing: null, drafts: withoutDraft(editing) });
      emit({ type: 'stepper_closed', addOnId: editing });
    },
    setUnits(addOnId, units) {
      unitsMark = state().announcement?.id ?? 0;
      set({ drafts: { ...state().drafts, [addOnId]: units } });
      emit({ type: 'units_changed', addOnId, units });
    },
    review(addOnId, units) {
      const { review } = state();
      if (review?.addOnId === addOnId && review.units === units) return;
      if (!cancel()) return;
      set({ review: { addOnId, units, phase: 'reviewing', error: null, outcomeUnknown: false, refreshed: null } });
      emit({ type: 'review_opened', addOnId, units });
    },
    cancel,
    async confirm(quote) {
      const { addOnId, units, id: quoteId } = quote;
      const { review } = state();
      if (review?.phase === 'applying' || quote.change === 'none') return undefined;
      // A host's own markup may confirm without opening a review first: this quote is the one reviewed.
      if (review?.addOnId !== addOnId || review.units !== units) {
        confirmation = null;
        set({ review: { addOnId, units, phase: 'reviewing', error: null, outcomeUnknown: false, refreshed: null } });
      }
      // Expiry is the server's call (it answers quote_expired): the browser's clock may run ahead of
      // the server's. A retry of the same confirmation (same quote) reuses its key; a new quote gets a new one.
      const idempotencyKey = confirmation?.quoteId === quoteId ? confirmation.idempotencyKey : createIdempotencyKey();
      confirmation = { quoteId, idempotencyKey };
      patchReview({ phase: 'applying', error: null });
      emit({ type: 'confirm_clicked', addOnId, units, quoteId, idempotencyKey });
      try {
        const updated = await apply({ addOnId, units, quoteId, idempotencyKey });
        confirmation = null;
        unknownAttempt = null;
        set({ review: null, drafts: withoutDraft(addOnId) });
        reportUpdated(quote, updated);
        return updated;
      } catch (failure) {
        const code = errorCode(failure);
        emit({ type: 'update_failed', addOnId, units, code, error: failure });
        if (code === 'quote_expired' || code === 'conflict') {
          confirmation = null;
          unknownAttempt = null;
          patchReview({ phase: 'failed', error: null, outcomeUnknown: false, refreshed: code });
          emit({ type: 'quote_refreshed', addOnId, reason: code });
          if (code === 'conflict') await invalidate(subscriptionKey);
          await invalidate(billingKeys.quotes(scope));
          return undefined;
        }
        // A decline is final for its key (a backend may answer it again for that key), and nothing
        // was charged: the next attempt, after the customer fixed their card, is a new confirmation.
        if (code === 'payment_failed') confirmation = null;
        unknownAttempt = UNKNOWN_OUTCOME.has(code) ? quote : null;
        patchReview({
          phase: 'failed',
          error: failure instanceof Error ? failure : new Error(String(failure)),
          outcomeUnknown: unknownAttempt !== null,
        });
        return undefined;
      }
    },
    apply,
    announceSummary(text) {
      const { announcement } = state();
      if (announcement?.kind === 'outcome' && announcement.id > unitsMark) return;
      announce(text, 'summary');
    },
    claimLiveRegion(id) {
      regions.push(id);
      if (!state().liveRegion) set({ liveRegion: id });
      return () => {
        regions = regions.filter((region) => region !== id);
        if (state().liveRegion === id) set({ liveRegion: regions[0] ?? null });
      };
    },
  };
  return controller;
}
