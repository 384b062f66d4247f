// react-billing-widget/server: the backend half. No React, no DOM; Node >= 20 and any Fetch-API runtime.
export { backendFromAdapters } from './backendFromAdapters';
export { type BillingHandler, type BillingHandlerOptions, createBillingHandler } from './createBillingHandler';
export { createMemoryBackend, type MemoryBackend, type MemoryBackendOptions } from './createMemoryBackend';
export type { NodeRequest, NodeResponse } from './nodeTypes';
export { createQuoteSigner, type QuoteSigner, type QuoteSignerOptions, quoteStateOf } from './quoteToken';
export { MAX_BODY_BYTES } from './readJsonBody';
export { type NodeHandler, toNodeHandler } from './toNodeHandler';
export type { BillingBackend, BillingCustomer } from './types';
