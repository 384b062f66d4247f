'use client';
import { useBillingAnnouncement } from '../../react/useBillingAnnouncement';
import { cx } from '../classNames';

/** Props of `<BillingStatus>`. */
export interface BillingStatusProps {
  className?: string;
}

/**
 * The widget's one polite live region. Outcomes ("Generative Credits updated…") are shown;
 * stepper summaries are only read out, since the stepper already shows them.
 */
export function BillingStatus({ className }: BillingStatusProps) {
  const announcement = useBillingAnnouncement();
  const kind = announcement?.kind ?? 'summary';
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={cx('rbw-status', kind === 'summary' && 'rbw-visually-hidden', className)}
      data-status={announcement ? kind : 'empty'}
    >
      {announcement?.text ?? ''}
    </div>
  );
}
