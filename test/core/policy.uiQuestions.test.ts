import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn } from '../../mocks/scenarios';
import { hasScheduledChange, policyNotes, unitBounds } from '../../src/core/policy';
import type { SubscriptionStatus } from '../../src/core/types';

// The stepper's range is a policy question (contract section 2), asked here and nowhere else.

describe('unitBounds: the units a customer may choose', () => {
  const addOn = basicCreditsAddOn({ units: 3, minUnits: 1, maxUnits: 8 });

  it.each<[SubscriptionStatus, { min: number; max: number }]>([
    ['active', { min: 1, max: 8 }],
    ['trialing', { min: 1, max: 8 }],
    // Past due: decreases and restores only, so nothing above the units in effect.
    ['past_due', { min: 1, max: 3 }],
    // Canceled: held at the units in effect.
    ['canceled', { min: 3, max: 3 }],
  ])('when %s: %o', (status, bounds) => {
    expect(unitBounds(addOn, status)).toEqual(bounds);
  });

  it('holds a canceled subscription at the units in effect brought within the add-on’s range', () => {
    expect(unitBounds(basicCreditsAddOn({ units: 12, maxUnits: 10 }), 'canceled')).toEqual({ min: 10, max: 10 });
    expect(unitBounds(basicCreditsAddOn({ units: 0, minUnits: 1 }), 'past_due')).toEqual({ min: 1, max: 1 });
  });
});

describe('hasScheduledChange', () => {
  it.each([
    [{ units: 3, scheduledUnits: 1 }, true],
    [{ units: 3, scheduledUnits: 0 }, true],
    [{ units: 3, scheduledUnits: null }, false],
    [{ units: 3, scheduledUnits: 3 }, false],
  ])('%o → %s', (terms, expected) => {
    expect(hasScheduledChange(basicCreditsAddOn(terms))).toBe(expected);
  });
});

describe('policyNotes: what a change is confirmed under', () => {
  it.each([
    ['increase', false, ['chargedNow', 'nonRefundable', 'noRollover']],
    ['decrease', false, ['decreaseWaits', 'nonRefundable', 'noRollover']],
    ['restore', false, ['nonRefundable', 'noRollover']],
    ['increase', true, ['chargedNow', 'nonRefundable', 'noRollover', 'endsWithSubscription']],
    ['none', true, []],
  ] as const)('%s, cancelling at the period end: %s → %o', (change, cancelAtPeriodEnd, notes) => {
    expect(policyNotes({ cancelAtPeriodEnd }, change)).toEqual(notes);
  });
});
