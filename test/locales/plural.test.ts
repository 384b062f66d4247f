import { createPlural } from 'react-billing-widget/headless';
import { describe, expect, it } from 'vitest';
import { LOCALES, type LocaleTag } from '../support/locales';

const COUNTS = [0, 1, 2, 3, 11, 100] as const;
type Count = (typeof COUNTS)[number];

/** Per locale and count: the unit, credit and user counts as a customer reads them. */
const EXPECTED: Record<LocaleTag, Record<Count, [units: string, credits: string, users: string]>> = {
  en: {
    0: ['0 units', '0 credits', '0 users'],
    1: ['1 unit', '1 credit', '1 user'],
    2: ['2 units', '2 credits', '2 users'],
    3: ['3 units', '3 credits', '3 users'],
    11: ['11 units', '11 credits', '11 users'],
    100: ['100 units', '100 credits', '100 users'],
  },
  de: {
    0: ['0 Einheiten', '0 Credits', '0 Benutzer'],
    1: ['1 Einheit', '1 Credit', '1 Benutzer'],
    2: ['2 Einheiten', '2 Credits', '2 Benutzer'],
    3: ['3 Einheiten', '3 Credits', '3 Benutzer'],
    11: ['11 Einheiten', '11 Credits', '11 Benutzer'],
    100: ['100 Einheiten', '100 Credits', '100 Benutzer'],
  },
  fr: {
    0: ['0 unité', '0 crédit', '0 utilisateur'],
    1: ['1 unité', '1 crédit', '1 utilisateur'],
    2: ['2 unités', '2 crédits', '2 utilisateurs'],
    3: ['3 unités', '3 crédits', '3 utilisateurs'],
    11: ['11 unités', '11 crédits', '11 utilisateurs'],
    100: ['100 unités', '100 crédits', '100 utilisateurs'],
  },
  es: {
    0: ['0 unidades', '0 créditos', '0 usuarios'],
    1: ['1 unidad', '1 crédito', '1 usuario'],
    2: ['2 unidades', '2 créditos', '2 usuarios'],
    3: ['3 unidades', '3 créditos', '3 usuarios'],
    11: ['11 unidades', '11 créditos', '11 usuarios'],
    100: ['100 unidades', '100 créditos', '100 usuarios'],
  },
  it: {
    0: ['0 unità', '0 crediti', '0 utenti'],
    1: ['1 unità', '1 credito', '1 utente'],
    2: ['2 unità', '2 crediti', '2 utenti'],
    3: ['3 unità', '3 crediti', '3 utenti'],
    11: ['11 unità', '11 crediti', '11 utenti'],
    100: ['100 unità', '100 crediti', '100 utenti'],
  },
  nl: {
    0: ['0 eenheden', '0 credits', '0 gebruikers'],
    1: ['1 eenheid', '1 credit', '1 gebruiker'],
    2: ['2 eenheden', '2 credits', '2 gebruikers'],
    3: ['3 eenheden', '3 credits', '3 gebruikers'],
    11: ['11 eenheden', '11 credits', '11 gebruikers'],
    100: ['100 eenheden', '100 credits', '100 gebruikers'],
  },
  'pt-BR': {
    0: ['0 unidade', '0 crédito', '0 usuário'],
    1: ['1 unidade', '1 crédito', '1 usuário'],
    2: ['2 unidades', '2 créditos', '2 usuários'],
    3: ['3 unidades', '3 créditos', '3 usuários'],
    11: ['11 unidades', '11 créditos', '11 usuários'],
    100: ['100 unidades', '100 créditos', '100 usuários'],
  },
  ja: {
    0: ['0ユニット', '0クレジット', '0ユーザー'],
    1: ['1ユニット', '1クレジット', '1ユーザー'],
    2: ['2ユニット', '2クレジット', '2ユーザー'],
    3: ['3ユニット', '3クレジット', '3ユーザー'],
    11: ['11ユニット', '11クレジット', '11ユーザー'],
    100: ['100ユニット', '100クレジット', '100ユーザー'],
  },
  ko: {
    0: ['0단위', '0크레딧', '사용자 0명'],
    1: ['1단위', '1크레딧', '사용자 1명'],
    2: ['2단위', '2크레딧', '사용자 2명'],
    3: ['3단위', '3크레딧', '사용자 3명'],
    11: ['11단위', '11크레딧', '사용자 11명'],
    100: ['100단위', '100크레딧', '사용자 100명'],
  },
  'zh-CN': {
    0: ['0 个单位', '0 积分', '0 位用户'],
    1: ['1 个单位', '1 积分', '1 位用户'],
    2: ['2 个单位', '2 积分', '2 位用户'],
    3: ['3 个单位', '3 积分', '3 位用户'],
    11: ['11 个单位', '11 积分', '11 位用户'],
    100: ['100 个单位', '100 积分', '100 位用户'],
  },
  ar: {
    0: ['0 وحدة', '0 رصيد', '0 مستخدم'],
    1: ['وحدة واحدة', 'رصيد واحد', 'مستخدم واحد'],
    2: ['وحدتان', 'رصيدان', 'مستخدمان'],
    3: ['3 وحدات', '3 أرصدة', '3 مستخدمين'],
    11: ['11 وحدة', '11 رصيدًا', '11 مستخدمًا'],
    100: ['100 وحدة', '100 رصيد', '100 مستخدم'],
  },
};

describe('createPlural', () => {
  it('picks the form of the category Intl.PluralRules selects for the locale', () => {
    const plural = createPlural<'one'>('en');
    expect(plural(1, { one: 'unit', other: 'units' })).toBe('unit');
    expect(plural(0, { one: 'unit', other: 'units' })).toBe('units');
    // French counts 0 as "one", English does not.
    expect(createPlural<'one'>('fr')(0, { one: 'unité', other: 'unités' })).toBe('unité');
  });

  it('falls back to `other` for a category the forms leave out (French "many" for a round million)', () => {
    expect(new Intl.PluralRules('fr').select(1_000_000)).toBe('many');
    expect(createPlural<'one'>('fr')(1_000_000, { one: 'unité', other: 'unités' })).toBe('unités');
  });
});

describe.each(Object.keys(EXPECTED) as LocaleTag[])('counted words in %s', (tag) => {
  const messages = LOCALES[tag];
  const format = new Intl.NumberFormat(tag);
  it.each(COUNTS)('%i takes the form of its plural category', (count) => {
    const args = { count, formatted: format.format(count) };
    expect([messages.unitCount(args), messages.creditCount(args), messages.userCount(args)]).toEqual(
      EXPECTED[tag][count],
    );
  });
});

describe('Arabic', () => {
  it('gives each of its six plural categories its form: zero, one, two, few, many, other', () => {
    const rules = new Intl.PluralRules('ar');
    expect(COUNTS.map((count) => rules.select(count))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    for (const message of [LOCALES.ar.creditCount, LOCALES.ar.userCount]) {
      const [zero, one, two, few, many, other] = COUNTS.map((count) => message({ count, formatted: '#' }));
      // One and two are said in words, without the number; few, many and other each have their own form.
      expect([one, two].filter((form) => form?.includes('#'))).toEqual([]);
      expect(new Set([few, many, other]).size).toBe(3);
      // Zero takes the singular of the hundreds, as in Intl's own Arabic units ("0 يوم", "100 يوم").
      expect(zero).toBe(other);
    }
    const day = new Intl.NumberFormat('ar', { style: 'unit', unit: 'day', unitDisplay: 'long' });
    expect(day.format(0).replace('0', '')).toBe(day.format(100).replace('100', ''));
  });
});
