import { screen, waitFor, within } from '@testing-library/react';
import { scenarios } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { renderPanel, setupMockServer } from '../support/mockBackend';
import { confirmChange, openReview, openStepper, outcome } from '../support/panelFlow';

const mock = setupMockServer();

/** Everything a customer can read or hear: the page's text and the names and values read out. */
function wordsOnPage(): string {
  const attributes = [...document.body.querySelectorAll('*')].flatMap((element) =>
    ['aria-label', 'aria-valuetext', 'aria-description', 'title', 'placeholder']
      .map((name) => element.getAttribute(name))
      .filter((value): value is string => value !== null),
  );
  return [document.body.textContent ?? '', ...attributes].join('\n');
}

/** Fails when anything on the page speaks of months. */
function expectNoMonth(where: string): void {
  expect(wordsOnPage(), `${where} mentions a month`).not.toMatch(/month/i);
}

/** The value beside a fact's term, e.g. "Due now" → "$300.00…". */
function factValue(scope: HTMLElement, term: string): HTMLElement {
  return within(scope).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

// As the widget shows dates: medium style, in the viewer's time zone.
const renewal = new Date(scenarios.teamAnnual.subscription?.currentPeriodEnd ?? '');
const renewalDate = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(renewal);

describe('a Team plan billed yearly (teamAnnual: 2 shared units at $300.00 a year)', () => {
  it('speaks of years throughout the panel, the stepper, the dialog and the outcome, never of months', async () => {
    mock.use({ scenario: 'teamAnnual' });
    const { user } = renderPanel();
    await screen.findByRole('button', { name: 'Upgrade Credits' });
    expect(factValue(document.body, 'Billing cycle')).toHaveTextContent('Yearly · $250.00 / year');
    expect(factValue(document.body, 'Charge')).toHaveTextContent('$600.00 / year');
    expectNoMonth('the panel');

    await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    await waitFor(() => expect(screen.getByTestId('rbw-new-recurring')).toHaveTextContent('$900.00 / year'));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 units: $900.00 / year.'));
    expectNoMonth('the stepper');

    const dialog = await openReview(user);
    expect(dialog).toHaveTextContent('Credits reset every year and do not roll over to the next year.');
    expectNoMonth('the dialog');

    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 3 units.');
    await waitFor(() => expect(factValue(document.body, 'Charge')).toHaveTextContent('$900.00 / year'));
    expectNoMonth('the panel after the change');
  });

  it('shows the dialog’s figures for a unit more: $300.00 and 2,400 credits now, $900.00 a year', async () => {
    const { engine } = mock.use({ scenario: 'teamAnnual' });
    const { user } = renderPanel();
    await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    const dialog = await openReview(user);
    expect(factValue(dialog, 'Due now')).toHaveTextContent('$300.00' + '1 unit × $300.00 = $300.00');
    expect(factValue(dialog, 'Credits added now')).toHaveTextContent('2,400 credits');
    expect(factValue(dialog, 'New recurring charge')).toHaveTextContent(
      '$900.00 / year' + '3 units × $300.00 = $900.00',
    );
    expect(factValue(dialog, 'Takes effect')).toHaveTextContent('Immediately');
    expect(within(dialog).getByRole('region', { name: 'Good to know' })).toHaveTextContent(
      '$300.00 is charged now to the payment method on file.',
    );

    await confirmChange(user, dialog);
    expect(engine.ledger.map((charge) => charge.amount)).toEqual([{ amount: 30000, currency: 'USD' }]);
  });

  it('shows a decrease waiting for the end of the year, $300.00 a year from then and nothing due now', async () => {
    mock.use({ scenario: 'teamAnnual' });
    const { user } = renderPanel();
    await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Decrease units' }));
    const dialog = await openReview(user);
    expect(factValue(dialog, 'Due now')).toHaveTextContent('$0.00');
    expect(factValue(dialog, 'Credits added now')).toHaveTextContent('0 credits');
    expect(factValue(dialog, 'New recurring charge')).toHaveTextContent('$300.00 / year');
    expect(factValue(dialog, 'Takes effect')).toHaveTextContent(renewalDate);
    expect(dialog).toHaveTextContent(`you keep your current credits until ${renewalDate}`);
    expectNoMonth('the dialog for a decrease');
  });
});
