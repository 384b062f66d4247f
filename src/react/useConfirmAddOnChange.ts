'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { type AddOn, type AddOnQuote, addOnById, nextPeriodUnits, type Subscription } from '../core';
import { countText, resolveHookMessages } from '../hookMessages';
import { useBillingContext } from './BillingContext';
import { errorCode } from './callAdapter';
import { createIdempotencyKey } from './idempotencyKey';
import { billingKeys } from './keys';
import { type AddOnQuoteState, useAddOnQuote } from './useAddOnQuote';
import { useSubscription } from './useSubscription';
import { useUpdateAddOn } from './useUpdateAddOn';

/**
 * Failures after which an update may or may not have been applied: no answer, a late one, a
 * server error or an unreadable answer. Any other code is the server refusing it.
 */
const UNKNOWN_OUTCOME = new Set<ReturnType<typeof errorCode>>([
  'network',
  'timeout',
  'aborted',
  'server',
  'invalid_response',
  'unexpected',
]);

/** Options of `useConfirmAddOnChange`. */
export interface UseConfirmAddOnChangeOptions {
  addOnId: string;
  units: number;
  /** Quote only while the confirmation is open. */
  enabled: boolean;
  /** Called once the change is applied, with the new subscription. */
  onUpdated?: (subscription: Subscription) => void;
}

/** The dialog's state: the server's quote, the confirm action and what happened. */
export interface ConfirmAddOnChangeState {
  subscription: Subscription | null | undefined;
  addOn: AddOn | undefined;
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
  /** Applies the quote; safe to call repeatedly (one request per confirmation at a time). */
  confirm: () => void;
}

/**
 * The confirmation of an add-on change. One idempotency key per confirmed quote: a retry after
 * a network failure reuses it, so the backend charges at most once; an expired quote or a
 * conflict fetches new figures and asks again under a new key.
 */
export function useConfirmAddOnChange(options: UseConfirmAddOnChangeOptions): ConfirmAddOnChangeState {
  const { addOnId, units, enabled, onUpdated } = options;
  const { store, queryClient, emit, messageOverrides, format } = useBillingContext();
  const messages = resolveHookMessages(messageOverrides);
  const { data: subscription } = useSubscription();
  const quote = useAddOnQuote(addOnId, units, { debounceMs: 0, enabled });
  const { update } = useUpdateAddOn();
  const phase = useStore(store, (state) => state.phase);
  const [error, setError] = useState<Error | null>(null);
  const [refreshedReason, setRefreshedReason] = useState<'quote_expired' | 'conflict' | null>(null);
  // The change last attempted when its outcome is unknown: to tell the customer if the reload shows it applied.
  const [unknownAttempt, setUnknownAttempt] = useState<AddOnQuote | null>(null);
  const submitting = useRef(false);
  const addOn = subscription ? addOnById(subscription, addOnId) : undefined;

  const refresh = useCallback(
    async (reason: 'quote_expired' | 'conflict') => {
      const { setConfirmation } = store.getState();
      setConfirmation(null);
      setRefreshedReason(reason);
      setError(null);
      emit({ type: 'quote_refreshed', addOnId, reason });
      if (reason === 'conflict') await queryClient.invalidateQueries({ queryKey: billingKeys.subscription() });
      await queryClient.invalidateQueries({ queryKey: billingKeys.quotes() });
    },
    [store, emit, addOnId, queryClient],
  );

  /** Tells the customer (politely) and the host (`update_succeeded`) that `applied` is in effect in `updated`. */
  const reportUpdated = useCallback(
    (applied: AddOnQuote, updated: Subscription) => {
      store.getState().announce(
        messages.updated({
          change: applied.change,
          addOnName: addOnById(updated, addOnId)?.name ?? addOnId,
          units: countText(messages.unitCount, format, applied.units),
          date: format.date(applied.effectiveAt),
        }),
        'outcome',
      );
      emit({ type: 'update_succeeded', addOnId, units: applied.units, change: applied.change, subscription: updated });
    },
    [store, messages, format, addOnId, emit],
  );

  const current = quote.quote;
  const confirm = useCallback(() => {
    if (submitting.current || !current) return;
    const { confirmation, setConfirmation, setPhase } = store.getState();
    // Expiry is the server's call (it answers quote_expired): the browser's clock may run ahead of
    // the server's, and judging by it would re-quote on every click and never let the customer confirm.
    // A retry of the same confirmation (same quote) reuses its key; a new quote gets a new one.
    const idempotencyKey = confirmation?.quoteId === current.id ? confirmation.idempotencyKey : createIdempotencyKey();
    setConfirmation({ quoteId: current.id, idempotencyKey });
    submitting.current = true;
    setPhase('submitting');
    setError(null);
    emit({ type: 'confirm_clicked', addOnId, units: current.units, quoteId: current.id, idempotencyKey });
    update({ addOnId, units: current.units, quoteId: current.id, idempotencyKey })
      .then((updated) => {
        setUnknownAttempt(null);
        setPhase('succeeded');
        setRefreshedReason(null);
        reportUpdated(current, updated);
        onUpdated?.(updated);
      })
      .catch((failure: unknown) => {
        const code = errorCode(failure);
        emit({ type: 'update_failed', addOnId, units: current.units, code, error: failure });
        setPhase('failed');
        if (code === 'quote_expired' || code === 'conflict') {
          void refresh(code);
          return;
        }
        // A decline is final for its key (a backend may answer it again for that key), and nothing
        // was charged: the next attempt, after the customer fixed their card, is a new confirmation.
        if (code === 'payment_failed') setConfirmation(null);
        setUnknownAttempt(UNKNOWN_OUTCOME.has(code) ? current : null);
        setError(failure instanceof Error ? failure : new Error(String(failure)));
      })
      .finally(() => {
        submitting.current = false;
      });
  }, [current, store, refresh, emit, addOnId, update, reportUpdated, onUpdated]);

  // Closing after a failed attempt: that attempt may have been applied before its answer was lost,
  // so show what the server holds rather than invite a second purchase; the next review starts clean.
  useEffect(() => {
    if (enabled) return;
    setError(null);
    setRefreshedReason(null);
    if (!unknownAttempt) return;
    setUnknownAttempt(null);
    void queryClient.invalidateQueries({ queryKey: billingKeys.subscription() }).then(() => {
      const reloaded = queryClient.getQueryData<Subscription | null>(billingKeys.subscription());
      const reloadedAddOn = reloaded && addOnById(reloaded, addOnId);
      // Next period's units can only equal the attempted ones if that change was applied.
      if (reloaded && reloadedAddOn && nextPeriodUnits(reloadedAddOn) === unknownAttempt.units) {
        reportUpdated(unknownAttempt, reloaded);
      }
    });
  }, [enabled, unknownAttempt, queryClient, addOnId, reportUpdated]);

  const isSubmitting = phase === 'submitting';
  return {
    subscription,
    addOn,
    quote,
    isSubmitting,
    // A quote being refetched (after expiry or a conflict) is not the one to confirm.
    canConfirm: Boolean(current) && !isSubmitting && !quote.isFetching && current?.change !== 'none',
    error,
    outcomeUnknown: unknownAttempt !== null,
    refreshedReason,
    confirm,
  };
}
