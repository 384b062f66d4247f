'use client';
import { useId, useRef } from 'react';
import { useStore } from 'zustand';
import { type AddOn, canDecrease, type Subscription } from '../../core';
import { useBillingContext } from '../../react/BillingContext';
import { useBillingText } from '../../react/useBillingText';
import { useSubscription } from '../../react/useSubscription';
import { AddOnStepper } from '../AddOnStepper/AddOnStepper';
import { BillingStatus } from '../BillingStatus/BillingStatus';
import { CreditMeter } from '../CreditMeter/CreditMeter';
import { cx } from '../classNames';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { InsidePanelContext } from '../insidePanel';

/** Props of `<BillingPanel>`. */
export interface BillingPanelProps {
  className?: string;
}

/** The whole billing view: plan, credits, add-ons and the add-on flow, in every subscription state. */
export function BillingPanel({ className }: BillingPanelProps) {
  const { theme } = useBillingContext();
  const { data: subscription, error, refetch, isFetching } = useSubscription();
  const { messages } = useBillingText();
  const state =
    subscription !== undefined ? (subscription === null ? 'none' : subscription.status) : error ? 'error' : 'loading';
  return (
    <InsidePanelContext.Provider value={true}>
      <section
        className={cx('rbw-root rbw-panel', className)}
        data-theme={theme}
        data-state={state}
        aria-busy={state === 'loading' || undefined}
        aria-label={state === 'loading' || state === 'error' || state === 'none' ? messages.planHeading : undefined}
      >
        {subscription ? (
          <SubscriptionView subscription={subscription} />
        ) : subscription === null ? (
          <p className="rbw-state-sentence">{messages.stateSentence.none}</p>
        ) : error ? (
          <ErrorAlert
            error={error}
            title={messages.loadError}
            onRetry={isFetching ? undefined : () => void refetch()}
          />
        ) : (
          <PanelSkeleton label={messages.loading} />
        )}
        <BillingStatus />
      </section>
    </InsidePanelContext.Provider>
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
  const { stateSentence } = text.messages;
  const date = text.date(subscription.currentPeriodEnd);
  let sentence: string;
  if (subscription.status === 'canceled') sentence = stateSentence.canceled;
  else if (subscription.status === 'past_due') sentence = stateSentence.past_due;
  else if (subscription.cancelAtPeriodEnd) sentence = stateSentence.cancelAtPeriodEnd({ date });
  else if (subscription.status === 'trialing') sentence = stateSentence.trialing({ date });
  else sentence = stateSentence.active({ date });
  return (
    <p className="rbw-state-sentence" data-status={subscription.status}>
      {sentence}
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
        <h2 className="rbw-heading" id={titleId}>
          <span className="rbw-muted">{messages.planHeading}: </span>
          <span className="rbw-plan-name">{subscription.plan.name}</span>
        </h2>
        <span className="rbw-badge" data-status={subscription.status}>
          {messages.status[subscription.status]}
        </span>
      </header>
      <StateSentence subscription={subscription} />
      <dl className="rbw-facts rbw-facts--plan">
        <div>
          <dt>{messages.cycleLabel}</dt>
          <dd>
            {messages.billingCycle({ interval: subscription.plan.interval })} ·{' '}
            {text.perInterval(subscription.plan.price, subscription.plan.interval)}
          </dd>
        </div>
        <div>
          <dt>{messages.seatsLabel}</dt>
          <dd>{text.users(subscription.seats)}</dd>
        </div>
        <div>
          <dt>{ending ? messages.endsLabel : messages.renewsLabel}</dt>
          <dd>{text.date(subscription.currentPeriodEnd)}</dd>
        </div>
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
  const { store } = useBillingContext();
  const text = useBillingText();
  const { messages } = text;
  // Narrow selector: a units change re-renders the stepper, not this row.
  const editing = useStore(store, (state) => state.editingAddOnId === addOn.id);
  const upgradeRef = useRef<HTMLButtonElement>(null);
  const stepperId = useId();
  const changeable = canDecrease(subscription.status);
  const toggle = () => {
    const { openStepper, closeStepper } = store.getState();
    if (editing) closeStepper();
    else openStepper(addOn.id);
  };
  return (
    <li className="rbw-addon" data-state={editing ? 'editing' : 'idle'}>
      <div className="rbw-addon__header">
        <h4 className="rbw-addon__name">{addOn.name}</h4>
        {changeable ? (
          <button
            ref={upgradeRef}
            type="button"
            className="rbw-button rbw-button--secondary"
            aria-expanded={editing}
            aria-controls={editing ? stepperId : undefined}
            onClick={toggle}
          >
            {messages.upgradeCredits}
          </button>
        ) : null}
      </div>
      <dl className="rbw-facts rbw-facts--addon">
        <div>
          <dt>{messages.addOnUnits}</dt>
          <dd>{text.units(addOn.units)}</dd>
        </div>
        <div>
          <dt>{messages.addOnCredits}</dt>
          <dd>{text.addOnCredits(addOn, addOn.units, subscription.seats)}</dd>
        </div>
        <div>
          <dt>{messages.addOnRecurring}</dt>
          <dd>
            {text.recurring(addOn, addOn.units, subscription.seats)}
            <span className="rbw-arithmetic">{text.arithmetic(addOn, addOn.units, subscription.seats)}</span>
          </dd>
        </div>
      </dl>
      {addOn.scheduledUnits !== null && addOn.scheduledUnits !== addOn.units ? (
        <p className="rbw-scheduled" data-status="scheduled">
          {messages.scheduledDecrease({
            units: text.units(addOn.scheduledUnits),
            date: text.date(subscription.currentPeriodEnd),
          })}
        </p>
      ) : null}
      {editing ? (
        <div id={stepperId}>
          <AddOnStepper
            addOnId={addOn.id}
            onFinished={() => {
              store.getState().closeStepper();
              upgradeRef.current?.focus();
            }}
          />
        </div>
      ) : null}
    </li>
  );
}
