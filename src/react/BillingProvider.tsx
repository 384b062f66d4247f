'use client';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useMemo, useRef, useState } from 'react';
import type { BillingAdapter } from '../core';
import { type TextDirection, textDirection } from '../direction';
import { createFormatters } from '../format';
import type { BillingMessageOverrides } from '../messages';
import { BillingContext, type BillingContextValue, type BillingTheme } from './BillingContext';
import type { BillingEvent, BillingEventHandler } from './events';
import { createBillingStore } from './store';

/** Props of `<BillingProvider>`. */
export interface BillingProviderProps {
  /** Any `BillingAdapter`: the HTTP one, the memory one, or your own. */
  adapter: BillingAdapter;
  /** BCP 47 locale for money, dates and numbers; the browser's by default. */
  locale?: string;
  /** The host's QueryClient; the provider creates its own when absent. */
  queryClient?: QueryClient;
  /** Overrides of the English strings. */
  messages?: BillingMessageOverrides;
  /** Receives every widget event (analytics, logging). */
  onEvent?: BillingEventHandler;
  /** Colour scheme; `auto` follows the system. */
  theme?: BillingTheme;
  /** Retries of a failed subscription load when the error is retryable. Default 1. */
  retry?: number;
  /** Text direction of the widget and its dialog; by default `locale`'s (`rtl` for `ar`), else the page's. */
  dir?: TextDirection;
  children?: ReactNode;
}

/** The one context of the widget: adapter, server state, per-instance UI state, strings and events. */
export function BillingProvider({
  adapter,
  locale,
  queryClient,
  messages,
  onEvent,
  theme = 'auto',
  retry = 1,
  dir,
  children,
}: BillingProviderProps) {
  // One store and (when the host gives none) one QueryClient per provider instance.
  const [store] = useState(createBillingStore);
  const [ownClient] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }));
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;
  const [emit] = useState<BillingEventHandler>(() => (event: BillingEvent) => onEventRef.current?.(event));
  const client = queryClient ?? ownClient;
  const format = useMemo(() => createFormatters(locale), [locale]);
  const direction = dir ?? (locale ? textDirection(locale) : undefined);
  const value = useMemo<BillingContextValue>(
    () => ({
      adapter,
      queryClient: client,
      messageOverrides: messages,
      format,
      store,
      emit,
      theme,
      dir: direction,
      retry,
    }),
    [adapter, client, messages, format, store, emit, theme, direction, retry],
  );
  return <BillingContext.Provider value={value}>{children}</BillingContext.Provider>;
}
