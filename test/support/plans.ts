import { basicCreditsAddOn, basicSubscription, teamCreditsAddOn, teamSubscription } from '../../mocks/scenarios';
import type { AddOn, Subscription } from '../../src/core/types';

/** Basic: per seat, $10.00 and 60 credits per unit per user (3 users unless overridden). */
export function basic(addOn: Partial<AddOn> = {}, overrides: Partial<Subscription> = {}): Subscription {
  return basicSubscription({ ...overrides, addOns: [basicCreditsAddOn(addOn)] });
}

/** Team: shared, $30.00 and 200 credits per unit for the workspace (5 users unless overridden). */
export function team(addOn: Partial<AddOn> = {}, overrides: Partial<Subscription> = {}): Subscription {
  return teamSubscription({ ...overrides, addOns: [teamCreditsAddOn(addOn)] });
}
