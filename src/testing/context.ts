import type { AddOn, Money, Subscription } from '../core/types';
import type { ApiClient } from './apiClient';
import type { CheckRunner } from './checkRunner';

/** The increase the charging checks made: it is charged and stays (add-ons are non-refundable). */
export interface ChargedIncrease {
  from: number;
  to: number;
  dueNow: Money;
  creditsNow: number;
}

/** What every group of checks works with. */
export interface VerifyContext {
  api: ApiClient;
  runner: CheckRunner;
  allowCharges: boolean;
  /** Increases may be due a prorated share of their full price (`proration`). */
  proration: boolean;
  /** Whether GET /subscription gave a valid answer; `found` means nothing until it did. */
  loaded: boolean;
  /** The subscription as the checks found it. */
  found: Subscription | null;
  /** The add-on the checks quote and change, when the subscription has one. */
  addOn: AddOn | undefined;
  /** Set by the charging checks once an increase was applied. */
  charged?: ChargedIncrease;
}

/** True when the add-on can be decreased or restored, which charges nothing. */
export function changesWithoutCharge(addOn: AddOn): boolean {
  return addOn.units > addOn.minUnits || addOn.scheduledUnits !== null;
}

/** The add-on the checks work on: the first that can be decreased or restored without a charge, else the first. */
export function pickAddOn(subscription: Subscription | null): AddOn | undefined {
  const addOns = subscription?.addOns ?? [];
  return addOns.find(changesWithoutCharge) ?? addOns[0];
}

/** Why checks that need the subscription cannot run, or `null` when they can. */
export function whyNotLoaded(context: VerifyContext): string | null {
  return context.loaded ? null : 'needs a valid answer to GET /subscription, which failed its check';
}

/** Why checks that quote the add-on cannot run, or `null` when they can. */
export function whyNoAddOn(context: VerifyContext): string | null {
  const notLoaded = whyNotLoaded(context);
  if (notLoaded) return notLoaded;
  if (!context.found) return 'this customer has no subscription (GET /subscription answered null)';
  if (!context.addOn) return 'the subscription offers no add-ons';
  if (context.found.status === 'canceled') return 'the subscription is canceled, so its add-ons cannot change';
  return null;
}
