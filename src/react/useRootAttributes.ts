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
}

/**
 * The theme and direction of the widget's roots. The direction is worked out here rather than in the
 * provider, so a headless host does not ship it.
 */
export function useRootAttributes(): RootAttributes {
  const { dir, format, theme } = useBillingContext();
  const direction = useMemo(
    () => dir ?? (format.locale ? textDirection(format.locale) : undefined),
    [dir, format.locale],
  );
  return { 'data-theme': theme, dir: direction };
}
