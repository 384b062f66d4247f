import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { delay, HttpResponse, http } from 'msw';
import { type BillingErrorCode, createHttpAdapter, type Subscription } from 'react-billing-widget/core';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { defaultMessages } from '../../src/messages';
import { guardAgainstSilentFailures } from '../support/faultGuards';
import { BASE_URL, renderPanel, setupMockServer } from '../support/mockBackend';
import { confirmChange, openReview, openStepper, outcome, reviewOneMoreUnit, updateButton } from '../support/panelFlow';
import { expectReadableText } from '../support/readableText';
import { recordRequests, requestsOf } from '../support/requestLog';

// Issue 6, "nothing lost, nothing charged twice": every fault, injected where the widget loads,
// quotes or applies, must end in a clear message and a way forward, and the ledger of the
// memory engine behind the mocks must show no charge or exactly one.

const mock = setupMockServer();
guardAgainstSilentFailures();

const ADD_ON = 'generative-credits';
const TIMEOUT_MS = 250;
const errors = defaultMessages.errors;

type Phase = 'load' | 'quote' | 'update';
type Engine = ReturnType<typeof mock.use>['engine'];

const ROUTES: Record<Phase, { method: 'get' | 'post' | 'put'; path: string }> = {
  load: { method: 'get', path: `${BASE_URL}/subscription` },
  quote: { method: 'post', path: `${BASE_URL}/add-ons/:addOnId/quotes` },
  update: { method: 'put', path: `${BASE_URL}/add-ons/:addOnId` },
};

/** A body that is valid JSON but breaks the schema, per route. */
function schemaBreaking(phase: Phase, engine: Engine): unknown {
  const subscription = engine.peek() as Subscription;
  if (phase === 'quote') {
    return { quote: { id: 'q', addOnId: ADD_ON, units: 2, change: 'increase', dueNow: { amount: 'lots' } } };
  }
  return { subscription: { ...subscription, seats: 0, addOns: [{ ...subscription.addOns[0], units: -1 }] } };
}

/** Applies the PUT to the engine as the real handler would: the server did its work, whatever the client sees. */
async function processUpdate(request: Request, engine: Engine) {
  const { units, quoteId } = (await request.clone().json()) as { units: number; quoteId: string };
  const idempotencyKey = request.headers.get('Idempotency-Key') ?? '';
  await engine.updateAddOn({ addOnId: ADD_ON, units, quoteId, idempotencyKey }).catch(() => undefined);
}

interface Fault {
  name: string;
  /** The error code the widget should explain. */
  code: BillingErrorCode;
  /** The faulty response; `undefined` falls through to the real mock handler. */
  respond: (request: Request, phase: Phase, engine: Engine) => Promise<Response | undefined>;
  /** On PUT: the server applied the change before the client lost or misread the answer. */
  processed?: boolean;
}

const FAULTS: Fault[] = [
  { name: 'a network drop', code: 'network', respond: async () => HttpResponse.error() },
  {
    name: 'a network drop after the server applied the change',
    code: 'network',
    processed: true,
    respond: async () => HttpResponse.error(),
  },
  {
    name: 'a 500',
    code: 'server',
    respond: async () => HttpResponse.json({ error: { code: 'server', message: 'boom' } }, { status: 500 }),
  },
  {
    name: 'a 502 with an HTML body',
    code: 'server',
    respond: async () =>
      new HttpResponse('<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>', {
        status: 502,
        headers: { 'Content-Type': 'text/html' },
      }),
  },
  {
    name: 'a 429 with a plain-text body',
    code: 'rate_limited',
    respond: async () =>
      new HttpResponse('Too Many Requests', {
        status: 429,
        headers: { 'Content-Type': 'text/plain', 'Retry-After': '1' },
      }),
  },
  {
    name: 'a timeout (the server answers, late)',
    code: 'timeout',
    respond: async () => {
      await delay(TIMEOUT_MS * 3);
      return undefined;
    },
  },
  {
    name: 'malformed JSON',
    code: 'invalid_response',
    processed: true,
    respond: async () =>
      new HttpResponse('{"subscription": {"id": "sub_basic", "status": ', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
  },
  {
    name: 'a body that breaks the schema',
    code: 'invalid_response',
    processed: true,
    respond: async (_request, phase, engine) => HttpResponse.json(schemaBreaking(phase, engine) as never),
  },
];

/** The fault with this name, so a test names what it injects rather than counting entries. */
function faultNamed(name: string): Fault {
  const found = FAULTS.find((fault) => fault.name === name);
  if (!found) throw new Error(`no fault named "${name}"`);
  return found;
}

/** Every fault a request that changes nothing can meet: all but a drop after the server applied the change. */
const READ_FAULTS = FAULTS.filter((fault) => !fault.processed || fault.code === 'invalid_response');
const SERVER_ERROR = faultNamed('a 500');
const LOST_ANSWER_AFTER_APPLYING = faultNamed('a network drop after the server applied the change');

/** Injects `fault` into the first `times` requests of `phase`; later requests reach the real mock handler. */
function inject(phase: Phase, fault: Fault, engine: Engine, times = 1) {
  const state = { remaining: times, seen: 0 };
  const { method, path } = ROUTES[phase];
  mock.server.use(
    http[method](path, async ({ request }) => {
      state.seen += 1;
      if (state.remaining <= 0) return undefined;
      state.remaining -= 1;
      if (phase === 'update' && fault.processed) await processUpdate(request, engine);
      return fault.respond(request, phase, engine);
    }),
  );
  return state;
}

function render(options: { timeoutMs?: number } = {}) {
  const adapter = createHttpAdapter({ baseUrl: BASE_URL, timeoutMs: options.timeoutMs ?? TIMEOUT_MS });
  return renderPanel({ adapter });
}

/** Opens the stepper and adds one unit, without opening the dialog. */
async function openStepperAndIncrease(user: UserEvent) {
  await openStepper(user);
  await user.click(screen.getByRole('button', { name: 'Increase units' }));
}

/** From a loaded panel: +1 unit, review, confirm, and wait for the outcome. */
async function buyOneUnit(user: UserEvent) {
  await confirmChange(user, await reviewOneMoreUnit(user));
  await expectUpdated();
}

/** Once the dialog has closed: the live region reports the +1 unit. */
async function expectUpdated() {
  expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
}

async function findAlertSaying(text: string, root: HTMLElement = document.body) {
  const alert = await within(root).findByRole('alert', {}, { timeout: 3000 });
  await waitFor(() => expect(alert).toHaveTextContent(text));
  return alert;
}

/** Waits for any request the fault left running (a late answer) to finish before reading the ledger. */
const settle = () => act(() => delay(TIMEOUT_MS * 3 + 100));

/** Installs the mocks, renders, and opens the dialog for +1 unit with its quote ready. */
async function reachReadyDialog(options: Parameters<typeof mock.use>[0] = { scenario: 'basic' }) {
  const { engine } = mock.use(options);
  const rendered = render();
  const dialog = await reviewOneMoreUnit(rendered.user);
  return { engine, ...rendered, dialog, confirm: updateButton(dialog) };
}

/** The way forward after a failed attempt: press Update Add-On again; it must end in exactly one charge. */
async function confirmAgain(user: UserEvent, dialog: HTMLElement, engine: Engine) {
  await waitFor(() => expect(updateButton(dialog)).toBeEnabled());
  await confirmChange(user, dialog);
  await expectUpdated();
  await settle();
  expectCharged(engine, 1);
}

function expectCharged(engine: Engine, count: 0 | 1) {
  expect(engine.ledger).toHaveLength(count);
  if (count === 1) expect(engine.ledger[0]?.amount).toEqual({ amount: 3000, currency: 'USD' });
}

describe('fault matrix: loading the subscription (GET)', () => {
  it.each(READ_FAULTS)('explains $name, offers Retry, and recovers to one charge', async (fault) => {
    const { engine } = mock.use({ scenario: 'basic' });
    inject('load', fault, engine);
    const { user } = render();
    await findAlertSaying(errors[fault.code]);
    expect(screen.getByRole('alert')).toHaveTextContent(defaultMessages.loadError);
    expectReadableText();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await buyOneUnit(user);
    await settle();
    expectCharged(engine, 1);
    expectReadableText();
  });
});

describe('fault matrix: quoting (POST quotes)', () => {
  it.each(READ_FAULTS)('explains $name beside the stepper, offers Retry, and recovers to one charge', async (fault) => {
    const { engine } = mock.use({ scenario: 'basic' });
    inject('quote', fault, engine);
    const { user } = render();
    await openStepperAndIncrease(user);
    await findAlertSaying(errors[fault.code]);
    expectReadableText();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await confirmChange(user, await openReview(user));
    await expectUpdated();
    await settle();
    expectCharged(engine, 1);
  });

  it('keeps Update Add-On disabled while quoting keeps failing, and Cancel closes with nothing charged', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    inject('quote', SERVER_ERROR, engine, Number.POSITIVE_INFINITY);
    const { user } = render();
    await openStepperAndIncrease(user);
    await findAlertSaying(errors.server);
    await user.click(screen.getByRole('button', { name: 'Review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm add-on change' });
    await findAlertSaying(errors.server, dialog);
    expect(updateButton(dialog)).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expectCharged(engine, 0);
  });

  it('leaves expiry to the server: a browser clock ahead of the server still confirms, charging once', async () => {
    // The server's clock is 15 minutes behind the browser's, so every quote (valid 10 minutes by the
    // server) has an expiresAt already past by the browser's clock.
    const { engine } = mock.use({ scenario: 'basic', now: () => new Date(Date.now() - 15 * 60 * 1000) });
    const requests = recordRequests(mock.server);
    const { user, events } = render();
    const dialog = await reviewOneMoreUnit(user);
    await confirmAgain(user, dialog, engine);
    expect(requestsOf(requests, 'PUT')).toHaveLength(1);
    expect(events.filter((event) => event.type === 'quote_refreshed')).toEqual([]);
  });
});

describe('fault matrix: applying the change (PUT)', () => {
  it.each(FAULTS)('explains $name in the dialog; confirming again charges exactly once', async (fault) => {
    const { engine, user, dialog, confirm } = await reachReadyDialog({ scenario: 'basic' });
    inject('update', fault, engine);
    await user.click(confirm);
    await findAlertSaying(errors[fault.code], dialog);
    expectReadableText();
    expect(engine.ledger.length).toBeLessThanOrEqual(1);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeEnabled();
    await confirmAgain(user, dialog, engine);
  });

  it('shows the applied change after Cancel when the answer to a processed update was lost', async () => {
    const { engine, user, dialog, confirm, events } = await reachReadyDialog({ scenario: 'basic' });
    inject('update', LOST_ANSWER_AFTER_APPLYING, engine, Number.POSITIVE_INFINITY);
    await user.click(confirm);
    await findAlertSaying(errors.network, dialog);
    expectCharged(engine, 1);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The engine holds 2 units now; the panel must not keep claiming 1 and invite a second purchase.
    await screen.findAllByText('2 units');
    expectCharged(engine, 1);
    // And the customer, told the outcome was unknown, hears that it went through.
    expect(await outcome()).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    // The host hears it too (after the update_failed it was sent), e.g. to refresh its own entitlements.
    expect(events.filter((event) => event.type.startsWith('update_')).map((event) => event.type)).toEqual([
      'update_failed',
      'update_succeeded',
    ]);
  });

  it('announces nothing after Cancel when the update whose answer was lost had not been applied', async () => {
    const { engine, user, dialog, confirm, events } = await reachReadyDialog({ scenario: 'basic' });
    inject('update', SERVER_ERROR, engine, Number.POSITIVE_INFINITY);
    await user.click(confirm);
    await findAlertSaying(errors.server, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Past the reload the Cancel started.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('status')).not.toHaveTextContent(/updated/);
    expect(events.some((event) => event.type === 'update_succeeded')).toBe(false);
    expectCharged(engine, 0);
  });

  it('re-quotes after the server says the quote expired, then charges once', async () => {
    const clock = { offsetMs: 0 };
    const { engine } = mock.use({ scenario: 'basic', now: () => new Date(Date.now() + clock.offsetMs) });
    const { user } = render();
    const dialog = await reviewOneMoreUnit(user);
    clock.offsetMs = 11 * 60 * 1000;
    await user.click(updateButton(dialog));
    await findAlertSaying(defaultMessages.quoteRefreshed, dialog);
    expectCharged(engine, 0);
    await confirmAgain(user, dialog, engine);
  });

  it('re-quotes after a conflict (seats changed elsewhere) and charges the new figure once', async () => {
    const { engine, user, dialog, confirm } = await reachReadyDialog({ scenario: 'basic' });
    expect(within(dialog).getByText('$30.00')).toBeInTheDocument();
    engine.setSubscription(basicSubscription({ seats: 4 }));
    await user.click(confirm);
    await findAlertSaying(defaultMessages.errors.conflict, dialog);
    expectCharged(engine, 0);
    await waitFor(() => expect(within(dialog).getByText('$40.00')).toBeInTheDocument());
    await waitFor(() => expect(confirm).toBeEnabled());
    await confirmChange(user, dialog);
    await expectUpdated();
    expect(engine.ledger).toHaveLength(1);
    expect(engine.ledger[0]?.amount).toEqual({ amount: 4000, currency: 'USD' });
  });

  it('explains a declined payment, charges nothing, and succeeds once the card is fixed', async () => {
    const { engine, user, dialog, confirm } = await reachReadyDialog({ scenario: 'paymentFailure' });
    await user.click(confirm);
    await findAlertSaying(errors.payment_failed, dialog);
    expectCharged(engine, 0);
    expect(engine.peek()?.addOns[0]?.units).toBe(1);
    engine.setDeclinePayments(false);
    await confirmAgain(user, dialog, engine);
  });

  it('sends a new idempotency key after a decline, so a backend that replays results per key can succeed', async () => {
    const { engine } = mock.use({ scenario: 'paymentFailure' });
    // A strict backend (like Stripe) stores the decline under its key and answers it again for that key.
    const declinedKeys = new Set<string>();
    mock.server.use(
      http.put(ROUTES.update.path, async ({ request }) => {
        const key = request.headers.get('Idempotency-Key') ?? '';
        if (declinedKeys.has(key)) {
          return HttpResponse.json({ error: { code: 'payment_failed', message: 'Declined.' } }, { status: 402 });
        }
        return undefined;
      }),
    );
    const { user, events } = render();
    const dialog = await reviewOneMoreUnit(user);
    await user.click(updateButton(dialog));
    await findAlertSaying(errors.payment_failed, dialog);
    for (const event of events) if (event.type === 'confirm_clicked') declinedKeys.add(event.idempotencyKey);
    engine.setDeclinePayments(false);
    await confirmAgain(user, dialog, engine);
  });

  it('keeps the declined state after Cancel: nothing charged, nothing changed', async () => {
    const { engine, user, dialog, confirm } = await reachReadyDialog({ scenario: 'paymentFailure' });
    await user.click(confirm);
    await findAlertSaying(errors.payment_failed, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expectCharged(engine, 0);
    expect(engine.peek()?.addOns[0]?.units).toBe(1);
  });
});

describe('fault matrix: unmounting in the middle of a request', () => {
  it.each<Phase>(['load', 'quote', 'update'])(
    'unmounts during %s without errors, unhandled rejections or a second charge',
    async (phase) => {
      const { engine } = mock.use({ scenario: 'basic' });
      const entered = { count: 0 };
      const { method, path } = ROUTES[phase];
      mock.server.use(
        http[method](path, async () => {
          entered.count += 1;
          await delay(150);
          return undefined;
        }),
      );
      const { user, unmount } = render({ timeoutMs: 2000 });
      if (phase === 'quote') await openStepperAndIncrease(user);
      if (phase === 'update') {
        const dialog = await reviewOneMoreUnit(user);
        const before = entered.count;
        await user.click(updateButton(dialog));
        await waitFor(() => expect(entered.count).toBeGreaterThan(before));
      } else {
        await waitFor(() => expect(entered.count).toBeGreaterThan(0));
      }
      unmount();
      await act(() => delay(300));
      expect(engine.ledger.length).toBe(phase === 'update' ? 1 : 0);
    },
  );
});

describe('fault matrix: a slow backend', () => {
  it('shows loading, quoting and updating states on a slow backend and charges once', async () => {
    const { engine } = mock.use({ scenario: 'basic', delayMs: 300 });
    const { user } = render({ timeoutMs: 3000 });
    expect(screen.getByText(defaultMessages.loading)).toBeInTheDocument();
    await openStepperAndIncrease(user);
    expect(await screen.findByText(defaultMessages.updatingQuote)).toBeInTheDocument();
    const confirm = updateButton(await openReview(user));
    await user.click(confirm);
    expect(await screen.findByText(defaultMessages.updating)).toBeInTheDocument();
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 3000 });
    expect(await screen.findByRole('status')).toHaveTextContent('Generative Credits updated: you now have 2 units.');
    expectCharged(engine, 1);
  });

  it('uses the slow scenario delay for every response', async () => {
    const { engine } = mock.use({ scenario: 'slow', delayMs: 250 });
    const started = Date.now();
    const { user } = render({ timeoutMs: 3000 });
    await screen.findByRole('button', { name: 'Upgrade Credits' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    await buyOneUnit(user);
    expectCharged(engine, 1);
  });
});
