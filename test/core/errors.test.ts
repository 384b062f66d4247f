import { describe, expect, it } from 'vitest';
import { BILLING_ERROR_CODES, BillingError, isBillingError, isBillingErrorCode } from '../../src/core/errors';

const RETRYABLE = ['network', 'timeout', 'rate_limited', 'server'] as const;
const NOT_RETRYABLE = BILLING_ERROR_CODES.filter((code) => !(RETRYABLE as readonly string[]).includes(code));

describe('BillingError', () => {
  it('knows every code of the contract', () => {
    expect([...BILLING_ERROR_CODES].sort()).toEqual(
      [
        'network',
        'timeout',
        'aborted',
        'unauthorized',
        'forbidden',
        'not_found',
        'rate_limited',
        'server',
        'invalid_response',
        'subscription_inactive',
        'invalid_units',
        'quote_expired',
        'conflict',
        'payment_failed',
        'invalid_request',
      ].sort(),
    );
  });

  it.each(RETRYABLE)('marks %s retryable by default', (code) => {
    expect(new BillingError(code, 'message').retryable).toBe(true);
  });

  it.each(NOT_RETRYABLE)('marks %s not retryable by default', (code) => {
    expect(new BillingError(code, 'message').retryable).toBe(false);
  });

  it('lets the caller override retryable and keeps status and cause', () => {
    const cause = new TypeError('fetch failed');
    const error = new BillingError('server', 'Down.', { status: 503, retryable: false, cause });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'BillingError', code: 'server', message: 'Down.', status: 503 });
    expect(error.retryable).toBe(false);
    expect(error.cause).toBe(cause);
    expect(new BillingError('conflict', 'x', { retryable: true }).retryable).toBe(true);
    expect(new BillingError('conflict', 'x').status).toBeUndefined();
  });

  it('recognises a BillingError from another copy of the library by name and code', () => {
    const foreign = Object.assign(new Error('declined'), { name: 'BillingError', code: 'payment_failed' });
    expect(isBillingError(new BillingError('network', 'x'))).toBe(true);
    expect(isBillingError(foreign)).toBe(true);
    expect(isBillingError(Object.assign(new Error('x'), { name: 'BillingError', code: 'teapot' }))).toBe(false);
    expect(isBillingError(new Error('plain'))).toBe(false);
    expect(isBillingError({ name: 'BillingError', code: 'server' })).toBe(false);
  });

  it('accepts only known codes', () => {
    expect(isBillingErrorCode('quote_expired')).toBe(true);
    expect(isBillingErrorCode('QUOTE_EXPIRED')).toBe(false);
    expect(isBillingErrorCode(404)).toBe(false);
  });
});
