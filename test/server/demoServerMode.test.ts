// `npm run dev:server`: the demo's Vite dev server in --mode server answers /api/billing with the
// server kit's handler over real HTTP, with the scenario the page keeps in its cookie.
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarios } from '../../mocks/scenarios';
import { jsonHeaders, send } from '../support/billingServers';
import { unitsOf } from '../support/unitsOf';

const configFile = fileURLToPath(new URL('../../demo/vite.config.ts', import.meta.url));
let server: ViteDevServer;
let origin = '';

beforeAll(async () => {
  server = await createServer({
    configFile,
    mode: 'server',
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', watch: null, hmr: false },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The demo dev server did not report its URL.');
  origin = new URL(url).origin;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

const as = (scenario: string) => ({ Cookie: `demo-scenario=${scenario}` });

describe('the demo dev server in --mode server', () => {
  it('answers GET /api/billing/subscription with the scenario in the cookie', async () => {
    const team = await send(origin, { path: '/api/billing/subscription', headers: as('team') });
    expect(team.status).toBe(200);
    expect(team.headers['cache-control']).toBe('no-store');
    expect(team.json).toEqual({ subscription: scenarios.team.subscription });
    expect(await send(origin, { path: '/api/billing/subscription', headers: as('none') })).toMatchObject({
      status: 200,
      json: { subscription: null },
    });
  });

  it('answers 401 without a scenario cookie', async () => {
    expect((await send(origin, { path: '/api/billing/subscription' })).status).toBe(401);
  });

  it('applies an increase over HTTP, and keeps the failing scenario failing', async () => {
    const quoted = await send(origin, {
      method: 'POST',
      path: '/api/billing/add-ons/generative-credits/quotes',
      headers: jsonHeaders(as('trialing')),
      body: '{"units":2}',
    });
    const { quote } = quoted.json as { quote: { id: string } };
    const updated = await send(origin, {
      method: 'PUT',
      path: '/api/billing/add-ons/generative-credits',
      headers: jsonHeaders({ ...as('trialing'), 'Idempotency-Key': 'demo-1' }),
      body: JSON.stringify({ units: 2, quoteId: quote.id }),
    });
    expect(updated.status).toBe(200);
    const reloaded = await send(origin, { path: '/api/billing/subscription', headers: as('trialing') });
    expect(unitsOf((reloaded.json as { subscription: Parameters<typeof unitsOf>[0] }).subscription).units).toBe(2);

    expect(await send(origin, { path: '/api/billing/subscription', headers: as('failing') })).toMatchObject({
      status: 500,
      json: { error: { code: 'server' } },
    });
  });

  it('leaves every other path to Vite', async () => {
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
  });
});
