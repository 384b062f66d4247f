// Drives the mocks the way a host app's own test would: by package name, through the HTTP adapter, over MSW.
import { getResponse, type HttpHandler } from 'msw';
import { setupServer } from 'msw/node';
import { createHttpAdapter, parseSubscription } from 'react-billing-widget/core';
import {
  basicCreditsAddOn,
  basicSubscription,
  createBillingHandlers,
  createBillingMockBackend,
  scenarios,
} from 'react-billing-widget/mocks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectBillingError } from '../core/expectBillingError';
import { unitsOf } from '../support/unitsOf';

const BASE = 'http://billing.test/api';
const ADD_ON = 'generative-credits';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Mounts a mock backend on the test server and returns an HTTP adapter that talks to it. */
function mount(options: Parameters<typeof createBillingMockBackend>[0] = {}) {
  const backend = createBillingMockBackend({ baseUrl: BASE, ...options });
  server.use(...backend.handlers);
  return { backend, adapter: createHttpAdapter({ baseUrl: BASE }) };
}

const CONTRACT_SCENARIOS = [
  'basic',
  'team',
  'trialing',
  'pastDue',
  'cancelingAtPeriodEnd',
  'canceled',
  'none',
  'slow',
  'failing',
  'paymentFailure',
] as const;

describe('scenarios', () => {
  it.each(CONTRACT_SCENARIOS)('offers the %s scenario with a description and a valid starting state', (name) => {
    const scenario = scenarios[name];
    expect(scenario.description).toEqual(expect.any(String));
    expect(scenario.description.length).toBeGreaterThan(0);
    expect(parseSubscription(scenario.subscription)).toEqual(scenario.subscription);
  });

  it.each([
    { name: 'basic', check: { status: 'active', cancelAtPeriodEnd: false, plan: { id: 'basic' }, seats: 3 } },
    { name: 'team', check: { status: 'active', plan: { id: 'team' } } },
    { name: 'trialing', check: { status: 'trialing' } },
    { name: 'pastDue', check: { status: 'past_due' } },
    { name: 'cancelingAtPeriodEnd', check: { status: 'active', cancelAtPeriodEnd: true } },
    { name: 'canceled', check: { status: 'canceled' } },
  ] as const)('loads the $name scenario through the HTTP adapter', async ({ name, check }) => {
    server.use(...createBillingHandlers({ baseUrl: BASE, scenario: name }));
    const subscription = await createHttpAdapter({ baseUrl: BASE }).getSubscription();
    expect(subscription).toEqual(scenarios[name].subscription);
    expect(subscription).toMatchObject(check);
  });

  it('prices the team scenario as one shared pool', async () => {
    const { adapter } = mount({ scenario: 'team' });
    expect(await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 })).toMatchObject({
      change: 'increase',
      dueNow: { amount: 3000, currency: 'USD' },
      creditsNow: 200,
    });
  });

  it('loads no subscription in the none scenario, and refuses quotes', async () => {
    const { adapter } = mount({ scenario: 'none' });
    expect(await adapter.getSubscription()).toBeNull();
    await expectBillingError(() => adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 }), 'subscription_inactive');
  });

  it('fails every call with a retryable server error in the failing scenario', async () => {
    const { adapter } = mount({ scenario: 'failing' });
    const calls = [
      () => adapter.getSubscription(),
      () => adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 }),
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: 'quote_1', idempotencyKey: 'k' }),
    ];
    for (const call of calls) {
      const error = await expectBillingError(call, 'server');
      expect(error.status).toBe(500);
      expect(error.retryable).toBe(true);
    }
  });

  it('declines an increase with payment_failed in the paymentFailure scenario, changing nothing', async () => {
    const { adapter, backend } = mount({ scenario: 'paymentFailure' });
    const before = await adapter.getSubscription();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    expect(quote.change).toBe('increase');
    const error = await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'k' }),
      'payment_failed',
    );
    expect(error.status).toBe(402);
    expect(error.retryable).toBe(false);
    expect(await adapter.getSubscription()).toEqual(before);
    expect(backend.engine.ledger).toHaveLength(0);
  });

  it('still schedules a decrease in the paymentFailure scenario', async () => {
    const { adapter } = mount({ scenario: 'paymentFailure' });
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 0 });
    const result = await adapter.updateAddOn({ addOnId: ADD_ON, units: 0, quoteId: quote.id, idempotencyKey: 'k' });
    expect(unitsOf(result)).toEqual({ units: 1, scheduledUnits: 0 });
  });

  it('delays every response in the slow scenario, by delayMs when given', async () => {
    expect(scenarios.slow.delayMs).toBeGreaterThan(0);
    const { adapter } = mount({ scenario: 'slow', delayMs: 60 });
    const started = performance.now();
    expect(await adapter.getSubscription()).toEqual(scenarios.slow.subscription);
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(quote.change).toBe('increase');
  });
});

describe('policy over HTTP', () => {
  it('runs an increase: quote, update with an idempotency key, a replay charges once', async () => {
    const { adapter, backend } = mount();
    const start = await adapter.getSubscription();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    expect(quote).toMatchObject({
      addOnId: ADD_ON,
      currentUnits: 1,
      units: 3,
      change: 'increase',
      dueNow: { amount: 6000, currency: 'USD' },
      creditsNow: 360,
      recurring: { amount: 9000, currency: 'USD' },
    });
    const request = { addOnId: ADD_ON, units: 3, quoteId: quote.id, idempotencyKey: 'checkout-1' };
    const updated = await adapter.updateAddOn(request);
    expect(unitsOf(updated)).toEqual({ units: 3, scheduledUnits: null });
    expect(updated.credits.addOn).toBe((start?.credits.addOn ?? 0) + 360);

    const replayed = await adapter.updateAddOn(request);
    expect(replayed).toEqual(updated);
    expect(backend.engine.ledger).toHaveLength(1);
    expect(backend.engine.ledger[0]).toMatchObject({
      idempotencyKey: 'checkout-1',
      amount: { amount: 6000, currency: 'USD' },
    });
    expect(await adapter.getSubscription()).toEqual(updated);
  });

  it('schedules a decrease for the period end, then restores it, without a charge', async () => {
    const { adapter, backend } = mount({
      subscription: basicSubscription({ addOns: [basicCreditsAddOn({ units: 3 })] }),
    });
    const start = await adapter.getSubscription();
    const decrease = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 1 });
    expect(decrease).toMatchObject({
      change: 'decrease',
      dueNow: { amount: 0 },
      creditsNow: 0,
      effectiveAt: start?.currentPeriodEnd,
    });
    const scheduled = await adapter.updateAddOn({
      addOnId: ADD_ON,
      units: 1,
      quoteId: decrease.id,
      idempotencyKey: 'd',
    });
    expect(unitsOf(scheduled)).toEqual({ units: 3, scheduledUnits: 1 });
    expect(scheduled.credits).toEqual(start?.credits);

    const restore = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    expect(restore).toMatchObject({ change: 'restore', dueNow: { amount: 0 }, creditsNow: 0 });
    const restored = await adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: restore.id, idempotencyKey: 'r' });
    expect(unitsOf(restored)).toEqual({ units: 3, scheduledUnits: null });
    expect(backend.engine.ledger).toHaveLength(0);
  });

  it('refuses a stale quote with conflict after another change was applied', async () => {
    const { adapter } = mount();
    const first = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    const stale = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 4 });
    await adapter.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: first.id, idempotencyKey: 'a' });
    const error = await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 4, quoteId: stale.id, idempotencyKey: 'b' }),
      'conflict',
    );
    expect(error.status).toBe(409);
  });

  it('refuses an expired quote with quote_expired, on the clock it is given', async () => {
    let time = Date.parse('2025-03-14T12:00:00.000Z');
    const { adapter } = mount({ now: () => new Date(time) });
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    time = Date.parse(quote.expiresAt) + 1;
    const error = await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: quote.id, idempotencyKey: 'k' }),
      'quote_expired',
    );
    expect(error.status).toBe(410);
  });

  it.each([
    { label: 'units above the maximum', scenario: 'basic', addOnId: ADD_ON, units: 11, code: 'invalid_units' },
    { label: 'fractional units', scenario: 'basic', addOnId: ADD_ON, units: 1.5, code: 'invalid_request' },
    { label: 'negative units', scenario: 'basic', addOnId: ADD_ON, units: -1, code: 'invalid_request' },
    { label: 'an unknown add-on', scenario: 'basic', addOnId: 'nope', units: 1, code: 'not_found' },
    {
      label: 'an increase when canceled',
      scenario: 'canceled',
      addOnId: ADD_ON,
      units: 2,
      code: 'subscription_inactive',
    },
    {
      label: 'an increase when past due',
      scenario: 'pastDue',
      addOnId: ADD_ON,
      units: 2,
      code: 'subscription_inactive',
    },
  ] as const)('answers $label with $code', async ({ scenario, addOnId, units, code }) => {
    const { adapter } = mount({ scenario });
    await expectBillingError(() => adapter.quoteAddOn({ addOnId, units }), code);
  });

  it('allows an increase in the cancelingAtPeriodEnd scenario, which still ends at the period end', async () => {
    const { adapter } = mount({ scenario: 'cancelingAtPeriodEnd' });
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    const result = await adapter.updateAddOn({ addOnId: ADD_ON, units: 2, quoteId: quote.id, idempotencyKey: 'k' });
    expect(result.cancelAtPeriodEnd).toBe(true);
    expect(unitsOf(result).units).toBe(2);
  });

  it('refuses an update sent without an Idempotency-Key header with 400 invalid_request, changing nothing', async () => {
    const { adapter, backend } = mount();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    const response = await fetch(`${BASE}/add-ons/${ADD_ON}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ units: 2, quoteId: quote.id }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'invalid_request', message: expect.any(String) } });
    expect(unitsOf(await adapter.getSubscription()).units).toBe(1);
    expect(backend.engine.ledger).toHaveLength(0);
  });

  it.each([
    { label: 'units as a string', body: { units: '2' } },
    { label: 'no units', body: {} },
  ])('refuses a quote with $label with 400 invalid_request', async ({ body }) => {
    mount();
    const response = await fetch(`${BASE}/add-ons/${ADD_ON}/quotes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: 'invalid_request', message: expect.any(String) } });
  });

  it('answers as the server kit does: 404 for an unknown path, 405 with Allow, JSON with no-store', async () => {
    mount();
    const unknown = await fetch(`${BASE}/refunds`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
    const wrongMethod = await fetch(`${BASE}/subscription`, { method: 'DELETE' });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('Allow')).toBe('GET');
    const loaded = await fetch(`${BASE}/subscription`);
    expect(loaded.headers.get('Cache-Control')).toBe('no-store');
  });
});

describe('backends', () => {
  it('keeps every backend separate and never changes the scenario it started from', async () => {
    const { adapter } = mount();
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 5 });
    await adapter.updateAddOn({ addOnId: ADD_ON, units: 5, quoteId: quote.id, idempotencyKey: 'k' });
    expect(unitsOf(scenarios.basic.subscription).units).toBe(1);

    server.resetHandlers(...createBillingHandlers({ baseUrl: BASE }));
    expect(unitsOf(await adapter.getSubscription()).units).toBe(1);
  });

  it('routes everything under /api/billing by default to the server kit handler', () => {
    // Node's fetch cannot send to a relative URL, so this reads the path the handler matches.
    const handlers = createBillingHandlers();
    expect(handlers.map((handler) => (handler as HttpHandler).info.path)).toEqual(['/api/billing/*']);
  });

  it('serves an absolute baseUrl on another origin, and nothing outside it', async () => {
    const base = 'https://api.example.com/billing';
    const handlers = createBillingHandlers({ baseUrl: `${base}/` });
    server.use(...handlers);
    expect(await createHttpAdapter({ baseUrl: base }).getSubscription()).toEqual(scenarios.basic.subscription);
    const quote = await createHttpAdapter({ baseUrl: base }).quoteAddOn({ addOnId: ADD_ON, units: 2 });
    expect(quote.change).toBe('increase');
    for (const outside of [
      'https://api.example.com/other/subscription',
      'https://elsewhere.example/billing/subscription',
    ]) {
      expect(await getResponse(handlers, new Request(outside)), outside).toBeUndefined();
    }
  });

  it('starts from the basic scenario by default', async () => {
    server.use(...createBillingHandlers({ baseUrl: BASE }));
    expect(await createHttpAdapter({ baseUrl: BASE }).getSubscription()).toEqual(scenarios.basic.subscription);
  });

  it('accepts a scenario object of its own', async () => {
    const subscription = basicSubscription({ seats: 9 });
    const { adapter } = mount({ scenario: { description: 'nine users', subscription } });
    expect(await adapter.getSubscription()).toEqual(subscription);
  });
});
