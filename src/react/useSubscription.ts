'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { isBillingError, parseSubscription, type Subscription } from '../core';
import { useBillingContext } from './BillingContext';
import { callAdapter } from './callAdapter';
import { billingKeys, ownQueryOptions } from './keys';
import { isNewReport } from './reportOnce';

/** The customer's subscription (`null` when they have none), validated, with loading and error states. */
export function useSubscription(): UseQueryResult<Subscription | null, Error> {
  const { adapter, queryClient, retry, emit, store } = useBillingContext();
  const result = useQuery<Subscription | null, Error>(
    {
      ...ownQueryOptions,
      queryKey: billingKeys.subscription(),
      queryFn: ({ signal }) => callAdapter(() => adapter.getSubscription({ signal }), parseSubscription),
      retry: (failures, error) => failures < retry && isBillingError(error) && error.retryable,
      retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      staleTime: 30_000,
    },
    queryClient,
  );
  const loaded = result.isSuccess ? result.data : undefined;
  // One event per load, however many components read it: a load is known by when its data arrived.
  const loadedAt = result.dataUpdatedAt;
  useEffect(() => {
    if (loaded !== undefined && isNewReport(store, 'subscription_loaded', loadedAt)) {
      emit({ type: 'subscription_loaded', subscription: loaded });
    }
  }, [loaded, loadedAt, emit, store]);
  return result;
}
