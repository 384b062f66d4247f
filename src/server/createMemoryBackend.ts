import { createMemoryAdapter, type MemoryAdapter } from '../core/adapters/memory';
import type { Money, Subscription } from '../core/types';
import { backendFromAdapters } from './backendFromAdapters';
import { SETTLES_AT_ONCE } from './settlesAtOnce';
import type { BillingBackend } from './types';

/** Options of `createMemoryBackend`. */
export interface MemoryBackendOptions {
  /** Each customer's starting subscription, by customer id; a customer not listed (or `null`) has none. */
  subscriptions: Record<string, Subscription | null> | ((customerId: string) => Subscription | null);
  /** The clock of every customer's engine; a fixed date or a function read at every call. Default: the real time. */
  now?: Date | (() => Date);
}

/** The memory backend: the contract's policy per customer, in this process's memory. */
export interface MemoryBackend extends BillingBackend {
  /** The add-on charges made to the customer so far, oldest first (`[]` for a customer never charged). */
  ledger(customerId: string): Money[];
}

/**
 * A `BillingBackend` for development, tests and demos: one memory engine (`createMemoryAdapter`)
 * per customer, made from `subscriptions` the first time the customer is served, so customers
 * never share a subscription, a quote or an idempotency key. State lives as long as the process.
 *
 * Memory stays bounded per customer whatever it is sent: each engine keeps its newest 1,000 quotes
 * and 1,000 idempotency records (see `createMemoryAdapter`). A customer with no subscription gets
 * no engine (nothing about them can change), so requests under ever new identities without a
 * subscription keep nothing; one engine is kept for each customer that has one.
 */
export function createMemoryBackend(options: MemoryBackendOptions): MemoryBackend {
  const { subscriptions, now } = options;
  const engines = new Map<string, MemoryAdapter>();
  // A customer with no subscription: every call answers from `null`, and nothing is stored.
  const nobody = createMemoryAdapter({ subscription: null });

  const startOf = (customerId: string): Subscription | null => {
    if (typeof subscriptions === 'function') return subscriptions(customerId) ?? null;
    // Own keys only: a customer id such as "constructor" must not read Object.prototype.
    return Object.hasOwn(subscriptions, customerId) ? (subscriptions[customerId] ?? null) : null;
  };

  const engineOf = (customerId: string): MemoryAdapter => {
    const known = engines.get(customerId);
    if (known) return known;
    const subscription = startOf(customerId);
    if (!subscription) return nobody;
    const engine = createMemoryAdapter({ subscription, ...(now !== undefined && { now }) });
    engines.set(customerId, engine);
    return engine;
  };

  const backend: MemoryBackend = {
    ...backendFromAdapters((customer) => engineOf(customer.customerId)),
    ledger: (customerId) => engines.get(customerId)?.ledger.map((charge) => ({ ...charge.amount })) ?? [],
  };
  // Every engine call does its work before it returns: the handler need not make it a signal.
  return Object.defineProperty(backend, SETTLES_AT_ONCE, { value: true });
}
