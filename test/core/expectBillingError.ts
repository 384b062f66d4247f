import { expect } from 'vitest';
import { BillingError, type BillingErrorCode } from '../../src/core/errors';

/** Runs `run` and returns the `BillingError` it throws or rejects with; fails the test otherwise. */
export async function expectBillingError(run: () => unknown, code: BillingErrorCode): Promise<BillingError> {
  let thrown: unknown;
  let threw = false;
  try {
    await run();
  } catch (error) {
    thrown = error;
    threw = true;
  }
  expect(threw, `expected a BillingError "${code}", but nothing was thrown`).toBe(true);
  expect(thrown).toBeInstanceOf(BillingError);
  expect((thrown as BillingError).code).toBe(code);
  return thrown as BillingError;
}
