import { describe, expect, it } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { parseSubscription } from '../../src/core/schema';
import { withField } from '../support/malformed';
import { expectBillingError } from './expectBillingError';

// Dates reach the screen as the renewal date and the reset date: only ISO 8601 strings of a real
// calendar date get through, not whatever the JavaScript date parser happens to make sense of.

describe('dates at the adapter boundary', () => {
  it.each([
    { label: 'a weekday before the date', value: 'Mon 2025-03-03' },
    { label: 'text before the date', value: 'renews 2025-03-01' },
    { label: 'a US-style date', value: '03/01/2025' },
    { label: 'a date in words', value: 'March 1, 2025' },
    { label: 'a real day with an impossible hour', value: '2025-03-01T25:00:00Z' },
    { label: 'a real day followed by text', value: '2025-03-01 next tuesday' },
    { label: 'a real day followed by a comma', value: '2025-03-01,' },
    { label: 'a 12-hour time', value: '2025-03-01 1:00 PM' },
    // Read in each viewer's own time zone, so the renewal date would differ from one customer to the next.
    { label: 'a time without a time zone', value: '2025-03-01T00:00:00' },
  ])('refuses $label ("$value") with invalid_response', async ({ value }) => {
    const error = await expectBillingError(
      () => parseSubscription(withField(basicSubscription(), 'currentPeriodEnd', value)),
      'invalid_response',
    );
    expect(error.message).toContain('subscription.currentPeriodEnd ');
  });

  it.each([
    '2025-03-01',
    '2025-03-01T00:00:00Z',
    '2025-03-01T23:59:59.999Z',
    '2025-03-01T09:30:00+02:00',
    '2025-03-01T09:30Z',
    '2025-03-01t09:30:00z',
  ])('accepts the ISO 8601 date "%s"', (value) => {
    expect(parseSubscription(withField(basicSubscription(), 'currentPeriodEnd', value))?.currentPeriodEnd).toBe(value);
  });
});
