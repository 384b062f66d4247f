import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { BillingError, createMemoryAdapter } from 'react-billing-widget/core';
import {
  type AddOn,
  BillingProvider,
  type BillingProviderProps,
  formatMoney,
  type Subscription,
  useAddOnQuote,
  useAddOnStepper,
  useBillingAnnouncement,
  useConfirmAddOnChange,
  useSubscription,
} from 'react-billing-widget/headless';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { typeUnits } from '../support/panelFlow';

// A host that renders its own markup with `/headless` only: no component of ours, no
// `defaultMessages`. The hooks still give the stepper its accessible names and the outcome.

function HostStepper({ addOn, subscription }: { addOn: AddOn; subscription: Subscription }) {
  const stepper = useAddOnStepper({ addOn, status: subscription.status });
  const quote = useAddOnQuote(addOn.id, stepper.units, { debounceMs: 0 });
  const [confirming, setConfirming] = useState(false);
  const flow = useConfirmAddOnChange({ addOnId: addOn.id, units: stepper.units, enabled: confirming });
  const announcement = useBillingAnnouncement();
  return (
    <div>
      <label {...stepper.labelProps} />
      <button {...stepper.decrementButtonProps}>-</button>
      <input {...stepper.inputProps} />
      <button {...stepper.incrementButtonProps}>+</button>
      {stepper.invalidMessage ? <p id={stepper.messageId}>{stepper.invalidMessage}</p> : null}
      <p data-testid="due-now">{quote.quote ? formatMoney(quote.quote.dueNow, 'en-US') : '…'}</p>
      <button type="button" onClick={() => setConfirming(true)}>
        Host review
      </button>
      <button type="button" disabled={!flow.canConfirm} onClick={flow.confirm}>
        Host buy
      </button>
      <p role="status">{announcement?.kind === 'outcome' ? announcement.text : ''}</p>
      {flow.error ? (
        <p role="alert">{flow.outcomeUnknown ? 'Host: it may have gone through' : 'Host: refused'}</p>
      ) : null}
    </div>
  );
}

function HostBilling() {
  const { data: subscription } = useSubscription();
  const addOn = subscription?.addOns[0];
  return subscription && addOn ? <HostStepper addOn={addOn} subscription={subscription} /> : <p>Host loading</p>;
}

function renderHost(props: Partial<BillingProviderProps> = {}) {
  const engine = createMemoryAdapter({ subscription: basicSubscription() });
  render(
    <BillingProvider adapter={engine} locale="en-US" {...props}>
      <HostBilling />
    </BillingProvider>,
  );
  return { engine, user: userEvent.setup() };
}

describe('a host rendering its own markup with react-billing-widget/headless', () => {
  it('gets the English accessible names, the range message and the outcome from the hooks', async () => {
    const { engine, user } = renderHost();
    const field = await screen.findByRole('spinbutton', { name: 'Generative Credits units' });
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    expect(field).toHaveValue('2');
    expect(field).toHaveAttribute('aria-valuetext', '2 units');

    await typeUnits(user, field, '999');
    expect(screen.getByText('Enter a whole number from 0 to 10.')).toBeInTheDocument();
    await typeUnits(user, field, '2');

    // Basic is per seat: one more unit for 3 users at $10.00.
    expect(await screen.findByText('$30.00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Host review' }));
    const buy = screen.getByRole('button', { name: 'Host buy' });
    await expect.poll(() => buy.hasAttribute('disabled')).toBe(false);
    await user.click(buy);
    expect(await screen.findByRole('status')).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expect(engine.ledger).toHaveLength(1);
  });

  it('lays the provider’s messages over the hooks’ defaults', async () => {
    const { user } = renderHost({
      messages: {
        increaseUnits: 'Eine mehr',
        unitsLabel: ({ addOnName }) => `${addOnName}: Einheiten`,
        unitCount: ({ formatted }) => `${formatted} Einh.`,
      },
    });
    const field = await screen.findByRole('spinbutton', { name: 'Generative Credits: Einheiten' });
    await user.click(screen.getByRole('button', { name: 'Eine mehr' }));
    expect(field).toHaveAttribute('aria-valuetext', '2 Einh.');
    // Strings not overridden keep their English default.
    expect(screen.getByRole('button', { name: 'Decrease units' })).toBeEnabled();
  });

  it.each([
    ['timeout', 'Host: it may have gone through'],
    ['payment_failed', 'Host: refused'],
  ] as const)('tells the host whether an update that failed with %s may have been applied', async (code, says) => {
    const engine = createMemoryAdapter({ subscription: basicSubscription() });
    const failing = {
      ...engine,
      updateAddOn: () => Promise.reject(new BillingError(code, 'No answer.')),
    };
    render(
      <BillingProvider adapter={failing} locale="en-US">
        <HostBilling />
      </BillingProvider>,
    );
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Increase units' }));
    await user.click(screen.getByRole('button', { name: 'Host review' }));
    const buy = screen.getByRole('button', { name: 'Host buy' });
    await expect.poll(() => buy.hasAttribute('disabled')).toBe(false);
    await user.click(buy);
    expect(await screen.findByRole('alert')).toHaveTextContent(says);
  });
});
