import type { BillingStore } from './store';

// Several hook instances (the panel, the stepper, the dialog...) read the same query result; for the
// host it is one event. The last token reported per event type, for each provider (keyed by its store).
const lastReported = new WeakMap<BillingStore, Map<string, unknown>>();

/** True the first time `token` (a query result) is seen for `type` under this provider since another one was. */
export function isNewReport(store: BillingStore, type: string, token: unknown): boolean {
  let reported = lastReported.get(store);
  if (!reported) {
    reported = new Map();
    lastReported.set(store, reported);
  }
  if (reported.has(type) && reported.get(type) === token) return false;
  reported.set(type, token);
  return true;
}
