// react-billing-widget/core: types, validation, money, policy and adapters. No React here.
export type { LedgerCharge, MemoryAdapter, MemoryAdapterOptions } from './adapters/memory';
export { createMemoryAdapter } from './adapters/memory';
export * from './essentials';
