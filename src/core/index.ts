// react-billing-widget/core: types, validation, money, policy and adapters. No React here.

export type { HttpAdapterOptions, HttpHeaders } from './adapters/http';
export { createHttpAdapter } from './adapters/http';
export type { LedgerCharge, MemoryAdapter, MemoryAdapterOptions } from './adapters/memory';
export { createMemoryAdapter } from './adapters/memory';
export type { BillingErrorCode, BillingErrorOptions } from './errors';
export { BILLING_ERROR_CODES, BillingError, isBillingError, isBillingErrorCode } from './errors';
export { addMoney, currencyDigits, formatMoney, multiplyMoney, zeroMoney } from './money';
export type { QuoteTerms } from './policy';
export {
  addOnCredits,
  applyTerms,
  canDecrease,
  canIncrease,
  classifyChange,
  findAddOn,
  isValidUnits,
  nextPeriodUnits,
  quoteTerms,
  recurringCharge,
  remainingCredits,
  seatFactor,
} from './policy';
export { parseQuote, parseSubscription, quoteSchema, subscriptionSchema } from './schema';
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
