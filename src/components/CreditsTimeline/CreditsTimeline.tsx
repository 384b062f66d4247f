'use client';
import type { QuoteTerms } from '../../core';
import { useCreditsTimeline } from '../../react/useCreditsTimeline';
import { useRootAttributes } from '../../react/useRootAttributes';
import { cx } from '../classNames';
import { TimelineView } from './TimelineView';

/** Props of `<CreditsTimeline>`. */
export interface CreditsTimelineProps {
  /** The change to show: a quote from the adapter or `useAddOnQuote` (its `quote`, or `shown` for the estimate). */
  quote: QuoteTerms | null | undefined;
  /** Classes added to the timeline's root. */
  className?: string;
}

/**
 * What a change does to the add-on's credits and charges, now, until the period end and after: the
 * dialog shows it above its notes; alone, inside the provider, it renders nothing until the
 * subscription has loaded (or without a quote).
 */
export function CreditsTimeline({ quote, className }: CreditsTimelineProps) {
  const root = useRootAttributes();
  const timeline = useCreditsTimeline(quote);
  if (!timeline) return null;
  return <TimelineView timeline={timeline} className={cx('rbw-root', className)} {...root} />;
}
