import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpAdapter } from '../../src/core/adapters/http';

const BASE = 'http://billing.test/api';

/** A fetch that answers `{ subscription: null }` after `ms`, or fails as soon as its signal aborts. */
function slowFetch(ms: number): typeof fetch {
  return (_input, init) =>
    new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(Response.json({ subscription: null })), ms);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
    });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('timeoutMs that means no timeout', () => {
  it.each([0, -1, Number.POSITIVE_INFINITY])(
    'waits for a slow answer with timeoutMs %s instead of timing out at once',
    async (timeoutMs) => {
      const adapter = createHttpAdapter({ baseUrl: BASE, timeoutMs, fetch: slowFetch(30) });
      await expect(adapter.getSubscription()).resolves.toBeNull();
    },
  );
});

describe('nothing left behind once a call has its answer', () => {
  it('leaves no timeout timer running after an answer (a script or a server route can exit at once)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const fetch: typeof globalThis.fetch = async () => Response.json({ subscription: null });
    const adapter = createHttpAdapter({ baseUrl: BASE, fetch, timeoutMs: 15_000 });
    await adapter.getSubscription();
    await adapter.quoteAddOn({ addOnId: 'generative-credits', units: 2 }).catch(() => undefined);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('leaves no listener on the caller’s signal, which a host may reuse for many calls', async () => {
    const controller = new AbortController();
    const fetch: typeof globalThis.fetch = async () => Response.json({ subscription: null });
    const adapter = createHttpAdapter({ baseUrl: BASE, fetch });
    for (let call = 0; call < 3; call += 1) await adapter.getSubscription({ signal: controller.signal });
    await adapter
      .quoteAddOn({ addOnId: 'generative-credits', units: 2 }, { signal: controller.signal })
      .catch(() => undefined);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
