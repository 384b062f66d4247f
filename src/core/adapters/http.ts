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

const STATUS_CODES: Record<number, BillingErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  408: 'timeout',
  409: 'conflict',
  429: 'rate_limited',
};

const STATUS_MESSAGES: Partial<Record<BillingErrorCode, string>> = {
  unauthorized: 'You are not signed in to the billing service.',
  forbidden: 'You are not allowed to manage billing for this account.',
  not_found: 'The billing service could not find what was asked for.',
  timeout: 'The billing service took too long to answer.',
  conflict: 'The subscription changed since this was loaded.',
  rate_limited: 'Too many requests to the billing service. Wait a moment and try again.',
  server: 'The billing service had a problem.',
};

function codeForStatus(status: number): BillingErrorCode {
  return STATUS_CODES[status] ?? 'server';
}

function readServerError(body: unknown): { code: BillingErrorCode; message: string } | null {
  if (typeof body !== 'object' || body === null) return null;
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (!isBillingErrorCode(code)) return null;
  return { code, message: typeof message === 'string' && message.trim() ? message : (STATUS_MESSAGES[code] ?? code) };
}

function field(body: unknown, key: string): unknown {
  if (typeof body !== 'object' || body === null || !(key in body)) {
    throw new BillingError('invalid_response', `Invalid response from the billing service: the body has no "${key}".`);
  }
  return (body as Record<string, unknown>)[key];
}

/** A `BillingAdapter` over the HTTP API of the contract (section 4). Every response is validated. */
export function createHttpAdapter(options: HttpAdapterOptions): BillingAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;

  async function request(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    init: { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal },
  ): Promise<unknown> {
    const callerSignal = init.signal;
    if (callerSignal?.aborted)
      throw new BillingError('aborted', 'The request was cancelled.', { cause: callerSignal.reason });
    const controller = new AbortController();
    let timedOut = false;
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

    const failure = (cause: unknown): BillingError => {
      if (timedOut) return new BillingError('timeout', STATUS_MESSAGES.timeout as string, { cause });
      if (callerSignal?.aborted) return new BillingError('aborted', 'The request was cancelled.', { cause });
      return new BillingError('network', 'Could not reach the billing service. Check your connection and try again.', {
        cause,
      });
    };

    try {
      const extraHeaders = typeof options.headers === 'function' ? await options.headers() : options.headers;
      const headers: Record<string, string> = { Accept: 'application/json', ...extraHeaders, ...init.headers };
      if (init.body !== undefined) headers['Content-Type'] = 'application/json';
      const fetchImpl = options.fetch ?? globalThis.fetch;
      let response: Response;
      let text: string;
      try {
        response = await fetchImpl(`${base}${path}`, {
          method,
          headers,
          credentials: options.credentials ?? 'same-origin',
          body: init.body === undefined ? undefined : JSON.stringify(init.body),
          signal: controller.signal,
        });
        text = await response.text();
      } catch (cause) {
        throw failure(cause);
      }
      let body: unknown;
      let isJson = true;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        isJson = false;
      }
      if (!response.ok) {
        const serverError = isJson ? readServerError(body) : null;
        const code = serverError?.code ?? codeForStatus(response.status);
        const message =
          serverError?.message ??
          `${STATUS_MESSAGES[code] ?? 'The billing service refused the request.'} (HTTP ${response.status})`;
        // Without a code from the server, a 4xx other than 408/429 would fail the same way again.
        const clientError = !serverError && response.status < 500 && response.status !== 408 && response.status !== 429;
        throw new BillingError(code, message, {
          status: response.status,
          ...(clientError ? { retryable: false } : {}),
        });
      }
      if (!isJson || body === undefined) {
        throw new BillingError('invalid_response', 'Invalid response from the billing service: the body is not JSON.', {
          status: response.status,
        });
      }
      return body;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  const addOnPath = (addOnId: string) => `/add-ons/${encodeURIComponent(addOnId)}`;

  return {
    async getSubscription(callOptions) {
      const body = await request('GET', '/subscription', { signal: callOptions?.signal });
      return parseSubscription(field(body, 'subscription'));
    },
    async quoteAddOn({ addOnId, units }, callOptions): Promise<AddOnQuote> {
      const body = await request('POST', `${addOnPath(addOnId)}/quotes`, {
        body: { units },
        signal: callOptions?.signal,
      });
      return parseQuote(field(body, 'quote'));
    },
    async updateAddOn({ addOnId, units, quoteId, idempotencyKey }, callOptions): Promise<Subscription> {
      const body = await request('PUT', addOnPath(addOnId), {
        body: { units, quoteId },
        headers: { 'Idempotency-Key': idempotencyKey },
        signal: callOptions?.signal,
      });
      return parseUpdatedSubscription(field(body, 'subscription'));
    },
  };
}
