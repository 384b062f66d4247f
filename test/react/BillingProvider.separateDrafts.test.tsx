import { QueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { createHttpAdapter } from 'react-billing-widget/core';
import { describe, expect, it } from 'vitest';
import { billingKeys } from '../../src/index';
import { BASE_URL, setupMockServer } from '../support/mockBackend';
import { confirmChange, openReview, openStepper, outcome } from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';
import { renderWorkspaces } from '../support/workspaces';

const mock = setupMockServer();

function renderTwoPanels(queryClient?: QueryClient) {
  const adapter = () => createHttpAdapter({ baseUrl: BASE_URL });
  const { user, region } = renderWorkspaces({ 'Workspace A': adapter(), 'Workspace B': adapter() }, queryClient);
  return { user, a: region('Workspace A'), b: region('Workspace B') };
}

describe('two panels on one page', () => {
  it('keep separate drafts, each with its own provider', async () => {
    mock.use({ scenario: 'basic' });
    const { user, a, b } = renderTwoPanels();
    const fieldA = await openStepper(user, a);
    const fieldB = await openStepper(user, b);

    await user.click(within(a).getByRole('button', { name: 'Increase units' }));
    await user.click(within(a).getByRole('button', { name: 'Increase units' }));
    await user.click(within(b).getByRole('button', { name: 'Decrease units' }));
    expect(fieldA).toHaveValue('3');
    expect(fieldB).toHaveValue('0');
    expect(within(a).getByText('3 units × $10.00 × 3 users = $90.00')).toBeInTheDocument();
    expect(within(b).getByText('0 units × $10.00 × 3 users = $0.00')).toBeInTheDocument();

    const dialog = await openReview(user, a);
    expect(dialog).toHaveTextContent('Generative Credits: from 1 unit to 3 units, starting now.');
    expect(screen.getAllByRole('dialog')).toHaveLength(1);
    expectReadableText();
  });

  it('keep separate drafts and outcomes even when they share a QueryClient', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { user, a, b } = renderTwoPanels(queryClient);
    await openStepper(user, a);
    const fieldB = await openStepper(user, b);
    await user.click(within(b).getByRole('button', { name: 'Decrease units' }));
    await user.click(within(a).getByRole('button', { name: 'Increase units' }));

    const dialog = await openReview(user, a);
    await confirmChange(user, dialog);
    expect(await outcome(a)).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expect(engine.ledger).toHaveLength(1);

    // Each provider's queries are its own (its adapter may be another backend's): B shows what it
    // loaded until it reloads, e.g. when the host asks every billing view to.
    expect(within(b).getByText('Units').nextElementSibling).toHaveTextContent('1 unit');
    await act(() => queryClient.invalidateQueries({ queryKey: billingKeys.subscription() }));
    await waitFor(() => expect(within(b).getByText('Units').nextElementSibling).toHaveTextContent('2 units'));
    // Its draft and its live region are its own.
    expect(fieldB).toHaveValue('0');
    expect(within(b).getByRole('status')).not.toHaveTextContent(/updated/);
    expect(within(b).getByRole('status')).not.toHaveAttribute('data-status', 'outcome');
    expect(within(a).queryByRole('spinbutton')).not.toBeInTheDocument();
    expectReadableText();
  });
});
