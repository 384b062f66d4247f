import { BillingError, type BillingErrorCode } from './errors';

/**
 * The HTTP status each error code is answered with (contract section 7). One table for every
 * server in this repository (the server kit's handler, and through it the mocks) and for the
 * HTTP adapter's reading of a bare status. `aborted` never crosses the wire from a server in
 * this repo; 499 is the status nginx logs for a request its client gave up on.
 */
export const HTTP_STATUS_BY_CODE: Readonly<Record<BillingErrorCode, number>> = {
  invalid_request: 400,
  unauthorized: 401,
  payment_failed: 402,
  forbidden: 403,
  not_found: 404,
  subscription_inactive: 409,
  conflict: 409,
  quote_expired: 410,
  invalid_units: 422,
  rate_limited: 429,
  aborted: 499,
  server: 500,
  invalid_response: 502,
  network: 503,
  timeout: 504,
};

/** The status a server answers `code` with. */
export function httpStatusOf(code: BillingErrorCode): number {
  return HTTP_STATUS_BY_CODE[code];
}

/** A `BillingError` as a server answers it: with the status the table gives its code. */
export function httpFailure(code: BillingErrorCode, message: string): BillingError {
  return new BillingError(code, message, { status: httpStatusOf(code) });
}
