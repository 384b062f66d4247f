import type { BillingErrorCode } from '../core/errors';
import { httpStatusOf } from '../core/httpStatus';

// Billing answers are per customer and change with every purchase: no cache may keep them.
const JSON_HEADERS: Readonly<Record<string, string>> = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

/** A JSON answer with the headers every answer of the handler carries. */
export function jsonResponse(body: unknown, status = 200, headers?: Readonly<Record<string, string>>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: headers ? { ...JSON_HEADERS, ...headers } : JSON_HEADERS,
  });
}

/** The contract's error answer: `{ "error": { "code", "message" } }`. */
export function errorResponse(
  code: BillingErrorCode,
  message: string,
  status: number = httpStatusOf(code),
  headers?: Readonly<Record<string, string>>,
): Response {
  return jsonResponse({ error: { code, message } }, status, headers);
}
