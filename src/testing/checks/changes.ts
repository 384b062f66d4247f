import { hasScheduledChange, nextPeriodUnits } from '../../core/policy';
import type { AddOn, AddOnQuote, Subscription } from '../../core/types';
import { expectError, expectRefusal, readQuote, readUpdatedSubscription } from '../answers';
import type { ApiAnswer, ApiClient } from '../apiClient';
import {
  addOnIn,
  currentAddOn,
  expectReplay,
  newIdempotencyKey,
  quote,
  type UpdateRequest,
  update,
} from '../billingCalls';
import { CheckSkipped, expectThat } from '../checkRunner';
import { changesWithoutCharge, type VerifyContext, whyNoAddOn } from '../context';
import { day, unitCount } from '../describe';

// Changes that move no money (contract section 2): a decrease scheduled for the period end and a
// restore cancelling it. Each undoes the other, so the subscription ends as it was found. The
// first of the two is then replayed under its Idempotency-Key: a backend that keeps no record of
// the key either refuses the replay (its quote is stale by then) or applies it a second time.

/** A change that charges nothing. */
interface Step {
  kind: 'decrease' | 'restore';
  /** The units asked for: lower than in effect for a decrease, the units in effect for a restore. */
  units: number;
}

/** A step as applied: what was sent and what came back. */
interface AppliedStep {
  request: UpdateRequest;
  answer: ApiAnswer;
  after: Subscription;
}

const NAMES = {
  decrease: 'A decrease applies with nothing charged, from the period end',
  restore: 'A restore cancels the scheduled decrease with nothing charged',
  stale: 'A quote made before the subscription changed is refused with 409 conflict',
  replay: 'The same Idempotency-Key answers the same and changes nothing again',
  mismatch: 'An update whose units differ from its quote is refused',
};

/** Why no change can be made without a charge, or `null`. (The schema already refused a scheduledUnits at or above units.) */
function whyNoFreeChange(addOn: AddOn): string | null {
  if (changesWithoutCharge(addOn)) return null;
  return `the add-on is at its minUnits (${addOn.minUnits}) with no decrease scheduled: nothing to decrease or restore without a charge`;
}

/** Quotes and applies a step to the add-on as it is `before`, and checks the subscription it answers with. */
async function applyStep(api: ApiClient, found: Subscription, before: AddOn, step: Step): Promise<AppliedStep> {
  const priced: AddOnQuote = readQuote(await quote(api, before.id, step.units));
  expectThat(
    priced.change === step.kind && priced.dueNow.amount === 0 && priced.creditsNow === 0,
    () =>
      `the quote for ${unitCount(step.units)} is a "${priced.change}" due ${priced.dueNow.amount} with ${priced.creditsNow} credits; expected a "${step.kind}" due 0 with 0 credits`,
  );
  const request = { addOnId: before.id, units: step.units, quoteId: priced.id, idempotencyKey: newIdempotencyKey() };
  const answer = await update(api, request);
  const after = readUpdatedSubscription(answer);
  const addOn = addOnIn(after, before.id, answer.request);
  const nextUnits = step.kind === 'decrease' ? step.units : before.units;
  expectThat(
    addOn.units === before.units && nextPeriodUnits(addOn) === nextUnits,
    () =>
      `${answer.request} answered ${unitCount(addOn.units)} now and ${unitCount(nextPeriodUnits(addOn))} from the next period; expected ${unitCount(before.units)} now and ${unitCount(nextUnits)} from the next period`,
  );
  expectThat(
    after.credits.addOn === found.credits.addOn,
    () =>
      `${answer.request} changed the add-on credits from ${found.credits.addOn} to ${after.credits.addOn}; a ${step.kind} grants and takes none`,
  );
  return { request, answer, after };
}

export async function checkChanges(context: VerifyContext): Promise<void> {
  const { api, runner, found, addOn } = context;
  const unavailable = whyNoAddOn(context) ?? (addOn ? whyNoFreeChange(addOn) : null);
  if (unavailable || !found || !addOn) {
    for (const name of Object.values(NAMES)) runner.skip(name, unavailable ?? 'no add-on');
    return;
  }
  const periodEnd = day(found.currentPeriodEnd);
  const scheduled = hasScheduledChange(addOn);
  // Found with a decrease scheduled: restore it, then schedule it again. Else the other way round.
  const first: Step = scheduled
    ? { kind: 'restore', units: addOn.units }
    : { kind: 'decrease', units: addOn.units - 1 };
  const second: Step = scheduled
    ? { kind: 'decrease', units: nextPeriodUnits(addOn) }
    : { kind: 'restore', units: addOn.units };
  const describeStep = (step: Step) =>
    step.kind === 'decrease'
      ? `${unitCount(step.units)} from ${periodEnd}, ${unitCount(addOn.units)} until then, nothing due`
      : `${unitCount(addOn.units)} again from ${periodEnd}, nothing due`;

  let firstApplied: AppliedStep | undefined;
  let staleQuote: AddOnQuote | undefined;
  await runner.check(NAMES[first.kind], async () => {
    // Priced from the state before the change, for the stale-quote check.
    staleQuote = readQuote(await quote(api, addOn.id, first.units));
    firstApplied = await applyStep(api, found, addOn, first);
    return describeStep(first);
  });
  const needsFirst = `needs the ${first.kind} to apply`;

  await runner.check(NAMES.stale, async () => {
    if (!firstApplied || !staleQuote) throw new CheckSkipped(needsFirst);
    const request = {
      addOnId: addOn.id,
      units: first.units,
      quoteId: staleQuote.id,
      idempotencyKey: newIdempotencyKey(),
    };
    expectError(await update(api, request), 409, 'conflict');
    return `a ${first.kind} quoted before the same ${first.kind} was applied`;
  });

  let secondApplied: AppliedStep | undefined;
  await runner.check(NAMES[second.kind], async () => {
    if (!firstApplied) throw new CheckSkipped(needsFirst);
    const before = addOnIn(firstApplied.after, addOn.id, firstApplied.answer.request);
    secondApplied = await applyStep(api, found, before, second);
    return describeStep(second);
  });

  await runner.check(NAMES.replay, async () => {
    if (!firstApplied || !secondApplied)
      throw new CheckSkipped(`needs the ${first.kind} and the ${second.kind} to apply`);
    await expectReplay(api, first.kind, firstApplied);
    const { addOn: now } = await currentAddOn(api, addOn.id);
    const expected = addOnIn(secondApplied.after, addOn.id, secondApplied.answer.request);
    expectThat(
      now.units === expected.units && nextPeriodUnits(now) === nextPeriodUnits(expected),
      () =>
        `the ${first.kind} sent again was applied again: ${unitCount(nextPeriodUnits(now))} from the next period instead of ${unitCount(nextPeriodUnits(expected))}`,
    );
    return `the ${first.kind} sent again after the ${second.kind}: its first answer, applied once`;
  });

  await runner.check(NAMES.mismatch, async () => {
    if (addOn.units <= addOn.minUnits) throw new CheckSkipped(`the add-on is at its minUnits (${addOn.minUnits})`);
    const { addOn: before } = await currentAddOn(api, addOn.id);
    const decrease = readQuote(await quote(api, addOn.id, addOn.units - 1));
    const answer = await update(api, {
      addOnId: addOn.id,
      units: addOn.units,
      quoteId: decrease.id,
      idempotencyKey: newIdempotencyKey(),
    });
    const code = expectRefusal(answer);
    const { addOn: now } = await currentAddOn(api, addOn.id);
    expectThat(
      now.units === before.units && nextPeriodUnits(now) === nextPeriodUnits(before),
      () =>
        `${answer.request} was refused, yet the add-on changed: ${unitCount(nextPeriodUnits(now))} from the next period`,
    );
    return `${unitCount(addOn.units)} sent with a quote for ${unitCount(addOn.units - 1)}: ${answer.status} ${code}`;
  });
}
