import { addOnById } from '../core/policy';
import type { AddOn, Subscription } from '../core/types';
import { describeAnswer, readSubscription } from './answers';
import type { ApiAnswer, ApiClient } from './apiClient';
import { CheckFailure } from './checkRunner';
import { jsonDifference } from './jsonDifference';

// The three calls of contract section 4, as the checks make them. Requests that break a rule on
// purpose are written out in the checks themselves.

/** The path of an add-on; its id encoded as the HTTP adapter encodes it. */
export function addOnPath(addOnId: string): string {
  return `/add-ons/${encodeURIComponent(addOnId)}`;
}

/** A key no real confirmation uses, and that says where it came from in the backend's logs. */
export function newIdempotencyKey(): string {
  return `contract-check-${crypto.randomUUID()}`;
}

/** A quote id no backend issued, for requests that must be refused before any quote is looked up. */
export const UNKNOWN_QUOTE_ID = 'contract-check-no-such-quote';

export function getSubscription(api: ApiClient): Promise<ApiAnswer> {
  return api.send({ method: 'GET', path: '/subscription' });
}

export function quote(api: ApiClient, addOnId: string, units: number): Promise<ApiAnswer> {
  return api.send({ method: 'POST', path: `${addOnPath(addOnId)}/quotes`, json: { units } });
}

/** What an update sends. */
export interface UpdateRequest {
  addOnId: string;
  units: number;
  quoteId: string;
  idempotencyKey: string;
}

export function update(api: ApiClient, request: UpdateRequest): Promise<ApiAnswer> {
  return api.send({
    method: 'PUT',
    path: addOnPath(request.addOnId),
    json: { units: request.units, quoteId: request.quoteId },
    headers: { 'Idempotency-Key': request.idempotencyKey },
  });
}

/** The add-on `addOnId` of a subscription, or a failure: it was there when the checks began. */
export function addOnIn(subscription: Subscription | null, addOnId: string, request: string): AddOn {
  const addOn = subscription ? addOnById(subscription, addOnId) : undefined;
  if (!addOn) throw new CheckFailure(`${request}: the subscription no longer has the add-on "${addOnId}"`);
  return addOn;
}

/** The subscription as it stands now, and its add-on `addOnId`. */
export async function currentAddOn(
  api: ApiClient,
  addOnId: string,
): Promise<{ subscription: Subscription; addOn: AddOn }> {
  const answer = await getSubscription(api);
  const subscription = readSubscription(answer);
  if (!subscription) throw new CheckFailure(`${answer.request} answered null: the subscription is gone`);
  return { subscription, addOn: addOnIn(subscription, addOnId, answer.request) };
}

/**
 * Sends an applied update again, same key and body, and fails unless the answer is the first one
 * as it was: the contract's idempotent replay.
 */
export async function expectReplay(
  api: ApiClient,
  what: string,
  applied: { request: UpdateRequest; answer: ApiAnswer },
): Promise<void> {
  const again = await update(api, applied.request);
  const sent = `the ${what} sent again with its Idempotency-Key`;
  if (again.status !== applied.answer.status) {
    throw new CheckFailure(`${sent} answered ${describeAnswer(again)}; expected its first answer again`);
  }
  const difference = jsonDifference(applied.answer.body, again.body);
  if (difference) throw new CheckFailure(`${sent} answered differently: ${difference}`);
}
