import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription } from '../../mocks/scenarios';
import { renewPeriods } from '../../src/core/policy';
import type { Subscription } from '../../src/core/types';

// The renewal date a customer sees (currentPeriodEnd) and the date their credits reset, after the
// clock has passed one or more period ends.

/** Basic, 3 users, 2 units scheduled down to 1, in the period from `start` to `end`. */
function inPeriod(start: string, end: string, overrides: Partial<Subscription> = {}): Subscription {
  return basicSubscription({
    addOns: [basicCreditsAddOn({ units: 2, scheduledUnits: 1 })],
    currentPeriodStart: start,
    currentPeriodEnd: end,
    credits: { included: 180, addOn: 360, used: 95, resetsAt: end },
    ...overrides,
  });
}

describe('renewPeriods: several period ends passed at once', () => {
  it('starts the current period at the last period end passed, three months on', () => {
    const sub = inPeriod('2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z');
    const next = renewPeriods(sub, new Date('2025-06-15T00:00:00.000Z'));
    expect([next.currentPeriodStart, next.currentPeriodEnd]).toEqual([
      '2025-06-01T00:00:00.000Z',
      '2025-07-01T00:00:00.000Z',
    ]);
    expect(next.credits).toEqual({ included: 180, addOn: 1 * 60 * 3, used: 0, resetsAt: '2025-07-01T00:00:00.000Z' });
  });

  it('starts the current period at the last period end passed on a yearly plan, three years on', () => {
    const sub = inPeriod('2023-05-10T08:00:00.000Z', '2024-05-10T08:00:00.000Z', {
      plan: { ...basicSubscription().plan, interval: 'year' },
    });
    const next = renewPeriods(sub, new Date('2026-07-01T00:00:00.000Z'));
    expect([next.currentPeriodStart, next.currentPeriodEnd]).toEqual([
      '2026-05-10T08:00:00.000Z',
      '2027-05-10T08:00:00.000Z',
    ]);
  });

  it('counts a later period as ended at its very end, as the first one is', () => {
    const sub = inPeriod('2025-03-01T00:00:00.000Z', '2025-04-01T00:00:00.000Z');
    const atSecondEnd = renewPeriods(sub, new Date('2025-05-01T00:00:00.000Z'));
    expect([atSecondEnd.currentPeriodStart, atSecondEnd.currentPeriodEnd]).toEqual([
      '2025-05-01T00:00:00.000Z',
      '2025-06-01T00:00:00.000Z',
    ]);
    // Asking again at the same moment changes nothing more.
    expect(renewPeriods(atSecondEnd, new Date('2025-05-01T00:00:00.000Z'))).toBe(atSecondEnd);
  });
});

describe('renewPeriods: the day of the month periods end on', () => {
  it('keeps the end’s own day when the period is not one whole interval long (Jan 31 → Mar 15 → Apr 15)', () => {
    // A period of irregular length (e.g. after the billing date was moved): the end's day is the anchor.
    const sub = inPeriod('2025-01-31T00:00:00.000Z', '2025-03-15T00:00:00.000Z');
    const next = renewPeriods(sub, new Date('2025-03-20T00:00:00.000Z'));
    expect([next.currentPeriodStart, next.currentPeriodEnd]).toEqual([
      '2025-03-15T00:00:00.000Z',
      '2025-04-15T00:00:00.000Z',
    ]);
    expect(next.credits.resetsAt).toBe('2025-04-15T00:00:00.000Z');
  });
});
