import { describe, expect, it } from 'vitest';
import { addMoney } from '../../src/core/money';

describe('addMoney keeps sums exact', () => {
  it('refuses a sum past 2^53 minor units rather than returning a rounded amount', () => {
    const largest = { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' };
    expect(() => addMoney(largest, { amount: 1, currency: 'USD' })).toThrow(RangeError);
    expect(() => addMoney(largest, largest)).toThrow(RangeError);
  });

  it('adds up to the largest exact amount', () => {
    expect(addMoney({ amount: Number.MAX_SAFE_INTEGER - 1, currency: 'USD' }, { amount: 1, currency: 'USD' })).toEqual({
      amount: Number.MAX_SAFE_INTEGER,
      currency: 'USD',
    });
  });
});
