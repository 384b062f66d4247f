import { zeroMoney } from './money';
import { addOnById, addOnCredits, type QuoteTerms } from './policy';
import type { AddOnChange, Money, Subscription } from './types';

/**
 * A stretch of the credits timeline: `current` from now to the period end, `next` from the period end
 * on, `ended` after the period end of a subscription that ends then, `unchanged` for a change of none.
 */
export type CreditsTimelinePeriod = 'current' | 'next' | 'ended' | 'unchanged';

/** What the add-on gives and costs in one stretch of the timeline. */
export interface CreditsTimelineSegment {
  /** Which stretch of time it covers. */
  period: CreditsTimelinePeriod;
  /** The add-on's credits: for the rest of this period (`current`), else per period. */
  credits: number;
  /** Of them, granted now: an increase's `creditsNow`, else 0. */
  creditsAdded: number;
  /** The quote's `dueNow` (`current`), its `recurring` per interval (`next`, `unchanged`), zero (`ended`). */
  charge: Money;
  /** The segment's credits against the most any segment has, 0..1: how full its bar is drawn. */
  level: number;
  /** The same for the credits granted now: the top of the bar, drawn apart. */
  addedLevel: number;
}

/** What a quoted change does to an add-on's credits and charges: now, until the period end, and after. */
export interface CreditsTimelineData {
  /** The quote's kind of change. */
  change: AddOnChange;
  /** The add-on's billing interval: what `next` and `unchanged` credits and charges are per. */
  interval: 'month' | 'year';
  /** ISO 8601: the end of the current period, where `current` gives way to `next` or `ended`. */
  periodEnd: string;
  /** The stretches in time order: `current` then `next` or `ended`, or `unchanged` alone. */
  segments: CreditsTimelineSegment[];
}

/**
 * The timeline of a quote: charges are the quote's own figures, credits the add-on's terms for the
 * quote's units. `null` when the subscription does not offer the quoted add-on.
 */
export function creditsTimeline(subscription: Subscription, quote: QuoteTerms): CreditsTimelineData | null {
  const addOn = addOnById(subscription, quote.addOnId);
  if (!addOn) return null;
  const { seats } = subscription;
  const periodEnd = quote.change === 'decrease' ? quote.effectiveAt : subscription.currentPeriodEnd;
  const nextCredits = addOnCredits(addOn, quote.units, seats);
  type Stretch = Omit<CreditsTimelineSegment, 'level' | 'addedLevel'>;
  const stretches: Stretch[] =
    quote.change === 'none'
      ? [{ period: 'unchanged', credits: nextCredits, creditsAdded: 0, charge: quote.recurring }]
      : [
          {
            period: 'current',
            credits: addOnCredits(addOn, quote.currentUnits, seats) + quote.creditsNow,
            creditsAdded: quote.creditsNow,
            charge: quote.dueNow,
          },
          // A cancelling subscription has no next period: its add-ons end with it.
          subscription.cancelAtPeriodEnd
            ? { period: 'ended', credits: 0, creditsAdded: 0, charge: zeroMoney(quote.recurring.currency) }
            : { period: 'next', credits: nextCredits, creditsAdded: 0, charge: quote.recurring },
        ];
  const most = Math.max(...stretches.map((stretch) => stretch.credits));
  return {
    change: quote.change,
    interval: addOn.interval,
    periodEnd,
    segments: stretches.map((stretch) => ({
      ...stretch,
      level: most > 0 ? stretch.credits / most : 0,
      addedLevel: most > 0 ? stretch.creditsAdded / most : 0,
    })),
  };
}
