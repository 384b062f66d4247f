// Every row of contract section 7's table of HTTP answers, over real HTTP, served by node:http
// (toNodeHandler), Express (toNodeHandler mounted at the base path) and Hono (the fetch handler).
import { describe, expect, it, vi } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { BILLING_ERROR_CODES, BillingError, type BillingErrorCode } from '../../src/core/errors';
import {
  type BillingBackend,
  type BillingCustomer,
  type BillingHandlerOptions,
  createBillingHandler,
  createMemoryBackend,
} from '../../src/server';
import { jsonHeaders, type RawResponse, SERVER_KINDS, send, serveBilling } from '../support/billingServers';

const ADD_ON = 'generative-credits';
const QUOTE = `/api/billing/add-ons/${ADD_ON}/quotes`;
const UPDATE = `/api/billing/add-ons/${ADD_ON}`;
const SUBSCRIPTION = '/api/billing/subscription';

/** The customer a request names in its Authorization header ("Bearer alice"; "Bearer viewer" may not manage). */
function identifyByToken(request: Request): BillingCustomer | null {
  const token = request.headers.get('Authorization')?.replace(/^Bearer /, '');
  if (token === 'viewer') return { customerId: 'alice', canManage: false };
  return token ? { customerId: token } : null;
}

const AUTH = { Authorization: 'Bearer alice' };

/** Checks the contract's error answer: status, code, a message, JSON with no-store. */
function expectError(response: RawResponse, status: number, code: BillingErrorCode) {
  expect({ status: response.status, json: response.json }).toEqual({
    status,
    json: { error: { code, message: expect.stringMatching(/\w/) } },
  });
  expectJsonNoStore(response);
}

function expectJsonNoStore(response: RawResponse) {
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  expect(response.headers['cache-control']).toBe('no-store');
}

describe.each(SERVER_KINDS)('the handler served by %s answers as the contract table says', (kind) => {
  /** Serves a handler over a memory backend (alice on the Basic plan) unless a backend is given. */
  async function start(options: Partial<BillingHandlerOptions> = {}) {
    const backend = createMemoryBackend({ subscriptions: { alice: basicSubscription() } });
    const handler = createBillingHandler({ backend, identify: identifyByToken, ...options });
    return { origin: await serveBilling(kind, handler), backend };
  }

  async function quoteId(origin: string, units = 2): Promise<string> {
    const response = await send(origin, {
      method: 'POST',
      path: QUOTE,
      headers: jsonHeaders(AUTH),
      body: JSON.stringify({ units }),
    });
    return (response.json as { quote: { id: string } }).quote.id;
  }

  it('serves the three calls of section 4 as JSON with Cache-Control: no-store', async () => {
    const { origin, backend } = await start();
    const loaded = await send(origin, { path: SUBSCRIPTION, headers: AUTH });
    expect(loaded.status).toBe(200);
    expectJsonNoStore(loaded);
    expect(loaded.json).toEqual({ subscription: basicSubscription() });

    const quoted = await send(origin, { method: 'POST', path: QUOTE, headers: jsonHeaders(AUTH), body: '{"units":3}' });
    expect(quoted.status).toBe(200);
    expectJsonNoStore(quoted);
    const { quote } = quoted.json as { quote: { id: string } };
    expect(quote).toMatchObject({ addOnId: ADD_ON, units: 3, change: 'increase', dueNow: { amount: 6000 } });

    const updated = await send(origin, {
      method: 'PUT',
      path: UPDATE,
      headers: jsonHeaders({ ...AUTH, 'Idempotency-Key': 'key-1' }),
      body: JSON.stringify({ units: 3, quoteId: quote.id }),
    });
    expect(updated.status).toBe(200);
    expectJsonNoStore(updated);
    expect(updated.json).toMatchObject({ subscription: { addOns: [{ id: ADD_ON, units: 3 }] } });
    expect(backend.ledger('alice')).toEqual([{ amount: 6000, currency: 'USD' }]);
  });

  it('answers 401 unauthorized to every call when identify gives null', async () => {
    const { origin, backend } = await start();
    expectError(await send(origin, { path: SUBSCRIPTION }), 401, 'unauthorized');
    expectError(
      await send(origin, { method: 'POST', path: QUOTE, headers: jsonHeaders(), body: '{"units":2}' }),
      401,
      'unauthorized',
    );
    const put = await send(origin, {
      method: 'PUT',
      path: UPDATE,
      headers: jsonHeaders({ 'Idempotency-Key': 'k' }),
      body: '{"units":2,"quoteId":"quote_1"}',
    });
    expectError(put, 401, 'unauthorized');
    expect(backend.ledger('alice')).toEqual([]);
  });

  it('answers 403 forbidden to a PUT from a customer with canManage: false, who may still load and quote', async () => {
    const { origin, backend } = await start();
    const viewer = { Authorization: 'Bearer viewer' };
    expect((await send(origin, { path: SUBSCRIPTION, headers: viewer })).status).toBe(200);
    const quoted = await send(origin, {
      method: 'POST',
      path: QUOTE,
      headers: jsonHeaders(viewer),
      body: '{"units":2}',
    });
    expect(quoted.status).toBe(200);
    const { quote } = quoted.json as { quote: { id: string } };
    const put = await send(origin, {
      method: 'PUT',
      path: UPDATE,
      headers: jsonHeaders({ ...viewer, 'Idempotency-Key': 'k' }),
      body: JSON.stringify({ units: 2, quoteId: quote.id }),
    });
    expectError(put, 403, 'forbidden');
    expect(backend.ledger('alice')).toEqual([]);
  });

  it.each<{ label: string; headers: Record<string, string> }>([
    { label: 'no Content-Type', headers: {} },
    { label: 'text/plain', headers: { 'Content-Type': 'text/plain' } },
    { label: 'a form', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
    { label: 'JSON in Latin-1', headers: { 'Content-Type': 'application/json; charset=iso-8859-1' } },
  ])('answers 415 invalid_request to a POST or PUT with $label', async ({ headers }) => {
    const { origin } = await start();
    const post = await send(origin, {
      method: 'POST',
      path: QUOTE,
      headers: { ...AUTH, ...headers },
      body: '{"units":2}',
    });
    expectError(post, 415, 'invalid_request');
    const put = await send(origin, {
      method: 'PUT',
      path: UPDATE,
      headers: { ...AUTH, ...headers, 'Idempotency-Key': 'k' },
      body: JSON.stringify({ units: 2, quoteId: await quoteId(origin) }),
    });
    expectError(put, 415, 'invalid_request');
  });

  it('accepts application/json with a UTF-8 charset, in any case', async () => {
    const { origin } = await start();
    const post = await send(origin, {
      method: 'POST',
      path: QUOTE,
      headers: { ...AUTH, 'Content-Type': 'Application/JSON; Charset="UTF-8"' },
      body: '{"units":2}',
    });
    expect(post.status).toBe(200);
  });

  it('answers 413 invalid_request to a body over 8 KiB, declared or sent in chunks without a length', async () => {
    const { origin } = await start();
    const padding = 'x'.repeat(8 * 1024);
    const declared = await send(origin, {
      method: 'POST',
      path: QUOTE,
      headers: jsonHeaders(AUTH),
      body: JSON.stringify({ units: 2, padding }),
    });
    expectError(declared, 413, 'invalid_request');
    const chunked = await send(origin, {
      method: 'POST',
      path: QUOTE,
      headers: jsonHeaders(AUTH),
      chunks: ['{"units":2,"padding":"', padding, '"}'],
    });
    expectError(chunked, 413, 'invalid_request');
  });

  it('reads a body of exactly 8 KiB', async () => {
    const { origin } = await start();
    const frame = JSON.stringify({ units: 2, padding: '' });
    const body = JSON.stringify({ units: 2, padding: 'x'.repeat(8 * 1024 - frame.length) });
    expect(Buffer.byteLength(body)).toBe(8 * 1024);
    expect((await send(origin, { method: 'POST', path: QUOTE, headers: jsonHeaders(AUTH), body })).status).toBe(200);
  });

  it.each([
    { label: 'not JSON', body: '{"units":' },
    { label: 'empty', body: '' },
    { label: 'a JSON array', body: '[2]' },
    { label: 'JSON null', body: 'null' },
    { label: 'units missing', body: '{}' },
    { label: 'units as a string', body: '{"units":"2"}' },
    { label: 'units null', body: '{"units":null}' },
    { label: 'fractional units', body: '{"units":1.5}' },
    { label: 'negative units', body: '{"units":-1}' },
    { label: 'units past 2^53', body: '{"units":1e20}' },
  ])('answers 400 invalid_request to a quote whose body is $label', async ({ body }) => {
    const { origin } = await start();
    expectError(
      await send(origin, { method: 'POST', path: QUOTE, headers: jsonHeaders(AUTH), body }),
      400,
      'invalid_request',
    );
  });

  it.each([
    { label: 'no quoteId', body: { units: 2 } },
    { label: 'an empty quoteId', body: { units: 2, quoteId: '' } },
    { label: 'a numeric quoteId', body: { units: 2, quoteId: 1 } },
    { label: 'fractional units', body: { units: 2.5, quoteId: 'quote_1' } },
  ])('answers 400 invalid_request to an update with $label, and charges nothing', async ({ body }) => {
    const { origin, backend } = await start();
    await quoteId(origin);
    const put = await send(origin, {
      method: 'PUT',
      path: UPDATE,
      headers: jsonHeaders({ ...AUTH, 'Idempotency-Key': 'k' }),
      body: JSON.stringify(body),
    });
    expectError(put, 400, 'invalid_request');
    expect(backend.ledger('alice')).toEqual([]);
  });

  it('answers 422 invalid_units to a whole number out of the add-on range', async () => {
    const { origin } = await start();
    const post = await send(origin, { method: 'POST', path: QUOTE, headers: jsonHeaders(AUTH), body: '{"units":11}' });
    expectError(post, 422, 'invalid_units');
  });

  it.each([
    { label: 'no Idempotency-Key', key: undefined },
    { label: 'an empty one', key: '' },
    { label: 'one of 256 characters', key: 'k'.repeat(256) },
    { label: 'one with a space', key: 'my key' },
    { label: 'one with a non-ASCII character', key: 'clé' },
  ])('answers 400 invalid_request to a PUT with $label, and charges nothing', async ({ key }) => {
    const { origin, backend } = await start();
    const id = await quoteId(origin);
    const headers: Record<string, string> = jsonHeaders(AUTH);
    // node:http refuses to send a non-ASCII header value as a string; Latin-1 bytes are what a client would send.
    if (key !== undefined) headers['Idempotency-Key'] = Buffer.from(key, 'utf8').toString('latin1');
    const put = await send(origin, {
      method: 'PUT',
      path: UPDATE,
      headers,
      body: JSON.stringify({ units: 2, quoteId: id }),
    });
    expectError(put, 400, 'invalid_request');
    expect(backend.ledger('alice')).toEqual([]);
  });

  it('accepts an Idempotency-Key of 255 visible ASCII characters', async () => {
    const { origin, backend } = await start();
    const key = '!~'.repeat(127) + 'k';
    const put = await send(origin, {
      method: 'PUT',
      path: UPDATE,
      headers: jsonHeaders({ ...AUTH, 'Idempotency-Key': key }),
      body: JSON.stringify({ units: 2, quoteId: await quoteId(origin) }),
    });
    expect(put.status).toBe(200);
    expect(backend.ledger('alice')).toHaveLength(1);
  });

  it.each([
    '/api/billing/nothing-here',
    '/api/billing/',
    '/api/billing/subscription/',
    '/api/billing/subscription/extra',
    '/api/billing/add-ons',
    `/api/billing/add-ons/${ADD_ON}/quotes/q1`,
    `/api/billing/add-ons/${ADD_ON}/refunds`,
    '/api/billing//subscription',
  ])('answers 404 not_found to the unknown path %s', async (path) => {
    const { origin } = await start();
    expectError(await send(origin, { path, headers: AUTH }), 404, 'not_found');
  });

  it.each([
    { method: 'POST', path: SUBSCRIPTION, allow: 'GET' },
    { method: 'DELETE', path: SUBSCRIPTION, allow: 'GET' },
    { method: 'GET', path: QUOTE, allow: 'POST' },
    { method: 'PUT', path: QUOTE, allow: 'POST' },
    { method: 'GET', path: UPDATE, allow: 'PUT' },
    { method: 'POST', path: UPDATE, allow: 'PUT' },
    { method: 'PATCH', path: UPDATE, allow: 'PUT' },
  ])('answers 405 with Allow: $allow to $method $path', async ({ method, path, allow }) => {
    const { origin } = await start();
    // node:http sends no length for a GET or DELETE body, so those go without one.
    const body = method === 'GET' || method === 'DELETE' ? undefined : '{}';
    const response = await send(origin, { method, path, headers: jsonHeaders(AUTH), body });
    expectError(response, 405, 'invalid_request');
    expect(response.headers.allow).toBe(allow);
  });

  const STATUS_BY_CODE: Record<Exclude<BillingErrorCode, 'aborted'>, number> = {
    invalid_request: 400,
    unauthorized: 401,
    payment_failed: 402,
    forbidden: 403,
    not_found: 404,
    subscription_inactive: 409,
    conflict: 409,
    quote_expired: 410,
    invalid_units: 422,
    rate_limited: 429,
    server: 500,
    invalid_response: 502,
    network: 503,
    timeout: 504,
  };

  it('covers every error code of the contract but aborted in this table', () => {
    expect(Object.keys(STATUS_BY_CODE).sort()).toEqual(BILLING_ERROR_CODES.filter((code) => code !== 'aborted').sort());
  });

  it.each(Object.entries(STATUS_BY_CODE) as [BillingErrorCode, number][])(
    'answers a backend BillingError %s with its code, its message and status %i, whatever status it carries',
    async (code, status) => {
      const failing = () => Promise.reject(new BillingError(code, `The backend says ${code}.`, { status: 418 }));
      const backend: BillingBackend = { getSubscription: failing, quoteAddOn: failing, updateAddOn: failing };
      const { origin } = await start({ backend });
      const response = await send(origin, { path: SUBSCRIPTION, headers: AUTH });
      expectError(response, status, code);
      expect(response.json).toEqual({ error: { code, message: `The backend says ${code}.` } });
    },
  );

  it('answers anything else a backend throws with a generic 500 server, and gives it to onError', async () => {
    const failure = new Error('connect ECONNREFUSED 10.0.0.7:5432 (billing_db password=hunter2)');
    const backend: BillingBackend = {
      getSubscription: () => Promise.reject(failure),
      quoteAddOn: () => Promise.reject(failure),
      updateAddOn: () => Promise.reject(failure),
    };
    const onError = vi.fn();
    const { origin } = await start({ backend, onError });
    const response = await send(origin, { path: SUBSCRIPTION, headers: AUTH });
    expectError(response, 500, 'server');
    const text = JSON.stringify(response.json);
    for (const secret of ['ECONNREFUSED', '10.0.0.7', 'hunter2', 'billing_db', 'at '])
      expect(text).not.toContain(secret);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBe(failure);
    expect(onError.mock.calls[0]?.[1]).toBeInstanceOf(Request);
    expect(new URL((onError.mock.calls[0]?.[1] as Request).url).pathname).toBe(SUBSCRIPTION);
  });

  it('answers 403 forbidden to a POST or PUT from an origin not in allowedOrigins, or with none', async () => {
    const { origin, backend } = await start({ allowedOrigins: ['https://app.example.com'] });
    const id = await send(origin, {
      method: 'POST',
      path: QUOTE,
      headers: jsonHeaders({ ...AUTH, Origin: 'https://app.example.com' }),
      body: '{"units":2}',
    });
    expect(id.status).toBe(200);
    const quote = (id.json as { quote: { id: string } }).quote;
    const refused: Record<string, string>[] = [{ Origin: 'https://evil.example' }, { Origin: 'null' }, {}];
    for (const originHeader of refused) {
      const post = await send(origin, {
        method: 'POST',
        path: QUOTE,
        headers: jsonHeaders({ ...AUTH, ...originHeader }),
        body: '{"units":2}',
      });
      expectError(post, 403, 'forbidden');
      const put = await send(origin, {
        method: 'PUT',
        path: UPDATE,
        headers: jsonHeaders({ ...AUTH, ...originHeader, 'Idempotency-Key': 'k' }),
        body: JSON.stringify({ units: 2, quoteId: quote.id }),
      });
      expectError(put, 403, 'forbidden');
    }
    expect(backend.ledger('alice')).toEqual([]);
    // A GET changes nothing, so it is served from anywhere (CORS still decides what a page may read).
    expect(
      (await send(origin, { path: SUBSCRIPTION, headers: { ...AUTH, Origin: 'https://evil.example' } })).status,
    ).toBe(200);
  });
});
