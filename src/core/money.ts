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
  const amount = a.amount + b.amount;
  if (!Number.isSafeInteger(amount)) throw new RangeError('Money amount exceeds the safe integer range');
  return { amount, currency: a.currency };
}

// ISO 4217 minor units of the currencies that have other than 2. Intl's locale data (CLDR) shows
// some currencies with fewer digits than they have (IDR, HUF, COP with 0, IQD with 0 instead of 3),
// and an amount in minor units must be read by the standard's count, not by a display habit.
const MINOR_UNITS: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

/** The number of minor-unit digits of a currency by ISO 4217 (2 for USD, 0 for JPY, 3 for KWD). */
export function currencyDigits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

const formatters = new Map<string, Intl.NumberFormat>();

function getFormatter(locale: string | undefined, currency: string): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = currencyDigits(currency);
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Formats integer minor units for display, e.g. {amount: 1000, currency: 'USD'} → "$10.00".
 * Intl gets the amount as an exact decimal string ("10.00"), never a float that a division
 * would have rounded: 9007199254740991 cents stays …740.991, not …740.99.
 */
export function formatMoney(money: Money, locale?: string): string {
  const digits = currencyDigits(money.currency);
  const { amount } = money;
  if (!Number.isSafeInteger(amount)) return '';
  const whole = Math.abs(amount)
    .toString()
    .padStart(digits + 1, '0');
  const decimal = `${amount < 0 ? '-' : ''}${whole.slice(0, whole.length - digits)}${digits ? `.${whole.slice(-digits)}` : ''}`;
  return getFormatter(locale, money.currency).format(decimal as Intl.StringNumericLiteral);
}
