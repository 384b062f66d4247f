'use client';
import { useMemo } from 'react';
import { type TextDirection, textDirection } from '../direction';
import type { BillingTheme } from './BillingContext';
import { useBillingContext } from './BillingContext';

/** The attributes every root of the widget's markup carries (the panel, a stepper or dialog alone, the dialog's portal). */
export interface RootAttributes {
  /** The provider's theme, which the stylesheet reads. */
  'data-theme': BillingTheme;
  /** The provider's `dir`, else its locale's direction, else none (the page's carries on). */
  dir: TextDirection | undefined;
  /**
   * The language of the words: the provider's `messages.lang` (a locale module's tag), `en` for the
   * English defaults, else none (overrides of unknown language leave the page's). Not `locale`,
   * which only formats: English words with German formats are still English.
   */
  lang: string | undefined;
}

/**
 * The theme, direction and language of the widget's roots. The direction is worked out here rather than in the
 * provider, so a headless host does not ship it.
 */
export function useRootAttributes(): RootAttributes {
  const { dir, format, theme, messageOverrides } = useBillingContext();
  const direction = useMemo(
    () => dir ?? (format.locale ? textDirection(format.locale) : undefined),
    [dir, format.locale],
  );
  return { 'data-theme': theme, dir: direction, lang: messageOverrides ? messageOverrides.lang : 'en' };
}
