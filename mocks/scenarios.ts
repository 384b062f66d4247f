import { addMonthsOnDay, periodAddOnCredits } from '../src/core/policy';
import type { AddOn, Subscription } from '../src/core/types';

/** A named starting state for the mock backend. */
export interface BillingScenario {
  /** One line for a scenario switcher. */
  description: string;
  /** The customer's subscription, or `null` for none. */
  subscription: Subscription | null;
  /** Delay every response by this long. */
  delayMs?: number;
  /** Every call fails with a server error. */
  failing?: boolean;
  /** Charges are declined with `payment_failed`. */
  declinePayments?: boolean;
}

const DAY = 24 * 60 * 60 * 1000;

// Periods are placed around the moment the mocks load, so the renewal date is always ahead:
// a month's began 12 days ago and lasts 30 days; a year's began about 100 days ago and ends on
// the same day a year later (Feb 29 → Feb 28), as renewPeriods counts years.
function period(interval: 'month' | 'year' = 'month'): { start: string; end: string } {
  const now = Date.now();
  if (interval === 'month') {
    const start = new Date(Math.floor((now - 12 * DAY) / DAY) * DAY);
    const end = new Date(start.getTime() + 30 * DAY);
    return { start: start.toISOString(), end: end.toISOString() };
  }
  const start = new Date(Math.floor((now - 100 * DAY) / DAY) * DAY);
  const end = addMonthsOnDay(start, 12, start.getUTCDate());
  return { start: start.toISOString(), end: end.toISOString() };
}

/** The Basic plan's credits add-on: 1 unit = 60 credits = $10.00 per user. */
export function basicCreditsAddOn(overrides: Partial<AddOn> = {}): AddOn {
  return {
    id: 'generative-credits',
    name: 'Generative Credits',
    creditsPerUnit: 60,
    unitPrice: { amount: 1000, currency: 'USD' },
    scope: 'per_seat',
    interval: 'month',
    units: 1,
    scheduledUnits: null,
    minUnits: 0,
    maxUnits: 10,
    ...overrides,
  };
}

/** The Team plan's credits add-on: 1 unit = 200 credits = $30.00 for the whole workspace. */
export function teamCreditsAddOn(overrides: Partial<AddOn> = {}): AddOn {
  return {
    id: 'generative-credits',
    name: 'Generative Credits',
    creditsPerUnit: 200,
    unitPrice: { amount: 3000, currency: 'USD' },
    scope: 'shared',
    interval: 'month',
    units: 2,
    scheduledUnits: null,
    minUnits: 0,
    maxUnits: 20,
    ...overrides,
  };
}

/** A Basic subscription with 3 users and 1 unit of Generative Credits; override any field. */
export function basicSubscription(overrides: Partial<Subscription> = {}): Subscription {
  const { start, end } = period();
  const seats = overrides.seats ?? 3;
  const addOns = overrides.addOns ?? [basicCreditsAddOn()];
  return {
    id: 'sub_basic',
    status: 'active',
    cancelAtPeriodEnd: false,
    plan: {
      id: 'basic',
      name: 'Basic',
      interval: 'month',
      price: { amount: 1200, currency: 'USD' },
      includedCredits: 60,
    },
    seats,
    currentPeriodStart: start,
    currentPeriodEnd: end,
    credits: { included: 60 * seats, addOn: periodAddOnCredits(addOns, seats), used: 95, resetsAt: end },
    addOns,
    ...overrides,
  };
}

/** A Team subscription with 5 users and 2 units of the shared credits add-on; override any field. */
export function teamSubscription(overrides: Partial<Subscription> = {}): Subscription {
  const { start, end } = period();
  const seats = overrides.seats ?? 5;
  const addOns = overrides.addOns ?? [teamCreditsAddOn()];
  return {
    id: 'sub_team',
    status: 'active',
    cancelAtPeriodEnd: false,
    plan: {
      id: 'team',
      name: 'Team',
      interval: 'month',
      price: { amount: 2500, currency: 'USD' },
      includedCredits: 150,
    },
    seats,
    currentPeriodStart: start,
    currentPeriodEnd: end,
    credits: { included: 150 * seats, addOn: periodAddOnCredits(addOns, seats), used: 420, resetsAt: end },
    addOns,
    ...overrides,
  };
}

/**
 * The Team plan's credits add-on billed yearly: 1 unit = 2,400 credits a year (200 a month) =
 * $300.00 a year (two months free against $30.00 a month), for the whole workspace.
 */
export function teamAnnualCreditsAddOn(overrides: Partial<AddOn> = {}): AddOn {
  return teamCreditsAddOn({
    creditsPerUnit: 2400,
    unitPrice: { amount: 30000, currency: 'USD' },
    interval: 'year',
    ...overrides,
  });
}

/**
 * A Team subscription billed yearly ($250.00 a year, 1,800 credits per user a year), 5 users and
 * 2 units of the yearly shared credits add-on, in a period of a year; override any field.
 */
export function teamAnnualSubscription(overrides: Partial<Subscription> = {}): Subscription {
  const { start, end } = period('year');
  const seats = overrides.seats ?? 5;
  const addOns = overrides.addOns ?? [teamAnnualCreditsAddOn()];
  return teamSubscription({
    id: 'sub_team_annual',
    plan: {
      id: 'team-annual',
      name: 'Team',
      interval: 'year',
      price: { amount: 25000, currency: 'USD' },
      includedCredits: 1800,
    },
    currentPeriodStart: start,
    currentPeriodEnd: end,
    credits: { included: 1800 * seats, addOn: periodAddOnCredits(addOns, seats), used: 3150, resetsAt: end },
    addOns,
    ...overrides,
  });
}

/** The named starting states of the mock backend (contract section 6). */
export const scenarios = {
  basic: { description: 'Basic plan, 3 users, per-seat credits', subscription: basicSubscription() },
  team: { description: 'Team plan, 5 users, shared credits', subscription: teamSubscription() },
  teamAnnual: {
    description: 'Team plan billed yearly, 5 users, shared credits',
    subscription: teamAnnualSubscription(),
  },
  trialing: { description: 'Basic plan on a trial', subscription: basicSubscription({ status: 'trialing' }) },
  pastDue: {
    description: 'Basic plan with a failed renewal payment',
    subscription: basicSubscription({ status: 'past_due' }),
  },
  cancelingAtPeriodEnd: {
    description: 'Basic plan that ends at the period end',
    subscription: basicSubscription({ cancelAtPeriodEnd: true }),
  },
  canceled: { description: 'A canceled Basic plan', subscription: basicSubscription({ status: 'canceled' }) },
  none: { description: 'No subscription', subscription: null },
  slow: {
    description: 'Basic plan on a slow network (every response delayed)',
    subscription: basicSubscription(),
    delayMs: 2000,
  },
  failing: { description: 'Every call fails with a server error', subscription: basicSubscription(), failing: true },
  paymentFailure: {
    description: 'Increases fail: the card on file is declined',
    subscription: basicSubscription(),
    declinePayments: true,
  },
} satisfies Record<string, BillingScenario>;

/** The name of a built-in scenario. */
export type ScenarioName = keyof typeof scenarios;
