import { screen, waitFor, within } from '@testing-library/react';
import { type AddOnQuote, type BillingAdapter, createMemoryAdapter } from 'react-billing-widget/core';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../support/mockBackend';
import { openReview, openStepper, updateButton } from '../support/panelFlow';

// What the customer confirms is the server's quote. Figures beside it must not contradict it, and a
// quote the panel cannot stand behind (another currency) must not be confirmable.

/** The memory engine, with every quote it makes passed through `alter`. */
function adapterAltering(alter: (quote: AddOnQuote) => AddOnQuote): BillingAdapter {
  const engine = createMemoryAdapter({ subscription: basicSubscription() });
  return {
    getSubscription: (options) => engine.getSubscription(options),
    quoteAddOn: async (request, options) => alter(await engine.quoteAddOn(request, options)),
    updateAddOn: (request, options) => engine.updateAddOn(request, options),
  };
}

describe('figures beside the server’s quote', () => {
  it('refuses a quote in another currency than the add-on’s price, naming both, and offers nothing to confirm', async () => {
    const { user } = renderPanel({
      adapter: adapterAltering((quote) => ({ ...quote, dueNow: { ...quote.dueNow, currency: 'EUR' } })),
    });
    await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The billing service sent data we could not read.');
    expect(alert).toHaveTextContent("it is in EUR, not the add-on's USD");
    // Review opens on the estimate, but the dialog gets the same refusal and nothing to confirm.
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm add-on change' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent("it is in EUR, not the add-on's USD");
    expect(updateButton(dialog)).toBeDisabled();
  });

  it('shows the server’s due-now alone when units × price × users would not come to it', async () => {
    const { user } = renderPanel({
      adapter: adapterAltering((quote) => ({ ...quote, dueNow: { ...quote.dueNow, amount: quote.dueNow.amount + 1 } })),
    });
    await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    const dialog = await openReview(user);
    const dueNow = within(dialog).getByText('Due now').nextElementSibling as HTMLElement;
    expect(dueNow).toHaveTextContent('$30.01');
    expect(dueNow).not.toHaveTextContent('='); // no "1 unit × $10.00 × 3 users = $30.00" beside it
    // The recurring charge agrees with its arithmetic, which stays.
    expect(within(dialog).getByText('2 units × $10.00 × 3 users = $60.00')).toBeInTheDocument();
    await waitFor(() => expect(updateButton(dialog)).toBeEnabled());
  });

  // A backend that prorates (createStripeBackend({ proration: true })) charges less than the full
  // price of the added units: the note says why the figure is not the price times the units.
  it('explains a due-now below the full price as the rest of this period, prorated', async () => {
    const { user } = renderPanel({
      adapter: adapterAltering((quote) => ({ ...quote, dueNow: { ...quote.dueNow, amount: quote.dueNow.amount / 2 } })),
    });
    await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    const dialog = await openReview(user);
    expect(
      within(dialog).getByText(
        '$15.00 is charged now to the payment method on file, for the rest of this period only ($30.00 for a full period).',
      ),
    ).toBeInTheDocument();
    expect(within(dialog).queryByText('$15.00 is charged now to the payment method on file.')).not.toBeInTheDocument();
  });

  it('keeps the plain charged-now note when the full price is due', async () => {
    const { user } = renderPanel({ adapter: adapterAltering((quote) => quote) });
    await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    const dialog = await openReview(user);
    expect(within(dialog).getByText('$30.00 is charged now to the payment method on file.')).toBeInTheDocument();
  });
});
