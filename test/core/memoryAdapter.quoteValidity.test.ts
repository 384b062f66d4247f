import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription } from '../../mocks/scenarios';
import { createMemoryAdapter } from '../../src/core/adapters/memory';
import type { Subscription } from '../../src/core/types';
import { unitsOf } from '../support/unitsOf';
import { expectBillingError } from './expectBillingError';

// A quote is valid until its expiresAt, for the add-on it prices, and only for the subscription
// state it was made from: any later change, of whatever kind and however many, makes it a conflict.

const START = new Date('2025-03-14T12:00:00.000Z');
const CREDITS = 'generative-credits';
const TEN_MINUTES = 10 * 60 * 1000;

function setup(subscription: Subscription) {
  let time = START.getTime();
  const engine = createMemoryAdapter({ subscription, now: () => new Date(time) });
  return { engine, advance: (ms: number) => (time += ms) };
}

describe('a quote after later changes', () => {
  it('is refused with conflict after the subscription was replaced and then another change applied', async () => {
    const { engine } = setup(basicSubscription());
    const stale = await engine.quoteAddOn({ addOnId: CREDITS, units: 2 });
    engine.setSubscription(basicSubscription({ seats: 5 }));
    const fresh = await engine.quoteAddOn({ addOnId: CREDITS, units: 4 });
    await engine.updateAddOn({ addOnId: CREDITS, units: 4, quoteId: fresh.id, idempotencyKey: 'fresh' });
    await expectBillingError(
      () => engine.updateAddOn({ addOnId: CREDITS, units: 2, quoteId: stale.id, idempotencyKey: 'stale' }),
      'conflict',
    );
    expect(unitsOf(engine.peek()).units).toBe(4);
    expect(engine.ledger).toHaveLength(1);
  });

  it('is refused with conflict after a period end and then another change applied', async () => {
    const { engine, advance } = setup(
      basicSubscription({
        addOns: [basicCreditsAddOn({ units: 1 })],
        currentPeriodStart: '2025-02-14T12:05:00.000Z',
        currentPeriodEnd: '2025-03-14T12:05:00.000Z',
      }),
    );
    const stale = await engine.quoteAddOn({ addOnId: CREDITS, units: 2 });
    advance(5 * 60 * 1000); // the period ends: a new one starts
    const fresh = await engine.quoteAddOn({ addOnId: CREDITS, units: 4 });
    await engine.updateAddOn({ addOnId: CREDITS, units: 4, quoteId: fresh.id, idempotencyKey: 'fresh' });
    await expectBillingError(
      () => engine.updateAddOn({ addOnId: CREDITS, units: 2, quoteId: stale.id, idempotencyKey: 'stale' }),
      'conflict',
    );
    expect(engine.ledger).toHaveLength(1);
  });
});

describe('a quote at its expiry', () => {
  it('can still be applied at the very moment it expires, even after another quote was made then', async () => {
    const { engine, advance } = setup(basicSubscription());
    const quote = await engine.quoteAddOn({ addOnId: CREDITS, units: 3 });
    advance(TEN_MINUTES);
    expect(new Date(START.getTime() + TEN_MINUTES).toISOString()).toBe(quote.expiresAt);
    await engine.quoteAddOn({ addOnId: CREDITS, units: 2 }); // e.g. the stepper asking for another price
    const result = await engine.updateAddOn({ addOnId: CREDITS, units: 3, quoteId: quote.id, idempotencyKey: 'k' });
    expect(unitsOf(result).units).toBe(3);
    expect(engine.ledger).toHaveLength(1);
  });
});

describe('a quote for another add-on', () => {
  it('is refused with invalid_units and charges nothing, even for the same units', async () => {
    const minutes = basicCreditsAddOn({ id: 'video-minutes', name: 'Video Minutes', units: 1 });
    const start = basicSubscription({ addOns: [basicCreditsAddOn({ units: 1 }), minutes] });
    const { engine } = setup(start);
    const quote = await engine.quoteAddOn({ addOnId: CREDITS, units: 3 });
    await expectBillingError(
      () => engine.updateAddOn({ addOnId: 'video-minutes', units: 3, quoteId: quote.id, idempotencyKey: 'k' }),
      'invalid_units',
    );
    expect(engine.peek()).toEqual(start);
    expect(engine.ledger).toEqual([]);
  });
});
