/** Query keys of the widget, from one factory so invalidation stays consistent. */
export const billingKeys = {
  all: () => ['react-billing-widget'] as const,
  subscription: () => [...billingKeys.all(), 'subscription'] as const,
  quotes: () => [...billingKeys.all(), 'quote'] as const,
  quote: (addOnId: string, units: number) => [...billingKeys.quotes(), addOnId, units] as const,
};
