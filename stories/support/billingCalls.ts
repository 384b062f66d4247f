import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import type { BillingErrorCode } from 'react-billing-widget/core';
import { BASE_URL } from './billingStory';

// Handlers a story puts in front of the mock backend to hold the widget in a state a designer
// reviews: a call that is still pending, one that fails, one that answers garbage. They are made
// fresh for every render (`parameters.billing.handlers` is a function), so `once` holds per render.

/** A call of the billing API (contract, section 4). */
export type BillingCall = 'getSubscription' | 'quoteAddOn' | 'updateAddOn';

export interface CallOptions {
  /** Answer only the first such call; later ones reach the mock backend. */
  once?: boolean;
}

type Resolver = () => Promise<Response> | Response;

const routes = {
  getSubscription: (resolver, options) => http.get(`${BASE_URL}/subscription`, resolver, options),
  quoteAddOn: (resolver, options) => http.post(`${BASE_URL}/add-ons/:addOnId/quotes`, resolver, options),
  updateAddOn: (resolver, options) => http.put(`${BASE_URL}/add-ons/:addOnId`, resolver, options),
} satisfies Record<BillingCall, (resolver: Resolver, options?: CallOptions) => RequestHandler>;

/** Such calls stay pending: the widget shows its waiting state for as long as the story is open. */
export function neverAnswers(call: BillingCall, options?: CallOptions): RequestHandler {
  return routes[call](async () => {
    await delay('infinite');
    return HttpResponse.error();
  }, options);
}

/** Such calls fail with `status` and the contract's error body. */
export function failsWith(
  call: BillingCall,
  failure: { status: number; code: BillingErrorCode; message: string },
  options?: CallOptions,
): RequestHandler {
  const { status, code, message } = failure;
  return routes[call](() => HttpResponse.json({ error: { code, message } }, { status }), options);
}

/** Such calls lose their connection: no answer at all, as when the network drops. */
export function dropsConnection(call: BillingCall, options?: CallOptions): RequestHandler {
  return routes[call](() => HttpResponse.error(), options);
}

/** Such calls answer 200 with `body`, whatever it is. */
export function answers(call: BillingCall, body: unknown, options?: CallOptions): RequestHandler {
  return routes[call](() => HttpResponse.json(body as Record<string, unknown>), options);
}
