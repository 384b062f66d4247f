import { periodAddOnCredits } from '../../core/policy';
import type { Subscription } from '../../core/types';
import type { UpdateMark } from './updateMarks';

/**
 * The answer to an update sent again under its Idempotency-Key: the subscription as it stands, with
 * the add-on as the first answer showed it, so a replay after later changes answers the same.
 */
export function replayAnswer(subscription: Subscription, addOnId: string, mark: UpdateMark): Subscription {
  const { result } = mark;
  if (!result) return subscription;
  const addOns = subscription.addOns.map((addOn) =>
    addOn.id === addOnId ? { ...addOn, units: result.units, scheduledUnits: result.scheduledUnits } : addOn,
  );
  return {
    ...subscription,
    addOns,
    credits: { ...subscription.credits, addOn: periodAddOnCredits(addOns, subscription.seats) },
  };
}
