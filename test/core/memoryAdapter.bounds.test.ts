// The memory engine keeps a bounded amount whatever it is sent: the newest quotes and the newest
// idempotency records, so a flood of requests to a mock or dev server cannot grow its memory.
import { describe, expect, it } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { createMemoryAdapter } from '../../src/core/adapters/memory';
import { expectBillingError } from './expectBillingError';

const ADD_ON = 'generative-credits';

describe('memory engine bounds', () => {
  it('keeps the newest 1,000 quotes by default: the oldest of 1,001 answers quote_expired, the rest apply', async () => {
    const engine = createMemoryAdapter({ subscription: basicSubscription() });
    const quotes = [];
    for (let index = 0; index < 1001; index += 1) quotes.push(await engine.quoteAddOn({ addOnId: ADD_ON, units: 2 }));
    const [oldest, second] = quotes;
    if (!oldest || !second) throw new Error('expected quotes');
    await expectBillingError(
      () => engine.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: oldest.id, idempotencyKey: 'a' }),
      'quote_expired',
    );
    await engine.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: second.id, idempotencyKey: 'b' });
    expect(engine.ledger).toHaveLength(1);
  });

  it('keeps at most maxQuotes quotes', async () => {
    const engine = createMemoryAdapter({ subscription: basicSubscription(), maxQuotes: 2 });
    const first = await engine.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    const second = await engine.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    await engine.quoteAddOn({ addOnId: ADD_ON, units: 4 });
    await expectBillingError(
      () => engine.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: first.id, idempotencyKey: 'a' }),
      'quote_expired',
    );
    const updated = await engine.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: second.id, idempotencyKey: 'b' });
    expect(updated.addOns[0]?.units).toBe(3);
  });

  it('replays the newest maxIdempotencyRecords updates; an evicted key never charges again', async () => {
    const engine = createMemoryAdapter({ subscription: basicSubscription(), maxIdempotencyRecords: 2 });
    const requests = [];
    for (const [key, units] of [
      ['k1', 2],
      ['k2', 3],
      ['k3', 4],
    ] as const) {
      const quote = await engine.quoteAddOn({ addOnId: ADD_ON, units });
      const request = { addOnId: ADD_ON, units, quoteId: quote.id, idempotencyKey: key };
      requests.push({ request, result: await engine.updateAddOn(request) });
    }
    const [first, second, third] = requests;
    if (!first || !second || !third) throw new Error('expected three updates');
    expect(await engine.updateAddOn(third.request)).toEqual(third.result);
    expect(await engine.updateAddOn(second.request)).toEqual(second.result);
    // k1 is forgotten: sent again, its quote is stale since k2 and k3 applied.
    await expectBillingError(() => engine.updateAddOn(first.request), 'conflict');
    expect(engine.ledger).toHaveLength(3);
  });

  it('answers its errors with the status of the contract table', async () => {
    const engine = createMemoryAdapter({ subscription: basicSubscription() });
    const error = await expectBillingError(
      () => engine.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: 'quote_404', idempotencyKey: 'k' }),
      'quote_expired',
    );
    expect(error.status).toBe(410);
  });
});
