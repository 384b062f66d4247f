'use client';
import { type BillingFlow, changeFlowOf } from '../controller/changeFlowOf';
import { useBillingContext } from './BillingContext';

/**
 * The provider's change flow: its state (`getState`, `subscribe`; read it with zustand's `useStore`)
 * and its actions (`openStepper`, `closeStepper`, `setUnits`, `review`, `cancel`, `confirm`). A
 * headless UI calls the same actions as our components, so `onEvent` hears the same events.
 */
export function useBillingFlow(): BillingFlow {
  return changeFlowOf(useBillingContext().controller);
}
