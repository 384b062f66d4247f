import { canIncrease, quoteTerms } from '../../core/policy';
import type { AddOn, AddOnQuote, Money, Subscription } from '../../core/types';
import { describeAnswer, expectError, expectRefusal, readQuote } from '../answers';
import type { ApiAnswer } from '../apiClient';
import { quote } from '../billingCalls';
import { allOf, CheckFailure, CheckSkipped, expectThat } from '../checkRunner';
import { type VerifyContext, whyNoAddOn, whyNotLoaded } from '../context';
import { chargeArithmetic, day, money, shortMoney, unitCount } from '../describe';

// Quotes priced by the policy of contract section 2, from the add-on's own terms as GET
// /subscription gives them. Quoting changes nothing, so these checks need no clean-up.

/** How far an increase's `effectiveAt` ("now") may be from this machine's clock. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** An add-on id no backend offers. */
const UNKNOWN_ADD_ON = 'contract-check-no-such-add-on';

function moneyProblem(field: string, actual: Money, expected: Money, because: string): string | null {
  if (actual.amount === expected.amount && actual.currency === expected.currency) return null;
  return `${field} is ${money(actual)}, expected ${money(expected)} = ${because}`;
}

/** A prorated increase is due a share of its full price: more than nothing, at most all of it. */
function proratedProblem(actual: Money, full: Money, because: string): string | null {
  if (actual.currency === full.currency && actual.amount > 0 && actual.amount <= full.amount) return null;
  return `dueNow is ${money(actual)}, expected a prorated share above 0 and at most ${money(full)} = ${because}`;
}

/**
 * Fails unless the answer is the quote the policy gives for `units` of the add-on: the kind of
 * change, what is due and granted now, the recurring charge, when it takes effect.
 */
function expectPolicyQuote(
  answer: ApiAnswer,
  subscription: Subscription,
  addOn: AddOn,
  units: number,
  proration: boolean,
): AddOnQuote {
  const actual = readQuote(answer);
  const expected = quoteTerms(subscription, { addOnId: addOn.id, units }, new Date());
  const { seats } = subscription;
  const added = Math.max(0, units - addOn.units);
  const perSeat = addOn.scope === 'per_seat' ? ` × ${seats} seats` : '';
  const problems = [
    actual.addOnId === addOn.id ? null : `addOnId is "${actual.addOnId}", expected "${addOn.id}"`,
    actual.units === units ? null : `units is ${actual.units}, expected ${units}`,
    actual.currentUnits === addOn.units ? null : `currentUnits is ${actual.currentUnits}, expected ${addOn.units}`,
    actual.change === expected.change ? null : `change is "${actual.change}", expected "${expected.change}"`,
    proration && expected.change === 'increase'
      ? proratedProblem(actual.dueNow, expected.dueNow, chargeArithmetic(addOn, added, seats))
      : moneyProblem(
          'dueNow',
          actual.dueNow,
          expected.dueNow,
          added > 0 ? chargeArithmetic(addOn, added, seats) : `nothing, for a ${expected.change}`,
        ),
    actual.creditsNow === expected.creditsNow
      ? null
      : `creditsNow is ${actual.creditsNow}, expected ${expected.creditsNow} = ${unitCount(added)} × ${addOn.creditsPerUnit} credits${perSeat}`,
    moneyProblem('recurring', actual.recurring, expected.recurring, chargeArithmetic(addOn, units, seats)),
  ];
  const effectiveAt = Date.parse(actual.effectiveAt);
  if (expected.change === 'decrease' && effectiveAt !== Date.parse(subscription.currentPeriodEnd)) {
    problems.push(`effectiveAt is ${actual.effectiveAt}, expected the period end ${subscription.currentPeriodEnd}`);
  }
  if (expected.change === 'increase' && Math.abs(effectiveAt - Date.now()) > CLOCK_SKEW_MS) {
    problems.push(`effectiveAt is ${actual.effectiveAt}, expected now (${new Date().toISOString()})`);
  }
  const found = problems.filter((problem): problem is string => problem !== null);
  if (found.length > 0) throw new CheckFailure(`${answer.request} for ${unitCount(units)}: ${found.join('; ')}`);
  return actual;
}

/** Quotes each of `targets` and checks them all, so one detail names every mispriced one. */
async function expectPolicyQuotes(context: VerifyContext, targets: number[]): Promise<AddOnQuote[]> {
  const { api, found, addOn, proration } = context;
  if (!found || !addOn) return [];
  const quotes: AddOnQuote[] = [];
  await allOf(
    [...new Set(targets)].map(
      (units) => async () =>
        quotes.push(expectPolicyQuote(await quote(api, addOn.id, units), found, addOn, units, proration)),
    ),
  );
  return quotes;
}

export async function checkQuotes(context: VerifyContext): Promise<void> {
  const { api, runner } = context;
  const names = {
    increase: 'An increase quote is due now: added units × unit price (× seats when per seat)',
    decrease: 'A decrease quote is due 0 and takes effect at the period end',
    inEffect: 'A quote for the units in effect has nothing due',
    bounds: "Units at the add-on's bounds are quoted; one past them answers 422 invalid_units",
    unknownAddOn: 'An unknown add-on answers 404 not_found',
  };
  const unavailable = whyNoAddOn(context);
  const { found, addOn } = context;
  if (unavailable || !found || !addOn) {
    for (const name of Object.values(names)) runner.skip(name, unavailable ?? 'no add-on');
    return;
  }
  const { units, minUnits, maxUnits } = addOn;

  await runner.check(names.increase, async () => {
    if (!canIncrease(found.status)) throw new CheckSkipped(`the subscription is ${found.status}: it takes no increase`);
    if (units >= maxUnits) throw new CheckSkipped(`the add-on is at its maxUnits (${maxUnits})`);
    const [first] = await expectPolicyQuotes(context, [units + 1, maxUnits]);
    const share = context.proration ? 'prorated, of ' : '';
    return (
      first &&
      `${units} → ${first.units}: ${shortMoney(first.dueNow)} now (${share}${chargeArithmetic(addOn, first.units - units, found.seats)}), ${first.creditsNow} credits now, ${shortMoney(first.recurring)} per ${addOn.interval}`
    );
  });

  await runner.check(names.decrease, async () => {
    if (units <= minUnits) throw new CheckSkipped(`the add-on is at its minUnits (${minUnits}): nothing to decrease`);
    const [first] = await expectPolicyQuotes(context, [units - 1]);
    return (
      first &&
      `${units} → ${first.units}: nothing now, ${shortMoney(first.recurring)} per ${addOn.interval} from ${day(first.effectiveAt)}`
    );
  });

  await runner.check(names.inEffect, async () => {
    const [first] = await expectPolicyQuotes(context, [units]);
    return first && `"${first.change}" at ${unitCount(units)}`;
  });

  await runner.check(names.bounds, async () => {
    // An increase to maxUnits is refused on a past_due subscription for its status, not its units.
    const inRange = canIncrease(found.status) || maxUnits <= units ? [minUnits, maxUnits] : [minUnits];
    // Only that the bounds are quoted: their prices are the increase and decrease checks' business.
    const quoted = async (target: number) => {
      const answer = await quote(api, addOn.id, target);
      const priced = readQuote(answer);
      expectThat(
        priced.units === target,
        () => `${answer.request} for ${unitCount(target)} quoted ${unitCount(priced.units)}`,
      );
    };
    await allOf([
      ...[...new Set(inRange)].map((target) => () => quoted(target)),
      async () => expectError(await quote(api, addOn.id, maxUnits + 1), 422, 'invalid_units'),
      ...(minUnits > 0
        ? [async () => expectError(await quote(api, addOn.id, minUnits - 1), 422, 'invalid_units')]
        : []),
    ]);
    return `${minUnits} to ${maxUnits} units`;
  });

  await runner.check(names.unknownAddOn, async () => {
    expectError(await quote(api, UNKNOWN_ADD_ON, 1), 404, 'not_found');
    return undefined;
  });
}

/** Changes refused for the subscription's status (section 2): none, canceled, or an increase while past_due. */
export async function checkStatusRefusals(context: VerifyContext): Promise<void> {
  const { api, found, addOn } = context;
  await context.runner.check(
    "A change the subscription's status does not allow answers 409 subscription_inactive",
    async () => {
      const notLoaded = whyNotLoaded(context);
      if (notLoaded) throw new CheckSkipped(notLoaded);
      if (!found || !addOn) {
        // With no add-on to name, the id is a guess: "no such add-on" is as right an answer.
        const answer = await quote(api, addOn?.id ?? 'generative-credits', 1);
        const code = expectRefusal(answer);
        expectThat(
          (answer.status === 409 && code === 'subscription_inactive') ||
            (answer.status === 404 && code === 'not_found'),
          () =>
            `${answer.request} answered ${describeAnswer(answer)}; expected 409 subscription_inactive (or 404 not_found)`,
        );
        return found ? 'a quote for a subscription with no add-ons' : 'a quote without a subscription';
      }
      if (found.status === 'canceled') {
        expectError(await quote(api, addOn.id, addOn.units), 409, 'subscription_inactive');
        return 'a quote on a canceled subscription';
      }
      if (found.status === 'past_due' && addOn.units < addOn.maxUnits) {
        expectError(await quote(api, addOn.id, addOn.units + 1), 409, 'subscription_inactive');
        return 'an increase while past_due';
      }
      throw new CheckSkipped(`the subscription is ${found.status}: its status refuses no change`);
    },
  );
}
