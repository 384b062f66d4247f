import { screen } from '@testing-library/react';
import { createMemoryAdapter } from 'react-billing-widget/core';
import { describe, expect, it } from 'vitest';
import { AddOnStepper, ConfirmDialog } from '../../src/index';
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
