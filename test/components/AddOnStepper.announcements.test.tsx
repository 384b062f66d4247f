import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPanel, setupMockServer } from '../support/mockBackend';
import { openStepper } from '../support/panelFlow';

const mock = setupMockServer();

describe('the stepper announcing its figures', () => {
  it('reads the new total out once the price settles, not on every click', async () => {
    mock.use({ scenario: 'basic' });
    const { user } = renderPanel();
    await openStepper(user);
    const status = screen.getByRole('status');
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(status.textContent ?? ''));
    observer.observe(status, { subtree: true, childList: true, characterData: true });

    const increase = screen.getByRole('button', { name: 'Increase units' });
    // Three clicks in one go, well inside the quote's debounce however loaded the machine is.
    for (let click = 0; click < 3; click += 1) act(() => fireEvent.click(increase));
    await waitFor(() => expect(status).toHaveTextContent('4 units: $120.00 / month. Due now: $90.00.'));
    // Give a late announcement for 2 or 3 units time to appear, then check there was none.
    await new Promise((resolve) => setTimeout(resolve, 500));
    observer.disconnect();
    expect(texts.filter(Boolean)).toEqual(['4 units: $120.00 / month. Due now: $90.00.']);
    // Read out, not shown twice: the stepper already shows these figures.
    expect(status).toHaveAttribute('data-status', 'summary');
    expect(status).toHaveAttribute('aria-live', 'polite');
  });
});
