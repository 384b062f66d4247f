import type Stripe from 'stripe';

/** The id of a Stripe reference, expanded (an object) or not (its id); undefined when there is none. */
export const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? (value as { id: string }).id : undefined;

/** The id of the customer a subscription bills. */
export const customerIdOf = (subscription: Stripe.Subscription): string => idOf(subscription.customer) as string;
