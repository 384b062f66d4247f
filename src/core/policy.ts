import { BillingError } from './errors';
import { multiplyMoney, zeroMoney } from './money';
import type { AddOn, AddOnChange, AddOnQuote, Money, Subscription, SubscriptionStatus } from './types';

// The billing policy of contract section 2, as pure functions. Every backend in this
// repo (the memory engine, the MSW mocks) runs these; the UI uses them only for the
// instant estimate it shows until the server's quote arrives.

/** What a quote says before the backend gives it an id and an expiry. */
export type QuoteTerms = Omit<AddOnQuote, 'id' | 'expiresAt'>;

/** Statuses that allow buying more units now. */
export function canIncrease(status: SubscriptionStatus): boolean {
  return status === 'active' || status === 'trialing';
}

/** Statuses that allow scheduling a decrease or cancelling one: any change to the add-ons at all. */
export function canDecrease(status: SubscriptionStatus): boolean {
  return status === 'active' || status === 'trialing' || status === 'past_due';
}

/** The units in effect from the next period on. */
export function nextPeriodUnits(addOn: AddOn): number {
  return addOn.scheduledUnits ?? addOn.units;
}

/** True when a decrease is scheduled: from the next period on, other units than those in effect. */
export function hasScheduledChange(addOn: AddOn): boolean {
  return addOn.scheduledUnits !== null && addOn.scheduledUnits !== addOn.units;
}

/**
 * The units a customer may choose under the subscription's status: the add-on's range while an
 * increase is allowed; up to the units in effect while past due (a decrease or a restore only);
 * only the units in effect when no change is allowed (canceled).
 */
export function unitBounds(addOn: AddOn, status: SubscriptionStatus): { min: number; max: number } {
  const inEffect = Math.min(addOn.maxUnits, Math.max(addOn.minUnits, addOn.units));
  return {
    min: canDecrease(status) ? addOn.minUnits : inEffect,
    max: canIncrease(status) ? addOn.maxUnits : inEffect,
  };
}

/** How many times price and credits count: the seats for a per-seat add-on, else once. */
export function seatFactor(addOn: AddOn, seats: number): number {
  return addOn.scope === 'per_seat' ? seats : 1;
}

/** The add-on's charge per interval for `units`. */
export function recurringCharge(addOn: AddOn, units: number, seats: number): Money {
  return multiplyMoney(addOn.unitPrice, units * seatFactor(addOn, seats));
}

/** Credits per period granted by `units` of the add-on. */
export function addOnCredits(addOn: AddOn, units: number, seats: number): number {
  return units * addOn.creditsPerUnit * seatFactor(addOn, seats);
}

/** True for a whole number of units within the add-on's bounds. */
export function isValidUnits(addOn: AddOn, units: number): boolean {
  return Number.isInteger(units) && units >= addOn.minUnits && units <= addOn.maxUnits;
}

/** The kind of change `units` makes to the add-on, by units in effect and any scheduled decrease. */
export function classifyChange(addOn: AddOn, units: number): AddOnChange {
  if (units > addOn.units) return 'increase';
  if (units < addOn.units) return 'decrease';
  return hasScheduledChange(addOn) ? 'restore' : 'none';
}

/** The add-on with `addOnId` on the subscription's plan, if it is offered. */
export function addOnById(subscription: Subscription, addOnId: string): AddOn | undefined {
  return subscription.addOns.find((candidate) => candidate.id === addOnId);
}

/** The add-on with `addOnId`, or a `not_found` error. */
export function findAddOn(subscription: Subscription, addOnId: string): AddOn {
  const addOn = addOnById(subscription, addOnId);
  if (!addOn) throw new BillingError('not_found', `There is no add-on "${addOnId}" on this plan.`);
  return addOn;
}

/**
 * Prices a requested number of units against a subscription, or throws the
 * `BillingError` the backend would answer with (inactive subscription, units out of range).
 */
export function quoteTerms(
  subscription: Subscription | null,
  request: { addOnId: string; units: number },
  now: Date,
): QuoteTerms {
  if (!subscription) throw new BillingError('subscription_inactive', 'There is no subscription to add credits to.');
  if (subscription.status === 'canceled') {
    throw new BillingError('subscription_inactive', 'The subscription is canceled, so its add-ons cannot change.');
  }
  const addOn = findAddOn(subscription, request.addOnId);
  if (!isValidUnits(addOn, request.units)) {
    throw new BillingError(
      'invalid_units',
      `Units must be a whole number from ${addOn.minUnits} to ${addOn.maxUnits}.`,
    );
  }
  const change = classifyChange(addOn, request.units);
  if (change === 'increase' && !canIncrease(subscription.status)) {
    throw new BillingError(
      'subscription_inactive',
      'Add-ons can only be increased while the subscription is active or trialing.',
    );
  }
  if (change !== 'increase' && change !== 'none' && !canDecrease(subscription.status)) {
    throw new BillingError('subscription_inactive', 'The subscription is not active, so its add-ons cannot change.');
  }
  const { seats } = subscription;
  const added = change === 'increase' ? request.units - addOn.units : 0;
  return {
    addOnId: addOn.id,
    currentUnits: addOn.units,
    units: request.units,
    change,
    dueNow: added > 0 ? recurringCharge(addOn, added, seats) : zeroMoney(addOn.unitPrice.currency),
    creditsNow: addOnCredits(addOn, added, seats),
    recurring: recurringCharge(addOn, request.units, seats),
    effectiveAt: change === 'decrease' ? subscription.currentPeriodEnd : now.toISOString(),
  };
}

/** A policy note (contract section 2) a change is confirmed under. */
export type PolicyNote = 'chargedNow' | 'decreaseWaits' | 'nonRefundable' | 'noRollover' | 'endsWithSubscription';

/**
 * The notes that apply to a change, in the order to show them: an increase is charged now, a decrease
 * waits for the period end; add-ons are non-refundable and their credits do not roll over; on a
 * cancelling subscription the add-on ends with it. None when nothing changes.
 */
export function policyNotes(subscription: Pick<Subscription, 'cancelAtPeriodEnd'>, change: AddOnChange): PolicyNote[] {
  if (change === 'none') return [];
  const notes: PolicyNote[] = [];
  if (change === 'increase') notes.push('chargedNow');
  if (change === 'decrease') notes.push('decreaseWaits');
  notes.push('nonRefundable', 'noRollover');
  if (subscription.cancelAtPeriodEnd) notes.push('endsWithSubscription');
  return notes;
}

/** The subscription after applying quoted terms: an increase now, a decrease scheduled, a restore cancelling it. */
export function applyTerms(subscription: Subscription, terms: QuoteTerms): Subscription {
  const addOns = subscription.addOns.map((addOn): AddOn => {
    if (addOn.id !== terms.addOnId) return addOn;
    switch (terms.change) {
      case 'increase':
        return { ...addOn, units: terms.units, scheduledUnits: null };
      case 'decrease':
        return { ...addOn, scheduledUnits: terms.units };
      case 'restore':
        return { ...addOn, scheduledUnits: null };
      default:
        return addOn;
    }
  });
  return {
    ...subscription,
    addOns,
    credits: { ...subscription.credits, addOn: subscription.credits.addOn + terms.creditsNow },
  };
}

/** Credits left this period: included + add-on − used, never below zero. */
export function remainingCredits(subscription: Subscription): number {
  const { included, addOn, used } = subscription.credits;
  return Math.max(0, included + addOn - used);
}

/** Credits per period the add-ons grant at their units in effect, on a subscription of `seats` users. */
export function periodAddOnCredits(addOns: readonly AddOn[], seats: number): number {
  return addOns.reduce((sum, addOn) => sum + addOnCredits(addOn, addOn.units, seats), 0);
}

/** `date` moved by `count` months in UTC, on `day` of the month, clamped to the month's length; time kept. */
export function addMonthsOnDay(date: Date, count: number, day: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + count;
  const daysInMonth = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const moved = new Date(date.getTime());
  moved.setUTCFullYear(year, month, Math.min(day, daysInMonth));
  return moved;
}

/**
 * The day of the month periods end on. Usually the end's own day; but when the period is exactly
 * one interval from a later day of the month (Jan 31 → Feb 28), the end was clamped and the
 * start's day is the one to keep (→ Mar 31), so calling this period by period does not drift.
 */
function anchorDay(start: Date, end: Date, months: number): number {
  const startDay = start.getUTCDate();
  const clampedFromStart = addMonthsOnDay(start, months, startDay).getTime() === end.getTime();
  return clampedFromStart && startDay > end.getUTCDate() ? startDay : end.getUTCDate();
}

/**
 * The subscription as it stands at `now`, after every period end that has passed: the next period
 * starts (scheduled units take effect, add-on credits are granted afresh, used credits reset, a
 * trial ends), or, when it cancels at the period end, it ends (canceled, add-ons at 0, no credits).
 * Returns `subscription` itself when no period end has passed or it is canceled.
 *
 * Renewals are not charged here: the plan's and the add-ons' recurring charges are the billing
 * provider's business; the memory engine's ledger holds add-on charges made now only.
 */
export function renewPeriods(subscription: Subscription, now: Date): Subscription {
  const originalEnd = new Date(subscription.currentPeriodEnd);
  const at = now.getTime();
  if (subscription.status === 'canceled' || Number.isNaN(originalEnd.getTime()) || !(at >= originalEnd.getTime())) {
    return subscription;
  }
  if (subscription.cancelAtPeriodEnd) {
    return {
      ...subscription,
      status: 'canceled',
      cancelAtPeriodEnd: false,
      addOns: subscription.addOns.map((addOn) => ({ ...addOn, units: 0, scheduledUnits: null })),
      credits: { ...subscription.credits, included: 0, addOn: 0, used: 0 },
    };
  }
  const months = subscription.plan.interval === 'year' ? 12 : 1;
  const start = new Date(subscription.currentPeriodStart);
  const day = Number.isNaN(start.getTime()) ? originalEnd.getUTCDate() : anchorDay(start, originalEnd, months);
  // Every end is counted from the original one, so a clamped end (Feb 28) does not shift the next.
  let periods = 1;
  let end = addMonthsOnDay(originalEnd, months, day);
  while (at >= end.getTime()) {
    periods += 1;
    end = addMonthsOnDay(originalEnd, months * periods, day);
  }
  const startOfPeriod = periods === 1 ? originalEnd : addMonthsOnDay(originalEnd, months * (periods - 1), day);
  const { seats } = subscription;
  // Any scheduled decrease took effect at the first period end passed.
  const addOns = subscription.addOns.map(
    (addOn): AddOn => ({ ...addOn, units: nextPeriodUnits(addOn), scheduledUnits: null }),
  );
  const currentPeriodEnd = end.toISOString();
  return {
    ...subscription,
    status: subscription.status === 'trialing' ? 'active' : subscription.status,
    currentPeriodStart: startOfPeriod.toISOString(),
    currentPeriodEnd,
    addOns,
    credits: {
      included: subscription.credits.included,
      addOn: periodAddOnCredits(addOns, seats),
      used: 0,
      resetsAt: currentPeriodEnd,
    },
  };
}
