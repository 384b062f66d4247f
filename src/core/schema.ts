import * as v from 'valibot';
import { BillingError, type BillingErrorOptions } from './errors';
import { seatFactor } from './policy';
import type { AddOnQuote, Subscription } from './types';

// Every value that crosses the adapter boundary is checked here, so the UI can trust
// it: no NaN, no missing field, no float amounts reach a formatter.

const wholeNumber = v.pipe(v.number('must be a number'), v.safeInteger('must be a whole number'));
const count = v.pipe(wholeNumber, v.minValue(0, 'must not be negative'));
const text = v.pipe(v.string('must be a string'), v.minLength(1, 'must not be empty'));
// An add-on id is a path segment of the HTTP API, where "." and ".." would name another path.
const addOnId = v.pipe(
  text,
  v.check((id) => id !== '.' && id !== '..', 'must not be "." or ".."'),
);
/**
 * An ISO 8601 date, or date and time with its time zone (a time without one would be read in each
 * viewer's zone), of a calendar day that exists: `Date` would roll 2025-02-30 over to 2 March.
 */
function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/i.exec(value);
  if (!match || Number.isNaN(Date.parse(value))) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year as number, (month as number) - 1, day));
  return date.getUTCMonth() === (month as number) - 1 && date.getUTCDate() === day;
}

const isoDate = v.pipe(
  v.string('must be an ISO 8601 date string'),
  v.check(isRealDate, 'must be an ISO 8601 date, with a time zone when it has a time'),
);
const interval = v.picklist(['month', 'year'], 'must be "month" or "year"');

const moneySchema = v.object({
  amount: count,
  currency: v.pipe(v.string('must be a string'), v.regex(/^[A-Z]{3}$/, 'must be an upper-case ISO 4217 code')),
});

const addOnSchema = v.pipe(
  v.object({
    id: addOnId,
    name: text,
    creditsPerUnit: count,
    unitPrice: moneySchema,
    scope: v.picklist(['per_seat', 'shared'], 'must be "per_seat" or "shared"'),
    interval,
    units: count,
    scheduledUnits: v.nullable(count),
    minUnits: count,
    maxUnits: count,
  }),
  v.forward(
    v.check((addOn) => addOn.minUnits <= addOn.maxUnits, 'must not be below minUnits'),
    ['maxUnits'],
  ),
  // A scheduled change is a decrease from the units in effect; anything else would be shown and
  // quoted as a "decrease" that is not one.
  v.forward(
    v.check(
      (addOn) => addOn.scheduledUnits === null || addOn.scheduledUnits < addOn.units,
      'must be below units (a scheduled decrease), or null',
    ),
    ['scheduledUnits'],
  ),
);

/** The first add-on id listed twice, if any: quotes, drafts and rows are keyed by id. */
function repeatedAddOnId(addOns: readonly { id: string }[]): string | undefined {
  return addOns.find((addOn, index) => addOns.findIndex((other) => other.id === addOn.id) !== index)?.id;
}

/** Every charge and credit total an add-on can reach (its maxUnits, times the seats when per seat) is an exact integer. */
function withinExactRange(subscription: Pick<Subscription, 'seats' | 'addOns'>): boolean {
  return subscription.addOns.every((addOn) => {
    const factor = addOn.maxUnits * seatFactor(addOn, subscription.seats);
    return Number.isSafeInteger(addOn.unitPrice.amount * factor) && Number.isSafeInteger(addOn.creditsPerUnit * factor);
  });
}

/** The schema of a `Subscription` (valibot). */
export const subscriptionSchema = v.pipe(
  v.object({
    id: text,
    status: v.picklist(['active', 'trialing', 'past_due', 'canceled'], 'must be a known subscription status'),
    cancelAtPeriodEnd: v.boolean('must be true or false'),
    plan: v.object({
      id: text,
      name: text,
      interval,
      price: moneySchema,
      includedCredits: count,
    }),
    seats: v.pipe(wholeNumber, v.minValue(1, 'must be at least 1')),
    currentPeriodStart: isoDate,
    currentPeriodEnd: isoDate,
    credits: v.object({ included: count, addOn: count, used: count, resetsAt: isoDate }),
    addOns: v.array(addOnSchema, 'must be an array'),
  }),
  v.forward(
    v.check(
      (subscription) => repeatedAddOnId(subscription.addOns) === undefined,
      (issue) => `must not list an add-on twice ("${repeatedAddOnId((issue.input as Subscription).addOns)}")`,
    ),
    ['addOns'],
  ),
  // Beyond 2^53 minor units figures would be rounded, or refused halfway through a change.
  v.forward(
    v.check(
      (subscription) => withinExactRange(subscription),
      'would reach charges or credits too large to compute exactly',
    ),
    ['addOns'],
  ),
);

/** The schema of an `AddOnQuote` (valibot). */
export const quoteSchema = v.object({
  id: text,
  addOnId,
  currentUnits: count,
  units: count,
  change: v.picklist(['increase', 'decrease', 'restore', 'none'], 'must be a known kind of change'),
  dueNow: moneySchema,
  creditsNow: count,
  recurring: moneySchema,
  effectiveAt: isoDate,
  expiresAt: isoDate,
});

/** An `invalid_response` error in the one wording of a value the billing service sent that cannot be used. */
export function invalidResponse(what: string, detail: string, options?: BillingErrorOptions): BillingError {
  return new BillingError('invalid_response', `Invalid ${what} from the billing service: ${detail}`, options);
}

function parseOrThrow<T>(schema: v.GenericSchema<unknown, T>, value: unknown, what: string): T {
  const result = v.safeParse(schema, value, { abortPipeEarly: true });
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  const field = path ? `${what}.${path}` : what;
  // valibot's own messages quote the received value ("received undefined", "received NaN"), and this
  // text is shown to customers; name the problem instead.
  const reason =
    issue.input === undefined
      ? 'is missing'
      : issue.message.startsWith('Invalid ')
        ? 'has the wrong type'
        : issue.message;
  throw invalidResponse(what, `${field} ${reason}`, { cause: result.issues });
}

/** Validates a subscription (or `null`, meaning none); throws `BillingError('invalid_response')` naming the field. */
export function parseSubscription(value: unknown): Subscription | null {
  if (value === null) return null;
  return parseOrThrow(subscriptionSchema, value, 'subscription');
}

/** Validates the subscription an update answers with; it cannot be `null`. */
export function parseUpdatedSubscription(value: unknown): Subscription {
  const subscription = parseSubscription(value);
  if (!subscription) throw invalidResponse('response', 'the updated subscription is missing.');
  return subscription;
}

/** Validates a quote; throws `BillingError('invalid_response')` naming the field. */
export function parseQuote(value: unknown): AddOnQuote {
  return parseOrThrow(quoteSchema, value, 'quote');
}
