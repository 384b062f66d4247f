'use client';
import { type ComponentProps, useId } from 'react';
import type { CreditsTimelineData, CreditsTimelineSegment } from '../../core';
import { type BillingText, useBillingText } from '../../react/useBillingText';
import { cx } from '../classNames';

/** Props of the timeline's markup: the timeline, and props for its `<section>`. */
export interface TimelineViewProps extends ComponentProps<'section'> {
  timeline: CreditsTimelineData;
}

/**
 * The credits timeline as markup: an ordered list of its stretches, each in words, above each a bar
 * drawn in CSS (hidden from assistive technology) whose height is its share of the credits.
 */
export function TimelineView({ timeline, className, ...sectionProps }: TimelineViewProps) {
  const text = useBillingText();
  const headingId = useId();
  const date = text.date(timeline.periodEnd);
  return (
    <section
      className={cx('rbw-timeline', className)}
      aria-labelledby={headingId}
      data-change={timeline.change}
      {...sectionProps}
    >
      <h3 className="rbw-heading rbw-heading--small" id={headingId}>
        {text.messages.timelineHeading}
      </h3>
      <ol className="rbw-timeline__list">
        {timeline.segments.map((segment) => (
          <li key={segment.period} className="rbw-timeline__segment" data-period={segment.period}>
            <span className="rbw-timeline__bar" aria-hidden="true">
              <span className="rbw-timeline__fill" style={{ blockSize: percent(segment.level) }}>
                {segment.addedLevel > 0 ? (
                  <span
                    className="rbw-timeline__added"
                    style={{ blockSize: percent(segment.addedLevel / segment.level) }}
                  />
                ) : null}
              </span>
            </span>
            <span className="rbw-timeline__when">{text.messages.timelinePeriod({ period: segment.period, date })}</span>
            {segmentLines(segment, timeline.interval, text).map((line) => (
              <span key={line}>{line}</span>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** A share as a CSS length, e.g. "75%". */
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** A stretch's figures in words: what it gives, then what it costs. */
function segmentLines(segment: CreditsTimelineSegment, interval: 'month' | 'year', text: BillingText): string[] {
  const { messages } = text;
  switch (segment.period) {
    case 'ended':
      return [messages.timelineEnded];
    case 'current':
      return [
        text.credits(segment.credits),
        ...(segment.creditsAdded > 0
          ? [messages.timelineCreditsAdded({ credits: text.credits(segment.creditsAdded) })]
          : []),
        messages.timelineChargedNow({ amount: text.money(segment.charge) }),
      ];
    default:
      return [
        messages.perInterval({ amount: text.credits(segment.credits), interval }),
        text.perInterval(segment.charge, interval),
      ];
  }
}
