// react-billing-widget/server: the backend half. No React, no DOM; Node >= 20 and any Fetch-API runtime.
export {
  createQuoteSigner,
  type QuoteSigner,
  type QuoteSignerOptions,
  quoteStateOf,
  type SignedQuote,
} from './quoteToken';
// Stripe Billing backend (issue 15): stripe stays a type-only import, so hosts without it never load it.
export type { StripeCatalog, StripeCatalogAddOn, StripeCatalogPlan } from './stripe/catalog';
export { createStripeBackend, type StripeBackendOptions } from './stripe/createStripeBackend';
export type { BillingBackend, BillingCustomer } from './types';
