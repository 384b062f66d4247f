import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription, teamCreditsAddOn, teamSubscription } from '../../mocks/scenarios';
import { createMemoryAdapter } from '../../src/core/adapters/memory';
import { BillingError, type BillingErrorCode } from '../../src/core/errors';
import { applyTerms, nextPeriodUnits, quoteTerms } from '../../src/core/policy';
import type { AddOnQuote, BillingAdapter, Subscription } from '../../src/core/types';
import { controllerOver } from './support';

// Model-based, in Node: random sequences of what a customer (and the world) can do, run against the
// controller over the memory engine, beside a reference model written from the contract alone:
// which idempotency key each confirmation must send, what the subscription must become, and the
// reference ledger of what must have been charged. The panel's own model test keeps its 200
// sequences through the real components; this one runs the flow itself, 2,000 times.

const SEQUENCES = 2_000;
const ADD_ON = 'generative-credits';

/** How the next update is answered. */
type Answer =
  /** The engine applies it and answers. */
  | 'apply'
  /** The engine applies it, the answer is lost (network). */
  | 'applyThenLose'
  /** Lost on the way: nothing applied (network). */
  | 'lose'
  /** The server fails (500) before applying it. */
  | 'serverError'
  /** The payment is declined: nothing applied. */
  | 'decline';

type Action =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'setUnits'; units: number }
  | { kind: 'review' }
  | { kind: 'confirm'; twice: boolean }
  | { kind: 'cancel' }
  /** The next update meets this answer. */
  | { kind: 'fault'; answer: Answer }
  /** Eleven minutes pass: every quote made so far expires. */
  | { kind: 'expire' }
  /** A user joins elsewhere: quotes made so far conflict. */
  | { kind: 'seatAdded' };

const step = (action: Action) => fc.constant(action);
const setUnitsArb = fc.integer({ min: -1, max: 9 }).map<Action>((units) => ({ kind: 'setUnits', units }));
const worldArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .constantFrom<Answer>('applyThenLose', 'lose', 'serverError', 'decline')
      .map<Action>((answer) => ({ kind: 'fault', answer })),
  },
  { weight: 1, arbitrary: step({ kind: 'expire' }) },
  { weight: 1, arbitrary: step({ kind: 'seatAdded' }) },
);
const anyArb: fc.Arbitrary<Action> = fc.oneof(
  step({ kind: 'open' }),
  step({ kind: 'close' }),
  setUnitsArb,
  step({ kind: 'review' }),
  step({ kind: 'confirm', twice: false }),
  step({ kind: 'cancel' }),
  worldArb,
);
const endArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: step({ kind: 'confirm', twice: false }) },
  { weight: 2, arbitrary: step({ kind: 'confirm', twice: true }) },
  { weight: 1, arbitrary: step({ kind: 'cancel' }) },
  { weight: 1, arbitrary: anyArb },
);

/**
 * Attempts as a customer makes them (open, choose units, review, confirm, then retry or cancel), with
 * what the world does between (a lost answer, a server error, a decline, expiry, a seat added
 * elsewhere) and stray actions, so most sequences reach the server and many meet a fault.
 */
const attemptArb: fc.Arbitrary<Action[]> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: step({ kind: 'open' }) }, { weight: 1, arbitrary: anyArb }),
    fc.array(setUnitsArb, { minLength: 1, maxLength: 2 }),
    fc.oneof({ weight: 4, arbitrary: step({ kind: 'review' }) }, { weight: 1, arbitrary: anyArb }),
    fc.array(worldArb, { maxLength: 1 }),
    endArb,
    fc.array(endArb, { maxLength: 2 }),
  )
  .map(([open, units, review, world, end, after]) => [open, ...units, review, ...world, end, ...after]);
const sequenceArb = fc.array(attemptArb, { minLength: 1, maxLength: 3 }).map((attempts) => attempts.flat());

const startArb: fc.Arbitrary<Subscription> = fc
  .record({
    team: fc.boolean(),
    status: fc.constantFrom<Subscription['status']>('active', 'active', 'trialing', 'past_due'),
    units: fc.integer({ min: 0, max: 4 }),
    drop: fc.option(fc.integer({ min: 1, max: 4 })),
  })
  .map(({ team, status, units, drop }) => {
    const scheduledUnits = drop !== null && units - drop >= 0 ? units - drop : null;
    const addOn = (team ? teamCreditsAddOn : basicCreditsAddOn)({ units, scheduledUnits, maxUnits: 8 });
    return (team ? teamSubscription : basicSubscription)({ status, addOns: [addOn] });
  });

/** The reference: what the contract says must happen, kept beside the controller. */
interface Model {
  subscription: Subscription;
  /** What must have been charged, oldest first. */
  ledger: number[];
  review: { addOnId: string; units: number } | null;
  /** The confirmation whose key a retry of the same quote must reuse. */
  confirmation: { quoteId: string; idempotencyKey: string } | null;
  /** The attempt whose outcome the customer was told is unknown. */
  unknown: AddOnQuote | null;
  draft: number | null;
  editing: boolean;
}

async function runSequence(start: Subscription, actions: Action[]) {
  let clock = Date.now();
  const engine = createMemoryAdapter({ subscription: start, now: () => new Date(clock) });
  const answers: Answer[] = [];
  /** Every update the adapter saw, with what the server did with it. */
  const sent: Array<{ idempotencyKey: string; quoteId: string; applied: boolean }> = [];
  const appliedKeys = new Set<string>();
  const adapter: BillingAdapter = {
    getSubscription: (options) => engine.getSubscription(options),
    quoteAddOn: (request, options) => engine.quoteAddOn(request, options),
    async updateAddOn(request) {
      let answer = answers.shift() ?? 'apply';
      // A key the server applied is answered with that result again (idempotency): a server error or
      // a decline can only meet a key it never applied. A lost connection can meet any.
      if (answer !== 'lose' && appliedKeys.has(request.idempotencyKey)) answer = 'apply';
      const record = { idempotencyKey: request.idempotencyKey, quoteId: request.quoteId, applied: false };
      sent.push(record);
      if (answer === 'lose') throw new BillingError('network', 'Lost.');
      if (answer === 'serverError') throw new BillingError('server', 'Down.');
      if (answer === 'decline') throw new BillingError('payment_failed', 'Declined.');
      const replay = appliedKeys.has(request.idempotencyKey);
      const updated = await engine.updateAddOn(request);
      // Applied now, not an answer replayed for a key applied before.
      record.applied = !replay;
      appliedKeys.add(request.idempotencyKey);
      if (answer === 'applyThenLose') throw new BillingError('network', 'Lost after applying.');
      return updated;
    },
  };
  const { controller, flow, queryClient, events, unmount, quoteFor } = controllerOver(adapter);
  const model: Model = {
    subscription: structuredClone(start),
    ledger: [],
    review: null,
    confirmation: null,
    unknown: null,
    draft: null,
    editing: false,
  };
  const seenKeys = new Set<string>();
  /** Waits until no query is fetching (a cancel's reload included). */
  const idle = async () => {
    do await new Promise((resolve) => setTimeout(resolve, 0));
    while (queryClient.isFetching() > 0);
  };
  const succeeded = () => events.filter((event) => event.type === 'update_succeeded').length;

  try {
    for (const action of actions) {
      switch (action.kind) {
        case 'open':
          flow.openStepper(ADD_ON);
          if (!model.editing) model.draft = null;
          model.editing = true;
          break;
        case 'close':
          flow.closeStepper();
          model.editing = false;
          model.draft = null;
          break;
        case 'setUnits':
          flow.setUnits(ADD_ON, action.units);
          model.draft = action.units;
          break;
        case 'review': {
          const units = model.draft ?? model.subscription.addOns[0]?.units ?? 0;
          if (model.review?.addOnId === ADD_ON && model.review.units === units) {
            flow.review(ADD_ON, units);
          } else {
            // Another review replaces this one, which is cancelled first.
            await closeReview(() => flow.review(ADD_ON, units));
            model.review = { addOnId: ADD_ON, units };
          }
          expect(flow.getState().review).toMatchObject({ addOnId: ADD_ON, units });
          break;
        }
        case 'cancel':
          await closeReview(() => expect(flow.cancel()).toBe(true));
          break;
        case 'fault':
          answers.push(action.answer);
          break;
        case 'expire':
          clock += 11 * 60 * 1000;
          break;
        case 'seatAdded': {
          const current = engine.peek() as Subscription;
          engine.setSubscription({ ...current, seats: current.seats + 1 });
          model.subscription = { ...model.subscription, seats: model.subscription.seats + 1 };
          break;
        }
        case 'confirm':
          await confirm(action.twice);
          break;
      }
    }
    await idle();
    // The subscription is what the contract's policy makes of the applied changes.
    const held = engine.peek() as Subscription;
    expect({ seats: held.seats, addOn: held.addOns[0] }).toEqual({
      seats: model.subscription.seats,
      addOn: model.subscription.addOns[0],
    });
    // The reference ledger: each applied increase charged once, at the policy's price.
    expect(engine.ledger.map((charge) => charge.amount.amount)).toEqual(model.ledger);
    return { updates: sent.length, charges: engine.ledger.length, successes: succeeded() };
  } finally {
    unmount();
  }

  /**
   * Closes the review through `run`: a new confirmation follows. After an attempt whose outcome the
   * customer was told is unknown, the controller reloads and reports it applied when it shows so.
   */
  async function closeReview(run: () => void) {
    const unknown = model.unknown;
    const before = succeeded();
    run();
    model.review = null;
    model.confirmation = null;
    model.unknown = null;
    await idle();
    // Reported exactly when the reloaded subscription (the reference's) shows the attempted units next period.
    const addOn = model.subscription.addOns[0];
    const shown = unknown !== null && addOn !== undefined && nextPeriodUnits(addOn) === unknown.units;
    expect(succeeded() - before).toBe(shown ? 1 : 0);
  }

  async function confirm(twice: boolean) {
    if (!model.review) return;
    const { addOnId, units } = model.review;
    let quote: AddOnQuote;
    try {
      quote = await quoteFor(addOnId, units);
    } catch {
      return; // units the policy refuses (out of range, status): nothing to confirm
    }
    // The server's figures are the policy's (for the subscription the quote was priced from).
    const requests = sent.length;
    const expectedKey = model.confirmation?.quoteId === quote.id ? model.confirmation.idempotencyKey : undefined;
    const first = flow.confirm(quote);
    const second = twice ? flow.confirm(quote) : undefined;
    const updated = await first;
    if (second) expect(await second).toBeUndefined();
    if (quote.change === 'none') {
      expect(sent.length).toBe(requests);
      return;
    }
    // One request per confirmation, however often it is pressed.
    expect(sent.length).toBe(requests + 1);
    const request = sent[requests];
    if (!request) throw new Error('no request');
    // The key: reused by a retry of the same confirmation, new otherwise.
    if (expectedKey) expect(request.idempotencyKey).toBe(expectedKey);
    else expect(seenKeys.has(request.idempotencyKey)).toBe(false);
    seenKeys.add(request.idempotencyKey);

    if (request.applied) {
      const terms = quoteTerms(model.subscription, { addOnId, units }, new Date(clock));
      if (terms.change === 'increase') model.ledger.push(terms.dueNow.amount);
      model.subscription = applyTerms(model.subscription, terms);
      expect(quote.dueNow).toEqual(terms.dueNow);
    }
    const review = flow.getState().review;
    if (updated) {
      expect(review).toBeNull();
      model.review = null;
      model.confirmation = null;
      model.unknown = null;
      model.draft = null;
      return;
    }
    const code = (review?.error as BillingError | null)?.code ?? review?.refreshed;
    const unknownOutcome = (['network', 'server'] as Array<BillingErrorCode | undefined | null>).includes(code);
    expect(review).toMatchObject({ phase: 'failed', outcomeUnknown: unknownOutcome });
    if (!unknownOutcome && code !== 'payment_failed' && code !== 'quote_expired' && code !== 'conflict') {
      throw new Error(`unexpected failure ${String(code)}`);
    }
    // Unknown: the next confirmation of this quote is a retry under the same key. A refusal (decline,
    // expiry, conflict) ends this confirmation: nothing was applied under its key.
    model.confirmation = unknownOutcome ? { quoteId: quote.id, idempotencyKey: request.idempotencyKey } : null;
    model.unknown = unknownOutcome ? quote : null;
    await idle();
  }
}

describe('model: random change flows against the controller, in Node', () => {
  const stats = { sequences: 0, updates: 0, charges: 0, successes: 0 };
  afterAll(() => console.info(`controller model: ${JSON.stringify(stats)}`));

  it(`sends the right key, charges exactly the reference ledger and ends in the policy's subscription (${SEQUENCES} sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(startArb, sequenceArb, async (start, actions) => {
        const result = await runSequence(start, actions);
        stats.sequences += 1;
        stats.updates += result.updates;
        stats.charges += result.charges;
        stats.successes += result.successes;
      }),
      { numRuns: SEQUENCES },
    );
    // A run that never applied anything would prove little.
    expect(stats.charges).toBeGreaterThan(SEQUENCES / 10);
  }, 300_000);
});
