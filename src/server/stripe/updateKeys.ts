import type { UpdateAddOnRequest } from '../../core/types';
import { sha256 as digest } from '../quoteToken';

/** What one update is known by at Stripe: its mark on the subscription and the idempotency key of each step. */
export interface UpdateKeys {
  /** Short digest of customer + Idempotency-Key: names the update in the subscription's metadata. */
  mark: string;
  /** Short digest of what was asked (add-on, units, quote): the same key for another change is refused. */
  request: string;
  /** Stripe's Idempotency-Key for one step of this update. */
  stripe(step: string): string;
}

/**
 * Keys derived from the customer and the request's Idempotency-Key, hashed: the request's key may be
 * 255 characters already, and Stripe's keys must stay within 255 and say nothing of the customer.
 */
export async function updateKeys(customerId: string, request: UpdateAddOnRequest): Promise<UpdateKeys> {
  const update = await digest(JSON.stringify(['rbw-update', customerId, request.idempotencyKey]));
  const asked = await digest(JSON.stringify([request.addOnId, request.units, request.quoteId]));
  return {
    mark: update.slice(0, 16),
    request: asked.slice(0, 8),
    stripe: (step) => `rbw-${update}-${step}`,
  };
}
