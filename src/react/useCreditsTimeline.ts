'use client';
import { useMemo } from 'react';
import { type CreditsTimelineData, creditsTimeline, type QuoteTerms } from '../core';
import { useSubscription } from './useSubscription';

/**
 * The credits timeline of a quote against the provider's subscription: the quote's charges and the
 * add-on's credits now, until the period end and after. `null` until the subscription has loaded,
 * without a quote, or when the plan does not offer the quoted add-on.
 */
export function useCreditsTimeline(quote: QuoteTerms | null | undefined): CreditsTimelineData | null {
  const { data: subscription } = useSubscription();
  return useMemo(() => (subscription && quote ? creditsTimeline(subscription, quote) : null), [subscription, quote]);
}
