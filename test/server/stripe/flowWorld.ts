import { afterEach } from 'vitest';
import type { StripeBackendOptions } from '../../../src/server';
import { billingApi } from './billingApi';
import type { FakeStripe } from './fakeStripe';
import { stripeWorld } from './stripeWorld';

export const ADD_ON = 'generative-credits';

const started: FakeStripe[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((fake) => fake.close()));
});

/** The billing handler over createStripeBackend over a fresh fake Stripe, and ways to look inside the fake. */
export async function flowWorld(options: Partial<StripeBackendOptions> = {}, world: { realTime?: boolean } = {}) {
  const made = await stripeWorld(world);
  started.push(made.fake);
  const errors: unknown[] = [];
  const api = billingApi(made.backend(options), { onError: (error) => errors.push(error) });
  const quantity = (subscription: string, price: string) =>
    made.state.subscriptions.get(subscription)?.items.find((item) => item.price === price)?.quantity;
  const invoices = () => [...made.state.invoices.values()];
  const pendingProrations = () =>
    [...made.state.invoiceItems.values()].filter((item) => item.proration && item.invoice === null);
  const posts = (route: string) => made.fake.requests.filter((request) => request.route === route);
  return { ...made, api, errors, quantity, invoices, pendingProrations, posts };
}
