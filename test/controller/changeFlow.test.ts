import { describe, expect, it, vi } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { ADD_ON, settle, setupController, unitsHeld } from './support';

// The change flow in Node, without React or a DOM: what the controller does for our components and
// a headless host alike. The memory engine's ledger is the truth about charges.

describe('confirming a change', () => {
  it('charges once on a double confirm, with one key, one success and one outcome', async () => {
    const { controller, quoteFor, flow, engine, updates, ofType } = setupController();
    flow.review(ADD_ON, 2);
    const quote = await quoteFor(ADD_ON, 2);
    const first = flow.confirm(quote);
    const second = flow.confirm(quote);
    expect(flow.getState().review?.phase).toBe('applying');
    expect(await second).toBeUndefined();
    expect((await first)?.addOns[0]?.units).toBe(2);

    expect(updates).toHaveLength(1);
    expect(engine.ledger).toEqual([expect.objectContaining({ amount: { amount: 3000, currency: 'USD' } })]);
    expect(ofType('confirm_clicked')).toHaveLength(1);
    expect(ofType('update_succeeded')).toEqual([
      expect.objectContaining({ addOnId: ADD_ON, units: 2, change: 'increase' }),
    ]);
    expect(flow.getState()).toMatchObject({
      review: null,
      announcement: { kind: 'outcome', text: 'Generative Credits updated: you now have 2 units.' },
    });
  });

  it('puts the applied subscription in the cache, reported as a load without a second GET', async () => {
    const { controller, quoteFor, loadSubscription, flow, engine, ofType } = setupController();
    const quote = await quoteFor(ADD_ON, 3);
    const getSubscription = vi.spyOn(engine, 'getSubscription');
    await flow.confirm(quote);
    await settle();
    expect((await loadSubscription())?.addOns[0]?.units).toBe(3);
    expect(getSubscription).not.toHaveBeenCalled();
    expect(ofType('subscription_loaded').map((event) => event.subscription?.addOns[0]?.units)).toEqual([1, 3]);
  });

  it('retries a lost answer under the same key, and the engine charges once', async () => {
    const { controller, quoteFor, flow, engine, updates, answer, ofType } = setupController();
    answer('applyThenLose');
    flow.review(ADD_ON, 2);
    const quote = await quoteFor(ADD_ON, 2);
    expect(await flow.confirm(quote)).toBeUndefined();
    expect(flow.getState().review).toMatchObject({
      phase: 'failed',
      outcomeUnknown: true,
      error: expect.objectContaining({ code: 'network' }),
    });
    expect(ofType('update_failed')).toEqual([expect.objectContaining({ code: 'network' })]);

    expect(await flow.confirm(quote)).toBeDefined();
    expect(updates.map((update) => update.idempotencyKey)).toEqual([
      updates[0]?.idempotencyKey,
      updates[0]?.idempotencyKey,
    ]);
    expect(engine.ledger).toHaveLength(1);
  });

  it('confirms under a new key after a decline, once the card is fixed', async () => {
    const { controller, quoteFor, flow, engine, updates } = setupController({ engine: { declinePayments: true } });
    const quote = await quoteFor(ADD_ON, 2);
    await flow.confirm(quote);
    expect(flow.getState().review).toMatchObject({
      phase: 'failed',
      outcomeUnknown: false,
      error: expect.objectContaining({ code: 'payment_failed' }),
    });
    expect(engine.ledger).toEqual([]);

    engine.setDeclinePayments(false);
    await flow.confirm(quote);
    const [declined, applied] = updates.map((update) => update.idempotencyKey);
    expect(applied).not.toBe(declined);
    expect(engine.ledger).toEqual([expect.objectContaining({ idempotencyKey: applied })]);
  });

  it('asks again with new figures under a new key after the quote expired', async () => {
    let clock = Date.parse('2025-03-14T12:00:00Z');
    const { controller, quoteFor, flow, engine, updates, ofType } = setupController({
      engine: { now: () => new Date(clock) },
    });
    flow.review(ADD_ON, 2);
    const stale = await quoteFor(ADD_ON, 2);
    clock += 11 * 60 * 1000;
    expect(await flow.confirm(stale)).toBeUndefined();
    expect(flow.getState().review).toMatchObject({ phase: 'failed', error: null, refreshed: 'quote_expired' });
    expect(ofType('quote_refreshed')).toEqual([{ type: 'quote_refreshed', addOnId: ADD_ON, reason: 'quote_expired' }]);

    const fresh = await quoteFor(ADD_ON, 2);
    expect(fresh.id).not.toBe(stale.id);
    await flow.confirm(fresh);
    expect(updates[1]?.idempotencyKey).not.toBe(updates[0]?.idempotencyKey);
    expect(engine.ledger).toHaveLength(1);
    expect(flow.getState().review).toBeNull();
  });

  it('reloads the subscription after a conflict and charges the new figure once', async () => {
    const { controller, quoteFor, flow, engine, updates } = setupController();
    const before = await quoteFor(ADD_ON, 2);
    expect(before.dueNow.amount).toBe(3000);
    // A fourth user joins elsewhere, so one more unit now costs $40.00.
    engine.setSubscription(basicSubscription({ seats: 4 }));
    await flow.confirm(before);
    expect(flow.getState().review?.refreshed).toBe('conflict');

    const after = await quoteFor(ADD_ON, 2);
    expect(after.dueNow.amount).toBe(4000);
    await flow.confirm(after);
    expect(updates[1]?.idempotencyKey).not.toBe(updates[0]?.idempotencyKey);
    expect(engine.ledger).toEqual([expect.objectContaining({ amount: { amount: 4000, currency: 'USD' } })]);
  });

  it('refuses to confirm a quote that changes nothing', async () => {
    const { controller, quoteFor, flow, updates, events } = setupController();
    const none = { ...(await quoteFor(ADD_ON, 2)), units: 1, change: 'none' as const };
    expect(await flow.confirm(none)).toBeUndefined();
    expect(updates).toEqual([]);
    expect(events.filter((event) => event.type === 'confirm_clicked')).toEqual([]);
  });
});

describe('cancelling', () => {
  it('is refused while the change is being applied, whose outcome then still arrives', async () => {
    const { controller, quoteFor, flow, engine, answer, release, ofType } = setupController();
    answer('hold');
    flow.review(ADD_ON, 2);
    const applying = flow.confirm(await quoteFor(ADD_ON, 2));
    await settle();
    expect(flow.cancel()).toBe(false);
    flow.review(ADD_ON, 3);
    expect(flow.getState().review).toMatchObject({ units: 2, phase: 'applying' });
    expect(ofType('review_cancelled')).toEqual([]);

    release();
    expect(await applying).toBeDefined();
    expect(engine.ledger).toHaveLength(1);
    expect(flow.getState().announcement?.kind).toBe('outcome');
  });

  it('after an unknown outcome that was applied, reloads and reports it: announced, and update_succeeded', async () => {
    const { controller, quoteFor, loadSubscription, flow, engine, answer, events } = setupController();
    answer('applyThenLose');
    flow.review(ADD_ON, 2);
    await flow.confirm(await quoteFor(ADD_ON, 2));
    expect(engine.ledger).toHaveLength(1);
    expect(flow.cancel()).toBe(true);
    await vi.waitFor(() => expect(flow.getState().announcement?.kind).toBe('outcome'));
    expect(flow.getState().announcement?.text).toBe('Generative Credits updated: you now have 2 units.');
    expect(events.map((event) => event.type).filter((type) => /^(update|review)_/.test(type))).toEqual([
      'review_opened',
      'update_failed',
      'review_cancelled',
      'update_succeeded',
    ]);
    expect((await loadSubscription())?.addOns[0]?.units).toBe(2);
  });

  it('after an unknown outcome that was not applied, reloads and says nothing', async () => {
    const { controller, quoteFor, flow, engine, answer, ofType } = setupController();
    answer('lose');
    await flow.confirm(await quoteFor(ADD_ON, 2));
    flow.cancel();
    await settle();
    expect(flow.getState().announcement).toBeNull();
    expect(ofType('update_succeeded')).toEqual([]);
    expect(engine.ledger).toEqual([]);
  });

  it('starts the next review of the same quote under a new key', async () => {
    const { controller, quoteFor, flow, engine, updates } = setupController({ engine: { declinePayments: true } });
    flow.review(ADD_ON, 2);
    const quote = await quoteFor(ADD_ON, 2);
    await flow.confirm(quote);
    flow.cancel();
    engine.setDeclinePayments(false);
    flow.review(ADD_ON, 2);
    expect(flow.getState().review).toMatchObject({ phase: 'reviewing', error: null });
    await flow.confirm(quote);
    expect(new Set(updates.map((update) => update.idempotencyKey)).size).toBe(2);
    expect(engine.ledger).toHaveLength(1);
  });
});

describe('the stepper’s actions', () => {
  it('opens one stepper at a time, records its units and drops them on close, with an event for each', async () => {
    const { controller, flow, ofType, events } = setupController();
    flow.openStepper(ADD_ON);
    flow.openStepper(ADD_ON);
    flow.setUnits(ADD_ON, 4);
    expect(flow.getState()).toMatchObject({ editing: ADD_ON, drafts: { [ADD_ON]: 4 } });
    flow.openStepper('video-minutes');
    expect(flow.getState()).toMatchObject({ editing: 'video-minutes', drafts: {} });
    flow.closeStepper();
    flow.closeStepper();
    expect(events.map((event) => event.type)).toEqual([
      'stepper_opened',
      'units_changed',
      'stepper_closed',
      'stepper_opened',
      'stepper_closed',
    ]);
    expect(ofType('units_changed')).toEqual([{ type: 'units_changed', addOnId: ADD_ON, units: 4 }]);
  });

  it('clears the applied add-on’s draft, so its stepper starts from the new units', async () => {
    const { controller, quoteFor, flow } = setupController();
    flow.setUnits(ADD_ON, 3);
    await flow.confirm(await quoteFor(ADD_ON, 3));
    expect(flow.getState().drafts).toEqual({});
  });

  it('reads out a summary unless an outcome said since the units last changed is newer news', async () => {
    const { controller, quoteFor, flow } = setupController();
    flow.setUnits(ADD_ON, 2);
    flow.announceSummary('2 units: $60.00 / month.');
    expect(flow.getState().announcement).toMatchObject({ kind: 'summary', id: 1 });
    await flow.confirm(await quoteFor(ADD_ON, 2));
    flow.announceSummary('late figures for 2 units');
    expect(flow.getState().announcement).toMatchObject({ kind: 'outcome', id: 2 });
    flow.setUnits(ADD_ON, 3);
    flow.announceSummary('3 units: $90.00 / month.');
    expect(flow.getState().announcement).toMatchObject({ kind: 'summary', id: 3 });
  });
});

describe('disposing', () => {
  it('stops reporting loads once unmounted, yet reports and applies an update in flight exactly once', async () => {
    const { controller, quoteFor, flow, engine, answer, release, unmount, ofType, queryClient } = setupController();
    answer('hold');
    const applying = flow.confirm(await quoteFor(ADD_ON, 2));
    await settle();
    unmount();
    const loads = ofType('subscription_loaded').length;
    await queryClient.refetchQueries();
    release();
    expect((await applying)?.addOns[0]?.units).toBe(2);
    await settle();
    expect(ofType('subscription_loaded')).toHaveLength(loads);
    // The charge happened: the host still hears of it, once.
    expect(ofType('update_succeeded')).toHaveLength(1);
    expect(engine.ledger).toHaveLength(1);
    expect(unitsHeld(engine)).toBe(2);
  });

  it('rethrows what a host’s onEvent throws on its own, without breaking the purchase', async () => {
    const thrown: Array<() => void> = [];
    const queued = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => void thrown.push(task));
    const { controller, quoteFor, flow, engine } = setupController({
      controller: {
        onEvent: () => {
          throw new Error('analytics is down');
        },
      },
    });
    const updated = await flow.confirm(await quoteFor(ADD_ON, 2));
    queued.mockRestore();
    expect(updated?.addOns[0]?.units).toBe(2);
    expect(engine.ledger).toHaveLength(1);
    expect(thrown.length).toBeGreaterThan(0);
    expect(() => thrown[0]?.()).toThrow('analytics is down');
  });
});
