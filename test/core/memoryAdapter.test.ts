import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription, teamSubscription } from '../../mocks/scenarios';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/core/adapters/memory';
import type { Subscription } from '../../src/core/types';
import { unitsOf } from '../support/unitsOf';
import { expectBillingError } from './expectBillingError';

const ADD_ON = 'generative-credits';
const START = new Date('2025-03-14T12:00:00.000Z');
const TEN_MINUTES = 10 * 60 * 1000;

/** A memory adapter on a clock the test moves by hand. */
function setup(subscription: Subscription | null = basicSubscription(), options: Partial<MemoryAdapterOptions> = {}) {
  let time = START.getTime();
  const clock = {
    advance: (ms: number) => {
      time += ms;
    },
  };
  const adapter = createMemoryAdapter({ subscription, now: () => new Date(time), ...options });
  return { adapter, clock };
}

describe('getSubscription', () => {
  it('returns the starting subscription, or null for none', async () => {
    expect(await setup(teamSubscription()).adapter.getSubscription()).toEqual(teamSubscription());
    expect(await setup(null).adapter.getSubscription()).toBeNull();
  });

  it('hands out copies, so a caller cannot change the engine state', async () => {
    const start = basicSubscription();
    const { adapter } = setup(start);
    const first = await adapter.getSubscription();
    if (!first) throw new Error('expected a subscription');
    first.seats = 99;
    start.seats = 42;
    expect((await adapter.getSubscription())?.seats).toBe(3);
  });
});

describe('quotes', () => {
  it('gives every quote its own id and an expiry 10 minutes from the clock', async () => {
    const { adapter, clock } = setup();
    const first = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    clock.advance(5000);
    const second = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    expect(first.id).not.toBe(second.id);
    expect(first.expiresAt).toBe(new Date(START.getTime() + TEN_MINUTES).toISOString());
    expect(second.expiresAt).toBe(new Date(START.getTime() + 5000 + TEN_MINUTES).toISOString());
    expect(first.effectiveAt).toBe(START.toISOString());
  });

  it('prices a quote by the policy', async () => {
    const { adapter } = setup();
    expect(await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 })).toMatchObject({
      addOnId: ADD_ON,
      currentUnits: 1,
      units: 3,
      change: 'increase',
      dueNow: { amount: 6000, currency: 'USD' },
      creditsNow: 360,
      recurring: { amount: 9000, currency: 'USD' },
    });
  });

  it('honours quoteTtlMs and a fixed Date clock', async () => {
    const adapter = createMemoryAdapter({ subscription: basicSubscription(), now: START, quoteTtlMs: 1000 });
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    expect(quote.expiresAt).toBe('2025-03-14T12:00:01.000Z');
  });

  it('rejects quotes the policy refuses', async () => {
    await expectBillingError(
      () => setup(null).adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 }),
      'subscription_inactive',
    );
    await expectBillingError(() => setup().adapter.quoteAddOn({ addOnId: ADD_ON, units: 11 }), 'invalid_units');
    await expectBillingError(() => setup().adapter.quoteAddOn({ addOnId: 'nope', units: 1 }), 'not_found');
  });
});

describe('updateAddOn', () => {
  it('applies an increase now, charges the payment method once and records it in the ledger', async () => {
    const { adapter } = setup();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    const result = await adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'k1' });
    expect(unitsOf(result)).toEqual({ units: 3, scheduledUnits: null });
    expect(result.credits.addOn).toBe(basicSubscription().credits.addOn + 360);
    expect(await adapter.getSubscription()).toEqual(result);
    expect(adapter.ledger).toEqual([
      {
        idempotencyKey: 'k1',
        quoteId: quote.id,
        addOnId: ADD_ON,
        addedUnits: 2,
        amount: { amount: 6000, currency: 'USD' },
        chargedAt: START.toISOString(),
      },
    ]);
  });

  it('schedules a decrease for the period end without a charge', async () => {
    const start = basicSubscription({ addOns: [basicCreditsAddOn({ units: 3 })] });
    const { adapter } = setup(start);
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 1 });
    expect(quote).toMatchObject({ change: 'decrease', effectiveAt: start.currentPeriodEnd, dueNow: { amount: 0 } });
    const result = await adapter.updateAddOn({ addOnId: ADD_ON, units: 1, quoteId: quote.id, idempotencyKey: 'k1' });
    expect(unitsOf(result)).toEqual({ units: 3, scheduledUnits: 1 });
    expect(result.credits).toEqual(start.credits);
    expect(adapter.ledger).toEqual([]);
  });

  it('restores a scheduled decrease without a charge', async () => {
    const { adapter } = setup(basicSubscription({ addOns: [basicCreditsAddOn({ units: 3, scheduledUnits: 1 })] }));
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    expect(quote.change).toBe('restore');
    const result = await adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'k1' });
    expect(unitsOf(result)).toEqual({ units: 3, scheduledUnits: null });
    expect(adapter.ledger).toEqual([]);
  });

  it('applies a quote up to its expiry and refuses it after with quote_expired', async () => {
    const { adapter, clock } = setup();
    const late = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    clock.advance(TEN_MINUTES + 1);
    await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: late.id, idempotencyKey: 'late' }),
      'quote_expired',
    );
    expect(await adapter.getSubscription()).toEqual(basicSubscription());
    expect(adapter.ledger).toHaveLength(0);

    const onTime = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    clock.advance(TEN_MINUTES);
    const result = await adapter.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: onTime.id, idempotencyKey: 'ok' });
    expect(unitsOf(result).units).toBe(2);
  });

  it('refuses an unknown quote', async () => {
    await expectBillingError(
      () => setup().adapter.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: 'quote_404', idempotencyKey: 'k' }),
      'quote_expired',
    );
  });

  it('refuses units that differ from the quote', async () => {
    const { adapter } = setup();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 5, quoteId: quote.id, idempotencyKey: 'k' }),
      'invalid_units',
    );
    expect(adapter.ledger).toHaveLength(0);
  });

  it('refuses a quote with conflict after the subscription was replaced', async () => {
    const { adapter } = setup();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    adapter.setSubscription(basicSubscription({ seats: 5 }));
    const error = await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: quote.id, idempotencyKey: 'k' }),
      'conflict',
    );
    expect(error.status).toBe(409);
    expect(adapter.peek()?.seats).toBe(5);
    expect(adapter.ledger).toHaveLength(0);
  });

  it('refuses a quote with conflict after another update was applied', async () => {
    const { adapter } = setup();
    const first = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    const stale = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 4 });
    await adapter.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: first.id, idempotencyKey: 'first' });
    await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 4, quoteId: stale.id, idempotencyKey: 'stale' }),
      'conflict',
    );
    expect(unitsOf(adapter.peek()).units).toBe(2);
    expect(adapter.ledger).toHaveLength(1);
  });

  it('replays the same idempotency key with the same result and a single charge', async () => {
    const { adapter, clock } = setup();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    const request = { addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'once' };
    const first = await adapter.updateAddOn(request);
    clock.advance(TEN_MINUTES * 3); // a replay is answered even after the quote would have expired
    const again = await adapter.updateAddOn(request);
    const thrice = await adapter.updateAddOn({ ...request });
    expect(again).toEqual(first);
    expect(thrice).toEqual(first);
    expect(adapter.ledger).toHaveLength(1);
    expect(adapter.peek()?.credits.addOn).toBe(basicSubscription().credits.addOn + 360);
  });

  it('refuses the same idempotency key for a different change with conflict', async () => {
    const { adapter } = setup();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    await adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'k' });
    const other = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 5 });
    await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 5, quoteId: other.id, idempotencyKey: 'k' }),
      'conflict',
    );
    expect(adapter.ledger).toHaveLength(1);
  });

  it('does not charge twice when a used quote is sent again under a new key', async () => {
    const { adapter } = setup();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    await adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'a' });
    await expect(
      adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'b' }),
    ).rejects.toMatchObject({ name: 'BillingError' });
    expect(adapter.ledger).toHaveLength(1);
  });

  it('refuses an applied quote sent again under a new key with conflict; the first key still replays', async () => {
    const { adapter } = setup();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    const request = { addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'a' };
    const first = await adapter.updateAddOn(request);
    const error = await expectBillingError(() => adapter.updateAddOn({ ...request, idempotencyKey: 'b' }), 'conflict');
    expect(error.status).toBe(409);
    expect(await adapter.updateAddOn(request)).toEqual(first);
    expect(adapter.ledger).toHaveLength(1);
    expect(unitsOf(adapter.peek()).units).toBe(3);
  });

  it('lets an applied none quote be sent again under a new key (it changed nothing)', async () => {
    const { adapter } = setup();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 1 });
    expect(quote.change).toBe('none');
    const request = { addOnId: ADD_ON, units: 1, quoteId: quote.id, idempotencyKey: 'a' };
    await adapter.updateAddOn(request);
    expect(await adapter.updateAddOn({ ...request, idempotencyKey: 'b' })).toEqual(basicSubscription());
    expect(adapter.ledger).toHaveLength(0);
  });

  it('forgets expired quotes when a new quote is made; applying a forgotten one is quote_expired', async () => {
    const { adapter, clock } = setup();
    const old = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    clock.advance(TEN_MINUTES + 1);
    await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    const error = await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: old.id, idempotencyKey: 'k' }),
      'quote_expired',
    );
    // Only the message tells a forgotten quote from a stored expired one.
    expect(error.message).toMatch(/unknown/);
    expect(error.status).toBe(410);
  });

  it('declines charges with payment_failed and changes nothing', async () => {
    const { adapter } = setup(basicSubscription(), { declinePayments: true });
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    const error = await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'k' }),
      'payment_failed',
    );
    expect(error.status).toBe(402);
    expect(error.retryable).toBe(false);
    expect(adapter.peek()).toEqual(basicSubscription());
    expect(adapter.ledger).toEqual([]);

    adapter.setDeclinePayments(false);
    const result = await adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'k2' });
    expect(unitsOf(result).units).toBe(3);
    expect(adapter.ledger).toHaveLength(1);
  });

  it('still schedules a decrease while payments are declined (nothing to charge)', async () => {
    const { adapter } = setup(basicSubscription({ addOns: [basicCreditsAddOn({ units: 3 })] }), {
      declinePayments: true,
    });
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 1 });
    const result = await adapter.updateAddOn({ addOnId: ADD_ON, units: 1, quoteId: quote.id, idempotencyKey: 'k' });
    expect(unitsOf(result)).toEqual({ units: 3, scheduledUnits: 1 });
  });

  it('does not change the subscription object it was created with', async () => {
    const start = basicSubscription();
    const before = structuredClone(start);
    const { adapter } = setup(start);
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    await adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'k' });
    expect(start).toEqual(before);
  });
});

describe('period end', () => {
  // Basic, 3 users, 2 units scheduled down to 1, in a period that ends 5 minutes after START.
  const PERIOD_START = '2025-02-14T12:05:00.000Z';
  const PERIOD_END = '2025-03-14T12:05:00.000Z';
  const NEXT_END = '2025-04-14T12:05:00.000Z';
  const FIVE_MINUTES = 5 * 60 * 1000;

  function endingSoon(overrides: Partial<Subscription> = {}): Subscription {
    return basicSubscription({
      addOns: [basicCreditsAddOn({ units: 2, scheduledUnits: 1 })],
      currentPeriodStart: PERIOD_START,
      currentPeriodEnd: PERIOD_END,
      credits: { included: 180, addOn: 360, used: 95, resetsAt: PERIOD_END },
      ...overrides,
    });
  }

  it('shows the same period until its end', async () => {
    const { adapter, clock } = setup(endingSoon());
    clock.advance(FIVE_MINUTES - 1);
    expect(await adapter.getSubscription()).toEqual(endingSoon());
  });

  it('starts the next period at the end: scheduled units take effect and the credits reset', async () => {
    const { adapter, clock } = setup(endingSoon());
    clock.advance(FIVE_MINUTES);
    const renewed = await adapter.getSubscription();
    expect(renewed).toMatchObject({
      status: 'active',
      currentPeriodStart: PERIOD_END,
      currentPeriodEnd: NEXT_END,
      credits: { included: 180, addOn: 1 * 60 * 3, used: 0, resetsAt: NEXT_END },
    });
    expect(unitsOf(renewed)).toEqual({ units: 1, scheduledUnits: null });
    expect(adapter.peek()).toEqual(renewed);
    expect(adapter.ledger).toEqual([]); // renewals are not charged by the engine
  });

  it('peek rolls the period forward too', () => {
    const { adapter, clock } = setup(endingSoon());
    clock.advance(FIVE_MINUTES);
    expect(adapter.peek()?.currentPeriodEnd).toBe(NEXT_END);
  });

  it('refuses a quote made before the period end and applied after it with conflict', async () => {
    const { adapter, clock } = setup(endingSoon());
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    clock.advance(FIVE_MINUTES + 1000);
    const error = await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'k' }),
      'conflict',
    );
    expect(error.status).toBe(409);
    expect(adapter.ledger).toEqual([]);
    expect(unitsOf(adapter.peek())).toEqual({ units: 1, scheduledUnits: null });
  });

  it('still replays a key applied before the period end with its stored result', async () => {
    const { adapter, clock } = setup(endingSoon());
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    const request = { addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'k' };
    const first = await adapter.updateAddOn(request);
    expect(first.currentPeriodEnd).toBe(PERIOD_END);
    clock.advance(FIVE_MINUTES);
    expect(await adapter.updateAddOn(request)).toEqual(first);
    expect(adapter.ledger).toHaveLength(1);
  });

  it('dates a decrease quoted after a renewal at the new period end', async () => {
    const { adapter, clock } = setup(endingSoon({ addOns: [basicCreditsAddOn({ units: 3 })] }));
    clock.advance(FIVE_MINUTES + 1000);
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 1 });
    expect(quote).toMatchObject({ change: 'decrease', currentUnits: 3, effectiveAt: NEXT_END });
  });

  it('ends a subscription that cancels at the period end; add-ons can no longer change', async () => {
    const { adapter, clock } = setup(endingSoon({ cancelAtPeriodEnd: true }));
    clock.advance(FIVE_MINUTES);
    const ended = await adapter.getSubscription();
    expect(ended).toMatchObject({
      status: 'canceled',
      cancelAtPeriodEnd: false,
      currentPeriodStart: PERIOD_START,
      currentPeriodEnd: PERIOD_END,
      credits: { included: 0, addOn: 0, used: 0 },
    });
    expect(unitsOf(ended)).toEqual({ units: 0, scheduledUnits: null });
    await expectBillingError(() => adapter.quoteAddOn({ addOnId: ADD_ON, units: 1 }), 'subscription_inactive');
  });

  it('ends a trial at the period end', async () => {
    const { adapter, clock } = setup(endingSoon({ status: 'trialing' }));
    clock.advance(FIVE_MINUTES);
    expect((await adapter.getSubscription())?.status).toBe('active');
  });

  it('rolls over two periods at once', async () => {
    const { adapter, clock } = setup(endingSoon());
    clock.advance(FIVE_MINUTES + 40 * 24 * 60 * 60 * 1000);
    expect(await adapter.getSubscription()).toMatchObject({
      currentPeriodStart: NEXT_END,
      currentPeriodEnd: '2025-05-14T12:05:00.000Z',
      credits: { addOn: 180, used: 0, resetsAt: '2025-05-14T12:05:00.000Z' },
    });
  });
});

describe('abort signal', () => {
  it('rejects every call with aborted when the signal is already aborted, and charges nothing', async () => {
    const { adapter } = setup();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    const controller = new AbortController();
    controller.abort();
    const { signal } = controller;
    await expectBillingError(() => adapter.getSubscription({ signal }), 'aborted');
    await expectBillingError(() => adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 }, { signal }), 'aborted');
    const error = await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'k' }, { signal }),
      'aborted',
    );
    expect(error.retryable).toBe(false);
    expect(adapter.peek()).toEqual(basicSubscription());
    expect(adapter.ledger).toHaveLength(0);
  });
});
