import { canIncrease } from '../../core/policy';
import { readQuote, readUpdatedSubscription } from '../answers';
import type { ApiAnswer } from '../apiClient';
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
import { type VerifyContext, whyNoAddOn } from '../context';
import { shortMoney, unitCount } from '../describe';

// The checks that charge the payment method on file: one increase of one unit, applied and then
// sent again under its Idempotency-Key. Add-ons are non-refundable, so the charge stays; the
// final check schedules the units found back from the period end.

const NAMES = {
  increase: 'An increase is charged now and its credits granted at once',
  replay: 'Sending an increase again with its Idempotency-Key charges and grants nothing more',
};

export async function checkCharges(context: VerifyContext): Promise<void> {
  const { api, runner, found, addOn } = context;
  const unavailable = context.allowCharges
    ? whyNoAddOn(context)
    : 'it would charge the payment method on file: run it with allowCharges (--allow-charges) against a test-mode backend';
  if (unavailable || !found || !addOn) {
    for (const name of Object.values(NAMES)) runner.skip(name, unavailable ?? 'no add-on');
    return;
  }

  let increase: { request: UpdateRequest; answer: ApiAnswer; creditsBefore: number; creditsNow: number } | undefined;
  await runner.check(NAMES.increase, async () => {
    if (!canIncrease(found.status)) throw new CheckSkipped(`the subscription is ${found.status}: it takes no increase`);
    const { subscription: before, addOn: current } = await currentAddOn(api, addOn.id);
    if (current.units >= current.maxUnits)
      throw new CheckSkipped(`the add-on is at its maxUnits (${current.maxUnits})`);
    const priced = readQuote(await quote(api, addOn.id, current.units + 1));
    const request = {
      addOnId: addOn.id,
      units: current.units + 1,
      quoteId: priced.id,
      idempotencyKey: newIdempotencyKey(),
    };
    const answer = await update(api, request);
    // Applied, so charged: the final check must know, whatever this check finds in the answer.
    if (answer.status >= 200 && answer.status < 300) {
      context.charged = {
        from: current.units,
        to: request.units,
        dueNow: priced.dueNow,
        creditsNow: priced.creditsNow,
      };
    }
    const after = readUpdatedSubscription(answer);
    const changed = addOnIn(after, addOn.id, answer.request);
    expectThat(
      changed.units === request.units && changed.scheduledUnits === null,
      () =>
        `${answer.request} answered ${unitCount(changed.units)} with scheduledUnits ${changed.scheduledUnits}; expected ${unitCount(request.units)} now and nothing scheduled`,
    );
    const credits = before.credits.addOn + priced.creditsNow;
    expectThat(
      after.credits.addOn === credits,
      () =>
        `${answer.request} answered ${after.credits.addOn} add-on credits; expected ${before.credits.addOn} + ${priced.creditsNow} = ${credits}`,
    );
    increase = { request, answer, creditsBefore: before.credits.addOn, creditsNow: priced.creditsNow };
    return `${current.units} → ${request.units}: ${shortMoney(priced.dueNow)} charged and ${priced.creditsNow} credits granted; this charge stays (add-ons are non-refundable)`;
  });

  await runner.check(NAMES.replay, async () => {
    const applied = increase;
    if (!applied) throw new CheckSkipped('needs the increase to apply');
    await expectReplay(api, 'increase', applied);
    const { subscription, addOn: now } = await currentAddOn(api, addOn.id);
    const credits = applied.creditsBefore + applied.creditsNow;
    expectThat(
      now.units === applied.request.units && subscription.credits.addOn === credits,
      () =>
        `after the increase was sent again the add-on has ${unitCount(now.units)} and ${subscription.credits.addOn} add-on credits; expected ${unitCount(applied.request.units)} and ${credits}: was it applied twice?`,
    );
    return 'its first answer again; units and credits granted once';
  });
}
