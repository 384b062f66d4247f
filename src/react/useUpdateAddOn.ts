'use client';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { parseUpdatedSubscription, type Subscription, type UpdateAddOnRequest } from '../core';
import { useBillingContext } from './BillingContext';
import { callAdapter } from './callAdapter';
import { billingKeys, ownQueryOptions } from './keys';

/** `useUpdateAddOn`'s result: the mutation state plus `update`, which never sends one key twice at once. */
export type UseUpdateAddOnResult = UseMutationResult<Subscription, Error, UpdateAddOnRequest> & {
  /** Applies a quote. A second call with the same idempotency key while the first is pending returns the same promise. */
  update: (request: UpdateAddOnRequest) => Promise<Subscription>;
};

/** Applies a quoted add-on change; on success the returned subscription replaces the cached one. */
export function useUpdateAddOn(): UseUpdateAddOnResult {
  const { adapter, queryClient } = useBillingContext();
  const mutation = useMutation<Subscription, Error, UpdateAddOnRequest>(
    {
      ...ownQueryOptions,
      // Retrying is the customer's decision, with the same key (useConfirmAddOnChange), never automatic.
      retry: false,
      mutationFn: (request) => callAdapter(() => adapter.updateAddOn(request), parseUpdatedSubscription),
      // Quotes are keyed by the state they were priced from (useAddOnQuote), so those of the old
      // state are not reused; removing them here made a still-mounted dialog ask for one again.
      onSuccess: (subscription) => queryClient.setQueryData(billingKeys.subscription(), subscription),
    },
    queryClient,
  );
  const pending = useRef(new Map<string, Promise<Subscription>>());
  const { mutateAsync } = mutation;
  const update = useCallback(
    (request: UpdateAddOnRequest) => {
      const inFlight = pending.current.get(request.idempotencyKey);
      if (inFlight) return inFlight;
      const promise = mutateAsync(request).finally(() => pending.current.delete(request.idempotencyKey));
      pending.current.set(request.idempotencyKey, promise);
      return promise;
    },
    [mutateAsync],
  );
  return Object.assign(mutation, { update });
}
