'use client';
import { useEffect, useId } from 'react';
import { useStore } from 'zustand';
import { useBillingFlow } from '../../react/useBillingFlow';
import { cx } from '../classNames';

/** Props of `<BillingStatus>`. */
export interface BillingStatusProps {
  className?: string;
}

/**
 * The widget's one polite live region. Outcomes ("Generative Credits updated…") are shown;
 * stepper summaries are only read out, since the stepper already shows them. The provider owns the
 * region: of several rendered under one provider (a stepper and a dialog each on their own), the
 * first mounted speaks and the others render nothing, so no outcome is announced twice.
 */
export function BillingStatus({ className }: BillingStatusProps) {
  const flow = useBillingFlow();
  const id = useId();
  const owner = useStore(flow, (state) => state.liveRegion);
  const announcement = useStore(flow, (state) => state.announcement);
  useEffect(() => flow.claimLiveRegion(id), [flow, id]);
  if (owner !== null && owner !== id) return null;
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
