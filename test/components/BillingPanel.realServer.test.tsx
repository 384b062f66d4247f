// The widget end to end over real HTTP: <BillingPanel/> → createHttpAdapter → node:http on
// 127.0.0.1 → toNodeHandler(createBillingHandler) → the memory backend. No MSW anywhere.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { createHttpAdapter } from '../../src/core/adapters/http';
import { createBillingHandler, createMemoryBackend } from '../../src/server';
import { serveBilling } from '../support/billingServers';
import { renderPanel } from '../support/mockBackend';
import { confirmChange, openReview, openStepper, outcome } from '../support/panelFlow';

describe('the panel against a real server', () => {
  it('buys one more unit through the server kit and charges exactly once', async () => {
    const backend = createMemoryBackend({ subscriptions: { 'workspace-1': basicSubscription() } });
    const seenKeys: string[] = [];
    const handler = createBillingHandler({
      backend,
      identify: (request) => {
        const key = request.headers.get('Idempotency-Key');
        if (key) seenKeys.push(key);
        return request.headers.get('Authorization') === 'Bearer token-1' ? { customerId: 'workspace-1' } : null;
      },
    });
    const origin = await serveBilling('node:http', handler);
    const adapter = createHttpAdapter({
      baseUrl: `${origin}/api/billing`,
      headers: () => ({ Authorization: 'Bearer token-1' }),
      timeoutMs: 5000,
    });
    const { user } = renderPanel({ adapter });

    const field = await openStepper(user);
    expect(field).toHaveValue('1');
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    const dialog = await openReview(user);
    // 1 unit × $10.00 × 3 users, priced by the server.
    expect(within(dialog).getByText('$30.00')).toBeInTheDocument();
    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');

    expect(backend.ledger('workspace-1')).toEqual([{ amount: 3000, currency: 'USD' }]);
    expect(seenKeys).toHaveLength(1);
    const stored = await backend.getSubscription({ customerId: 'workspace-1' });
    expect(stored?.addOns[0]?.units).toBe(2);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Upgrade Credits' })).toBeInTheDocument());
  });
});
