import { screen, waitFor, within } from '@testing-library/react';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { AddOnStepper } from '../../src/index';
import { renderPanel, renderWithProvider, setupMockServer } from '../support/mockBackend';
import { confirmChange, openReview, openStepper, outcome, reviewOneMoreUnit } from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';
import { recordRequests, requestsOf } from '../support/requestLog';

const mock = setupMockServer();

const PERIOD_END = '2030-03-15T12:00:00.000Z';
const PERIOD_END_TEXT = 'Mar 15, 2030';

const panelOf = (container: HTMLElement) => container.querySelector('.rbw-panel') as HTMLElement;
const factValue = (term: string) => (screen.getByText(term).nextElementSibling as HTMLElement).textContent;

describe('the panel in every subscription state', () => {
  it('shows a loading skeleton until the subscription arrives', async () => {
    mock.use({ scenario: 'slow', delayMs: 40 });
    const { container } = renderPanel();
    expect(screen.getByText('Loading your subscription…')).toBeInTheDocument();
    expect(panelOf(container)).toHaveAttribute('data-state', 'loading');
    expect(panelOf(container)).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('button', { name: 'Upgrade Credits' })).not.toBeInTheDocument();
    expectReadableText();

    expect(await screen.findByRole('button', { name: 'Upgrade Credits' })).toBeInTheDocument();
    expect(screen.queryByText('Loading your subscription…')).not.toBeInTheDocument();
    expect(panelOf(container)).toHaveAttribute('data-state', 'active');
    expect(panelOf(container)).not.toHaveAttribute('aria-busy');
    expectReadableText();
  });

  it('shows an alert with Retry when loading fails, and recovers on Retry', async () => {
    mock.use({ scenario: 'failing' });
    const { user, container } = renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your subscription could not be loaded.');
    expect(alert).toHaveTextContent('The billing service had a problem. Try again in a moment.');
    expect(panelOf(container)).toHaveAttribute('data-state', 'error');
    expectReadableText();

    mock.use({ scenario: 'basic' });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Upgrade Credits' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Basic')).toBeInTheDocument();
    expectReadableText();
  });

  it('explains that there is nothing to buy without a subscription', async () => {
    mock.use({ scenario: 'none' });
    const { container } = renderPanel();
    expect(
      await screen.findByText('You have no subscription yet, so there are no add-ons to buy. Choose a plan first.'),
    ).toBeInTheDocument();
    expect(panelOf(container)).toHaveAttribute('data-state', 'none');
    expect(screen.queryByRole('button', { name: 'Upgrade Credits' })).not.toBeInTheDocument();
    expectReadableText();
  });

  it('offers no Upgrade Credits on a canceled subscription', async () => {
    mock.use({ subscription: basicSubscription({ status: 'canceled', currentPeriodEnd: PERIOD_END }) });
    const { container } = renderPanel();
    expect(await screen.findByText(/This subscription is canceled/)).toBeInTheDocument();
    expect(panelOf(container)).toHaveAttribute('data-state', 'canceled');
    expect(screen.getByText('Canceled')).toBeInTheDocument();
    expect(factValue('Ends on')).toBe(PERIOD_END_TEXT);
    expect(screen.queryByRole('button', { name: 'Upgrade Credits' })).not.toBeInTheDocument();
    expectReadableText();
  });

  it('holds a stepper on its own at the units in effect on a canceled subscription, and says why', async () => {
    mock.use({ subscription: basicSubscription({ status: 'canceled', currentPeriodEnd: PERIOD_END }) });
    const requests = recordRequests(mock.server);
    const { user } = renderWithProvider(<AddOnStepper addOnId="generative-credits" />);
    const field = await screen.findByRole('spinbutton', { name: 'Generative Credits units' });
    expect(field).toHaveValue('1');
    expect(field).toHaveAttribute('aria-valuemin', '1');
    expect(field).toHaveAttribute('aria-valuemax', '1');
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveAccessibleDescription('This subscription is canceled, so its add-ons cannot be changed.');
    expect(screen.getByRole('button', { name: 'Decrease units' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Increase units' })).toBeDisabled();
    await user.click(field);
    await user.keyboard('{Home}{ArrowDown}{PageDown}');
    expect(field).toHaveValue('1');
    expect(screen.getByRole('button', { name: 'Review' })).toBeDisabled();
    expect(requestsOf(requests, 'POST')).toEqual([]);
    expectReadableText();
  });

  it('lets a past-due subscription only decrease: Increase units is disabled at the units in effect', async () => {
    const { engine } = mock.use({ scenario: 'pastDue' });
    const { user, container } = renderPanel();
    expect(await screen.findByText(/Your last payment did not go through/)).toBeInTheDocument();
    expect(panelOf(container)).toHaveAttribute('data-state', 'past_due');
    const field = await openStepper(user);
    expect(field).toHaveValue('1');
    expect(field).toHaveAttribute('aria-valuemax', '1');
    expect(screen.getByRole('button', { name: 'Increase units' })).toBeDisabled();
    expect(field).toHaveAccessibleDescription('Credits can be added again once the subscription is paid up.');
    field.focus();
    await user.keyboard('{End}{ArrowUp}{PageUp}');
    expect(field).toHaveValue('1');

    await user.click(screen.getByRole('button', { name: 'Decrease units' }));
    expect(field).toHaveValue('0');
    const dialog = await openReview(user);
    expect(within(dialog).getByText('$0.00')).toBeInTheDocument();
    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent(/Generative Credits updated: 0 units from/);
    expect(engine.ledger).toHaveLength(0);
    expect(engine.peek()?.addOns[0]?.scheduledUnits).toBe(0);
    expectReadableText();
  });

  it('lets a trialing subscription buy credits, charged now', async () => {
    const { engine } = mock.use({ scenario: 'trialing' });
    const { user, container } = renderPanel();
    expect(await screen.findByText(/You are on a trial until/)).toBeInTheDocument();
    expect(panelOf(container)).toHaveAttribute('data-state', 'trialing');
    expect(screen.getByText('Trial')).toBeInTheDocument();
    const dialog = await reviewOneMoreUnit(user);
    expect(within(dialog).getByText('$30.00 is charged now to the payment method on file.')).toBeInTheDocument();
    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expect(engine.ledger).toHaveLength(1);
    expectReadableText();
  });

  it('says when a cancelling subscription ends, and that the add-on ends with it', async () => {
    const { engine } = mock.use({
      subscription: basicSubscription({ cancelAtPeriodEnd: true, currentPeriodEnd: PERIOD_END }),
    });
    const { user } = renderPanel();
    expect(
      await screen.findByText(
        `Your subscription ends on ${PERIOD_END_TEXT}. You can still add credits, but add-ons end with the subscription on that date.`,
      ),
    ).toBeInTheDocument();
    expect(factValue('Ends on')).toBe(PERIOD_END_TEXT);
    expect(screen.queryByText('Renews on')).not.toBeInTheDocument();

    const dialog = await reviewOneMoreUnit(user);
    expect(
      within(dialog).getByText(`Your subscription is cancelling, so this add-on ends with it on ${PERIOD_END_TEXT}.`),
    ).toBeInTheDocument();
    await confirmChange(user, dialog);
    await waitFor(() => expect(engine.ledger).toHaveLength(1));
    expectReadableText();
  });

  it('says when an active subscription renews, without the cancelling note', async () => {
    mock.use({ subscription: basicSubscription({ currentPeriodEnd: PERIOD_END }) });
    const { user } = renderPanel();
    expect(await screen.findByText(/Your plan renews on Mar 15, 2030/)).toBeInTheDocument();
    expect(factValue('Renews on')).toBe(PERIOD_END_TEXT);
    const dialog = await reviewOneMoreUnit(user);
    expect(within(dialog).queryByText(/ends with it/)).not.toBeInTheDocument();
    expect(within(dialog).getByText('Add-ons are non-refundable.')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Credits reset every month and do not roll over to the next month.'),
    ).toBeInTheDocument();
  });
});
