import { screen, within } from '@testing-library/react';
import { teamCreditsAddOn, teamSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { renderPanel, setupMockServer } from '../support/mockBackend';
import { dialogFigure, openStepper, outcome } from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';

const mock = setupMockServer();

describe('messages overrides', () => {
  it('change the accessible names of every control', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const { user } = renderPanel({
      messages: {
        upgradeCredits: 'Buy more credits',
        unitsLabel: ({ addOnName }) => `How many ${addOnName}`,
        increaseUnits: 'One more',
        decreaseUnits: 'One fewer',
        review: 'Check the price',
        confirmTitle: 'Check your change',
        updateAddOn: 'Buy now',
        cancel: 'Go back',
        updated: ({ addOnName, units }) => `Done: ${addOnName} at ${units}.`,
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Buy more credits' }));
    expect(screen.queryByRole('button', { name: 'Upgrade Credits' })).not.toBeInTheDocument();
    const field = screen.getByRole('spinbutton', { name: 'How many Generative Credits' });
    expect(screen.getByRole('button', { name: 'One fewer' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'One more' }));
    expect(field).toHaveValue('2');
    expect(screen.queryByRole('button', { name: 'Review' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check the price' }));

    const dialog = await screen.findByRole('dialog', { name: 'Check your change' });
    expect(within(dialog).getByRole('button', { name: 'Go back' })).toBeInTheDocument();
    const apply = within(dialog).getByRole('button', { name: 'Buy now' });
    await expect.poll(() => apply.hasAttribute('disabled')).toBe(false);
    await user.click(apply);
    expect(await outcome()).toHaveTextContent('Done: Generative Credits at 2 units.');
    expect(engine.ledger).toHaveLength(1);
  });
});

describe('a non-English locale', () => {
  it('formats money and dates for de-DE with euros', async () => {
    const base = teamSubscription();
    mock.use({
      subscription: teamSubscription({
        plan: { ...base.plan, price: { amount: 2500, currency: 'EUR' } },
        addOns: [teamCreditsAddOn({ unitPrice: { amount: 3000, currency: 'EUR' } })],
        currentPeriodEnd: '2030-03-15T12:00:00.000Z',
      }),
    });
    const { user } = renderPanel({ locale: 'de-DE' });
    // Intl puts a no-break space before the euro sign; the queries' whitespace normalising matches it.
    expect(await screen.findByText('Monthly · 25,00 € / month')).toBeInTheDocument();
    expect(screen.getByText('2 units × 30,00 € = 60,00 €')).toBeInTheDocument();
    expect(screen.getByText('Renews on').nextElementSibling).toHaveTextContent('15.03.2030');
    expect(document.body.textContent).not.toContain('$');

    await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    expect(screen.getByText('3 units × 30,00 € = 90,00 €')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm add-on change' });
    expect(
      await within(dialog).findByText('30,00 € is charged now to the payment method on file.'),
    ).toBeInTheDocument();
    expect(dialogFigure(dialog, 'New recurring charge')).toHaveTextContent('90,00 € / month');
    expect(document.body.textContent).not.toContain('$');
    expectReadableText();
  });
});
