// The contract checks against our own handler over node:http with the memory backend: a backend
// that keeps the contract passes every check that can run on its subscription, and is left as found.
import { basicCreditsAddOn, basicSubscription, scenarios, teamSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { nextPeriodUnits } from '../../src/core/policy';
import type { Subscription } from '../../src/core/types';
import { createBillingHandler, createMemoryBackend } from '../../src/server';
import { verifyBillingApi } from '../../src/testing';
import { serveBilling } from '../support/billingServers';
import { byBearerToken, CHECKS, CUSTOMER, IDENTITY, namesOf, serveBackend } from '../support/contractChecks';

async function verifyOn(subscription: Subscription | null, allowCharges = false) {
  const backend = createMemoryBackend({ subscriptions: { [CUSTOMER]: subscription } });
  const baseUrl = await serveBackend(backend);
  const result = await verifyBillingApi({ baseUrl, headers: IDENTITY, allowCharges });
  const after = await backend.getSubscription({ customerId: CUSTOMER });
  return { result, after, ledger: backend.ledger(CUSTOMER) };
}

describe('verifyBillingApi on our handler and memory backend', () => {
  it('passes every check but the charging ones, which it skips, and charges nothing', async () => {
    const start = basicSubscription();
    const { result, after, ledger } = await verifyOn(start);

    expect(result.failed).toEqual([]);
    expect(namesOf(result.skipped)).toEqual([CHECKS.statusRefusal, CHECKS.charge, CHECKS.chargeReplay]);
    expect(result.skipped[1]?.detail).toMatch(/allowCharges \(--allow-charges\).*test-mode/);
    expect(result.passed.length).toBeGreaterThanOrEqual(20);
    expect(result.checks).toHaveLength(result.passed.length + result.skipped.length);
    expect(ledger).toEqual([]);
    expect(after).toEqual(start);
  });

  it('with allowCharges, charges one increase once and schedules the units found back from the period end', async () => {
    const start = basicSubscription();
    const { result, after, ledger } = await verifyOn(start, true);

    expect(result.failed).toEqual([]);
    expect(namesOf(result.passed)).toEqual(
      expect.arrayContaining([CHECKS.charge, CHECKS.chargeReplay, CHECKS.leftAsFound]),
    );
    // 1 unit × $10.00 × 3 seats, charged once however often it was sent.
    expect(ledger).toEqual([{ amount: 3000, currency: 'USD' }]);
    expect(after?.addOns[0]).toMatchObject({ units: 2, scheduledUnits: 1 });
    expect(after?.credits.addOn).toBe(start.credits.addOn + 180);
    const leftAsFound = result.passed.find((check) => check.name === CHECKS.leftAsFound);
    expect(leftAsFound?.detail).toContain('except the charged increase, which stays');
    expect(leftAsFound?.detail).toContain('$30.00 charged');
  });

  it('passes behind allowedOrigins when the allowed Origin is one of the headers', async () => {
    const origin = 'https://app.example.com';
    const backend = createMemoryBackend({ subscriptions: { [CUSTOMER]: basicSubscription() } });
    const handler = createBillingHandler({ backend, identify: byBearerToken, allowedOrigins: [origin] });
    const baseUrl = `${await serveBilling('node:http', handler)}${handler.basePath}`;

    const result = await verifyBillingApi({ baseUrl, headers: { ...IDENTITY, Origin: origin } });
    expect(result.failed).toEqual([]);
  });

  it.each([
    { name: 'a shared add-on (Team)', subscription: teamSubscription() },
    { name: 'a trial', subscription: scenarios.trialing.subscription },
    { name: 'a subscription ending at the period end', subscription: scenarios.cancelingAtPeriodEnd.subscription },
    {
      name: 'a decrease already scheduled',
      subscription: basicSubscription({ addOns: [basicCreditsAddOn({ units: 3, scheduledUnits: 1 })] }),
    },
    {
      name: 'an add-on at its maxUnits with minUnits above 0',
      subscription: basicSubscription({ addOns: [basicCreditsAddOn({ units: 4, minUnits: 2, maxUnits: 4 })] }),
    },
  ])('passes on $name and leaves it as found, with allowCharges too', async ({ subscription }) => {
    const withoutCharges = await verifyOn(subscription);
    expect(withoutCharges.result.failed).toEqual([]);
    expect(withoutCharges.ledger).toEqual([]);
    expect(withoutCharges.after).toEqual(subscription);

    // The increase stays; from the next period the add-on is back to what it was found at.
    const withCharges = await verifyOn(subscription, true);
    const [found] = subscription.addOns;
    expect(withCharges.result.failed).toEqual([]);
    expect(withCharges.ledger).toHaveLength(found && found.units < found.maxUnits ? 1 : 0);
    expect(withCharges.after?.addOns.map(nextPeriodUnits)).toEqual(subscription.addOns.map(nextPeriodUnits));
  });

  it.each([
    { name: 'no subscription', subscription: null, refused: 'a quote without a subscription' },
    {
      name: 'a canceled subscription',
      subscription: scenarios.canceled.subscription,
      refused: 'a quote on a canceled subscription',
    },
    {
      name: 'a past_due subscription',
      subscription: scenarios.pastDue.subscription,
      refused: 'an increase while past_due',
    },
  ])(
    'checks that $name refuses what its status does not allow, and fails nothing',
    async ({ subscription, refused }) => {
      const { result, after, ledger } = await verifyOn(subscription, true);
      expect(result.failed).toEqual([]);
      expect(result.passed).toContainEqual({ name: CHECKS.statusRefusal, detail: refused });
      expect(ledger).toEqual([]);
      expect(after).toEqual(subscription);
    },
  );

  it('skips the changes that would need a charge when the add-on is at its minUnits, saying why', async () => {
    const subscription = basicSubscription({ addOns: [basicCreditsAddOn({ units: 0 })] });
    const { result } = await verifyOn(subscription);
    expect(result.failed).toEqual([]);
    expect(result.skipped).toContainEqual({
      name: CHECKS.decrease,
      detail:
        'the add-on is at its minUnits (0) with no decrease scheduled: nothing to decrease or restore without a charge',
    });
  });
});
