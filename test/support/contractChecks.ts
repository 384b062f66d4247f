// Backends served over real HTTP for the contract checks to run against, as a host serves them:
// createBillingHandler + toNodeHandler on node:http (127.0.0.1, port 0), a bearer token per customer.

import { type BillingBackend, type BillingCustomer, createBillingHandler } from '../../src/server';
import type { Check } from '../../src/testing';
import { serveBilling } from './billingServers';

/** The customer the checks run as, and the headers that say so. */
export const CUSTOMER = 'alice';
export const IDENTITY = { Authorization: `Bearer ${CUSTOMER}` };

/** Identifies `Authorization: Bearer <customer id>`; anything else is nobody. */
export function byBearerToken(request: Request): BillingCustomer | null {
  const token = /^Bearer (\S+)$/.exec(request.headers.get('Authorization') ?? '')?.[1];
  return token ? { customerId: token } : null;
}

/** Serves `backend` through the handler on node:http; returns the API's base URL. */
export async function serveBackend(
  backend: BillingBackend,
  identify: (request: Request) => BillingCustomer | null = byBearerToken,
): Promise<string> {
  const handler = createBillingHandler({ backend, identify });
  return `${await serveBilling('node:http', handler)}${handler.basePath}`;
}

/** The names of checks, for comparing outcomes. */
export const namesOf = (checks: readonly Check[]) => checks.map((check) => check.name);

/** The checks, by the names a test refers to them with. */
export const CHECKS = {
  unauthorized: 'Requests without your identity headers answer 401 unauthorized',
  increaseQuote: 'An increase quote is due now: added units × unit price (× seats when per seat)',
  decreaseQuote: 'A decrease quote is due 0 and takes effect at the period end',
  statusRefusal: "A change the subscription's status does not allow answers 409 subscription_inactive",
  decrease: 'A decrease applies with nothing charged, from the period end',
  restore: 'A restore cancels the scheduled decrease with nothing charged',
  staleQuote: 'A quote made before the subscription changed is refused with 409 conflict',
  replay: 'The same Idempotency-Key answers the same and changes nothing again',
  mismatch: 'An update whose units differ from its quote is refused',
  charge: 'An increase is charged now and its credits granted at once',
  chargeReplay: 'Sending an increase again with its Idempotency-Key charges and grants nothing more',
  leftAsFound: 'Leaves the subscription as it found it',
} as const;
