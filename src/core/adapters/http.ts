import { BillingError, type BillingErrorCode, isBillingErrorCode } from '../errors';
import { HTTP_STATUS_BY_CODE } from '../httpStatus';
import { invalidResponse, parseQuote, parseSubscription, parseUpdatedSubscription } from '../schema';
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

/** The codes an error status maps to when the server names none. */
type StatusErrorCode = 'unauthorized' | 'forbidden' | 'not_found' | 'timeout' | 'conflict' | 'rate_limited' | 'server';

/** The codes of a request that got no answer. */
type NoAnswerCode = 'timeout' | 'aborted' | 'network';

// Read through the one status table (`httpStatus.ts`), for the codes a bare status can only mean:
// 409 is `conflict` (a bare one says nothing of an inactive subscription), and 408 Request Timeout
// is `timeout`. A 5xx from a gateway is `server`, whatever code a billing server would answer it for.
const BARE_STATUS_CODES = ['unauthorized', 'forbidden', 'not_found', 'conflict', 'rate_limited'] as const;

function codeOfStatus(status: number): StatusErrorCode {
  if (status === 408) return 'timeout';
  return BARE_STATUS_CODES.find((code) => HTTP_STATUS_BY_CODE[code] === status) ?? 'server';
}

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

/** What the adapter says of a request that got no answer. */
const NO_ANSWER_MESSAGES: Record<NoAnswerCode, string> = {
  timeout: STATUS_MESSAGES.timeout,
  aborted: 'The request was cancelled.',
  network: 'Could not reach the billing service. Check your connection and try again.',
};

// The helpers below read only what `request` returns: a JSON.parse result, or undefined. So a
// property read off a primitive just gives undefined, and no key is ever present with undefined.

/** Parsed JSON, typed only for reading optional properties. */
type Json = { [key: string]: Json } | null | undefined;

/** The most of a server's message we pass on: error messages end up in alerts. */
const MESSAGE_LIMIT = 300;

/** A server's message as it can be shown: control and bidi-override characters gone, whitespace collapsed, bounded. */
function readableMessage(message: unknown): string {
  if (typeof message !== 'string') return '';
  const text = message
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > MESSAGE_LIMIT ? `${text.slice(0, MESSAGE_LIMIT - 1)}…` : text;
}

/**
 * The error an answer with a failing `status` stands for: the code the server named, with its
 * message; else the code the bare status means, which only a 5xx, 408 or 429 leaves retryable.
 */
function statusError(body: Json, status: number): BillingError {
  const error = body?.error;
  const code: unknown = error?.code;
  if (isBillingErrorCode(code)) {
    return new BillingError(code, readableMessage(error?.message) || (STATUS_MESSAGES[code] ?? code), { status });
  }
  const bare = codeOfStatus(status);
  return new BillingError(bare, `${STATUS_MESSAGES[bare]} (HTTP ${status})`, {
    status,
    retryable: status >= 500 || status === 408 || status === 429,
  });
}

/** A `BillingAdapter` over the HTTP API of the contract (section 4). Every response is validated. */
export function createHttpAdapter(options: HttpAdapterOptions): BillingAdapter {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;

  /** Sends one request and returns the `key` of its JSON answer, or throws the `BillingError` it comes to. */
  async function request(
    key: 'subscription' | 'quote',
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    callOptions: { signal?: AbortSignal } | undefined,
    body?: unknown,
    idempotencyKey?: string,
  ): Promise<unknown> {
    const callerSignal = callOptions?.signal;
    let timedOut = false;
    // Why a request got no answer: our timeout, the caller's abort, or else the network.
    const failure = (cause: unknown): BillingError => {
      const code: NoAnswerCode = timedOut ? 'timeout' : callerSignal?.aborted ? 'aborted' : 'network';
      return new BillingError(code, NO_ANSWER_MESSAGES[code], { cause });
    };
    if (callerSignal?.aborted) throw failure(callerSignal.reason);
    const controller = new AbortController();
    const { signal } = controller;
    // The timeout and the caller's abort end the wait whatever is slow: headers() or a fetch that
    // ignores its signal. Listening before the exchange starts, so no abort is missed.
    const aborted = new Promise<never>((_, reject) =>
      signal.addEventListener('abort', () => reject(failure(signal.reason)), { once: true }),
    );
    // 0, negative or infinite means no timeout (setTimeout would clamp them to ~1 ms), and so would
    // a delay past its 32-bit limit (about 24.8 days), which is as good as none.
    const timer =
      Number.isFinite(timeoutMs) && timeoutMs > 0
        ? setTimeout(
            () => {
              timedOut = true;
              controller.abort();
            },
            Math.min(timeoutMs, 2_147_483_647),
          )
        : undefined;
    const onCallerAbort = () => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });

    // The exchange: the host's headers(), then fetch and its body. An error thrown by headers() is
    // the host's and propagates as-is; fetch failing means no answer.
    const exchange = async () => {
      const extraHeaders = typeof options.headers === 'function' ? await options.headers() : options.headers;
      // Merged as HTTP does, whatever the spelling ("content-type" or "Content-Type"); ours win.
      const headers = new Headers(extraHeaders);
      if (!headers.has('Accept')) headers.set('Accept', 'application/json');
      if (idempotencyKey !== undefined) headers.set('Idempotency-Key', idempotencyKey);
      if (body !== undefined) headers.set('Content-Type', 'application/json');
      try {
        const received = await (options.fetch ?? globalThis.fetch)(base + path, {
          method,
          headers,
          credentials: options.credentials ?? 'same-origin',
          body: body === undefined ? undefined : JSON.stringify(body),
          signal,
        });
        return [received, await received.text()] as const;
      } catch (cause) {
        throw failure(cause);
      }
    };
    try {
      const [response, text] = await Promise.race([exchange(), aborted]);
      const { status } = response;
      let json: Json;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        // Not JSON: `json` stays undefined, as for an empty body, which no check below accepts.
      }
      if (!response.ok) throw statusError(json, status);
      if (json === undefined) throw invalidResponse('response', 'the body is not JSON.', { status });
      const value = json?.[key];
      if (value === undefined) throw invalidResponse('response', `the body has no "${key}".`);
      return value;
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  const addOnPath = (addOnId: string) => {
    // "." and ".." survive encoding and URL resolution would turn them into another path.
    if (addOnId === '.' || addOnId === '..') {
      throw new BillingError('not_found', `There is no add-on "${addOnId}".`);
    }
    return `/add-ons/${encodeURIComponent(addOnId)}`;
  };

  return {
    async getSubscription(callOptions) {
      return parseSubscription(await request('subscription', 'GET', '/subscription', callOptions));
    },
    async quoteAddOn({ addOnId, units }, callOptions): Promise<AddOnQuote> {
      return parseQuote(await request('quote', 'POST', `${addOnPath(addOnId)}/quotes`, callOptions, { units }));
    },
    async updateAddOn({ addOnId, units, quoteId, idempotencyKey }, callOptions): Promise<Subscription> {
      const path = addOnPath(addOnId);
      return parseUpdatedSubscription(
        await request('subscription', 'PUT', path, callOptions, { units, quoteId }, idempotencyKey),
      );
    },
  };
}
