import { describe, expect, it } from 'vitest';
import { verifyBillingApi } from '../../../src/testing';
import { flowWorld } from './flowWorld';

const STATUS_CHECK = "A change the subscription's status does not allow answers 409 subscription_inactive";

async function verify(customer: string, setUp?: (world: Awaited<ReturnType<typeof flowWorld>>) => void) {
  const world = await flowWorld({}, { realTime: true });
  setUp?.(world);
  const result = await verifyBillingApi({
    baseUrl: 'http://127.0.0.1/api/billing',
    fetch: (input, init) => world.api.handler(new Request(input, init)),
    headers: { 'x-customer': customer },
    allowCharges: true,
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
