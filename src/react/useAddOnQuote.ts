'use client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { type AddOnQuote, BillingError, type QuoteTerms, quoteTerms } from '../core';
import { useBillingContext } from './BillingContext';
import { useDebouncedValue } from './useDebouncedValue';
import { useSubscription } from './useSubscription';

/** Options of `useAddOnQuote`. */
export interface UseAddOnQuoteOptions {
  /** Wait this long after the last change of `units` before asking the server. Default 300 ms. */
  debounceMs?: number;
  /** Set false to stop asking the server (e.g. while the stepper is closed). Default true. */
  enabled?: boolean;
}

/** The figures for a requested number of units: the server's quote once it arrives, a local estimate until then. */
export interface AddOnQuoteState {
  /** The server's quote for exactly these units; the only one that can be confirmed. */
  quote: AddOnQuote | undefined;
  /** The latest server quote, possibly for other units, kept on screen while the next loads. */
  previousQuote: AddOnQuote | undefined;
  /** Computed instantly from the add-on's terms; `null` when the units are not allowed. */
  estimate: QuoteTerms | null;
  /** Why no estimate could be made (units out of range, subscription inactive...). */
  estimateError: BillingError | null;
  /** What to show: the server's quote when it matches, else the estimate. */
  shown: QuoteTerms | null;
  /** True while `shown` is only an estimate. */
  isEstimate: boolean;
  /** True while a server quote is being fetched. */
  isFetching: boolean;
  /** The server's error for these units, if any. */
  error: Error | null;
  /** Asks the server again. */
  refetch: () => Promise<unknown>;
}

/**
 * Quotes `units` of an add-on. Requests are debounced and the superseded one aborted; the
 * instant estimate shows until the server's quote for these units arrives.
 */
export function useAddOnQuote(addOnId: string, units: number, options: UseAddOnQuoteOptions = {}): AddOnQuoteState {
  const { controller, queryClient } = useBillingContext();
  const { data: subscription } = useSubscription();
  const { debounceMs = 300, enabled = true } = options;

  // The estimate, or why there is none.
  const [estimate, estimateError] = useMemo((): [QuoteTerms | null, BillingError | null] => {
    if (subscription === undefined) return [null, null];
    try {
      return [quoteTerms(subscription, { addOnId, units }, new Date()), null];
    } catch (error) {
      return [null, error instanceof BillingError ? error : null];
    }
  }, [subscription, addOnId, units]);

  const settledUnits = useDebouncedValue(units, debounceMs);
  const wanted = enabled && estimate !== null && estimate.change !== 'none';
  // Its key hashes the subscription's terms: once per settled change, not on every keystroke.
  const quoteQuery = useMemo(
    () => controller.quoteQuery(addOnId, settledUnits, subscription),
    [controller, addOnId, settledUnits, subscription],
  );
  const query = useQuery<AddOnQuote, Error>(
    {
      ...quoteQuery,
      // An estimate exists only for an offered add-on and allowed units, so these units may be asked for.
      enabled: wanted && settledUnits === units,
      placeholderData: keepPreviousData,
    },
    queryClient,
  );

  const fresh = query.data && !query.isPlaceholderData && query.data.units === units ? query.data : undefined;
  const quote = wanted ? fresh : undefined;
  return {
    quote,
    previousQuote: wanted ? query.data : undefined,
    estimate,
    estimateError,
    shown: quote ?? estimate,
    isEstimate: !quote,
    isFetching: wanted && (query.isFetching || settledUnits !== units),
    error: wanted && !query.isPlaceholderData ? query.error : null,
    refetch: () => query.refetch(),
  };
}
