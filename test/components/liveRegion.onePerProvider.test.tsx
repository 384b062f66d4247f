import { screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { AddOnStepper, BillingStatus, ConfirmDialog } from '../../src/index';
import { renderWithProvider, setupMockServer } from '../support/mockBackend';
import { confirmChange, outcome, updateButton } from '../support/panelFlow';

// One provider owns one polite live region. A stepper and a dialog each rendered on their own (side by
// side, neither inside the other) each rendered a region of their own, so an outcome was announced twice.

const mock = setupMockServer();

describe('the live region of one provider', () => {
  it('is rendered once for a lone stepper and a lone dialog side by side, and announces the outcome once', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const { user } = renderWithProvider(
      <>
        <AddOnStepper addOnId="generative-credits" />
        <ConfirmDialog addOnId="generative-credits" units={3} defaultOpen />
      </>,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Confirm add-on change' });
    await waitFor(() => expect(updateButton(dialog)).toBeEnabled());
    // The lone dialog's review is not the stepper's: the stepper's own dialog stays closed.
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expect(screen.getAllByRole('status')).toHaveLength(1);
    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 3 units.');
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(engine.ledger).toHaveLength(1);
  });

  it('moves to the next one rendered when the one speaking unmounts', async () => {
    mock.use({ scenario: 'basic' });
    function Host() {
      const [first, setFirst] = useState(true);
      return (
        <>
          {first ? <BillingStatus className="first" /> : null}
          <BillingStatus className="second" />
          <button type="button" onClick={() => setFirst(false)}>
            Drop the first
          </button>
        </>
      );
    }
    const { user } = renderWithProvider(<Host />);
    await waitFor(() => expect(screen.getAllByRole('status')).toHaveLength(1));
    expect(screen.getByRole('status')).toHaveClass('first');
    await user.click(screen.getByRole('button', { name: 'Drop the first' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveClass('second'));
  });
});
