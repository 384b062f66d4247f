'use client';
import { useStore } from 'zustand';
import { type AddOn, canDecrease, hasScheduledChange, type SubscriptionStatus } from '../core';
import { useBillingFlow } from './useBillingFlow';

/** An add-on's row in the panel: whether its stepper is open (and the toggle), and what the policy says of it. */
export function useAddOnRow(addOn: AddOn, status: SubscriptionStatus) {
  const flow = useBillingFlow();
  // Narrow selector: a units change re-renders the stepper, not the row.
  const editing = useStore(flow, (state) => state.editing === addOn.id);
  return {
    editing,
    /** Upgrade Credits is offered only where a change is allowed at all. */
    changeable: canDecrease(status),
    /** A decrease waits for the period end: the row says when. */
    scheduled: hasScheduledChange(addOn),
    toggle: () => (editing ? flow.closeStepper() : flow.openStepper(addOn.id)),
    close: () => flow.closeStepper(),
  };
}
