import type { BillingAdapter } from '../core/types';
import type { BillingBackend, BillingCustomer } from './types';

/**
 * A `BillingBackend` that serves each customer through a `BillingAdapter` of their own: the
 * memory engine per customer, or a client of your own billing service made for the customer.
 */
export function backendFromAdapters(adapterFor: (customer: BillingCustomer) => BillingAdapter): BillingBackend {
  return {
    getSubscription: (customer, options) => adapterFor(customer).getSubscription(options),
    quoteAddOn: (customer, { addOnId, units }, options) => adapterFor(customer).quoteAddOn({ addOnId, units }, options),
    updateAddOn: (customer, { addOnId, units, quoteId, idempotencyKey }, options) =>
      adapterFor(customer).updateAddOn({ addOnId, units, quoteId, idempotencyKey }, options),
  };
}
