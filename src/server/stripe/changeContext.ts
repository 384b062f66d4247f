import type Stripe from 'stripe';
import type { QuoteTerms } from '../../core/policy';
import { type AddOnBinding, quantityPerUnit, type StripeView } from './mapSubscription';
import type { UpdateKeys } from './updateKeys';

/** What applying one quoted change works from. */
export interface ChangeContext {
  stripe: Stripe;
  /** The subscription as it was read at the start of this attempt. */
  view: StripeView;
  /** The add-on being changed. */
  binding: AddOnBinding;
  /** The terms as quoted (and signed): what is charged and the units asked for. */
  terms: QuoteTerms;
  keys: UpdateKeys;
}

/** Metadata on the schedules this backend creates, so it may release them again. */
export const OWN_SCHEDULE_METADATA = { rbw_managed: 'add-ons' } as const;

/** True for a schedule this backend created for a decrease. */
export function isOwnSchedule(schedule: Stripe.SubscriptionSchedule): boolean {
  return schedule.metadata?.rbw_managed === OWN_SCHEDULE_METADATA.rbw_managed;
}

/** The item quantity `units` of the add-on take with the subscription's seats. */
export function quantityFor(context: Pick<ChangeContext, 'binding' | 'view'>, units: number): number {
  const { binding, view } = context;
  return units * quantityPerUnit(binding.catalog, view.subscription.seats);
}

/** The item change that takes the add-on to `units`: its item's quantity, or a new item of its price. */
export function raisedItem(context: Pick<ChangeContext, 'binding' | 'view'>, units: number) {
  const quantity = quantityFor(context, units);
  const { item, catalog } = context.binding;
  return item ? { id: item.id, quantity } : { price: catalog.priceId, quantity };
}
