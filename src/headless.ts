'use client';
// react-billing-widget/headless: the provider, the hooks and the core they run on, without our
// markup, styles or the words of our components (the hooks keep only the stepper's accessible
// names and the outcome sentence). The memory adapter, a tool for demos and tests, is in
// `react-billing-widget/core` and the root, not here.
export * from './core/essentials';
export { type TextDirection, textDirection } from './direction';
export { type BillingFormatters, createFormatters } from './format';
export { type HookMessages, hookMessages } from './hookMessages';
export type { BillingMessageOverrides, BillingMessages, MessageArgs } from './messageTypes';
export { createPlural, type PluralForms } from './plural';
export * from './react';
