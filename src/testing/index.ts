// react-billing-widget/testing: the contract checks (section 8), for any backend that serves the
// HTTP API, and the `billing-widget-verify` command built on them. No React, no DOM; Node >= 20
// and any Fetch-API runtime.
export {
  formatCheckLine,
  parseVerifyArguments,
  runVerifyCommand,
  VERIFY_USAGE,
  type VerifyArguments,
  type VerifyCommandIo,
} from './command';
export type { Check, CheckOutcome, CheckResult, VerifyBillingApiOptions, VerifyBillingApiResult } from './types';
export { verifyBillingApi } from './verifyBillingApi';
