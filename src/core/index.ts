// react-billing-widget/core: types, validation, money, policy and adapters. No React here.
// Beyond `essentials` (what the hooks run on): the memory adapter and the backend side of the policy.
export type { LedgerCharge, MemoryAdapter, MemoryAdapterOptions } from './adapters/memory';
export { createMemoryAdapter } from './adapters/memory';
export * from './essentials';
export { addMoney, currencyDigits } from './money';
export { applyTerms, renewPeriods } from './policy';
