import { describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../src/core/adapters/http';
import { expectBillingError } from './expectBillingError';

const BASE = 'http://billing.test/api';

/** An adapter whose every request is answered with `status` and `body` (a string as-is, else JSON). */
function answering(status: number, body: unknown = null) {
  const fetch = async () =>
    new Response(typeof body === 'string' ? body : body === null ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  return createHttpAdapter({ baseUrl: BASE, fetch });
}

const calls = {
  getSubscription: (adapter: ReturnType<typeof answering>) => adapter.getSubscription(),
  quoteAddOn: (adapter: ReturnType<typeof answering>) =>
    adapter.quoteAddOn({ addOnId: 'generative-credits', units: 3 }),
  updateAddOn: (adapter: ReturnType<typeof answering>) =>
    adapter.updateAddOn({ addOnId: 'generative-credits', units: 3, quoteId: 'quote_1', idempotencyKey: 'key-1' }),
};

describe('a bare error status the server names no code for', () => {
  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    'maps 408 to timeout, which may be retried (%s)',
    async (name) => {
      const error = await expectBillingError(() => calls[name](answering(408)), 'timeout');
      expect(error.status).toBe(408);
      expect(error.retryable).toBe(true);
    },
  );

  it.each(Object.keys(calls) as (keyof typeof calls)[])(
    'maps 409 to conflict, which must not be sent again as is (%s)',
    async (name) => {
      const error = await expectBillingError(() => calls[name](answering(409)), 'conflict');
      expect(error.status).toBe(409);
      expect(error.retryable).toBe(false);
    },
  );
});

describe('an error body whose message is missing or not text', () => {
  it.each([
    { label: 'no message', error: { code: 'payment_failed' } },
    { label: 'a number for the message', error: { code: 'payment_failed', message: 402 } },
    { label: 'an object for the message', error: { code: 'payment_failed', message: { text: 'declined' } } },
    { label: 'null for the message', error: { code: 'payment_failed', message: null } },
  ])(
    'still reports the server’s code, with the message it gives when the server’s is empty ($label)',
    async ({ error }) => {
      const fallback = await expectBillingError(
        () => calls.updateAddOn(answering(402, { error: { code: 'payment_failed', message: '' } })),
        'payment_failed',
      );
      const refused = await expectBillingError(() => calls.updateAddOn(answering(402, { error })), 'payment_failed');
      expect(refused.status).toBe(402);
      expect(refused.message).toBe(fallback.message);
      expect(refused.message).not.toBe('');
    },
  );
});

describe('a server’s message at the length limit', () => {
  it('passes a message of exactly 300 characters on whole', async () => {
    const message = `Declined: ${'x'.repeat(290)}`;
    expect(message).toHaveLength(300);
    const error = await expectBillingError(
      () => calls.updateAddOn(answering(402, { error: { code: 'payment_failed', message } })),
      'payment_failed',
    );
    expect(error.message).toBe(message);
  });
});
