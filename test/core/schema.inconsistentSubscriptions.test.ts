import { describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription } from '../../mocks/scenarios';
import { parseSubscription, parseUpdatedSubscription } from '../../src/core/schema';
import { expectBillingError } from './expectBillingError';

// Issue 16: a subscription that is well-formed field by field but contradicts itself was rendered.
// An add-on listed twice made quotes by id ambiguous (and React warned of duplicate keys); a
// scheduledUnits at or above units was shown and quoted as a "decrease" that is not one.

const credits = basicCreditsAddOn();
const other = basicCreditsAddOn({ id: 'video-minutes', name: 'Video Minutes' });

describe('a subscription that contradicts itself is refused as invalid_response', () => {
  it('refuses an add-on id listed twice, naming the list and the id', async () => {
    const value = basicSubscription({ addOns: [credits, other, { ...credits, name: 'Credits again' }] });
    const error = await expectBillingError(() => parseSubscription(value), 'invalid_response');
    expect(error.message).toBe(
      'Invalid subscription from the billing service: subscription.addOns must not list an add-on twice ("generative-credits")',
    );
  });

  it('refuses it in an update’s answer too', async () => {
    const value = basicSubscription({ addOns: [credits, credits] });
    await expectBillingError(() => parseUpdatedSubscription(value), 'invalid_response');
  });

  it.each([
    ['equal to units', { units: 2, scheduledUnits: 2 }],
    ['above units', { units: 2, scheduledUnits: 5 }],
  ])('refuses a scheduledUnits %s, naming the field', async (_, terms) => {
    const value = basicSubscription({ addOns: [other, basicCreditsAddOn(terms)] });
    const error = await expectBillingError(() => parseSubscription(value), 'invalid_response');
    expect(error.message).toBe(
      'Invalid subscription from the billing service: subscription.addOns.1.scheduledUnits must be below units (a scheduled decrease), or null',
    );
  });

  it.each([
    ['a scheduled decrease', { units: 3, scheduledUnits: 1 }],
    ['a decrease to zero', { units: 1, scheduledUnits: 0 }],
    ['nothing scheduled', { units: 2, scheduledUnits: null }],
  ])('accepts %s and distinct add-on ids', (_, terms) => {
    const value = basicSubscription({ addOns: [basicCreditsAddOn(terms), other] });
    expect(parseSubscription(structuredClone(value))).toEqual(value);
  });
});
