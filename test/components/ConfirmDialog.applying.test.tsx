import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { HttpResponse, http } from 'msw';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { AddOnStepper } from '../../src/index';
import { BASE_URL, renderPanel, renderWithProvider, setupMockServer } from '../support/mockBackend';
import { confirmChange, openReview, outcome, reviewOneMoreUnit, updateButton } from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';
import { recordRequests, requestsOf } from '../support/requestLog';

const mock = setupMockServer();
const PUT_URL = `${BASE_URL}/add-ons/:addOnId`;
const UNKNOWN_OUTCOME = 'We could not confirm whether the change went through. Trying again will not charge you twice.';

describe('applying a change once', () => {
  it('sends one PUT and charges once on a double-click of Update Add-On', async () => {
    const { engine } = mock.use({ scenario: 'basic', delayMs: 30 });
    const requests = recordRequests(mock.server);
    const { user } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);

    await user.dblClick(updateButton(dialog));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expect(requestsOf(requests, 'PUT')).toHaveLength(1);
    expect(engine.ledger).toHaveLength(1);
    expectReadableText();
  });

  it('reuses the idempotency key when retrying after the PUT failed on the network', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    mock.server.use(http.put(PUT_URL, () => HttpResponse.error(), { once: true }));
    const requests = recordRequests(mock.server);
    const { user, events } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);

    await user.click(updateButton(dialog));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Could not reach the billing service. Check your connection and try again.');
    expect(alert).toHaveTextContent(UNKNOWN_OUTCOME);
    expect(engine.ledger).toHaveLength(0);
    expect(events).toContainEqual(expect.objectContaining({ type: 'update_failed', code: 'network' }));
    await waitFor(() => expect(updateButton(dialog)).toBeEnabled());

    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    const keys = requestsOf(requests, 'PUT').map((request) => request.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toEqual(expect.any(String));
    expect(keys[1]).toBe(keys[0]);
    expect(engine.ledger).toEqual([expect.objectContaining({ idempotencyKey: keys[0] })]);
    expectReadableText();
  });

  it.each([
    ['a server error', 500, 'server', true],
    ['an unreadable answer', 200, null, true],
    ['a refusal: signed out', 401, 'unauthorized', false],
    ['a refusal: units not allowed', 422, 'invalid_units', false],
  ])('after %s, says whether the change may have gone through', async (_, status, code, unknown) => {
    mock.use({ scenario: 'basic' });
    const body = code ? { error: { code, message: 'No.' } } : { subscription: { id: 42 } };
    mock.server.use(http.put(PUT_URL, () => HttpResponse.json(body, { status }), { once: true }));
    const { user } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    await user.click(updateButton(dialog));
    const alert = await within(dialog).findByRole('alert');
    if (unknown) expect(alert).toHaveTextContent(UNKNOWN_OUTCOME);
    else expect(alert).not.toHaveTextContent(UNKNOWN_OUTCOME);
    // What was unreadable stays there for support, after the sentence.
    if (!code) expect(alert).toHaveTextContent(/Details: .*subscription\.id/);
  });

  it('charges once when the answer to an applied PUT was lost and the customer retries', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    // The backend applies the change, but the response never reaches the browser.
    mock.server.use(
      http.put(
        PUT_URL,
        async ({ request, params }) => {
          const body = (await request.json()) as { units: number; quoteId: string };
          await engine.updateAddOn({
            addOnId: String(params.addOnId),
            units: body.units,
            quoteId: body.quoteId,
            idempotencyKey: request.headers.get('Idempotency-Key') ?? '',
          });
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const requests = recordRequests(mock.server);
    const { user } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    await user.click(updateButton(dialog));
    await within(dialog).findByRole('alert');
    expect(engine.ledger).toHaveLength(1);

    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    const [first, second] = requestsOf(requests, 'PUT');
    expect(second?.idempotencyKey).toBe(first?.idempotencyKey);
    expect(engine.ledger).toHaveLength(1);
  });
});

describe('after the change is applied', () => {
  it.each([
    ['in the panel', () => renderPanel(), reviewOneMoreUnit],
    [
      'in a stepper on its own',
      () => renderWithProvider(<AddOnStepper addOnId="generative-credits" />),
      async (user: UserEvent) => {
        await user.click(await screen.findByRole('button', { name: 'Increase units' }));
        return openReview(user);
      },
    ],
  ])(
    'asks for no further quote %s: the old units are not priced against the new subscription',
    async (_, render, review) => {
      mock.use({ scenario: 'basic' });
      const requests = recordRequests(mock.server);
      const { user } = render();
      const dialog = await review(user);
      await confirmChange(user, dialog);
      expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
      // Past the stepper's 300 ms debounce, so a quote asked for after the update would have been sent.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(requests.map((request) => request.method)).toEqual(['GET', 'POST', 'PUT']);
    },
  );
});

describe('a declined payment', () => {
  it('shows an alert, charges nothing and leaves the subscription unchanged', async () => {
    const { engine } = mock.use({ scenario: 'paymentFailure' });
    const { user, events } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    await user.click(updateButton(dialog));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The payment was declined, so nothing was charged or changed. Update your payment method and try again.',
    );
    expect(within(dialog).getByRole('alert')).not.toHaveTextContent(UNKNOWN_OUTCOME);
    expect(engine.ledger).toHaveLength(0);
    expect(engine.peek()?.addOns[0]).toMatchObject({ units: 1, scheduledUnits: null });
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'update_failed',
        addOnId: 'generative-credits',
        units: 2,
        code: 'payment_failed',
      }),
    );
    expect(events.some((event) => event.type === 'update_succeeded')).toBe(false);
    expectReadableText();

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const units = screen.getByText('Units').nextElementSibling;
    expect(units).toHaveTextContent('1 unit');
    expect(screen.getByRole('status')).not.toHaveTextContent(/updated/);
  });
});

describe('figures that went out of date', () => {
  it('fetches a fresh quote when the quote expired before confirming, asks again, then applies it', async () => {
    let clock = Date.now();
    const { engine } = mock.use({ scenario: 'basic', now: () => new Date(clock) });
    const requests = recordRequests(mock.server);
    const { user, events } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    const quotesBefore = requestsOf(requests, 'POST').length;

    clock += 11 * 60 * 1000;
    await user.click(updateButton(dialog));
    expect(await within(dialog).findByText(/The price was out of date, so it was checked again/)).toBeInTheDocument();
    await waitFor(() => expect(requestsOf(requests, 'POST').length).toBeGreaterThan(quotesBefore));
    expect(engine.ledger).toHaveLength(0);
    expect(screen.getByRole('dialog', { name: 'Confirm add-on change' })).toBe(dialog);
    expect(events).toContainEqual({ type: 'quote_refreshed', addOnId: 'generative-credits', reason: 'quote_expired' });
    await waitFor(() => expect(updateButton(dialog)).toBeEnabled());

    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expect(engine.ledger).toHaveLength(1);
    expect(requestsOf(requests, 'PUT')).toHaveLength(2);
    const [expired, fresh] = requestsOf(requests, 'PUT');
    expect(fresh?.idempotencyKey).not.toBe(expired?.idempotencyKey);
    expectReadableText();
  });

  it('shows the new figures after the subscription changed between quote and confirm, and asks again', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const { user, events } = renderPanel();
    const dialog = await reviewOneMoreUnit(user);
    expect(within(dialog).getByText('1 unit × $10.00 × 3 users = $30.00')).toBeInTheDocument();

    // A fourth user joins elsewhere, so one more unit now costs $40.00.
    engine.setSubscription(basicSubscription({ seats: 4 }));
    await user.click(updateButton(dialog));
    expect(await within(dialog).findByText('1 unit × $10.00 × 4 users = $40.00')).toBeInTheDocument();
    // The reason, not only the new price: the customer may not know a teammate changed the subscription.
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Your subscription changed in the meantime. Review the new figures and confirm again.',
    );
    expect(within(dialog).getByText('$40.00 is charged now to the payment method on file.')).toBeInTheDocument();
    expect(engine.ledger).toHaveLength(0);
    expect(events).toContainEqual({ type: 'quote_refreshed', addOnId: 'generative-credits', reason: 'conflict' });
    await waitFor(() => expect(updateButton(dialog)).toBeEnabled());

    await confirmChange(user, dialog);
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expect(engine.ledger).toEqual([expect.objectContaining({ amount: { amount: 4000, currency: 'USD' } })]);
    expect(screen.getByText('4 users')).toBeInTheDocument();
    expectReadableText();
  });
});
