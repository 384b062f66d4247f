'use client';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ownQueryOptions } from '../controller/keys';
import type { Subscription, UpdateAddOnRequest } from '../core';
import { useBillingContext } from './BillingContext';

/** `useUpdateAddOn`'s result: the mutation state plus `update`, which never sends one key twice at once. */
export type UseUpdateAddOnResult = UseMutationResult<Subscription, Error, UpdateAddOnRequest> & {
  /** Applies a quote. A second call with the same idempotency key while the first is pending returns the same promise. */
  update: (request: UpdateAddOnRequest) => Promise<Subscription>;
};

/** Applies a quoted add-on change through the provider's controller; the answer replaces the cached subscription. */
export function useUpdateAddOn(): UseUpdateAddOnResult {
  const { controller, queryClient } = useBillingContext();
  // The request each update() sent, so the mutation (kept for its state) awaits it instead of sending another.
  const [sent] = useState(() => new WeakMap<UpdateAddOnRequest, Promise<Subscription>>());
  const mutation = useMutation<Subscription, Error, UpdateAddOnRequest>(
    {
      ...ownQueryOptions,
      // Retrying is the customer's decision, with the same key (the controller's confirm), never automatic.
      retry: false,
      mutationFn: (request) => sent.get(request) ?? controller.apply(request),
    },
    queryClient,
  );
  const update = (request: UpdateAddOnRequest) => {
    const promise = controller.apply(request);
    sent.set(request, promise);
    mutation.mutate(request);
    return promise;
  };
  return Object.assign(mutation, { update });
}
