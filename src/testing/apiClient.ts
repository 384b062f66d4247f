import type { HttpHeaders } from '../core/adapters/http';
import { CheckFailure } from './checkRunner';

/** One request to the API under test. */
export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  /** Under the base URL, starting with `/`. */
  path: string;
  /** A body sent as JSON, with `Content-Type: application/json`. */
  json?: unknown;
  /** A body sent as these bytes, with `contentType` when given (none otherwise). */
  text?: string;
  /** The Content-Type of `text`. */
  contentType?: string;
  /** More headers, e.g. `Idempotency-Key`. */
  headers?: Record<string, string>;
  /** Leave out the identity headers, as a signed-out caller would. */
  anonymous?: boolean;
}

/** What the API answered. */
export interface ApiAnswer {
  /** The request, for details: `POST /add-ons/x/quotes`. */
  request: string;
  status: number;
  headers: Headers;
  /** The body parsed as JSON, or `undefined` when it is not JSON. */
  body: unknown;
}

/** Speaks to the API under test and keeps every answer, for the checks that look at all of them. */
export interface ApiClient {
  send(request: ApiRequest): Promise<ApiAnswer>;
  /** The identity headers, resolved (empty when none were given). */
  identity(): Promise<Record<string, string>>;
  /** Every answer so far, in order. */
  readonly answers: readonly ApiAnswer[];
}

export interface ApiClientOptions {
  baseUrl: string;
  fetch?: typeof fetch;
  headers?: HttpHeaders;
  timeoutMs: number;
}

const encoder = new TextEncoder();

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node's fetch says "fetch failed" and puts the reason (ECONNREFUSED...) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const answers: ApiAnswer[] = [];
  const identity = async () => {
    const given = typeof options.headers === 'function' ? await options.headers() : options.headers;
    return { ...given };
  };

  return {
    answers,
    identity,
    async send(request) {
      const label = `${request.method} ${request.path}`;
      const headers = new Headers(request.anonymous ? undefined : await identity());
      headers.set('Accept', 'application/json');
      let body: Uint8Array<ArrayBuffer> | undefined;
      if (request.json !== undefined) {
        body = encoder.encode(JSON.stringify(request.json));
        headers.set('Content-Type', 'application/json');
      } else if (request.text !== undefined) {
        // Bytes, not a string: fetch would add `text/plain` to a string body on its own.
        body = encoder.encode(request.text);
        if (request.contentType) headers.set('Content-Type', request.contentType);
      }
      for (const [name, value] of Object.entries(request.headers ?? {})) headers.set(name, value);
      // Read when called, so a fetch patched after this client was made (MSW's) is the one used.
      const fetcher = options.fetch ?? globalThis.fetch;
      let response: Response;
      let text: string;
      try {
        response = await fetcher(`${base}${request.path}`, {
          method: request.method,
          headers,
          body,
          // A redirect (to a sign-in page, say) is an answer of its own here, never followed.
          redirect: 'manual',
          signal: AbortSignal.timeout(options.timeoutMs),
        });
        text = await response.text();
      } catch (error) {
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        throw new CheckFailure(
          timedOut
            ? `${label} got no answer within ${options.timeoutMs} ms`
            : `${label} got no answer (${reasonOf(error)})`,
        );
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const answer: ApiAnswer = { request: label, status: response.status, headers: response.headers, body: parsed };
      answers.push(answer);
      return answer;
    },
  };
}
