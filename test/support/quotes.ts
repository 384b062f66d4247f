import type { AddOnQuote } from '../../src/core/types';

/** A valid quote, as the memory engine prices Basic (3 users) from 1 to 3 units. */
export function sampleQuote(overrides: Partial<AddOnQuote> = {}): AddOnQuote {
  return {
    id: 'quote_1',
    addOnId: 'generative-credits',
    currentUnits: 1,
    units: 3,
    change: 'increase',
    dueNow: { amount: 6000, currency: 'USD' },
    creditsNow: 360,
    recurring: { amount: 9000, currency: 'USD' },
    effectiveAt: '2025-03-14T12:00:00.000Z',
    expiresAt: '2025-03-14T12:10:00.000Z',
    ...overrides,
  };
}
