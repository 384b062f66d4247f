import fc from 'fast-check';
import { basicSubscription, teamSubscription } from '../../mocks/scenarios';
import type { AddOnQuote, Subscription } from '../../src/core/types';

// Generators of values that must fail validation at the adapter boundary: a valid subscription or
// quote with one to three fields replaced by a value that field can never hold, or missing; or junk.

/** Marks a field to delete rather than replace. */
export const MISSING = Symbol('missing');
type Bad = unknown;

const notAnObject: Bad[] = [null, 'x', 0, 1, true, [], Number.NaN, ''];
const badText: Bad[] = [MISSING, '', 0, 42, null, {}, [], true, Number.NaN];
const badCount: Bad[] = [MISSING, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1', null, {}, [], 2 ** 60, true];
const badDate: Bad[] = [MISSING, '', 'tomorrow', '2024-13-45T00:00:00Z', 'NaN', 1_700_000_000_000, null, {}, []];
const badCurrency: Bad[] = [MISSING, 'usd', 'US', 'DOLLARS', '', 840, null, {}];
const badBoolean: Bad[] = [MISSING, 'true', 1, 0, null, {}];
const badArray: Bad[] = [MISSING, {}, 'x', null, 1, Number.NaN];
const badPick = (...extra: Bad[]): Bad[] => [MISSING, '', null, 1, {}, ...extra];

type FieldPool = [path: string, pool: Bad[]];

const moneyFields = (at: string): FieldPool[] => [
  [at, notAnObject],
  [`${at}.amount`, badCount],
  [`${at}.currency`, badCurrency],
];

const addOnFields = (at: string): FieldPool[] => [
  [at, notAnObject],
  [`${at}.id`, badText],
  [`${at}.name`, badText],
  [`${at}.creditsPerUnit`, badCount],
  ...moneyFields(`${at}.unitPrice`),
  [`${at}.scope`, badPick('global', 'PER_SEAT')],
  [`${at}.interval`, badPick('week', 'Month')],
  [`${at}.units`, badCount],
  [`${at}.scheduledUnits`, badCount.filter((value) => value !== null)],
  [`${at}.minUnits`, badCount],
  [`${at}.maxUnits`, badCount],
];

const SUBSCRIPTION_FIELDS: FieldPool[] = [
  ['id', badText],
  ['status', badPick('paused', 'ACTIVE', 'cancelled')],
  ['cancelAtPeriodEnd', badBoolean],
  ['plan', notAnObject],
  ['plan.id', badText],
  ['plan.name', badText],
  ['plan.interval', badPick('week')],
  ...moneyFields('plan.price'),
  ['plan.includedCredits', badCount],
  ['seats', [...badCount, 0]],
  ['currentPeriodStart', badDate],
  ['currentPeriodEnd', badDate],
  ['credits', notAnObject],
  ['credits.included', badCount],
  ['credits.addOn', badCount],
  ['credits.used', badCount],
  ['credits.resetsAt', badDate],
  ['addOns', badArray],
  ...addOnFields('addOns.0'),
];

const QUOTE_FIELDS: FieldPool[] = [
  ['id', badText],
  ['addOnId', badText],
  ['currentUnits', badCount],
  ['units', badCount],
  ['change', badPick('upgrade', 'INCREASE')],
  ...moneyFields('dueNow'),
  ['creditsNow', badCount],
  ...moneyFields('recurring'),
  ['effectiveAt', badDate],
  ['expiresAt', badDate],
];

/** Sets the value at the dot `path` in place, or deletes it when `value` is `MISSING`; a non-object parent on the way leaves `target` as it is. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    // An earlier mutation already replaced a parent with a non-object: the value stays invalid.
    if (typeof next !== 'object' || next === null) return;
    node = next as Record<string, unknown>;
  }
  const last = keys[keys.length - 1] as string;
  if (value === MISSING) delete node[last];
  else node[last] = value;
}

/** A deep copy of `value` with the value at the dot `path` replaced, or deleted when `next` is `MISSING`. */
export function withField(value: object, path: string, next: unknown): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  setPath(copy, path, next);
  return copy;
}

const mutation = (fields: FieldPool[]) =>
  fc.constantFrom(...fields).chain(([path, pool]) => fc.tuple(fc.constant(path), fc.constantFrom(...pool)));

function mutated<T>(base: fc.Arbitrary<T>, fields: FieldPool[]): fc.Arbitrary<unknown> {
  return fc.tuple(base, fc.array(mutation(fields), { minLength: 1, maxLength: 3 })).map(([value, changes]) => {
    const copy = structuredClone(value) as Record<string, unknown>;
    // Apply deepest paths first so a replaced parent never hides a child's change.
    const ordered = [...changes].sort(([a], [b]) => b.split('.').length - a.split('.').length);
    for (const [path, bad] of ordered) setPath(copy, path, bad);
    return copy;
  });
}

/** Valid subscriptions to start from. */
export const validSubscription: fc.Arbitrary<Subscription> = fc
  .tuple(fc.boolean(), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 10 }))
  .map(([team, seats, units]) => {
    const base = team ? teamSubscription({ seats }) : basicSubscription({ seats });
    return { ...base, addOns: base.addOns.map((addOn) => ({ ...addOn, units })) };
  });

/** A valid quote to start from. */
export const validQuote: fc.Arbitrary<AddOnQuote> = fc
  .tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 10 }))
  .map(([currentUnits, units]) => ({
    id: 'quote_1',
    addOnId: 'generative-credits',
    currentUnits,
    units,
    change: units > currentUnits ? 'increase' : units < currentUnits ? 'decrease' : 'none',
    dueNow: { amount: Math.max(0, units - currentUnits) * 3000, currency: 'USD' },
    creditsNow: Math.max(0, units - currentUnits) * 180,
    recurring: { amount: units * 3000, currency: 'USD' },
    effectiveAt: '2026-01-01T00:00:00.000Z',
    expiresAt: '2026-01-01T00:10:00.000Z',
  }));

/** Minimum above maximum: each field fine alone, the add-on impossible. */
const invertedBounds = validSubscription.map((subscription) => ({
  ...subscription,
  addOns: subscription.addOns.map((addOn) => ({ ...addOn, minUnits: 5, maxUnits: 2 })),
}));

/** Top-level junk: anything that is not an object (null excluded for subscriptions: it means "none"). */
const junk = fc.oneof(
  fc.constantFrom<unknown>(undefined, Number.NaN, 0, '', 'subscription', true, [], [{}], () => 1),
  fc.string(),
  fc.double(),
  fc.array(fc.anything(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 1 }), { maxKeys: 4 }),
);

/** Subscriptions that must be refused with `invalid_response`. */
export const malformedSubscription: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: mutated(validSubscription, SUBSCRIPTION_FIELDS) },
  { weight: 1, arbitrary: invertedBounds },
  { weight: 1, arbitrary: junk },
);

/** Quotes that must be refused with `invalid_response`. */
export const malformedQuote: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: mutated(validQuote, QUOTE_FIELDS) },
  { weight: 1, arbitrary: fc.oneof(junk, fc.constant(null)) },
);
