import { createStore } from 'zustand/vanilla';
import { type AddOnQuote, addOnById, nextPeriodUnits, type Subscription } from '../core';
import { countText, resolveHookMessages } from '../hookMessages';
import { errorCode } from './callAdapter';
import type { BillingController } from './createBillingController';
import { createIdempotencyKey } from './idempotencyKey';
import { billingKeys } from './keys';

/** What the live region says, and whether it is an outcome (shown) or a summary (read out only). */
export interface BillingAnnouncement {
  /** Grows with every announcement, so the same text said again is news again. */
  id: number;
  /** The sentence, in the provider's language. */
  text: string;
  /** `outcome`: an applied change, shown; `summary`: the stepper's figures, read out only. */
  kind: 'summary' | 'outcome';
}

/** The change under review (the dialog is open on it) and where applying it stands. */
export interface BillingReview {
  /** A new one each time a review opens: which review a dialog opened is its own. */
  id: number;
  /** The add-on under review. */
  addOnId: string;
  /** The units under review. */
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
export interface BillingFlowState {
  /** The add-on whose stepper is open. */
  editing: string | null;
  /** Units chosen in the steppers, by add-on id, until applied or the stepper is closed. */
  drafts: Readonly<Record<string, number>>;
  /** The change under review (a dialog is open on it), or null. */
  review: BillingReview | null;
  /** What the provider's one live region says. */
  announcement: BillingAnnouncement | null;
  /** The live region that renders the announcement (the first claimed); the others render nothing. */
  liveRegion: string | null;
}

/**
 * The change flow of one provider's controller, as actions and state (a zustand-like store:
 * `getState`, `subscribe`). Each action sends its event to `onEvent`.
 */
export interface BillingFlow {
  /** The state now. */
  getState(): BillingFlowState;
  /** The state it started with (what a server render sees). */
  getInitialState(): BillingFlowState;
  /** Calls `listener` after every change of state; returns the unsubscribe. */
  subscribe(listener: (state: BillingFlowState, previous: BillingFlowState) => void): () => void;
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
   * Applies the quote on screen, and is also the retry: one idempotency key per confirmed quote, reused
   * by a retry of the same quote (after a lost answer); a decline, an expired quote or a conflict means
   * a new key next time. Ignored while a change is applied. Resolves with the updated subscription, or undefined.
   */
  confirm(quote: AddOnQuote): Promise<Subscription | undefined>;
  /** Reads out the stepper's settled figures, unless an outcome said since the units last changed is newer news. */
  announceSummary(text: string): void;
  /** Asks to render the live region; returns the release. Only the first claim renders it. */
  claimLiveRegion(id: string): () => void;
}

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

const flows = new WeakMap<BillingController, BillingFlow>();

/** The change flow of a controller, made on first use: one per provider. */
export function changeFlowOf(controller: BillingController): BillingFlow {
  let flow = flows.get(controller);
  if (!flow) {
    flow = createFlow(controller);
    flows.set(controller, flow);
  }
  return flow;
}

function createFlow(controller: BillingController): BillingFlow {
  const { options, emit } = controller;
  const store = createStore<BillingFlowState>()(() => ({
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
  let reviews = 0;
  let regions: string[] = [];

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

  const openReview = (addOnId: string, units: number) => {
    confirmation = null;
    set({
      review: {
        id: ++reviews,
        addOnId,
        units,
        phase: 'reviewing',
        error: null,
        outcomeUnknown: false,
        refreshed: null,
      },
    });
  };

  const patchReview = (patch: Partial<BillingReview>) => {
    const { review } = state();
    if (review) set({ review: { ...review, ...patch } });
  };

  const withoutDraft = (addOnId: string) => {
    const { [addOnId]: _dropped, ...drafts } = state().drafts;
    return drafts;
  };

  const invalidate = (queryKey: readonly unknown[]) => options.queryClient.invalidateQueries({ queryKey });

  const flow: BillingFlow = {
    getState: state,
    getInitialState: store.getInitialState,
    subscribe: store.subscribe,
    openStepper(addOnId) {
      const { editing, announcement } = state();
      if (editing === addOnId) return;
      flow.closeStepper();
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
      if ((review?.addOnId === addOnId && review.units === units) || !flow.cancel()) return;
      openReview(addOnId, units);
      emit({ type: 'review_opened', addOnId, units });
    },
    cancel() {
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
          .fetchQuery({ ...controller.subscriptionQuery, staleTime: 0 })
          .then((reloaded) => {
            const addOn = reloaded && addOnById(reloaded, attempt.addOnId);
            // Next period's units can only equal the attempted ones if that change was applied.
            if (addOn && nextPeriodUnits(addOn) === attempt.units) reportUpdated(attempt, reloaded);
          })
          .catch(() => undefined);
      }
      return true;
    },
    async confirm(quote) {
      const { addOnId, units, id: quoteId } = quote;
      const { review } = state();
      if (review?.phase === 'applying' || quote.change === 'none') return undefined;
      // A host's own markup may confirm without opening a review first: this quote is the one reviewed.
      if (review?.addOnId !== addOnId || review.units !== units) openReview(addOnId, units);
      // Expiry is the server's call (it answers quote_expired): the browser's clock may run ahead of
      // the server's. A retry of the same confirmation (same quote) reuses its key; a new quote gets a new one.
      const idempotencyKey = confirmation?.quoteId === quoteId ? confirmation.idempotencyKey : createIdempotencyKey();
      confirmation = { quoteId, idempotencyKey };
      patchReview({ phase: 'applying', error: null });
      emit({ type: 'confirm_clicked', addOnId, units, quoteId, idempotencyKey });
      try {
        const updated = await controller.apply({ addOnId, units, quoteId, idempotencyKey });
        confirmation = unknownAttempt = null;
        set({ review: null, drafts: withoutDraft(addOnId) });
        reportUpdated(quote, updated);
        return updated;
      } catch (failure) {
        const code = errorCode(failure);
        emit({ type: 'update_failed', addOnId, units, code, error: failure });
        if (code === 'quote_expired' || code === 'conflict') {
          confirmation = unknownAttempt = null;
          patchReview({ phase: 'failed', error: null, outcomeUnknown: false, refreshed: code });
          emit({ type: 'quote_refreshed', addOnId, reason: code });
          if (code === 'conflict') await invalidate(controller.subscriptionQuery.queryKey);
          await invalidate(billingKeys.quotes(controller.scope));
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
    announceSummary(text) {
      const { announcement } = state();
      if (announcement?.kind === 'outcome' && announcement.id > unitsMark) return;
      announce(text, 'summary');
    },
    claimLiveRegion(id) {
      // The first region claimed still mounted owns the announcements.
      regions.push(id);
      set({ liveRegion: regions[0] });
      return () => {
        regions = regions.filter((region) => region !== id);
        set({ liveRegion: regions[0] ?? null });
      };
    },
  };
  return flow;
}
