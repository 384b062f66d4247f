import { nextPeriodUnits } from '../../core/policy';
import type { AddOn } from '../../core/types';
import { readQuote, readUpdatedSubscription } from '../answers';
import type { ApiClient } from '../apiClient';
import { addOnIn, currentAddOn, newIdempotencyKey, quote, update } from '../billingCalls';
import { CheckFailure, CheckSkipped, expectThat } from '../checkRunner';
import { type VerifyContext, whyNotLoaded } from '../context';
import { day, shortMoney, unitCount } from '../describe';

/**
 * Schedules `units` from the next period with the change that charges nothing (a decrease, or a
 * restore when `units` are the units in effect), for whatever the checks left behind.
 */
async function scheduleUnits(api: ApiClient, current: AddOn, units: number): Promise<AddOn> {
  if (units > current.units) {
    throw new CheckFailure(
      `the add-on has ${unitCount(current.units)} now and ${unitCount(units)} cannot be put back without a charge`,
    );
  }
  const priced = readQuote(await quote(api, current.id, units));
  const answer = await update(api, {
    addOnId: current.id,
    units,
    quoteId: priced.id,
    idempotencyKey: newIdempotencyKey(),
  });
  return addOnIn(readUpdatedSubscription(answer), current.id, answer.request);
}

/**
 * The last change-making check: puts back what the checks changed and confirms the add-on is as
 * found. An increase made with `allowCharges` cannot be undone (add-ons are non-refundable): the
 * units found are scheduled back from the period end instead.
 */
export async function checkLeftAsFound(context: VerifyContext): Promise<void> {
  const { api, found, addOn, charged } = context;
  await context.runner.check('Leaves the subscription as it found it', async () => {
    const notLoaded = whyNotLoaded(context);
    if (notLoaded) throw new CheckSkipped(notLoaded);
    if (!found || !addOn) throw new CheckSkipped('there was no add-on to change, so nothing was changed');
    const nextUnits = nextPeriodUnits(addOn);
    const { addOn: left } = await currentAddOn(api, addOn.id);
    const putBack = nextPeriodUnits(left) !== nextUnits;
    if (putBack) await scheduleUnits(api, left, nextUnits);
    const { subscription, addOn: now } = await currentAddOn(api, addOn.id);
    const units = charged ? charged.to : addOn.units;
    const credits = found.credits.addOn + (charged?.creditsNow ?? 0);
    expectThat(
      now.units === units && nextPeriodUnits(now) === nextUnits && subscription.credits.addOn === credits,
      () =>
        `the add-on has ${unitCount(now.units)} now, ${unitCount(nextPeriodUnits(now))} from the next period and ${subscription.credits.addOn} add-on credits; expected ${unitCount(units)}, ${unitCount(nextUnits)} and ${credits}`,
    );
    if (charged) {
      return `except the charged increase, which stays: ${unitCount(charged.to)} this period (was ${charged.from}, ${shortMoney(charged.dueNow)} charged), ${unitCount(nextUnits)} again from ${day(subscription.currentPeriodEnd)}`;
    }
    return putBack ? 'after putting back a change the checks left behind' : undefined;
  });
}
