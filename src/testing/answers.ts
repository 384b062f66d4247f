import { type BillingErrorCode, isBillingErrorCode } from '../core/errors';
import { httpStatusOf } from '../core/httpStatus';
import { parseQuote, parseSubscription } from '../core/schema';
import type { AddOnQuote, Subscription } from '../core/types';
import type { ApiAnswer } from './apiClient';
import { CheckFailure } from './checkRunner';

/** The longest server message quoted in a detail: enough to recognise it, not a page of HTML. */
const MESSAGE_LIMIT = 120;

/** An error body as the contract writes it, or `null`. */
function readErrorBody(body: unknown): { code: unknown; message: unknown } | null {
  const error = (body as { error?: unknown } | null | undefined)?.error;
  return typeof error === 'object' && error !== null ? (error as { code: unknown; message: unknown }) : null;
}

/** What is wrong with an error answer's body, or `null` when it is `{ error: { code, message } }` with a known code. */
export function errorBodyProblem(answer: ApiAnswer): string | null {
  if (answer.body === undefined) return 'the body is not JSON';
  const error = readErrorBody(answer.body);
  if (!error) return 'the body has no "error" object';
  if (!isBillingErrorCode(error.code)) return `"error.code" ${JSON.stringify(error.code)} is not a BillingErrorCode`;
  if (typeof error.message !== 'string' || error.message.trim() === '') return '"error.message" is not a sentence';
  return null;
}

/** The code of a contract error body, when it has a known one. */
export function errorCodeOf(answer: ApiAnswer): BillingErrorCode | undefined {
  const code = readErrorBody(answer.body)?.code;
  return isBillingErrorCode(code) ? code : undefined;
}

/** The status an error code is answered with, by contract section 7; 413 and 415 are `invalid_request` too. */
export function statusMatchesCode(status: number, code: BillingErrorCode): boolean {
  if (status === 413 || status === 415) return code === 'invalid_request';
  return status === httpStatusOf(code);
}

/** An answer in a few words for a detail: `409 conflict ("The subscription changed…")`, `200`, `302 (not JSON)`. */
export function describeAnswer(answer: ApiAnswer): string {
  if (answer.body === undefined) return `${answer.status} (not JSON)`;
  if (answer.status < 300) return `${answer.status}`;
  const problem = errorBodyProblem(answer);
  if (problem) return `${answer.status} (${problem})`;
  const message = String(readErrorBody(answer.body)?.message);
  const quoted = message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT - 1)}…` : message;
  return `${answer.status} ${errorCodeOf(answer)} ("${quoted}")`;
}

/** Fails the check unless the answer is the error `status` with `code` and a contract error body. */
export function expectError(answer: ApiAnswer, status: number, code: BillingErrorCode): void {
  if (answer.status !== status || errorBodyProblem(answer) || errorCodeOf(answer) !== code) {
    throw new CheckFailure(`${answer.request} answered ${describeAnswer(answer)}; expected ${status} ${code}`);
  }
}

/** Fails the check unless the answer is a 4xx error with a contract error body; the error's code. */
export function expectRefusal(answer: ApiAnswer): BillingErrorCode {
  const code = errorCodeOf(answer);
  if (answer.status < 400 || answer.status >= 500 || errorBodyProblem(answer) || !code) {
    throw new CheckFailure(`${answer.request} answered ${describeAnswer(answer)}; expected a refusal (4xx)`);
  }
  return code;
}

/** The value of `key` in a 200 answer, or a failure naming what came instead. */
function successField(answer: ApiAnswer, key: string): unknown {
  if (answer.status !== 200)
    throw new CheckFailure(`${answer.request} answered ${describeAnswer(answer)}; expected 200`);
  const body = answer.body as Record<string, unknown> | undefined;
  if (typeof body !== 'object' || body === null || !(key in body)) {
    throw new CheckFailure(`${answer.request} answered 200 without { "${key}": … } in a JSON body`);
  }
  return body[key];
}

/** Runs the core's validation, failing the check with its message. */
function validated<T>(answer: ApiAnswer, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new CheckFailure(`${answer.request}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `{ "subscription": Subscription | null }` from a 200 answer, validated as the widget validates it. */
export function readSubscription(answer: ApiAnswer): Subscription | null {
  const value = successField(answer, 'subscription');
  return validated(answer, () => parseSubscription(value));
}

/** The subscription of a 200 answer to an update: never `null`. */
export function readUpdatedSubscription(answer: ApiAnswer): Subscription {
  const subscription = readSubscription(answer);
  if (!subscription) throw new CheckFailure(`${answer.request} answered { "subscription": null } to an update`);
  return subscription;
}

/** `{ "quote": AddOnQuote }` from a 200 answer, validated as the widget validates it. */
export function readQuote(answer: ApiAnswer): AddOnQuote {
  const value = successField(answer, 'quote');
  return validated(answer, () => parseQuote(value));
}
