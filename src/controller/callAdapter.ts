import { BillingError, isBillingError } from '../core';

/**
 * Runs one adapter call and validates what it returns. A `BillingError` passes through;
 * a non-Error thrown value is wrapped so it is shown, never swallowed.
 */
export async function callAdapter<T>(call: () => Promise<unknown>, validate: (value: unknown) => T): Promise<T> {
  let value: unknown;
  try {
    value = await call();
  } catch (error) {
    if (error instanceof Error) throw error; // a BillingError among them
    throw new Error(`The billing adapter failed with a non-Error value: ${String(error)}`, { cause: error });
  }
  return validate(value);
}

/** The error's code for messages and events: its `BillingErrorCode`, or `unexpected`. */
export function errorCode(error: unknown): BillingError['code'] | 'unexpected' {
  return isBillingError(error) ? error.code : 'unexpected';
}
