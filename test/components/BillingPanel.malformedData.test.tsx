import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { BASE_URL, renderPanel, setupMockServer } from '../support/mockBackend';
import { openStepper } from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';

const mock = setupMockServer();

/** A valid Basic subscription with one part replaced, as plain JSON. */
function brokenSubscription(breakIt: (subscription: Record<string, any>) => void): unknown {
  const subscription = structuredClone(basicSubscription()) as Record<string, any>;
  breakIt(subscription);
  return subscription;
}

function serveSubscriptionBody(body: unknown) {
  mock.server.use(http.get(`${BASE_URL}/subscription`, () => HttpResponse.json(body as Record<string, unknown>)));
}

describe('malformed data from the billing service', () => {
  it.each([
    ['seats is text', (s: Record<string, any>) => (s.seats = 'three'), 'subscription.seats must be a number'],
    [
      'a price is fractional cents',
      (s: Record<string, any>) => (s.plan.price.amount = 12.5),
      'subscription.plan.price.amount must be a whole number',
    ],
    [
      'a currency is lower case',
      (s: Record<string, any>) => (s.addOns[0].unitPrice.currency = 'usd'),
      'subscription.addOns.0.unitPrice.currency must be an upper-case ISO 4217 code',
    ],
    [
      'the renewal date is not a date',
      (s: Record<string, any>) => (s.currentPeriodEnd = 'soon'),
      'subscription.currentPeriodEnd must be an ISO 8601 date',
    ],
    ['credits used is missing', (s: Record<string, any>) => delete s.credits.used, 'subscription.credits.used'],
    ['the status is unknown', (s: Record<string, any>) => (s.status = 'frozen'), 'subscription.status'],
  ])('shows an alert naming the problem when %s', async (_case, breakIt, problem) => {
    serveSubscriptionBody({ subscription: brokenSubscription(breakIt) });
    renderPanel();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your subscription could not be loaded.');
    expect(alert).toHaveTextContent('The billing service sent data we could not read.');
    expect(alert).toHaveTextContent(problem);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Upgrade Credits' })).not.toBeInTheDocument();
    expectReadableText();
  });

  it('shows an alert when the body has no subscription at all', async () => {
    serveSubscriptionBody({ data: [] });
    renderPanel();
    expect(await screen.findByRole('alert')).toHaveTextContent('the body has no "subscription"');
    expectReadableText();
  });

  it('shows an alert beside the stepper when a quote breaks the schema, and offers no confirmation', async () => {
    mock.use({ scenario: 'basic' });
    mock.server.use(
      http.post(`${BASE_URL}/add-ons/:addOnId/quotes`, () =>
        HttpResponse.json({ quote: { id: 'q1', addOnId: 'generative-credits', units: 2, dueNow: { amount: 'lots' } } }),
      ),
    );
    const { user } = renderPanel();
    await openStepper(user);
    await user.click(screen.getByRole('button', { name: 'Increase units' }));
    const alert = await screen.findByRole('alert', {}, { timeout: 2000 });
    expect(alert).toHaveTextContent('The billing service sent data we could not read.');
    expect(alert).toHaveTextContent(/Invalid quote from the billing service: quote\.\w+/);
    expectReadableText();

    await user.click(screen.getByRole('button', { name: 'Review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm add-on change' });
    expect(within(dialog).getByRole('button', { name: 'Update Add-On' })).toBeDisabled();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Invalid quote');
    expectReadableText();
  });
});
