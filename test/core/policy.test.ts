import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription } from '../../mocks/scenarios';
import {
  applyTerms,
  canDecrease,
  canIncrease,
  classifyChange,
  nextPeriodUnits,
  quoteTerms,
  remainingCredits,
  renewPeriods,
} from '../../src/core/policy';
import type { AddOn, Subscription, SubscriptionStatus } from '../../src/core/types';
import { basic, team } from '../support/plans';
import { expectBillingError } from './expectBillingError';

const NOW = new Date('2025-03-14T12:00:00.000Z');
const ADD_ON = 'generative-credits';
const usd = (amount: number) => ({ amount, currency: 'USD' });

function addOnOf(subscription: Subscription): AddOn {
  const addOn = subscription.addOns.find((candidate) => candidate.id === ADD_ON);
  if (!addOn) throw new Error('fixture has no credits add-on');
  return addOn;
}

describe('increase', () => {
  it.each([
    // per_seat: price and credits multiply by seats
    { label: 'Basic, 3 users, 1 → 3', sub: basic({ units: 1 }), to: 3, dueNow: 6000, creditsNow: 360, recurring: 9000 },
    { label: 'Basic, 3 users, 0 → 1', sub: basic({ units: 0 }), to: 1, dueNow: 3000, creditsNow: 180, recurring: 3000 },
    {
      label: 'Basic, 1 user, 2 → 5',
      sub: basic({ units: 2 }, { seats: 1 }),
      to: 5,
      dueNow: 3000,
      creditsNow: 180,
      recurring: 5000,
    },
    {
      label: 'Basic, 7 users, 1 → 10',
      sub: basic({ units: 1 }, { seats: 7 }),
      to: 10,
      dueNow: 63000,
      creditsNow: 3780,
      recurring: 70000,
    },
    // shared: seats do not count
    { label: 'Team, 5 users, 2 → 5', sub: team({ units: 2 }), to: 5, dueNow: 9000, creditsNow: 600, recurring: 15000 },
    {
      label: 'Team, 1 user, 2 → 5',
      sub: team({ units: 2 }, { seats: 1 }),
      to: 5,
      dueNow: 9000,
      creditsNow: 600,
      recurring: 15000,
    },
    {
      label: 'Team, 40 users, 0 → 1',
      sub: team({ units: 0 }, { seats: 40 }),
      to: 1,
      dueNow: 3000,
      creditsNow: 200,
      recurring: 3000,
    },
  ])('charges and grants the added units now ($label)', ({ sub, to, dueNow, creditsNow, recurring }) => {
    const terms = quoteTerms(sub, { addOnId: ADD_ON, units: to }, NOW);
    expect(terms).toEqual({
      addOnId: ADD_ON,
      currentUnits: addOnOf(sub).units,
      units: to,
      change: 'increase',
      dueNow: usd(dueNow),
      creditsNow,
      recurring: usd(recurring),
      effectiveAt: NOW.toISOString(),
    });
  });

  it('applies an increase now and adds creditsNow to the add-on credits', () => {
    const sub = basic({ units: 1 });
    const terms = quoteTerms(sub, { addOnId: ADD_ON, units: 3 }, NOW);
    const next = applyTerms(sub, terms);
    expect(addOnOf(next)).toMatchObject({ units: 3, scheduledUnits: null });
    expect(next.credits).toEqual({ ...sub.credits, addOn: sub.credits.addOn + 360 });
    expect(remainingCredits(next)).toBe(remainingCredits(sub) + 360);
  });

  it('drops a scheduled decrease and charges only the units above those in effect', () => {
    const sub = basic({ units: 3, scheduledUnits: 1 });
    const terms = quoteTerms(sub, { addOnId: ADD_ON, units: 4 }, NOW);
    expect(terms).toMatchObject({ change: 'increase', currentUnits: 3, dueNow: usd(3000), creditsNow: 180 });
    expect(addOnOf(applyTerms(sub, terms))).toMatchObject({ units: 4, scheduledUnits: null });
  });

  it('is still allowed when the subscription cancels at the period end', () => {
    const sub = basic({ units: 1 }, { cancelAtPeriodEnd: true });
    const terms = quoteTerms(sub, { addOnId: ADD_ON, units: 2 }, NOW);
    expect(terms).toMatchObject({ change: 'increase', dueNow: usd(3000), creditsNow: 180 });
    const next = applyTerms(sub, terms);
    expect(next.cancelAtPeriodEnd).toBe(true);
    expect(addOnOf(next).units).toBe(2);
  });

  it('prices every increase as added units × unit price × seat factor (property)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 1000 }),
        (perSeat, seats, from, added, price, credits) => {
          const addOn = basicCreditsAddOn({
            scope: perSeat ? 'per_seat' : 'shared',
            units: from,
            maxUnits: 200,
            unitPrice: usd(price),
            creditsPerUnit: credits,
          });
          const sub = basicSubscription({ seats, addOns: [addOn] });
          const terms = quoteTerms(sub, { addOnId: ADD_ON, units: from + added }, NOW);
          const factor = perSeat ? seats : 1;
          expect(terms.change).toBe('increase');
          expect(terms.dueNow).toEqual(usd(added * price * factor));
          expect(terms.creditsNow).toBe(added * credits * factor);
          expect(terms.recurring).toEqual(usd((from + added) * price * factor));
          expect(applyTerms(sub, terms).credits.addOn).toBe(sub.credits.addOn + terms.creditsNow);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('decrease', () => {
  it.each([
    { label: 'Basic, 3 → 1', sub: basic({ units: 3 }), to: 1, recurring: 3000 },
    { label: 'Basic, 3 → 0', sub: basic({ units: 3 }), to: 0, recurring: 0 },
    {
      label: 'Basic, 3 → 2 replacing a scheduled 1',
      sub: basic({ units: 3, scheduledUnits: 1 }),
      to: 2,
      recurring: 6000,
    },
    { label: 'Team, 5 → 2', sub: team({ units: 5 }), to: 2, recurring: 6000 },
    { label: 'Basic past due, 3 → 1', sub: basic({ units: 3 }, { status: 'past_due' }), to: 1, recurring: 3000 },
  ])('applies a decrease at the period end with no charge and no credits ($label)', ({ sub, to, recurring }) => {
    const terms = quoteTerms(sub, { addOnId: ADD_ON, units: to }, NOW);
    expect(terms).toEqual({
      addOnId: ADD_ON,
      currentUnits: addOnOf(sub).units,
      units: to,
      change: 'decrease',
      dueNow: usd(0),
      creditsNow: 0,
      recurring: usd(recurring),
      effectiveAt: sub.currentPeriodEnd,
    });
    const next = applyTerms(sub, terms);
    // Nothing changes this period: units and credits stay, only the schedule is set.
    expect(addOnOf(next)).toEqual({ ...addOnOf(sub), scheduledUnits: to });
    expect(next.credits).toEqual(sub.credits);
    expect(nextPeriodUnits(addOnOf(next))).toBe(to);
  });
});

describe('restore', () => {
  it.each([
    { label: 'Basic, 3 scheduled to 1', sub: basic({ units: 3, scheduledUnits: 1 }), recurring: 9000 },
    { label: 'Team, 5 scheduled to 0', sub: team({ units: 5, scheduledUnits: 0 }), recurring: 15000 },
    { label: 'Basic past due', sub: basic({ units: 3, scheduledUnits: 1 }, { status: 'past_due' }), recurring: 9000 },
  ])('cancels a scheduled decrease without a charge ($label)', ({ sub, recurring }) => {
    const { units } = addOnOf(sub);
    expect(classifyChange(addOnOf(sub), units)).toBe('restore');
    const terms = quoteTerms(sub, { addOnId: ADD_ON, units }, NOW);
    expect(terms).toEqual({
      addOnId: ADD_ON,
      currentUnits: units,
      units,
      change: 'restore',
      dueNow: usd(0),
      creditsNow: 0,
      recurring: usd(recurring),
      effectiveAt: NOW.toISOString(),
    });
    const next = applyTerms(sub, terms);
    expect(addOnOf(next)).toEqual({ ...addOnOf(sub), scheduledUnits: null });
    expect(next.credits).toEqual(sub.credits);
  });
});

describe('none', () => {
  it.each([
    { label: 'Basic, nothing scheduled', sub: basic({ units: 1 }), recurring: 3000 },
    { label: 'Team, nothing scheduled', sub: team({ units: 2 }), recurring: 6000 },
    { label: 'Basic, scheduled equal to units', sub: basic({ units: 2, scheduledUnits: 2 }), recurring: 6000 },
  ])('reports nothing to confirm when the units are those in effect ($label)', ({ sub, recurring }) => {
    const { units } = addOnOf(sub);
    const terms = quoteTerms(sub, { addOnId: ADD_ON, units }, NOW);
    expect(terms).toMatchObject({ change: 'none', dueNow: usd(0), creditsNow: 0, recurring: usd(recurring) });
    expect(applyTerms(sub, terms)).toEqual(sub);
  });
});

describe('units', () => {
  it.each([
    { label: 'below minUnits', sub: basic({ units: 1, minUnits: 1 }), units: 0 },
    { label: 'negative', sub: basic({ units: 1 }), units: -1 },
    { label: 'above maxUnits (Basic, max 10)', sub: basic({ units: 1 }), units: 11 },
    { label: 'above maxUnits (Team, max 20)', sub: team({ units: 2 }), units: 21 },
    { label: 'a fraction', sub: basic({ units: 1 }), units: 1.5 },
    { label: 'a fraction while decreasing', sub: basic({ units: 3 }), units: 2.5 },
    { label: 'NaN', sub: basic({ units: 1 }), units: Number.NaN },
    { label: 'Infinity', sub: basic({ units: 1 }), units: Number.POSITIVE_INFINITY },
  ])('rejects units that are $label with invalid_units', async ({ sub, units }) => {
    await expectBillingError(() => quoteTerms(sub, { addOnId: ADD_ON, units }, NOW), 'invalid_units');
  });

  it.each([
    { label: 'minUnits', sub: basic({ units: 3, minUnits: 1 }), units: 1, change: 'decrease' },
    { label: 'maxUnits', sub: basic({ units: 3 }), units: 10, change: 'increase' },
    { label: 'zero when minUnits is 0', sub: team({ units: 2 }), units: 0, change: 'decrease' },
  ])('accepts units at the bounds ($label)', ({ sub, units, change }) => {
    expect(quoteTerms(sub, { addOnId: ADD_ON, units }, NOW).change).toBe(change);
  });
});

describe('subscription status', () => {
  // From 2 units: 4 is an increase, 1 a decrease, 2 with 1 scheduled a restore, 2 with nothing scheduled none.
  const cases: { units: number; scheduledUnits: number | null; change: string }[] = [
    { units: 4, scheduledUnits: null, change: 'increase' },
    { units: 1, scheduledUnits: null, change: 'decrease' },
    { units: 2, scheduledUnits: 1, change: 'restore' },
  ];
  const allowed: Record<SubscriptionStatus, string[]> = {
    active: ['increase', 'decrease', 'restore'],
    trialing: ['increase', 'decrease', 'restore'],
    past_due: ['decrease', 'restore'],
    canceled: [],
  };
  const table = (Object.keys(allowed) as SubscriptionStatus[]).flatMap((status) =>
    cases.map((c) => ({ status, ...c, ok: allowed[status].includes(c.change) })),
  );

  it.each(table.filter((row) => row.ok))(
    'allows the change $change when $status',
    ({ status, units, scheduledUnits, change }) => {
      const sub = basic({ units: 2, scheduledUnits }, { status });
      expect(quoteTerms(sub, { addOnId: ADD_ON, units }, NOW).change).toBe(change);
    },
  );

  it.each(table.filter((row) => !row.ok))(
    'refuses the change $change when $status with subscription_inactive',
    async ({ status, units, scheduledUnits }) => {
      const sub = basic({ units: 2, scheduledUnits }, { status });
      await expectBillingError(() => quoteTerms(sub, { addOnId: ADD_ON, units }, NOW), 'subscription_inactive');
    },
  );

  it.each(['active', 'trialing', 'past_due'] as const)(
    'needs no confirmation for unchanged units when %s',
    (status) => {
      expect(quoteTerms(basic({ units: 2 }, { status }), { addOnId: ADD_ON, units: 2 }, NOW).change).toBe('none');
    },
  );

  it('allows nothing on a canceled subscription, not even unchanged units', async () => {
    await expectBillingError(
      () => quoteTerms(basic({ units: 2 }, { status: 'canceled' }), { addOnId: ADD_ON, units: 2 }, NOW),
      'subscription_inactive',
    );
  });

  it('allows nothing without a subscription', async () => {
    await expectBillingError(() => quoteTerms(null, { addOnId: ADD_ON, units: 1 }, NOW), 'subscription_inactive');
  });

  it.each([
    { status: 'active', increase: true, decrease: true },
    { status: 'trialing', increase: true, decrease: true },
    { status: 'past_due', increase: false, decrease: true },
    { status: 'canceled', increase: false, decrease: false },
  ] as const)('canIncrease/canDecrease for $status', ({ status, increase, decrease }) => {
    expect(canIncrease(status)).toBe(increase);
    expect(canDecrease(status)).toBe(decrease);
  });
});

describe('add-ons', () => {
  it('rejects an add-on the plan does not offer with not_found', async () => {
    await expectBillingError(() => quoteTerms(basic(), { addOnId: 'nope', units: 1 }, NOW), 'not_found');
  });

  it('changes only the requested add-on when the plan offers several', () => {
    const other = basicCreditsAddOn({ id: 'video-minutes', name: 'Video Minutes', units: 2, creditsPerUnit: 30 });
    const sub = basicSubscription({ addOns: [basicCreditsAddOn({ units: 1 }), other] });
    const terms = quoteTerms(sub, { addOnId: 'video-minutes', units: 3 }, NOW);
    expect(terms).toMatchObject({ addOnId: 'video-minutes', currentUnits: 2, dueNow: usd(3000), creditsNow: 90 });
    const next = applyTerms(sub, terms);
    expect(next.addOns[0]).toEqual(sub.addOns[0]);
    expect(next.addOns[1]).toMatchObject({ id: 'video-minutes', units: 3 });
  });

  it('does not mutate the subscription it applies terms to', () => {
    const sub = basic({ units: 1 });
    const before = structuredClone(sub);
    applyTerms(sub, quoteTerms(sub, { addOnId: ADD_ON, units: 5 }, NOW));
    expect(sub).toEqual(before);
  });

  it('never reports negative remaining credits', () => {
    const sub = basicSubscription({ credits: { included: 180, addOn: 0, used: 500, resetsAt: NOW.toISOString() } });
    expect(remainingCredits(sub)).toBe(0);
    expect(remainingCredits({ ...sub, credits: { ...sub.credits, used: 30 } })).toBe(150);
  });
});

describe('renewPeriods', () => {
  const START = '2025-03-01T00:00:00.000Z';
  const END = '2025-04-01T00:00:00.000Z';
  const at = (iso: string) => new Date(iso);

  /** Basic, 3 users, in the period 1 March to 1 April 2025 with 95 credits used. */
  function basicInPeriod(addOn: Partial<AddOn> = {}, overrides: Partial<Subscription> = {}): Subscription {
    return basic(addOn, {
      currentPeriodStart: START,
      currentPeriodEnd: END,
      credits: { included: 180, addOn: 500, used: 95, resetsAt: END },
      ...overrides,
    });
  }

  it('returns the same object before the period end', () => {
    const sub = basicInPeriod({ units: 2, scheduledUnits: 1 });
    expect(renewPeriods(sub, at('2025-03-31T23:59:59.999Z'))).toBe(sub);
  });

  it('returns the same object for a canceled subscription, however late', () => {
    const sub = basicInPeriod({ units: 2 }, { status: 'canceled' });
    expect(renewPeriods(sub, at('2026-01-01T00:00:00.000Z'))).toBe(sub);
  });

  it('starts the next period at the period end: scheduled units take effect, credits reset', () => {
    // Basic, 3 users, 2 units scheduled down to 1.
    const sub = basicInPeriod({ units: 2, scheduledUnits: 1 });
    const next = renewPeriods(sub, at(END));
    expect(next).toEqual({
      ...sub,
      currentPeriodStart: END,
      currentPeriodEnd: '2025-05-01T00:00:00.000Z',
      credits: { included: 180, addOn: 1 * 60 * 3, used: 0, resetsAt: '2025-05-01T00:00:00.000Z' },
      addOns: [{ ...addOnOf(sub), units: 1, scheduledUnits: null }],
    });
  });

  it('keeps the units when nothing is scheduled and grants their credits afresh (shared: seats do not count)', () => {
    const sub = team(
      { units: 3 },
      {
        currentPeriodStart: START,
        currentPeriodEnd: END,
        credits: { included: 750, addOn: 1000, used: 420, resetsAt: END },
      },
    );
    const next = renewPeriods(sub, at('2025-04-10T00:00:00.000Z'));
    expect(addOnOf(next)).toEqual(addOnOf(sub));
    expect(next.credits).toEqual({ included: 750, addOn: 3 * 200, used: 0, resetsAt: '2025-05-01T00:00:00.000Z' });
    expect(next.status).toBe('active');
  });

  it('sums the credits of every add-on on the plan', () => {
    const other = basicCreditsAddOn({ id: 'video-minutes', units: 2, creditsPerUnit: 30, scheduledUnits: 0 });
    const sub = basicSubscription({
      addOns: [basicCreditsAddOn({ units: 1 }), other],
      currentPeriodStart: START,
      currentPeriodEnd: END,
      credits: { included: 180, addOn: 360, used: 10, resetsAt: END },
    });
    const next = renewPeriods(sub, at(END));
    expect(next.addOns.map((addOn) => [addOn.units, addOn.scheduledUnits])).toEqual([
      [1, null],
      [0, null],
    ]);
    expect(next.credits.addOn).toBe(1 * 60 * 3);
  });

  it('ends a subscription that cancels at the period end: canceled, add-ons at 0, no credits, dates kept', () => {
    const sub = basicInPeriod({ units: 2, scheduledUnits: 1 }, { cancelAtPeriodEnd: true });
    const next = renewPeriods(sub, at('2025-06-15T00:00:00.000Z')); // two periods later: it ends once
    expect(next).toEqual({
      ...sub,
      status: 'canceled',
      cancelAtPeriodEnd: false,
      credits: { included: 0, addOn: 0, used: 0, resetsAt: END },
      addOns: [{ ...addOnOf(sub), units: 0, scheduledUnits: null }],
    });
    expect(remainingCredits(next)).toBe(0);
    expect(renewPeriods(next, at('2025-09-01T00:00:00.000Z'))).toBe(next);
  });

  it('ends the trial at the period end (trialing becomes active); past_due stays past_due', () => {
    expect(renewPeriods(basicInPeriod({}, { status: 'trialing' }), at(END)).status).toBe('active');
    expect(renewPeriods(basicInPeriod({}, { status: 'past_due' }), at(END)).status).toBe('past_due');
  });

  it('rolls over every period end passed, in order', () => {
    const sub = basicInPeriod({ units: 2, scheduledUnits: 1 }, { status: 'trialing' });
    const next = renewPeriods(sub, at('2025-05-20T08:00:00.000Z'));
    expect(next.currentPeriodStart).toBe('2025-05-01T00:00:00.000Z');
    expect(next.currentPeriodEnd).toBe('2025-06-01T00:00:00.000Z');
    expect(next.credits).toEqual({ included: 180, addOn: 180, used: 0, resetsAt: '2025-06-01T00:00:00.000Z' });
    expect(addOnOf(next)).toMatchObject({ units: 1, scheduledUnits: null });
    expect(next.status).toBe('active');
  });

  it('clamps the day to the month without drifting: Jan 31 → Feb 28 → Mar 31 → Apr 30', () => {
    const sub = basicInPeriod(
      {},
      { currentPeriodStart: '2024-12-31T09:30:00.000Z', currentPeriodEnd: '2025-01-31T09:30:00.000Z' },
    );
    // All at once...
    const atOnce = renewPeriods(sub, at('2025-03-05T00:00:00.000Z'));
    expect([atOnce.currentPeriodStart, atOnce.currentPeriodEnd]).toEqual([
      '2025-02-28T09:30:00.000Z',
      '2025-03-31T09:30:00.000Z',
    ]);
    // ...or one call per period, as an engine asked every day does: the same dates.
    const feb = renewPeriods(sub, at('2025-02-01T00:00:00.000Z'));
    expect([feb.currentPeriodStart, feb.currentPeriodEnd]).toEqual([
      '2025-01-31T09:30:00.000Z',
      '2025-02-28T09:30:00.000Z',
    ]);
    const mar = renewPeriods(feb, at('2025-03-01T00:00:00.000Z'));
    expect(mar.currentPeriodEnd).toBe('2025-03-31T09:30:00.000Z');
    expect(mar.credits.resetsAt).toBe('2025-03-31T09:30:00.000Z');
    expect(renewPeriods(mar, at('2025-04-01T00:00:00.000Z')).currentPeriodEnd).toBe('2025-04-30T09:30:00.000Z');
  });

  it('renews Jan 31 to Feb 29 in a leap year', () => {
    const sub = basicInPeriod(
      {},
      { currentPeriodStart: '2024-01-01T00:00:00.000Z', currentPeriodEnd: '2024-01-31T00:00:00.000Z' },
    );
    expect(renewPeriods(sub, at('2024-02-01T00:00:00.000Z')).currentPeriodEnd).toBe('2024-02-29T00:00:00.000Z');
  });

  it('renews a yearly plan by a year (Feb 29 → Feb 28, back to Feb 29 in the next leap year)', () => {
    const sub = basicInPeriod(
      {},
      {
        plan: { ...basicSubscription().plan, interval: 'year' },
        currentPeriodStart: '2023-02-28T00:00:00.000Z',
        currentPeriodEnd: '2024-02-29T00:00:00.000Z',
      },
    );
    const next = renewPeriods(sub, at('2024-03-01T00:00:00.000Z'));
    expect([next.currentPeriodStart, next.currentPeriodEnd]).toEqual([
      '2024-02-29T00:00:00.000Z',
      '2025-02-28T00:00:00.000Z',
    ]);
    expect(renewPeriods(sub, at('2027-06-01T00:00:00.000Z')).currentPeriodEnd).toBe('2028-02-29T00:00:00.000Z');
  });

  it('does not mutate the subscription it renews', () => {
    const sub = basicInPeriod({ units: 2, scheduledUnits: 1 }, { cancelAtPeriodEnd: true });
    const before = structuredClone(sub);
    renewPeriods(sub, at('2025-04-02T00:00:00.000Z'));
    renewPeriods({ ...sub, cancelAtPeriodEnd: false }, at('2025-04-02T00:00:00.000Z'));
    expect(sub).toEqual(before);
  });
});
