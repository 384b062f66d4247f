import type { BillingFormatters } from './format';
import type { BillingMessageOverrides, BillingMessages } from './messageTypes';
import { createPlural } from './plural';

/** The strings the headless hooks need themselves: the stepper's accessible names and the outcome. */
export type HookMessages = Pick<
  BillingMessages,
  | 'unitsLabel'
  | 'increaseUnits'
  | 'decreaseUnits'
  | 'unitCount'
  | 'unitsOutOfRange'
  | 'increaseNotAllowed'
  | 'changeNotAllowed'
  | 'updated'
>;

const plural = createPlural<'one'>('en');

/** An English count message ("1 unit", "2 units"): the formatted count and the word's form for it. */
export const englishCount =
  (one: string, other: string): BillingMessages['unitCount'] =>
  ({ count, formatted }) =>
    `${formatted} ${plural(count, { one, other })}`;

/** A count in words ("2 units"): the message gets the raw count (for plurals) and its locale form. */
export function countText(
  message: HookMessages['unitCount'],
  format: Pick<BillingFormatters, 'count'>,
  count: number,
): string {
  return message({ count, formatted: format.count(count) });
}

// Kept apart from the panel's and dialog's words so a host on `/headless` ships only these.
/** The English defaults of the hooks' strings; part of `defaultMessages`. */
export const hookMessages: HookMessages = {
  unitsLabel: ({ addOnName }) => `${addOnName} units`,
  increaseUnits: 'Increase units',
  decreaseUnits: 'Decrease units',
  unitCount: englishCount('unit', 'units'),
  unitsOutOfRange: ({ min, max }) => `Enter a whole number from ${min} to ${max}.`,
  increaseNotAllowed: 'Credits can be added again once the subscription is paid up.',
  changeNotAllowed: 'This subscription is canceled, so its add-ons cannot be changed.',
  updated: ({ change, addOnName, units, date }) =>
    ({
      increase: `${addOnName} updated: you now have ${units}.`,
      decrease: `${addOnName} updated: ${units} from ${date}.`,
      restore: `${addOnName} updated: the scheduled change was cancelled; you keep ${units}.`,
      none: `${addOnName} is unchanged.`,
    })[change],
};

const merged = new WeakMap<BillingMessageOverrides, HookMessages>();

/** The hooks' strings with a provider's overrides on top. */
export function resolveHookMessages(overrides: BillingMessageOverrides | undefined): HookMessages {
  if (!overrides) return hookMessages;
  let messages = merged.get(overrides);
  if (!messages) {
    messages = { ...hookMessages, ...overrides };
    merged.set(overrides, messages);
  }
  return messages;
}
