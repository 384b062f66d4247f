'use client';
import { memo, useCallback, useContext, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { type AddOn, addOnById, type Subscription } from '../../core';
import { useBillingContext } from '../../react/BillingContext';
import { type AddOnQuoteState, useAddOnQuote } from '../../react/useAddOnQuote';
import { useAddOnStepper } from '../../react/useAddOnStepper';
import { useBillingFlow } from '../../react/useBillingFlow';
import { useBillingText } from '../../react/useBillingText';
import { useSubscription } from '../../react/useSubscription';
import { BillingStatus } from '../BillingStatus/BillingStatus';
import { ConfirmDialog } from '../ConfirmDialog/ConfirmDialog';
import { cx } from '../classNames';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { Fact } from '../Fact';
import { LiveRegionContext } from '../liveRegion';

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
  const { theme } = useBillingContext();
  const hasLiveRegion = useContext(LiveRegionContext);
  if (subscription === undefined) {
    return error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null;
  }
  const addOn = subscription && addOnById(subscription, props.addOnId);
  const body =
    addOn && subscription ? <StepperBody {...props} subscription={subscription} addOn={addOn} /> : <MissingAddOn />;
  if (hasLiveRegion) return body;
  // Alone, the stepper is its own widget root: it needs the theme's custom properties and a live region.
  return (
    <div className="rbw-root" data-theme={theme}>
      <LiveRegionContext.Provider value={true}>{body}</LiveRegionContext.Provider>
      <BillingStatus />
    </div>
  );
}

const StepperDialog = memo(ConfirmDialog);

function MissingAddOn() {
  const { messages } = useBillingText();
  return (
    <p className="rbw-notice" role="alert">
      {messages.addOnMissing}
    </p>
  );
}

function StepperBody(props: AddOnStepperProps & { subscription: Subscription; addOn: AddOn }) {
  const { className, onFinished } = props;
  // Read from the cache here too: after an update this body re-renders at once (the store's draft is
  // cleared) while the parent's props follow a tick later (the query's notification); units from the
  // old add-on priced against the new subscription would be quoted as a change nobody asked for.
  const { data: latest } = useSubscription();
  const subscription = latest ?? props.subscription;
  const addOn = (latest && addOnById(latest, props.addOn.id)) || props.addOn;
  const flow = useBillingFlow();
  const text = useBillingText();
  const { messages } = text;
  const stepper = useAddOnStepper({
    addOn,
    status: subscription.status,
    units: props.units,
    defaultUnits: props.defaultUnits,
    onUnitsChange: props.onUnitsChange,
  });
  const quote = useAddOnQuote(addOn.id, stepper.units);
  const review = useStore(flow, (state) => state.review);
  const inputRef = stepper.inputProps.ref;
  const reviewing = review?.addOnId === addOn.id;
  const updated = useRef(false);

  // Read the figures out once the server's quote for the chosen units has settled.
  const settled = quote.quote;
  useEffect(() => {
    if (!settled) return;
    flow.announceSummary(
      messages.stepperSummary({
        units: text.units(settled.units),
        recurring: text.perInterval(settled.recurring, addOn.interval),
        dueNow: text.money(settled.dueNow),
      }),
    );
  }, [settled, flow, messages, text, addOn.interval]);

  const change = quote.shown?.change;
  const canReview = !stepper.invalidMessage && quote.shown !== null && change !== 'none';
  const openReview = () => {
    if (!canReview) return;
    updated.current = false;
    flow.review(addOn.id, stepper.units);
  };

  // Closed, the dialog gets constant props, so a units change re-renders the stepper, not the dialog.
  const dialogUnits = reviewing && review ? review.units : addOn.units;
  const onDialogOpenChange = useCallback(
    (open: boolean) => {
      if (!open) flow.cancel();
    },
    [flow],
  );
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
      data-state={reviewing ? 'reviewing' : 'editing'}
      data-change={change ?? 'invalid'}
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
      <QuoteSummary quote={quote} addOn={addOn} subscription={subscription} units={stepper.units} />
      <div className="rbw-actions">
        <button type="button" className="rbw-button rbw-button--primary" disabled={!canReview} onClick={openReview}>
          {messages.review}
        </button>
      </div>
      <StepperDialog
        addOnId={addOn.id}
        units={dialogUnits}
        open={reviewing}
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
