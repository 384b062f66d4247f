import type { BillingMessages } from 'react-billing-widget/headless';
import { describe, expect, it } from 'vitest';
import {
  LANGUAGE_NEUTRAL,
  LOCALES,
  type LocaleTag,
  messageLeaves,
  renderings,
  SELECTOR_ARGS,
  TRANSLATED_TAGS,
  withoutLoanwords,
} from '../support/locales';
import { expectFormatted } from '../support/readableText';

const english = LOCALES.en;
/** What each English message reads as, by path: one text per sample of its arguments. */
const englishReadings = new Map(messageLeaves(english).map(([path, value]) => [path, renderings(path, value)]));

/** Each leaf's path and kind ("string" or "function"), sorted. */
const shape = (messages: object) =>
  messageLeaves(messages)
    .map(([path, value]) => `${path}: ${typeof value}`)
    .sort();

describe('every locale', () => {
  it('en is the English defaults themselves', async () => {
    const { defaultMessages } = await import('react-billing-widget');
    expect(english).toBe(defaultMessages);
  });

  // The widget's roots carry it as `lang`: a screen reader reads the words with its voice.
  it.each(Object.keys(LOCALES) as LocaleTag[])('%s says it is in its own language', (tag) => {
    expect(LOCALES[tag].lang).toBe(tag);
  });

  it.each(TRANSLATED_TAGS)('%s has exactly the keys of the English defaults, nested groups included', (tag) => {
    expect(shape(LOCALES[tag])).toEqual(shape(english));
  });

  it.each(Object.keys(LOCALES) as LocaleTag[])(
    '%s reads as text for sample arguments: nothing empty, unformatted or left out',
    (tag) => {
      for (const [path, value] of messageLeaves(LOCALES[tag])) {
        renderings(path, value).forEach(({ args, text }, index) => {
          const where = `${tag} ${path}${args ? ` ${JSON.stringify(args)}` : ''}`;
          expect(text.trim(), where).not.toBe('');
          expectFormatted(text, where);
          // Every value the English sentence shows, the translation shows too (a count's number
          // excepted: Arabic says one and two in words).
          const shownInEnglish = englishReadings.get(path)?.[index]?.text ?? '';
          for (const [name, shown] of Object.entries(args ?? {})) {
            if (SELECTOR_ARGS.has(name) || name === 'formatted' || !shownInEnglish.includes(String(shown))) continue;
            expect(text, `${where} leaves out ${name}`).toContain(String(shown));
          }
        });
      }
    },
  );

  it.each(TRANSLATED_TAGS)('%s translates every message: none reads as its English default', (tag) => {
    const untranslated: string[] = [];
    for (const [path, value] of messageLeaves(LOCALES[tag])) {
      if (LANGUAGE_NEUTRAL.has(path)) continue;
      renderings(path, value).forEach(({ text }, index) => {
        const same = text === englishReadings.get(path)?.[index]?.text;
        // A loanword alone ("Add-ons" as a German heading, "2 credits" in Dutch) is the translation.
        const onlyLoanwords = !/\p{L}{2,}/u.test(withoutLoanwords(tag, text).replace(/\b[A-Z]{2,}\b/g, ''));
        if (same && !onlyLoanwords) untranslated.push(`${path}: ${text}`);
      });
    }
    expect(untranslated).toEqual([]);
  });

  it('a locale missing a message, or a message of a nested group, is refused by the type checker', () => {
    const { review: _review, ...withoutReview } = LOCALES.de;
    // @ts-expect-error: `review` is missing
    const missingTop: BillingMessages = withoutReview;
    const { conflict: _conflict, ...errorsWithoutConflict } = LOCALES.de.errors;
    // @ts-expect-error: `errors.conflict` is missing
    const missingNested: BillingMessages = { ...LOCALES.de, errors: errorsWithoutConflict };
    // The same gaps, as the key comparison above sees them.
    expect(shape(missingTop)).not.toEqual(shape(english));
    expect(shape(missingNested)).not.toEqual(shape(english));
  });
});
