/**
 * Marks a backend whose calls do all their work within the call, before any I/O can run (the
 * memory backend): it cannot see a client leave during a call, so the handler checks the client
 * is still there as it calls it and gives it no AbortSignal, the costliest object of a request
 * under node:http. Not enumerable on the backend, so `{ ...backend, quoteAddOn }` (a wrapper that
 * may await) is not marked. `Symbol.for`, so it is found across two copies of the library.
 */
export const SETTLES_AT_ONCE: unique symbol = Symbol.for('react-billing-widget.settlesAtOnce') as never;
