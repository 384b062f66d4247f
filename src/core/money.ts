import type { Money } from './types';

/** A money amount of zero in `currency`. */
export function zeroMoney(currency: string): Money {
  return { amount: 0, currency };
}

/** `money` times a whole-number factor; stays in integer minor units. */
export function multiplyMoney(money: Money, factor: number): Money {
  if (!Number.isSafeInteger(factor))
    throw new RangeError(`Money can only be multiplied by a whole number, got ${factor}`);
  const amount = money.amount * factor;
  if (!Number.isSafeInteger(amount)) throw new RangeError('Money amount exceeds the safe integer range');
  return { amount, currency: money.currency };
}

/** The sum of amounts in one currency. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new RangeError(`Cannot add ${a.currency} and ${b.currency}`);
  return { amount: a.amount + b.amount, currency: a.currency };
}

const formatters = new Map<string, Intl.NumberFormat>();

/** The number of minor-unit digits of a currency (2 for USD, 0 for JPY), read from Intl. */
export function currencyDigits(currency: string): number {
  return getFormatter('en', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

function getFormatter(locale: string | undefined, currency: string): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats integer minor units for display, e.g. {amount: 1000, currency: 'USD'} → "$10.00".
 * The division happens only here, at the edge, and only to hand Intl a number it rounds itself.
 */
export function formatMoney(money: Money, locale?: string): string {
  const formatter = getFormatter(locale, money.currency);
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  return formatter.format(money.amount / 10 ** digits);
}
