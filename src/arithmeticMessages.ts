import type { BillingMessages } from './messageTypes';

/**
 * A price's arithmetic ("2 units × $10.00 × 3 users = $60.00"): only values each language has
 * already worded, so every locale of ours shares these two.
 */
export const arithmeticMessages: Pick<BillingMessages, 'perSeatArithmetic' | 'sharedArithmetic'> = {
  perSeatArithmetic: ({ units, unitPrice, users, total }) => `${units} × ${unitPrice} × ${users} = ${total}`,
  sharedArithmetic: ({ units, unitPrice, total }) => `${units} × ${unitPrice} = ${total}`,
};
