import type {
  AdapterCallOptions,
  AddOnQuote,
  QuoteAddOnRequest,
  Subscription,
  UpdateAddOnRequest,
} from '../core/types';

/** Who is asking: only ever what the host's `identify()` returned, never read from a request body or URL. */
export interface BillingCustomer {
  /** Whose subscription this is, in the host's own terms (a user, a workspace). */
  customerId: string;
  /** `false`: may load and quote, but an update answers 403 `forbidden`. Default `true`. */
  canManage?: boolean;
}

/** The customer-scoped, server-side twin of `BillingAdapter`: what `createBillingHandler` serves. */
export interface BillingBackend {
  /** The customer's subscription, or `null` when they have none. */
  getSubscription(customer: BillingCustomer, options?: AdapterCallOptions): Promise<Subscription | null>;
  /** Prices a change by the policy; rejects with a `BillingError` (`invalid_units`, `subscription_inactive`, `not_found`...). */
  quoteAddOn(customer: BillingCustomer, request: QuoteAddOnRequest, options?: AdapterCallOptions): Promise<AddOnQuote>;
  /** Applies a quote, once per `idempotencyKey`: the same key answers the same, and charges once. */
  updateAddOn(
    customer: BillingCustomer,
    request: UpdateAddOnRequest,
    options?: AdapterCallOptions,
  ): Promise<Subscription>;
}
