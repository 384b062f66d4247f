import type Stripe from 'stripe';
import { addOnCredits } from '../../core/policy';
import type { AddOn, Subscription, SubscriptionStatus } from '../../core/types';
import { addOnPricesFor, type CatalogAddOnPrice, DEFAULT_MAX_UNITS, type StripeCatalog } from './catalog';
import { idOf } from './idOf';
import { StripeSetupError } from './StripeSetupError';

/** One add-on offered on the subscription's plan, with what Stripe holds for it. */
export interface AddOnBinding {
  /** The catalog entry and its Stripe price id. */
  catalog: CatalogAddOnPrice;
  /** The Stripe price (amount, currency, interval). */
  price: Stripe.Price;
  /** The subscription's item for this price, when it has one. */
  item: Stripe.SubscriptionItem | undefined;
  /** The add-on as the widget sees it. */
  addOn: AddOn;
}

/** A Stripe subscription read through the catalog: the widget's `Subscription` and the Stripe objects behind it. */
export interface StripeView {
  subscription: Subscription;
  stripeSubscription: Stripe.Subscription;
  /** The attached schedule, when there is one still running. */
  schedule: Stripe.SubscriptionSchedule | null;
  planItem: Stripe.SubscriptionItem;
  addOns: AddOnBinding[];
}

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString();

/** Contract section 7: `unpaid` reads as `past_due`; paused, incomplete and the rest as `canceled`. */
export function statusOf(status: Stripe.Subscription.Status): SubscriptionStatus {
  switch (status) {
    case 'active':
      return 'active';
    case 'trialing':
      return 'trialing';
    case 'past_due':
    case 'unpaid':
      return 'past_due';
    default:
      return 'canceled';
  }
}

/** The amount and interval of a flat recurring price, or a setup error for any other kind. */
export function flatPrice(price: Stripe.Price): { amount: number; currency: string; interval: 'month' | 'year' } {
  const interval = price.recurring?.interval;
  if (
    price.unit_amount === null ||
    !Number.isSafeInteger(price.unit_amount) ||
    price.billing_scheme === 'tiered' ||
    (interval !== 'month' && interval !== 'year') ||
    price.recurring?.interval_count !== 1
  ) {
    throw new StripeSetupError(
      `price ${price.id} must be a flat recurring price billed every month or every year (a unit amount, interval_count 1).`,
    );
  }
  return {
    amount: price.unit_amount,
    currency: price.currency.toUpperCase(),
    interval: interval === 'year' ? 'year' : 'month',
  };
}

/** How many item units one add-on unit takes: the seats for a per-seat add-on. */
export function quantityPerUnit(catalog: CatalogAddOnPrice, seats: number): number {
  return catalog.scope === 'per_seat' ? seats : 1;
}

/** The schedule phase after the one running now, if any. */
export function nextPhase(schedule: Stripe.SubscriptionSchedule): Stripe.SubscriptionSchedule.Phase | undefined {
  const current = schedule.current_phase;
  if (!current) return undefined;
  return schedule.phases.find((phase) => phase.start_date === current.end_date);
}

/** The quantity a phase gives a price (0 when the phase has no item for it). */
export function phaseQuantity(phase: Stripe.SubscriptionSchedule.Phase, priceId: string): number {
  const item = phase.items.find((candidate) => idOf(candidate.price) === priceId);
  return item ? (item.quantity ?? 1) : 0;
}

/** The running schedule attached to a subscription, when `schedule` was expanded. */
export function attachedSchedule(subscription: Stripe.Subscription): Stripe.SubscriptionSchedule | null {
  const { schedule } = subscription;
  if (!schedule || typeof schedule === 'string') return null;
  return schedule.status === 'active' || schedule.status === 'not_started' ? schedule : null;
}

/** The add-on prices the mapping needs that are not on the subscription (so the caller can fetch them). */
export function missingAddOnPrices(subscription: Stripe.Subscription, catalog: StripeCatalog): string[] {
  const plan = findPlanItem(subscription, catalog);
  if (!plan) return [];
  const onSubscription = new Set(subscription.items.data.map((item) => item.price.id));
  return addOnPricesFor(catalog, plan.entry.id)
    .map((addOn) => addOn.priceId)
    .filter((priceId) => !onSubscription.has(priceId));
}

function findPlanItem(subscription: Stripe.Subscription, catalog: StripeCatalog) {
  for (const item of subscription.items.data) {
    const entry = catalog.plans[item.price.id];
    if (entry) return { item, entry };
  }
  return undefined;
}

/**
 * The widget's view of a Stripe subscription (contract section 7). `prices` holds the Stripe prices
 * of offered add-ons the subscription has no item for; `usedCredits` is the host's count this period.
 */
export function mapSubscription(
  subscription: Stripe.Subscription,
  catalog: StripeCatalog,
  prices: ReadonlyMap<string, Stripe.Price>,
  usedCredits: number,
): StripeView {
  const plan = findPlanItem(subscription, catalog);
  if (!plan) {
    throw new StripeSetupError(`subscription ${subscription.id} has no item whose price is a catalog plan.`);
  }
  const seats = plan.item.quantity ?? 1;
  if (!Number.isSafeInteger(seats) || seats < 1) {
    throw new StripeSetupError(`subscription ${subscription.id}: the plan item's quantity (seats) must be 1 or more.`);
  }
  const planPrice = flatPrice(plan.item.price);
  const schedule = attachedSchedule(subscription);
  const upcoming = schedule ? nextPhase(schedule) : undefined;
  const upcomingSeats = upcoming ? phaseQuantity(upcoming, plan.item.price.id) || seats : seats;

  // One add-on id may name several prices (one per plan or currency): the one on the subscription
  // wins, else the first in the catalog in the subscription's currency.
  const bindings = new Map<string, AddOnBinding>();
  for (const catalogAddOn of addOnPricesFor(catalog, plan.entry.id)) {
    const item = subscription.items.data.find((candidate) => candidate.price.id === catalogAddOn.priceId);
    const price = item?.price ?? prices.get(catalogAddOn.priceId);
    if (!price || price.currency !== subscription.currency) continue;
    if (bindings.has(catalogAddOn.id) && (!item || bindings.get(catalogAddOn.id)?.item)) continue;
    const { amount, currency, interval } = flatPrice(price);
    const perUnit = quantityPerUnit(catalogAddOn, seats);
    const units = Math.floor((item?.quantity ?? 0) / perUnit);
    let scheduledUnits: number | null = null;
    if (upcoming) {
      const nextUnits = Math.floor(
        phaseQuantity(upcoming, catalogAddOn.priceId) / quantityPerUnit(catalogAddOn, upcomingSeats),
      );
      if (nextUnits < units) scheduledUnits = nextUnits;
    }
    bindings.set(catalogAddOn.id, {
      catalog: catalogAddOn,
      price,
      item,
      addOn: {
        id: catalogAddOn.id,
        name: catalogAddOn.name,
        creditsPerUnit: catalogAddOn.creditsPerUnit,
        unitPrice: { amount, currency },
        scope: catalogAddOn.scope,
        interval,
        units,
        scheduledUnits,
        minUnits: catalogAddOn.minUnits ?? 0,
        maxUnits: catalogAddOn.maxUnits ?? DEFAULT_MAX_UNITS,
      },
    });
  }
  const addOns = [...bindings.values()];
  const periodEnd = iso(plan.item.current_period_end);
  return {
    stripeSubscription: subscription,
    schedule,
    planItem: plan.item,
    addOns,
    subscription: {
      id: subscription.id,
      status: statusOf(subscription.status),
      // A cancellation set as a date (cancel_at) by the period end ends the add-ons then, too.
      cancelAtPeriodEnd:
        subscription.cancel_at_period_end ||
        (subscription.cancel_at !== null && subscription.cancel_at <= plan.item.current_period_end),
      plan: {
        id: plan.entry.id,
        name: plan.entry.name,
        interval: planPrice.interval,
        price: { amount: planPrice.amount, currency: planPrice.currency },
        includedCredits: plan.entry.includedCreditsPerSeat,
      },
      seats,
      currentPeriodStart: iso(plan.item.current_period_start),
      currentPeriodEnd: periodEnd,
      credits: {
        included: plan.entry.includedCreditsPerSeat * seats,
        addOn: addOns.reduce((sum, { addOn }) => sum + addOnCredits(addOn, addOn.units, seats), 0),
        used: usedCredits,
        resetsAt: periodEnd,
      },
      addOns: addOns.map(({ addOn }) => addOn),
    },
  };
}
