import { describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../src/core/adapters/http';
import { expectBillingError } from './expectBillingError';

// A 2xx answer the adapter cannot use is an invalid_response whose message (shown to the customer
// as the error's detail) says what was wrong, and which keeps the status it came with.

const BASE = 'http://billing.test/api';

function answering(body: string) {
  const fetch = async () => new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  return createHttpAdapter({ baseUrl: BASE, fetch });
}

const calls = [
  {
    name: 'getSubscription',
    key: 'subscription',
    call: (adapter: ReturnType<typeof answering>) => adapter.getSubscription(),
  },
  {
    name: 'quoteAddOn',
    key: 'quote',
    call: (adapter: ReturnType<typeof answering>) => adapter.quoteAddOn({ addOnId: 'generative-credits', units: 3 }),
  },
  {
    name: 'updateAddOn',
    key: 'subscription',
    call: (adapter: ReturnType<typeof answering>) =>
      adapter.updateAddOn({ addOnId: 'generative-credits', units: 3, quoteId: 'quote_1', idempotencyKey: 'k' }),
  },
];

describe('2xx bodies the adapter cannot use', () => {
  it.each(calls)('names the missing "$key" when a $name answer lacks it', async ({ key, call }) => {
    const error = await expectBillingError(() => call(answering(JSON.stringify({ data: {} }))), 'invalid_response');
    expect(error.message).toContain(key);
  });

  it.each(calls)('says what is wrong, with the status, when a $name answer is not JSON', async ({ call }) => {
    for (const body of ['OK', '']) {
      const error = await expectBillingError(() => call(answering(body)), 'invalid_response');
      expect(error.message.trim()).not.toBe('');
      expect(error.status).toBe(200);
    }
  });
});
