import { isBillingError } from '../core/errors';
import { httpStatusOf } from '../core/httpStatus';
import type { AdapterCallOptions } from '../core/types';
import { type BillingAnswer, errorAnswer, GENERIC_FAILURE, jsonAnswer, toResponse } from './answers';
import type { BillingIncoming } from './incoming';
import { incomingFromRequest } from './incomingFromRequest';
import { readJsonBody, requireJsonContentType } from './readJsonBody';
import { cancelled, Refusal } from './refusal';
import { idempotencyKeyOf, quoteIdOf, unitsOf } from './requestFields';
import { type BillingRoute, normalizeBasePath, routeOf } from './routes';
import { SETTLES_AT_ONCE } from './settlesAtOnce';
import type { BillingBackend, BillingCustomer } from './types';

/** Options of `createBillingHandler`. */
export interface BillingHandlerOptions {
  /** Where the billing data lives: `createMemoryBackend`, `createStripeBackend` or your own. */
  backend: BillingBackend;
  /**
   * Who is asking, from the request's session cookie or token; `null` answers 401. Never read the
   * customer from the body or URL. Throwing is an outage, not a refusal: 500 and `onError`.
   */
  identify: (request: Request) => BillingCustomer | null | Promise<BillingCustomer | null>;
  /** Where the API is mounted. Default `/api/billing`. */
  basePath?: string;
  /** When set, a POST or PUT whose `Origin` header is not one of these (or is missing) answers 403. */
  allowedOrigins?: string[];
  /** Called with every unexpected error (what the answer's generic 500 hides), for your logging. */
  onError?: (error: unknown, request: Request) => void;
}

/**
 * Where `toNodeHandler` finds the handler's own entry, to serve node:http requests without
 * building Fetch bodies. `Symbol.for`, so it is found across two copies of the library.
 */
export const SERVE_INCOMING: unique symbol = Symbol.for('react-billing-widget.serveIncoming') as never;

/** The Fetch-API handler: Next.js route handlers, Hono, Bun, Deno, workers; `toNodeHandler` for Node. */
export type BillingHandler = ((request: Request) => Promise<Response>) & {
  /** The normalized base path it serves (`toNodeHandler` passes other paths to `next`). */
  readonly basePath: string;
  /** @internal The same handler over a request from any server (see `BillingIncoming`). */
  readonly [SERVE_INCOMING]: (incoming: BillingIncoming) => Promise<BillingAnswer>;
};

/** What `identify` returned, when it is a customer; a wrong shape is a bug of the host's, so thrown. */
function customerOf(value: unknown): BillingCustomer | null {
  if (value === null || value === undefined) return null;
  const customer = value as BillingCustomer;
  if (typeof customer.customerId !== 'string' || customer.customerId === '') {
    throw new TypeError('identify() must return { customerId: a non-empty string } or null.');
  }
  return customer;
}

/** A backend's result, refusing `undefined` (a backend that forgot to return) rather than sending `{}`. */
function defined<T>(value: T, what: string): T {
  if (value === undefined) throw new TypeError(`The billing backend returned no ${what}.`);
  return value;
}

/** An origin as browsers send it (`https://app.example.com`), from a URL or an origin. */
function originOf(value: string): string {
  const { origin } = new URL(value);
  if (origin === 'null') throw new TypeError(`createBillingHandler: "${value}" is not an http(s) origin.`);
  return origin;
}

function assertOptions(options: BillingHandlerOptions): void {
  const { backend, identify } = options ?? {};
  const methods = ['getSubscription', 'quoteAddOn', 'updateAddOn'] as const;
  if (!backend || methods.some((name) => typeof backend[name] !== 'function')) {
    throw new TypeError(`createBillingHandler: backend must have ${methods.join(', ')}.`);
  }
  if (typeof identify !== 'function') throw new TypeError('createBillingHandler: identify must be a function.');
}

/**
 * Serves the HTTP API of contract section 4 over a `BillingBackend`, answering as section 7 says.
 *
 * Checks run in this order, the first that fails answers:
 * 1. 404 `not_found`: not under `basePath`, an unknown path, or an add-on id that is not a plain
 *    name once decoded (`..`, `.`, slashes or backslashes even encoded, `%`, control characters);
 * 2. 405 with `Allow`: a known path with another method;
 * 3. 401 `unauthorized`: `identify` gave `null` (it throwing is a 500 and `onError`);
 * 4. 403 `forbidden`: a POST or PUT from an origin not in `allowedOrigins`;
 * 5. 403 `forbidden`: a PUT from a customer with `canManage: false`;
 * 6. 415 `invalid_request`: a POST or PUT without `Content-Type: application/json`;
 * 7. 400 `invalid_request`: a PUT without a valid `Idempotency-Key`;
 * 8. 413 `invalid_request`: a body over 8 KiB (read no further than that);
 * 9. 400 `invalid_request`: a body that is not a JSON object, `units` not a whole number ≥ 0, no `quoteId`;
 * 10. the backend: its `BillingError`'s code with the status of the contract's table; anything
 *     else it throws, a 500 `server` with a generic message, and `onError`.
 * Every answer is JSON with `Cache-Control: no-store`. The backend gets `request.signal` (the
 * memory backend, whose calls finish before they return, none: the handler checks the client is
 * still there as it calls it).
 */
export function createBillingHandler(options: BillingHandlerOptions): BillingHandler {
  assertOptions(options);
  const { backend, identify, onError } = options;
  const basePath = normalizeBasePath(options.basePath ?? '/api/billing');
  const allowedOrigins = options.allowedOrigins ? new Set(options.allowedOrigins.map(originOf)) : null;
  const settlesAtOnce = (backend as { [SETTLES_AT_ONCE]?: unknown })[SETTLES_AT_ONCE] === true;

  const report = (error: unknown, incoming: BillingIncoming) => {
    try {
      onError?.(error, incoming.request());
    } catch {
      // A failing logger must not change the answer.
    }
  };

  // Made as the backend is called, so a refused request makes no AbortSignal (under node:http it
  // is made on first read, and costs more than routing and checking the request). A backend that
  // settles within the call (SETTLES_AT_ONCE) gets none: the client is checked here.
  const callOptionsOf = settlesAtOnce
    ? (incoming: BillingIncoming): AdapterCallOptions | undefined => {
        if (incoming.clientGone()) throw cancelled();
        return undefined;
      }
    : (incoming: BillingIncoming): AdapterCallOptions | undefined => ({ signal: incoming.signal });

  const serve = async (route: BillingRoute, customer: BillingCustomer, incoming: BillingIncoming) => {
    switch (route.name) {
      case 'subscription': {
        const subscription = await backend.getSubscription(customer, callOptionsOf(incoming));
        return jsonAnswer({ subscription: defined(subscription, 'subscription') });
      }
      case 'quote': {
        requireJsonContentType(incoming);
        const units = unitsOf(await readJsonBody(incoming));
        const quote = await backend.quoteAddOn(customer, { addOnId: route.addOnId, units }, callOptionsOf(incoming));
        return jsonAnswer({ quote: defined(quote, 'quote') });
      }
      case 'update': {
        if (customer.canManage === false) {
          throw new Refusal('forbidden', 'You can see this subscription but not change it. Ask an account owner.');
        }
        requireJsonContentType(incoming);
        const idempotencyKey = idempotencyKeyOf(incoming);
        const body = await readJsonBody(incoming);
        const change = { addOnId: route.addOnId, units: unitsOf(body), quoteId: quoteIdOf(body), idempotencyKey };
        const subscription = await backend.updateAddOn(customer, change, callOptionsOf(incoming));
        return jsonAnswer({ subscription: defined(subscription, 'subscription') });
      }
    }
  };

  const answer = async (incoming: BillingIncoming): Promise<BillingAnswer> => {
    try {
      const route = routeOf(incoming.method, incoming.url.pathname, basePath);
      let customer: BillingCustomer | null;
      try {
        customer = customerOf(await identify(incoming.request()));
      } catch (error) {
        report(error, incoming);
        return errorAnswer('server', GENERIC_FAILURE);
      }
      if (!customer) throw new Refusal('unauthorized', 'Sign in to see and change your billing.');
      if (route.name !== 'subscription' && allowedOrigins && !allowedOrigins.has(incoming.header('origin') ?? '')) {
        throw new Refusal('forbidden', 'This request came from a site that may not change billing here.');
      }
      return await serve(route, customer, incoming);
    } catch (error) {
      if (error instanceof Refusal) return errorAnswer(error.code, error.message, error.status, error.headers);
      if (isBillingError(error)) return errorAnswer(error.code, error.message, httpStatusOf(error.code));
      report(error, incoming);
      return errorAnswer('server', GENERIC_FAILURE);
    }
  };

  const handler = async (request: Request): Promise<Response> => toResponse(await answer(incomingFromRequest(request)));
  return Object.defineProperties(handler, {
    basePath: { value: basePath, enumerable: true },
    [SERVE_INCOMING]: { value: answer },
  }) as BillingHandler;
}
