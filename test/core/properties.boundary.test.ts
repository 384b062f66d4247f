import fc from 'fast-check';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../src/core/adapters/http';
import { BillingError } from '../../src/core/errors';
import { parseQuote, parseSubscription } from '../../src/core/schema';
import { malformedQuote, malformedSubscription, validQuote, validSubscription } from '../support/malformed';
import { expectFormatted } from '../support/readableText';
import { expectBillingError } from './expectBillingError';

// At least a thousand malformed values each for subscriptions and quotes: each must become a
// BillingError('invalid_response') whose message (shown to customers as a detail) is clean text.

const RUNS = 1000;

function refusal(parse: () => unknown): BillingError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(BillingError);
    return error as BillingError;
  }
  throw new Error('expected the value to be refused');
}

function expectCleanRefusal(error: BillingError) {
  expect(error.code).toBe('invalid_response');
  expect(error.message).toMatch(/^Invalid (subscription|quote|response) from the billing service: /);
  expectFormatted(error.message, 'the message');
}

describe('the adapter boundary refuses malformed values', () => {
  it('refuses every malformed subscription with invalid_response and a clean message', () => {
    fc.assert(
      fc.property(malformedSubscription, (value) => expectCleanRefusal(refusal(() => parseSubscription(value)))),
      { numRuns: RUNS },
    );
  });

  it('refuses every malformed quote with invalid_response and a clean message', () => {
    fc.assert(
      fc.property(malformedQuote, (value) => expectCleanRefusal(refusal(() => parseQuote(value)))),
      { numRuns: RUNS },
    );
  });

  it('accepts the valid values the malformed ones are made from', () => {
    fc.assert(
      fc.property(validSubscription, validQuote, (subscription, quote) => {
        expect(parseSubscription(subscription)).toEqual(subscription);
        expect(parseQuote(quote)).toEqual(quote);
      }),
      { numRuns: 200 },
    );
  });

  it('names a missing field as missing, not "received undefined" (regression)', () => {
    const error = refusal(() => parseQuote({ id: 'q' }));
    expect(error.message).toBe('Invalid quote from the billing service: quote.addOnId is missing');
  });

  it('names a value of the wrong type without printing it, not "received NaN" (regression)', () => {
    const error = refusal(() => parseSubscription(Number.NaN));
    expect(error.message).toBe('Invalid subscription from the billing service: subscription has the wrong type');
  });
});

describe('the HTTP adapter refuses malformed bodies', () => {
  const BASE = 'http://billing.test/api/billing';
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('turns malformed subscriptions and quotes sent over HTTP into invalid_response', async () => {
    const body: { value: unknown } = { value: null };
    // JSON cannot carry NaN or undefined: what arrives is what JSON.stringify makes of the value.
    const send = () =>
      new HttpResponse(JSON.stringify(body.value) ?? '', { headers: { 'Content-Type': 'application/json' } });
    server.use(
      http.get(`${BASE}/subscription`, () => send()),
      http.post(`${BASE}/add-ons/:addOnId/quotes`, () => send()),
      http.put(`${BASE}/add-ons/:addOnId`, () => send()),
    );
    const adapter = createHttpAdapter({ baseUrl: BASE });
    // JSON turns NaN and Infinity into null (valid for `scheduledUnits`, and for a whole
    // subscription: "none") and drops undefined: send only what is still malformed once serialised.
    const malformedOverJson = (parse: (value: unknown) => unknown) => (value: unknown) => {
      try {
        parse(JSON.parse(JSON.stringify(value) ?? 'null'));
        return false;
      } catch {
        return true;
      }
    };
    const overHttp = malformedSubscription.filter(malformedOverJson(parseSubscription));
    const quotesOverHttp = malformedQuote.filter(malformedOverJson(parseQuote));
    const calls = [
      [overHttp.map((subscription) => ({ subscription })), () => adapter.getSubscription()],
      [
        quotesOverHttp.map((quote) => ({ quote })),
        () => adapter.quoteAddOn({ addOnId: 'generative-credits', units: 2 }),
      ],
      [
        overHttp.map((subscription) => ({ subscription })),
        () => adapter.updateAddOn({ addOnId: 'generative-credits', units: 2, quoteId: 'q', idempotencyKey: 'k' }),
      ],
    ] as const;
    for (const [arbitrary, call] of calls) {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (value) => {
          body.value = value;
          expectCleanRefusal(await expectBillingError(call, 'invalid_response'));
        }),
        { numRuns: 100 },
      );
    }
  });
});
