import { readSubscription } from './answers';
import { createApiClient } from './apiClient';
import { getSubscription } from './billingCalls';
import { createCheckRunner } from './checkRunner';
import { checkChanges } from './checks/changes';
import { checkCharges } from './checks/charges';
import { checkEveryAnswer } from './checks/everyAnswer';
import { checkHttpRules } from './checks/httpRules';
import { checkLeftAsFound } from './checks/leftAsFound';
import { checkQuotes, checkStatusRefusals } from './checks/quotes';
import { pickAddOn, type VerifyContext } from './context';
import type { Check, VerifyBillingApiOptions, VerifyBillingApiResult } from './types';

const DEFAULT_TIMEOUT_MS = 10_000;

/** Every check after the first, which all need an answer from the API. */
const LATER_GROUPS = [
  checkHttpRules,
  checkQuotes,
  checkStatusRefusals,
  checkChanges,
  checkCharges,
  checkLeftAsFound,
  checkEveryAnswer,
];

/**
 * Runs the contract's checks (sections 2, 4 and 7) against a live billing API, one after another,
 * as the customer the `headers` identify. Changes it makes are undone (a decrease, then a restore);
 * with `allowCharges` one increase is charged and stays, and the units found are scheduled back
 * from the period end. Rejects only for options it cannot use (a `baseUrl` that is not absolute).
 */
export async function verifyBillingApi(options: VerifyBillingApiOptions): Promise<VerifyBillingApiResult> {
  if (!URL.canParse(options.baseUrl)) {
    throw new TypeError(`verifyBillingApi: baseUrl must be an absolute URL, got "${options.baseUrl}".`);
  }
  const api = createApiClient({
    baseUrl: options.baseUrl,
    fetch: options.fetch,
    headers: options.headers,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const runner = createCheckRunner();
  const context: VerifyContext = {
    api,
    runner,
    allowCharges: options.allowCharges === true,
    proration: options.proration === true,
    loaded: false,
    found: null,
    addOn: undefined,
  };

  await runner.check('GET /subscription answers 200 with a valid subscription', async () => {
    const subscription = readSubscription(await getSubscription(api));
    Object.assign(context, { loaded: true, found: subscription, addOn: pickAddOn(subscription) });
    if (!subscription) return 'no subscription (null) for this customer: most checks need one';
    const addOn = context.addOn ? `; checking the add-on "${context.addOn.id}"` : '; it offers no add-ons';
    return `${subscription.plan.name}, ${subscription.status}, ${subscription.seats} seats${addOn}`;
  });
  if (api.answers.length === 0) {
    // No answer at all (refused connection, timeout): every other check would only say the same.
    runner.skip('Every other check', 'the API did not answer GET /subscription');
  } else {
    for (const group of LATER_GROUPS) await group(context);
  }

  const { results } = runner;
  const only = (outcome: string): Check[] =>
    results
      .filter((result) => result.outcome === outcome)
      .map(({ name, detail }) => (detail ? { name, detail } : { name }));
  return { passed: only('passed'), failed: only('failed'), skipped: only('skipped'), checks: [...results] };
}
