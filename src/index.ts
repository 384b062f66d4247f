'use client';
// react-billing-widget: the public surface; everything of `/headless` and `/core`, plus the components.
export { AddOnStepper, type AddOnStepperProps } from './components/AddOnStepper/AddOnStepper';
export { BillingPanel, type BillingPanelProps } from './components/BillingPanel/BillingPanel';
export { BillingStatus, type BillingStatusProps } from './components/BillingStatus/BillingStatus';
export { ConfirmDialog, type ConfirmDialogProps } from './components/ConfirmDialog/ConfirmDialog';
export { CreditMeter, type CreditMeterProps } from './components/CreditMeter/CreditMeter';
export { CreditsTimeline, type CreditsTimelineProps } from './components/CreditsTimeline/CreditsTimeline';
export { ErrorAlert, type ErrorAlertProps } from './components/ErrorAlert/ErrorAlert';
export type { LedgerCharge, MemoryAdapter, MemoryAdapterOptions } from './core/adapters/memory';
export { createMemoryAdapter } from './core/adapters/memory';
export { addMoney, currencyDigits } from './core/money';
export { applyTerms, renewPeriods } from './core/policy';
export * from './headless';
export { defaultMessages } from './messages';
export { type BillingText, useBillingText } from './react/useBillingText';
export { useCreditsTimeline } from './react/useCreditsTimeline';
