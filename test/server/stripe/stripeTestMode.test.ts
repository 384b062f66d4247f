// The flow against Stripe's own test mode, when STRIPE_SECRET_KEY holds a test key (sk_test_…):
//   STRIPE_SECRET_KEY=sk_test_… npx vitest run --project core test/server/stripe/stripeTestMode.test.ts
// It creates its own products, prices and customer (paying with the test card pm_card_visa), runs
// an increase, a decrease, a restore, a declined card and verifyBillingApi, the same with
// proration: true, then cleans up.
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStripeBackend, type StripeCatalog } from '../../../src/server';
import { verifyBillingApi } from '../../../src/testing';
import { billingApi } from './billingApi';

const key = process.env.STRIPE_SECRET_KEY ?? '';
const ADD_ON = 'generative-credits';

if (!key) {
  console.info('Stripe test mode check skipped: set STRIPE_SECRET_KEY to a test key (sk_test_…) to run it.');
} else if (!key.startsWith('sk_test_') && !key.startsWith('rk_test_')) {
  throw new Error('STRIPE_SECRET_KEY must be a test-mode key (sk_test_… or rk_test_…): this check makes real charges.');
}

describe.skipIf(!key)('Stripe backend against Stripe test mode', { timeout: 120_000 }, () => {
  // Made in beforeAll: a skipped describe still runs its body to collect the tests.
  let stripe: Stripe;
  const run = `rbw-${Date.now().toString(36)}`;
  const created = {
    products: [] as string[],
    prices: [] as string[],
    customers: [] as string[],
    subscriptions: [] as string[],
  };
  let api: ReturnType<typeof billingApi>;
  let prorating: ReturnType<typeof billingApi>;
  let customerId = '';

  beforeAll(async () => {
    stripe = new Stripe(key, { maxNetworkRetries: 2 });
    const product = async (name: string) => {
      const made = await stripe.products.create({ name: `${name} (${run})` });
      created.products.push(made.id);
      return made.id;
    };
    const price = async (productId: string, amount: number) => {
      const made = await stripe.prices.create({
        product: productId,
        currency: 'usd',
        unit_amount: amount,
        recurring: { interval: 'month' },
      });
      created.prices.push(made.id);
      return made.id;
    };
    const plan = await price(await product('Basic'), 1200);
    const credits = await price(await product('Generative Credits'), 1000);
    const customer = await stripe.customers.create({
      name: `Billing widget check ${run}`,
      payment_method: 'pm_card_visa',
      invoice_settings: { default_payment_method: 'pm_card_visa' },
    });
    customerId = customer.id;
    created.customers.push(customer.id);
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [
        { price: plan, quantity: 3 },
        { price: credits, quantity: 3 },
      ],
    });
    created.subscriptions.push(subscription.id);
    const catalog: StripeCatalog = {
      plans: { [plan]: { id: 'basic', name: 'Basic', includedCreditsPerSeat: 60 } },
      addOns: {
        [credits]: { id: ADD_ON, name: 'Generative Credits', creditsPerUnit: 60, scope: 'per_seat', maxUnits: 10 },
      },
    };
    const secret = `${run}-a-secret-of-at-least-32-bytes-long`;
    api = billingApi(createStripeBackend({ stripe, secret, catalog }));
    prorating = billingApi(createStripeBackend({ stripe, secret, catalog, proration: true }));
  });

  afterAll(async () => {
    // Everything this run made goes away or is archived (prices and products with prices cannot be deleted).
    for (const id of created.subscriptions) await stripe.subscriptions.cancel(id).catch(() => undefined);
    for (const id of created.customers) await stripe.customers.del(id).catch(() => undefined);
    for (const id of created.prices) await stripe.prices.update(id, { active: false }).catch(() => undefined);
    for (const id of created.products) await stripe.products.update(id, { active: false }).catch(() => undefined);
  });

  it('charges $30.00 for one more unit with 3 users, at once, and shows 180 more credits', async () => {
    const before = await api.getSubscription(customerId);
    expect(before.body.subscription).toMatchObject({ seats: 3, credits: { addOn: 180 } });
    const { quote, updated } = await api.change(customerId, ADD_ON, 2, `${run}-increase`);
    expect(quote.dueNow).toEqual({ amount: 3000, currency: 'USD' });
    expect(updated.status).toBe(200);
    expect(updated.body.subscription).toMatchObject({ credits: { addOn: 360 } });
    const again = await api.update(customerId, ADD_ON, 2, quote.id, `${run}-increase`);
    expect(again).toEqual(updated);
    const invoices = await stripe.invoices.list({ customer: customerId, limit: 10 });
    const ours = invoices.data.filter((invoice) => invoice.metadata?.rbw_add_on === ADD_ON);
    expect(ours.map((invoice) => [invoice.status, invoice.amount_paid])).toEqual([['paid', 3000]]);
  });

  it('schedules a decrease for the period end and restores it', async () => {
    const decreased = await api.change(customerId, ADD_ON, 1, `${run}-decrease`);
    expect(decreased.updated.body.subscription?.addOns[0]).toMatchObject({ units: 2, scheduledUnits: 1 });
    const restored = await api.change(customerId, ADD_ON, 2, `${run}-restore`);
    expect(restored.updated.body.subscription?.addOns[0]).toMatchObject({ units: 2, scheduledUnits: null });
  });

  it('answers payment_failed for a declined card and leaves the units as they were', async () => {
    const declining = await stripe.paymentMethods.attach('pm_card_chargeDeclined', { customer: customerId });
    await stripe.customers.update(customerId, { invoice_settings: { default_payment_method: declining.id } });
    const { updated } = await api.change(customerId, ADD_ON, 3, `${run}-declined`);
    expect(updated.status).toBe(402);
    expect(updated.body.error.code).toBe('payment_failed');
    const after = await api.getSubscription(customerId);
    expect(after.body.subscription?.addOns[0]?.units).toBe(2);
    const card = await stripe.paymentMethods.attach('pm_card_visa', { customer: customerId });
    await stripe.customers.update(customerId, { invoice_settings: { default_payment_method: card.id } });
  });

  it('passes verifyBillingApi with charges', async () => {
    const result = await verifyBillingApi({
      baseUrl: 'http://127.0.0.1/api/billing',
      fetch: (input, init) => api.handler(new Request(input, init)),
      headers: { 'x-customer': customerId },
      allowCharges: true,
      timeoutMs: 30_000,
    });
    expect(result.failed).toEqual([]);
  });

  describe('with proration: true', () => {
    /** The amount paid on the customer's newest invoice. */
    const newestInvoicePaid = async () =>
      (await stripe.invoices.list({ customer: customerId, limit: 1 })).data[0]?.amount_paid;

    it('charges what Stripe previews for the rest of the period, and exactly that, once', async () => {
      const found = (await prorating.getSubscription(customerId)).body.subscription?.addOns[0];
      if (!found) throw new Error('the add-on is missing');
      if (found.scheduledUnits !== null) await prorating.change(customerId, ADD_ON, found.units, `${run}-p-restore`);
      const { quote, updated } = await prorating.change(customerId, ADD_ON, found.units + 1, `${run}-p-increase`);
      // The period began moments ago: the share is the whole or nearly, never more.
      expect(quote.dueNow.amount).toBeGreaterThan(0);
      expect(quote.dueNow.amount).toBeLessThanOrEqual(3000);
      expect(quote.creditsNow).toBe(180);
      expect(updated.status).toBe(200);
      expect(await newestInvoicePaid()).toBe(quote.dueNow.amount);
      const again = await prorating.update(customerId, ADD_ON, found.units + 1, quote.id, `${run}-p-increase`);
      expect(again).toEqual(updated);
    });

    it('charges the previewed amount by invoice while a decrease is scheduled, and drops the decrease', async () => {
      const units = (await prorating.getSubscription(customerId)).body.subscription?.addOns[0]?.units ?? 0;
      await prorating.change(customerId, ADD_ON, units - 1, `${run}-p-decrease`);
      const { quote, updated } = await prorating.change(customerId, ADD_ON, units + 1, `${run}-p-scheduled`);
      expect(updated.status).toBe(200);
      expect(updated.body.subscription.addOns[0]).toMatchObject({ units: units + 1, scheduledUnits: null });
      expect(await newestInvoicePaid()).toBe(quote.dueNow.amount);
    });

    it('passes verifyBillingApi({ proration: true }) with charges', async () => {
      const result = await verifyBillingApi({
        baseUrl: 'http://127.0.0.1/api/billing',
        fetch: (input, init) => prorating.handler(new Request(input, init)),
        headers: { 'x-customer': customerId },
        allowCharges: true,
        proration: true,
        timeoutMs: 30_000,
      });
      expect(result.failed).toEqual([]);
    });
  });
});
