// react-billing-widget/core: types, validation, money, policy and adapters. No React here.
// Beyond `essentials` (what the hooks run on): the memory adapter, the backend side of the policy,
// and the credits timeline a quote makes (for a host drawing its own).
export type { LedgerCharge, MemoryAdapter, MemoryAdapterOptions } from './adapters/memory';
export { createMemoryAdapter } from './adapters/memory';
export {
  type CreditsTimelineData,
  type CreditsTimelinePeriod,
  type CreditsTimelineSegment,
  creditsTimeline,
} from './creditsTimeline';
export * from './essentials';
export { addMoney, currencyDigits } from './money';
export { applyTerms, renewPeriods } from './policy';
