// The memory engine hands out copies and keeps copies, at every depth: a caller that changes an
// add-on, the plan's price or the credits of a subscription it got or gave changes nothing inside.
import { describe, expect, it } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { createMemoryAdapter } from '../../src/core/adapters/memory';
import type { Subscription } from '../../src/core/types';

const ADD_ON = 'generative-credits';

/** Changes every nested part a caller could reach. */
function scribbleOn(subscription: Subscription | null): void {
  if (!subscription) throw new Error('expected a subscription');
  const [addOn] = subscription.addOns;
  if (!addOn) throw new Error('expected an add-on');
  addOn.units = 9;
  addOn.unitPrice.amount = 1;
  subscription.addOns.push({ ...addOn, id: 'smuggled' });
  subscription.plan.price.amount = 1;
  subscription.credits.used = 12345;
}

describe('memory engine copies', () => {
  it('keeps its state when a caller changes any part of a subscription it handed out', async () => {
    const engine = createMemoryAdapter({ subscription: basicSubscription() });
    scribbleOn(await engine.getSubscription());
    scribbleOn(engine.peek());
    const quote = await engine.quoteAddOn({ addOnId: ADD_ON, units: 2 });
    const change = { addOnId: ADD_ON, units: 2, quoteId: quote.id, idempotencyKey: 'k1' };
    const applied = await engine.updateAddOn(change);
    const expected = structuredClone(applied);
    scribbleOn(applied);
    scribbleOn(await engine.updateAddOn(change));
    expect(await engine.updateAddOn(change)).toEqual(expected);
    expect(await engine.getSubscription()).toEqual(expected);
  });

  it('keeps its state when the caller changes the subscription it was given or set', async () => {
    const given = basicSubscription();
    const engine = createMemoryAdapter({ subscription: given });
    scribbleOn(given);
    expect(engine.peek()).toEqual(basicSubscription());
    const set = basicSubscription({ seats: 5 });
    engine.setSubscription(set);
    scribbleOn(set);
    expect(engine.peek()).toEqual(basicSubscription({ seats: 5 }));
  });

  it('copies a "__proto__" key as a key, and what is not plain data as structuredClone does', () => {
    const engine = createMemoryAdapter({ subscription: null });
    const withProtoKey = JSON.parse(JSON.stringify(basicSubscription()).replace('{', '{"__proto__":{"x":1},'));
    const createdAt = new Date('2026-01-01T00:00:00Z');
    engine.setSubscription({ ...withProtoKey, createdAt });
    const copy = engine.peek() as Subscription & { createdAt: Date; x?: number };
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(copy.x).toBeUndefined();
    expect(copy.createdAt).toBeInstanceOf(Date);
    expect(copy.createdAt).not.toBe(createdAt);
    expect(copy.createdAt.getTime()).toBe(createdAt.getTime());
  });
});
