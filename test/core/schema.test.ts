import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription, teamSubscription } from '../../mocks/scenarios';
import { parseQuote, parseSubscription } from '../../src/core/schema';
import { MISSING, withField } from '../support/malformed';
import { sampleQuote } from '../support/quotes';
import { expectBillingError } from './expectBillingError';

describe('parseSubscription', () => {
  it.each([
    { label: 'Basic (per seat)', value: basicSubscription() },
    { label: 'Team (shared)', value: teamSubscription() },
    {
      label: 'a scheduled decrease',
      value: basicSubscription({ addOns: [basicCreditsAddOn({ units: 3, scheduledUnits: 1 })] }),
    },
    { label: 'no add-ons', value: basicSubscription({ addOns: [] }) },
    {
      label: 'minUnits equal to maxUnits',
      value: basicSubscription({ addOns: [basicCreditsAddOn({ minUnits: 1, maxUnits: 1 })] }),
    },
    { label: 'a yearly plan', value: basicSubscription({ plan: { ...basicSubscription().plan, interval: 'year' } }) },
    { label: 'a date with an offset', value: basicSubscription({ currentPeriodEnd: '2025-04-01T00:00:00+02:00' }) },
    { label: 'a 29 February in a leap year', value: basicSubscription({ currentPeriodEnd: '2028-02-29T00:00:00Z' }) },
  ])('accepts a valid subscription: $label', ({ value }) => {
    expect(parseSubscription(structuredClone(value))).toEqual(value);
  });

  it('accepts fields it does not know (servers may add optional fields)', () => {
    const value = { ...basicSubscription(), customerEmail: 'a@example.com' };
    expect(parseSubscription(value)).toMatchObject(basicSubscription());
  });

  it('returns null for no subscription', () => {
    expect(parseSubscription(null)).toBeNull();
  });

  it.each([
    { label: 'a float amount', path: 'addOns.0.unitPrice.amount', value: 10.5 },
    { label: 'NaN', path: 'addOns.0.unitPrice.amount', value: Number.NaN },
    { label: 'Infinity', path: 'plan.price.amount', value: Number.POSITIVE_INFINITY },
    { label: 'a negative amount', path: 'plan.price.amount', value: -100 },
    { label: 'a string for a number', path: 'seats', value: '3' },
    { label: 'zero seats', path: 'seats', value: 0 },
    { label: 'a float for units', path: 'addOns.0.units', value: 1.5 },
    { label: 'a string for credits', path: 'credits.used', value: '95' },
    { label: 'negative credits', path: 'credits.addOn', value: -1 },
    { label: 'a lower-case currency', path: 'plan.price.currency', value: 'usd' },
    { label: 'a two-letter currency', path: 'addOns.0.unitPrice.currency', value: 'US' },
    { label: 'a missing currency', path: 'addOns.0.unitPrice.currency', value: MISSING },
    { label: 'a missing id', path: 'id', value: MISSING },
    { label: 'an empty id', path: 'id', value: '' },
    { label: 'a missing plan', path: 'plan', value: MISSING },
    { label: 'a missing scheduledUnits', path: 'addOns.0.scheduledUnits', value: MISSING },
    { label: 'an unknown status', path: 'status', value: 'paused' },
    { label: 'an unknown scope', path: 'addOns.0.scope', value: 'team' },
    { label: 'an unknown interval', path: 'plan.interval', value: 'week' },
    { label: 'a string boolean', path: 'cancelAtPeriodEnd', value: 'false' },
    { label: 'a date that is not a date', path: 'currentPeriodEnd', value: 'next month' },
    { label: 'an impossible date', path: 'currentPeriodStart', value: '2025-13-01T00:00:00Z' },
    { label: 'a day the month does not have', path: 'currentPeriodEnd', value: '2025-02-30T00:00:00Z' },
    { label: 'the 31st of a 30-day month', path: 'credits.resetsAt', value: '2025-04-31' },
    { label: 'a 29 February outside a leap year', path: 'currentPeriodEnd', value: '2025-02-29T12:00:00Z' },
    { label: 'a timestamp number for a date', path: 'credits.resetsAt', value: 1_700_000_000_000 },
    { label: 'an object for add-ons', path: 'addOns', value: {} },
    { label: 'null for an add-on', path: 'addOns.0', value: null },
  ])('rejects $label at subscription field $path', async ({ path, value }) => {
    const error = await expectBillingError(
      () => parseSubscription(withField(basicSubscription(), path, value)),
      'invalid_response',
    );
    expect(error.message).toContain(`subscription.${path} `);
    expect(error.retryable).toBe(false);
  });

  it('rejects minUnits above maxUnits, naming maxUnits', async () => {
    const value = basicSubscription({ addOns: [basicCreditsAddOn({ minUnits: 5, maxUnits: 2 })] });
    const error = await expectBillingError(() => parseSubscription(value), 'invalid_response');
    expect(error.message).toContain('subscription.addOns.0.maxUnits ');
  });

  it.each(['.', '..'])('rejects the add-on id "%s", which is no path segment of the HTTP API', async (id) => {
    const value = basicSubscription({ addOns: [basicCreditsAddOn({ id })] });
    const error = await expectBillingError(() => parseSubscription(value), 'invalid_response');
    expect(error.message).toContain('subscription.addOns.0.id must not be "." or ".."');
  });

  it('rejects an add-on whose charges at maxUnits for every seat would pass 2^53 minor units', async () => {
    const addOn = basicCreditsAddOn({ unitPrice: { amount: 99_999_999, currency: 'USD' }, maxUnits: 100_000 });
    const value = basicSubscription({ seats: 100_000, addOns: [addOn] });
    const error = await expectBillingError(() => parseSubscription(value), 'invalid_response');
    expect(error.message).toContain('subscription.addOns would reach charges or credits too large to compute exactly');
    // The same add-on on one seat stays well inside: 99,999,999 × 100,000.
    expect(parseSubscription(basicSubscription({ seats: 1, addOns: [addOn] }))?.addOns[0]?.maxUnits).toBe(100_000);
  });

  it('names the index of the broken add-on', async () => {
    const value = basicSubscription({
      addOns: [basicCreditsAddOn(), basicCreditsAddOn({ id: 'second', unitPrice: { amount: 9.99, currency: 'USD' } })],
    });
    const error = await expectBillingError(() => parseSubscription(value), 'invalid_response');
    expect(error.message).toContain('subscription.addOns.1.unitPrice.amount ');
  });

  it.each([
    { label: 'undefined', value: undefined },
    { label: 'a string', value: 'subscription' },
    { label: 'an array', value: [] },
  ])('rejects $label in place of a subscription', async ({ value }) => {
    const error = await expectBillingError(() => parseSubscription(value), 'invalid_response');
    expect(error.message).toMatch(/subscription/);
  });
});

describe('parseQuote', () => {
  it.each(['increase', 'decrease', 'restore', 'none'] as const)('accepts a valid %s quote', (change) => {
    const quote = { ...sampleQuote(), change };
    expect(parseQuote(structuredClone(quote))).toEqual(quote);
  });

  it.each([
    { label: 'a float amount', path: 'dueNow.amount', value: 60.5 },
    { label: 'NaN', path: 'recurring.amount', value: Number.NaN },
    { label: 'a string for a number', path: 'creditsNow', value: '360' },
    { label: 'a missing units', path: 'units', value: MISSING },
    { label: 'a bad currency', path: 'dueNow.currency', value: 'dollars' },
    { label: 'an unknown change', path: 'change', value: 'upgrade' },
    { label: 'a bad date', path: 'expiresAt', value: 'soon' },
    { label: 'a missing effectiveAt', path: 'effectiveAt', value: MISSING },
  ])('rejects $label at quote field $path', async ({ path, value }) => {
    const error = await expectBillingError(() => parseQuote(withField(sampleQuote(), path, value)), 'invalid_response');
    expect(error.message).toContain(`quote.${path} `);
  });

  it('rejects null, which is never a quote', async () => {
    await expectBillingError(() => parseQuote(null), 'invalid_response');
  });
});
