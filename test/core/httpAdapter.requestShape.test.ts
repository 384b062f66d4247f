import { describe, expect, it, vi } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { createHttpAdapter } from '../../src/core/adapters/http';
import { sampleQuote } from '../support/quotes';

const BASE = 'https://billing.example.com/v1';

const quote = sampleQuote();

/** A host fetch that answers every call of the API with a valid body, and records what it was given. */
function recordingFetch() {
  return vi.fn<typeof fetch>(async (_input, init) => {
    if (init?.method === 'POST') return Response.json({ quote });
    return Response.json({ subscription: basicSubscription() });
  });
}

async function callEach(adapter: ReturnType<typeof createHttpAdapter>) {
  await adapter.getSubscription();
  await adapter.quoteAddOn({ addOnId: 'generative-credits', units: 3 });
  await adapter.updateAddOn({ addOnId: 'generative-credits', units: 3, quoteId: 'quote_1', idempotencyKey: 'k' });
}

describe('what the HTTP adapter hands to the host’s fetch', () => {
  it('names the method of each call: GET, POST, PUT', async () => {
    const fetch = recordingFetch();
    await callEach(createHttpAdapter({ baseUrl: BASE, fetch }));
    expect(fetch.mock.calls.map(([, init]) => init?.method)).toEqual(['GET', 'POST', 'PUT']);
  });

  it('sends a Content-Type only with a body: none on the GET (a cross-origin GET stays a simple request)', async () => {
    const fetch = recordingFetch();
    await callEach(createHttpAdapter({ baseUrl: BASE, fetch }));
    const contentTypes = fetch.mock.calls.map(([, init]) => new Headers(init?.headers).get('content-type'));
    expect(contentTypes).toEqual([null, 'application/json', 'application/json']);
    expect(fetch.mock.calls[0]?.[1]?.body).toBeUndefined();
  });

  it('ignores any number of trailing slashes on baseUrl', async () => {
    const fetch = recordingFetch();
    await callEach(createHttpAdapter({ baseUrl: `${BASE}///`, fetch }));
    expect(fetch.mock.calls.map(([input]) => String(input))).toEqual([
      `${BASE}/subscription`,
      `${BASE}/add-ons/generative-credits/quotes`,
      `${BASE}/add-ons/generative-credits`,
    ]);
  });
});
