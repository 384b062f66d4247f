import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryAdapter } from 'react-billing-widget/core';
import { basicSubscription } from 'react-billing-widget/mocks';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type BillingEvent, BillingPanel, BillingProvider, type Subscription } from '../../src/index';
import { confirmChange, outcome, reviewOneMoreUnit } from '../support/panelFlow';

// Server data on first paint (issue 14, item 4): the server HTML of a host that passed
// initialSubscription is hydrated without a loading state and without asking the adapter.

let consoleError: ReturnType<typeof vi.spyOn>;
afterEach(() => consoleError?.mockRestore());

function hydrateWith(initialSubscription: Subscription | null) {
  const engine = createMemoryAdapter({ subscription: basicSubscription() });
  const getSubscription = vi.spyOn(engine, 'getSubscription');
  const events: BillingEvent[] = [];
  const app = (
    <BillingProvider
      adapter={engine}
      locale="en-US"
      initialSubscription={initialSubscription}
      onEvent={(event) => events.push(event)}
    >
      <BillingPanel />
    </BillingProvider>
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(app);
  document.body.append(container);
  consoleError = vi.spyOn(console, 'error');
  render(app, { container, hydrate: true });
  return { engine, getSubscription, events, user: userEvent.setup(), container };
}

describe('hydrating server HTML rendered with initialSubscription', () => {
  it('shows the plan at once, makes no GET while hydrating and reports the load once', async () => {
    const { getSubscription, events, container } = hydrateWith(basicSubscription());
    expect(within(container).getByText('Basic')).toBeInTheDocument();
    expect(within(container).getByRole('button', { name: 'Upgrade Credits' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getSubscription).not.toHaveBeenCalled();
    // No hydration mismatch (React reports one through console.error).
    expect(consoleError).not.toHaveBeenCalled();
    expect(events.filter((event) => event.type === 'subscription_loaded')).toEqual([
      { type: 'subscription_loaded', subscription: basicSubscription() },
    ]);
  });

  it('then applies a change as usual, once', async () => {
    const { engine, user } = hydrateWith(basicSubscription());
    await confirmChange(user, await reviewOneMoreUnit(user));
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expect(engine.ledger).toHaveLength(1);
  });

  it('shows a subscription that fails validation as unreadable data, and Retry loads it from the adapter', async () => {
    const { getSubscription, user } = hydrateWith({ ...basicSubscription(), seats: 0 });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The billing service sent data we could not read.');
    expect(alert).toHaveTextContent('subscription.seats');
    expect(getSubscription).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Basic')).toBeInTheDocument();
    expect(getSubscription).toHaveBeenCalledTimes(1);
  });
});
