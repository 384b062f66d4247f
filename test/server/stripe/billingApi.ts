import type { AddOnQuote, Subscription } from '../../../src/core/types';
import { type BillingBackend, createBillingHandler } from '../../../src/server';

const ORIGIN = 'http://127.0.0.1';

/** An answer of the billing API: its status and JSON body. */
export interface Answer<T> {
  status: number;
  body: T;
}

type Failure = { error: { code: string; message: string } };

/**
 * The billing API of contract section 4 served by `createBillingHandler` over `backend`, called the
 * way the HTTP adapter calls it; the `x-customer` header says who is asking.
 */
export function billingApi(backend: BillingBackend, options: { onError?: (error: unknown) => void } = {}) {
  const handler = createBillingHandler({
    backend,
    identify: (request) => {
      const customerId = request.headers.get('x-customer');
      return customerId ? { customerId } : null;
    },
    ...(options.onError && { onError: options.onError }),
  });
  async function call<T>(customer: string, method: string, path: string, body?: unknown, key?: string) {
    const response = await handler(
      new Request(`${ORIGIN}/api/billing${path}`, {
        method,
        headers: {
          'x-customer': customer,
          ...(body !== undefined && { 'Content-Type': 'application/json' }),
          ...(key && { 'Idempotency-Key': key }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      }),
    );
    return { status: response.status, body: (await response.json()) as T };
  }
  return {
    handler,
    getSubscription: (customer: string) =>
      call<{ subscription: Subscription | null } & Failure>(customer, 'GET', '/subscription'),
    quote: (customer: string, addOnId: string, units: number) =>
      call<{ quote: AddOnQuote } & Failure>(customer, 'POST', `/add-ons/${addOnId}/quotes`, { units }),
    update: (customer: string, addOnId: string, units: number, quoteId: string, key: string) =>
      call<{ subscription: Subscription } & Failure>(customer, 'PUT', `/add-ons/${addOnId}`, { units, quoteId }, key),
    /** Quotes `units` and applies the quote under `key`; returns both answers. */
    async change(customer: string, addOnId: string, units: number, key: string) {
      const quoted = await this.quote(customer, addOnId, units);
      if (quoted.status !== 200) throw new Error(`quote answered ${quoted.status} ${JSON.stringify(quoted.body)}`);
      return {
        quote: quoted.body.quote,
        updated: await this.update(customer, addOnId, units, quoted.body.quote.id, key),
      };
    },
  };
}
