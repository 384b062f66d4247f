import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { createMemoryAdapter } from '../../src/core/adapters/memory';
import { BillingError } from '../../src/core/errors';
import { applyTerms, quoteTerms } from '../../src/core/policy';
import type { AddOn, Subscription } from '../../src/core/types';
import { expectBillingError } from './expectBillingError';

// The policy's invariants over random subscriptions and requests: nothing negative is charged, a
// decrease never charges, units stay in bounds, a replayed key never charges again, and the ledger
// adds up to exactly the increases that were applied.

const NOW = new Date('2026-03-14T12:00:00.000Z');
const ADD_ON = 'generative-credits';

const addOnArb: fc.Arbitrary<AddOn> = fc
  .record({
    scope: fc.constantFrom<AddOn['scope']>('per_seat', 'shared'),
    interval: fc.constantFrom<AddOn['interval']>('month', 'year'),
    unitPrice: fc.integer({ min: 0, max: 100_000 }),
    currency: fc.constantFrom('USD', 'EUR', 'JPY'),
    creditsPerUnit: fc.integer({ min: 0, max: 1000 }),
    minUnits: fc.integer({ min: 0, max: 5 }),
    span: fc.integer({ min: 0, max: 30 }),
    unitsAt: fc.double({ min: 0, max: 1, noNaN: true }),
    scheduledAt: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
  })
  .map((r) => {
    const maxUnits = r.minUnits + r.span;
    const at = (fraction: number) => r.minUnits + Math.round(fraction * r.span);
    const units = at(r.unitsAt);
    // A scheduled change is only ever a decrease from the units in effect.
    const scheduled = r.scheduledAt === null ? null : Math.min(at(r.scheduledAt), units);
    return {
      id: ADD_ON,
      name: 'Generative Credits',
      creditsPerUnit: r.creditsPerUnit,
      unitPrice: { amount: r.unitPrice, currency: r.currency },
      scope: r.scope,
      interval: r.interval,
      units,
      scheduledUnits: scheduled === units ? null : scheduled,
      minUnits: r.minUnits,
      maxUnits,
    };
  });

const subscriptionArb: fc.Arbitrary<Subscription> = fc
  .record({
    status: fc.constantFrom<Subscription['status']>('active', 'trialing', 'past_due', 'canceled'),
    cancelAtPeriodEnd: fc.boolean(),
    seats: fc.integer({ min: 1, max: 200 }),
    addOn: addOnArb,
  })
  .map(({ status, cancelAtPeriodEnd, seats, addOn }) =>
    basicSubscription({ status, cancelAtPeriodEnd, seats, addOns: [addOn] }),
  );

/** Requested units: mostly around the bounds, sometimes fractional or far out. */
const unitsArb = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: -3, max: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(0.5, 2.5, -1, Number.NaN, 1e9) },
);

const addOnOf = (subscription: Subscription) => subscription.addOns[0] as AddOn;

describe('policy invariants (quoteTerms, applyTerms)', () => {
  it('never charges a negative amount, only an increase charges, and units stay in bounds', () => {
    fc.assert(
      fc.property(subscriptionArb, unitsArb, (subscription, units) => {
        const addOn = addOnOf(subscription);
        let terms: ReturnType<typeof quoteTerms>;
        try {
          terms = quoteTerms(subscription, { addOnId: ADD_ON, units }, NOW);
        } catch (error) {
          expect(error).toBeInstanceOf(BillingError);
          expect(['subscription_inactive', 'invalid_units']).toContain((error as BillingError).code);
          return;
        }
        expect(Number.isSafeInteger(terms.dueNow.amount)).toBe(true);
        expect(terms.dueNow.amount).toBeGreaterThanOrEqual(0);
        expect(terms.creditsNow).toBeGreaterThanOrEqual(0);
        expect(terms.units).toBeGreaterThanOrEqual(addOn.minUnits);
        expect(terms.units).toBeLessThanOrEqual(addOn.maxUnits);
        if (terms.change !== 'increase') {
          expect(terms.dueNow.amount).toBe(0);
          expect(terms.creditsNow).toBe(0);
        } else {
          expect(['active', 'trialing']).toContain(subscription.status);
        }
        if (terms.change === 'decrease') expect(terms.effectiveAt).toBe(subscription.currentPeriodEnd);

        const after = addOnOf(applyTerms(subscription, terms));
        expect(after.units).toBeGreaterThanOrEqual(addOn.minUnits);
        expect(after.units).toBeLessThanOrEqual(addOn.maxUnits);
        // A decrease changes nothing this period: units stay, only the schedule moves.
        if (terms.change === 'decrease') {
          expect(after.units).toBe(addOn.units);
          expect(after.scheduledUnits).toBe(units);
        }
        if (terms.change === 'increase') expect(after.scheduledUnits).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every change of a canceled subscription and every increase of a past-due one', () => {
    fc.assert(
      fc.property(subscriptionArb, unitsArb, (subscription, units) => {
        const addOn = addOnOf(subscription);
        const run = () => quoteTerms(subscription, { addOnId: ADD_ON, units }, NOW);
        if (subscription.status === 'canceled') expect(run).toThrow(BillingError);
        if (subscription.status === 'past_due' && Number.isInteger(units) && units > addOn.units) {
          expect(run).toThrow(BillingError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

type Action =
  | { kind: 'change'; units: number; replays: number }
  | { kind: 'replay'; pick: number }
  | { kind: 'elsewhere'; units: number };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('change' as const), units: unitsArb, replays: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replay' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('elsewhere' as const), units: fc.nat(30) }) },
);

describe('memory engine invariants over random sequences', () => {
  it('charges each applied increase once, whatever is replayed, and the ledger sums to them', async () => {
    await fc.assert(
      fc.asyncProperty(
        subscriptionArb,
        fc.array(actionArb, { minLength: 1, maxLength: 25 }),
        async (start, actions) => {
          const engine = createMemoryAdapter({ subscription: start, now: NOW });
          const applied: { key: string; request: { units: number; quoteId: string } }[] = [];
          let expectedCharges = 0;
          let keys = 0;
          for (const action of actions) {
            const before = engine.peek() as Subscription;
            const bounds = addOnOf(before);
            if (action.kind === 'elsewhere') {
              const units = Math.min(bounds.maxUnits, Math.max(bounds.minUnits, action.units));
              engine.setSubscription({ ...before, addOns: [{ ...bounds, units, scheduledUnits: null }] });
              continue;
            }
            if (action.kind === 'replay') {
              const done = applied[action.pick % Math.max(1, applied.length)];
              if (!done) continue;
              const ledgerBefore = engine.ledger.length;
              await engine.updateAddOn({ addOnId: ADD_ON, idempotencyKey: done.key, ...done.request });
              expect(engine.ledger.length).toBe(ledgerBefore);
              continue;
            }
            let quote: Awaited<ReturnType<typeof engine.quoteAddOn>>;
            try {
              quote = await engine.quoteAddOn({ addOnId: ADD_ON, units: action.units });
            } catch (error) {
              expect(error).toBeInstanceOf(BillingError);
              continue;
            }
            keys += 1;
            const key = `key-${keys}`;
            const request = { units: quote.units, quoteId: quote.id };
            // The first send and its replays (a double click, a retry after a lost answer).
            for (let send = 0; send <= action.replays; send += 1) {
              const ledgerBefore = engine.ledger.length;
              const result = await engine.updateAddOn({ addOnId: ADD_ON, idempotencyKey: key, ...request });
              const charged = engine.ledger.length - ledgerBefore;
              expect(charged).toBe(send === 0 && quote.change === 'increase' && quote.dueNow.amount > 0 ? 1 : 0);
              const after = addOnOf(result);
              expect(after.units).toBeGreaterThanOrEqual(bounds.minUnits);
              expect(after.units).toBeLessThanOrEqual(bounds.maxUnits);
              if (quote.change === 'decrease') expect(after.units).toBe(bounds.units);
            }
            if (quote.change === 'increase') expectedCharges += quote.dueNow.amount;
            applied.push({ key, request });
          }
          const ledgerSum = engine.ledger.reduce((sum, charge) => sum + charge.amount.amount, 0);
          expect(ledgerSum).toBe(expectedCharges);
          for (const charge of engine.ledger) expect(charge.amount.amount).toBeGreaterThan(0);
          expect(new Set(engine.ledger.map((charge) => charge.idempotencyKey)).size).toBe(engine.ledger.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuses a quote made before the subscription changed elsewhere, charging nothing', async () => {
    await fc.assert(
      fc.asyncProperty(subscriptionArb, unitsArb, async (start, units) => {
        const engine = createMemoryAdapter({ subscription: start, now: NOW });
        const quote = await engine.quoteAddOn({ addOnId: ADD_ON, units }).catch(() => null);
        if (!quote) return;
        engine.setSubscription(engine.peek());
        await expectBillingError(
          () => engine.updateAddOn({ addOnId: ADD_ON, units: quote.units, quoteId: quote.id, idempotencyKey: 'k' }),
          'conflict',
        );
        expect(engine.ledger).toHaveLength(0);
      }),
      { numRuns: 300 },
    );
  });
});
