// Who the customer is comes only from identify(): two identities see two subscriptions, and
// nothing in a body, query or path can name another customer or reach past the add-on routes.
import { describe, expect, it, vi } from 'vitest';
import { basicSubscription, teamSubscription } from '../../mocks/scenarios';
import { type BillingBackend, type BillingCustomer, createBillingHandler, createMemoryBackend } from '../../src/server';
import { jsonHeaders, SERVER_KINDS, send, serveBilling } from '../support/billingServers';
import { unitsOf } from '../support/unitsOf';

const ADD_ON = 'generative-credits';

/** The session cookie's customer, as a host's identify() reads its own session store. */
function identifyBySession(request: Request): BillingCustomer | null {
  const session = /(?:^|;\s*)session=([^;]+)/.exec(request.headers.get('Cookie') ?? '')?.[1];
  return session === 'alice-session'
    ? { customerId: 'alice' }
    : session === 'bob-session'
      ? { customerId: 'bob' }
      : null;
}

const ALICE = { Cookie: 'session=alice-session' };
const BOB = { Cookie: 'session=bob-session' };

describe.each(SERVER_KINDS)('customers served by %s', (kind) => {
  async function start() {
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription(), bob: teamSubscription() } });
    const handler = createBillingHandler({ backend, identify: identifyBySession });
    return { origin: await serveBilling(kind, handler), backend };
  }

  it('keeps two customers apart: each sees and changes only their own subscription', async () => {
    const { origin, backend } = await start();
    expect((await send(origin, { path: '/api/billing/subscription', headers: ALICE })).json).toEqual({
      subscription: basicSubscription(),
    });
    expect((await send(origin, { path: '/api/billing/subscription', headers: BOB })).json).toEqual({
      subscription: teamSubscription(),
    });

    const quoted = await send(origin, {
      method: 'POST',
      path: `/api/billing/add-ons/${ADD_ON}/quotes`,
      headers: jsonHeaders(ALICE),
      body: '{"units":4}',
    });
    const { quote } = quoted.json as { quote: { id: string } };
    // Bob cannot apply Alice's quote: quote ids are the customer's own.
    const stolen = await send(origin, {
      method: 'PUT',
      path: `/api/billing/add-ons/${ADD_ON}`,
      headers: jsonHeaders({ ...BOB, 'Idempotency-Key': 'shared-key' }),
      body: JSON.stringify({ units: 4, quoteId: quote.id }),
    });
    expect(stolen.status).toBe(410);
    const applied = await send(origin, {
      method: 'PUT',
      path: `/api/billing/add-ons/${ADD_ON}`,
      headers: jsonHeaders({ ...ALICE, 'Idempotency-Key': 'shared-key' }),
      body: JSON.stringify({ units: 4, quoteId: quote.id }),
    });
    expect(applied.status).toBe(200);

    expect(backend.ledger('alice')).toEqual([{ amount: 9000, currency: 'USD' }]);
    expect(backend.ledger('bob')).toEqual([]);
    const bobs = (await send(origin, { path: '/api/billing/subscription', headers: BOB })).json as {
      subscription: typeof teamSubscription;
    };
    expect(bobs).toEqual({ subscription: teamSubscription() });
  });

  it('never reads the customer from the body or the URL', async () => {
    const { origin, backend } = await start();
    const named = { customerId: 'bob', customer: 'bob', subscriptionId: 'sub_team' };
    const loaded = await send(origin, {
      path: '/api/billing/subscription?customerId=bob&customer=bob',
      headers: ALICE,
    });
    expect(loaded.json).toEqual({ subscription: basicSubscription() });

    const quoted = await send(origin, {
      method: 'POST',
      path: `/api/billing/add-ons/${ADD_ON}/quotes?customerId=bob`,
      headers: jsonHeaders(ALICE),
      body: JSON.stringify({ units: 2, ...named }),
    });
    // Priced on Alice's Basic plan (3 users × $10.00), not Bob's Team plan.
    expect(quoted.json).toMatchObject({ quote: { dueNow: { amount: 3000 } } });
    const { quote } = quoted.json as { quote: { id: string } };
    await send(origin, {
      method: 'PUT',
      path: `/api/billing/add-ons/${ADD_ON}?customerId=bob`,
      headers: jsonHeaders({ ...ALICE, 'Idempotency-Key': 'k1' }),
      body: JSON.stringify({ units: 2, quoteId: quote.id, ...named }),
    });
    expect(backend.ledger('alice')).toHaveLength(1);
    expect(backend.ledger('bob')).toEqual([]);
    const bob = (await send(origin, { path: '/api/billing/subscription', headers: BOB })).json as {
      subscription: Parameters<typeof unitsOf>[0];
    };
    expect(unitsOf(bob.subscription)).toEqual({ units: 2, scheduledUnits: null });
  });
});

describe.each(SERVER_KINDS)('add-on ids in paths served by %s', (kind) => {
  /** A backend that records the add-on ids it is asked about, and answers with the memory engine. */
  async function start() {
    const memory = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    const seen: string[] = [];
    const backend: BillingBackend = {
      getSubscription: memory.getSubscription,
      quoteAddOn: (customer, request, options) => {
        seen.push(request.addOnId);
        return memory.quoteAddOn(customer, request, options);
      },
      updateAddOn: (customer, request, options) => {
        seen.push(request.addOnId);
        return memory.updateAddOn(customer, request, options);
      },
    };
    const handler = createBillingHandler({ backend, identify: identifyBySession });
    return { origin: await serveBilling(kind, handler), seen };
  }

  it.each([
    '..',
    '.',
    '%2e%2e',
    '%2E.',
    '..%2F..%2Fsubscription',
    '..%2fsubscription',
    'a%2Fb',
    '..%5C..%5Csubscription',
    'a%5Cb',
    '%252e%252e%252fsubscription',
    'credits%00',
    'credits%0d%0aX-Injected:%201',
    '%E0%A4%A',
  ])('refuses the add-on id %s with an error answer, before the backend', async (id) => {
    const { origin, seen } = await start();
    const quote = await send(origin, {
      method: 'POST',
      path: `/api/billing/add-ons/${id}/quotes`,
      headers: jsonHeaders(ALICE),
      body: '{"units":2}',
    });
    const update = await send(origin, {
      method: 'PUT',
      path: `/api/billing/add-ons/${id}`,
      headers: jsonHeaders({ ...ALICE, 'Idempotency-Key': 'k' }),
      body: '{"units":2,"quoteId":"quote_1"}',
    });
    // Dot segments are folded into the path by URL parsing first, so `/add-ons/./quotes` is the
    // path `/add-ons/quotes`: a PUT route, hence 405 to a POST. Anything else is 404.
    for (const response of [quote, update]) {
      expect(response.json).toMatchObject({
        error: { code: response.status === 405 ? 'invalid_request' : 'not_found' },
      });
      expect([404, 405]).toContain(response.status);
    }
    expect(seen).toEqual([]);
  });

  it('percent-decodes an add-on id before the backend sees it', async () => {
    const { origin, seen } = await start();
    const response = await send(origin, {
      method: 'POST',
      path: '/api/billing/add-ons/generative%2Dcredits/quotes',
      headers: jsonHeaders(ALICE),
      body: '{"units":2}',
    });
    expect(response.status).toBe(200);
    expect(seen).toEqual([ADD_ON]);
    const unknown = await send(origin, {
      method: 'POST',
      path: '/api/billing/add-ons/caf%C3%A9/quotes',
      headers: jsonHeaders(ALICE),
      body: '{"units":2}',
    });
    expect(unknown.json).toMatchObject({ error: { code: 'not_found' } });
    expect(seen).toEqual([ADD_ON, 'café']);
  });
});

describe('identify', () => {
  it('is called with the request, once per request, after the route is known', async () => {
    const identify = vi.fn(identifyBySession);
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    const origin = await serveBilling('node:http', createBillingHandler({ backend, identify }));
    await send(origin, { path: '/api/billing/nowhere', headers: ALICE });
    expect(identify).not.toHaveBeenCalled();
    await send(origin, { path: '/api/billing/subscription', headers: ALICE });
    expect(identify).toHaveBeenCalledTimes(1);
    expect(identify.mock.calls[0]?.[0].headers.get('Cookie')).toBe('session=alice-session');
  });
});
