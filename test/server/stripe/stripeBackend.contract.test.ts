import { describe, expect, it } from 'vitest';
import type { BillingBackend } from '../../../src/server';
import { verifyBillingApi } from '../../../src/testing';
import { billingApi } from './billingApi';
import { flowWorld } from './flowWorld';

const STATUS_CHECK = "A change the subscription's status does not allow answers 409 subscription_inactive";

const INCREASE_CHECK = 'An increase quote is due now: added units × unit price (× seats when per seat)';

async function verify(
  customer: string,
  setUp?: (world: Awaited<ReturnType<typeof flowWorld>>) => void,
  options: { proration?: boolean; backend?: (backend: BillingBackend) => BillingBackend } = {},
) {
  const world = await flowWorld({ proration: options.proration ?? false }, { realTime: true });
  setUp?.(world);
  const api = options.backend ? billingApi(options.backend(world.backend({ proration: true }))) : world.api;
  const result = await verifyBillingApi({
    baseUrl: 'http://127.0.0.1/api/billing',
    fetch: (input, init) => api.handler(new Request(input, init)),
    headers: { 'x-customer': customer },
    allowCharges: true,
    proration: options.proration ?? false,
  });
  return { ...world, result };
}

describe('verifyBillingApi against the Stripe backend over the fake Stripe', () => {
  for (const customer of ['cus_basic', 'cus_team']) {
    it(`passes every check, charges included, for an active subscription (${customer})`, async () => {
      const { result, state } = await verify(customer);
      expect(result.failed).toEqual([]);
      // Only the status refusal needs a subscription that is not active.
      expect(result.skipped.map((check) => check.name)).toEqual([STATUS_CHECK]);
      // The one increase it made was charged once, its replay included.
      expect(state.charges).toHaveLength(1);
    });
  }

  it('passes for a past-due subscription (Stripe unpaid), whose increases are refused', async () => {
    const { result, state } = await verify('cus_unpaid', ({ state: fakeState }) => {
      fakeState.addCustomer('cus_unpaid');
      fakeState.addSubscription({
        customer: 'cus_unpaid',
        status: 'unpaid',
        items: [
          { price: 'price_team', quantity: 2 },
          { price: 'price_credits_team', quantity: 2 },
        ],
      });
    });
    expect(result.failed).toEqual([]);
    expect(result.passed.map((check) => check.name)).toContain(STATUS_CHECK);
    expect(state.charges).toEqual([]);
  });
});

describe('verifyBillingApi({ proration: true }) against the prorating Stripe backend', () => {
  it('passes every check, charges included: the increase is charged a prorated share of its price, once', async () => {
    const { result, state } = await verify('cus_basic', undefined, { proration: true });
    expect(result.failed).toEqual([]);
    expect(result.skipped.map((check) => check.name)).toEqual([STATUS_CHECK]);
    // 12 days into a 30-day period, one more unit × 3 users ($30.00 in full) is charged 18/30 of it.
    expect(state.charges.map((charge) => charge.amount)).toEqual([expect.any(Number)]);
    expect(state.charges[0]?.amount).toBeGreaterThan(0);
    expect(state.charges[0]?.amount).toBeLessThan(3000);
  });

  it('without the flag, the prorated increase quote fails as mispriced', async () => {
    const world = await flowWorld({ proration: true }, { realTime: true });
    const result = await verifyBillingApi({
      baseUrl: 'http://127.0.0.1/api/billing',
      fetch: (input, init) => world.api.handler(new Request(input, init)),
      headers: { 'x-customer': 'cus_basic' },
    });
    expect(result.failed.map((check) => check.name)).toEqual([INCREASE_CHECK]);
    expect(result.failed[0]?.detail).toMatch(/dueNow is .*expected \$30\.00/);
  });

  it('with the flag, a backend charging more than the full price of the added units still fails', async () => {
    const overcharging = (backend: BillingBackend): BillingBackend => ({
      ...backend,
      async quoteAddOn(customer, request, options) {
        const quote = await backend.quoteAddOn(customer, request, options);
        if (quote.change !== 'increase') return quote;
        // A cent above the full price: added units × 3 users × $10.00.
        const amount = (quote.units - quote.currentUnits) * 3 * 1000 + 1;
        return { ...quote, dueNow: { ...quote.dueNow, amount } };
      },
    });
    const { result } = await verify('cus_basic', undefined, { proration: true, backend: overcharging });
    expect(result.failed.map((check) => check.name)).toContain(INCREASE_CHECK);
    const detail = result.failed.find((check) => check.name === INCREASE_CHECK)?.detail;
    expect(detail).toMatch(/expected a prorated share above 0 and at most \$30\.00/);
  });
});
