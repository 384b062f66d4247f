import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import { FakeStripeError, FakeStripeState } from './fakeStripeState';
import { type FormParams, parseForm } from './formParams';

/** The API key the fake accepts. */
export const FAKE_STRIPE_KEY = 'sk_test_fake_0123456789';

/** What the fake does to the next matching requests, to play a failure at a given step. */
export type FaultAction =
  /** Answers 500 `api_error` without doing anything (Stripe saves no idempotent result). */
  | 'error'
  /** Drops the connection without doing anything. */
  | 'drop'
  /** Does the work (and saves its idempotent result), then drops the connection: the answer is lost. */
  | 'lostAnswer'
  /** Answers this status and error body without doing anything. */
  | { status: number; error: { type: string; code?: string; message: string } };

/** One request the fake received. */
export interface LoggedRequest {
  /** e.g. 'POST /v1/invoices/:id/pay' */
  route: string;
  path: string;
  params: FormParams;
  idempotencyKey: string | undefined;
  /** The status answered, or 'dropped'. */
  outcome: number | 'dropped';
  replayed: boolean;
}

interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  run: (state: FakeStripeState, id: string, params: FormParams) => unknown;
}

type Run = Route['run'];

const route = (method: string, pattern: string, run: Run): Route => ({
  method,
  pattern,
  regex: new RegExp(`^${pattern.replace(':id', '([^/]+)')}$`),
  run,
});

const routes: Route[] = [
  route('GET', '/v1/subscriptions', (state, _id, params) => state.listSubscriptions(params)),
  route('GET', '/v1/subscriptions/:id', (state, id, params) => state.retrieveSubscription(id, params)),
  route('POST', '/v1/subscriptions/:id', (state, id, params) => state.updateSubscription(id, params)),
  route('GET', '/v1/prices/:id', (state, id) => state.retrievePrice(id)),
  route('GET', '/v1/invoices', (state, _id, params) => state.listInvoices(params)),
  route('POST', '/v1/invoices', (state, _id, params) => state.createInvoice(params)),
  route('POST', '/v1/invoices/create_preview', (state, _id, params) => state.createPreview(params)),
  route('POST', '/v1/invoices/:id/finalize', (state, id, params) => state.finalizeInvoice(id, params)),
  route('POST', '/v1/invoices/:id/pay', (state, id, params) => state.payInvoice(id, params)),
  route('POST', '/v1/invoices/:id/void', (state, id) => state.voidInvoice(id)),
  route('POST', '/v1/invoiceitems', (state, _id, params) => state.createInvoiceItem(params)),
  route('POST', '/v1/subscription_schedules', (state, _id, params) => state.createSchedule(params)),
  route('GET', '/v1/subscription_schedules/:id', (state, id) => state.retrieveSchedule(id)),
  route('POST', '/v1/subscription_schedules/:id', (state, id, params) => state.updateSchedule(id, params)),
  route('POST', '/v1/subscription_schedules/:id/release', (state, id, params) => state.releaseSchedule(id, params)),
];

interface SavedResult {
  route: string;
  params: string;
  status: number;
  body: string;
}

/** A fake Stripe API on 127.0.0.1 for the stripe-node client, with a test's handle on its state. */
export interface FakeStripe {
  state: FakeStripeState;
  /** Every request received, oldest first. */
  requests: LoggedRequest[];
  /** A stripe-node client pointed at the fake (no automatic retries). */
  client(key?: string): Stripe;
  /**
   * The next `times` requests to `route` (e.g. 'POST /v1/invoices/:id/pay') whose Idempotency-Key
   * ends with `step` (when given) meet `action`.
   */
  failNext(route: string, action: FaultAction, options?: { times?: number; step?: string }): void;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: string, replayed = false): void {
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Request-Id': `req_fake_${Date.now()}`,
    ...(replayed && { 'Idempotent-Replayed': 'true' }),
  });
  response.end(body);
}

const errorBody = (error: FakeStripeError['body']) => JSON.stringify({ error });

/** Starts the fake on 127.0.0.1 at a free port. `now` is the fake's clock in seconds. */
export async function startFakeStripe(options: { now?: number } = {}): Promise<FakeStripe> {
  const state = new FakeStripeState(options.now ?? Math.floor(Date.now() / 1000));
  const requests: LoggedRequest[] = [];
  const saved = new Map<string, SavedResult>();
  const faults: { route: string; action: FaultAction; times: number; step: string | undefined }[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let body = '';
    for await (const chunk of request) body += chunk;
    const method = request.method ?? 'GET';
    const params = parseForm(method === 'GET' || method === 'DELETE' ? url.search.slice(1) : body);
    const matched = routes.find((candidate) => candidate.method === method && candidate.regex.test(url.pathname));
    const routeName = matched ? `${method} ${matched.pattern}` : `${method} ${url.pathname}`;
    const header = request.headers['idempotency-key'];
    const idempotencyKey = typeof header === 'string' ? header : undefined;
    const entry: LoggedRequest = {
      route: routeName,
      path: url.pathname,
      params,
      idempotencyKey,
      outcome: 200,
      replayed: false,
    };
    requests.push(entry);
    const answer = (status: number, text: string, replayed = false) => {
      entry.outcome = status;
      entry.replayed = replayed;
      send(response, status, text, replayed);
    };

    if (request.headers.authorization !== `Bearer ${FAKE_STRIPE_KEY}`) {
      const key = (request.headers.authorization ?? '').replace(/^Bearer /, '');
      return answer(
        401,
        errorBody({
          type: 'invalid_request_error',
          message: `Invalid API Key provided: ${key.slice(0, 8)}****${key.slice(-4)}`,
        }),
      );
    }
    if (!matched) {
      return answer(
        404,
        errorBody({ type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${url.pathname}).` }),
      );
    }

    const fault = faults.find(
      (candidate) =>
        candidate.route === routeName &&
        candidate.times > 0 &&
        (!candidate.step || (idempotencyKey?.endsWith(`-${candidate.step}`) ?? false)),
    );
    if (fault) fault.times -= 1;
    const drop = () => {
      entry.outcome = 'dropped';
      response.socket?.destroy();
    };
    if (fault?.action === 'drop') return drop();
    if (fault?.action === 'error')
      return answer(500, errorBody({ type: 'api_error', message: 'An unknown error occurred.' }));
    if (fault && typeof fault.action === 'object') return answer(fault.action.status, errorBody(fault.action.error));

    // Idempotency (POST only): the same key and parameters replay the saved answer; other parameters are refused.
    const canonical = JSON.stringify(params);
    const previous = method === 'POST' && idempotencyKey ? saved.get(idempotencyKey) : undefined;
    if (previous) {
      if (previous.route !== routeName || previous.params !== canonical) {
        return answer(
          400,
          errorBody({
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          }),
        );
      }
      if (fault?.action === 'lostAnswer') return drop();
      return answer(previous.status, previous.body, true);
    }

    let status = 200;
    let text: string;
    try {
      const id = decodeURIComponent(matched.regex.exec(url.pathname)?.[1] ?? '');
      text = JSON.stringify(matched.run(state, id, params));
    } catch (error) {
      if (!(error instanceof FakeStripeError)) throw error;
      status = error.status;
      text = errorBody(error.body);
    }
    // Stripe saves the result of a request that ran (a payment declined included), not a refused one.
    if (method === 'POST' && idempotencyKey && (status === 200 || status === 402)) {
      saved.set(idempotencyKey, { route: routeName, params: canonical, status, body: text });
    }
    if (fault?.action === 'lostAnswer') return drop();
    return answer(status, text);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, 500, errorBody({ type: 'api_error', message: `Fake Stripe failed: ${String(error)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    state,
    requests,
    client: (key = FAKE_STRIPE_KEY) =>
      new Stripe(key, { host: '127.0.0.1', port, protocol: 'http', maxNetworkRetries: 0, telemetry: false }),
    failNext(route, action, options = {}) {
      faults.push({ route, action, times: options.times ?? 1, step: options.step });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
