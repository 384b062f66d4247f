import { arithmeticMessages } from './arithmeticMessages';
import { englishCount, hookMessages } from './hookMessages';
import type { BillingMessageOverrides, BillingMessages } from './messageTypes';

export type { BillingMessageOverrides, BillingMessages, MessageArgs } from './messageTypes';

/** The English defaults; pass a partial object to `messages` to override any of them. */
export const defaultMessages: BillingMessages = {
  lang: 'en',
  ...hookMessages,
  upgradeCredits: 'Upgrade Credits',
  review: 'Review',
  confirmTitle: 'Confirm add-on change',
  updateAddOn: 'Update Add-On',
  cancel: 'Cancel',
  retry: 'Retry',
  creditCount: englishCount('credit', 'credits'),
  userCount: englishCount('user', 'users'),
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount} / ${interval}`,
  billingCycle: ({ interval }) => (interval === 'month' ? 'Monthly' : 'Yearly'),
  planHeading: 'Plan',
  colon: ': ',
  cycleLabel: 'Billing cycle',
  seatsLabel: 'Users',
  renewsLabel: 'Renews on',
  endsLabel: 'Ends on',
  creditsHeading: 'Credits',
  creditsIncluded: 'Included in plan',
  creditsAddOn: 'From add-ons',
  creditsUsed: 'Used',
  creditsRemaining: 'Remaining',
  creditsResets: ({ date }) => `Resets on ${date}`,
  creditMeterLabel: 'Credits used this period',
  addOnsHeading: 'Add-ons',
  addOnUnits: 'Units',
  addOnCredits: 'Credits per period',
  addOnRecurring: 'Charge',
  scheduledDecrease: ({ units, date }) => `Changes to ${units} on ${date}`,
  status: { active: 'Active', trialing: 'Trial', past_due: 'Past due', canceled: 'Canceled' },
  stateSentence: {
    active: ({ date }) => `Your plan renews on ${date}. You can add credits now or reduce them from the next period.`,
    trialing: ({ date }) =>
      `You are on a trial until ${date}. Credits you add are charged now to the payment method on file.`,
    past_due:
      'Your last payment did not go through, so you cannot add credits until it is paid. You can still reduce add-ons or cancel a scheduled change.',
    canceled:
      'This subscription is canceled, so its add-ons cannot be changed. Start a new subscription to buy credits.',
    cancelAtPeriodEnd: ({ date }) =>
      `Your subscription ends on ${date}. You can still add credits, but add-ons end with the subscription on that date.`,
    none: 'You have no subscription yet, so there are no add-ons to buy. Choose a plan first.',
  },
  loading: 'Loading your subscription…',
  loadError: 'Your subscription could not be loaded.',
  errorDetails: ({ detail }) => `Details: ${detail}`,
  addOnMissing: 'This add-on is not offered on your plan.',
  newRecurring: 'New charge',
  estimateBadge: 'Estimate',
  updatingQuote: 'Updating price…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units}: ${recurring}. Due now: ${dueNow}.`,
  nothingToChange: 'This is what you have now. Choose a different number of units to make a change.',
  decreaseStarts: ({ date }) => `Starts on ${date}, at the end of this period. Nothing is refunded.`,
  dueNow: 'Due now',
  creditsNow: 'Credits added now',
  recurringCharge: 'New recurring charge',
  effectiveAt: 'Takes effect',
  effectiveNow: 'Immediately',
  changeSummary: ({ change, addOnName, from, to, date }) =>
    ({
      increase: `${addOnName}: from ${from} to ${to}, starting now.`,
      decrease: `${addOnName}: from ${from} to ${to} on ${date}.`,
      restore: `${addOnName}: keep ${to} and cancel the scheduled change.`,
      none: `${addOnName}: no change.`,
    })[change],
  notesHeading: 'Good to know',
  noteNonRefundable: 'Add-ons are non-refundable.',
  noteNoRollover: ({ interval }) => `Credits reset every ${interval} and do not roll over to the next ${interval}.`,
  noteDecreaseWaits: ({ date }) =>
    `Nothing is refunded and nothing changes now: you keep your current credits until ${date}, when the new units start.`,
  noteEndsWithSubscription: ({ date }) => `Your subscription is cancelling, so this add-on ends with it on ${date}.`,
  noteChargedNow: ({ amount }) => `${amount} is charged now to the payment method on file.`,
  noteChargedNowProrated: ({ amount, full }) =>
    `${amount} is charged now to the payment method on file, for the rest of this period only (${full} for a full period).`,
  timelineHeading: 'Credits and charges over time',
  timelinePeriod: ({ period, date }) =>
    period === 'current' ? `Now until ${date}` : period === 'unchanged' ? 'No change' : `From ${date}`,
  timelineCreditsAdded: ({ credits }) => `${credits} added now`,
  timelineChargedNow: ({ amount }) => `${amount} charged now`,
  timelineEnded: 'Ends with your subscription: no credits, no charge.',
  quoteRefreshed: 'The price was out of date, so it was checked again. Review the new figures and confirm.',
  waitingForQuote: 'Getting the final price…',
  updating: 'Updating…',
  outcomeUnknown: 'We could not confirm whether the change went through. Trying again will not charge you twice.',
  errors: {
    network: 'Could not reach the billing service. Check your connection and try again.',
    timeout: 'The billing service took too long to answer. Try again.',
    aborted: 'The request was cancelled.',
    unauthorized: 'Your session has expired. Sign in again to manage billing.',
    forbidden: 'You do not have permission to manage billing for this account.',
    not_found: 'This add-on or subscription could not be found.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    server: 'The billing service had a problem. Try again in a moment.',
    invalid_response: 'The billing service sent data we could not read.',
    subscription_inactive: 'The subscription is not active, so add-ons cannot be changed.',
    invalid_units: 'That number of units is not allowed.',
    quote_expired: 'The price was out of date. Review the new figures and confirm again.',
    conflict: 'Your subscription changed in the meantime. Review the new figures and confirm again.',
    payment_failed:
      'The payment was declined, so nothing was charged or changed. Update your payment method and try again.',
    invalid_request: 'The billing service could not accept this request. Reload the page and try again.',
    unexpected: 'Something unexpected went wrong. Try again.',
  },
};

// One merged object per overrides object, so every component of a provider reads the same one.
const merged = new WeakMap<BillingMessageOverrides, BillingMessages>();

/** The English defaults with a provider's overrides on top. */
export function resolveMessages(overrides: BillingMessageOverrides | undefined): BillingMessages {
  if (!overrides) return defaultMessages;
  let messages = merged.get(overrides);
  if (!messages) {
    messages = {
      ...defaultMessages,
      ...overrides,
      errors: { ...defaultMessages.errors, ...overrides.errors },
      status: { ...defaultMessages.status, ...overrides.status },
      stateSentence: { ...defaultMessages.stateSentence, ...overrides.stateSentence },
    } as BillingMessages;
    merged.set(overrides, messages);
  }
  return messages;
}
