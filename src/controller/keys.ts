/**
 * Query keys of the widget, from one factory. Each provider's keys carry its `scope`, so two
 * providers sharing a host's QueryClient (with different adapters) never read each other's data;
 * without one they are prefixes that match every provider's queries, e.g. for a host to reload
 * billing everywhere with `queryClient.invalidateQueries({ queryKey: billingKeys.subscription() })`.
 */
export const billingKeys = {
  /** Every query of the widget. */
  all: () => ['react-billing-widget'] as const,
  /** The subscription of one provider (`scope`), or of all of them. */
  subscription: (scope?: number) => scoped('subscription', scope),
  /** The quotes of one provider (`scope`), or of all of them. */
  quotes: (scope?: number) => scoped('quote', scope),
};

function scoped(kind: string, scope: number | undefined): readonly unknown[] {
  const key = [...billingKeys.all(), kind];
  return scope === undefined ? key : [...key, scope];
}

/**
 * Options every widget query and mutation sets itself, so a host's QueryClient defaults (made for the
 * host's own queries) never change billing: errors are shown by the widget, not thrown to the host's
 * error boundary; requests go out whatever navigator.onLine guesses (a paused load would show the
 * skeleton for ever, and a paused PUT would charge minutes later), and fail with a clear message.
 */
export const ownQueryOptions = { throwOnError: false, networkMode: 'always' } as const;
