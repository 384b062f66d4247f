import type { QueryClient, QueryObserverOptions } from '@tanstack/query-core';
import {
  type AddOnQuote,
  addOnById,
  type BillingAdapter,
  isBillingError,
  parseQuote,
  parseSubscription,
  parseUpdatedSubscription,
  type Subscription,
  type UpdateAddOnRequest,
} from '../core';
import { invalidResponse } from '../core/schema';
import type { BillingFormatters } from '../format';
import type { BillingMessageOverrides } from '../messages';
import { callAdapter } from './callAdapter';
import type { BillingEvent, BillingEventHandler } from './events';
import { billingKeys, ownQueryOptions } from './keys';

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

/** The options of a quote query. */
export type QuoteQueryOptions = QueryObserverOptions<AddOnQuote, Error>;

/**
 * One provider's controller, with no React (TanStack's query-core is its model): the TanStack Query
 * options of its server state under keys scoped to it, the one way updates are sent, and the events.
 * The change flow (steppers, review, confirm, announcements) is `changeFlowOf(controller)`, attached
 * on first use so a host that only reads the subscription and quotes does not ship it.
 */
export interface BillingController {
  /** Scopes this controller's query keys: two providers on one QueryClient never share data. */
  readonly scope: number;
  /** The latest options (the provider's props). */
  readonly options: Readonly<BillingControllerOptions> & { retry: number };
  /** The options of the provider's subscription query. */
  readonly subscriptionQuery: QueryObserverOptions<Subscription | null, Error>;
  /** The options of the query for a quote of `units`, priced from `subscription`. */
  quoteQuery(addOnId: string, units: number, subscription: Subscription | null | undefined): QuoteQueryOptions;
  /** Takes the provider's latest props. */
  setOptions(options: Partial<Omit<BillingControllerOptions, 'initialSubscription'>>): void;
  /** Starts reporting loads and quotes to `onEvent`; returns the function that stops it. */
  mount(): () => void;
  /** Sends an event to the host's `onEvent`; what the listener throws is rethrown on its own, never into the flow. */
  emit(event: BillingEvent): void;
  /** Sends one update; a second call with a key in flight gets the same promise. The answer replaces the cached subscription. */
  apply(request: UpdateAddOnRequest): Promise<Subscription>;
}

let scopes = 0;

function validateQuoteFor(addOnId: string, units: number, currency: string | undefined) {
  return (value: unknown): AddOnQuote => {
    const quote = parseQuote(value);
    if (quote.addOnId !== addOnId || quote.units !== units) {
      throw invalidResponse(
        'quote',
        `it is for ${quote.units} units of "${quote.addOnId}", not ${units} of "${addOnId}".`,
      );
    }
    // A quote in another currency than the add-on's price would be confirmed under figures the panel never showed.
    const foreign = [quote.dueNow, quote.recurring].find((money) => currency && money.currency !== currency);
    if (foreign) {
      throw invalidResponse('quote', `it is in ${foreign.currency}, not the add-on's ${currency}.`);
    }
    return quote;
  };
}

/** Creates one provider's controller. */
export function createBillingController(initial: BillingControllerOptions): BillingController {
  const options = { retry: 1, ...initial };
  const scope = ++scopes;
  const subscriptionKey = billingKeys.subscription(scope);
  const pending = new Map<string, Promise<Subscription>>();
  let reportedLoad: unknown;

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

  /** Reports a load: from the cache's events, each success once, however many components show it. */
  const reportLoad = (subscription: unknown) => {
    reportedLoad = subscription;
    controller.emit({ type: 'subscription_loaded', subscription: subscription as Subscription | null });
  };

  const controller: BillingController = {
    scope,
    options,
    subscriptionQuery: {
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
    },
    quoteQuery(addOnId, units, subscription) {
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
      };
    },
    setOptions: (next) => Object.assign(options, next),
    mount() {
      const unsubscribe = options.queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return;
        const [, kind, owner] = event.query.queryKey;
        if (owner !== scope) return;
        const { data } = event.query.state;
        if (kind === 'quote') controller.emit({ type: 'quote_shown', quote: data as AddOnQuote });
        else reportLoad(data);
      });
      // A subscription already there (the host's initial one) is reported once the provider is in use.
      const loaded = options.queryClient.getQueryData(subscriptionKey);
      if (loaded !== undefined && loaded !== reportedLoad) reportLoad(loaded);
      return unsubscribe;
    },
    emit(event) {
      try {
        options.onEvent?.(event);
      } catch (error) {
        // The host's listener must not break a purchase.
        queueMicrotask(() => {
          throw error;
        });
      }
    },
    apply(request) {
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
    },
  };
  return controller;
}
