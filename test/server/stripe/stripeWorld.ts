import type { StripeCatalog } from '../../../src/server/stripe/catalog';
import { createStripeBackend, type StripeBackendOptions } from '../../../src/server/stripe/createStripeBackend';
import { type FakeStripe, startFakeStripe } from './fakeStripe';

/** The reference catalog of contract section 2, as Stripe prices. */
export const catalog: StripeCatalog = {
  plans: {
    price_basic: { id: 'basic', name: 'Basic', includedCreditsPerSeat: 60 },
    price_team: { id: 'team', name: 'Team', includedCreditsPerSeat: 150 },
  },
  addOns: {
    price_credits_basic: {
      id: 'generative-credits',
      name: 'Generative Credits',
      creditsPerUnit: 60,
      scope: 'per_seat',
      maxUnits: 10,
      plans: ['basic'],
    },
    price_credits_team: {
      id: 'generative-credits',
      name: 'Generative Credits',
      creditsPerUnit: 200,
      scope: 'shared',
      maxUnits: 20,
      plans: ['team'],
    },
  },
};

export const SECRET = 'a-test-secret-of-at-least-32-bytes-for-stripe';
/** 2026-12-03T10:00:00Z */
export const NOW = Date.UTC(2026, 11, 3, 10) / 1000;
export const DAY = 24 * 60 * 60;

/**
 * The fake with the catalog's prices, and customers on Basic (3 users, 1 unit) and Team (5 users,
 * 2 units). The clock stands at NOW, or runs with the real time when `realTime` (for checks that
 * compare dates with their own clock, like verifyBillingApi).
 */
export async function stripeWorld(options: { realTime?: boolean } = {}) {
  const fake: FakeStripe = await startFakeStripe({ now: options.realTime ? Math.floor(Date.now() / 1000) : NOW });
  const { state } = fake;
  state.addPrice({ id: 'price_basic', unitAmount: 1200 });
  state.addPrice({ id: 'price_team', unitAmount: 2500 });
  state.addPrice({ id: 'price_credits_basic', unitAmount: 1000 });
  state.addPrice({ id: 'price_credits_team', unitAmount: 3000 });
  state.addCustomer('cus_basic');
  state.addCustomer('cus_team');
  const basic = state.addSubscription({
    customer: 'cus_basic',
    items: [
      { price: 'price_basic', quantity: 3 },
      { price: 'price_credits_basic', quantity: 3 },
    ],
  });
  const team = state.addSubscription({
    customer: 'cus_team',
    items: [
      { price: 'price_team', quantity: 5 },
      { price: 'price_credits_team', quantity: 2 },
    ],
  });
  const clock = { now: new Date(NOW * 1000) };
  const now = options.realTime ? () => new Date() : () => clock.now;
  const backend = (backendOptions: Partial<StripeBackendOptions> = {}) =>
    createStripeBackend({ stripe: fake.client(), secret: SECRET, catalog, now, ...backendOptions });
  return { fake, state, backend, clock, subscriptions: { basic, team } };
}

/** The customer whose Stripe customer id is `id` (the default customerFor). */
export const customer = (id: string) => ({ customerId: id });
