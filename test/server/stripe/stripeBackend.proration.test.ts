// createStripeBackend({ proration: true }) end to end: the billing handler over the backend over the
// fake Stripe API, whose previews and always_invoice updates prorate as Stripe documents.
import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import { billingApi } from './billingApi';
import { ADD_ON, flowWorld } from './flowWorld';
import { DAY, NOW } from './stripeWorld';

/** Half of Basic's 30-day period (Nov 21 → Dec 21) left: the subscriptions started 12 days before NOW. */
const HALF_WAY = NOW + 3 * DAY;

/** A client of the fake whose invoice previews `alter` changes (the preview's count from 1), as Stripe might. */
function previewAltered(
  made: Awaited<ReturnType<typeof flowWorld>>,
  alter: (invoice: Stripe.Invoice, count: number) => void,
): Stripe {
  const stripe = made.fake.client();
  const preview = stripe.invoices.createPreview.bind(stripe.invoices);
  let count = 0;
  stripe.invoices.createPreview = async (params?: Stripe.InvoiceCreatePreviewParams) => {
    const invoice = await preview(params);
    count += 1;
    alter(invoice, count);
    return invoice;
  };
  return stripe;
}

/** The prorating backend over the fake, its clocks at half the period. */
async function world(options: Parameters<typeof flowWorld>[0] = {}) {
  const made = await flowWorld({ proration: true, ...options });
  made.state.advanceTo(HALF_WAY);
  made.clock.now = new Date(HALF_WAY * 1000);
  return made;
}

describe('Stripe backend with proration: increases', () => {
  it('+1 unit on Basic with 3 users half way through the period charges half of $30.00: $15.00, and grants 180 credits', async () => {
    const { api, state, quantity, invoices, pendingProrations, posts, subscriptions } = await world();
    const { quote, updated } = await api.change('cus_basic', ADD_ON, 2, 'key-prorated');
    // Stripe's lines: −(3 × $10.00 × ½) unused, +(6 × $10.00 × ½) remaining = $15.00.
    expect(quote).toMatchObject({
      change: 'increase',
      dueNow: { amount: 1500, currency: 'USD' },
      creditsNow: 180,
      recurring: { amount: 6000, currency: 'USD' },
      effectiveAt: new Date(HALF_WAY * 1000).toISOString(),
    });
    expect(updated.status).toBe(200);
    expect(updated.body.subscription.addOns[0]).toMatchObject({ units: 2, scheduledUnits: null });
    expect(updated.body.subscription.credits).toMatchObject({ included: 180, addOn: 360 });

    const [invoice] = invoices();
    expect(invoices()).toHaveLength(1);
    expect(invoice?.status).toBe('paid');
    expect(state.invoiceTotal(invoice?.id ?? '')).toBe(quote.dueNow.amount);
    expect(state.charges).toEqual([expect.objectContaining({ invoice: invoice?.id, amount: 1500, currency: 'usd' })]);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(6);
    expect(pendingProrations()).toEqual([]);

    // The update is dated as the preview was, so Stripe charges the very amount quoted.
    const [preview] = posts('POST /v1/invoices/create_preview');
    const [raise] = posts('POST /v1/subscriptions/:id').filter((request) => request.params.items !== undefined);
    expect(raise?.params).toMatchObject({
      proration_behavior: 'always_invoice',
      payment_behavior: 'error_if_incomplete',
      proration_date: String(HALF_WAY),
    });
    expect(preview?.params.subscription_details).toMatchObject({ proration_date: String(HALF_WAY) });
    expect(raise?.idempotencyKey).toMatch(/^rbw-[\w-]+-prorate$/);
  });

  it('charges the quoted amount when the update comes minutes after the quote (the proration date is pinned)', async () => {
    const { api, state, clock } = await world();
    const quoted = await api.quote('cus_basic', ADD_ON, 2);
    state.advanceTo(HALF_WAY + 300);
    clock.now = new Date((HALF_WAY + 300) * 1000);
    const updated = await api.update('cus_basic', ADD_ON, 2, quoted.body.quote.id, 'key-later');
    expect(updated.status).toBe(200);
    expect(state.charges.map((charge) => charge.amount)).toEqual([1500]);
  });

  it('an add-on without an item is previewed and added as a new item: half of 2 users × $10.00', async () => {
    const { api, state, quantity } = await world();
    state.addCustomer('cus_new');
    const id = state.addSubscription({
      customer: 'cus_new',
      items: [{ price: 'price_basic', quantity: 2 }],
      daysIn: 15,
    });
    const { quote, updated } = await api.change('cus_new', ADD_ON, 1, 'key-new-item');
    expect(quote.dueNow).toEqual({ amount: 1000, currency: 'USD' });
    expect(updated.status).toBe(200);
    expect(state.charges.map((charge) => charge.amount)).toEqual([1000]);
    expect(quantity(id, 'price_credits_basic')).toBe(2);
  });

  it('an increase while a decrease is scheduled charges the prorated amount and drops the decrease', async () => {
    const { api, state, quantity, subscriptions } = await world();
    await api.change('cus_team', ADD_ON, 1, 'key-decrease');
    const { quote, updated } = await api.change('cus_team', ADD_ON, 3, 'key-increase');
    // Team's period is Basic's: −(2 × $30.00 × ½) + (3 × $30.00 × ½) = $15.00.
    expect(quote.dueNow.amount).toBe(1500);
    expect(updated.body.subscription.addOns[0]).toMatchObject({ units: 3, scheduledUnits: null });
    expect(state.charges.map((charge) => charge.amount)).toEqual([1500]);
    state.advanceTo(state.subscriptions.get(subscriptions.team)?.current_period_end ?? 0);
    expect(quantity(subscriptions.team, 'price_credits_team')).toBe(3);
  });
});

describe('Stripe backend with proration: failures and retries', () => {
  it('a declined card answers 402 payment_failed and changes nothing: no invoice, no charge, same units', async () => {
    const { api, state, quantity, invoices, posts, subscriptions } = await world();
    state.addCustomer('cus_basic', 'pm_card_chargeDeclined');
    const { updated } = await api.change('cus_basic', ADD_ON, 2, 'key-declined');
    expect(updated.status).toBe(402);
    expect(updated.body.error.code).toBe('payment_failed');
    expect(state.charges).toEqual([]);
    expect(invoices()).toEqual([]);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(3);
    expect(state.subscriptions.get(subscriptions.basic)?.status).toBe('active');
    const raises = () => posts('POST /v1/subscriptions/:id').filter((request) => request.params.items !== undefined);
    expect(raises()).toHaveLength(1);
    // Sent again under its key: the same answer, and the card is not tried again.
    const again = await api.change('cus_basic', ADD_ON, 2, 'key-declined');
    expect(again.updated).toEqual(updated);
    expect(raises()).toHaveLength(1);
  });

  it('a PUT whose answer was lost is retried under its key: one charge, the units raised', async () => {
    const { api, state, fake, quantity, subscriptions } = await world();
    // Dropped twice: stripe-node retries a dropped connection once by itself.
    fake.failNext('POST /v1/subscriptions/:id', 'lostAnswer', { times: 2, step: 'prorate' });
    const { quote, updated } = await api.change('cus_basic', ADD_ON, 2, 'key-lost');
    expect(updated.status).toBe(500);
    expect(updated.body.error.code).toBe('server');
    expect(state.charges).toHaveLength(1);
    const again = await api.update('cus_basic', ADD_ON, 2, quote.id, 'key-lost');
    expect(again.status).toBe(200);
    expect(again.body.subscription.addOns[0]?.units).toBe(2);
    expect(state.charges.map((charge) => charge.amount)).toEqual([1500]);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(6);
    const replay = await api.update('cus_basic', ADD_ON, 2, quote.id, 'key-lost');
    expect(replay).toEqual(again);
    expect(state.charges).toHaveLength(1);
  });

  it('refuses with conflict, charging nothing, when Stripe would now charge another amount than quoted', async () => {
    const made = await flowWorld();
    // As if the billing changed between the quote and the update: the second preview comes to $1.00 more.
    const stripe = previewAltered(made, (invoice, count) => {
      const [first] = invoice.lines.data;
      if (count > 1 && first) first.amount += 100;
    });
    const api = billingApi(made.backend({ stripe, proration: true }));
    const { updated } = await api.change('cus_basic', ADD_ON, 2, 'key-changed');
    expect(updated.status).toBe(409);
    expect(updated.body.error.code).toBe('conflict');
    expect(made.state.charges).toEqual([]);
    expect(made.quantity(made.subscriptions.basic, 'price_credits_basic')).toBe(3);
  });
});

describe('Stripe backend with proration: what the quote does not show is never charged', () => {
  it('a pending invoice item the proration invoice would take along: conflict, nothing charged', async () => {
    const { api, state, quantity, subscriptions } = await world();
    const quoted = await api.quote('cus_basic', ADD_ON, 2);
    expect(quoted.body.quote.dueNow.amount).toBe(1500);
    state.createInvoiceItem({ customer: 'cus_basic', amount: '500', currency: 'usd', description: 'Setup fee' });
    const updated = await api.update('cus_basic', ADD_ON, 2, quoted.body.quote.id, 'key-pending');
    expect(updated.status).toBe(409);
    expect(updated.body.error.code).toBe('conflict');
    expect(state.charges).toEqual([]);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(3);
  });
});

describe('Stripe backend with proration: set-up errors', () => {
  it('refuses to quote a proration Stripe would add tax to: a generic 500, and onError says why', async () => {
    const made = await flowWorld();
    const stripe = previewAltered(made, (invoice) => {
      for (const line of invoice.lines.data) {
        line.taxes = [
          {
            amount: 150,
            tax_behavior: 'exclusive',
            taxable_amount: line.amount,
            taxability_reason: 'standard_rated',
            tax_rate_details: null,
            type: 'tax_rate_details',
          },
        ];
      }
    });
    const errors: unknown[] = [];
    const api = billingApi(made.backend({ stripe, proration: true }), { onError: (error) => errors.push(error) });
    const quoted = await api.quote('cus_basic', ADD_ON, 2);
    expect(quoted.status).toBe(500);
    expect(quoted.body.error.code).toBe('server');
    expect(String(errors[0])).toMatch(/adds tax to the proration of price price_credits_basic/);
  });
});

describe('Stripe backend with proration: decreases and restores as without it', () => {
  it('a decrease is due 0 and scheduled from the period end; a restore cancels it; nothing previewed or charged', async () => {
    const { api, state, quantity, invoices, posts, subscriptions } = await world();
    const periodEnd = state.subscriptions.get(subscriptions.team)?.current_period_end ?? 0;
    const { quote, updated } = await api.change('cus_team', ADD_ON, 1, 'key-decrease');
    expect(quote).toMatchObject({
      change: 'decrease',
      dueNow: { amount: 0 },
      creditsNow: 0,
      effectiveAt: new Date(periodEnd * 1000).toISOString(),
    });
    expect(updated.body.subscription.addOns[0]).toMatchObject({ units: 2, scheduledUnits: 1 });
    const restored = await api.change('cus_team', ADD_ON, 2, 'key-restore');
    expect(restored.quote).toMatchObject({ change: 'restore', dueNow: { amount: 0 } });
    expect(restored.updated.body.subscription.addOns[0]).toMatchObject({ units: 2, scheduledUnits: null });
    await api.change('cus_team', ADD_ON, 1, 'key-decrease-again');
    state.advanceTo(periodEnd);
    expect(quantity(subscriptions.team, 'price_credits_team')).toBe(1);
    expect(posts('POST /v1/invoices/create_preview')).toEqual([]);
    expect(invoices()).toEqual([]);
    expect(state.charges).toEqual([]);
  });
});
