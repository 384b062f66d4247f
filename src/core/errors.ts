/** Every way a billing call can fail. */
export type BillingErrorCode =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'rate_limited'
  | 'server'
  | 'invalid_response'
  | 'subscription_inactive'
  | 'invalid_units'
  | 'quote_expired'
  | 'conflict'
  | 'payment_failed'
  | 'invalid_request';

/** All codes, for validating codes that arrive from a server. */
export const BILLING_ERROR_CODES: readonly BillingErrorCode[] = [
  'network',
  'timeout',
  'aborted',
  'unauthorized',
  'forbidden',
  'not_found',
  'rate_limited',
  'server',
  'invalid_response',
  'subscription_inactive',
  'invalid_units',
  'quote_expired',
  'conflict',
  'payment_failed',
  'invalid_request',
];

/** Codes for which sending the same request again is safe and may succeed. */
const RETRYABLE_BY_DEFAULT: ReadonlySet<BillingErrorCode> = new Set(['network', 'timeout', 'rate_limited', 'server']);

/** Options of a `BillingError`. */
export interface BillingErrorOptions {
  /** The HTTP status, when the error came from a response. */
  status?: number;
  /** Whether the same call may be retried safely; defaults by code. */
  retryable?: boolean;
  /** The underlying error. */
  cause?: unknown;
}

/** The one error type adapters reject with; UI messages are chosen by `code`. */
export class BillingError extends Error {
  /** What went wrong, for choosing the message and the way forward. */
  readonly code: BillingErrorCode;
  /** The HTTP status, when there was one. */
  readonly status?: number;
  /** Whether the same call may be retried safely. */
  readonly retryable: boolean;

  constructor(code: BillingErrorCode, message: string, options: BillingErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BillingError';
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    this.retryable = options.retryable ?? RETRYABLE_BY_DEFAULT.has(code);
  }
}

/** True when `value` is a code this library knows. */
export function isBillingErrorCode(value: unknown): value is BillingErrorCode {
  return typeof value === 'string' && (BILLING_ERROR_CODES as readonly string[]).includes(value);
}

/** True for a `BillingError`, also one from another copy of the library (duck-typed on `code`). */
export function isBillingError(error: unknown): error is BillingError {
  return (
    error instanceof BillingError ||
    (error instanceof Error && error.name === 'BillingError' && isBillingErrorCode((error as { code?: unknown }).code))
  );
}
