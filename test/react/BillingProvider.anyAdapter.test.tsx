import { screen, waitFor, within } from '@testing-library/react';
import { type BillingAdapter, BillingError, createMemoryAdapter } from 'react-billing-widget/core';
import { teamSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../support/mockBackend';
import {
  confirmChange,
  dialogFigure,
  openReview,
  openStepper,
  outcome,
  reviewOneMoreUnit,
  updateButton,
} from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';

// No MSW here: any request over HTTP would fail, so these flows run on the adapter alone.

/** A host's own adapter: a plain object over the memory engine, recording its calls. */
function plainAdapter(overrides: Partial<BillingAdapter> = {}) {
  const engine = createMemoryAdapter({ subscription: teamSubscription() });
  const calls: string[] = [];
  const adapter: BillingAdapter = {
    getSubscription: (options) => {
      calls.push('getSubscription');
      return engine.getSubscription(options);
    },
    quoteAddOn: (request, options) => {
      calls.push('quoteAddOn');
      return engine.quoteAddOn(request, options);
    },
    updateAddOn: (request, options) => {
      calls.push('updateAddOn');
      return engine.updateAddOn(request, options);
    },
    ...overrides,
  };
  return { adapter, engine, calls };
}

describe('a BillingAdapter that is a plain object', () => {
  it('drives the whole flow: load, quote, confirm, refresh', async () => {
    const { adapter, engine, calls } = plainAdapter();
    const { user } = renderPanel({ adapter });
    expect(await screen.findByText('Team')).toBeInTheDocument();
    const field = await openStepper(user);
    expect(field).toHaveValue('2');
    field.focus();
    await user.keyboard('{ArrowUp}{ArrowUp}');

    const dialog = await openReview(user);
    expect(within(dialog).getByText('$60.00')).toBeInTheDocument();
    expect(within(dialog).getByText('400 credits')).toBeInTheDocument();
    expect(dialogFigure(dialog, 'New recurring charge')).toHaveTextContent('$120.00 / month');
    await confirmChange(user, dialog);

    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 4 units.');
    expect(engine.ledger).toEqual([expect.objectContaining({ amount: { amount: 6000, currency: 'USD' } })]);
    expect(calls.filter((call) => call === 'updateAddOn')).toHaveLength(1);
    expect(calls).toContain('quoteAddOn');
    expect(screen.getByText('Units').nextElementSibling).toHaveTextContent('4 units');
    expectReadableText();
  });

  it('shows a BillingError it rejects with by its code', async () => {
    const { adapter } = plainAdapter({
      getSubscription: () => Promise.reject(new BillingError('forbidden', 'No billing role.')),
    });
    renderPanel({ adapter });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You do not have permission to manage billing for this account.',
    );
    expectReadableText();
  });

  it('shows anything else it throws as an unexpected error, never swallowed', async () => {
    const { adapter } = plainAdapter({
      getSubscription: () => Promise.reject(new TypeError('boom')),
    });
    renderPanel({ adapter });
    expect(await screen.findByRole('alert')).toHaveTextContent('Something unexpected went wrong. Try again.');
    expectReadableText();
  });

  it('reports a non-Error rejection of the update as unexpected, with the code in update_failed', async () => {
    const { adapter, engine } = plainAdapter({ updateAddOn: () => Promise.reject('declined by gateway') });
    const { user, events } = renderPanel({ adapter });
    const dialog = await reviewOneMoreUnit(user);
    await user.click(updateButton(dialog));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Something unexpected went wrong.');
    expect(events).toContainEqual(expect.objectContaining({ type: 'update_failed', code: 'unexpected' }));
    expect(engine.ledger).toHaveLength(0);
    expectReadableText();
  });

  it('validates what it returns: a malformed subscription becomes an alert, not a crash', async () => {
    const { adapter } = plainAdapter({
      getSubscription: async () => ({ ...teamSubscription(), seats: Number.NaN }),
    });
    renderPanel({ adapter });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The billing service sent data we could not read.');
    expect(alert).toHaveTextContent('subscription.seats');
    await waitFor(() => expectReadableText());
  });
});
