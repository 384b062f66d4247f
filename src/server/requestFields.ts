import type { BillingIncoming } from './incoming';
import { Refusal } from './refusal';

// Contract section 7: 1 to 255 visible ASCII characters.
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * `units` of a body: a whole number of 0 or more, else 400. Whether it is within the add-on's
 * range is the backend's to say (422 `invalid_units`), as only it knows the add-on.
 */
export function unitsOf(body: Record<string, unknown>): number {
  const { units } = body;
  if (typeof units !== 'number' || !Number.isSafeInteger(units) || units < 0) {
    throw new Refusal('invalid_request', '"units" must be a whole number of 0 or more.');
  }
  // JSON's -0 is 0 units.
  return units === 0 ? 0 : units;
}

/** `quoteId` of an update's body: a non-empty string, else 400. */
export function quoteIdOf(body: Record<string, unknown>): string {
  const { quoteId } = body;
  if (typeof quoteId !== 'string' || quoteId === '') {
    throw new Refusal('invalid_request', '"quoteId" must be the id of a quote.');
  }
  return quoteId;
}

/** The update's `Idempotency-Key` header, else 400. */
export function idempotencyKeyOf(incoming: BillingIncoming): string {
  const key = incoming.header('idempotency-key');
  if (key === null || !IDEMPOTENCY_KEY.test(key)) {
    throw new Refusal(
      'invalid_request',
      'An update needs an Idempotency-Key header of 1 to 255 visible ASCII characters, the same for every retry.',
    );
  }
  return key;
}
