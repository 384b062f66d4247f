import type { Subscription } from '../../src/core/types';

/** The Generative Credits add-on's units and scheduled units; both undefined when there is no such add-on. */
export function unitsOf(subscription: Subscription | null) {
  const addOn = subscription?.addOns.find((candidate) => candidate.id === 'generative-credits');
  return { units: addOn?.units, scheduledUnits: addOn?.scheduledUnits };
}
