import { describe, expect, it } from 'vitest';
import { addMoney, currencyDigits, formatMoney, multiplyMoney, zeroMoney } from '../../src/core/money';

describe('formatMoney', () => {
  it.each([
    { money: { amount: 1000, currency: 'USD' }, locale: 'en-US', text: '$10.00' },
    { money: { amount: 123456, currency: 'USD' }, locale: 'en-US', text: '$1,234.56' },
    { money: { amount: 5, currency: 'USD' }, locale: 'en-US', text: '$0.05' },
    { money: { amount: 0, currency: 'USD' }, locale: 'en-US', text: '$0.00' },
    { money: { amount: 1050, currency: 'EUR' }, locale: 'de-DE', text: '10,50\u00a0€' },
    { money: { amount: 123456, currency: 'EUR' }, locale: 'de-DE', text: '1.234,56\u00a0€' },
    { money: { amount: 500, currency: 'JPY' }, locale: 'en-US', text: '¥500' },
    { money: { amount: 123456, currency: 'JPY' }, locale: 'en-US', text: '¥123,456' },
  ])('formats $money.amount minor units of $money.currency in $locale as $text', ({ money, locale, text }) => {
    expect(formatMoney(money, locale)).toBe(text);
  });

  it('reads minor units by the currency: JPY has none, USD two, KWD three', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('KWD')).toBe(3);
    expect(formatMoney({ amount: 1234, currency: 'KWD' }, 'en-US')).toMatch(/1\.234$/);
  });

  it('formats the same currency differently per locale', () => {
    const money = { amount: 1000, currency: 'EUR' };
    expect(formatMoney(money, 'en-US')).toBe('€10.00');
    expect(formatMoney(money, 'de-DE')).toBe('10,00\u00a0€');
  });
});

describe('minor units by ISO 4217, not by how Intl displays a currency', () => {
  it.each([
    ['IDR', 2, 100_000, 'IDR 1,000.00'],
    ['HUF', 2, 150_000, 'HUF 1,500.00'],
    ['COP', 2, 1_234_567, 'COP 12,345.67'],
    ['IQD', 3, 12_500, 'IQD 12.500'],
    ['JPY', 0, 1_000, '¥1,000'],
    ['KWD', 3, 12_345, 'KWD 12.345'],
  ])('reads %s amounts with %i digits', (currency, digits, amount, shown) => {
    expect(currencyDigits(currency)).toBe(digits);
    expect(formatMoney({ amount, currency }, 'en-US').replace(/\u00a0/g, ' ')).toBe(shown);
  });

  it('formats the largest exact amounts to the last minor unit, without float rounding', () => {
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'KWD' }, 'en-US').replace(/\u00a0/g, ' ')).toBe(
      'KWD 9,007,199,254,740.991',
    );
    expect(formatMoney({ amount: -1050, currency: 'USD' }, 'en-US')).toBe('-$10.50');
  });

  it('shows nothing rather than NaN or Infinity for an amount that is no exact integer', () => {
    expect(formatMoney({ amount: Number.NaN, currency: 'USD' }, 'en-US')).toBe('');
    expect(formatMoney({ amount: Number.POSITIVE_INFINITY, currency: 'USD' }, 'en-US')).toBe('');
    expect(formatMoney({ amount: 2 ** 53, currency: 'USD' }, 'en-US')).toBe('');
  });
});

describe('multiplyMoney', () => {
  it.each([
    { factor: 3, amount: 3000 },
    { factor: 1, amount: 1000 },
    { factor: 0, amount: 0 },
  ])('multiplies 1000 cents by $factor to $amount cents', ({ factor, amount }) => {
    expect(multiplyMoney({ amount: 1000, currency: 'USD' }, factor)).toEqual({ amount, currency: 'USD' });
  });

  it.each([1.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects the non-integer factor %s', (factor) => {
    expect(() => multiplyMoney({ amount: 1000, currency: 'USD' }, factor)).toThrow(RangeError);
  });

  it('rejects a product beyond the safe integer range', () => {
    expect(() => multiplyMoney({ amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, 2)).toThrow(RangeError);
  });
});

describe('addMoney and zeroMoney', () => {
  it('adds amounts of one currency', () => {
    expect(addMoney({ amount: 1000, currency: 'USD' }, { amount: 250, currency: 'USD' })).toEqual({
      amount: 1250,
      currency: 'USD',
    });
  });

  it('refuses to add different currencies', () => {
    expect(() => addMoney({ amount: 1000, currency: 'USD' }, { amount: 1000, currency: 'EUR' })).toThrow(RangeError);
  });

  it('makes a zero amount in a currency', () => {
    expect(zeroMoney('EUR')).toEqual({ amount: 0, currency: 'EUR' });
  });
});
