import { screen } from '@testing-library/react';
import { createMemoryAdapter } from 'react-billing-widget/core';
import { describe, expect, it } from 'vitest';
import { AddOnStepper, ConfirmDialog, defaultMessages } from '../../src/index';
import { messages as german } from '../../src/locales/de';
import { messages as japanese } from '../../src/locales/ja';
import { renderPanel, renderWithProvider } from '../support/mockBackend';
import { basic } from '../support/plans';

// Every root of the widget (the panel, a stepper or dialog alone, the dialog portalled out of the
// panel, the live region beside a dialog alone) says which way its text runs: from the provider's
// `dir`, else from its `locale`, else not at all, so the host page's direction carries on.

const adapter = () => createMemoryAdapter({ subscription: basic({ units: 1 }) });

describe('the direction of the widget', () => {
  it.each([
    { locale: 'ar', dir: undefined, expected: 'rtl' },
    { locale: 'ar-EG', dir: undefined, expected: 'rtl' },
    { locale: 'he-IL', dir: undefined, expected: 'rtl' },
    { locale: 'en-US', dir: undefined, expected: 'ltr' },
    { locale: 'de-DE', dir: undefined, expected: 'ltr' },
    { locale: 'ar', dir: 'ltr', expected: 'ltr' },
    { locale: 'en-US', dir: 'rtl', expected: 'rtl' },
  ] as const)('is $expected on the panel for locale $locale and dir $dir', async ({ locale, dir, expected }) => {
    const { container } = renderPanel({ adapter: adapter(), locale, dir });
    await screen.findByRole('button', { name: 'Upgrade Credits' });
    expect(container.querySelector('.rbw-panel')).toHaveAttribute('dir', expected);
  });

  it('is left to the host page without a locale or a dir', async () => {
    const { container } = renderPanel({ adapter: adapter(), locale: undefined });
    await screen.findByRole('button', { name: 'Upgrade Credits' });
    expect(container.querySelector('.rbw-panel')).not.toHaveAttribute('dir');
  });

  it('is set on a stepper alone, and on a dialog alone with its overlay and live region', async () => {
    const { container } = renderWithProvider(
      <>
        <AddOnStepper addOnId="generative-credits" />
        <ConfirmDialog addOnId="generative-credits" units={3} defaultOpen />
      </>,
      { adapter: adapter(), locale: 'ar' },
    );
    const dialog = await screen.findByRole('dialog');
    await screen.findAllByRole('spinbutton');
    expect(dialog).toHaveAttribute('dir', 'rtl');
    expect(document.querySelector('.rbw-overlay')).toHaveAttribute('dir', 'rtl');
    const roots = [...container.querySelectorAll(':scope > .rbw-root')];
    expect(roots).toHaveLength(2); // the stepper's root and the dialog's live region
    for (const root of roots) expect(root).toHaveAttribute('dir', 'rtl');
  });
});

// A screen reader picks its voice from `lang`: German words under an English page would otherwise
// be read with English pronunciation, and the dialog is portalled out to the page's <body>. The
// language is the words' (`messages.lang`), not `locale`'s, which only formats.
describe('the language of the widget', () => {
  it("is the locale module's on the panel and on the dialog portalled out of it", async () => {
    const { container, user } = renderPanel({ adapter: adapter(), locale: 'de-CH', messages: german });
    await user.click(await screen.findByRole('button', { name: german.upgradeCredits }));
    expect(container.querySelector('.rbw-panel')).toHaveAttribute('lang', 'de');
    await user.click(screen.getByRole('button', { name: german.increaseUnits }));
    await user.click(await screen.findByRole('button', { name: german.review }));
    const dialog = await screen.findByRole('dialog');
    expect(container.contains(dialog)).toBe(false);
    expect(dialog).toHaveAttribute('lang', 'de');
  });

  it.each([
    { case: 'the English defaults', locale: 'en-US', messages: undefined, expected: 'en' },
    { case: 'English words with German formats', locale: 'de-DE', messages: undefined, expected: 'en' },
    {
      case: 'a locale spread with one override',
      locale: 'ja',
      messages: { ...japanese, review: '確認' },
      expected: 'ja',
    },
  ])('is $expected for $case', async ({ locale, messages, expected }) => {
    const { container } = renderPanel({ adapter: adapter(), locale, messages });
    await screen.findByRole('button', { name: (messages ?? defaultMessages).upgradeCredits });
    expect(container.querySelector('.rbw-panel')).toHaveAttribute('lang', expected);
  });

  it('is left to the host page for overrides that do not say their language', async () => {
    const { container } = renderPanel({ adapter: adapter(), messages: { upgradeCredits: 'Credits kaufen' } });
    await screen.findByRole('button', { name: 'Credits kaufen' });
    expect(container.querySelector('.rbw-panel')).not.toHaveAttribute('lang');
  });
});
