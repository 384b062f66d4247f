// The contract checks against the MSW mocks a host reuses in its tests (section 6): they serve the
// same HTTP API as the handler, so they pass too. The mocks have no sign-in, so the 401 check
// has no identity headers to take away and is skipped.
import { getResponse } from 'msw';
import { createBillingMockBackend } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { verifyBillingApi } from '../../src/testing';
import { CHECKS, namesOf } from '../support/contractChecks';

const BASE = 'http://billing.test/api/billing';

/** A fetch answered by the mocks' handlers, as MSW would answer the app's requests. */
function mocked(options: Parameters<typeof createBillingMockBackend>[0] = {}) {
  const mock = createBillingMockBackend({ baseUrl: BASE, ...options });
  const fetch: typeof globalThis.fetch = async (input, init) =>
    (await getResponse(mock.handlers, new Request(input, init))) ??
    new Response('No mock handler for this request', { status: 501 });
  return { mock, fetch };
}

describe('verifyBillingApi on the MSW mocks', () => {
  it('passes every check it can run on the basic scenario and charges nothing', async () => {
    const { mock, fetch } = mocked();
    const result = await verifyBillingApi({ baseUrl: BASE, fetch });

    expect(result.failed).toEqual([]);
    expect(namesOf(result.skipped)).toEqual([
      CHECKS.unauthorized,
      CHECKS.statusRefusal,
      CHECKS.charge,
      CHECKS.chargeReplay,
    ]);
    expect(mock.engine.ledger).toEqual([]);
    expect(mock.engine.peek()).toEqual(mock.scenario.subscription);
  });

  it('with allowCharges charges the increase once', async () => {
    const { mock, fetch } = mocked({ scenario: 'team' });
    const result = await verifyBillingApi({ baseUrl: BASE, fetch, allowCharges: true });

    expect(result.failed).toEqual([]);
    expect(mock.engine.ledger.map((charge) => charge.amount)).toEqual([{ amount: 3000, currency: 'USD' }]);
  });

  it.each(['trialing', 'pastDue', 'cancelingAtPeriodEnd', 'canceled', 'none'] as const)(
    'passes on the %s scenario',
    async (scenario) => {
      const { fetch } = mocked({ scenario });
      expect((await verifyBillingApi({ baseUrl: BASE, fetch, allowCharges: true })).failed).toEqual([]);
    },
  );

  it('on the failing scenario fails on the server error, and skips what needs a subscription for that reason', async () => {
    const { fetch } = mocked({ scenario: 'failing' });
    const result = await verifyBillingApi({ baseUrl: BASE, fetch });

    expect(result.failed[0]).toEqual({
      name: 'GET /subscription answers 200 with a valid subscription',
      detail:
        'GET /subscription answered 500 server ("The billing service is unavailable. Try again later."); expected 200',
    });
    expect(result.skipped).toContainEqual({
      name: CHECKS.decrease,
      detail: 'needs a valid answer to GET /subscription, which failed its check',
    });
    expect(namesOf(result.passed)).toContain('Every answer is JSON with Cache-Control: no-store');
  });
});
