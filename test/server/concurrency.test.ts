// Requests that race over real HTTP: the retries of one confirmation, and many confirmations of
// one quote. Each request on its own connection, all sent before any answer arrives.
import { describe, expect, it } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { createBillingHandler, createMemoryBackend } from '../../src/server';
import { jsonHeaders, type RawResponse, SERVER_KINDS, send, serveBilling } from '../support/billingServers';

const ADD_ON = 'generative-credits';

describe.each(SERVER_KINDS)('concurrent updates served by %s', (kind) => {
  async function start() {
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    const handler = createBillingHandler({ backend, identify: () => ({ customerId: 'alice' }) });
    const origin = await serveBilling(kind, handler);
    const quoted = await send(origin, {
      method: 'POST',
      path: `/api/billing/add-ons/${ADD_ON}/quotes`,
      headers: jsonHeaders(),
      body: '{"units":3}',
    });
    return { origin, backend, quoteId: (quoted.json as { quote: { id: string } }).quote.id };
  }

  const update = (origin: string, quoteId: string, key: string) =>
    send(origin, {
      method: 'PUT',
      path: `/api/billing/add-ons/${ADD_ON}`,
      headers: jsonHeaders({ 'Idempotency-Key': key }),
      body: JSON.stringify({ units: 3, quoteId }),
    });

  it('charges once for 20 concurrent PUTs with one Idempotency-Key, and answers all 20 alike', async () => {
    const { origin, backend, quoteId } = await start();
    const answers = await Promise.all(Array.from({ length: 20 }, () => update(origin, quoteId, 'one-confirmation')));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(200));
    const [first] = answers as [RawResponse];
    expect(first.json).toMatchObject({ subscription: { addOns: [{ units: 3 }] } });
    for (const answer of answers) expect(answer.json).toEqual(first.json);
    expect(backend.ledger('alice')).toEqual([{ amount: 6000, currency: 'USD' }]);
  });

  it('applies one quote once when 20 keys race for it; the others get conflict or quote_expired', async () => {
    const { origin, backend, quoteId } = await start();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => update(origin, quoteId, `key-${index}`)),
    );
    const applied = answers.filter((answer) => answer.status === 200);
    const refused = answers.filter((answer) => answer.status !== 200);
    expect(applied).toHaveLength(1);
    expect(refused).toHaveLength(19);
    for (const answer of refused) {
      const { code } = (answer.json as { error: { code: string } }).error;
      expect(['conflict', 'quote_expired']).toContain(code);
      expect(answer.status).toBe(code === 'conflict' ? 409 : 410);
    }
    expect(backend.ledger('alice')).toEqual([{ amount: 6000, currency: 'USD' }]);
  });
});
