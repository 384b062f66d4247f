'use client';
// The headless layer: the provider and its hooks (selectors and props over the provider's controller). No markup here.
export type { BillingAnnouncement, BillingFlow, BillingFlowState, BillingReview } from '../controller/changeFlowOf';
export type { BillingEvent, BillingEventHandler } from '../controller/events';
export { billingKeys } from '../controller/keys';
export type { BillingTheme } from './BillingContext';
export { BillingProvider, type BillingProviderProps } from './BillingProvider';
export { type AddOnQuoteState, type UseAddOnQuoteOptions, useAddOnQuote } from './useAddOnQuote';
export { type AddOnStepperState, type UseAddOnStepperOptions, useAddOnStepper } from './useAddOnStepper';
export { useBillingAnnouncement } from './useBillingAnnouncement';
export { useBillingFlow } from './useBillingFlow';
export {
  type ConfirmAddOnChangeState,
  type UseConfirmAddOnChangeOptions,
  useConfirmAddOnChange,
} from './useConfirmAddOnChange';
export { type CreditBalance, useCreditBalance } from './useCreditBalance';
export { useSubscription } from './useSubscription';
export { type UseUpdateAddOnResult, useUpdateAddOn } from './useUpdateAddOn';
