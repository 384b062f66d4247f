// react-billing-widget/mocks: MSW handlers and scenarios over the memory engine.

export type { BillingHandlersOptions, BillingMockBackend } from './handlers';
export { createBillingHandlers, createBillingMockBackend } from './handlers';
export type { BillingScenario, ScenarioName } from './scenarios';
export {
  basicCreditsAddOn,
  basicSubscription,
  scenarios,
  teamAnnualCreditsAddOn,
  teamAnnualSubscription,
  teamCreditsAddOn,
  teamSubscription,
} from './scenarios';
