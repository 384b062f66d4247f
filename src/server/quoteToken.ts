import { httpFailure as failure } from '../core/httpStatus';
import type { QuoteTerms } from '../core/policy';
import type { AddOnQuote, Money, QuoteAddOnRequest, Subscription } from '../core/types';

/** Options of `createQuoteSigner`. */
export interface QuoteSignerOptions {
  /** The host's secret: at least 32 bytes, random, kept on the server (e.g. `openssl rand -base64 48`). */
  secret: string;
  /** How long a quote can be applied. Default 600 (10 minutes). */
  ttlSeconds?: number;
  /** The clock; default the system's. */
  now?: () => Date;
}

/** Signs quotes into self-contained ids and checks them on update: no quote store needed. */
export interface QuoteSigner {
  /**
   * The quote for `terms`, priced from the subscription state `state` (see `quoteStateOf`): its id
   * carries the terms, the state's digest, the expiry and any `pinned` figures, signed with the
   * secret.
   */
  sign(terms: QuoteTerms, state: string, pinned?: QuotePins): Promise<AddOnQuote>;
  /**
   * The terms a quote id was signed with, once checked against the update's request and the
   * subscription's current state (its pins: `read`). Rejects with `quote_expired` (not ours,
   * tampered with, or expired), `invalid_units` (the request is not what was quoted) or `conflict`
   * (the subscription changed since it was priced).
   */
  verify(quoteId: string, request: QuoteAddOnRequest, state: string): Promise<QuoteTerms>;
  /**
   * The quote id's content, checked against the request; given the subscription's current `state`,
   * also checked as `verify` does (expiry, then state), for a backend that needs the pins too.
   * Without it, not its expiry nor the state: for a backend finishing an update it had already
   * started under this quote. Rejects with `quote_expired` (not ours or tampered with),
   * `invalid_units`, and with a state `conflict` as `verify` does.
   */
  read(quoteId: string, request: QuoteAddOnRequest, state?: string): Promise<SignedQuote>;
}

/**
 * Figures a backend pins in a quote id beside the terms, to apply the change exactly as it was
 * priced (e.g. the Stripe backend's proration date): signed with it, never shown to the customer.
 */
export type QuotePins = Readonly<Record<string, number>>;

/** A quote id's content once its signature checked out. */
export interface SignedQuote {
  terms: QuoteTerms;
  /** What the backend pinned when it signed the quote; `{}` when nothing. */
  pinned: QuotePins;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  /** SHA-256 of the state it was priced from (not the state itself). */
  stateDigest: string;
}

/** What a token carries; short keys because the id travels in every PUT body. */
interface TokenPayload {
  /** The terms as quoted. */
  t: QuoteTerms;
  /** SHA-256 of the state the terms were priced from, base64url. */
  s: string;
  /** Expiry, milliseconds since the epoch. */
  e: number;
  /** The backend's pins, when it set any. */
  p?: QuotePins;
}

const PREFIX = 'q1';
const MIN_SECRET_BYTES = 32;
const encoder = new TextEncoder();

// btoa/atob rather than Buffer: edge runtimes (Workers, Vercel Edge) have no Buffer.
function base64url(bytes: ArrayBuffer | Uint8Array): string {
  let binary = '';
  for (const byte of bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url string; throws on anything else. */
function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new TypeError('not base64url');
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** The SHA-256 of `text`, base64url: short, URL-safe digests with Web Crypto, so edge runtimes work too. */
export async function sha256(text: string): Promise<string> {
  return base64url(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

const invalidQuote = () => failure('quote_expired', 'This quote is unknown or no longer valid. Get a new quote.');

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' &&
  value !== null &&
  Number.isSafeInteger((value as Money).amount) &&
  typeof (value as Money).currency === 'string';

const isPins = (value: unknown): value is QuotePins =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((entry) => Number.isSafeInteger(entry));

// A payload is only read once its signature checked out, so this guards against our own older
// formats, not against forgery.
function isPayload(value: unknown): value is TokenPayload {
  const payload = value as TokenPayload;
  const terms = payload?.t;
  return (
    typeof payload === 'object' &&
    payload !== null &&
    typeof payload.s === 'string' &&
    Number.isSafeInteger(payload.e) &&
    (payload.p === undefined || isPins(payload.p)) &&
    typeof terms === 'object' &&
    terms !== null &&
    typeof terms.addOnId === 'string' &&
    Number.isSafeInteger(terms.units) &&
    Number.isSafeInteger(terms.currentUnits) &&
    Number.isSafeInteger(terms.creditsNow) &&
    typeof terms.change === 'string' &&
    typeof terms.effectiveAt === 'string' &&
    isMoney(terms.dueNow) &&
    isMoney(terms.recurring)
  );
}

/**
 * The part of a subscription a quote's price depends on, as a string to pass to `sign` and
 * `verify`: everything but the credits used, which move all the time without changing a price.
 * Two states with the same string price every change alike.
 */
export function quoteStateOf(subscription: Subscription | null): string {
  if (!subscription) return 'null';
  const { credits, ...priced } = subscription;
  return JSON.stringify({ ...priced, credits: { included: credits.included, addOn: credits.addOn } });
}

/**
 * Quote ids a stateless backend can trust (HMAC-SHA256 with Web Crypto): the update charges
 * exactly what the customer was shown, or is refused.
 */
export function createQuoteSigner(options: QuoteSignerOptions): QuoteSigner {
  if (typeof options.secret !== 'string' || encoder.encode(options.secret).length < MIN_SECRET_BYTES) {
    throw new TypeError(`createQuoteSigner: the secret must be at least ${MIN_SECRET_BYTES} bytes of random data.`);
  }
  const ttlMs = (options.ttlSeconds ?? 600) * 1000;
  if (!(ttlMs > 0) || !Number.isFinite(ttlMs)) throw new TypeError('createQuoteSigner: ttlSeconds must be above 0.');
  const now = options.now ?? (() => new Date());
  const key = crypto.subtle.importKey('raw', encoder.encode(options.secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ]);
  const signatureOf = async (body: string) =>
    base64url(await crypto.subtle.sign('HMAC', await key, encoder.encode(body)));

  async function read(quoteId: string, request: QuoteAddOnRequest, state?: string): Promise<SignedQuote> {
    const parts = typeof quoteId === 'string' ? quoteId.split('.') : [];
    if (parts.length !== 3 || parts[0] !== PREFIX) throw invalidQuote();
    const [prefix, encoded, signature] = parts as [string, string, string];
    const body = `${prefix}.${encoded}`;
    let payload: unknown;
    try {
      // crypto.subtle.verify compares in constant time.
      const valid = await crypto.subtle.verify('HMAC', await key, fromBase64url(signature), encoder.encode(body));
      if (!valid) throw invalidQuote();
      payload = JSON.parse(new TextDecoder().decode(fromBase64url(encoded)));
    } catch {
      throw invalidQuote();
    }
    if (!isPayload(payload)) throw invalidQuote();
    const { t: terms, s: stateDigest, e: expiresAt, p: pinned = {} } = payload;
    if (terms.addOnId !== request.addOnId || terms.units !== request.units) {
      throw failure('invalid_units', 'The change does not match its quote.');
    }
    if (state !== undefined) {
      if (now().getTime() > expiresAt) {
        throw failure('quote_expired', 'This quote has expired. Get a new quote.');
      }
      if ((await sha256(state)) !== stateDigest) {
        throw failure('conflict', 'The subscription changed since this quote was made. Get a new quote.');
      }
    }
    return { terms, pinned, expiresAt, stateDigest };
  }

  return {
    read,

    async sign(terms, state, pinned) {
      const expiresAt = now().getTime() + ttlMs;
      const payload: TokenPayload = {
        t: terms,
        s: await sha256(state),
        e: expiresAt,
        ...(pinned && Object.keys(pinned).length > 0 && { p: pinned }),
      };
      const body = `${PREFIX}.${base64url(encoder.encode(JSON.stringify(payload)))}`;
      return { id: `${body}.${await signatureOf(body)}`, ...terms, expiresAt: new Date(expiresAt).toISOString() };
    },

    async verify(quoteId, request, state) {
      return (await read(quoteId, request, state)).terms;
    },
  };
}
