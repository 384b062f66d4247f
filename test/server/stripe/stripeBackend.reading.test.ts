// How the Stripe backend reads Stripe (contract section 7) and answers when Stripe fails.
import { describe, expect, it } from 'vitest';
import { createStripeBackend } from '../../../src/server';
import { expectBillingError } from '../../core/expectBillingError';
import { ADD_ON, flowWorld as world } from './flowWorld';
import { catalog, customer, DAY, NOW, SECRET } from './stripeWorld';

const teamItems = (units: number) => [
  { price: 'price_team', quantity: 2 },
  { price: 'price_credits_team', quantity: units },
];

describe('Stripe backend: reading the subscription', () => {
  it.each([
    ['active', 'active'],
    ['trialing', 'trialing'],
    ['past_due', 'past_due'],
    ['unpaid', 'past_due'],
    ['paused', 'canceled'],
    ['incomplete', 'canceled'],
    ['canceled', 'canceled'],
  ] as const)('reads Stripe status %s as %s', async (stripeStatus, status) => {
    const { state, backend } = await world();
    state.addCustomer('cus_x');
    state.addSubscription({ customer: 'cus_x', items: teamItems(1), status: stripeStatus });
    expect((await backend().getSubscription(customer('cus_x')))?.status).toBe(status);
  });

  it('takes the newest subscription that is not incomplete_expired', async () => {
    const { state, backend } = await world();
    state.addCustomer('cus_x');
    const older = state.addSubscription({ customer: 'cus_x', items: teamItems(1), created: NOW - 40 * DAY });
    state.addSubscription({ customer: 'cus_x', items: teamItems(5), status: 'incomplete_expired', created: NOW - DAY });
    expect((await backend().getSubscription(customer('cus_x')))?.id).toBe(older);
    const newest = state.addSubscription({ customer: 'cus_x', items: teamItems(2), status: 'canceled', created: NOW });
    const read = await backend().getSubscription(customer('cus_x'));
    expect(read).toMatchObject({ id: newest, status: 'canceled' });
  });

  it('maps periods, seats, per-seat units rounded down, credits and cancel at period end', async () => {
    const { state, backend } = await world();
    state.addCustomer('cus_x');
    const id = state.addSubscription({
      customer: 'cus_x',
      daysIn: 10,
      cancelAtPeriodEnd: true,
      items: [
        { price: 'price_basic', quantity: 3 },
        { price: 'price_credits_basic', quantity: 7 },
      ],
    });
    const stripeSubscription = state.subscriptions.get(id);
    const read = await backend({ usedCredits: async () => 42 }).getSubscription(customer('cus_x'));
    const periodEnd = new Date((stripeSubscription?.current_period_end ?? 0) * 1000).toISOString();
    expect(read).toEqual({
      id,
      status: 'active',
      cancelAtPeriodEnd: true,
      plan: {
        id: 'basic',
        name: 'Basic',
        interval: 'month',
        price: { amount: 1200, currency: 'USD' },
        includedCredits: 60,
      },
      seats: 3,
      currentPeriodStart: new Date((NOW - 10 * DAY) * 1000).toISOString(),
      currentPeriodEnd: periodEnd,
      credits: { included: 180, addOn: 360, used: 42, resetsAt: periodEnd },
      addOns: [
        {
          id: ADD_ON,
          name: 'Generative Credits',
          creditsPerUnit: 60,
          unitPrice: { amount: 1000, currency: 'USD' },
          scope: 'per_seat',
          interval: 'month',
          units: 2,
          scheduledUnits: null,
          minUnits: 0,
          maxUnits: 10,
        },
      ],
    });
  });

  it('asks customerFor for the Stripe customer and usedCredits by the host customer id', async () => {
    const { backend } = await world();
    const asked: string[] = [];
    const read = await backend({
      customerFor: async (id) => {
        asked.push(`customer:${id}`);
        return 'cus_team';
      },
      usedCredits: (id) => {
        asked.push(`used:${id}`);
        return 7;
      },
    }).getSubscription(customer('workspace-42'));
    expect(read).toMatchObject({ plan: { id: 'team' }, credits: { used: 7 } });
    expect(asked.sort()).toEqual(['customer:workspace-42', 'used:workspace-42']);
  });

  it("reads a host's own schedule lowering the add-on as scheduledUnits, and restores by rewriting it, not releasing it", async () => {
    const { state, fake, api, subscriptions } = await world();
    const stripe = fake.client();
    const schedule = await stripe.subscriptionSchedules.create({ from_subscription: subscriptions.team });
    const [phase] = schedule.phases;
    await stripe.subscriptionSchedules.update(schedule.id, {
      phases: [
        {
          start_date: phase?.start_date,
          end_date: phase?.end_date,
          items: teamItems(2).map((item) => ({ ...item, quantity: item.price === 'price_team' ? 5 : 2 })),
        },
        { items: [{ price: 'price_team', quantity: 5 }], duration: { interval: 'month' } },
      ],
      end_behavior: 'release',
    });
    const read = await api.getSubscription('cus_team');
    expect(read.body.subscription?.addOns[0]).toMatchObject({ units: 2, scheduledUnits: 0 });
    const { updated } = await api.change('cus_team', ADD_ON, 2, 'key-restore-host-schedule');
    expect(updated.body.subscription.addOns[0]).toMatchObject({ units: 2, scheduledUnits: null });
    expect(state.schedules.get(schedule.id)?.status).toBe('active');
    expect(state.schedules.get(schedule.id)?.phases[1]?.items).toEqual([
      { price: 'price_team', quantity: 5 },
      { price: 'price_credits_team', quantity: 2 },
    ]);
  });

  it('offers only the add-ons of the plan, priced from their Stripe price when there is no item', async () => {
    const { api } = await world();
    const basic = await api.getSubscription('cus_basic');
    expect(basic.body.subscription?.addOns.map((addOn) => [addOn.scope, addOn.unitPrice.amount])).toEqual([
      ['per_seat', 1000],
    ]);
    const team = await api.getSubscription('cus_team');
    expect(team.body.subscription?.addOns.map((addOn) => [addOn.scope, addOn.unitPrice.amount])).toEqual([
      ['shared', 3000],
    ]);
  });
});

describe('Stripe backend: when Stripe fails', () => {
  it('a wrong Stripe key answers a generic 500; the host hears why through onError; no key in the answer', async () => {
    const { fake } = await world();
    const errors: unknown[] = [];
    const { billingApi } = await import('./billingApi');
    const api = billingApi(
      createStripeBackend({ stripe: fake.client('sk_test_wrong_key_1234'), secret: SECRET, catalog }),
      { onError: (error) => errors.push(error) },
    );
    const answer = await api.getSubscription('cus_basic');
    expect(answer.status).toBe(500);
    expect(answer.body.error.code).toBe('server');
    expect(JSON.stringify(answer.body)).not.toMatch(/sk_|Stripe|API Key/i);
    expect(String(errors[0])).toMatch(/StripeAuthenticationError/);
  });

  it('a rate limit answers 429 rate_limited; Stripe being down answers a retryable server error', async () => {
    const { fake, backend } = await world();
    fake.failNext('GET /v1/subscriptions', {
      status: 429,
      error: { type: 'invalid_request_error', code: 'rate_limit', message: 'Too many requests' },
    });
    const limited = await expectBillingError(() => backend().getSubscription(customer('cus_basic')), 'rate_limited');
    expect(limited.retryable).toBe(true);
    fake.failNext('GET /v1/subscriptions', 'error');
    const down = await expectBillingError(() => backend().getSubscription(customer('cus_basic')), 'server');
    expect(down.retryable).toBe(true);
    expect(down.message).not.toMatch(/unknown error/);
  });

  it('refuses a catalog with mistakes when the backend is made, not at checkout', async () => {
    const { fake } = await world();
    const make = (bad: typeof catalog) => () =>
      createStripeBackend({ stripe: fake.client(), secret: SECRET, catalog: bad });
    expect(make({ plans: {}, addOns: {} })).toThrow(/no plan price/);
    expect(
      make({
        ...catalog,
        addOns: { price_x: { id: 'x', name: 'X', creditsPerUnit: 1, scope: 'shared', plans: ['gold'] } },
      }),
    ).toThrow(/unknown plan "gold"/);
    expect(
      make({
        ...catalog,
        addOns: { price_x: { id: 'x', name: 'X', creditsPerUnit: 1, scope: 'shared', minUnits: 5, maxUnits: 2 } },
      }),
    ).toThrow(/minUnits/);
    expect(() => createStripeBackend({ stripe: fake.client(), secret: 'short', catalog })).toThrow(/32 bytes/);
  });
});

describe('Stripe backend: a subscription that ends at the period end', () => {
  it('reads cancel_at by the period end as cancelAtPeriodEnd, like cancel_at_period_end', async () => {
    const { state, api, subscriptions } = await world();
    const subscription = state.subscriptions.get(subscriptions.team);
    if (!subscription) throw new Error('no subscription');
    subscription.cancel_at = subscription.current_period_end + DAY;
    expect((await api.getSubscription('cus_team')).body.subscription?.cancelAtPeriodEnd).toBe(false);
    subscription.cancel_at = subscription.current_period_end;
    expect((await api.getSubscription('cus_team')).body.subscription?.cancelAtPeriodEnd).toBe(true);
  });

  it('allows an increase and refuses a decrease, which would need a schedule that could undo the cancellation', async () => {
    const { state, api, subscriptions } = await world();
    const subscription = state.subscriptions.get(subscriptions.team);
    if (subscription) subscription.cancel_at_period_end = true;
    const decrease = await api.quote('cus_team', ADD_ON, 1);
    expect(decrease.status).toBe(409);
    expect(decrease.body.error.code).toBe('subscription_inactive');
    expect(state.schedules.size).toBe(0);
    const { updated } = await api.change('cus_team', ADD_ON, 3, 'key-increase-ending');
    expect(updated.status).toBe(200);
    expect(state.subscriptions.get(subscriptions.team)?.cancel_at_period_end).toBe(true);
  });
});
