import type { AddOnChange, BillingErrorCode, CreditsTimelinePeriod, SubscriptionStatus } from './core';

// The shape of every string a customer reads, apart from any language: the English defaults
// (messages.ts), the hooks' share of them (hookMessages.ts) and each locale module build on it.

/** Values a message can be given; already formatted for the locale. */
export type MessageArgs = Record<string, string | number>;

/**
 * Every string a customer reads. Functions receive values already formatted with Intl
 * (money, dates) plus raw counts, so translations choose their own plural forms.
 */
export interface BillingMessages {
  /**
   * The BCP 47 tag of the language these words are in. The widget's roots and its dialog carry it
   * as `lang`, so screen readers pronounce them in it; left out, the page's language carries on.
   */
  lang?: string;
  /** Button that opens the stepper under an add-on (accessible name). */
  upgradeCredits: string;
  /** Label of the units field: the add-on's name and "units". */
  unitsLabel: (args: { addOnName: string }) => string;
  /** Plus button (accessible name). */
  increaseUnits: string;
  /** Minus button (accessible name). */
  decreaseUnits: string;
  /** Continue to the dialog (accessible name). */
  review: string;
  /** The dialog's title. */
  confirmTitle: string;
  /** Apply the change (accessible name). */
  updateAddOn: string;
  /** Close the dialog without applying (accessible name). */
  cancel: string;
  /** Retry after a failure. */
  retry: string;
  /** "1 unit" / "2 units". */
  unitCount: (args: { count: number; formatted: string }) => string;
  /** "60 credits". */
  creditCount: (args: { count: number; formatted: string }) => string;
  /** "3 users". */
  userCount: (args: { count: number; formatted: string }) => string;
  /** "2 units × $10.00 × 3 users = $60.00": a per-seat price's arithmetic. */
  perSeatArithmetic: (args: { units: string; unitPrice: string; users: string; total: string }) => string;
  /** "2 units × $30.00 = $60.00": a shared price's arithmetic. */
  sharedArithmetic: (args: { units: string; unitPrice: string; total: string }) => string;
  /** "$30.00 / month". */
  perInterval: (args: { amount: string; interval: 'month' | 'year' }) => string;
  /** "Monthly" / "Yearly". */
  billingCycle: (args: { interval: 'month' | 'year' }) => string;
  /** Panel headings and labels. */
  planHeading: string;
  /**
   * What follows a label before its value ("Plan: Basic"), with the language's spacing: ": " in
   * English, "\u00a0: " in French, "：" in Japanese and Chinese (no space after). Default ": ".
   */
  colon?: string;
  cycleLabel: string;
  seatsLabel: string;
  renewsLabel: string;
  endsLabel: string;
  creditsHeading: string;
  creditsIncluded: string;
  creditsAddOn: string;
  creditsUsed: string;
  creditsRemaining: string;
  creditsResets: (args: { date: string }) => string;
  creditMeterLabel: string;
  addOnsHeading: string;
  addOnUnits: string;
  addOnCredits: string;
  addOnRecurring: string;
  /** A scheduled decrease under an add-on. */
  scheduledDecrease: (args: { units: string; date: string }) => string;
  /** Status names. */
  status: Record<SubscriptionStatus, string>;
  /** One plain sentence per subscription state: what can be done and why. */
  stateSentence: {
    active: (args: { date: string }) => string;
    trialing: (args: { date: string }) => string;
    past_due: string;
    canceled: string;
    cancelAtPeriodEnd: (args: { date: string }) => string;
    none: string;
  };
  loading: string;
  loadError: string;
  /** Shown under an error alert for data that failed validation. */
  errorDetails: (args: { detail: string }) => string;
  /** An add-on the stepper was pointed at that the plan does not offer. */
  addOnMissing: string;
  /** Stepper summary. */
  newRecurring: string;
  estimateBadge: string;
  updatingQuote: string;
  /** Polite announcement once the stepper's figures settle. */
  stepperSummary: (args: { units: string; recurring: string; dueNow: string }) => string;
  unitsOutOfRange: (args: { min: number; max: number }) => string;
  increaseNotAllowed: string;
  /** Under the stepper of a canceled subscription, whose add-ons cannot change at all. */
  changeNotAllowed: string;
  nothingToChange: string;
  /** Under the stepper's figures for a decrease: when the lower charge starts. */
  decreaseStarts: (args: { date: string }) => string;
  /** Dialog rows. */
  dueNow: string;
  creditsNow: string;
  recurringCharge: string;
  effectiveAt: string;
  effectiveNow: string;
  changeSummary: (args: { change: AddOnChange; addOnName: string; from: string; to: string; date: string }) => string;
  notesHeading: string;
  noteNonRefundable: string;
  noteNoRollover: (args: { interval: 'month' | 'year' }) => string;
  noteDecreaseWaits: (args: { date: string }) => string;
  noteEndsWithSubscription: (args: { date: string }) => string;
  noteChargedNow: (args: { amount: string }) => string;
  /**
   * In place of `noteChargedNow` when the server charges less than the added units' full price for
   * a period: a prorated increase (e.g. `createStripeBackend({ proration: true })`). `full` is that
   * full price.
   */
  noteChargedNowProrated?: (args: { amount: string; full: string }) => string;
  /** Heading of the credits timeline (in the dialog, and `<CreditsTimeline>`). */
  timelineHeading: string;
  /** When a stretch of the timeline runs ("Now until Mar 31, 2025", "From Mar 31, 2025"); `date` is the period end. */
  timelinePeriod: (args: { period: CreditsTimelinePeriod; date: string }) => string;
  /** Credits granted now by an increase: "360 credits added now". */
  timelineCreditsAdded: (args: { credits: string }) => string;
  /** Charged now, in the stretch up to the period end: "$60.00 charged now". */
  timelineChargedNow: (args: { amount: string }) => string;
  /** After the period end of a subscription that ends then. */
  timelineEnded: string;
  /** In the dialog after an expired quote was priced again (after a conflict it shows `errors.conflict`). */
  quoteRefreshed: string;
  waitingForQuote: string;
  updating: string;
  /** Under an update's error when its answer was lost or unreadable: it may have been applied, and a retry is safe. */
  outcomeUnknown: string;
  /** The outcome of an update, announced politely. */
  updated: (args: { change: AddOnChange; addOnName: string; units: string; date: string }) => string;
  /** Error messages by code; `unexpected` for anything that is not a BillingError. */
  errors: Record<BillingErrorCode | 'unexpected', string>;
}

/** Messages to override; nested groups (`errors`, `status`, `stateSentence`) may be partial too. */
export type BillingMessageOverrides = Partial<Omit<BillingMessages, 'errors' | 'status' | 'stateSentence'>> & {
  errors?: Partial<BillingMessages['errors']>;
  status?: Partial<BillingMessages['status']>;
  stateSentence?: Partial<BillingMessages['stateSentence']>;
};
