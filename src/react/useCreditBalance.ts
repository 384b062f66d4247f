'use client';
import { remainingCredits, type Subscription } from '../core';

/** The credit balance of the period, ready to show. */
export interface CreditBalance {
  included: number;
  addOn: number;
  used: number;
  /** included + addOn − used, never below zero. */
  remaining: number;
  /** included + addOn. */
  total: number;
  /** Used share of the total, 0..1 (1 when over). */
  usedFraction: number;
  /** ISO 8601. */
  resetsAt: string;
}

/** Derives the credit balance of a subscription. */
export function useCreditBalance(subscription: Subscription): CreditBalance {
  const { included, addOn, used, resetsAt } = subscription.credits;
  const total = included + addOn;
  return {
    included,
    addOn,
    used,
    remaining: remainingCredits(subscription),
    total,
    usedFraction: total > 0 ? Math.min(1, used / total) : used > 0 ? 1 : 0,
    resetsAt,
  };
}
