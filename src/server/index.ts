// react-billing-widget/server: the backend half. No React, no DOM; Node >= 20 and any Fetch-API runtime.
export { createQuoteSigner, type QuoteSigner, type QuoteSignerOptions, quoteStateOf } from './quoteToken';
export type { BillingBackend, BillingCustomer } from './types';
