import { LOCALES, type LocaleTag } from '../../demo/locales';

// Every locale of contract section 9 by its tag, imported the way a host imports it (the demo's list).
export { LOCALES, type LocaleTag };

/** The tags, in the contract's order. */
export const LOCALE_TAGS = Object.keys(LOCALES) as LocaleTag[];

/** The translations: every locale but English. */
export const TRANSLATED_TAGS = LOCALE_TAGS.filter((tag) => tag !== 'en');

/** A message's place in `BillingMessages`: `review`, `errors.conflict`, `stateSentence.active`. */
export type MessagePath = string;

/** Every leaf of a messages object (strings and functions), by path, nested groups included. */
export function messageLeaves(messages: object, prefix = ''): [MessagePath, unknown][] {
  return Object.entries(messages).flatMap(([key, value]): [MessagePath, unknown][] =>
    value !== null && typeof value === 'object'
      ? messageLeaves(value, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}

const date = 'DATE';
const counts = [0, 1, 2, 3, 11, 100].map((count) => ({ count, formatted: `${count}` }));

/**
 * Arguments to call each message function with: every value of the enumerations a message switches
 * on (interval, change), counts of every plural category, and placeholders for formatted values.
 */
export const SAMPLE_ARGS: Record<MessagePath, readonly Record<string, string | number>[]> = {
  unitsLabel: [{ addOnName: 'ADDON' }],
  unitCount: counts,
  creditCount: counts,
  userCount: counts,
  perSeatArithmetic: [{ units: 'UNITS', unitPrice: 'PRICE', users: 'USERS', total: 'TOTAL' }],
  sharedArithmetic: [{ units: 'UNITS', unitPrice: 'PRICE', total: 'TOTAL' }],
  perInterval: [
    { amount: 'AMOUNT', interval: 'month' },
    { amount: 'AMOUNT', interval: 'year' },
  ],
  billingCycle: [{ interval: 'month' }, { interval: 'year' }],
  creditsResets: [{ date }],
  scheduledDecrease: [{ units: 'UNITS', date }],
  'stateSentence.active': [{ date }],
  'stateSentence.trialing': [{ date }],
  'stateSentence.cancelAtPeriodEnd': [{ date }],
  errorDetails: [{ detail: 'DETAIL' }],
  stepperSummary: [{ units: 'UNITS', recurring: 'RECURRING', dueNow: 'AMOUNT' }],
  unitsOutOfRange: [{ min: 0, max: 10 }],
  decreaseStarts: [{ date }],
  changeSummary: ['increase', 'decrease', 'restore', 'none'].map((change) => ({
    change,
    addOnName: 'ADDON',
    from: 'FROM',
    to: 'TO',
    date,
  })),
  noteNoRollover: [{ interval: 'month' }, { interval: 'year' }],
  noteDecreaseWaits: [{ date }],
  noteEndsWithSubscription: [{ date }],
  noteChargedNow: [{ amount: 'AMOUNT' }],
  noteChargedNowProrated: [{ amount: 'AMOUNT', full: 'FULL' }],
  timelinePeriod: ['current', 'next', 'ended', 'unchanged'].map((period) => ({ period, date })),
  timelineCreditsAdded: [{ credits: 'CREDITS' }],
  timelineChargedNow: [{ amount: 'AMOUNT' }],
  updated: ['increase', 'decrease', 'restore', 'none'].map((change) => ({
    change,
    addOnName: 'ADDON',
    units: 'UNITS',
    date,
  })),
};

/** Arguments that choose among a message's sentences rather than being shown in them. */
export const SELECTOR_ARGS = new Set(['interval', 'change', 'count', 'period']);

/** What a message reads as: the string itself, or the function called with each of its sample arguments. */
export function renderings(
  path: MessagePath,
  value: unknown,
): { args?: Record<string, string | number>; text: string }[] {
  if (typeof value === 'string') return [{ text: value }];
  if (typeof value !== 'function') throw new Error(`${path} is neither a string nor a function`);
  const samples = SAMPLE_ARGS[path];
  if (!samples) throw new Error(`No sample arguments for ${path}: add them to SAMPLE_ARGS`);
  return samples.map((args) => ({ args, text: String((value as (args: object) => unknown)(args)) }));
}

/**
 * Words a language takes from English unchanged ("Credits" and "Add-ons" in German, "Plan" in
 * Spanish): its text may show them where the English defaults do.
 */
export const LOANWORDS: Partial<Record<LocaleTag, readonly string[]>> = {
  de: ['Credits', 'Add-ons'],
  nl: ['credit', 'credits', 'Credits', 'Add-ons'],
  es: ['Plan'],
};

/** Messages that only arrange the values they are given ("2 units × $10.00 = $20.00"). */
export const LANGUAGE_NEUTRAL: ReadonlySet<MessagePath> = new Set(['perSeatArithmetic', 'sharedArithmetic']);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `text` holds `phrase` as whole words (not inside a longer word). */
export function holdsPhrase(text: string, phrase: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** `text` with the tag's loanwords taken out. */
export function withoutLoanwords(tag: LocaleTag, text: string): string {
  return (LOANWORDS[tag] ?? []).reduce(
    (rest, word) => rest.replace(new RegExp(`(?<!\\p{L})${escape(word)}(?!\\p{L})`, 'gu'), ' '),
    text,
  );
}

/**
 * The English defaults' own words: every string, and the literal text of every template with the
 * values it was given cut out ("Resets on", "month", "units"), as phrases of at least four letters
 * (shorter ones, "on" or "to", are words of other languages too).
 */
export function englishPhrases(): string[] {
  const phrases = new Set<string>();
  for (const [path, value] of messageLeaves(LOCALES.en)) {
    for (const { args, text } of renderings(path, value)) {
      const inserted = Object.entries(args ?? {})
        .filter(([name]) => !SELECTOR_ARGS.has(name))
        .map(([, shown]) => String(shown));
      const pieces = inserted.reduce((parts, shown) => parts.flatMap((part) => part.split(shown)), [text]);
      for (const piece of pieces.flatMap((part) => part.split(/\d+/))) {
        const phrase = piece.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
        if ((phrase.match(/\p{L}/gu) ?? []).length >= 4) phrases.add(phrase);
      }
    }
  }
  return [...phrases];
}
