'use client';
// react-billing-widget/headless: the core and the hooks, without our markup or styles.
export * from './core';
export { type BillingFormatters, createFormatters } from './format';
export { type BillingMessages, defaultMessages, type MessageArgs } from './messages';
export * from './react';
