import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  type BillingEvent,
  BillingProvider,
  useBillingAnnouncement,
  useConfirmAddOnChange,
} from 'react-billing-widget';
import { createMemoryAdapter } from 'react-billing-widget/core';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it, vi } from 'vitest';

// A headless host calls `confirm` from markup of its own. The hook promises it is safe to call
// repeatedly: one request, one charge and one success per confirmation, whatever the host's button does.

function Host({ onUpdated, units }: { onUpdated?: () => void; units: number }) {
  const flow = useConfirmAddOnChange({ addOnId: 'generative-credits', units, enabled: true, onUpdated });
  const announcement = useBillingAnnouncement();
  return (
    <div>
      {/* Never disabled: the host relies on the hook, not on the button, to apply once. */}
      <button type="button" onClick={flow.confirm}>
        Host buy
      </button>
      <p data-testid="ready">{flow.canConfirm ? 'ready' : 'waiting'}</p>
      <p role="status">{announcement?.kind === 'outcome' ? announcement.text : ''}</p>
      {flow.error ? <p role="alert">{flow.error.message}</p> : null}
    </div>
  );
}

function renderHost(props: { onUpdated?: () => void; units?: number }) {
  const engine = createMemoryAdapter({ subscription: basicSubscription() });
  // A backend that takes a moment to apply, as a real one does: the second click lands while the first is pending.
  const updateAddOn = vi.fn<typeof engine.updateAddOn>(async (request, options) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    return engine.updateAddOn(request, options);
  });
  const events: BillingEvent[] = [];
  render(
    <BillingProvider adapter={{ ...engine, updateAddOn }} locale="en-US" onEvent={(event) => events.push(event)}>
      <Host units={props.units ?? 2} onUpdated={props.onUpdated} />
    </BillingProvider>,
  );
  return { engine, updateAddOn, events, user: userEvent.setup() };
}

const ofType = (events: BillingEvent[], type: BillingEvent['type']) => events.filter((event) => event.type === type);

describe('useConfirmAddOnChange in a host’s own markup', () => {
  it('applies once, reports one success and calls onUpdated once on a double-click of an enabled button', async () => {
    const onUpdated = vi.fn();
    const { engine, updateAddOn, events, user } = renderHost({ onUpdated });
    expect(await screen.findByText('ready')).toBeInTheDocument();

    await user.dblClick(screen.getByRole('button', { name: 'Host buy' }));
    expect(await screen.findByText('Generative Credits updated: you now have 2 units.')).toHaveRole('status');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(updateAddOn).toHaveBeenCalledTimes(1);
    expect(engine.ledger).toHaveLength(1);
    expect(ofType(events, 'confirm_clicked')).toHaveLength(1);
    expect(ofType(events, 'update_succeeded')).toHaveLength(1);
    expect(onUpdated).toHaveBeenCalledTimes(1);
  });

  it('reports success, not an error, when the host passes no onUpdated', async () => {
    const { engine, events, user } = renderHost({});
    expect(await screen.findByText('ready')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Host buy' }));
    expect(await screen.findByText('Generative Credits updated: you now have 2 units.')).toHaveRole('status');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(ofType(events, 'update_failed')).toEqual([]);
    expect(ofType(events, 'update_succeeded')).toHaveLength(1);
    expect(engine.ledger).toHaveLength(1);
  });

  it('does nothing when confirm is called before there is a quote to confirm', async () => {
    // The units in effect: nothing to quote, so nothing to confirm.
    const { updateAddOn, events, user } = renderHost({ units: 1 });
    await screen.findByText('waiting');
    const crashes: unknown[] = [];
    const onError = (event: ErrorEvent) => crashes.push(event.error);
    window.addEventListener('error', onError);
    await user.click(screen.getByRole('button', { name: 'Host buy' }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('error', onError);
    expect(crashes).toEqual([]);
    expect(updateAddOn).not.toHaveBeenCalled();
    expect(ofType(events, 'confirm_clicked')).toEqual([]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
