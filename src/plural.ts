/**
 * A word's forms by plural category (`Intl.PluralRules`): `other` always, plus the categories a
 * language's counted words need (`one` in English, all six in Arabic).
 */
export type PluralForms<Category extends Intl.LDMLPluralRule = never> = Record<Category | 'other', string>;

/**
 * The form of a word for a count by the plural rules of `locale`. The type parameter names the
 * categories every call must give (`createPlural<'one'>('de')`); a category the rules select that
 * was not given falls back to `other` (French, Spanish, Italian and Portuguese have `many` for
 * round millions, which in digits take the `other` form).
 */
export function createPlural<Category extends Intl.LDMLPluralRule = never>(
  locale: string,
): (count: number, forms: PluralForms<Category>) => string {
  const rules = new Intl.PluralRules(locale);
  return (count, forms) => (forms as Partial<Record<Intl.LDMLPluralRule, string>>)[rules.select(count)] ?? forms.other;
}
