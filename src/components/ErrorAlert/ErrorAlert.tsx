'use client';
import { useBillingText } from '../../react/useBillingText';
import { cx } from '../classNames';

/** Props of `<ErrorAlert>`. */
export interface ErrorAlertProps {
  /** The failure to explain; its message is chosen by code. */
  error: unknown;
  /** A lead sentence before the error's own message. */
  title?: string;
  /** A sentence after the message, e.g. what would make the action possible. The details of unreadable data follow it. */
  detail?: string;
  /** Offers a way forward, e.g. Retry. */
  onRetry?: () => void;
  /** True while the retry runs: the button stays (so does focus on it) but ignores presses. */
  retrying?: boolean;
  /** Label of the retry button; default "Retry". */
  retryLabel?: string;
  className?: string;
}

/** An `alert` with a message chosen by the error's code and, when given, a Retry button. */
export function ErrorAlert({ error, title, detail, onRetry, retrying, retryLabel, className }: ErrorAlertProps) {
  const text = useBillingText();
  const dataDetail = text.errorDetail(error);
  return (
    <div className={cx('rbw-alert', className)} data-status="error">
      <div role="alert">
        {title ? <p className="rbw-alert__title">{title}</p> : null}
        <p className="rbw-alert__message">{text.error(error)}</p>
        {detail ? <p className="rbw-alert__detail">{detail}</p> : null}
        {dataDetail ? <p className="rbw-alert__detail">{dataDetail}</p> : null}
      </div>
      {onRetry ? (
        <button
          type="button"
          className="rbw-button rbw-button--secondary"
          aria-disabled={retrying || undefined}
          onClick={retrying ? undefined : onRetry}
        >
          {retryLabel ?? text.messages.retry}
        </button>
      ) : null}
    </div>
  );
}
