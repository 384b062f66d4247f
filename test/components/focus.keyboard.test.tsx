import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { useState } from 'react';
import { basicCreditsAddOn, basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from '../../src/index';
import { BASE_URL, renderPanel, renderWithProvider, setupMockServer } from '../support/mockBackend';
import { openStepper, reviewOneMoreUnit, typeUnits, updateButton } from '../support/panelFlow';

// A keyboard or screen-reader user's focus must never fall to <body>, where the next Tab starts the
// page over: not when a dialog closes, nor when the focused control is disabled or replaced.
const mock = setupMockServer();

describe('focus through the add-on flow', () => {
  it.each([
    ['Escape', async (user: ReturnType<typeof renderPanel>['user']) => user.keyboard('{Escape}')],
    [
      'Cancel',
      async (user: ReturnType<typeof renderPanel>['user'], dialog: HTMLElement) =>
        user.click(within(dialog).getByRole('button', { name: 'Cancel' })),
    ],
  ])('returns focus to Review when the dialog is closed with %s', async (_, close) => {
    mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    await close(user, dialog);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Review' })).toHaveFocus();
  });

  it('hands focus to the units field when Increase or Decrease units reaches a bound and disables', async () => {
    mock.use({ subscription: basicSubscription({ addOns: [basicCreditsAddOn({ units: 1, maxUnits: 2 })] }) });
    const { user } = renderPanel();
    const field = await openStepper(user);
    const increase = screen.getByRole('button', { name: 'Increase units' });
    await user.click(increase);
    expect(increase).toBeDisabled();
    expect(field).toHaveFocus();

    const decrease = screen.getByRole('button', { name: 'Decrease units' });
    await user.click(decrease);
    expect(decrease).toHaveFocus(); // 1 unit: not at the bound yet
    await user.keyboard('{Enter}');
    expect(decrease).toBeDisabled();
    expect(field).toHaveFocus();
  });

  it('keeps focus in the dialog while Update Add-On is disabled for the pending change', async () => {
    mock.use({ scenario: 'basic', delayMs: 300 });
    const { user } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    await user.click(updateButton(dialog));
    expect(updateButton(dialog)).toBeDisabled();
    expect(dialog).toHaveFocus();
  });

  it('returns focus to the host’s own button after a lone ConfirmDialog is dismissed', async () => {
    mock.use({ scenario: 'basic' });
    const { user } = renderWithProvider(<HostOpensDialog />);
    await user.click(screen.getByRole('button', { name: 'Buy 3 units' }));
    await screen.findByRole('dialog', { name: 'Confirm add-on change' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Buy 3 units' })).toHaveFocus();
  });

  it('reads out a refused number: its message sits in a polite live region', async () => {
    mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    const field = await openStepper(user);
    await typeUnits(user, field, '99');
    const message = screen.getByText('Enter a whole number from 0 to 10.');
    expect(message.closest('[aria-live="polite"]')).not.toBeNull();
  });
});

describe('focus after Retry', () => {
  it('keeps Retry in place while the subscription reloads, then lands focus on the plan heading', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    let failing = true;
    mock.server.use(
      http.get(`${BASE_URL}/subscription`, async () => {
        if (failing) return HttpResponse.json({ error: { code: 'server', message: 'down' } }, { status: 500 });
        await new Promise((resolve) => setTimeout(resolve, 200));
        return HttpResponse.json({ subscription: engine.peek() });
      }),
    );
    const { user } = renderPanel({ retry: 0 });
    const retry = await screen.findByRole('button', { name: 'Retry' });
    failing = false;
    await user.click(retry);
    // While reloading the same button stays, focused, and ignores presses.
    expect(retry).toHaveFocus();
    expect(retry).toHaveAttribute('aria-disabled', 'true');
    const heading = await screen.findByRole('heading', { name: /Basic/ });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});

/** A host's own button opening our dialog. */
function HostOpensDialog() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Buy 3 units
      </button>
      <ConfirmDialog addOnId="generative-credits" units={3} open={open} onOpenChange={setOpen} />
    </>
  );
}
