// The yearly plan of the mocks: a Team subscription billed yearly, as hosts and designers load it.
import { setupServer } from 'msw/node';
import { createHttpAdapter, parseSubscription, renewPeriods } from 'react-billing-widget/core';
import { createBillingHandlers, scenarios } from 'react-billing-widget/mocks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const BASE = 'http://billing.test/api';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const { subscription } = scenarios.teamAnnual;
if (!subscription) throw new Error('teamAnnual has a subscription');
const [addOn] = subscription.addOns;
if (!addOn) throw new Error('teamAnnual offers the credits add-on');

/** The date one calendar year after `iso`, in UTC, on the same day (Feb 29 → Feb 28). */
function aYearAfter(iso: string): string {
  const date = new Date(iso);
  const year = date.getUTCFullYear() + 1;
  const daysInMonth = new Date(Date.UTC(year, date.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, date.getUTCMonth(), Math.min(date.getUTCDate(), daysInMonth))).toISOString();
}

describe('the teamAnnual scenario', () => {
  it('is the Team plan billed yearly, its shared add-on priced by the year, and a valid subscription', () => {
    expect(parseSubscription(subscription)).toEqual(subscription);
    expect(scenarios.teamAnnual.description).toBe('Team plan billed yearly, 5 users, shared credits');
    expect(subscription.plan).toMatchObject({ name: 'Team', interval: 'year', price: { amount: 25000 } });
    expect(addOn).toMatchObject({
      scope: 'shared',
      interval: 'year',
      unitPrice: { amount: 30000, currency: 'USD' },
      creditsPerUnit: 2400,
      units: 2,
    });
    expect(subscription.credits).toMatchObject({ included: 1800 * 5, addOn: 2 * 2400 });
  });

  it('runs for a year: begun in the past, renewing a calendar year after it began', () => {
    const now = Date.now();
    expect(Date.parse(subscription.currentPeriodStart)).toBeLessThan(now);
    expect(Date.parse(subscription.currentPeriodEnd)).toBeGreaterThan(now);
    expect(subscription.currentPeriodEnd).toBe(aYearAfter(subscription.currentPeriodStart));
    expect(subscription.credits.resetsAt).toBe(subscription.currentPeriodEnd);
  });

  it('renews a year at a time: past its end the next period ends a year later', () => {
    const renewed = renewPeriods(subscription, new Date(Date.parse(subscription.currentPeriodEnd) + 1000));
    expect(renewed.currentPeriodStart).toBe(subscription.currentPeriodEnd);
    expect(renewed.currentPeriodEnd).toBe(aYearAfter(subscription.currentPeriodEnd));
  });

  it('quotes a unit more at the yearly price: $300.00 and 2,400 credits now, $900.00 a year', async () => {
    server.use(...createBillingHandlers({ baseUrl: BASE, scenario: 'teamAnnual' }));
    const adapter = createHttpAdapter({ baseUrl: BASE });
    const quote = await adapter.quoteAddOn({ addOnId: addOn.id, units: 3 });
    expect(quote).toMatchObject({
      change: 'increase',
      dueNow: { amount: 30000, currency: 'USD' },
      creditsNow: 2400,
      recurring: { amount: 90000, currency: 'USD' },
    });
    const decrease = await adapter.quoteAddOn({ addOnId: addOn.id, units: 1 });
    expect(decrease).toMatchObject({
      change: 'decrease',
      dueNow: { amount: 0 },
      recurring: { amount: 30000 },
      effectiveAt: subscription.currentPeriodEnd,
    });
  });
});
