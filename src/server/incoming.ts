/**
 * One request as the handler reads it, whichever server delivered it: a Fetch `Request`
 * (`incomingFromRequest`) or node:http's request (`incomingFromNode`, which skips building Fetch
 * bodies and streams: under load they cost more than the rest of a quote together).
 */
export interface BillingIncoming {
  readonly method: string;
  /** The request's absolute URL. */
  readonly url: URL;
  /** A request header, by lower-case name; `null` when absent. */
  header(name: string): string | null;
  /** The body's bytes, reading no further than `limit`: a 413 `Refusal` past it. */
  readBody(limit: number): Promise<Uint8Array>;
  /** Aborted when the client goes away; given to the backend (made on first read under node:http). */
  readonly signal: AbortSignal;
  /** True once the client went away, asked without making the signal. */
  clientGone(): boolean;
  /** The Fetch `Request` that `identify` and `onError` receive, made on first use. */
  request(): Request;
}
