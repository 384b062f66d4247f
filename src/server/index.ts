// react-billing-widget/server: the backend half. No React, no DOM; Node >= 20 and any Fetch-API runtime.
export { backendFromAdapters } from './backendFromAdapters';
export { type BillingHandler, type BillingHandlerOptions, createBillingHandler } from './createBillingHandler';
export { createMemoryBackend, type MemoryBackend, type MemoryBackendOptions } from './createMemoryBackend';
export type { NodeRequest, NodeResponse } from './nodeTypes';
export {
  createQuoteSigner,
  type QuotePins,
  type QuoteSigner,
  type QuoteSignerOptions,
  quoteStateOf,
  type SignedQuote,
} from './quoteToken';
export { MAX_BODY_BYTES } from './readJsonBody';
// Stripe Billing backend: stripe stays a type-only import, so hosts without it never load it.
export type { StripeCatalog, StripeCatalogAddOn, StripeCatalogPlan } from './stripe/catalog';
export { createStripeBackend, type StripeBackendOptions } from './stripe/createStripeBackend';
export { type NodeHandler, toNodeHandler } from './toNodeHandler';
export type { BillingBackend, BillingCustomer } from './types';
