import { describe, expect, it } from 'vitest';
import { isBillingError } from '../../src/core/errors';

describe('isBillingError tells billing failures from unexpected errors', () => {
  it.each(['server', 'payment_failed', 'network'])(
    'does not take an ordinary Error that happens to carry the code "%s" for a BillingError',
    (code) => {
      expect(isBillingError(Object.assign(new Error('boom'), { code }))).toBe(false);
      expect(isBillingError(Object.assign(new TypeError('boom'), { code }))).toBe(false);
    },
  );
});
