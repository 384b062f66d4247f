'use client';
import { useMemo } from 'react';
import { errorCode } from '../controller/callAdapter';
import {
  type AddOn,
  type AddOnQuote,
  addOnById,
  addOnCredits,
  isBillingError,
  type Money,
  type PolicyNote,
  type QuoteTerms,
  recurringCharge,
  type Subscription,
} from '../core';
import { countText } from '../hookMessages';
import { type BillingMessages, resolveMessages } from '../messages';
import { useBillingContext } from './BillingContext';

/** Text helpers bound to the provider's locale and messages: the edge where numbers become words. */
export interface BillingText {
  messages: BillingMessages;
  money: (money: Money) => string;
  date: (iso: string) => string;
  units: (count: number) => string;
  credits: (count: number) => string;
  users: (count: number) => string;
  /** "$30.00 / month" */
  perInterval: (money: Money, interval: 'month' | 'year') => string;
  /**
   * "2 units × $10.00 × 3 users = $60.00" (per seat) or "2 units × $30.00 = $60.00" (shared). Given the
   * server's figure (`expected`), '' when the arithmetic does not come to it: the server's figure is
   * what is charged, and is better shown alone than beside a sum that contradicts it.
   */
  arithmetic: (addOn: AddOn, units: number, seats: number, expected?: Money) => string;
  /** The add-on's charge per interval for `units`, e.g. "$30.00 / month". */
  recurring: (addOn: AddOn, units: number, seats: number) => string;
  /** Credits per period from `units` of the add-on, e.g. "180 credits". */
  addOnCredits: (addOn: AddOn, units: number, seats: number) => string;
  /** The customer-facing message for an error, chosen by its code. */
  error: (error: unknown) => string;
  /** Extra detail worth showing (which field was malformed), or null. */
  errorDetail: (error: unknown) => string | null;
  /** What would make a refused change possible, after the error's own sentence (the allowed range, why the status refuses it). */
  remedy: (
    error: unknown,
    subscription: Subscription | null | undefined,
    addOn: AddOn | undefined,
  ) => string | undefined;
  /** The plain sentence of the subscription's state: what can be done and why. */
  stateSentence: (subscription: Subscription) => string;
  /** The words of a policy note for the figures shown. */
  note: (note: PolicyNote, shown: QuoteTerms | AddOnQuote, subscription: Subscription) => string;
}

/** Formatting and wording for the components. */
export function useBillingText(): BillingText {
  const { messageOverrides, format } = useBillingContext();
  return useMemo(() => {
    const messages = resolveMessages(messageOverrides);
    const units = (count: number) => countText(messages.unitCount, format, count);
    const users = (count: number) => countText(messages.userCount, format, count);
    const credits = (count: number) => countText(messages.creditCount, format, count);
    const perInterval = (money: Money, interval: 'month' | 'year') =>
      messages.perInterval({ amount: format.money(money), interval });
    return {
      messages,
      money: format.money,
      date: format.date,
      units,
      users,
      credits,
      perInterval,
      recurring: (addOn, count, seats) => perInterval(recurringCharge(addOn, count, seats), addOn.interval),
      addOnCredits: (addOn, count, seats) => credits(addOnCredits(addOn, count, seats)),
      arithmetic: (addOn, count, seats, expected) => {
        const sum = recurringCharge(addOn, count, seats);
        if (expected && (expected.amount !== sum.amount || expected.currency !== sum.currency)) return '';
        const total = format.money(sum);
        const unitPrice = format.money(addOn.unitPrice);
        return addOn.scope === 'per_seat'
          ? messages.perSeatArithmetic({ units: units(count), unitPrice, users: users(seats), total })
          : messages.sharedArithmetic({ units: units(count), unitPrice, total });
      },
      error: (error) => messages.errors[errorCode(error)],
      errorDetail: (error) =>
        isBillingError(error) && error.code === 'invalid_response'
          ? messages.errorDetails({ detail: error.message })
          : null,
      remedy: (error, subscription, addOn) => {
        const code = errorCode(error);
        if (code === 'invalid_units' && addOn) {
          return messages.unitsOutOfRange({ min: addOn.minUnits, max: addOn.maxUnits });
        }
        if (code !== 'subscription_inactive') return undefined;
        if (!subscription) return messages.stateSentence.none;
        const { status } = subscription;
        return status === 'past_due' || status === 'canceled' ? messages.stateSentence[status] : undefined;
      },
      stateSentence: ({ status, cancelAtPeriodEnd, currentPeriodEnd }) =>
        // Canceled and past due outrank a scheduled end: they explain why credits cannot be added now.
        status === 'canceled' || status === 'past_due'
          ? messages.stateSentence[status]
          : messages.stateSentence[cancelAtPeriodEnd ? 'cancelAtPeriodEnd' : status]({
              date: format.date(currentPeriodEnd),
            }),
      note: (note, shown, subscription) =>
        ({
          chargedNow: () => {
            const amount = format.money(shown.dueNow);
            const addOn = addOnById(subscription, shown.addOnId);
            const full = addOn && recurringCharge(addOn, shown.units - shown.currentUnits, subscription.seats);
            // Less than the full price for a period: the server prorated it, and the customer is told why.
            return full && shown.dueNow.amount < full.amount && messages.noteChargedNowProrated
              ? messages.noteChargedNowProrated({ amount, full: format.money(full) })
              : messages.noteChargedNow({ amount });
          },
          decreaseWaits: () => messages.noteDecreaseWaits({ date: format.date(shown.effectiveAt) }),
          nonRefundable: () => messages.noteNonRefundable,
          noRollover: () => messages.noteNoRollover({ interval: subscription.plan.interval }),
          endsWithSubscription: () =>
            messages.noteEndsWithSubscription({ date: format.date(subscription.currentPeriodEnd) }),
        })[note](),
    };
  }, [messageOverrides, format]);
}
