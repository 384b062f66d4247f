'use client';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { BillingAdapter } from '../core';
import type { TextDirection } from '../direction';
import type { BillingFormatters } from '../format';
import type { BillingMessageOverrides } from '../messages';
import type { BillingEventHandler } from './events';
import type { BillingStore } from './store';

/** Everything the hooks need from the provider. */
export interface BillingContextValue {
  adapter: BillingAdapter;
  queryClient: QueryClient;
  /** The host's `messages` prop; hooks and components lay it over their English defaults. */
  messageOverrides: BillingMessageOverrides | undefined;
  format: BillingFormatters;
  store: BillingStore;
  emit: BillingEventHandler;
  theme: BillingTheme;
  /** `dir` of the widget's roots (the dialog's too, portalled out of them); undefined: the page's. */
  dir: TextDirection | undefined;
  /** Retries of a failed subscription load, when the error is retryable. */
  retry: number;
}

/** Colour scheme of the widget: follow the system, or force one. */
export type BillingTheme = 'auto' | 'light' | 'dark';

/** The provider's context; read it through `useBillingContext`. */
export const BillingContext = createContext<BillingContextValue | null>(null);

/** The nearest provider's context; throws a clear error outside one. */
export function useBillingContext(): BillingContextValue {
  const value = useContext(BillingContext);
  if (!value) throw new Error('react-billing-widget: wrap this component in <BillingProvider adapter={…}>.');
  return value;
}
