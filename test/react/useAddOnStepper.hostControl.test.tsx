import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import {
  type BillingEvent,
  BillingProvider,
  type Subscription,
  useAddOnStepper,
  useSubscription,
} from 'react-billing-widget';
import { createMemoryAdapter } from 'react-billing-widget/core';
import { basicCreditsAddOn, basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it, vi } from 'vitest';
import { AddOnStepper, type AddOnStepperProps } from '../../src/index';

// What a host gets from the stepper's options and props: a starting value of its own, the units
// under its control, a callback per new value, and `setUnits` for markup of its own.

function renderStepper(props: Partial<AddOnStepperProps> = {}, subscription: Subscription = basicSubscription()) {
  const engine = createMemoryAdapter({ subscription });
  const events: BillingEvent[] = [];
  render(
    <BillingProvider adapter={engine} locale="en-US" onEvent={(event) => events.push(event)}>
      <AddOnStepper addOnId="generative-credits" {...props} />
    </BillingProvider>,
  );
  return { events, user: userEvent.setup() };
}

const field = () => screen.findByRole('spinbutton', { name: 'Generative Credits units' });
const increase = () => screen.getByRole('button', { name: 'Increase units' });
const unitsChanged = (events: BillingEvent[]) =>
  events.filter((event) => event.type === 'units_changed').map((event) => ('units' in event ? event.units : null));

describe('the units stepper under a host’s control', () => {
  it('starts at the host’s defaultUnits instead of the units in effect, kept within the bounds', async () => {
    renderStepper({ defaultUnits: 4 });
    expect(await field()).toHaveValue('4');
  });

  it('clamps a defaultUnits above the maximum to the maximum', async () => {
    renderStepper({ defaultUnits: 40 });
    expect(await field()).toHaveValue('10');
  });

  it('starts at the units in effect when no decrease is scheduled', async () => {
    renderStepper({}, basicSubscription({ addOns: [basicCreditsAddOn({ units: 3, scheduledUnits: null })] }));
    expect(await field()).toHaveValue('3');
  });

  it('calls onUnitsChange and reports units_changed once per new value, and not for a press that changes nothing', async () => {
    const onUnitsChange = vi.fn();
    const { events, user } = renderStepper({ onUnitsChange, defaultUnits: 9 });
    const units = await field();
    await user.click(increase());
    expect(units).toHaveValue('10');
    // At the maximum: the keys move nothing, so nothing is reported.
    units.focus();
    await user.keyboard('{ArrowUp}{End}{PageUp}');
    expect(units).toHaveValue('10');
    await user.keyboard('{ArrowDown}');
    expect(units).toHaveValue('9');
    expect(onUnitsChange.mock.calls).toEqual([[10], [9]]);
    expect(unitsChanged(events)).toEqual([10, 9]);
  });

  it('shows the controlled units and leaves changing them to the host', async () => {
    const onUnitsChange = vi.fn();
    const { user } = renderStepper({ units: 6, onUnitsChange });
    const units = await field();
    expect(units).toHaveValue('6');
    await user.click(increase());
    expect(onUnitsChange).toHaveBeenCalledWith(7);
    // The host did not take the new value: the field keeps showing the host's units.
    expect(units).toHaveValue('6');
  });

  it('follows the host when it takes each new value', async () => {
    function Host() {
      const [units, setUnits] = useState(2);
      return (
        <>
          <AddOnStepper addOnId="generative-credits" units={units} onUnitsChange={setUnits} />
          <p data-testid="host-units">{units}</p>
        </>
      );
    }
    render(
      <BillingProvider adapter={createMemoryAdapter({ subscription: basicSubscription() })} locale="en-US">
        <Host />
      </BillingProvider>,
    );
    const user = userEvent.setup();
    const units = await field();
    await user.click(increase());
    await user.click(increase());
    expect(units).toHaveValue('4');
    expect(screen.getByTestId('host-units')).toHaveTextContent('4');
  });
});

describe('useAddOnStepper in a host’s own markup', () => {
  function HostStepper({ to }: { to: number }) {
    const { data: subscription } = useSubscription();
    const addOn = subscription?.addOns[0];
    if (!subscription || !addOn) return null;
    return <Stepper addOn={addOn} subscription={subscription} to={to} />;
  }

  function Stepper({
    addOn,
    subscription,
    to,
  }: {
    addOn: Subscription['addOns'][number];
    subscription: Subscription;
    to: number;
  }) {
    const stepper = useAddOnStepper({ addOn, status: subscription.status });
    return (
      <div>
        <label {...stepper.labelProps} />
        <input {...stepper.inputProps} />
        <button type="button" onClick={() => stepper.setUnits(to)}>
          Host set
        </button>
      </div>
    );
  }

  it.each([
    [2.6, '3'],
    [2.4, '2'],
    [-3, '0'],
    [25, '10'],
  ])('setUnits(%s) gives whole units within the bounds: %s', async (to, shown) => {
    render(
      <BillingProvider adapter={createMemoryAdapter({ subscription: basicSubscription() })} locale="en-US">
        <HostStepper to={to} />
      </BillingProvider>,
    );
    const user = userEvent.setup();
    const units = await field();
    await user.click(screen.getByRole('button', { name: 'Host set' }));
    expect(units).toHaveValue(shown);
    expect(units).toHaveAttribute('aria-valuenow', shown);
  });
});
