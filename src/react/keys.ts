/** Query keys of the widget, from one factory so invalidation stays consistent. */
export const billingKeys = {
  all: () => ['react-billing-widget'] as const,
  subscription: () => [...billingKeys.all(), 'subscription'] as const,
  quotes: () => [...billingKeys.all(), 'quote'] as const,
  /** `basis`: the subscription state the quote is priced from, so a changed subscription never reuses it. */
  quote: (addOnId: string, units: number, basis = '') => [...billingKeys.quotes(), addOnId, units, basis] as const,
};

/**
 * Options every widget query and mutation sets itself, so a host's QueryClient defaults (made for the
 * host's own queries) never change billing: errors are shown by the widget, not thrown to the host's
 * error boundary; requests go out whatever navigator.onLine guesses (a paused load would show the
 * skeleton for ever, and a paused PUT would charge minutes later), and fail with a clear message.
 */
export const ownQueryOptions = { throwOnError: false, networkMode: 'always' } as const;
