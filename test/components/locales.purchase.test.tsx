import { screen, waitFor, within } from '@testing-library/react';
import { createMemoryAdapter, currencyDigits } from 'react-billing-widget/core';
import { basicCreditsAddOn, basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import {
  englishPhrases,
  holdsPhrase,
  LOANWORDS,
  LOCALE_TAGS,
  LOCALES,
  type LocaleTag,
  withoutLoanwords,
} from '../support/locales';
import { renderPanel } from '../support/mockBackend';
import { confirmChange, flowNames, openReview, openStepper, outcome } from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';

// A whole purchase in each language of contract section 9, driven by that language's accessible
// names: Upgrade Credits, Increase units, Review, Update Add-On. On the way no English default may
// be left on screen, and money and dates must read as Intl writes them for the locale.

/** A currency customers of each locale pay in, and a unit price in its minor units. */
const PRICES: Record<LocaleTag, { currency: string; unitPrice: number }> = {
  en: { currency: 'USD', unitPrice: 1000 },
  de: { currency: 'EUR', unitPrice: 1000 },
  fr: { currency: 'EUR', unitPrice: 1000 },
  es: { currency: 'EUR', unitPrice: 1000 },
  it: { currency: 'EUR', unitPrice: 1000 },
  nl: { currency: 'EUR', unitPrice: 1000 },
  'pt-BR': { currency: 'BRL', unitPrice: 5000 },
  ja: { currency: 'JPY', unitPrice: 1500 },
  ko: { currency: 'KRW', unitPrice: 13000 },
  'zh-CN': { currency: 'CNY', unitPrice: 7000 },
  ar: { currency: 'SAR', unitPrice: 3800 },
};

/** Scripts without Latin letters: there, any Latin word but a name is English left over. */
const NON_LATIN = new Set<LocaleTag>(['ja', 'ko', 'zh-CN', 'ar']);
const ADD_ON_NAME = 'Generative Credits';
const PLAN_NAME = 'Basic';
const SEATS = 3;
const ENGLISH = englishPhrases();

/** Every piece of text on the page, each text node and accessible attribute on its own. */
function textOnScreen(): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent ?? '');
  for (const element of document.body.querySelectorAll('*')) {
    for (const name of ['aria-label', 'aria-valuetext', 'title', 'placeholder', 'alt']) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
  }
  return texts
    .map((text) => text.replaceAll(ADD_ON_NAME, ' ').replaceAll(PLAN_NAME, ' '))
    .filter((text) => text.trim());
}

function expectNoEnglishLeft(tag: LocaleTag, where: string): void {
  expectReadableText();
  if (tag === 'en') return;
  const texts = textOnScreen();
  const loanwords = new Set(LOANWORDS[tag] ?? []);
  const left = ENGLISH.filter((phrase) => !loanwords.has(phrase)).filter((phrase) =>
    texts.some((text) => holdsPhrase(text, phrase)),
  );
  expect(left, `English defaults on screen in ${where}`).toEqual([]);
  if (NON_LATIN.has(tag)) {
    const latin = texts.flatMap((text) => withoutLoanwords(tag, text).match(/[A-Za-z]{2,}/g) ?? []);
    expect(latin, `Latin words on screen in ${where}`).toEqual([]);
  }
}

/** Whitespace as people see it: Intl puts no-break spaces in money and dates, the DOM queries collapse them. */
const seen = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe.each(LOCALE_TAGS)('a purchase in %s', (tag) => {
  it('runs on its own accessible names, leaves no English default on screen and writes money and dates as Intl does for the locale', async () => {
    const messages = LOCALES[tag];
    const names = flowNames(messages, ADD_ON_NAME);
    const { currency, unitPrice } = PRICES[tag];
    const digits = currencyDigits(currency);
    const money = (minor: number, locale: string = tag) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(minor / 10 ** digits);
    const count = (value: number) => new Intl.NumberFormat(tag).format(value);
    const date = (iso: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'medium' }).format(Date.parse(iso));

    const start = basicSubscription({ seats: SEATS });
    const subscription = basicSubscription({
      seats: SEATS,
      plan: { ...start.plan, price: { amount: unitPrice * 2, currency } },
      addOns: [basicCreditsAddOn({ unitPrice: { amount: unitPrice, currency } })],
    });
    const adapter = createMemoryAdapter({ subscription });
    const { user } = renderPanel({ adapter, locale: tag, messages });

    // The panel: the renewal date as Intl writes it for the locale.
    await screen.findByRole('button', { name: messages.upgradeCredits });
    expect(seen(screen.getByText(messages.renewsLabel).nextElementSibling?.textContent)).toBe(
      seen(date(subscription.currentPeriodEnd)),
    );
    expectNoEnglishLeft(tag, 'the panel');

    // The stepper: one more unit, priced per user.
    const field = await openStepper(user, document.body, names);
    expect(field).toHaveValue('1');
    await user.click(screen.getByRole('button', { name: messages.increaseUnits }));
    expect(field).toHaveValue('2');
    const recurring = messages.perInterval({ amount: money(2 * unitPrice * SEATS), interval: 'month' });
    await waitFor(() => expect(seen(screen.getByTestId('rbw-new-recurring').textContent)).toBe(seen(recurring)));
    expectNoEnglishLeft(tag, 'the stepper');

    // The dialog: due now, credits added now and the new recurring charge, in the locale's formats.
    const dialog = await openReview(user, document.body, names);
    expect(within(dialog).getByRole('button', { name: messages.cancel })).toBeEnabled();
    const dueNow = within(dialog).getByText(messages.dueNow).nextElementSibling;
    expect(seen(dueNow?.textContent)).toContain(seen(money(unitPrice * SEATS)));
    const dialogText = seen(dialog.textContent);
    expect(dialogText).toContain(seen(recurring));
    expect(dialogText).toContain(seen(messages.creditCount({ count: 60 * SEATS, formatted: count(60 * SEATS) })));
    expect(dialogText).toContain(seen(messages.noteChargedNow({ amount: money(unitPrice * SEATS) })));
    if (money(unitPrice * SEATS) !== money(unitPrice * SEATS, 'en-US')) {
      expect(dialogText).not.toContain(seen(money(unitPrice * SEATS, 'en-US')));
    }
    expectNoEnglishLeft(tag, 'the dialog');

    // Update Add-On: charged once, and the outcome announced in the locale.
    await confirmChange(user, dialog, names);
    const units = messages.unitCount({ count: 2, formatted: count(2) });
    expect(seen((await outcome()).textContent)).toBe(
      seen(
        messages.updated({
          change: 'increase',
          addOnName: ADD_ON_NAME,
          units,
          date: date(new Date().toISOString()),
        }),
      ),
    );
    expect(adapter.ledger.map((charge) => charge.amount)).toEqual([{ amount: unitPrice * SEATS, currency }]);
    await waitFor(() =>
      expect(seen(screen.getByText(messages.addOnUnits).nextElementSibling?.textContent)).toBe(seen(units)),
    );
    expectNoEnglishLeft(tag, 'the panel after the update');
  });
});
