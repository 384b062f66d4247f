import { describe, expect, it, vi } from 'vitest';
import { basicSubscription, teamSubscription } from '../../mocks/scenarios';
import type { Subscription } from '../../src/core/types';
import { createMemoryBackend } from '../../src/server';
import { expectBillingError } from '../core/expectBillingError';
import { unitsOf } from '../support/unitsOf';

const ADD_ON = 'generative-credits';
const alice = { customerId: 'alice' };
const bob = { customerId: 'bob' };

/** Quotes and applies `units` for `customer` under `key`. */
async function apply(
  backend: ReturnType<typeof createMemoryBackend>,
  customer: { customerId: string },
  units: number,
  key: string,
) {
  const quote = await backend.quoteAddOn(customer, { addOnId: ADD_ON, units });
  return backend.updateAddOn(customer, { addOnId: ADD_ON, units, quoteId: quote.id, idempotencyKey: key });
}

describe('createMemoryBackend', () => {
  it('serves each customer their own subscription from the record', async () => {
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription(), bob: teamSubscription() } });
    expect(await backend.getSubscription(alice)).toEqual(basicSubscription());
    expect(await backend.getSubscription(bob)).toEqual(teamSubscription());
  });

  it('answers null for a customer the record does not list, or lists as null', async () => {
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription(), carol: null } });
    for (const customerId of ['nobody', 'carol', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(await backend.getSubscription({ customerId }), customerId).toBeNull();
      await expectBillingError(
        () => backend.quoteAddOn({ customerId }, { addOnId: ADD_ON, units: 2 }),
        'subscription_inactive',
      );
      expect(backend.ledger(customerId)).toEqual([]);
    }
  });

  it('makes each customer from the function the first time they are served, once', async () => {
    const subscriptions = vi.fn((customerId: string): Subscription | null =>
      customerId.startsWith('team-') ? teamSubscription() : null,
    );
    const backend = createMemoryBackend({ subscriptions });
    expect(await backend.getSubscription({ customerId: 'team-1' })).toEqual(teamSubscription());
    await apply(backend, { customerId: 'team-1' }, 3, 'k');
    expect(unitsOf(await backend.getSubscription({ customerId: 'team-1' })).units).toBe(3);
    expect(subscriptions.mock.calls.filter(([id]) => id === 'team-1')).toHaveLength(1);
    expect(await backend.getSubscription({ customerId: 'solo' })).toBeNull();
  });

  it("keeps customers' changes, charges and idempotency keys apart", async () => {
    const backend = createMemoryBackend({ subscriptions: () => basicSubscription() });
    await apply(backend, alice, 4, 'same-key');
    // The same key from another customer is another customer's first request: it applies.
    await apply(backend, bob, 2, 'same-key');
    expect(backend.ledger('alice')).toEqual([{ amount: 9000, currency: 'USD' }]);
    expect(backend.ledger('bob')).toEqual([{ amount: 3000, currency: 'USD' }]);
    expect(unitsOf(await backend.getSubscription(alice)).units).toBe(4);
    expect(unitsOf(await backend.getSubscription(bob)).units).toBe(2);
  });

  it('never changes the subscriptions it was given', async () => {
    const start = basicSubscription();
    const backend = createMemoryBackend({ subscriptions: { alice: start } });
    await apply(backend, alice, 5, 'k');
    expect(start).toEqual(basicSubscription());
  });

  it('runs every engine on the clock it is given', async () => {
    let time = Date.parse('2025-03-14T12:00:00.000Z');
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() }, now: () => new Date(time) });
    const quote = await backend.quoteAddOn(alice, { addOnId: ADD_ON, units: 2 });
    expect(quote.expiresAt).toBe('2025-03-14T12:10:00.000Z');
    time = Date.parse(quote.expiresAt) + 1;
    await expectBillingError(
      () => backend.updateAddOn(alice, { addOnId: ADD_ON, units: 2, quoteId: quote.id, idempotencyKey: 'k' }),
      'quote_expired',
    );
  });

  it('gives a copy of the ledger, which callers cannot change', async () => {
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    await apply(backend, alice, 2, 'k');
    const ledger = backend.ledger('alice');
    ledger.push({ amount: 1, currency: 'USD' });
    (ledger[0] as { amount: number }).amount = 0;
    expect(backend.ledger('alice')).toEqual([{ amount: 3000, currency: 'USD' }]);
  });
});
