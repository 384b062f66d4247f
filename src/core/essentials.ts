// The core a browser host ships: types, errors, money, policy (with the credits timeline a quote
// makes), validation and the HTTP adapter.
// `react-billing-widget/core` adds what only a backend or a test needs (the memory adapter,
// `applyTerms`, `renewPeriods`, money arithmetic the UI never does); `/headless` re-exports this.
export type { HttpAdapterOptions, HttpHeaders } from './adapters/http';
export { createHttpAdapter } from './adapters/http';
export {
  type CreditsTimelineData,
  type CreditsTimelinePeriod,
  type CreditsTimelineSegment,
  creditsTimeline,
} from './creditsTimeline';
export type { BillingErrorCode, BillingErrorOptions } from './errors';
export { BILLING_ERROR_CODES, BillingError, isBillingError, isBillingErrorCode } from './errors';
export { formatMoney, multiplyMoney, zeroMoney } from './money';
export type { PolicyNote, QuoteTerms } from './policy';
export {
  addOnById,
  addOnCredits,
  canDecrease,
  canIncrease,
  classifyChange,
  findAddOn,
  hasScheduledChange,
  isValidUnits,
  nextPeriodUnits,
  policyNotes,
  quoteTerms,
  recurringCharge,
  remainingCredits,
  seatFactor,
  unitBounds,
} from './policy';
export { parseQuote, parseSubscription, parseUpdatedSubscription } from './schema';
export type {
  AdapterCallOptions,
  AddOn,
  AddOnChange,
  AddOnQuote,
  BillingAdapter,
  Money,
  QuoteAddOnRequest,
  Subscription,
  SubscriptionStatus,
  UpdateAddOnRequest,
} from './types';
