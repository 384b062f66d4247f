'use client';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { BillingController } from '../controller/createBillingController';
import type { TextDirection } from '../direction';
import type { BillingFormatters } from '../format';
import type { BillingMessageOverrides } from '../messages';

/** What the hooks read from the provider: its controller and what it renders text with. Internal. */
export interface BillingContextValue {
  controller: BillingController;
  queryClient: QueryClient;
  /** The host's `messages` prop; hooks and components lay it over their English defaults. */
  messageOverrides: BillingMessageOverrides | undefined;
  format: BillingFormatters;
  theme: BillingTheme;
  /** The provider's `dir` prop; the widget's roots take their direction from `useRootAttributes`. */
  dir: TextDirection | undefined;
}

/** Colour scheme of the widget: follow the system, or force one. */
export type BillingTheme = 'auto' | 'light' | 'dark';

export const BillingContext = createContext<BillingContextValue | null>(null);

/** The nearest provider's context; throws a clear error outside one. */
export function useBillingContext(): BillingContextValue {
  const value = useContext(BillingContext);
  if (!value) throw new Error('react-billing-widget: wrap this component in <BillingProvider adapter={…}>.');
  return value;
}
