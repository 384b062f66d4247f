import type { AddOnChange, AddOnQuote, BillingErrorCode, Subscription } from '../core';

/**
 * What the widget reports to the host through `onEvent`, e.g. for analytics. Every event comes from
 * the provider's controller, the same for our components and a headless UI: a load or a quote as it
 * arrives (once, however many components show it), and each action of the change flow
 * (`openStepper` → `stepper_opened`, `setUnits` → `units_changed`, `review` → `review_opened`,
 * `cancel` → `review_cancelled`, `confirm` → `confirm_clicked`, then its outcome).
 */
export type BillingEvent =
  | { type: 'subscription_loaded'; subscription: Subscription | null }
  | { type: 'stepper_opened'; addOnId: string }
  | { type: 'stepper_closed'; addOnId: string }
  | { type: 'units_changed'; addOnId: string; units: number }
  | { type: 'quote_shown'; quote: AddOnQuote }
  | { type: 'review_opened'; addOnId: string; units: number }
  | { type: 'review_cancelled'; addOnId: string; units: number }
  | { type: 'confirm_clicked'; addOnId: string; units: number; quoteId: string; idempotencyKey: string }
  | { type: 'quote_refreshed'; addOnId: string; reason: 'quote_expired' | 'conflict' }
  | { type: 'update_succeeded'; addOnId: string; units: number; change: AddOnChange; subscription: Subscription }
  | { type: 'update_failed'; addOnId: string; units: number; code: BillingErrorCode | 'unexpected'; error: unknown };

/** The host's event listener. */
export type BillingEventHandler = (event: BillingEvent) => void;
