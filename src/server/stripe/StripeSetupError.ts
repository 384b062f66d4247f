/**
 * A misconfigured catalog or Stripe account: a plain Error, so the handler answers a generic 500 and
 * hands the detail to the host's `onError`, instead of showing it to a customer.
 */
export class StripeSetupError extends Error {
  constructor(message: string) {
    super(`createStripeBackend: ${message}`);
    this.name = 'StripeSetupError';
  }
}
