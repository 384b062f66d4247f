import { screen, waitFor, within } from '@testing-library/react';
import { basicCreditsAddOn, basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { renderPanel, setupMockServer } from '../support/mockBackend';
import { confirmChange, dialogFigure, openReview, openStepper, outcome, typeUnits } from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';

const mock = setupMockServer();

// Noon UTC, so the date reads the same in every test machine's time zone.
const PERIOD_END = '2030-03-15T12:00:00.000Z';
const PERIOD_END_TEXT = 'Mar 15, 2030';

describe('increasing units', () => {
  it('charges 2 added units × $10.00 × 3 users on Basic once, says so and returns focus to Upgrade Credits', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    const field = await openStepper(user);
    await typeUnits(user, field, '3');
    expect(screen.getByText('3 units × $10.00 × 3 users = $90.00')).toBeInTheDocument();

    const dialog = await openReview(user);
    expect(within(dialog).getByText('$60.00')).toBeInTheDocument();
    expect(within(dialog).getByText('2 units × $10.00 × 3 users = $60.00')).toBeInTheDocument();
    expect(within(dialog).getByText('360 credits')).toBeInTheDocument();
    expect(dialogFigure(dialog, 'New recurring charge')).toHaveTextContent('$90.00 / month');
    expect(within(dialog).getByText('Immediately')).toBeInTheDocument();
    expect(within(dialog).getByText('$60.00 is charged now to the payment method on file.')).toBeInTheDocument();
    await confirmChange(user, dialog);

    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 3 units.');
    expect(engine.ledger).toEqual([
      expect.objectContaining({ addedUnits: 2, amount: { amount: 6000, currency: 'USD' } }),
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Upgrade Credits' })).toHaveFocus());
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(screen.getByText('3 units')).toBeInTheDocument();
    expectReadableText();
  });

  it('charges added units × $30.00 once for the whole Team workspace, whatever the seats', async () => {
    const { engine } = mock.use({ scenario: 'team' });
    const { user } = renderPanel();
    const field = await openStepper(user);
    expect(field).toHaveValue('2');
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    expect(screen.getByText('3 units × $30.00 = $90.00')).toBeInTheDocument();

    const dialog = await openReview(user);
    expect(within(dialog).getByText('$30.00')).toBeInTheDocument();
    expect(within(dialog).getByText('200 credits')).toBeInTheDocument();
    expect(dialogFigure(dialog, 'New recurring charge')).toHaveTextContent('$90.00 / month');
    await confirmChange(user, dialog);

    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 3 units.');
    expect(engine.ledger).toHaveLength(1);
    expect(engine.ledger[0]?.amount).toEqual({ amount: 3000, currency: 'USD' });
    expect(engine.peek()?.addOns[0]?.units).toBe(3);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Upgrade Credits' })).toHaveFocus());
    expectReadableText();
  });
});

describe('decreasing units', () => {
  it('schedules a decrease for the period end without charging, and the panel shows it', async () => {
    const subscription = basicSubscription({
      currentPeriodEnd: PERIOD_END,
      addOns: [basicCreditsAddOn({ units: 2 })],
    });
    const { engine } = mock.use({ subscription });
    const { user } = renderPanel();
    const field = await openStepper(user);
    expect(field).toHaveValue('2');
    await user.click(screen.getByRole('button', { name: 'Decrease units' }));
    // Beside the lower charge, before any dialog: when it starts, and that nothing comes back now.
    expect(
      await screen.findByText(`Starts on ${PERIOD_END_TEXT}, at the end of this period. Nothing is refunded.`),
    ).toBeInTheDocument();

    const dialog = await openReview(user);
    expect(dialog).toHaveTextContent(`Generative Credits: from 2 units to 1 unit on ${PERIOD_END_TEXT}.`);
    const takesEffect = within(dialog).getByText('Takes effect').parentElement as HTMLElement;
    expect(takesEffect).toHaveTextContent(PERIOD_END_TEXT);
    expect(within(dialog).getByText('$0.00')).toBeInTheDocument();
    expect(within(dialog).getByText('0 credits')).toBeInTheDocument();
    expect(dialogFigure(dialog, 'New recurring charge')).toHaveTextContent('$30.00 / month');
    expect(
      within(dialog).getByText(
        `Nothing is refunded and nothing changes now: you keep your current credits until ${PERIOD_END_TEXT}, when the new units start.`,
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText(/is charged now/)).not.toBeInTheDocument();
    await confirmChange(user, dialog);

    expect(await outcome()).toHaveTextContent(`Generative Credits updated: 1 unit from ${PERIOD_END_TEXT}.`);
    expect(engine.ledger).toHaveLength(0);
    expect(engine.peek()?.addOns[0]).toMatchObject({ units: 2, scheduledUnits: 1 });
    expect(screen.getByText(`Changes to 1 unit on ${PERIOD_END_TEXT}`)).toBeInTheDocument();
    expect(screen.getByText('2 units')).toBeInTheDocument();
    expectReadableText();
  });
});

describe('restoring a scheduled decrease', () => {
  it('starts the stepper at the scheduled units and cancels the decrease without charging', async () => {
    const subscription = basicSubscription({
      currentPeriodEnd: PERIOD_END,
      addOns: [basicCreditsAddOn({ units: 3, scheduledUnits: 1 })],
    });
    const { engine } = mock.use({ subscription });
    const { user } = renderPanel();
    expect(await screen.findByText(`Changes to 1 unit on ${PERIOD_END_TEXT}`)).toBeInTheDocument();
    const field = await openStepper(user);
    expect(field).toHaveValue('1');

    await typeUnits(user, field, '3');
    const dialog = await openReview(user);
    expect(dialog).toHaveTextContent('Generative Credits: keep 3 units and cancel the scheduled change.');
    expect(within(dialog).getByText('$0.00')).toBeInTheDocument();
    expect(dialogFigure(dialog, 'New recurring charge')).toHaveTextContent('$90.00 / month');
    await confirmChange(user, dialog);

    expect(await outcome()).toHaveTextContent(
      'Generative Credits updated: the scheduled change was cancelled; you keep 3 units.',
    );
    expect(engine.ledger).toHaveLength(0);
    expect(engine.peek()?.addOns[0]).toMatchObject({ units: 3, scheduledUnits: null });
    expect(screen.queryByText(/Changes to/)).not.toBeInTheDocument();
    expectReadableText();
  });
});

describe('choosing the units already in effect', () => {
  it('offers nothing to review', async () => {
    mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    const field = await openStepper(user);
    expect(field).toHaveValue('1');
    expect(screen.getByRole('button', { name: 'Review' })).toBeDisabled();
    expect(screen.getByText(/This is what you have now/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    expect(screen.getByRole('button', { name: 'Review' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Decrease units' }));
    expect(screen.getByRole('button', { name: 'Review' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Review' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expectReadableText();
  });
});

describe('closing the stepper without reviewing', () => {
  it('drops the chosen units: opened again, the stepper starts at the units in effect next period', async () => {
    mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    const field = await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    expect(field).toHaveValue('2');

    await user.click(screen.getByRole('button', { name: 'Upgrade Credits' }));
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(await openStepper(user)).toHaveValue('1');
  });
});
