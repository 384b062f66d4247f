import type Stripe from 'stripe';
import { idOf } from './idOf';

type PhaseParam = Stripe.SubscriptionScheduleUpdateParams.Phase;
type ItemParam = PhaseParam['items'][number];
type Discount = { coupon: unknown; discount: unknown; promotion_code: unknown };

/** A discount as a parameter: the ids it was made from, so rewriting phases keeps the host's discounts. */
function discountParam(discount: Discount) {
  const coupon = idOf(discount.coupon);
  const existing = idOf(discount.discount);
  const promotionCode = idOf(discount.promotion_code);
  return {
    ...(coupon && { coupon }),
    ...(existing && { discount: existing }),
    ...(promotionCode && { promotion_code: promotionCode }),
  };
}

function itemParam(item: Stripe.SubscriptionSchedule.Phase.Item): ItemParam {
  const taxRates = item.tax_rates?.map((rate) => rate.id);
  return {
    price: idOf(item.price) as string,
    ...(item.quantity !== undefined && { quantity: item.quantity }),
    ...(item.discounts.length > 0 && { discounts: item.discounts.map(discountParam) }),
    ...(taxRates && taxRates.length > 0 && { tax_rates: taxRates }),
    ...(item.metadata && Object.keys(item.metadata).length > 0 && { metadata: item.metadata }),
  };
}

/** A phase as Stripe shows it, as the parameter that keeps it as it is. */
export function phaseParam(phase: Stripe.SubscriptionSchedule.Phase): PhaseParam {
  const taxRates = phase.default_tax_rates?.map((rate) => rate.id);
  const paymentMethod = idOf(phase.default_payment_method);
  return {
    start_date: phase.start_date,
    end_date: phase.end_date,
    items: phase.items.map(itemParam),
    ...(phase.discounts.length > 0 && { discounts: phase.discounts.map(discountParam) }),
    ...(taxRates && taxRates.length > 0 && { default_tax_rates: taxRates }),
    ...(paymentMethod && { default_payment_method: paymentMethod }),
    ...(phase.collection_method && { collection_method: phase.collection_method }),
    ...(phase.trial_end !== null && { trial_end: phase.trial_end }),
    ...(phase.metadata && Object.keys(phase.metadata).length > 0 && { metadata: phase.metadata }),
  };
}

/** The phase with `priceId` at `quantity`: the item changed, added, or removed at 0. */
export function withQuantity(phase: PhaseParam, priceId: string, quantity: number): PhaseParam {
  const others = phase.items.filter((item) => item.price !== priceId);
  const existing = phase.items.find((item) => item.price === priceId);
  if (quantity === 0) return { ...phase, items: others };
  return { ...phase, items: [...others, { ...(existing ?? { price: priceId }), quantity }] };
}

/** The phases Stripe lets an update name: the one running now and those after it. */
export function currentAndLaterPhases(schedule: Stripe.SubscriptionSchedule): Stripe.SubscriptionSchedule.Phase[] {
  const start = schedule.current_phase?.start_date ?? Number.NEGATIVE_INFINITY;
  return schedule.phases.filter((phase) => phase.start_date >= start);
}

/** Two phases bill the same items at the same quantities. */
export function sameItems(a: PhaseParam, b: PhaseParam): boolean {
  const quantities = (phase: PhaseParam) =>
    JSON.stringify(phase.items.map((item) => [item.price, item.quantity ?? 1]).sort());
  return quantities(a) === quantities(b);
}
