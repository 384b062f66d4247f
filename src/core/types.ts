/** An amount of money: integer minor units (cents) and an upper-case ISO 4217 currency code. */
export type Money = { amount: number; currency: string };

/** Where a subscription stands with its billing. */
export type SubscriptionStatus = 'active' | 'trialing' | 'past_due' | 'canceled';

/** The customer's subscription, as the backend reports it. */
export interface Subscription {
  id: string;
  status: SubscriptionStatus;
  /** True when the subscription (and so its add-ons) ends at `currentPeriodEnd`. */
  cancelAtPeriodEnd: boolean;
  plan: {
    id: string;
    name: string;
    interval: 'month' | 'year';
    price: Money;
    /** Credits the plan itself grants each period (per seat when add-ons are per seat). */
    includedCredits: number;
  };
  /** Users on the subscription, >= 1. */
  seats: number;
  /** ISO 8601. */
  currentPeriodStart: string;
  /** ISO 8601: the renewal date (the end date when cancelAtPeriodEnd). */
  currentPeriodEnd: string;
  /** remaining = included + addOn - used */
  credits: { included: number; addOn: number; used: number; resetsAt: string };
  /** Every add-on offered on this plan, subscribed (units > 0) or not. */
  addOns: AddOn[];
}

/** An add-on offered on the plan, with the units in effect. */
export interface AddOn {
  /** e.g. 'generative-credits' */
  id: string;
  /** e.g. 'Generative Credits' */
  name: string;
  /** Per period; per seat when scope is 'per_seat'. */
  creditsPerUnit: number;
  /** Per unit per interval; per seat when scope is 'per_seat'. */
  unitPrice: Money;
  scope: 'per_seat' | 'shared';
  interval: 'month' | 'year';
  /** In effect this period. */
  units: number;
  /** From the next period on, when a decrease is scheduled. */
  scheduledUnits: number | null;
  minUnits: number;
  maxUnits: number;
}

/** The kind of change a requested number of units makes. */
export type AddOnChange = 'increase' | 'decrease' | 'restore' | 'none';

/** What applying a requested number of units would do, priced by the backend. */
export interface AddOnQuote {
  id: string;
  addOnId: string;
  currentUnits: number;
  /** Requested. */
  units: number;
  change: AddOnChange;
  /** Charged now; zero unless 'increase'. */
  dueNow: Money;
  /** Granted now; 0 unless 'increase'. */
  creditsNow: number;
  /** The add-on's charge per interval once this takes effect. */
  recurring: Money;
  /** ISO 8601: now for 'increase', currentPeriodEnd for 'decrease'. */
  effectiveAt: string;
  /** ISO 8601. */
  expiresAt: string;
}

/** Options every adapter call accepts. */
export type AdapterCallOptions = { signal?: AbortSignal };

/** A request for a quote. */
export type QuoteAddOnRequest = { addOnId: string; units: number };

/** A request to apply a quote. */
export type UpdateAddOnRequest = { addOnId: string; units: number; quoteId: string; idempotencyKey: string };

/** The interface between the widget and any billing backend. */
export interface BillingAdapter {
  getSubscription(options?: AdapterCallOptions): Promise<Subscription | null>;
  quoteAddOn(request: QuoteAddOnRequest, options?: AdapterCallOptions): Promise<AddOnQuote>;
  updateAddOn(request: UpdateAddOnRequest, options?: AdapterCallOptions): Promise<Subscription>;
}
