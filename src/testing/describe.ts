import { formatMoney } from '../core/money';
import type { AddOn, Money } from '../core/types';

// How figures read in a check's detail: money as a person reads it, with the minor units a
// developer compares; dates as days.

/** `$30.00 (3000 USD minor units)`. */
export function money(value: Money): string {
  return `${formatMoney(value, 'en-US')} (${value.amount} ${value.currency} minor units)`;
}

/** `$30.00`. */
export function shortMoney(value: Money): string {
  return formatMoney(value, 'en-US');
}

/** `1 unit`, `3 units`. */
export function unitCount(units: number): string {
  return `${units} ${units === 1 ? 'unit' : 'units'}`;
}

/** The arithmetic of a charge for `units`: `2 units × $10.00 × 3 seats` or `2 units × $30.00`. */
export function chargeArithmetic(addOn: AddOn, units: number, seats: number): string {
  const perSeat = addOn.scope === 'per_seat' ? ` × ${seats} ${seats === 1 ? 'seat' : 'seats'}` : '';
  return `${unitCount(units)} × ${shortMoney(addOn.unitPrice)}${perSeat}`;
}

/** The day of an ISO 8601 date: `2026-01-31`. */
export function day(iso: string): string {
  return iso.slice(0, 10);
}
