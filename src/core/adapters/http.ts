import { BillingError, type BillingErrorCode, isBillingErrorCode } from '../errors';
import { parseQuote, parseSubscription, parseUpdatedSubscription } from '../schema';
import type { AddOnQuote, BillingAdapter, Subscription } from '../types';

/** Request headers, or a function that returns them fresh for every request (e.g. a new auth token). */
export type HttpHeaders = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

/** Options of `createHttpAdapter`. */
export interface HttpAdapterOptions {
  /** Where the billing API lives, e.g. `/api/billing` or `https://billing.example.com/v1`. */
  baseUrl: string;
  /** The fetch to use; defaults to the global one. */
  fetch?: typeof fetch;
  /** Extra headers sent with every request (only ever to `baseUrl`). */
  headers?: HttpHeaders;
  /** Fetch's credentials mode. Default `same-origin`. */
  credentials?: RequestCredentials;
  /** Give up on a request after this long, with a `timeout` error. Default 15 000 ms; 0 or Infinity for none. */
  timeoutMs?: number;
}

/** The codes an error status maps to when the server names none; a status not listed maps to `server`. */
type StatusErrorCode = 'unauthorized' | 'forbidden' | 'not_found' | 'timeout' | 'conflict' | 'rate_limited' | 'server';

const STATUS_CODES: Record<number, StatusErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  408: 'timeout',
  409: 'conflict',
  429: 'rate_limited',
};

// Typed so that every code a status maps to has a message; other codes may have one.
const STATUS_MESSAGES: Record<StatusErrorCode, string> & { [code in BillingErrorCode]?: string } = {
  unauthorized: 'You are not signed in to the billing service.',
  forbidden: 'You are not allowed to manage billing for this account.',
  not_found: 'The billing service could not find what was asked for.',
  timeout: 'The billing service took too long to answer.',
  conflict: 'The subscription changed since this was loaded.',
  rate_limited: 'Too many requests to the billing service. Wait a moment and try again.',
  server: 'The billing service had a problem.',
};

// The helpers below read only what `request` returns: a JSON.parse result, or undefined. So a
// property read off a primitive just gives undefined, and no key is ever present with undefined.

/** Parsed JSON, typed only for reading optional properties. */
type Json = { [key: string]: Json } | null | undefined;

function readServerError(body: unknown): { code: BillingErrorCode; message: string } | null {
  const error = (body as Json)?.error;
  const code: unknown = error?.code;
  if (!isBillingErrorCode(code)) return null;
  const message: unknown = error?.message;
  return { code, message: typeof message === 'string' && message.trim() ? message : (STATUS_MESSAGES[code] ?? code) };
}

function field(body: unknown, key: string): unknown {
  const value = (body as Json)?.[key];
  if (value === undefined) {
    throw new BillingError('invalid_response', `Invalid response from the billing service: the body has no "${key}".`);
  }
  return value;
}

/** A `BillingAdapter` over the HTTP API of the contract (section 4). Every response is validated. */
export function createHttpAdapter(options: HttpAdapterOptions): BillingAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function request(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    callOptions: { signal?: AbortSignal } | undefined,
    body?: unknown,
    requestHeaders?: Record<string, string>,
  ): Promise<unknown> {
    const callerSignal = callOptions?.signal;
    let timedOut = false;
    // Why a request got no answer: our timeout, the caller's abort, or else the network.
    const failure = (cause: unknown): BillingError => {
      if (timedOut) return new BillingError('timeout', STATUS_MESSAGES.timeout, { cause });
      if (callerSignal?.aborted) return new BillingError('aborted', 'The request was cancelled.', { cause });
      return new BillingError('network', 'Could not reach the billing service. Check your connection and try again.', {
        cause,
      });
    };
    if (callerSignal?.aborted) throw failure(callerSignal.reason);
    const controller = new AbortController();
    // 0, negative or infinite means no timeout (setTimeout would clamp them to ~1 ms).
    const timer =
      Number.isFinite(timeoutMs) && timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

    try {
      // Outside the inner try: an error thrown by the host's headers() is theirs and propagates as-is.
      const extraHeaders = typeof options.headers === 'function' ? await options.headers() : options.headers;
      const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders, ...requestHeaders };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const fetchImpl = options.fetch ?? globalThis.fetch;
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(`${base}${path}`, {
          method,
          headers,
          credentials: options.credentials ?? 'same-origin',
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: controller.signal,
        });
        text = await response.text();
      } catch (cause) {
        throw failure(cause);
      }
      const { status } = response;
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON: `json` stays undefined, as for an empty body, which no check below accepts.
      }
      if (!response.ok) {
        const serverError = readServerError(json);
        if (serverError) throw new BillingError(serverError.code, serverError.message, { status });
        const code = STATUS_CODES[status] ?? 'server';
        // Without a code from the server, only a 5xx, 408 or 429 may succeed when sent again.
        const retryable = status >= 500 || status === 408 || status === 429;
        throw new BillingError(code, `${STATUS_MESSAGES[code]} (HTTP ${status})`, { status, retryable });
      }
      if (json === undefined) {
        throw new BillingError('invalid_response', 'Invalid response from the billing service: the body is not JSON.', {
          status,
        });
      }
      return json;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  const addOnPath = (addOnId: string) => `/add-ons/${encodeURIComponent(addOnId)}`;

  return {
    async getSubscription(callOptions) {
      const body = await request('GET', '/subscription', callOptions);
      return parseSubscription(field(body, 'subscription'));
    },
    async quoteAddOn({ addOnId, units }, callOptions): Promise<AddOnQuote> {
      const body = await request('POST', `${addOnPath(addOnId)}/quotes`, callOptions, { units });
      return parseQuote(field(body, 'quote'));
    },
    async updateAddOn({ addOnId, units, quoteId, idempotencyKey }, callOptions): Promise<Subscription> {
      const headers = { 'Idempotency-Key': idempotencyKey };
      const body = await request('PUT', addOnPath(addOnId), callOptions, { units, quoteId }, headers);
      return parseUpdatedSubscription(field(body, 'subscription'));
    },
  };
}
