import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription } from '../../mocks/scenarios';
import { parseQuote, parseSubscription, parseUpdatedSubscription } from '../../src/core/schema';
import { withField } from '../support/malformed';
import { sampleQuote } from '../support/quotes';
import { expectBillingError } from './expectBillingError';

// An invalid_response's message is shown to the customer as the detail of the error: after naming
// the field it must say what is wrong with it, whatever the kind of mistake.

const quote = sampleQuote();

/** The words after `field` in `message`: the reason given. */
function reasonAfter(message: string, field: string): string {
  const at = message.indexOf(`${field} `);
  expect(at, `the message names ${field}: ${message}`).toBeGreaterThanOrEqual(0);
  return message.slice(at + field.length).trim();
}

describe('invalid_response says why a field is refused', () => {
  it.each([
    { label: 'a string for a number', path: 'seats', value: '3' },
    { label: 'a fraction for a count', path: 'seats', value: 1.5 },
    { label: 'zero seats', path: 'seats', value: 0 },
    { label: 'a negative count', path: 'credits.used', value: -1 },
    { label: 'a number for a text', path: 'id', value: 42 },
    { label: 'an empty text', path: 'id', value: '' },
    { label: 'a number for a date', path: 'currentPeriodEnd', value: 1_700_000_000_000 },
    { label: 'a date that is not a date', path: 'currentPeriodEnd', value: 'soon' },
    { label: 'an unknown interval', path: 'plan.interval', value: 'week' },
    { label: 'a number for a currency', path: 'plan.price.currency', value: 840 },
    { label: 'a lower-case currency', path: 'plan.price.currency', value: 'usd' },
    { label: 'an unknown scope', path: 'addOns.0.scope', value: 'team' },
    { label: 'an unknown status', path: 'status', value: 'paused' },
    { label: 'a string boolean', path: 'cancelAtPeriodEnd', value: 'false' },
    { label: 'an object for add-ons', path: 'addOns', value: {} },
  ])('gives a reason for $label at subscription.$path', async ({ path, value }) => {
    const error = await expectBillingError(
      () => parseSubscription(withField(basicSubscription(), path, value)),
      'invalid_response',
    );
    expect(reasonAfter(error.message, `subscription.${path}`)).not.toBe('');
  });

  it('gives a reason for minUnits above maxUnits', async () => {
    const value = basicSubscription({ addOns: [basicCreditsAddOn({ minUnits: 5, maxUnits: 2 })] });
    const error = await expectBillingError(() => parseSubscription(value), 'invalid_response');
    expect(reasonAfter(error.message, 'subscription.addOns.0.maxUnits')).not.toBe('');
  });

  it('gives a reason for an unknown kind of change in a quote', async () => {
    const error = await expectBillingError(() => parseQuote(withField(quote, 'change', 'upgrade')), 'invalid_response');
    expect(reasonAfter(error.message, 'quote.change')).not.toBe('');
  });

  it('names the subscription when an update answers with none', async () => {
    const error = await expectBillingError(() => parseUpdatedSubscription(null), 'invalid_response');
    expect(error.message).toMatch(/subscription/);
  });
});
