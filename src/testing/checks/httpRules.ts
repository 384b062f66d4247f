import type { BillingErrorCode } from '../../core/errors';
import { expectError, expectRefusal } from '../answers';
import type { ApiAnswer, ApiRequest } from '../apiClient';
import { addOnPath, newIdempotencyKey, UNKNOWN_QUOTE_ID } from '../billingCalls';
import { allOf, CheckSkipped, expectThat, labelled } from '../checkRunner';
import type { VerifyContext } from '../context';

// The HTTP rules of contract section 7. Every request here breaks a rule, or names a quote no
// backend issued, so it is refused before anything could change.

type RequestBody = Pick<ApiRequest, 'json' | 'text' | 'contentType'>;

/** One way of breaking a rule: what a detail calls it (empty when its request line says it all), and the request. */
type Case = [label: string, send: () => Promise<ApiAnswer>];

/** An id for paths when the subscription has no add-on: these rules answer before any add-on is looked up. */
const PLACEHOLDER_ADD_ON = 'generative-credits';

/** The largest body the handler must read: 8 KiB. */
const BODY_LIMIT = 8 * 1024;

/** Fails unless every case is answered `status` `code`; the detail names each case that was not. */
async function refusedAlike(status: number, code: BillingErrorCode, cases: Case[]): Promise<undefined> {
  const expect = async (send: Case[1]) => expectError(await send(), status, code);
  await allOf(cases.map(([label, send]) => (label ? labelled(label, () => expect(send)) : () => expect(send))));
  return undefined;
}

export async function checkHttpRules(context: VerifyContext): Promise<void> {
  const { api, runner } = context;
  const path = addOnPath(context.addOn?.id ?? PLACEHOLDER_ADD_ON);
  const units = context.addOn?.units ?? 0;
  const updateBody = { json: { units, quoteId: UNKNOWN_QUOTE_ID } };
  const put = (body: RequestBody, key: string | null = newIdempotencyKey(), anonymous = false) =>
    api.send({ method: 'PUT', path, ...body, headers: key === null ? {} : { 'Idempotency-Key': key }, anonymous });
  const postQuote = (body: RequestBody, anonymous = false) =>
    api.send({ method: 'POST', path: `${path}/quotes`, ...body, anonymous });

  await runner.check('Requests without your identity headers answer 401 unauthorized', async () => {
    const names = Object.keys(await api.identity());
    if (names.length === 0) {
      throw new CheckSkipped(
        'no identity headers were given, so there are none to leave out (pass the headers that identify a customer, e.g. --header "Authorization: Bearer …")',
      );
    }
    await refusedAlike(401, 'unauthorized', [
      ['', () => api.send({ method: 'GET', path: '/subscription', anonymous: true })],
      ['', () => postQuote({ json: { units } }, true)],
      ['', () => put(updateBody, newIdempotencyKey(), true)],
    ]);
    return `GET, POST and PUT without ${names.join(', ')}`;
  });

  await runner.check('An unknown path answers 404 not_found', () =>
    refusedAlike(404, 'not_found', [
      ['', () => api.send({ method: 'GET', path: '/contract-check-no-such-path' })],
      ['', () => api.send({ method: 'POST', path: `${path}/refunds`, json: {} })],
    ]),
  );

  await runner.check('A known path with another method answers 405 with an Allow header', async () => {
    const cases = [
      { method: 'DELETE', path: '/subscription', allowed: 'GET' },
      { method: 'PATCH', path: `${path}/quotes`, allowed: 'POST' },
      { method: 'GET', path, allowed: 'PUT' },
    ] as const;
    await allOf(
      cases.map((item) => async () => {
        const answer = await api.send({ method: item.method, path: item.path });
        expectRefusal(answer);
        const allow = answer.headers.get('Allow');
        const methods = (allow ?? '').split(',').map((method) => method.trim().toUpperCase());
        expectThat(
          answer.status === 405 && methods.includes(item.allowed),
          () =>
            `${answer.request} answered ${answer.status} with ${allow === null ? 'no Allow header' : `Allow: ${allow}`}; expected 405 with Allow listing ${item.allowed}`,
        );
      }),
    );
    return cases.map((item) => `${item.method} ${item.path}`).join('; ');
  });

  const body = JSON.stringify({ units, quoteId: UNKNOWN_QUOTE_ID });
  await runner.check('A POST or PUT without a JSON content type answers 415 invalid_request', () =>
    refusedAlike(415, 'invalid_request', [
      ['POST as text/plain', () => postQuote({ text: body, contentType: 'text/plain' })],
      ['POST with no Content-Type', () => postQuote({ text: body })],
      ['PUT as a form', () => put({ text: body, contentType: 'application/x-www-form-urlencoded' })],
    ]),
  );

  const padding = 'x'.repeat(BODY_LIMIT);
  await runner.check('A body over 8 KiB answers 413 invalid_request', () =>
    refusedAlike(413, 'invalid_request', [
      ['', () => postQuote({ json: { units, padding } })],
      ['', () => put({ json: { units, quoteId: UNKNOWN_QUOTE_ID, padding } })],
    ]),
  );

  await runner.check('A body that is not JSON answers 400 invalid_request', () =>
    refusedAlike(400, 'invalid_request', [
      ['{"units": ', () => postQuote({ text: '{"units": ', contentType: 'application/json' })],
      ['units=1', () => put({ text: 'units=1', contentType: 'application/json' })],
    ]),
  );

  await runner.check('Units that are not a whole number of 0 or more answer 400 invalid_request', () =>
    refusedAlike(400, 'invalid_request', [
      ...[1.5, -1, '2', null].map(
        (value): Case => [`units ${JSON.stringify(value)}`, () => postQuote({ json: { units: value } })],
      ),
      ['no units', () => postQuote({ json: {} })],
      ['an update of 0.5 units', () => put({ json: { units: 0.5, quoteId: UNKNOWN_QUOTE_ID } })],
    ]),
  );

  await runner.check('An update without a quoteId answers 400 invalid_request', () =>
    refusedAlike(400, 'invalid_request', [['', () => put({ json: { units } })]]),
  );

  await runner.check('An update without a valid Idempotency-Key answers 400 invalid_request', () =>
    refusedAlike(400, 'invalid_request', [
      ['no key', () => put(updateBody, null)],
      ['a key of 256 characters', () => put(updateBody, 'k'.repeat(256))],
      ['a key with a space', () => put(updateBody, 'two words')],
    ]),
  );
}
