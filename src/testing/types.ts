import type { HttpHeaders } from '../core/adapters/http';

/** One contract check: what it verifies, in plain words, and what it found. */
export interface Check {
  /** What the check verifies, e.g. "An unknown path answers 404 not_found". */
  name: string;
  /** What was found: the figures behind a pass, what went wrong, or why the check could not run. */
  detail?: string;
}

/** How a check came out. */
export type CheckOutcome = 'passed' | 'failed' | 'skipped';

/** A check with its outcome, in the order the checks ran. */
export interface CheckResult extends Check {
  /** Passed, failed, or skipped (could not run against this backend or without `allowCharges`). */
  outcome: CheckOutcome;
}

/** Options of `verifyBillingApi`. */
export interface VerifyBillingApiOptions {
  /** Where the API is served, absolute: e.g. `http://127.0.0.1:3000/api/billing`. */
  baseUrl: string;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
  /**
   * The headers that identify a customer (e.g. `{ Authorization: 'Bearer …' }`), or a function
   * returning them fresh for each request. The 401 check sends requests without them.
   */
  headers?: HttpHeaders;
  /**
   * Run the checks that charge the payment method on file: one increase of one unit, charged and
   * kept (add-ons are non-refundable). Only against a test-mode backend. Default `false`.
   */
  allowCharges?: boolean;
  /**
   * The backend charges an increase a prorated share of its price for the rest of the period (e.g.
   * `createStripeBackend({ proration: true })`): an increase quote may then be due more than 0 and
   * up to the full price of the added units, in the add-on's currency, instead of exactly that
   * price. Default `false`.
   */
  proration?: boolean;
  /** Give up on a request after this long (it fails its check). Default 10 000 ms. */
  timeoutMs?: number;
}

/** What `verifyBillingApi` found. */
export interface VerifyBillingApiResult {
  /** The checks the backend passed. */
  passed: Check[];
  /** The checks it failed, each with a `detail` saying what was wrong. */
  failed: Check[];
  /** The checks that could not run (their `detail` says why): neither passed nor failed. */
  skipped: Check[];
  /** Every check in the order it ran, with its outcome. */
  checks: CheckResult[];
}
