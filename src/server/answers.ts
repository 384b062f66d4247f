import type { BillingErrorCode } from '../core/errors';
import { httpStatusOf } from '../core/httpStatus';

/** An answer of the handler, before it is a Fetch `Response` or written to node:http. */
export interface BillingAnswer {
  status: number;
  headers: Readonly<Record<string, string>>;
  /** JSON text. */
  body: string;
}

// Billing answers are per customer and change with every purchase: no cache may keep them.
const JSON_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/** What an unexpected error answers: nothing of the error itself reaches the client. */
export const GENERIC_FAILURE = 'The billing service failed unexpectedly. Try again later.';

/** A JSON answer with the headers every answer of the handler carries. */
export function jsonAnswer(body: unknown, status = 200, headers?: Readonly<Record<string, string>>): BillingAnswer {
  return { status, headers: headers ? { ...JSON_HEADERS, ...headers } : JSON_HEADERS, body: JSON.stringify(body) };
}

/** The contract's error answer: `{ "error": { "code", "message" } }`. */
export function errorAnswer(
  code: BillingErrorCode,
  message: string,
  status: number = httpStatusOf(code),
  headers?: Readonly<Record<string, string>>,
): BillingAnswer {
  return jsonAnswer({ error: { code, message } }, status, headers);
}

/** The answer as a Fetch `Response`. */
export function toResponse(answer: BillingAnswer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/** The contract's error answer as a Fetch `Response` (for wrappers such as the mocks' failing scenario). */
export function errorResponse(code: BillingErrorCode, message: string, status?: number): Response {
  return toResponse(errorAnswer(code, message, status));
}
