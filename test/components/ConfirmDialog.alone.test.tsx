import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AddOnStepper, ConfirmDialog } from '../../src/index';
import { renderWithProvider, setupMockServer } from '../support/mockBackend';
import { confirmChange, openReview, outcome, updateButton } from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';

// <ConfirmDialog> rendered by a host on its own, without the panel and stepper in front of it: the
// stepper can no longer refuse bad units first, so the dialog must say itself why there is nothing to confirm.
const mock = setupMockServer();
const WAITING = 'Getting the final price…';

async function openDialogFor(units: number): Promise<HTMLElement> {
  renderWithProvider(<ConfirmDialog addOnId="generative-credits" units={units} defaultOpen />);
  return screen.findByRole('dialog', { name: 'Confirm add-on change' });
}

describe('<ConfirmDialog> on its own', () => {
  it('quotes the units it was given and applies them, announcing the outcome', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const dialog = await openDialogFor(3);
    await waitFor(() => expect(updateButton(dialog)).toBeEnabled());
    expect(dialog).toHaveTextContent('Generative Credits: from 1 unit to 3 units, starting now.');
    expect(dialog).toHaveTextContent('Due now$60.00');
    expect(dialog).not.toHaveTextContent(WAITING);

    updateButton(dialog).click();
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 3 units.');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(engine.ledger).toHaveLength(1);
  });

  it('says the units are out of range instead of waiting for a price that never comes', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const dialog = await openDialogFor(11);
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('That number of units is not allowed.');
    expect(alert).toHaveTextContent('Enter a whole number from 0 to 10.');
    expect(dialog).not.toHaveTextContent(WAITING);
    expect(dialog).toHaveAccessibleDescription(/That number of units is not allowed/);
    expect(updateButton(dialog)).toBeDisabled();
    expect(engine.ledger).toHaveLength(0);
    expectReadableText();
  });

  it('says an increase needs a paid-up subscription when it is past due', async () => {
    mock.use({ scenario: 'pastDue' });
    const dialog = await openDialogFor(3);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Your last payment did not go through, so you cannot add credits until it is paid.',
    );
    expect(dialog).not.toHaveTextContent(WAITING);
    expect(updateButton(dialog)).toBeDisabled();
  });

  it('says there is no subscription to change', async () => {
    mock.use({ scenario: 'none' });
    const dialog = await openDialogFor(3);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'You have no subscription yet, so there are no add-ons to buy. Choose a plan first.',
    );
    expect(updateButton(dialog)).toBeDisabled();
  });

  it('shows the failed load with Retry when the subscription cannot be read', async () => {
    mock.use({ scenario: 'failing' });
    const dialog = await openDialogFor(3);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The billing service had a problem. Try again in a moment.',
    );
    expect(within(dialog).getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(dialog).not.toHaveTextContent(WAITING);
    expect(updateButton(dialog)).toBeDisabled();
  });

  it('says there is nothing to change for the units already in effect, without an endless price wait', async () => {
    mock.use({ scenario: 'basic' });
    const dialog = await openDialogFor(1);
    expect(await within(dialog).findByText('Generative Credits: no change.')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('This is what you have now. Choose a different number of units to make a change.');
    // Give a server quote time to arrive, were one asked for: the wait line must not stay.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dialog).not.toHaveTextContent(WAITING);
    expect(within(dialog).queryByText('Good to know')).not.toBeInTheDocument();
    expect(updateButton(dialog)).toBeDisabled();
  });

  it('shares the live region of a stepper on its own, so the outcome is announced once', async () => {
    mock.use({ scenario: 'basic' });
    const { user } = renderWithProvider(<AddOnStepper addOnId="generative-credits" />);
    await user.click(await screen.findByRole('button', { name: 'Increase units' }));
    const dialog = await openReview(user);
    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });
});
