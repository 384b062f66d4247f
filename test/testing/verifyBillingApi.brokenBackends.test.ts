// The contract checks against backends broken on purpose, each the way a hand-written backend goes
// wrong: the check named after the rule fails with a detail saying what was wrong, and the checks
// of rules the backend keeps still pass.

import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basicCreditsAddOn, basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapter } from '../../src/core/adapters/memory';
import { BillingError } from '../../src/core/errors';
import { applyTerms } from '../../src/core/policy';
import type { AddOnQuote, Money } from '../../src/core/types';
import { type BillingBackend, createMemoryBackend } from '../../src/server';
import { verifyBillingApi } from '../../src/testing';
import { serveListener } from '../support/billingServers';
import { CHECKS, CUSTOMER, IDENTITY, namesOf, serveBackend } from '../support/contractChecks';

/** Basic with 3 users and 2 units of the per-seat add-on, so a decrease still costs something. */
const twoUnits = () => basicSubscription({ addOns: [basicCreditsAddOn({ units: 2 })] });

/** The memory backend with every quote passed through `change` on its way out. */
function quotesChanged(change: (quote: AddOnQuote) => AddOnQuote) {
  const backend = createMemoryBackend({ subscriptions: { [CUSTOMER]: twoUnits() } });
  return {
    ...backend,
    quoteAddOn: async (...args: Parameters<BillingBackend['quoteAddOn']>) => change(await backend.quoteAddOn(...args)),
  };
}

/**
 * Keeps no idempotency record and never asks whether a quote is stale: every PUT applies its
 * quote's terms to the subscription as it is, and charges its dueNow.
 */
function appliesEveryPut() {
  const engine = createMemoryAdapter({ subscription: basicSubscription() });
  const quotes = new Map<string, AddOnQuote>();
  const charges: Money[] = [];
  const backend: BillingBackend = {
    getSubscription: () => engine.getSubscription(),
    async quoteAddOn(_customer, request) {
      const quote = await engine.quoteAddOn(request);
      quotes.set(quote.id, quote);
      return quote;
    },
    async updateAddOn(_customer, request) {
      const quote = quotes.get(request.quoteId);
      const subscription = engine.peek();
      if (!quote || !subscription) throw new BillingError('quote_expired', 'Unknown quote.');
      if (quote.dueNow.amount > 0) charges.push(quote.dueNow);
      engine.setSubscription(applyTerms(subscription, quote));
      return engine.peek() ?? subscription;
    },
  };
  return { backend, charges };
}

describe('verifyBillingApi fails a backend that', () => {
  it.each([
    {
      fault: 'charges one cent too much for an increase',
      change: (quote: AddOnQuote) =>
        quote.change === 'increase'
          ? { ...quote, dueNow: { ...quote.dueNow, amount: quote.dueNow.amount + 1 } }
          : quote,
      failed: [CHECKS.increaseQuote],
      detail:
        'dueNow is $30.01 (3001 USD minor units), expected $30.00 (3000 USD minor units) = 1 unit × $10.00 × 3 seats',
    },
    {
      fault: 'grants one credit too many for an increase',
      change: (quote: AddOnQuote) =>
        quote.change === 'increase' ? { ...quote, creditsNow: quote.creditsNow + 1 } : quote,
      failed: [CHECKS.increaseQuote],
      detail: 'creditsNow is 181, expected 180 = 1 unit × 60 credits × 3 seats',
    },
    {
      fault: 'quotes the recurring charge after a decrease one cent high',
      change: (quote: AddOnQuote) =>
        quote.change === 'decrease'
          ? { ...quote, recurring: { ...quote.recurring, amount: quote.recurring.amount + 1 } }
          : quote,
      failed: [CHECKS.decreaseQuote],
      detail:
        'recurring is $30.01 (3001 USD minor units), expected $30.00 (3000 USD minor units) = 1 unit × $10.00 × 3 seats',
    },
    {
      fault: 'makes a decrease take effect now instead of at the period end',
      change: (quote: AddOnQuote) =>
        quote.change === 'decrease' ? { ...quote, effectiveAt: new Date().toISOString() } : quote,
      failed: [CHECKS.decreaseQuote],
      detail: 'expected the period end',
    },
  ])('$fault', async ({ change, failed, detail }) => {
    const result = await verifyBillingApi({ baseUrl: await serveBackend(quotesChanged(change)), headers: IDENTITY });
    expect(namesOf(result.failed)).toEqual(failed);
    expect(result.failed[0]?.detail).toContain(detail);
    expect(result.passed.length).toBeGreaterThanOrEqual(20);
  });

  it('prices a per-seat add-on as if it were shared', async () => {
    const perSubscription = (quote: AddOnQuote): AddOnQuote => ({
      ...quote,
      dueNow: { ...quote.dueNow, amount: quote.dueNow.amount / 3 },
      recurring: { ...quote.recurring, amount: quote.recurring.amount / 3 },
    });
    const result = await verifyBillingApi({
      baseUrl: await serveBackend(quotesChanged(perSubscription)),
      headers: IDENTITY,
    });
    expect(namesOf(result.failed)).toEqual([
      CHECKS.increaseQuote,
      CHECKS.decreaseQuote,
      'A quote for the units in effect has nothing due',
    ]);
    expect(result.failed[0]?.detail).toContain(
      'dueNow is $10.00 (1000 USD minor units), expected $30.00 (3000 USD minor units) = 1 unit × $10.00 × 3 seats',
    );
    expect(result.failed[2]?.detail).toContain(
      'recurring is $20.00 (2000 USD minor units), expected $60.00 (6000 USD minor units) = 2 units × $10.00 × 3 seats',
    );
  });

  it('forgets idempotency keys: the replay of a change is refused as stale instead of answered again', async () => {
    for (const allowCharges of [false, true]) {
      const backend = createMemoryBackend({ subscriptions: { [CUSTOMER]: basicSubscription() } });
      const forgetful: BillingBackend = {
        ...backend,
        updateAddOn: (customer, request, options) =>
          backend.updateAddOn(customer, { ...request, idempotencyKey: crypto.randomUUID() }, options),
      };
      const result = await verifyBillingApi({
        baseUrl: await serveBackend(forgetful),
        headers: IDENTITY,
        allowCharges,
      });

      expect(namesOf(result.failed)).toEqual(allowCharges ? [CHECKS.replay, CHECKS.chargeReplay] : [CHECKS.replay]);
      expect(result.failed[0]?.detail).toBe(
        'the decrease sent again with its Idempotency-Key answered 409 conflict ("The subscription changed since this quote was made. Get a new quote."); expected its first answer again',
      );
      expect(backend.ledger(CUSTOMER)).toHaveLength(allowCharges ? 1 : 0);
    }
  });

  it('applies every PUT it is sent: stale quotes, mismatched units and replays all change the subscription', async () => {
    const { backend, charges } = appliesEveryPut();
    const result = await verifyBillingApi({ baseUrl: await serveBackend(backend), headers: IDENTITY });

    expect(namesOf(result.failed)).toEqual([CHECKS.staleQuote, CHECKS.replay, CHECKS.mismatch]);
    expect(result.failed[1]?.detail).toBe(
      'the decrease sent again was applied again: 0 units from the next period instead of 1 unit',
    );
    // What the checks changed is put back all the same.
    expect(namesOf(result.passed)).toContain(CHECKS.leftAsFound);
    expect(charges).toEqual([]);
  });

  it('applies every PUT it is sent: with allowCharges, the increase sent again is charged twice and said so', async () => {
    const { backend, charges } = appliesEveryPut();
    const result = await verifyBillingApi({
      baseUrl: await serveBackend(backend),
      headers: IDENTITY,
      allowCharges: true,
    });

    expect(charges).toEqual([
      { amount: 3000, currency: 'USD' },
      { amount: 3000, currency: 'USD' },
    ]);
    expect(result.failed).toContainEqual({
      name: CHECKS.chargeReplay,
      detail:
        'the increase sent again with its Idempotency-Key answered differently: subscription.credits.addOn: 360 then 540',
    });
  });

  it('serves anyone: without the identity headers it still answers', async () => {
    const backend = createMemoryBackend({ subscriptions: { [CUSTOMER]: basicSubscription() } });
    const result = await verifyBillingApi({
      baseUrl: await serveBackend(backend, () => ({ customerId: CUSTOMER })),
      headers: IDENTITY,
    });

    expect(namesOf(result.failed)).toEqual([CHECKS.unauthorized]);
    expect(result.failed[0]?.detail).toMatch(/^GET \/subscription answered 200; expected 401 unauthorized; /);
    expect(result.passed.length).toBeGreaterThanOrEqual(20);
  });

  it('answers without Cache-Control: no-store', async () => {
    const baseUrl = await serveBackend(createMemoryBackend({ subscriptions: { [CUSTOMER]: basicSubscription() } }));
    const cacheable: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const headers = new Headers(response.headers);
      headers.set('Cache-Control', 'private, max-age=60');
      return new Response(await response.text(), { status: response.status, headers });
    };
    const result = await verifyBillingApi({ baseUrl, headers: IDENTITY, fetch: cacheable });

    expect(namesOf(result.failed)).toEqual(['Every answer is JSON with Cache-Control: no-store']);
    expect(result.failed[0]?.detail).toMatch(
      /^GET \/subscription answered 200 with Cache-Control private, max-age=60; .*; and \d+ more$/,
    );
  });

  it('does not answer at all: the first check fails, saying why, and the rest are skipped', async () => {
    // A port that was just free: nothing listens there any more.
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    await new Promise((resolve) => server.close(resolve));
    const result = await verifyBillingApi({ baseUrl: `http://127.0.0.1:${port}/api/billing`, headers: IDENTITY });

    expect(result.failed).toEqual([
      {
        name: 'GET /subscription answers 200 with a valid subscription',
        detail: expect.stringMatching(/^GET \/subscription got no answer \(fetch failed: .*ECONNREFUSED/),
      },
    ]);
    expect(result.skipped).toEqual([{ name: 'Every other check', detail: 'the API did not answer GET /subscription' }]);
    expect(result.passed).toEqual([]);
  });

  it('never answers: each request gives up after timeoutMs', async () => {
    const origin = await serveListener(() => {
      // Holds every request open and never answers.
    });
    const result = await verifyBillingApi({ baseUrl: `${origin}/api/billing`, headers: IDENTITY, timeoutMs: 200 });

    expect(result.failed).toEqual([
      {
        name: 'GET /subscription answers 200 with a valid subscription',
        detail: 'GET /subscription got no answer within 200 ms',
      },
    ]);
    expect(namesOf(result.skipped)).toEqual(['Every other check']);
  });

  it('redirects to a sign-in page: the redirect is reported as it is, not followed', async () => {
    const origin = await serveListener((_request, response) => {
      response.writeHead(302, { Location: '/login' }).end();
    });
    const result = await verifyBillingApi({ baseUrl: `${origin}/api/billing`, headers: IDENTITY });

    expect(result.failed[0]).toEqual({
      name: 'GET /subscription answers 200 with a valid subscription',
      detail: 'GET /subscription answered 302 (not JSON); expected 200',
    });
    expect(result.failed).toContainEqual({
      name: 'An unknown path answers 404 not_found',
      detail:
        'GET /contract-check-no-such-path answered 302 (not JSON); expected 404 not_found; POST /add-ons/generative-credits/refunds answered 302 (not JSON); expected 404 not_found',
    });
  });
});
