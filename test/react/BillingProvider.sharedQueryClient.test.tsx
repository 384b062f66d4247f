import { QueryClient } from '@tanstack/react-query';
import { within } from '@testing-library/react';
import { createMemoryAdapter } from 'react-billing-widget/core';
import { basicSubscription, teamSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { confirmChange, openReview, openStepper, outcome } from '../support/panelFlow';
import { renderWorkspaces } from '../support/workspaces';

// Issue 16: two providers given the same host QueryClient and different adapters (two workspaces,
// two backends) showed the first one's subscription in both panels: the query keys were global.

const sharedClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('two providers sharing a host QueryClient with different adapters', () => {
  it('each show their own adapter’s subscription', async () => {
    const { region } = renderWorkspaces(
      {
        'Workspace A': createMemoryAdapter({ subscription: basicSubscription() }),
        'Workspace B': createMemoryAdapter({ subscription: teamSubscription() }),
      },
      sharedClient(),
    );
    expect(await within(region('Workspace A')).findByText('Basic')).toBeInTheDocument();
    expect(await within(region('Workspace B')).findByText('Team')).toBeInTheDocument();
    expect(within(region('Workspace A')).queryByText('Team')).not.toBeInTheDocument();
  });

  it('quote and apply through their own adapter only', async () => {
    const a = createMemoryAdapter({ subscription: basicSubscription() });
    const b = createMemoryAdapter({ subscription: basicSubscription() });
    const { user, region } = renderWorkspaces({ 'Workspace A': a, 'Workspace B': b }, sharedClient());
    await openStepper(user, region('Workspace B'));
    await user.click(within(region('Workspace B')).getByRole('button', { name: 'Increase units' }));
    await confirmChange(user, await openReview(user, region('Workspace B')));
    expect(await outcome(region('Workspace B'))).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expect(b.ledger).toHaveLength(1);
    expect(a.ledger).toHaveLength(0);
    // A's panel still shows A's backend, which nothing changed.
    expect(within(region('Workspace A')).getByText('Units').nextElementSibling).toHaveTextContent('1 unit');
  });
});
