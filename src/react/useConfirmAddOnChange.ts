'use client';
import { useEffect } from 'react';
import { useStore } from 'zustand';
import {
  type AddOn,
  addOnById,
  type CreditsTimelineData,
  type PolicyNote,
  policyNotes,
  type Subscription,
} from '../core';
import { type AddOnQuoteState, useAddOnQuote } from './useAddOnQuote';
import { useBillingFlow } from './useBillingFlow';
import { useCreditsTimeline } from './useCreditsTimeline';
import { useSubscription } from './useSubscription';

/** Options of `useConfirmAddOnChange`. */
export interface UseConfirmAddOnChangeOptions {
  /** The add-on to change. */
  addOnId: string;
  /** The requested units. */
  units: number;
  /** Quote only while the confirmation is open. */
  enabled: boolean;
  /** Called once the change is applied, with the new subscription. */
  onUpdated?: (subscription: Subscription) => void;
}

/** The dialog's state: the server's quote, the confirm action and what happened. */
export interface ConfirmAddOnChangeState {
  /** The subscription as loaded (`undefined` while loading, `null` for none). */
  subscription: Subscription | null | undefined;
  /** The add-on to change, when the plan offers it. */
  addOn: AddOn | undefined;
  /** The figures for the requested units: the server's quote, an estimate until it arrives. */
  quote: AddOnQuoteState;
  /** True while the change is being applied. */
  isSubmitting: boolean;
  /** True when Update Add-On can be pressed: a server quote for these units, nothing pending. */
  canConfirm: boolean;
  /** The failure of the last attempt (payment declined, network...), for an alert. */
  error: Error | null;
  /** True when that failure leaves unknown whether the change was applied (its answer was lost, late or unreadable). */
  outcomeUnknown: boolean;
  /** Set after an expired quote or a conflict: new figures were fetched and need a new confirmation. */
  refreshedReason: 'quote_expired' | 'conflict' | null;
  /**
   * Why there is nothing to confirm: the subscription did not load, or these units cannot be quoted
   * (out of range, subscription inactive, add-on not offered). Without it a dialog would wait forever.
   */
  problem: Error | null;
  /** The policy notes the change shown is confirmed under. */
  notes: PolicyNote[];
  /** What the change shown does to the add-on's credits and charges, now and from the period end. */
  timeline: CreditsTimelineData | null;
  /** Where the confirmation stands (our dialog's `data-status`). */
  status: 'submitting' | 'error' | 'unchanged' | 'ready' | 'quoting';
  /** Applies the quote; safe to call repeatedly (one request per confirmation at a time). */
  confirm: () => void;
}

/**
 * The confirmation of an add-on change, over the provider's controller: while `enabled`, the change
 * is under review there. One idempotency key per confirmed quote: a retry after a network failure
 * reuses it, so the backend charges at most once; an expired quote or a conflict fetches new figures
 * and asks again under a new key. Closing after an attempt whose outcome is unknown reloads the
 * subscription and says so when the change went through.
 */
export function useConfirmAddOnChange(options: UseConfirmAddOnChangeOptions): ConfirmAddOnChangeState {
  const { addOnId, units, enabled, onUpdated } = options;
  const flow = useBillingFlow();
  const { data: subscription, error: loadError } = useSubscription();
  const quote = useAddOnQuote(addOnId, units, { debounceMs: 0, enabled });
  const review = useStore(flow, ({ review }) =>
    review?.addOnId === addOnId && review.units === units ? review : null,
  );
  const addOn = subscription ? addOnById(subscription, addOnId) : undefined;

  useEffect(() => {
    if (!enabled) return;
    flow.review(addOnId, units);
    return () => {
      // Closed (or unmounted) while this change is still the one under review: that is a cancel.
      const { review } = flow.getState();
      if (review?.addOnId === addOnId && review.units === units) flow.cancel();
    };
  }, [enabled, flow, addOnId, units]);

  const current = quote.quote;
  const { shown } = quote;
  const timeline = useCreditsTimeline(shown);
  const isSubmitting = review?.phase === 'applying';
  const error = review?.error ?? null;
  const problem = shown ? null : (quote.estimateError ?? (subscription === undefined ? loadError : null));
  return {
    subscription,
    addOn,
    quote,
    isSubmitting,
    // A quote being refetched (after expiry or a conflict) is not the one to confirm.
    canConfirm: Boolean(current) && !isSubmitting && !quote.isFetching && current?.change !== 'none',
    error,
    outcomeUnknown: review?.outcomeUnknown ?? false,
    refreshedReason: review?.refreshed ?? null,
    problem,
    notes: subscription && shown ? policyNotes(subscription, shown.change) : [],
    timeline,
    status: isSubmitting
      ? 'submitting'
      : error || problem
        ? 'error'
        : shown?.change === 'none'
          ? 'unchanged'
          : current
            ? 'ready'
            : 'quoting',
    confirm: () => {
      if (current) void flow.confirm(current).then((updated) => updated && onUpdated?.(updated));
    },
  };
}
