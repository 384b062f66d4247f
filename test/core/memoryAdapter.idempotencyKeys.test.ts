import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription } from '../../mocks/scenarios';
import { createMemoryAdapter } from '../../src/core/adapters/memory';
import { expectBillingError } from './expectBillingError';

// An idempotency key replays the one change it was first sent with. Sent again with anything else
// (other units, another quote, another add-on) it is a conflict, never the old result passed off
// as the new change, and nothing more is charged.

const NOW = new Date('2025-03-14T12:00:00.000Z');
const CREDITS = 'generative-credits';
const MINUTES = 'video-minutes';

function twoAddOns() {
  return basicSubscription({
    addOns: [basicCreditsAddOn({ units: 1 }), basicCreditsAddOn({ id: MINUTES, name: 'Video Minutes', units: 1 })],
  });
}

describe('an idempotency key sent again for a different change', () => {
  it('is refused with conflict when the units differ, even with the same quote id', async () => {
    const engine = createMemoryAdapter({ subscription: twoAddOns(), now: NOW });
    const quote = await engine.quoteAddOn({ addOnId: CREDITS, units: 3 });
    const first = await engine.updateAddOn({ addOnId: CREDITS, units: 3, quoteId: quote.id, idempotencyKey: 'k' });
    await expectBillingError(
      () => engine.updateAddOn({ addOnId: CREDITS, units: 5, quoteId: quote.id, idempotencyKey: 'k' }),
      'conflict',
    );
    expect(engine.peek()).toEqual(first);
    expect(engine.ledger).toHaveLength(1);
  });

  it('is refused with conflict when the quote differs, even for the same units', async () => {
    const engine = createMemoryAdapter({ subscription: twoAddOns(), now: NOW });
    const quote = await engine.quoteAddOn({ addOnId: CREDITS, units: 3 });
    await engine.updateAddOn({ addOnId: CREDITS, units: 3, quoteId: quote.id, idempotencyKey: 'k' });
    const again = await engine.quoteAddOn({ addOnId: CREDITS, units: 3 });
    expect(again.id).not.toBe(quote.id);
    await expectBillingError(
      () => engine.updateAddOn({ addOnId: CREDITS, units: 3, quoteId: again.id, idempotencyKey: 'k' }),
      'conflict',
    );
    expect(engine.ledger).toHaveLength(1);
  });

  it('is refused with conflict when the add-on differs, even for the same units and quote id', async () => {
    const engine = createMemoryAdapter({ subscription: twoAddOns(), now: NOW });
    const quote = await engine.quoteAddOn({ addOnId: CREDITS, units: 3 });
    const first = await engine.updateAddOn({ addOnId: CREDITS, units: 3, quoteId: quote.id, idempotencyKey: 'k' });
    await expectBillingError(
      () => engine.updateAddOn({ addOnId: MINUTES, units: 3, quoteId: quote.id, idempotencyKey: 'k' }),
      'conflict',
    );
    expect(engine.peek()).toEqual(first);
    expect(engine.ledger).toHaveLength(1);
  });
});
