import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPanel, setupMockServer } from '../support/mockBackend';
import { confirmChange, openReview, outcome, reviewOneMoreUnit, updateButton } from '../support/panelFlow';
import { recordRequests, requestsOf } from '../support/requestLog';

// Closing the dialog after a failed attempt and reviewing again is a new confirmation: it starts
// without the last attempt's alert or notice, and applies under a key of its own.

const mock = setupMockServer();

async function cancel(user: ReturnType<typeof renderPanel>['user'], dialog: HTMLElement) {
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

describe('reviewing again after a failed attempt', () => {
  it('opens without the decline alert and charges once under a new key', async () => {
    const { engine } = mock.use({ scenario: 'paymentFailure' });
    const requests = recordRequests(mock.server);
    const { user } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    await user.click(updateButton(dialog));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The payment was declined');
    await cancel(user, dialog);

    engine.setDeclinePayments(false);
    const again = await openReview(user);
    expect(within(again).queryByRole('alert')).not.toBeInTheDocument();
    await confirmChange(user, again);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    const [declined, applied] = requestsOf(requests, 'PUT').map((request) => request.idempotencyKey);
    expect(applied).toEqual(expect.any(String));
    expect(applied).not.toBe(declined);
    expect(engine.ledger).toHaveLength(1);
  });

  it('opens without the notice that the price was checked again', async () => {
    let clock = Date.now();
    const { engine } = mock.use({ scenario: 'basic', now: () => new Date(clock) });
    const { user } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    clock += 11 * 60 * 1000;
    await user.click(updateButton(dialog));
    expect(await within(dialog).findByText(/The price was out of date/)).toBeInTheDocument();
    await waitFor(() => expect(updateButton(dialog)).toBeEnabled());
    await cancel(user, dialog);

    const again = await openReview(user);
    expect(within(again).queryByText(/The price was out of date/)).not.toBeInTheDocument();
    expect(within(again).queryByRole('alert')).not.toBeInTheDocument();
    await confirmChange(user, again);
    expect(engine.ledger).toHaveLength(1);
  });
});
