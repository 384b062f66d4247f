import { BillingError } from '../errors';
import { httpFailure as failure } from '../httpStatus';
import { applyTerms, quoteTerms, renewPeriods } from '../policy';
import type { AdapterCallOptions, AddOnQuote, BillingAdapter, Money, Subscription, UpdateAddOnRequest } from '../types';

/**
 * One charge the memory engine made to the payment method on file: an add-on increase, charged now.
 * Renewals at a period end are not charged by the engine, so they are not in the ledger.
 */
export interface LedgerCharge {
  /** The confirmation it belongs to. */
  idempotencyKey: string;
  quoteId: string;
  addOnId: string;
  /** Units added by the increase. */
  addedUnits: number;
  amount: Money;
  /** ISO 8601. */
  chargedAt: string;
}

/** Options of `createMemoryAdapter`. */
export interface MemoryAdapterOptions {
  /** The starting state; `null` for a customer with no subscription. */
  subscription: Subscription | null;
  /** The clock; a fixed date or a function read at every call. Defaults to the real time. */
  now?: Date | (() => Date);
  /** How long a quote stays valid. Default 10 minutes. */
  quoteTtlMs?: number;
  /** When true, every charge is declined with `payment_failed` (and nothing changes). */
  declinePayments?: boolean;
  /** How many open quotes are kept, the newest; an older one then answers `quote_expired`. Default 1,000. */
  maxQuotes?: number;
  /** How many applied updates are kept for replay by `idempotencyKey`, the newest. Default 1,000. */
  maxIdempotencyRecords?: number;
}

/** The memory engine: a `BillingAdapter` plus what tests and mocks need to look inside. */
export interface MemoryAdapter extends BillingAdapter {
  /** Every add-on charge made so far, oldest first (renewals are not charged by the engine). */
  readonly ledger: readonly LedgerCharge[];
  /** The current state, as `getSubscription` would return it (rolled past any period end on the clock). */
  peek(): Subscription | null;
  /** Replaces the state as if it changed elsewhere; quotes made before it then fail with `conflict`. */
  setSubscription(subscription: Subscription | null): void;
  /** Turns declining of charges on or off. */
  setDeclinePayments(decline: boolean): void;
}

/** What applying a quote checks: its request, the state it was priced from, its expiry. */
interface StoredQuote {
  addOnId: string;
  units: number;
  version: number;
  /** `expiresAt` in milliseconds, so forgetting old quotes parses no dates. */
  expiresAtMs: number;
}

interface StoredUpdate {
  request: UpdateAddOnRequest;
  result: Subscription;
}

/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null), so callers and
 * the engine never share state. A subscription is only that; copying it by hand is about twenty
 * times cheaper than `structuredClone`, which still copies anything else (a Date, a Map).
 */
function clone<T>(value: T): T {
  if (typeof value !== 'object' || value === null) {
    // What structuredClone refuses (a function, a symbol), this refuses alike.
    return typeof value === 'function' || typeof value === 'symbol' ? structuredClone(value) : value;
  }
  if (Array.isArray(value)) return value.map(clone) as T;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = clone((value as Record<string, unknown>)[key]);
    // An own "__proto__" key (JSON.parse makes them) stays a key, not a prototype.
    if (key === '__proto__')
      Object.defineProperty(copy, key, { value: field, enumerable: true, writable: true, configurable: true });
    else copy[key] = field;
  }
  return copy as T;
}

// Bounds, so a long-running mock or dev server keeps a fixed amount per customer whatever it is
// sent. Quotes: a person asks for a handful per change, so the newest 1,000 lose nobody a price
// they were shown, while a flood of quote requests cannot grow memory. Idempotency records: the
// contract asks for replays for 24 hours; 1,000 applied updates in a day is far beyond what one
// customer clicks, and past that the oldest key is forgotten (a replay of it is then treated as
// a new request for its quote, which that older update already made stale: `conflict`, no charge).
const DEFAULT_MAX_QUOTES = 1000;
const DEFAULT_MAX_IDEMPOTENCY_RECORDS = 1000;

/** Adds `key` as the newest entry of `map`, dropping the oldest beyond `max` (a Map iterates in insertion order). */
function setBounded<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.set(key, value);
  while (map.size > max) map.delete(map.keys().next().value as K);
}

/** Refuses a call whose caller has already cancelled it. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BillingError('aborted', 'The request was cancelled.', { cause: signal.reason });
}

/** The billing policy of the contract, run in memory: demos, tests, SSR previews and the mocks. */
export function createMemoryAdapter(options: MemoryAdapterOptions): MemoryAdapter {
  let subscription: Subscription | null = null;
  // When the state next renews: its period end, parsed once per state rather than per call.
  let renewsAtMs = Number.NaN;
  const setState = (next: Subscription | null): void => {
    subscription = next;
    renewsAtMs = next && next.status !== 'canceled' ? Date.parse(next.currentPeriodEnd) : Number.NaN;
  };
  setState(options.subscription ? clone(options.subscription) : null);
  let version = 0;
  let quoteCount = 0;
  let declinePayments = options.declinePayments ?? false;
  const quoteTtlMs = options.quoteTtlMs ?? 10 * 60 * 1000;
  const maxQuotes = Math.max(1, options.maxQuotes ?? DEFAULT_MAX_QUOTES);
  const maxIdempotencyRecords = Math.max(1, options.maxIdempotencyRecords ?? DEFAULT_MAX_IDEMPOTENCY_RECORDS);
  const quotes = new Map<string, StoredQuote>();
  const updates = new Map<string, StoredUpdate>();
  const ledger: LedgerCharge[] = [];
  const now = (): Date => {
    const { now: clock } = options;
    if (clock === undefined) return new Date();
    return typeof clock === 'function' ? clock() : clock;
  };

  // Rolls the state past every period end the clock has passed at `at`. A renewal changes the
  // state, so quotes made in the old period then fail with `conflict`. Renewals are not charged here.
  const renew = (at: Date): void => {
    if (!subscription || !(at.getTime() >= renewsAtMs)) return;
    const renewed = renewPeriods(subscription, at);
    if (renewed !== subscription) {
      setState(renewed);
      version += 1;
    }
  };

  // Quotes past their expiry can never be applied: forget them, so a long-running mock server
  // does not keep every quote it ever made. Applying a forgotten quote answers `quote_expired`.
  // Quotes are stored oldest first with one lifetime, so the expired ones are at the front: stop
  // at the first one still valid (a clock moved back only delays forgetting; expiry is checked
  // again when a quote is applied).
  const dropExpiredQuotes = (at: Date): void => {
    for (const [id, stored] of quotes) {
      if (at.getTime() <= stored.expiresAtMs) return;
      quotes.delete(id);
    }
  };

  const adapter: MemoryAdapter = {
    ledger,
    peek() {
      renew(now());
      return subscription ? clone(subscription) : null;
    },
    setSubscription(next) {
      setState(next ? clone(next) : null);
      version += 1;
    },
    setDeclinePayments(decline) {
      declinePayments = decline;
    },

    async getSubscription(callOptions?: AdapterCallOptions) {
      throwIfAborted(callOptions?.signal);
      renew(now());
      return subscription ? clone(subscription) : null;
    },

    async quoteAddOn(request, callOptions) {
      throwIfAborted(callOptions?.signal);
      // One reading of the clock per call: the renewal, the expiry and the price see one instant.
      const at = now();
      renew(at);
      dropExpiredQuotes(at);
      const terms = quoteTerms(subscription, request, at);
      quoteCount += 1;
      const expiresAtMs = at.getTime() + quoteTtlMs;
      const quote: AddOnQuote = { id: `quote_${quoteCount}`, ...terms, expiresAt: new Date(expiresAtMs).toISOString() };
      // Only what applying checks is kept, so the caller owns the quote it gets: no copy needed.
      setBounded(quotes, quote.id, { addOnId: terms.addOnId, units: terms.units, version, expiresAtMs }, maxQuotes);
      return quote;
    },

    async updateAddOn(request, callOptions) {
      throwIfAborted(callOptions?.signal);
      const replay = updates.get(request.idempotencyKey);
      if (replay) {
        const same =
          replay.request.addOnId === request.addOnId &&
          replay.request.units === request.units &&
          replay.request.quoteId === request.quoteId;
        if (!same) throw failure('conflict', 'This idempotency key was already used for a different change.');
        return clone(replay.result);
      }
      const at = now();
      renew(at);
      const stored = quotes.get(request.quoteId);
      if (!stored) throw failure('quote_expired', 'This quote is unknown or no longer valid. Get a new quote.');
      if (stored.addOnId !== request.addOnId || stored.units !== request.units) {
        throw failure('invalid_units', 'The change does not match its quote.');
      }
      if (at.getTime() > stored.expiresAtMs) throw failure('quote_expired', 'This quote has expired. Get a new quote.');
      if (stored.version !== version || !subscription) {
        throw failure('conflict', 'The subscription changed since this quote was made. Get a new quote.');
      }
      // Re-check the terms against the current state: the policy, not the quote, is the authority.
      const terms = quoteTerms(subscription, request, at);
      if (terms.dueNow.amount > 0) {
        if (declinePayments) {
          throw failure('payment_failed', 'The payment method on file was declined. Nothing was charged.');
        }
        ledger.push({
          idempotencyKey: request.idempotencyKey,
          quoteId: request.quoteId,
          addOnId: request.addOnId,
          addedUnits: terms.units - terms.currentUnits,
          amount: terms.dueNow,
          chargedAt: at.toISOString(),
        });
      }
      // A 'none' changes nothing, so it must not invalidate other open quotes. Any other change
      // bumps the version, so this quote, kept until it expires, now answers `conflict` under a new key.
      if (terms.change !== 'none') {
        setState(applyTerms(subscription, terms));
        version += 1;
      }
      // The state is replaced on every change, never changed in place, so the record can keep it
      // as it is; only what leaves the engine is copied.
      setBounded(
        updates,
        request.idempotencyKey,
        { request: { ...request }, result: subscription },
        maxIdempotencyRecords,
      );
      return clone(subscription);
    },
  };
  return adapter;
}
