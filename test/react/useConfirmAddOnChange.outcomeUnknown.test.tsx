import { screen, waitFor, within } from '@testing-library/react';
import { type BillingAdapter, BillingError, createMemoryAdapter } from 'react-billing-widget/core';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { renderPanel } from '../support/mockBackend';
import { reviewOneMoreUnit, updateButton } from '../support/panelFlow';

// A host's own adapter (an SDK, a GraphQL client) may fail in ways the HTTP adapter never does:
// a plain Error, or a cancelled request. The server may have applied the change before that
// failure reached the browser, so the dialog must say the outcome is unknown, and closing it
// must show what the server holds rather than invite a second purchase.

const UNKNOWN_OUTCOME = 'We could not confirm whether the change went through. Trying again will not charge you twice.';

/** The memory engine behind an adapter whose first update is applied, then fails with `failure`. */
function appliedThenFailing(failure: unknown) {
  const engine = createMemoryAdapter({ subscription: basicSubscription() });
  let failed = false;
  const adapter: BillingAdapter = {
    getSubscription: (options) => engine.getSubscription(options),
    quoteAddOn: (request, options) => engine.quoteAddOn(request, options),
    updateAddOn: async (request, options) => {
      const updated = await engine.updateAddOn(request, options);
      if (failed) return updated;
      failed = true;
      throw failure;
    },
  };
  return { adapter, engine };
}

describe('an update whose answer never arrived from a host adapter', () => {
  it.each([
    ['throws a plain Error', new TypeError('socket hang up'), 'Something unexpected went wrong. Try again.'],
    ['rejects as aborted', new BillingError('aborted', 'Cancelled.'), 'The request was cancelled.'],
  ])(
    'says the change may have gone through when the adapter %s, and shows it after Cancel',
    async (_, failure, says) => {
      const { adapter, engine } = appliedThenFailing(failure);
      const { user } = renderPanel({ adapter });
      const dialog = await reviewOneMoreUnit(user);
      await user.click(updateButton(dialog));

      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent(says);
      expect(alert).toHaveTextContent(UNKNOWN_OUTCOME);
      expect(engine.ledger).toHaveLength(1);

      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      // The server holds 2 units: the panel must not keep claiming 1 and invite a second purchase.
      await waitFor(() => expect(screen.getByText('Units').nextElementSibling).toHaveTextContent('2 units'));
      expect(engine.ledger).toHaveLength(1);
    },
  );

  it('says nothing of an unknown outcome when the adapter refuses the change', async () => {
    const engine = createMemoryAdapter({ subscription: basicSubscription() });
    const adapter: BillingAdapter = {
      getSubscription: (options) => engine.getSubscription(options),
      quoteAddOn: (request, options) => engine.quoteAddOn(request, options),
      updateAddOn: () => Promise.reject(new BillingError('forbidden', 'No billing role.')),
    };
    const { user } = renderPanel({ adapter });
    const dialog = await reviewOneMoreUnit(user);
    await user.click(updateButton(dialog));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('You do not have permission to manage billing for this account.');
    expect(alert).not.toHaveTextContent(UNKNOWN_OUTCOME);
  });
});
