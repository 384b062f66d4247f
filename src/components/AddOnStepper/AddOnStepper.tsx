'use client';
import { memo, useCallback, useRef } from 'react';
import { type AddOn, addOnById, type Subscription } from '../../core';
import { useAddOnChange } from '../../react/useAddOnChange';
import type { AddOnQuoteState } from '../../react/useAddOnQuote';
import { useBillingText } from '../../react/useBillingText';
import { useSubscription } from '../../react/useSubscription';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { cx } from '../classNames';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { Fact } from '../Fact';
import { InWidgetRoot } from '../widgetRoot';

/** Props of `<AddOnStepper>`. */
export interface AddOnStepperProps {
  /** The add-on whose units to choose. */
  addOnId: string;
  /** Controlled units. */
  units?: number;
  /** Uncontrolled starting units; default `scheduledUnits ?? units`. */
  defaultUnits?: number;
  /** Called with every new value. */
  onUnitsChange?: (units: number) => void;
  /** Called after the dialog closed on an applied change; the panel closes the stepper and moves focus. */
  onFinished?: () => void;
  className?: string;
}

/** Chooses a number of units with live pricing, then opens the confirmation. */
export function AddOnStepper(props: AddOnStepperProps) {
  const { data: subscription, error, refetch } = useSubscription();
  const { messages } = useBillingText();
  if (subscription === undefined) {
    return error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null;
  }
  const addOn = subscription && addOnById(subscription, props.addOnId);
  return (
    <InWidgetRoot>
      {addOn && subscription ? (
        <StepperBody {...props} subscription={subscription} addOn={addOn} />
      ) : (
        <p className="rbw-notice" role="alert">
          {messages.addOnMissing}
        </p>
      )}
    </InWidgetRoot>
  );
}

const StepperDialog = memo(ConfirmDialog);

function StepperBody(props: AddOnStepperProps & { subscription: Subscription; addOn: AddOn }) {
  const { className, onFinished } = props;
  // Read from the cache here too: after an update this body re-renders at once (the draft is cleared)
  // while the parent's props follow a tick later (the query's notification); units from the old
  // add-on priced against the new subscription would be quoted as a change nobody asked for.
  const { data: latest } = useSubscription();
  const subscription = latest ?? props.subscription;
  const addOn = (latest && addOnById(latest, props.addOn.id)) || props.addOn;
  const { messages } = useBillingText();
  const flow = useAddOnChange({ ...props, addOn, status: subscription.status });
  const { stepper } = flow;
  // Set by an applied change, so the dialog's closing hands focus back to where the stepper was opened.
  const updated = useRef(false);
  const { cancel } = flow;
  const inputRef = stepper.inputProps.ref;
  // Stable, so the closed dialog (memo) is not re-rendered by every units change.
  const onDialogOpenChange = useCallback((open: boolean) => open || cancel(), [cancel]);
  const onDialogUpdated = useCallback(() => {
    updated.current = true;
  }, []);
  const onDialogCloseAutoFocus = useCallback(
    (event: Event) => {
      if (!updated.current) return;
      // After an applied change the stepper's job is done: hand focus back to where it was opened.
      event.preventDefault();
      if (onFinished) onFinished();
      else inputRef.current?.focus();
    },
    [onFinished, inputRef],
  );

  return (
    <div
      className={cx('rbw-stepper', className)}
      data-state={flow.reviewing ? 'reviewing' : 'editing'}
      data-change={flow.change ?? 'invalid'}
    >
      <label className="rbw-stepper__label" {...stepper.labelProps} />
      <div className="rbw-stepper__controls">
        <button className="rbw-button rbw-button--icon" {...stepper.decrementButtonProps}>
          <span aria-hidden="true">−</span>
        </button>
        <input className="rbw-stepper__input" {...stepper.inputProps} />
        <button className="rbw-button rbw-button--icon" {...stepper.incrementButtonProps}>
          <span aria-hidden="true">+</span>
        </button>
      </div>
      {/* Always there, so a refused number and the allowed range are read out as they appear. */}
      <div aria-live="polite">
        {stepper.invalidMessage || stepper.limitMessage ? (
          <p
            id={stepper.messageId}
            className="rbw-field-message"
            data-status={stepper.invalidMessage ? 'invalid' : 'limit'}
          >
            {stepper.invalidMessage ?? stepper.limitMessage}
          </p>
        ) : null}
      </div>
      <QuoteSummary quote={flow.quote} addOn={addOn} subscription={subscription} units={stepper.units} />
      <div className="rbw-actions">
        <button
          type="button"
          className="rbw-button rbw-button--primary"
          disabled={!flow.canReview}
          onClick={() => {
            updated.current = false;
            flow.review();
          }}
        >
          {messages.review}
        </button>
      </div>
      <StepperDialog
        addOnId={addOn.id}
        units={flow.dialogUnits}
        open={flow.reviewing}
        onOpenChange={onDialogOpenChange}
        onUpdated={onDialogUpdated}
        onCloseAutoFocus={onDialogCloseAutoFocus}
      />
    </div>
  );
}

/** The figures for the chosen units: the new recurring charge, what is due now, and their arithmetic. */
function QuoteSummary(props: { quote: AddOnQuoteState; addOn: AddOn; subscription: Subscription; units: number }) {
  const { quote, addOn, subscription, units } = props;
  const text = useBillingText();
  const { messages } = text;
  const shown = quote.shown;
  if (!shown) {
    return quote.estimateError ? <ErrorAlert error={quote.estimateError} /> : null;
  }
  return (
    <div
      className="rbw-summary"
      data-estimate={quote.isEstimate || undefined}
      aria-busy={quote.isFetching || undefined}
    >
      <dl className="rbw-facts rbw-facts--summary">
        <Fact term={messages.newRecurring} className="rbw-strong" data-testid="rbw-new-recurring">
          {text.perInterval(shown.recurring, addOn.interval)}
        </Fact>
        <Fact term={messages.dueNow}>{text.money(shown.dueNow)}</Fact>
      </dl>
      <p className="rbw-arithmetic">{text.arithmetic(addOn, units, subscription.seats, shown.recurring)}</p>
      {quote.isEstimate && shown.change !== 'none' ? (
        <p className="rbw-muted">
          <span className="rbw-badge">{messages.estimateBadge}</span> {quote.isFetching ? messages.updatingQuote : null}
        </p>
      ) : null}
      {shown.change === 'none' ? <p className="rbw-muted">{messages.nothingToChange}</p> : null}
      {shown.change === 'decrease' ? (
        <p className="rbw-muted">{messages.decreaseStarts({ date: text.date(shown.effectiveAt) })}</p>
      ) : null}
      {quote.error ? <ErrorAlert error={quote.error} onRetry={() => void quote.refetch()} /> : null}
    </div>
  );
}
