'use client';
import { useMemo } from 'react';
import { type TextDirection, textDirection } from '../direction';
import { useBillingContext } from './BillingContext';

/**
 * The `dir` of the widget's roots: the provider's `dir`, else its locale's direction, else none (the
 * page's carries on). Worked out here rather than in the provider, so a headless host does not ship it.
 */
export function useTextDirection(): TextDirection | undefined {
  const { dir, format } = useBillingContext();
  return useMemo(() => dir ?? (format.locale ? textDirection(format.locale) : undefined), [dir, format.locale]);
}
