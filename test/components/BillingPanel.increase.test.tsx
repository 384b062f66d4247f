import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPanel, setupMockServer } from '../support/mockBackend';
import { confirmChange, openReview, openStepper, outcome } from '../support/panelFlow';

const mock = setupMockServer();

describe('increasing credits on the Basic plan (per seat, 3 users)', () => {
  it('charges added units × $10.00 × 3 users now and shows the new monthly charge', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    const field = await openStepper(user);
    expect(field).toHaveValue('1');
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    expect(field).toHaveValue('2');
    await waitFor(() => expect(screen.getByText('$60.00 / month')).toBeInTheDocument());
    expect(screen.getByText('2 units × $10.00 × 3 users = $60.00')).toBeInTheDocument();

    const dialog = await openReview(user);
    expect(within(dialog).getByText('$30.00')).toBeInTheDocument();
    expect(within(dialog).getByText('180 credits')).toBeInTheDocument();

    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expect(engine.ledger).toHaveLength(1);
    expect(engine.ledger[0]?.amount).toEqual({ amount: 3000, currency: 'USD' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Upgrade Credits' })).toHaveFocus());
  });
});
