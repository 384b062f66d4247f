// The handler as a Fetch-API function (Next.js route handlers, Bun, Deno, workers): what it does
// with identify, the request's signal, streamed bodies and a host's mistakes.
import { describe, expect, it, vi } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import {
  type BillingBackend,
  type BillingHandlerOptions,
  createBillingHandler,
  createMemoryBackend,
} from '../../src/server';

const ORIGIN = 'https://app.example.com';
const ADD_ON = 'generative-credits';

function handlerWith(options: Partial<BillingHandlerOptions> = {}) {
  const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
  return createBillingHandler({ backend, identify: () => ({ customerId: 'alice' }), ...options });
}

async function answer(response: Response) {
  return { status: response.status, body: await response.json() };
}

const quoteRequest = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}/api/billing/add-ons/${ADD_ON}/quotes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

describe('createBillingHandler as a fetch handler', () => {
  it('answers an identify that throws with a generic 500, never 401, and gives the error to onError', async () => {
    const failure = new Error('session store unreachable at redis://10.1.2.3');
    const onError = vi.fn();
    const handler = handlerWith({
      identify: () => {
        throw failure;
      },
      onError,
    });
    const request = new Request(`${ORIGIN}/api/billing/subscription`);
    const { status, body } = await answer(await handler(request));
    expect(status).toBe(500);
    expect(body.error.code).toBe('server');
    expect(body.error.message).not.toContain('redis');
    expect(onError).toHaveBeenCalledWith(failure, request);
  });

  it('treats an identify result without a customerId as a bug: 500 and onError', async () => {
    const onError = vi.fn();
    for (const customer of [{ customerId: '' }, { id: 'alice' }, 'alice']) {
      const handler = handlerWith({ identify: () => customer as never, onError });
      expect((await handler(new Request(`${ORIGIN}/api/billing/subscription`))).status).toBe(500);
    }
    expect(onError).toHaveBeenCalledTimes(3);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(TypeError);
  });

  it('awaits an async identify', async () => {
    const handler = handlerWith({ identify: async () => null });
    expect((await answer(await handler(new Request(`${ORIGIN}/api/billing/subscription`)))).status).toBe(401);
  });

  it('answers the same when onError itself throws', async () => {
    const handler = handlerWith({
      backend: { ...createMemoryBackend({ subscriptions: {} }), getSubscription: () => Promise.reject(new Error('x')) },
      onError: () => {
        throw new Error('logger down');
      },
    });
    expect((await answer(await handler(new Request(`${ORIGIN}/api/billing/subscription`)))).status).toBe(500);
  });

  it('answers a backend that returns nothing with a 500 and onError, not an empty body', async () => {
    const onError = vi.fn();
    const handler = handlerWith({
      backend: { ...createMemoryBackend({ subscriptions: {} }), getSubscription: async () => undefined as never },
      onError,
    });
    const { status, body } = await answer(await handler(new Request(`${ORIGIN}/api/billing/subscription`)));
    expect({ status, code: body.error.code }).toEqual({ status: 500, code: 'server' });
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it('passes the request signal to the backend', async () => {
    const signals: (AbortSignal | undefined)[] = [];
    const memory = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    const backend: BillingBackend = {
      getSubscription: (customer, options) => {
        signals.push(options?.signal);
        return memory.getSubscription(customer, options);
      },
      quoteAddOn: (customer, request, options) => {
        signals.push(options?.signal);
        return memory.quoteAddOn(customer, request, options);
      },
      updateAddOn: memory.updateAddOn,
    };
    const handler = handlerWith({ backend });
    const controller = new AbortController();
    const get = new Request(`${ORIGIN}/api/billing/subscription`, { signal: controller.signal });
    await handler(get);
    const post = quoteRequest('{"units":2}');
    await handler(post);
    controller.abort();
    expect(signals).toHaveLength(2);
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]).toBe(post.signal);
  });

  it('stops reading a streamed body at the first bytes over 8 KiB', async () => {
    let pulled = 0;
    let cancelled = false;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = new TextEncoder().encode(pulled === 0 ? `{"units":2,"x":"${'x'.repeat(1000)}` : 'x'.repeat(1024));
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const { status, body } = await answer(await handlerWith()(quoteRequest(endless)));
    expect({ status, code: body.error.code }).toEqual({ status: 413, code: 'invalid_request' });
    expect(pulled).toBeLessThan(8 * 1024 + 3 * 1024);
    await vi.waitFor(() => expect(cancelled).toBe(true));
  });

  it('refuses a declared Content-Length over 8 KiB before reading anything', async () => {
    let pulled = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull() {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const response = await handlerWith()(quoteRequest(body, { 'Content-Length': '9000' }));
    expect(response.status).toBe(413);
    expect(pulled).toBe(false);
  });

  it('answers 400 to a body that is not UTF-8', async () => {
    const response = await handlerWith()(quoteRequest(new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x3a, 0x31, 0x7d])));
    expect(await answer(response)).toMatchObject({ status: 400, body: { error: { code: 'invalid_request' } } });
  });

  it('serves under a base path given with or without slashes', async () => {
    for (const basePath of ['billing', '/billing/', 'billing//']) {
      const handler = handlerWith({ basePath });
      expect(handler.basePath).toBe('/billing');
      expect((await handler(new Request(`${ORIGIN}/billing/subscription`))).status).toBe(200);
      expect((await handler(new Request(`${ORIGIN}/billingsubscription`))).status).toBe(404);
    }
  });

  it('checks in the documented order: 404, 405, 401, origin 403, canManage 403, 415, key 400, 413, body 400', async () => {
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    const handler = (customer: { customerId: string; canManage?: boolean } | null) =>
      createBillingHandler({ backend, identify: () => customer, allowedOrigins: [ORIGIN] });
    const viewer = { customerId: 'alice', canManage: false };
    const put = (path: string, headers: Record<string, string>, body: string, method = 'PUT') =>
      new Request(`${ORIGIN}/api/billing${path}`, { method, headers, body });
    const big = 'x'.repeat(9000);
    const cases: [Response, number][] = [
      [await handler(null)(put('/nowhere', {}, big)), 404],
      [await handler(null)(put('/subscription', {}, big)), 405],
      [await handler(null)(put(`/add-ons/${ADD_ON}`, {}, big)), 401],
      [await handler(viewer)(put(`/add-ons/${ADD_ON}`, { Origin: 'https://evil.example' }, big)), 403],
      [await handler(viewer)(put(`/add-ons/${ADD_ON}`, { Origin: ORIGIN }, big)), 403],
      [await handler({ customerId: 'alice' })(put(`/add-ons/${ADD_ON}`, { Origin: ORIGIN }, big)), 415],
      [
        await handler({ customerId: 'alice' })(
          put(`/add-ons/${ADD_ON}`, { Origin: ORIGIN, 'Content-Type': 'application/json' }, big),
        ),
        400,
      ],
      [
        await handler({ customerId: 'alice' })(
          put(
            `/add-ons/${ADD_ON}`,
            { Origin: ORIGIN, 'Content-Type': 'application/json', 'Idempotency-Key': 'k' },
            big,
          ),
        ),
        413,
      ],
      [
        await handler({ customerId: 'alice' })(
          put(
            `/add-ons/${ADD_ON}`,
            { Origin: ORIGIN, 'Content-Type': 'application/json', 'Idempotency-Key': 'k' },
            '{',
          ),
        ),
        400,
      ],
    ];
    expect(cases.map(([response]) => response.status)).toEqual(cases.map(([, status]) => status));
    const codes = await Promise.all(cases.map(async ([response]) => (await response.json()).error.code));
    expect(codes).toEqual([
      'not_found',
      'invalid_request',
      'unauthorized',
      'forbidden',
      'forbidden',
      'invalid_request',
      'invalid_request',
      'invalid_request',
      'invalid_request',
    ]);
  });

  it('refuses options a host got wrong, when created rather than at the first request', () => {
    const backend = createMemoryBackend({ subscriptions: {} });
    const identify = () => null;
    expect(() => createBillingHandler({ backend: {} as BillingBackend, identify })).toThrow(TypeError);
    expect(() => createBillingHandler({ backend, identify: undefined as never })).toThrow(TypeError);
    expect(() => createBillingHandler({ backend, identify, allowedOrigins: ['not a url'] })).toThrow(TypeError);
    expect(() => createBillingHandler({ backend, identify, allowedOrigins: ['file:///etc'] })).toThrow(TypeError);
  });

  it('compares allowedOrigins as origins: a listed URL with a path or upper case still matches', async () => {
    const handler = handlerWith({ allowedOrigins: ['https://App.Example.com/billing'] });
    const response = await handler(quoteRequest('{"units":2}', { Origin: 'https://app.example.com' }));
    expect(response.status).toBe(200);
  });
});
