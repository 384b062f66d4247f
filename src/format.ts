import { formatMoney, type Money } from './core';

/** Locale-bound formatters for money, dates and counts; the only place numbers become text. */
export interface BillingFormatters {
  locale: string | undefined;
  money: (money: Money) => string;
  date: (iso: string) => string;
  count: (value: number) => string;
}

/** Builds the formatters for a locale (the browser's when undefined). */
export function createFormatters(locale?: string): BillingFormatters {
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const countFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    locale,
    money: (money) => formatMoney(money, locale),
    date: (iso) => {
      const time = Date.parse(iso);
      return Number.isNaN(time) ? '' : dateFormat.format(time);
    },
    count: (value) => (Number.isFinite(value) ? countFormat.format(value) : ''),
  };
}
