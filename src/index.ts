'use client';
export { AddOnStepper, type AddOnStepperProps } from './components/AddOnStepper/AddOnStepper';
export { BillingPanel, type BillingPanelProps } from './components/BillingPanel/BillingPanel';
export { BillingStatus, type BillingStatusProps } from './components/BillingStatus/BillingStatus';
export { ConfirmDialog, type ConfirmDialogProps } from './components/ConfirmDialog/ConfirmDialog';
export { CreditMeter, type CreditMeterProps } from './components/CreditMeter/CreditMeter';
export { ErrorAlert, type ErrorAlertProps } from './components/ErrorAlert/ErrorAlert';
// react-billing-widget: the public surface.
export * from './headless';
