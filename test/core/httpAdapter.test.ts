import { delay, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { createHttpAdapter } from '../../src/core/adapters/http';
import type { BillingErrorCode } from '../../src/core/errors';
import { sampleQuote } from '../support/quotes';
import { expectBillingError } from './expectBillingError';

const BASE = 'http://billing.test/api';
const ADD_ON = 'generative-credits';
const RETRYABLE: readonly BillingErrorCode[] = ['network', 'timeout', 'rate_limited', 'server'];

const quote = sampleQuote({ addOnId: ADD_ON });

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** Records every request the handlers see, with its body read as text. */
function recorder() {
  const seen: { method: string; url: string; headers: Headers; body: string }[] = [];
  const record = async (request: Request) => {
    seen.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: await request.clone().text(),
    });
  };
  return { seen, record };
}

/** Answers every route of the API with `respond`. */
function everyRoute(respond: (info: { request: Request }) => Response | Promise<Response>) {
  server.use(
    http.get(`${BASE}/subscription`, respond),
    http.post(`${BASE}/add-ons/:addOnId/quotes`, respond),
    http.put(`${BASE}/add-ons/:addOnId`, respond),
  );
}

const calls = {
  getSubscription: (adapter = createHttpAdapter({ baseUrl: BASE })) => adapter.getSubscription(),
  quoteAddOn: (adapter = createHttpAdapter({ baseUrl: BASE })) => adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 }),
  updateAddOn: (adapter = createHttpAdapter({ baseUrl: BASE })) =>
    adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: 'quote_1', idempotencyKey: 'key-1' }),
};
const callNames = Object.keys(calls) as (keyof typeof calls)[];

describe('requests and success paths', () => {
  it('GETs {baseUrl}/subscription and returns the validated subscription', async () => {
    const { seen, record } = recorder();
    server.use(
      http.get(`${BASE}/subscription`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ subscription: basicSubscription() });
      }),
    );
    expect(await createHttpAdapter({ baseUrl: BASE }).getSubscription()).toEqual(basicSubscription());
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', url: `${BASE}/subscription`, body: '' });
    expect(seen[0]?.headers.get('accept')).toBe('application/json');
  });

  it('returns null when the customer has no subscription', async () => {
    server.use(http.get(`${BASE}/subscription`, () => HttpResponse.json({ subscription: null })));
    expect(await createHttpAdapter({ baseUrl: BASE }).getSubscription()).toBeNull();
  });

  it('POSTs {"units": n} to {baseUrl}/add-ons/{addOnId}/quotes and returns the quote', async () => {
    const { seen, record } = recorder();
    server.use(
      http.post(`${BASE}/add-ons/:addOnId/quotes`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ quote });
      }),
    );
    expect(await createHttpAdapter({ baseUrl: BASE }).quoteAddOn({ addOnId: ADD_ON, units: 3 })).toEqual(quote);
    expect(seen[0]).toMatchObject({ method: 'POST', url: `${BASE}/add-ons/${ADD_ON}/quotes` });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ units: 3 });
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
  });

  it('PUTs {"units", "quoteId"} to {baseUrl}/add-ons/{addOnId} with an Idempotency-Key header', async () => {
    const { seen, record } = recorder();
    const updated = basicSubscription({ seats: 4 });
    server.use(
      http.put(`${BASE}/add-ons/:addOnId`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ subscription: updated });
      }),
    );
    const result = await createHttpAdapter({ baseUrl: BASE }).updateAddOn({
      addOnId: ADD_ON,
      units: 3,
      quoteId: 'quote_1',
      idempotencyKey: 'key-123',
    });
    expect(result).toEqual(updated);
    expect(seen[0]).toMatchObject({ method: 'PUT', url: `${BASE}/add-ons/${ADD_ON}` });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ units: 3, quoteId: 'quote_1' });
    expect(seen[0]?.headers.get('idempotency-key')).toBe('key-123');
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
  });

  it('encodes the add-on id in the path and ignores a trailing slash on baseUrl', async () => {
    const { seen, record } = recorder();
    server.use(
      http.post(`${BASE}/add-ons/:addOnId/quotes`, async ({ request, params }) => {
        await record(request);
        expect(params.addOnId).toBe('a b/c');
        return HttpResponse.json({ quote: { ...quote, addOnId: 'a b/c' } });
      }),
    );
    await createHttpAdapter({ baseUrl: `${BASE}/` }).quoteAddOn({ addOnId: 'a b/c', units: 3 });
    expect(seen[0]?.url).toBe(`${BASE}/add-ons/a%20b%2Fc/quotes`);
  });

  it('uses the fetch it is given, with credentials same-origin unless told otherwise', async () => {
    server.use(http.get(`${BASE}/subscription`, () => HttpResponse.json({ subscription: null })));
    const spy = vi.fn<typeof fetch>((input, init) => fetch(input, init));
    await createHttpAdapter({ baseUrl: BASE, fetch: spy }).getSubscription();
    await createHttpAdapter({ baseUrl: BASE, fetch: spy, credentials: 'include' }).getSubscription();
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
    expect(spy.mock.calls[1]?.[1]?.credentials).toBe('include');
  });
});

describe('headers', () => {
  it('sends an object of headers with every request', async () => {
    const { seen, record } = recorder();
    everyRoute(async ({ request }) => {
      await record(request);
      return HttpResponse.json({ error: { code: 'server', message: 'x' } }, { status: 500 });
    });
    const adapter = createHttpAdapter({ baseUrl: BASE, headers: { Authorization: 'Bearer static' } });
    for (const name of callNames) await calls[name](adapter).catch(() => undefined);
    expect(seen.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer static',
      'Bearer static',
      'Bearer static',
    ]);
  });

  it.each([
    { label: 'a function', async: false },
    { label: 'an async function', async: true },
  ])('calls headers given as $label for every request (a fresh token each time)', async ({ async }) => {
    const { seen, record } = recorder();
    everyRoute(async ({ request }) => {
      await record(request);
      if (request.method === 'GET') return HttpResponse.json({ subscription: basicSubscription() });
      if (request.method === 'POST') return HttpResponse.json({ quote });
      return HttpResponse.json({ subscription: basicSubscription() });
    });
    let issued = 0;
    const headers = vi.fn(() => {
      issued += 1;
      const value = { Authorization: `Bearer token-${issued}` };
      return async ? Promise.resolve(value) : value;
    });
    const adapter = createHttpAdapter({ baseUrl: BASE, headers });
    await adapter.getSubscription();
    await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    await adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: 'quote_1', idempotencyKey: 'k' });
    await adapter.getSubscription();
    expect(headers).toHaveBeenCalledTimes(4);
    expect(seen.map((request) => request.headers.get('authorization'))).toEqual([
      'Bearer token-1',
      'Bearer token-2',
      'Bearer token-3',
      'Bearer token-4',
    ]);
    expect(seen[2]?.headers.get('idempotency-key')).toBe('k');
  });
});

describe('headers, merged as HTTP does', () => {
  it('sends one value per header whatever the spelling of the caller’s: its own Idempotency-Key and Content-Type win', async () => {
    const { seen, record } = recorder();
    server.use(
      http.put(`${BASE}/add-ons/:addOnId`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ subscription: basicSubscription() });
      }),
    );
    const adapter = createHttpAdapter({
      baseUrl: BASE,
      headers: { 'idempotency-key': 'static', 'content-type': 'text/plain', accept: 'application/vnd.billing+json' },
    });
    await adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: 'quote_1', idempotencyKey: 'key-9' });
    expect(seen[0]?.headers.get('idempotency-key')).toBe('key-9');
    expect(seen[0]?.headers.get('content-type')).toBe('application/json');
    // Accept is the caller's to choose.
    expect(seen[0]?.headers.get('accept')).toBe('application/vnd.billing+json');
  });
});

describe('waiting, bounded by the timeout and the caller’s abort', () => {
  it('times out while the host’s headers() has not answered, and sends nothing', async () => {
    const handler = vi.fn(() => HttpResponse.json({ subscription: null }));
    everyRoute(handler);
    const adapter = createHttpAdapter({ baseUrl: BASE, timeoutMs: 30, headers: () => new Promise(() => undefined) });
    const started = Date.now();
    await expectBillingError(() => adapter.getSubscription(), 'timeout');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(handler).not.toHaveBeenCalled();
  });

  it('ends at the caller’s abort while headers() is pending', async () => {
    const controller = new AbortController();
    const adapter = createHttpAdapter({ baseUrl: BASE, headers: () => new Promise(() => undefined) });
    const pending = adapter.getSubscription({ signal: controller.signal });
    controller.abort();
    await expectBillingError(() => pending, 'aborted');
  });

  it('times out a host fetch that ignores its abort signal', async () => {
    const adapter = createHttpAdapter({ baseUrl: BASE, timeoutMs: 30, fetch: () => new Promise(() => undefined) });
    await expectBillingError(() => adapter.getSubscription(), 'timeout');
  });

  it('treats a timeoutMs beyond what timers hold (2^31 ms) as no timeout, not as an instant one', async () => {
    server.use(
      http.get(`${BASE}/subscription`, async () => {
        await delay(40);
        return HttpResponse.json({ subscription: null });
      }),
    );
    expect(await createHttpAdapter({ baseUrl: BASE, timeoutMs: 2 ** 31 }).getSubscription()).toBeNull();
  });
});

describe('what a server says, as it reaches an alert', () => {
  it('drops control and bidi-override characters and bounds the length of a server’s message', async () => {
    const message = `Card\u0000 declined\u202e by the bank\n${'x'.repeat(100_000)}`;
    everyRoute(() => HttpResponse.json({ error: { code: 'payment_failed', message } }, { status: 402 }));
    const error = await expectBillingError(() => calls.updateAddOn(), 'payment_failed');
    expect(error.message.startsWith('Card declined by the bank x')).toBe(true);
    expect(error.message).toHaveLength(300);
    expect(error.message.endsWith('…')).toBe(true);
  });

  it('falls back to its own message when a server’s message is only control characters', async () => {
    everyRoute(() => HttpResponse.json({ error: { code: 'conflict', message: '\u202e\u0007 ' } }, { status: 409 }));
    const error = await expectBillingError(() => calls.quoteAddOn(), 'conflict');
    expect(error.message).toBe('The subscription changed since this was loaded.');
  });
});

describe('add-on ids that would leave their path segment', () => {
  it.each(['.', '..'])('refuses "%s" without sending anything', async (addOnId) => {
    const handler = vi.fn(() => HttpResponse.json({ quote }));
    everyRoute(handler);
    server.use(http.post(`${BASE}/quotes`, handler), http.put(`${BASE}/`, handler));
    const adapter = createHttpAdapter({ baseUrl: BASE });
    await expectBillingError(() => adapter.quoteAddOn({ addOnId, units: 1 }), 'not_found');
    await expectBillingError(
      () => adapter.updateAddOn({ addOnId, units: 1, quoteId: 'q', idempotencyKey: 'k' }),
      'not_found',
    );
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('error mapping', () => {
  it.each([
    { status: 409, code: 'conflict', message: 'The subscription changed.' },
    { status: 402, code: 'payment_failed', message: 'Card declined.' },
    { status: 410, code: 'quote_expired', message: 'Quote expired.' },
    { status: 422, code: 'invalid_units', message: 'Units out of range.' },
    { status: 409, code: 'subscription_inactive', message: 'Canceled.' },
    { status: 400, code: 'rate_limited', message: 'Slow down.' },
    { status: 500, code: 'quote_expired', message: 'Expired, says a 500.' },
    { status: 401, code: 'forbidden', message: 'Not an admin.' },
  ] as const)(
    'uses the code of the error body over the status ($status with $code)',
    async ({ status, code, message }) => {
      everyRoute(() => HttpResponse.json({ error: { code, message } }, { status }));
      for (const name of callNames) {
        const error = await expectBillingError(() => calls[name](), code);
        expect(error.message).toBe(message);
        expect(error.status).toBe(status);
        expect(error.retryable).toBe(RETRYABLE.includes(code));
      }
    },
  );

  it.each([
    { status: 401, code: 'unauthorized' },
    { status: 403, code: 'forbidden' },
    { status: 404, code: 'not_found' },
    { status: 429, code: 'rate_limited' },
    { status: 500, code: 'server' },
    { status: 502, code: 'server' },
    { status: 503, code: 'server' },
    { status: 504, code: 'server' },
  ] as const)('maps a bare $status to $code', async ({ status, code }) => {
    everyRoute(() => new HttpResponse(null, { status }));
    for (const name of callNames) {
      const error = await expectBillingError(() => calls[name](), code);
      expect(error.status).toBe(status);
      expect(error.retryable).toBe(RETRYABLE.includes(code));
      expect(error.message).not.toBe('');
    }
  });

  it.each([
    { label: 'an unknown code', body: { error: { code: 'teapot', message: 'I am a teapot' } } },
    { label: 'no error object', body: { message: 'nope' } },
    { label: 'a string error', body: { error: 'Unauthorized' } },
  ])('falls back to the status when the error body has $label', async ({ body }) => {
    everyRoute(() => HttpResponse.json(body, { status: 401 }));
    await expectBillingError(() => calls.getSubscription(), 'unauthorized');
  });

  it('maps a 502 with an HTML body to server', async () => {
    everyRoute(
      () =>
        new HttpResponse('<html><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
    );
    for (const name of callNames) {
      const error = await expectBillingError(() => calls[name](), 'server');
      expect(error.status).toBe(502);
      expect(error.retryable).toBe(true);
      expect(error.message).not.toContain('<html>');
    }
  });

  it('maps a rejected fetch to network', async () => {
    everyRoute(() => HttpResponse.error());
    for (const name of callNames) {
      const error = await expectBillingError(() => calls[name](), 'network');
      expect(error.retryable).toBe(true);
      expect(error.status).toBeUndefined();
    }
  });

  it('gives up after timeoutMs with timeout', async () => {
    everyRoute(async () => {
      await delay('infinite');
      return HttpResponse.json({ subscription: null });
    });
    const adapter = createHttpAdapter({ baseUrl: BASE, timeoutMs: 30 });
    const started = Date.now();
    for (const name of callNames) {
      const error = await expectBillingError(() => calls[name](adapter), 'timeout');
      expect(error.retryable).toBe(true);
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('does not time out a response that arrives within timeoutMs', async () => {
    server.use(
      http.get(`${BASE}/subscription`, async () => {
        await delay(10);
        return HttpResponse.json({ subscription: null });
      }),
    );
    expect(await createHttpAdapter({ baseUrl: BASE, timeoutMs: 1000 }).getSubscription()).toBeNull();
  });

  it("maps the caller's abort to aborted, mid-request", async () => {
    let arrived: () => void = () => undefined;
    const requestArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    everyRoute(async () => {
      arrived();
      await delay('infinite');
      return HttpResponse.json({ subscription: null });
    });
    const controller = new AbortController();
    const pending = createHttpAdapter({ baseUrl: BASE }).getSubscription({ signal: controller.signal });
    await requestArrived;
    controller.abort();
    const error = await expectBillingError(() => pending, 'aborted');
    expect(error.retryable).toBe(false);
  });

  it('does not send a request when the signal is already aborted', async () => {
    const handler = vi.fn(() => HttpResponse.json({ subscription: null }));
    everyRoute(handler);
    const controller = new AbortController();
    controller.abort();
    const adapter = createHttpAdapter({ baseUrl: BASE });
    const { signal } = controller;
    await expectBillingError(() => adapter.getSubscription({ signal }), 'aborted');
    await expectBillingError(() => adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 }, { signal }), 'aborted');
    await expectBillingError(
      () => adapter.updateAddOn({ addOnId: ADD_ON, units: 3, quoteId: 'q', idempotencyKey: 'k' }, { signal }),
      'aborted',
    );
    expect(handler).not.toHaveBeenCalled();
  });

  it.each([
    { label: 'plain text', body: 'OK', type: 'text/plain' },
    { label: 'HTML', body: '<!doctype html><title>Login</title>', type: 'text/html' },
    { label: 'an empty body', body: '', type: 'application/json' },
    { label: 'truncated JSON', body: '{"subscription": {', type: 'application/json' },
  ])('maps a 200 with $label to invalid_response', async ({ body, type }) => {
    everyRoute(() => new HttpResponse(body, { status: 200, headers: { 'Content-Type': type } }));
    for (const name of callNames) {
      const error = await expectBillingError(() => calls[name](), 'invalid_response');
      expect(error.retryable).toBe(false);
    }
  });

  it.each([
    { label: 'no "subscription" key', body: { data: basicSubscription() } },
    { label: 'JSON null', body: null },
    { label: 'a JSON array', body: [basicSubscription()] },
  ])('maps a 200 subscription body with $label to invalid_response', async ({ body }) => {
    server.use(http.get(`${BASE}/subscription`, () => HttpResponse.json(body)));
    await expectBillingError(() => calls.getSubscription(), 'invalid_response');
  });

  it('maps a schema-breaking subscription to invalid_response naming the field', async () => {
    const broken = basicSubscription();
    (broken.addOns[0] as unknown as { unitPrice: { amount: unknown } }).unitPrice.amount = '10.00';
    server.use(
      http.get(`${BASE}/subscription`, () => HttpResponse.json({ subscription: broken })),
      http.put(`${BASE}/add-ons/:addOnId`, () => HttpResponse.json({ subscription: broken })),
    );
    for (const name of ['getSubscription', 'updateAddOn'] as const) {
      const error = await expectBillingError(() => calls[name](), 'invalid_response');
      expect(error.message).toContain('subscription.addOns.0.unitPrice.amount');
    }
  });

  it('maps a schema-breaking quote to invalid_response naming the field', async () => {
    server.use(
      http.post(`${BASE}/add-ons/:addOnId/quotes`, () =>
        HttpResponse.json({ quote: { ...quote, dueNow: { amount: 60.5, currency: 'USD' } } }),
      ),
    );
    const error = await expectBillingError(() => calls.quoteAddOn(), 'invalid_response');
    expect(error.message).toContain('quote.dueNow.amount');
  });

  it('maps an update answered with a null subscription to invalid_response', async () => {
    server.use(http.put(`${BASE}/add-ons/:addOnId`, () => HttpResponse.json({ subscription: null })));
    await expectBillingError(() => calls.updateAddOn(), 'invalid_response');
  });
});
