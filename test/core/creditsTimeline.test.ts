import { describe, expect, it } from 'vitest';
import { teamAnnualSubscription } from '../../mocks/scenarios';
import { creditsTimeline } from '../../src/core/creditsTimeline';
import { quoteTerms } from '../../src/core/policy';
import type { Subscription } from '../../src/core/types';
import { basic, team } from '../support/plans';
import { sampleQuote } from '../support/quotes';

const NOW = new Date('2025-03-14T12:00:00.000Z');
const ADD_ON = 'generative-credits';
const usd = (amount: number) => ({ amount, currency: 'USD' });

/** The timeline of the quote the policy makes for `units` (as the memory engine and the mocks do). */
function timelineFor(subscription: Subscription, units: number) {
  const quote = quoteTerms(subscription, { addOnId: ADD_ON, units }, NOW);
  return { quote, timeline: creditsTimeline(subscription, quote) };
}

describe('creditsTimeline', () => {
  it.each([
    {
      label: 'increase, per seat (Basic 1 → 3 units, 3 users)',
      subscription: basic({ units: 1 }),
      units: 3,
      current: { credits: 540, creditsAdded: 360, charge: usd(6000) },
      next: { credits: 540, charge: usd(9000) },
    },
    {
      label: 'increase, shared (Team 2 → 5 units, 5 users)',
      subscription: team({ units: 2 }),
      units: 5,
      current: { credits: 1000, creditsAdded: 600, charge: usd(9000) },
      next: { credits: 1000, charge: usd(15000) },
    },
    {
      label: 'decrease, per seat (Basic 3 → 1 unit): credits stay until the period end',
      subscription: basic({ units: 3 }),
      units: 1,
      current: { credits: 540, creditsAdded: 0, charge: usd(0) },
      next: { credits: 180, charge: usd(3000) },
    },
    {
      label: 'decrease, shared (Team 2 → 0 units): nothing from the next period',
      subscription: team({ units: 2 }),
      units: 0,
      current: { credits: 400, creditsAdded: 0, charge: usd(0) },
      next: { credits: 0, charge: usd(0) },
    },
    {
      label: 'restore, per seat (Basic 3 units, 1 scheduled): the units in effect go on',
      subscription: basic({ units: 3, scheduledUnits: 1 }),
      units: 3,
      current: { credits: 540, creditsAdded: 0, charge: usd(0) },
      next: { credits: 540, charge: usd(9000) },
    },
    {
      label: 'restore, shared (Team 4 units, 2 scheduled)',
      subscription: team({ units: 4, scheduledUnits: 2 }),
      units: 4,
      current: { credits: 800, creditsAdded: 0, charge: usd(0) },
      next: { credits: 800, charge: usd(12000) },
    },
  ])('$label', ({ subscription, units, current, next }) => {
    const { quote, timeline } = timelineFor(subscription, units);
    expect(timeline?.change).toBe(quote.change);
    expect(timeline?.periodEnd).toBe(subscription.currentPeriodEnd);
    expect(timeline?.interval).toBe('month');
    expect(timeline?.segments.map(({ level: _level, addedLevel: _addedLevel, ...figures }) => figures)).toEqual([
      { period: 'current', ...current },
      { period: 'next', creditsAdded: 0, ...next },
    ]);
    // The charges are the quote's own figures.
    expect(timeline?.segments[0]?.charge).toEqual(quote.dueNow);
    expect(timeline?.segments[0]?.creditsAdded).toBe(quote.creditsNow);
    expect(timeline?.segments[1]?.charge).toEqual(quote.recurring);
  });

  it('shows a single unchanged segment for the units already in effect, at their recurring charge', () => {
    const { quote, timeline } = timelineFor(basic({ units: 2 }), 2);
    expect(quote.change).toBe('none');
    expect(timeline?.segments).toEqual([
      { period: 'unchanged', credits: 360, creditsAdded: 0, charge: usd(6000), level: 1, addedLevel: 0 },
    ]);
  });

  it('ends the add-on at the period end of a cancelling subscription: no credits and no charge after it', () => {
    const subscription = basic({ units: 1 }, { cancelAtPeriodEnd: true });
    const { timeline } = timelineFor(subscription, 2);
    expect(timeline?.segments).toEqual([
      { period: 'current', credits: 360, creditsAdded: 180, charge: usd(3000), level: 1, addedLevel: 0.5 },
      { period: 'ended', credits: 0, creditsAdded: 0, charge: usd(0), level: 0, addedLevel: 0 },
    ]);
  });

  it('takes the charges from the quote, not from the price list (the server’s figures are what is charged)', () => {
    const quote = sampleQuote({ dueNow: usd(6001), creditsNow: 361, recurring: usd(9002) });
    const timeline = creditsTimeline(basic({ units: 1 }), quote);
    expect(timeline?.segments.map((segment) => segment.charge)).toEqual([usd(6001), usd(9002)]);
    expect(timeline?.segments[0]).toMatchObject({ credits: 180 + 361, creditsAdded: 361 });
  });

  it('draws each bar against the most credits of any segment, the credits granted now apart', () => {
    const decrease = timelineFor(basic({ units: 4 }), 1).timeline;
    expect(decrease?.segments.map((segment) => segment.level)).toEqual([1, 0.25]);
    const increase = timelineFor(basic({ units: 1 }), 4).timeline;
    expect(increase?.segments.map(({ level, addedLevel }) => [level, addedLevel])).toEqual([
      [1, 0.75],
      [1, 0],
    ]);
    const toZero = timelineFor(basic({ units: 0 }), 0).timeline;
    expect(toZero?.segments.map((segment) => segment.level)).toEqual([0]);
  });

  it('dates a decrease from its quote and speaks of years on a yearly plan', () => {
    const subscription = teamAnnualSubscription();
    const quote = {
      ...quoteTerms(subscription, { addOnId: ADD_ON, units: 1 }, NOW),
      effectiveAt: '2031-01-01T00:00:00Z',
    };
    const timeline = creditsTimeline(subscription, quote);
    expect(timeline?.periodEnd).toBe('2031-01-01T00:00:00Z');
    expect(timeline?.interval).toBe('year');
  });

  it('is null for an add-on the plan does not offer', () => {
    expect(creditsTimeline(basic({ units: 1 }), sampleQuote({ addOnId: 'storage' }))).toBeNull();
  });
});
