'use client';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { createBillingController } from '../controller/createBillingController';
import type { BillingEventHandler } from '../controller/events';
import type { BillingAdapter, Subscription } from '../core';
import type { TextDirection } from '../direction';
import { createFormatters } from '../format';
import type { BillingMessageOverrides } from '../messages';
import { BillingContext, type BillingContextValue, type BillingTheme } from './BillingContext';

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
  /**
   * The subscription as the host's server loaded it (`null`: none): rendered at once, in the server's
   * HTML too, with no loading state and no load while hydrating. Validated like any answer; read once.
   */
  initialSubscription?: Subscription | null;
  /** Text direction of the widget and its dialog; by default `locale`'s (`rtl` for `ar`), else the page's. */
  dir?: TextDirection;
  /** The widget's components, or a headless UI of your own. */
  children?: ReactNode;
}

/** The one context of the widget: one controller (change flow, events, live region) and, unless given, one QueryClient per instance. */
export function BillingProvider({
  adapter,
  locale,
  queryClient,
  messages,
  onEvent,
  theme = 'auto',
  retry = 1,
  initialSubscription,
  dir,
  children,
}: BillingProviderProps) {
  const [ownClient] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false } } }));
  const client = queryClient ?? ownClient;
  const format = useMemo(() => createFormatters(locale), [locale]);
  const [controller] = useState(() =>
    createBillingController({ adapter, queryClient: client, format, messages, onEvent, retry, initialSubscription }),
  );
  // Like TanStack's observers: the latest props, read when an action runs.
  controller.setOptions({ adapter, queryClient: client, format, messages, onEvent, retry });
  useEffect(() => controller.mount(), [controller, client]);
  const value = useMemo<BillingContextValue>(
    () => ({ controller, queryClient: client, messageOverrides: messages, format, theme, dir }),
    [controller, client, messages, format, theme, dir],
  );
  return <BillingContext.Provider value={value}>{children}</BillingContext.Provider>;
}
