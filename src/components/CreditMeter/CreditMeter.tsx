'use client';
import { useId } from 'react';
import type { Subscription } from '../../core';
import { useBillingText } from '../../react/useBillingText';
import { useCreditBalance } from '../../react/useCreditBalance';
import { cx } from '../classNames';
import { Fact } from '../Fact';

/** Props of `<CreditMeter>`. */
export interface CreditMeterProps {
  subscription: Subscription;
  className?: string;
}

/** The period's credit balance: included, from add-ons, used, remaining, and when it resets. */
export function CreditMeter({ subscription, className }: CreditMeterProps) {
  const balance = useCreditBalance(subscription);
  const text = useBillingText();
  const { messages } = text;
  const percent = Math.round(balance.usedFraction * 100);
  // From useId, not the subscription's id: two meters of one subscription on a page stay apart.
  const headingId = useId();
  return (
    <section className={cx('rbw-credits', className)} aria-labelledby={headingId}>
      <h3 className="rbw-heading rbw-heading--small" id={headingId}>
        {messages.creditsHeading}
      </h3>
      <div
        className="rbw-meter"
        role="meter"
        aria-label={messages.creditMeterLabel}
        aria-valuemin={0}
        aria-valuemax={balance.total}
        aria-valuenow={Math.min(balance.used, balance.total)}
        aria-valuetext={`${text.credits(balance.used)} / ${text.credits(balance.total)}`}
        data-state={balance.usedFraction >= 1 ? 'exhausted' : balance.usedFraction >= 0.8 ? 'low' : 'ok'}
      >
        <div className="rbw-meter__fill" style={{ inlineSize: `${percent}%` }} />
      </div>
      <dl className="rbw-facts rbw-facts--credits">
        <Fact term={messages.creditsIncluded}>{text.credits(balance.included)}</Fact>
        <Fact term={messages.creditsAddOn}>{text.credits(balance.addOn)}</Fact>
        <Fact term={messages.creditsUsed}>{text.credits(balance.used)}</Fact>
        <Fact term={messages.creditsRemaining} className="rbw-strong">
          {text.credits(balance.remaining)}
        </Fact>
      </dl>
      <p className="rbw-muted">{messages.creditsResets({ date: text.date(balance.resetsAt) })}</p>
    </section>
  );
}
