// toNodeHandler under node:http and Express the way hosts mount it: under a prefix beside other
// routes, after express.json(), and with clients that go away.
import { request as httpRequest } from 'node:http';
import express from 'express';
import { describe, expect, it, vi } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import type { AdapterCallOptions } from '../../src/core/types';
import { type BillingBackend, createBillingHandler, createMemoryBackend, toNodeHandler } from '../../src/server';
import { jsonHeaders, send, serveBilling, serveListener } from '../support/billingServers';
import { unitsOf } from '../support/unitsOf';

const ADD_ON = 'generative-credits';
const identify = () => ({ customerId: 'alice' });

function memoryHandler(basePath?: string) {
  const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
  return { backend, handler: createBillingHandler({ backend, identify, ...(basePath && { basePath }) }) };
}

/** alice's memory backend, whose getSubscription first runs `see` with the call's options. */
function backendSeeing(see: (options?: AdapterCallOptions) => Promise<void>): BillingBackend {
  const memory = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
  return {
    ...memory,
    getSubscription: async (customer, options) => {
      await see(options);
      return memory.getSubscription(customer);
    },
  };
}

/** Sends a GET of the subscription on a connection of its own; returns how to close it unanswered. */
function getAndLeave(origin: string): () => void {
  const { port } = new URL(origin);
  const client = httpRequest({ host: '127.0.0.1', port, path: '/api/billing/subscription', agent: false });
  client.on('error', () => {});
  client.end();
  return () => client.destroy();
}

/** An increase through the API at `base`: a quote, then its update; returns the two answers' statuses. */
async function increase(origin: string, base = '/api/billing') {
  const quoted = await send(origin, {
    method: 'POST',
    path: `${base}/add-ons/${ADD_ON}/quotes`,
    headers: jsonHeaders(),
    body: '{"units":2}',
  });
  const { quote } = quoted.json as { quote: { id: string } };
  const updated = await send(origin, {
    method: 'PUT',
    path: `${base}/add-ons/${ADD_ON}`,
    headers: jsonHeaders({ 'Idempotency-Key': 'k1' }),
    body: JSON.stringify({ units: 2, quoteId: quote.id }),
  });
  return [quoted.status, updated.status];
}

describe('toNodeHandler under Express', () => {
  it('reads the mounted URL (originalUrl) when mounted under a prefix, and leaves other routes to next', async () => {
    const { handler, backend } = memoryHandler();
    const origin = await serveBilling('express', handler, {
      mountPath: '/api',
      after: (app) => {
        app.get('/api/health', (_req, res) => {
          res.json({ ok: true });
        });
      },
    });
    expect(await increase(origin)).toEqual([200, 200]);
    expect(backend.ledger('alice')).toHaveLength(1);
    // Not under /api/billing: Express's next route answers.
    expect(await send(origin, { path: '/api/health' })).toMatchObject({ status: 200, json: { ok: true } });
  });

  it('answers 404 itself for an unknown path under its base path, rather than passing it on', async () => {
    const { handler } = memoryHandler();
    const fallback = vi.fn();
    const origin = await serveBilling('express', handler, {
      mountPath: '/',
      after: (app) => {
        app.use((_req, res) => {
          fallback();
          res.status(418).json({ teapot: true });
        });
      },
    });
    expect(await send(origin, { path: '/api/billing/refunds' })).toMatchObject({
      status: 404,
      json: { error: { code: 'not_found' } },
    });
    expect(await send(origin, { path: '/elsewhere' })).toMatchObject({ status: 418 });
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('does not touch the body of a request it passes on', async () => {
    const { handler } = memoryHandler();
    const origin = await serveBilling('express', handler, {
      mountPath: '/',
      after: (app) => {
        app.post('/api/notes', express.json(), (req, res) => {
          res.json({ received: req.body });
        });
      },
    });
    const response = await send(origin, {
      method: 'POST',
      path: '/api/notes',
      headers: jsonHeaders(),
      body: '{"note":"hi"}',
    });
    expect(response).toMatchObject({ status: 200, json: { received: { note: 'hi' } } });
  });

  it('works after express.json() consumed the body, still refusing bodies over 8 KiB and bad JSON fields', async () => {
    const { handler, backend } = memoryHandler();
    const origin = await serveBilling('express', handler, {
      before: (app) => {
        app.use(express.json());
      },
    });
    expect(await increase(origin)).toEqual([200, 200]);
    expect(backend.ledger('alice')).toEqual([{ amount: 3000, currency: 'USD' }]);
    const large = await send(origin, {
      method: 'POST',
      path: `/api/billing/add-ons/${ADD_ON}/quotes`,
      headers: jsonHeaders(),
      body: JSON.stringify({ units: 2, padding: 'x'.repeat(9000) }),
    });
    expect(large).toMatchObject({ status: 413, json: { error: { code: 'invalid_request' } } });
    const fractional = await send(origin, {
      method: 'POST',
      path: `/api/billing/add-ons/${ADD_ON}/quotes`,
      headers: jsonHeaders(),
      body: '{"units":2.5}',
    });
    expect(fractional).toMatchObject({ status: 400, json: { error: { code: 'invalid_request' } } });
  });

  it('passes what a foreign fetch handler throws to next', async () => {
    const failure = new Error('boom');
    const app = express();
    app.use(toNodeHandler(() => Promise.reject(failure)));
    const seen = vi.fn();
    app.use((error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      seen(error);
      res.status(500).json({ handled: true });
    });
    const response = await send(await serveListener(app), { path: '/anything' });
    expect(response).toMatchObject({ status: 500, json: { handled: true } });
    expect(seen).toHaveBeenCalledWith(failure);
  });
});

describe('toNodeHandler under node:http', () => {
  it('serves a wrapper of the handler (a plain fetch handler) with a streamed body, its headers and cookies', async () => {
    const { handler, backend } = memoryHandler();
    const wrapped = async (request: Request) => {
      const response = await handler(request);
      const headers = new Headers(response.headers);
      headers.append('Set-Cookie', 'a=1; Path=/');
      headers.append('Set-Cookie', 'b=2; Path=/');
      headers.set('X-Wrapped', 'yes');
      return new Response(response.body, { status: response.status, headers });
    };
    const origin = await serveListener(toNodeHandler(wrapped));
    expect(await increase(origin)).toEqual([200, 200]);
    expect(backend.ledger('alice')).toHaveLength(1);
    const response = await send(origin, { path: '/api/billing/subscription' });
    expect(response.headers['x-wrapped']).toBe('yes');
    expect(response.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(response.headers['cache-control']).toBe('no-store');
    const chunked = await send(origin, {
      method: 'POST',
      path: `/api/billing/add-ons/${ADD_ON}/quotes`,
      headers: jsonHeaders(),
      chunks: ['{"units":2,"padding":"', 'x'.repeat(9000), '"}'],
    });
    expect(chunked.status).toBe(413);
  });

  it("gives identify the request's method, full URL and headers", async () => {
    const seen: { method: string; url: string; cookie: string | null }[] = [];
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    const handler = createBillingHandler({
      backend,
      identify: (request) => {
        seen.push({ method: request.method, url: request.url, cookie: request.headers.get('Cookie') });
        return { customerId: 'alice' };
      },
    });
    const origin = await serveBilling('express', handler, { mountPath: '/api' });
    await send(origin, {
      method: 'POST',
      path: `/api/billing/add-ons/${ADD_ON}/quotes?from=panel`,
      headers: jsonHeaders({ Cookie: 'session=s1', Host: 'app.example.com:8080' }),
      body: '{"units":2}',
    });
    expect(seen).toEqual([
      {
        method: 'POST',
        url: `http://app.example.com:8080/api/billing/add-ons/${ADD_ON}/quotes?from=panel`,
        cookie: 'session=s1',
      },
    ]);
  });

  it('answers 404 for paths outside the base path when there is no next', async () => {
    const { handler } = memoryHandler();
    const origin = await serveBilling('node:http', handler);
    expect(await send(origin, { path: '/favicon.ico' })).toMatchObject({
      status: 404,
      json: { error: { code: 'not_found' } },
    });
  });

  it('serves a custom base path', async () => {
    const { handler } = memoryHandler('/billing/v1/');
    const origin = await serveBilling('node:http', handler);
    expect(await increase(origin, '/billing/v1')).toEqual([200, 200]);
    expect((await send(origin, { path: '/api/billing/subscription' })).status).toBe(404);
  });

  it('routes on the path, whatever the Host header says', async () => {
    const { handler } = memoryHandler();
    const origin = await serveBilling('node:http', handler);
    for (const host of ['evil.example/api/billing', 'a@b', 'x:99999999', '']) {
      const response = await send(origin, { path: '/api/billing/subscription', headers: { Host: host } });
      expect(response.status, host).toBe(200);
    }
  });

  it('answers a foreign handler that throws with a generic 500', async () => {
    const origin = await serveListener(toNodeHandler(() => Promise.reject(new Error('internal detail'))));
    const response = await send(origin, { path: '/x' });
    expect(response).toMatchObject({ status: 500, json: { error: { code: 'server' } } });
    expect(JSON.stringify(response.json)).not.toContain('internal detail');
  });

  it('aborts the backend call when the client goes away, and writing the late answer does not crash', async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const signals: AbortSignal[] = [];
    const handler = createBillingHandler({
      identify,
      backend: backendSeeing(async (options) => {
        if (options?.signal) signals.push(options.signal);
        await released;
      }),
    });
    const origin = await serveBilling('node:http', handler);
    const leave = getAndLeave(origin);
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    leave();
    await vi.waitFor(() => expect(signals[0]?.aborted).toBe(true));
    release();
    // The server is still up and answering.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const next = await send(origin, { path: '/api/billing/subscription' });
    expect(next.status).toBe(200);
  });

  it('applies no change of a client that went away before the memory backend was called', async () => {
    let leftAlready: () => void = () => {};
    const clientLeft = new Promise<void>((resolve) => {
      leftAlready = resolve;
    });
    let identified = 0;
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    const handler = createBillingHandler({
      backend,
      // The PUT's identify (the second call) answers once its client is gone.
      identify: async () => {
        identified += 1;
        if (identified === 2) await clientLeft;
        return { customerId: 'alice' };
      },
    });
    const origin = await serveBilling('node:http', handler);
    const quoted = await send(origin, {
      method: 'POST',
      path: `/api/billing/add-ons/${ADD_ON}/quotes`,
      headers: jsonHeaders(),
      body: '{"units":2}',
    });
    const { quote } = quoted.json as { quote: { id: string } };
    const { port } = new URL(origin);
    const client = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'PUT',
      path: `/api/billing/add-ons/${ADD_ON}`,
      headers: jsonHeaders({ 'Idempotency-Key': 'gone' }),
      agent: false,
    });
    client.on('error', () => {});
    client.end(JSON.stringify({ units: 2, quoteId: quote.id }));
    await vi.waitFor(() => expect(identified).toBe(2));
    client.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    leftAlready();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(backend.ledger('alice')).toEqual([]);
    expect(unitsOf(await backend.getSubscription({ customerId: 'alice' })).units).toBe(1);
  });

  it('gives a backend called only after the client went away an aborted signal', async () => {
    let leftAlready: () => void = () => {};
    const clientLeft = new Promise<void>((resolve) => {
      leftAlready = resolve;
    });
    const aborted: boolean[] = [];
    const handler = createBillingHandler({
      // identify answers once the client is gone, so the signal is first read after that.
      identify: async () => {
        await clientLeft;
        return { customerId: 'alice' };
      },
      backend: backendSeeing(async (options) => {
        aborted.push(options?.signal?.aborted ?? false);
      }),
    });
    const origin = await serveBilling('node:http', handler);
    const leave = getAndLeave(origin);
    await new Promise((resolve) => setTimeout(resolve, 50));
    leave();
    await new Promise((resolve) => setTimeout(resolve, 50));
    leftAlready();
    await expect.poll(() => aborted).toEqual([true]);
  });
});
