import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { createHttpAdapter } from '../../src/core/adapters/http';
import { guardAgainstSilentFailures } from '../support/faultGuards';
import { BASE_URL, renderPanel, setupMockServer } from '../support/mockBackend';
import { confirmChange, reviewOneMoreUnit } from '../support/panelFlow';
import { recordRequests } from '../support/requestLog';

// Credentials go only to the adapter's baseUrl, are never logged, and nothing is stored.

const mock = setupMockServer();
guardAgainstSilentFailures();

const TOKEN = 'Bearer secret-token-6f1d';
const BASE = 'https://billing.example.com/v1';

/** Spies on every console method except error (guarded separately), to find the token in any of them. */
function spyOnConsole(): MockInstance[] {
  return (['log', 'info', 'warn', 'debug', 'trace'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation(() => {}),
  );
}

function expectTokenNeverLogged(spies: MockInstance[]) {
  for (const spy of spies) {
    for (const args of spy.mock.calls) expect(JSON.stringify(args.map(String))).not.toContain('secret-token');
  }
  for (const args of vi.mocked(console.error).mock.calls) {
    expect(JSON.stringify(args.map(String))).not.toContain('secret-token');
  }
}

// Registered after the guard, so these run before it restores console.error.
let consoleSpies: MockInstance[];
beforeEach(() => {
  consoleSpies = spyOnConsole();
});
afterEach(() => {
  expectTokenNeverLogged(consoleSpies);
  for (const spy of consoleSpies) spy.mockRestore();
});

describe('the HTTP adapter sends credentials only to its baseUrl', () => {
  it('keeps every request on the base origin and path, whatever the add-on id, and asks for headers once per request', async () => {
    const urls: string[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL) => {
      urls.push(String(input));
      const url = String(input);
      if (url.endsWith('/subscription')) return HttpResponse.json({ subscription: basicSubscription() });
      return HttpResponse.json({ error: { code: 'not_found', message: 'No such add-on.' } }, { status: 404 });
    });
    const headers = vi.fn(() => ({ Authorization: TOKEN }));
    const adapter = createHttpAdapter({ baseUrl: BASE, fetch: fetch as typeof globalThis.fetch, headers });
    const hostileIds = [
      '../../../evil',
      'https://evil.example/x',
      '//evil.example/x',
      '@evil.example',
      '%2F%2Fevil',
      '?x=1#',
    ];
    await adapter.getSubscription();
    for (const addOnId of hostileIds) {
      await adapter.quoteAddOn({ addOnId, units: 1 }).catch(() => undefined);
      await adapter.updateAddOn({ addOnId, units: 1, quoteId: 'q', idempotencyKey: 'k' }).catch(() => undefined);
    }
    expect(urls).toHaveLength(1 + hostileIds.length * 2);
    for (const url of urls) {
      const parsed = new URL(url);
      expect(parsed.origin).toBe('https://billing.example.com');
      expect(parsed.pathname.startsWith('/v1/')).toBe(true);
      expect(parsed.search).toBe('');
      expect(parsed.hash).toBe('');
    }
    expect(headers).toHaveBeenCalledTimes(urls.length);
  });

  it('sends same-origin credentials by default and the host’s headers only with its own requests', async () => {
    const seen: { url: string; credentials: RequestCredentials | undefined; auth: string | null }[] = [];
    const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      seen.push({
        url: String(input),
        credentials: init?.credentials,
        auth: new Headers(init?.headers).get('Authorization'),
      });
      return HttpResponse.json({ subscription: null });
    });
    const headers = vi.fn(() => ({ Authorization: TOKEN }));
    const adapter = createHttpAdapter({ baseUrl: BASE, fetch: fetch as typeof globalThis.fetch, headers });
    await adapter.getSubscription();
    expect(seen).toEqual([{ url: `${BASE}/subscription`, credentials: 'same-origin', auth: TOKEN }]);
  });
});

describe('a full purchase stores nothing and leaks nothing', () => {
  it('makes no storage or cookie writes, logs no token, and calls only the billing origin', async () => {
    const { engine } = mock.use({ scenario: 'basic' });
    const requests = recordRequests(mock.server);
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const cookie = vi.spyOn(Document.prototype, 'cookie', 'set');
    const headers = vi.fn(() => ({ Authorization: TOKEN }));
    try {
      const adapter = createHttpAdapter({ baseUrl: BASE_URL, headers, timeoutMs: 2000 });
      const { user } = renderPanel({ adapter });
      await confirmChange(user, await reviewOneMoreUnit(user));
      expect(engine.ledger).toHaveLength(1);

      expect(setItem).not.toHaveBeenCalled();
      expect(cookie).not.toHaveBeenCalled();
      expectTokenNeverLogged(consoleSpies);
      expect(requests.length).toBeGreaterThanOrEqual(3);
      for (const { url } of requests) expect(url.startsWith(`${BASE_URL}/`)).toBe(true);
      expect(headers).toHaveBeenCalledTimes(requests.length);
      expect(document.body.textContent).not.toContain('secret-token');
    } finally {
      setItem.mockRestore();
      cookie.mockRestore();
    }
  });

  it('shows the message chosen by code, never a server error body with markup or a token', async () => {
    mock.server.use(
      http.get(`${BASE_URL}/subscription`, () =>
        HttpResponse.json(
          { error: { code: 'unauthorized', message: `<a href="https://evil.example">${TOKEN}</a>` } },
          { status: 401 },
        ),
      ),
    );
    renderPanel({ adapter: createHttpAdapter({ baseUrl: BASE_URL, headers: { Authorization: TOKEN } }) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your session has expired. Sign in again to manage billing.');
    expect(alert.querySelector('a')).toBeNull();
  });
});
