'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { type AddOn, nextPeriodUnits, type Subscription } from '../../core';
import { focusRootOf } from '../../react/focusRoot';
import { useAddOnRow } from '../../react/useAddOnRow';
import { useBillingText } from '../../react/useBillingText';
import { useRootAttributes } from '../../react/useRootAttributes';
import { useSubscription } from '../../react/useSubscription';
import { AddOnStepper } from '../AddOnStepper/AddOnStepper';
import { BillingStatus } from '../BillingStatus/BillingStatus';
import { CreditMeter } from '../CreditMeter/CreditMeter';
import { cx } from '../classNames';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { Fact } from '../Fact';
import { WidgetRootContext } from '../widgetRoot';

/** Props of `<BillingPanel>`. */
export interface BillingPanelProps {
  className?: string;
}

/** The whole billing view: plan, credits, add-ons and the add-on flow, in every subscription state. */
export function BillingPanel({ className }: BillingPanelProps) {
  const root = useRootAttributes();
  const { data: subscription, error, refetch, isFetching } = useSubscription();
  const { messages } = useBillingText();
  // A retry of a first load that failed starts it afresh (TanStack Query clears the error), which
  // would swap the alert, and the focused Retry in it, for the skeleton: keep the alert while it runs.
  const [retriedAfter, setRetriedAfter] = useState<Error | null>(null);
  const shownError = error ?? (isFetching ? retriedAfter : null);
  const state = subscription ? subscription.status : subscription === null ? 'none' : shownError ? 'error' : 'loading';
  const section = useRef<HTMLElement>(null);
  // Once Retry has loaded the subscription, the alert and its button are gone: land focus on what
  // replaced them (the plan heading, or the no-subscription sentence) rather than on <body>.
  useEffect(() => {
    if (!retriedAfter || subscription === undefined) return;
    setRetriedAfter(null);
    const element = section.current;
    // Asked of the panel's root: in a shadow root, the document's activeElement is the shadow host.
    const focused = focusRootOf(element)?.activeElement;
    if (focused && focused !== element?.ownerDocument.body) return;
    element?.querySelector<HTMLElement>('[data-focus-landing]')?.focus();
  }, [subscription, retriedAfter]);
  return (
    <WidgetRootContext.Provider value={section}>
      <section
        ref={section}
        className={cx('rbw-root rbw-panel', className)}
        {...root}
        data-state={state}
        aria-busy={state === 'loading' || undefined}
        // Without a subscription no plan heading is on screen, so the section carries it as its name.
        aria-label={subscription ? undefined : messages.planHeading}
      >
        {subscription ? (
          <SubscriptionView subscription={subscription} />
        ) : subscription === null ? (
          <p className="rbw-state-sentence" tabIndex={-1} data-focus-landing>
            {messages.stateSentence.none}
          </p>
        ) : shownError ? (
          <ErrorAlert
            error={shownError}
            title={messages.loadError}
            retrying={isFetching}
            onRetry={() => {
              setRetriedAfter(shownError);
              void refetch();
            }}
          />
        ) : (
          <PanelSkeleton label={messages.loading} />
        )}
        <BillingStatus />
      </section>
    </WidgetRootContext.Provider>
  );
}

function PanelSkeleton({ label }: { label: string }) {
  return (
    <div className="rbw-skeleton" data-state="loading">
      <p className="rbw-visually-hidden">{label}</p>
      <div className="rbw-skeleton__line rbw-skeleton__line--title" aria-hidden="true" />
      <div className="rbw-skeleton__line" aria-hidden="true" />
      <div className="rbw-skeleton__line" aria-hidden="true" />
      <div className="rbw-skeleton__block" aria-hidden="true" />
    </div>
  );
}

function StateSentence({ subscription }: { subscription: Subscription }) {
  const text = useBillingText();
  return (
    <p className="rbw-state-sentence" data-status={subscription.status}>
      {text.stateSentence(subscription)}
    </p>
  );
}

function SubscriptionView({ subscription }: { subscription: Subscription }) {
  const text = useBillingText();
  const { messages } = text;
  const titleId = useId();
  const ending = subscription.cancelAtPeriodEnd || subscription.status === 'canceled';
  return (
    <>
      <header className="rbw-panel__header">
        <h2 className="rbw-heading" id={titleId} tabIndex={-1} data-focus-landing>
          <span className="rbw-muted">
            {messages.planHeading}
            {messages.colon ?? ': '}
          </span>
          <span className="rbw-plan-name">{subscription.plan.name}</span>
        </h2>
        <span className="rbw-badge" data-status={subscription.status}>
          {messages.status[subscription.status]}
        </span>
      </header>
      <StateSentence subscription={subscription} />
      <dl className="rbw-facts rbw-facts--plan">
        <Fact term={messages.cycleLabel}>
          {messages.billingCycle({ interval: subscription.plan.interval })} ·{' '}
          {text.perInterval(subscription.plan.price, subscription.plan.interval)}
        </Fact>
        <Fact term={messages.seatsLabel}>{text.users(subscription.seats)}</Fact>
        <Fact term={ending ? messages.endsLabel : messages.renewsLabel}>
          {text.date(subscription.currentPeriodEnd)}
        </Fact>
      </dl>
      <CreditMeter subscription={subscription} />
      {subscription.addOns.length > 0 ? (
        <section className="rbw-addons" aria-labelledby={`${titleId}-addons`}>
          <h3 className="rbw-heading rbw-heading--small" id={`${titleId}-addons`}>
            {messages.addOnsHeading}
          </h3>
          <ul className="rbw-addons__list">
            {subscription.addOns.map((addOn) => (
              <AddOnRow key={addOn.id} addOn={addOn} subscription={subscription} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function AddOnRow({ addOn, subscription }: { addOn: AddOn; subscription: Subscription }) {
  const row = useAddOnRow(addOn, subscription.status);
  const text = useBillingText();
  const { messages } = text;
  const upgradeRef = useRef<HTMLButtonElement>(null);
  const stepperId = useId();
  return (
    <li className="rbw-addon" data-state={row.editing ? 'editing' : 'idle'}>
      <div className="rbw-addon__header">
        <h4 className="rbw-addon__name">{addOn.name}</h4>
        {row.changeable ? (
          <button
            ref={upgradeRef}
            type="button"
            className="rbw-button rbw-button--secondary"
            aria-expanded={row.editing}
            aria-controls={row.editing ? stepperId : undefined}
            onClick={row.toggle}
          >
            {messages.upgradeCredits}
          </button>
        ) : null}
      </div>
      <dl className="rbw-facts rbw-facts--addon">
        <Fact term={messages.addOnUnits}>{text.units(addOn.units)}</Fact>
        <Fact term={messages.addOnCredits}>{text.addOnCredits(addOn, addOn.units, subscription.seats)}</Fact>
        <Fact term={messages.addOnRecurring}>
          {text.recurring(addOn, addOn.units, subscription.seats)}
          <span className="rbw-arithmetic">{text.arithmetic(addOn, addOn.units, subscription.seats)}</span>
        </Fact>
      </dl>
      {row.scheduled ? (
        <p className="rbw-scheduled" data-status="scheduled">
          {messages.scheduledDecrease({
            units: text.units(nextPeriodUnits(addOn)),
            date: text.date(subscription.currentPeriodEnd),
          })}
        </p>
      ) : null}
      {row.editing ? (
        <div id={stepperId}>
          <AddOnStepper
            addOnId={addOn.id}
            onFinished={() => {
              row.close();
              upgradeRef.current?.focus();
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
