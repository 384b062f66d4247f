import { within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { BillingEvent } from '../../src/index';
import { renderPanel, setupMockServer } from '../support/mockBackend';
import { confirmChange, outcome, reviewOneMoreUnit, updateButton } from '../support/panelFlow';
import { recordRequests, requestsOf } from '../support/requestLog';

const mock = setupMockServer();

function ofType<T extends BillingEvent['type']>(events: BillingEvent[], type: T) {
  return events.filter((event): event is Extract<BillingEvent, { type: T }> => event.type === type);
}

describe('onEvent', () => {
  it('receives the typed events of a change, in order', async () => {
    mock.use({ scenario: 'basic' });
    const { user, events } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    await confirmChange(user, dialog);
    await outcome();

    expect(ofType(events, 'stepper_opened')).toEqual([{ type: 'stepper_opened', addOnId: 'generative-credits' }]);
    expect(ofType(events, 'units_changed')).toEqual([
      { type: 'units_changed', addOnId: 'generative-credits', units: 2 },
    ]);
    const [shown] = ofType(events, 'quote_shown');
    expect(shown?.quote).toMatchObject({
      addOnId: 'generative-credits',
      units: 2,
      change: 'increase',
      dueNow: { amount: 3000, currency: 'USD' },
    });
    const clicked = ofType(events, 'confirm_clicked');
    expect(clicked).toEqual([
      {
        type: 'confirm_clicked',
        addOnId: 'generative-credits',
        units: 2,
        quoteId: expect.any(String),
        idempotencyKey: expect.any(String),
      },
    ]);
    expect(ofType(events, 'quote_shown').map((event) => event.quote.id)).toContain(clicked[0]?.quoteId);
    const [succeeded] = ofType(events, 'update_succeeded');
    expect(succeeded).toMatchObject({ addOnId: 'generative-credits', units: 2, change: 'increase' });
    expect(succeeded?.subscription.addOns[0]?.units).toBe(2);
    expect(ofType(events, 'update_failed')).toEqual([]);

    const order = ['stepper_opened', 'units_changed', 'quote_shown', 'confirm_clicked', 'update_succeeded'];
    const positions = order.map((type) => events.findIndex((event) => event.type === type));
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(positions).not.toContain(-1);
  });

  it('receives update_failed with the error code when applying fails', async () => {
    mock.use({ scenario: 'paymentFailure' });
    const { user, events } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    await user.click(updateButton(dialog));
    await within(dialog).findByRole('alert');

    const failed = ofType(events, 'update_failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ addOnId: 'generative-credits', units: 2, code: 'payment_failed' });
    expect(failed[0]?.error).toMatchObject({ name: 'BillingError', code: 'payment_failed' });
    expect(ofType(events, 'update_succeeded')).toEqual([]);
  });

  it('reports each load and each quote once, however many components read them', async () => {
    mock.use({ scenario: 'basic' });
    const requests = recordRequests(mock.server);
    const { user, events } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    // The panel, the stepper, its quote and the dialog all read the subscription: one event per GET.
    expect(requestsOf(requests, 'GET')).toHaveLength(1);
    expect(ofType(events, 'subscription_loaded')).toHaveLength(1);
    await confirmChange(user, dialog);
    await outcome();
    // The update's answer replaced the cached subscription: that is reported as a load too, without a GET.
    expect(ofType(events, 'subscription_loaded')).toHaveLength(2);
    expect(requestsOf(requests, 'GET')).toHaveLength(1);
    // The stepper and then the dialog show the same server quote: one event per quote.
    const shownIds = ofType(events, 'quote_shown').map((event) => event.quote.id);
    expect(shownIds).toEqual([...new Set(shownIds)]);
    expect(shownIds).toHaveLength(requestsOf(requests, 'POST').length);
  });
});
