'use client';
// The headless layer: provider, store, query keys and hooks. No markup here.
export { BillingContext, type BillingContextValue, type BillingTheme, useBillingContext } from './BillingContext';
export { BillingProvider, type BillingProviderProps } from './BillingProvider';
export type { BillingEvent, BillingEventHandler } from './events';
export { createIdempotencyKey } from './idempotencyKey';
export { billingKeys } from './keys';
export {
  type BillingAnnouncement,
  type BillingConfirmation,
  type BillingReview,
  type BillingStore,
  type BillingUiState,
  createBillingStore,
  type SubmitPhase,
} from './store';
export { type AddOnQuoteState, type UseAddOnQuoteOptions, useAddOnQuote } from './useAddOnQuote';
export { type AddOnStepperState, type UseAddOnStepperOptions, useAddOnStepper } from './useAddOnStepper';
export { useBillingAnnouncement } from './useBillingAnnouncement';
export {
  type ConfirmAddOnChangeState,
  type UseConfirmAddOnChangeOptions,
  useConfirmAddOnChange,
} from './useConfirmAddOnChange';
export { type CreditBalance, useCreditBalance } from './useCreditBalance';
export { useSubscription } from './useSubscription';
export { type UseUpdateAddOnResult, useUpdateAddOn } from './useUpdateAddOn';
