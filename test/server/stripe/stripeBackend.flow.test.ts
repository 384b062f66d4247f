// The add-on flow end to end: the billing handler over createStripeBackend over the fake Stripe API,
// driven by the real stripe-node client.
import { describe, expect, it } from 'vitest';

import { ADD_ON, flowWorld as world } from './flowWorld';
import { catalog, NOW } from './stripeWorld';

describe('Stripe backend: increases', () => {
  it('charges $30.00 now for one more unit on Basic with 3 users and grants 180 credits at once', async () => {
    const { api, state, quantity, invoices, pendingProrations, subscriptions } = await world();
    const before = await api.getSubscription('cus_basic');
    expect(before.body.subscription).toMatchObject({
      plan: { id: 'basic', name: 'Basic', price: { amount: 1200, currency: 'USD' }, interval: 'month' },
      seats: 3,
      credits: { included: 180, addOn: 180, used: 0 },
    });
    expect(before.body.subscription?.addOns).toEqual([
      expect.objectContaining({
        id: ADD_ON,
        units: 1,
        scheduledUnits: null,
        unitPrice: { amount: 1000, currency: 'USD' },
      }),
    ]);

    const { quote, updated } = await api.change('cus_basic', ADD_ON, 2, 'key-basic-1');
    expect(quote).toMatchObject({ change: 'increase', dueNow: { amount: 3000, currency: 'USD' }, creditsNow: 180 });
    expect(updated.status).toBe(200);
    expect(updated.body.subscription.addOns[0]).toMatchObject({ units: 2, scheduledUnits: null });
    expect(updated.body.subscription.credits).toMatchObject({ included: 180, addOn: 360 });

    expect(state.charges).toEqual([expect.objectContaining({ amount: 3000, currency: 'usd', customer: 'cus_basic' })]);
    expect(invoices()).toEqual([
      expect.objectContaining({ status: 'paid', collection_method: 'charge_automatically', auto_advance: false }),
    ]);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(6);
    expect(pendingProrations()).toEqual([]);
    // The renewal bills the new quantity: 6 × $10.00 for the add-on.
    state.advanceTo(state.subscriptions.get(subscriptions.basic)?.current_period_end ?? 0);
    const renewal = state.renewals.find((entry) => entry.subscription === subscriptions.basic);
    expect(renewal?.quantities).toEqual({ price_basic: 3, price_credits_basic: 6 });
  });

  it('charges the shared Team add-on once for the workspace, whatever the seats', async () => {
    const { api, state, quantity, subscriptions } = await world();
    const { quote, updated } = await api.change('cus_team', ADD_ON, 3, 'key-team-1');
    expect(quote).toMatchObject({ dueNow: { amount: 3000 }, creditsNow: 200, recurring: { amount: 9000 } });
    expect(updated.body.subscription).toMatchObject({ seats: 5, credits: { included: 750, addOn: 600 } });
    expect(state.charges.map((charge) => charge.amount)).toEqual([3000]);
    expect(quantity(subscriptions.team, 'price_credits_team')).toBe(3);
  });

  it('creates the add-on item when the subscription has none, without proration', async () => {
    const { api, state, quantity, pendingProrations } = await world();
    state.addCustomer('cus_new');
    const id = state.addSubscription({ customer: 'cus_new', items: [{ price: 'price_basic', quantity: 2 }] });
    const before = await api.getSubscription('cus_new');
    expect(before.body.subscription?.addOns[0]).toMatchObject({ units: 0, unitPrice: { amount: 1000 } });
    const { updated } = await api.change('cus_new', ADD_ON, 1, 'key-new-1');
    expect(updated.body.subscription.addOns[0]).toMatchObject({ units: 1 });
    expect(state.charges.map((charge) => charge.amount)).toEqual([2000]);
    expect(quantity(id, 'price_credits_basic')).toBe(2);
    expect(pendingProrations()).toEqual([]);
  });

  it('a declined card answers payment_failed, voids the invoice and leaves the subscription as it was', async () => {
    const { api, state, quantity, invoices, subscriptions, fake } = await world();
    state.addCustomer('cus_basic', 'pm_card_chargeDeclined');
    const { updated } = await api.change('cus_basic', ADD_ON, 2, 'key-declined');
    expect(updated.status).toBe(402);
    expect(updated.body.error.code).toBe('payment_failed');
    expect(updated.body.error.message).not.toMatch(/Your card was declined/);
    expect(state.charges).toEqual([]);
    expect(invoices().map((invoice) => invoice.status)).toEqual(['void']);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(3);
    const attempts = () => fake.requests.filter((request) => request.route === 'POST /v1/invoices/:id/pay').length;
    expect(attempts()).toBe(1);
    // Sent again under the same key: the same answer, and no second attempt at the card.
    const again = await api.change('cus_basic', ADD_ON, 2, 'key-declined');
    expect(again.updated).toEqual(updated);
    expect(attempts()).toBe(1);
    expect(invoices()).toHaveLength(1);
  });
});

describe('Stripe backend: decreases and restores', () => {
  it('schedules a decrease from the period end: nothing charged or changed now, lower from the renewal', async () => {
    const { api, state, quantity, invoices, subscriptions } = await world();
    const { quote, updated } = await api.change('cus_team', ADD_ON, 1, 'key-decrease');
    const periodEnd = state.subscriptions.get(subscriptions.team)?.current_period_end ?? 0;
    expect(quote).toMatchObject({
      change: 'decrease',
      dueNow: { amount: 0 },
      effectiveAt: new Date(periodEnd * 1000).toISOString(),
    });
    expect(updated.status).toBe(200);
    expect(updated.body.subscription.addOns[0]).toMatchObject({ units: 2, scheduledUnits: 1 });
    expect(updated.body.subscription.credits.addOn).toBe(400);
    expect(invoices()).toEqual([]);
    expect(quantity(subscriptions.team, 'price_credits_team')).toBe(2);
    expect([...state.schedules.values()]).toHaveLength(1);

    state.advanceTo(periodEnd);
    expect(quantity(subscriptions.team, 'price_credits_team')).toBe(1);
    const renewed = await api.getSubscription('cus_team');
    expect(renewed.body.subscription?.addOns[0]).toMatchObject({ units: 1, scheduledUnits: null });
  });

  it('a restore cancels the scheduled decrease: the schedule released, nothing charged, the units kept', async () => {
    const { api, state, quantity, invoices, subscriptions } = await world();
    await api.change('cus_team', ADD_ON, 1, 'key-decrease');
    const { quote, updated } = await api.change('cus_team', ADD_ON, 2, 'key-restore');
    expect(quote).toMatchObject({ change: 'restore', dueNow: { amount: 0 }, creditsNow: 0 });
    expect(updated.body.subscription.addOns[0]).toMatchObject({ units: 2, scheduledUnits: null });
    expect([...state.schedules.values()].map((schedule) => schedule.status)).toEqual(['released']);
    expect(invoices()).toEqual([]);
    state.advanceTo(state.subscriptions.get(subscriptions.team)?.current_period_end ?? 0);
    expect(quantity(subscriptions.team, 'price_credits_team')).toBe(2);
  });

  it('a second decrease rewrites the scheduled phase instead of making another schedule', async () => {
    const { api, state, subscriptions } = await world();
    await api.change('cus_team', ADD_ON, 1, 'key-decrease-1');
    const { updated } = await api.change('cus_team', ADD_ON, 0, 'key-decrease-2');
    expect(updated.body.subscription.addOns[0]).toMatchObject({ units: 2, scheduledUnits: 0 });
    expect(state.schedules.size).toBe(1);
    state.advanceTo(state.subscriptions.get(subscriptions.team)?.current_period_end ?? 0);
    const items = state.subscriptions.get(subscriptions.team)?.items.map((item) => item.price);
    expect(items).toEqual(['price_team']);
  });

  it('an increase while a decrease is scheduled drops the decrease and charges only the units added', async () => {
    const { api, state, quantity, subscriptions } = await world();
    await api.change('cus_team', ADD_ON, 1, 'key-decrease');
    const { quote, updated } = await api.change('cus_team', ADD_ON, 3, 'key-increase');
    expect(quote).toMatchObject({ change: 'increase', currentUnits: 2, dueNow: { amount: 3000 } });
    expect(updated.body.subscription.addOns[0]).toMatchObject({ units: 3, scheduledUnits: null });
    expect(state.charges.map((charge) => charge.amount)).toEqual([3000]);
    state.advanceTo(state.subscriptions.get(subscriptions.team)?.current_period_end ?? 0);
    expect(quantity(subscriptions.team, 'price_credits_team')).toBe(3);
  });
});

describe('Stripe backend: retries charge once', () => {
  it('a PUT sent again after its answer was lost replays the first answer and charges once', async () => {
    const { api, state, quantity, subscriptions } = await world();
    const { quote, updated } = await api.change('cus_basic', ADD_ON, 2, 'key-lost');
    const again = await api.update('cus_basic', ADD_ON, 2, quote.id, 'key-lost');
    expect(again).toEqual(updated);
    expect(state.charges).toHaveLength(1);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(6);
  });

  it('replays the first answer after later changes, where the quote alone would say conflict', async () => {
    const { api, state } = await world();
    const first = await api.change('cus_team', ADD_ON, 3, 'key-first');
    await api.change('cus_team', ADD_ON, 1, 'key-second');
    const again = await api.update('cus_team', ADD_ON, 3, first.quote.id, 'key-first');
    expect(again).toEqual(first.updated);
    expect(state.charges).toHaveLength(1);
  });

  it('a Stripe answer lost on the payment: the PUT fails retryable, its retry charges once and raises the units', async () => {
    const { api, state, fake, quantity, subscriptions } = await world();
    // Dropped twice: stripe-node retries a dropped connection once by itself.
    fake.failNext('POST /v1/invoices/:id/pay', 'lostAnswer', { times: 2 });
    const { quote, updated } = await api.change('cus_basic', ADD_ON, 2, 'key-pay-lost');
    expect(updated.status).toBe(500);
    expect(updated.body.error.code).toBe('server');
    expect(state.charges).toHaveLength(1);
    const again = await api.update('cus_basic', ADD_ON, 2, quote.id, 'key-pay-lost');
    expect(again.status).toBe(200);
    expect(again.body.subscription.addOns[0]?.units).toBe(2);
    expect(state.charges).toHaveLength(1);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(6);
  });

  it('a failure between paying the invoice and raising the quantity: the retry charges once and raises it', async () => {
    const { api, state, fake, quantity, subscriptions } = await world();
    fake.failNext('POST /v1/subscriptions/:id', 'error', { step: 'raise' });
    const { quote, updated } = await api.change('cus_basic', ADD_ON, 2, 'key-raise-failed');
    expect(updated.status).toBe(500);
    expect(state.charges).toHaveLength(1);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(3);
    const again = await api.update('cus_basic', ADD_ON, 2, quote.id, 'key-raise-failed');
    expect(again.status).toBe(200);
    expect(again.body.subscription).toMatchObject({ credits: { addOn: 360 } });
    expect(state.charges).toHaveLength(1);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(6);
  });

  it('finishes a paid increase on a retry that comes after the quote expired', async () => {
    const { api, state, fake, clock, quantity, subscriptions } = await world();
    fake.failNext('POST /v1/subscriptions/:id', 'error', { step: 'raise' });
    const { quote } = await api.change('cus_basic', ADD_ON, 2, 'key-late-retry');
    clock.now = new Date(clock.now.getTime() + 60 * 60 * 1000);
    const again = await api.update('cus_basic', ADD_ON, 2, quote.id, 'key-late-retry');
    expect(again.status).toBe(200);
    expect(state.charges).toHaveLength(1);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(6);
  });

  it('a failure between the two schedule calls: the retry makes no second schedule', async () => {
    const { api, state, fake } = await world();
    fake.failNext('POST /v1/subscription_schedules/:id', 'error');
    const { quote, updated } = await api.change('cus_team', ADD_ON, 1, 'key-schedule-failed');
    expect(updated.status).toBe(500);
    expect(state.schedules.size).toBe(1);
    const again = await api.update('cus_team', ADD_ON, 1, quote.id, 'key-schedule-failed');
    expect(again.status).toBe(200);
    expect(again.body.subscription.addOns[0]).toMatchObject({ units: 2, scheduledUnits: 1 });
    expect(state.schedules.size).toBe(1);
  });

  it('every Stripe write carries an idempotency key of at most 255 characters naming neither customer nor key', async () => {
    const { api, fake } = await world();
    await api.change('cus_basic', ADD_ON, 2, 'key-visible-in-request');
    await api.change('cus_basic', ADD_ON, 1, 'key-visible-in-request-2');
    const writes = fake.requests.filter((request) => request.route.startsWith('POST'));
    expect(writes.length).toBeGreaterThan(6);
    for (const write of writes) {
      expect(write.idempotencyKey, write.route).toMatch(/^rbw-[\w-]+$/);
      expect(write.idempotencyKey?.length).toBeLessThanOrEqual(255);
      expect(write.idempotencyKey).not.toMatch(/cus_basic|key-visible/);
    }
    expect(new Set(writes.map((write) => write.idempotencyKey)).size).toBe(writes.length);
  });
});

describe('Stripe backend: refusals', () => {
  it('seats changed between quote and update: conflict, nothing charged', async () => {
    const { api, state, invoices, subscriptions } = await world();
    const quoted = await api.quote('cus_basic', ADD_ON, 2);
    const plan = state.subscriptions.get(subscriptions.basic)?.items.find((item) => item.price === 'price_basic');
    if (plan) plan.quantity = 4;
    const updated = await api.update('cus_basic', ADD_ON, 2, quoted.body.quote.id, 'key-seats');
    expect(updated.status).toBe(409);
    expect(updated.body.error.code).toBe('conflict');
    expect(invoices()).toEqual([]);
  });

  it('a tampered or expired quote: quote_expired, nothing charged', async () => {
    const { api, clock, invoices } = await world();
    const quoted = await api.quote('cus_basic', ADD_ON, 2);
    const [prefix, body, signature] = quoted.body.quote.id.split('.');
    const tampered = `${prefix}.${body?.slice(0, -2)}AA.${signature}`;
    expect((await api.update('cus_basic', ADD_ON, 2, tampered, 'key-tampered')).body.error.code).toBe('quote_expired');
    clock.now = new Date(clock.now.getTime() + 11 * 60 * 1000);
    const expired = await api.update('cus_basic', ADD_ON, 2, quoted.body.quote.id, 'key-expired');
    expect(expired.status).toBe(410);
    expect(expired.body.error.code).toBe('quote_expired');
    expect(invoices()).toEqual([]);
  });

  it('the same Idempotency-Key for another change: conflict, nothing more charged', async () => {
    const { api, state } = await world();
    await api.change('cus_team', ADD_ON, 3, 'key-reused');
    const other = await api.change('cus_team', ADD_ON, 4, 'key-reused');
    expect(other.updated.status).toBe(409);
    expect(other.updated.body.error.code).toBe('conflict');
    expect(state.charges).toHaveLength(1);
  });

  it('no subscription answers null; a canceled one refuses changes with subscription_inactive', async () => {
    const { api, state } = await world();
    state.addCustomer('cus_none');
    expect((await api.getSubscription('cus_none')).body).toEqual({ subscription: null });
    state.addCustomer('cus_gone');
    state.addSubscription({ customer: 'cus_gone', items: [{ price: 'price_team', quantity: 1 }], status: 'canceled' });
    expect((await api.getSubscription('cus_gone')).body.subscription?.status).toBe('canceled');
    const quoted = await api.quote('cus_gone', ADD_ON, 1);
    expect(quoted.status).toBe(409);
    expect(quoted.body.error.code).toBe('subscription_inactive');
  });
});

describe('Stripe backend: retries at the edges', () => {
  it('two PUTs with one key at once (a double click) charge once', async () => {
    const { api, state, quantity, subscriptions } = await world();
    const quoted = await api.quote('cus_basic', ADD_ON, 2);
    const answers = await Promise.all([
      api.update('cus_basic', ADD_ON, 2, quoted.body.quote.id, 'key-double'),
      api.update('cus_basic', ADD_ON, 2, quoted.body.quote.id, 'key-double'),
    ]);
    expect(answers.map((answer) => answer.status)).toContain(200);
    expect(state.charges).toHaveLength(1);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(6);
  });

  it('does not finish an update started over a day ago (Stripe no longer replays its keys): conflict, no second charge', async () => {
    const { api, state, fake, clock } = await world();
    fake.failNext('POST /v1/subscriptions/:id', 'error', { step: 'raise' });
    const { quote } = await api.change('cus_basic', ADD_ON, 2, 'key-stale');
    clock.now = new Date(clock.now.getTime() + 24 * 60 * 60 * 1000);
    const late = await api.update('cus_basic', ADD_ON, 2, quote.id, 'key-stale');
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('conflict');
    expect(state.charges).toHaveLength(1);
  });

  it('a subscription whose plan is not in the catalog is a setup error: a generic 500, and onError says why', async () => {
    const { api, state, errors } = await world();
    state.addPrice({ id: 'price_legacy', unitAmount: 900 });
    state.addCustomer('cus_legacy');
    state.addSubscription({ customer: 'cus_legacy', items: [{ price: 'price_legacy', quantity: 1 }] });
    const answer = await api.getSubscription('cus_legacy');
    expect(answer.status).toBe(500);
    expect(answer.body.error.message).not.toMatch(/price_legacy|catalog/);
    expect(String(errors[0])).toMatch(/no item whose price is a catalog plan/);
  });
});

describe('Stripe backend: an increase paid but left unapplied under another key', () => {
  it('is finished by the next confirmation, which answers conflict for its stale quote: one charge, units raised', async () => {
    const { api, state, fake, quantity, subscriptions } = await world();
    fake.failNext('POST /v1/subscriptions/:id', 'error', { step: 'raise' });
    const first = await api.change('cus_basic', ADD_ON, 2, 'key-abandoned');
    expect(first.updated.status).toBe(500);
    expect(state.charges).toHaveLength(1);
    // The customer starts over: the dialog reopened under a new key, with the quote it had.
    const again = await api.update('cus_basic', ADD_ON, 2, first.quote.id, 'key-started-over');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect(state.charges).toHaveLength(1);
    expect(quantity(subscriptions.basic, 'price_credits_basic')).toBe(6);
    const reloaded = await api.getSubscription('cus_basic');
    expect(reloaded.body.subscription?.addOns[0]?.units).toBe(2);
    // The abandoned key, sent again after all, answers the raised units and charges nothing more.
    const late = await api.update('cus_basic', ADD_ON, 2, first.quote.id, 'key-abandoned');
    expect(late.status).toBe(200);
    expect(late.body.subscription.addOns[0]?.units).toBe(2);
    expect(state.charges).toHaveLength(1);
  });

  it('leaves an update that failed before charging alone: the next confirmation goes through', async () => {
    const { api, state, fake } = await world();
    fake.failNext('POST /v1/invoices', 'error');
    const first = await api.change('cus_basic', ADD_ON, 2, 'key-failed-early');
    expect(first.updated.status).toBe(500);
    expect(state.charges).toEqual([]);
    const next = await api.update('cus_basic', ADD_ON, 2, first.quote.id, 'key-next');
    expect(next.status).toBe(200);
    expect(state.charges).toHaveLength(1);
  });
});

describe('Stripe backend: customers kept apart', () => {
  it('one Idempotency-Key used by two customers applies for each; a quote of one is refused for the other', async () => {
    const { api, state } = await world();
    const basic = await api.change('cus_basic', ADD_ON, 2, 'key-shared-by-chance');
    const team = await api.change('cus_team', ADD_ON, 3, 'key-shared-by-chance');
    expect([basic.updated.status, team.updated.status]).toEqual([200, 200]);
    expect(state.charges.map((charge) => [charge.customer, charge.amount])).toEqual([
      ['cus_basic', 3000],
      ['cus_team', 3000],
    ]);
    const teamQuote = await api.quote('cus_team', ADD_ON, 4);
    const stolen = await api.update('cus_basic', ADD_ON, 4, teamQuote.body.quote.id, 'key-stolen-quote');
    expect(stolen.status).toBe(409);
    expect(state.charges).toHaveLength(2);
  });
});

describe('Stripe backend: two add-ons on one subscription', () => {
  const withStorage = {
    catalog: {
      ...catalog,
      addOns: {
        ...catalog.addOns,
        price_storage_team: {
          id: 'extra-storage',
          name: 'Extra Storage',
          creditsPerUnit: 0,
          scope: 'shared' as const,
          plans: ['team'],
        },
      },
    },
  };

  it("an increase of one keeps the other's scheduled decrease", async () => {
    const { api, state, subscriptions, quantity } = await world(withStorage);
    state.addPrice({ id: 'price_storage_team', unitAmount: 500 });
    const team = state.subscriptions.get(subscriptions.team);
    team?.items.push({ id: 'si_storage', price: 'price_storage_team', quantity: 4, created: NOW });
    await api.change('cus_team', 'extra-storage', 1, 'key-storage-down');
    const { updated } = await api.change('cus_team', ADD_ON, 3, 'key-credits-up');
    expect(updated.status).toBe(200);
    expect(updated.body.subscription.addOns.map((addOn) => [addOn.id, addOn.units, addOn.scheduledUnits])).toEqual([
      [ADD_ON, 3, null],
      ['extra-storage', 4, 1],
    ]);
    state.advanceTo(team?.current_period_end ?? 0);
    expect(quantity(subscriptions.team, 'price_credits_team')).toBe(3);
    expect(quantity(subscriptions.team, 'price_storage_team')).toBe(1);
  });
});
