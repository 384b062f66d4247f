import type { BillingErrorCode } from '../core/errors';
import { httpStatusOf } from '../core/httpStatus';

/**
 * A request the handler turns away before it reaches the backend (bad path, method, identity,
 * origin, headers or body). Thrown, not an `Error`: it is an answer, not a fault, and needs no stack.
 */
export class Refusal {
  constructor(
    /** The contract's error code. */
    readonly code: BillingErrorCode,
    /** A plain sentence for the caller. */
    readonly message: string,
    /** Where the contract's table gives another status than the code's own (405, 413, 415). */
    readonly status: number = httpStatusOf(code),
    /** Extra response headers, e.g. `Allow` on a 405. */
    readonly headers?: Readonly<Record<string, string>>,
  ) {}
}

/** The 413 for a body over `limit` bytes. */
export const bodyTooLarge = (limit: number) =>
  new Refusal('invalid_request', `The request body is over ${limit} bytes.`, 413);

/** The client went away before the request was answered. */
export const cancelled = () => new Refusal('aborted', 'The request was cancelled.');
