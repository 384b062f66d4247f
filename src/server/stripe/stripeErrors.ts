import { BillingError, isBillingError } from '../../core/errors';
import { StripeSetupError } from './StripeSetupError';

/** What stripe-node throws: its errors carry their class name in `type` (StripeCardError...). */
interface StripeErrorLike {
  type: string;
  code?: string;
  statusCode?: number;
  message: string;
}

/** True for an error thrown by stripe-node (duck-typed: the SDK is never loaded by this library). */
export function isStripeError(error: unknown): error is StripeErrorLike {
  return (
    error instanceof Error &&
    typeof (error as Partial<StripeErrorLike>).type === 'string' &&
    (error as unknown as StripeErrorLike).type.startsWith('Stripe')
  );
}

/** True when Stripe declined the payment (a card error: declined, expired, needs authentication...). */
export function isPaymentDeclined(error: unknown): boolean {
  return isStripeError(error) && error.type === 'StripeCardError';
}

export const paymentFailed = (cause?: unknown) =>
  new BillingError(
    'payment_failed',
    'The payment method on file was declined, so nothing was charged and the add-on is unchanged. Update the payment method and try again.',
    { status: 402, cause },
  );

/**
 * A Stripe failure as the error the customer's request answers with. Stripe's own message never
 * reaches the answer (it can name keys, ids or internals): what the customer can act on becomes a
 * `BillingError`; what only the host can fix (a wrong key, a missing price, a refused request)
 * stays a plain Error, which the handler answers with a generic 500 and hands to `onError`.
 */
export function fromStripeError(error: unknown): unknown {
  if (isBillingError(error) || error instanceof StripeSetupError || !isStripeError(error)) return error;
  switch (error.type) {
    case 'StripeCardError':
      return paymentFailed(error);
    case 'StripeRateLimitError':
      return new BillingError('rate_limited', 'The billing service is busy. Try again in a moment.', {
        status: 429,
        cause: error,
      });
    case 'StripeIdempotencyError':
      return new BillingError(
        'conflict',
        'This confirmation was already used for a different change. Review it again.',
        {
          status: 409,
          cause: error,
        },
      );
    case 'StripeAPIError':
    case 'StripeConnectionError':
      // The change may or may not have gone through: retryable, and the retry replays under the same keys.
      return new BillingError('server', 'The billing service did not answer. Trying again will not charge twice.', {
        status: 500,
        retryable: true,
        cause: error,
      });
    default: {
      const detail = error.code ? `${error.type} (${error.code})` : error.type;
      return new Error(`createStripeBackend: Stripe refused a request: ${detail}: ${error.message}`, { cause: error });
    }
  }
}
