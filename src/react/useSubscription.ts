'use client';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { Subscription } from '../core';
import { useBillingContext } from './BillingContext';

/** The customer's subscription (`null` when they have none), validated, with loading and error states. */
export function useSubscription(): UseQueryResult<Subscription | null, Error> {
  const { controller, queryClient } = useBillingContext();
  return useQuery(controller.subscriptionQuery, queryClient);
}
