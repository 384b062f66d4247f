import { onlineManager, QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { basicSubscription } from 'react-billing-widget/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { BillingPanel, billingKeys } from '../../src/index';
import { renderWithProvider, setupMockServer } from '../support/mockBackend';
import { openStepper, reviewOneMoreUnit, updateButton } from '../support/panelFlow';
import { recordRequests, requestsOf } from '../support/requestLog';

// The provider uses the host's QueryClient when given, and a host's defaults are made for the
// host's own queries: none of them may change how billing behaves.
const mock = setupMockServer();

/** Defaults a host app may well have chosen for itself. */
const hostDefaults = () =>
  new QueryClient({
    defaultOptions: {
      queries: { throwOnError: true, retry: 3, retryDelay: 10, staleTime: Number.POSITIVE_INFINITY },
      mutations: { throwOnError: true, retry: 3, retryDelay: 10 },
    },
  });

/** Records what reached the host's error boundary instead of the widget's own alerts. */
class HostBoundary extends Component<{ children: ReactNode }, { crashed: boolean }> {
  override state = { crashed: false };
  static getDerivedStateFromError() {
    return { crashed: true };
  }
  override render() {
    return this.state.crashed ? <p>Host error page</p> : this.props.children;
  }
}

function renderInHost(queryClient: QueryClient) {
  return renderWithProvider(
    <HostBoundary>
      <BillingPanel />
    </HostBoundary>,
    { queryClient },
  );
}

afterEach(() => onlineManager.setOnline(true));

describe("a host's QueryClient with its own defaults", () => {
  it('shows a failed load in the panel with Retry, not in the host’s error boundary', async () => {
    mock.use({ scenario: 'failing' });
    renderInHost(hostDefaults());
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByText('Host error page')).not.toBeInTheDocument();
  });

  it('sends a declined payment once (no automatic retries of the PUT) and shows it in the dialog', async () => {
    const { engine } = mock.use({ scenario: 'paymentFailure' });
    const requests = recordRequests(mock.server);
    const { user } = renderInHost(hostDefaults());
    const dialog = await reviewOneMoreUnit(user);
    await user.click(updateButton(dialog));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The payment was declined');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requestsOf(requests, 'PUT')).toHaveLength(1);
    expect(engine.ledger).toEqual([]);
    expect(screen.queryByText('Host error page')).not.toBeInTheDocument();
  });

  it('asks the billing service even when the browser believes it is offline: the request decides', async () => {
    mock.use({ scenario: 'basic' });
    onlineManager.setOnline(false);
    renderInHost(new QueryClient());
    // navigator.onLine is a guess; a paused query would show the skeleton for ever, with no message.
    expect(await screen.findByRole('button', { name: 'Upgrade Credits' })).toBeInTheDocument();
  });

  it('applies a change while the browser believes it is offline, rather than holding the charge for later', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const { user } = renderInHost(new QueryClient());
    const dialog = await reviewOneMoreUnit(user);
    onlineManager.setOnline(false);
    await user.click(updateButton(dialog));
    await waitFor(() => expect(engine.ledger).toHaveLength(1));
  });

  it('prices the chosen units again when the host reloads a changed subscription, instead of showing the old quote', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const queryClient = new QueryClient();
    const { user } = renderInHost(queryClient);
    await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    const dueNow = () => screen.getByText('Due now').nextElementSibling;
    await waitFor(() => expect(dueNow()).toHaveTextContent('$30.00'));
    await waitFor(() => expect(screen.getByText('Due now').closest('[data-estimate]')).toBeNull());

    // A fourth user joins in another part of the host app, which reloads the billing subscription.
    engine.setSubscription(basicSubscription({ seats: 4 }));
    await queryClient.invalidateQueries({ queryKey: billingKeys.subscription() });
    await waitFor(() => expect(dueNow()).toHaveTextContent('$40.00'));
    expect(screen.getByText('1 unit × $10.00 × 4 users = $40.00', { exact: false })).toBeInTheDocument();
  });
});
