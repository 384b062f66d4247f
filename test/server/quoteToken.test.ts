import { describe, expect, it } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { quoteTerms } from '../../src/core/policy';
import { createQuoteSigner, quoteStateOf } from '../../src/server/quoteToken';
import { expectBillingError } from '../core/expectBillingError';

const SECRET = 'a-test-secret-of-at-least-32-bytes-0123456789';
const subscription = basicSubscription();
const request = { addOnId: 'generative-credits', units: 3 };

function signerAt(time: { now: Date }) {
  return createQuoteSigner({ secret: SECRET, ttlSeconds: 60, now: () => time.now });
}

describe('signed quote ids', () => {
  it('gives back the terms it signed, for the same request and state', async () => {
    const clock = { now: new Date('2026-12-03T10:00:00Z') };
    const signer = signerAt(clock);
    const terms = quoteTerms(subscription, request, clock.now);
    const quote = await signer.sign(terms, quoteStateOf(subscription));
    expect(quote).toMatchObject({ ...terms, expiresAt: '2026-12-03T10:01:00.000Z' });
    await expect(signer.verify(quote.id, request, quoteStateOf(subscription))).resolves.toEqual(terms);
  });

  it('refuses an expired quote with quote_expired', async () => {
    const clock = { now: new Date('2026-12-03T10:00:00Z') };
    const signer = signerAt(clock);
    const quote = await signer.sign(quoteTerms(subscription, request, clock.now), quoteStateOf(subscription));
    clock.now = new Date('2026-12-03T10:01:00.001Z');
    await expectBillingError(() => signer.verify(quote.id, request, quoteStateOf(subscription)), 'quote_expired');
  });

  it('refuses a quote priced from another state with conflict (a seat added)', async () => {
    const clock = { now: new Date('2026-12-03T10:00:00Z') };
    const signer = signerAt(clock);
    const quote = await signer.sign(quoteTerms(subscription, request, clock.now), quoteStateOf(subscription));
    const moved = { ...subscription, seats: subscription.seats + 1 };
    await expectBillingError(() => signer.verify(quote.id, request, quoteStateOf(moved)), 'conflict');
  });

  it('does not count credits used as a change of state', () => {
    const used = { ...subscription, credits: { ...subscription.credits, used: subscription.credits.used + 7 } };
    expect(quoteStateOf(used)).toBe(quoteStateOf(subscription));
  });

  it('refuses a request for other units than quoted with invalid_units', async () => {
    const clock = { now: new Date('2026-12-03T10:00:00Z') };
    const signer = signerAt(clock);
    const quote = await signer.sign(quoteTerms(subscription, request, clock.now), quoteStateOf(subscription));
    await expectBillingError(
      () => signer.verify(quote.id, { ...request, units: 4 }, quoteStateOf(subscription)),
      'invalid_units',
    );
  });

  it('refuses a tampered, foreign or malformed id with quote_expired', async () => {
    const clock = { now: new Date('2026-12-03T10:00:00Z') };
    const signer = signerAt(clock);
    const terms = quoteTerms(subscription, request, clock.now);
    const quote = await signer.sign(terms, quoteStateOf(subscription));
    const [prefix, body, signature] = quote.id.split('.') as [string, string, string];
    const cheaper = JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/')));
    cheaper.t.dueNow.amount = 1;
    const forged = btoa(JSON.stringify(cheaper)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const state = quoteStateOf(subscription);
    await expectBillingError(() => signer.verify(`${prefix}.${forged}.${signature}`, request, state), 'quote_expired');
    const other = createQuoteSigner({ secret: `${SECRET}-other`, now: () => clock.now });
    await expectBillingError(() => other.verify(quote.id, request, state), 'quote_expired');
    for (const id of ['', 'quote_1', 'q1..', 'q1.%%%.%%%', `${quote.id}.x`]) {
      await expectBillingError(() => signer.verify(id, request, state), 'quote_expired');
    }
  });

  it('gives back the figures a backend pinned beside the terms, signed with them, never in the quote shown', async () => {
    const clock = { now: new Date('2026-12-03T10:00:00Z') };
    const signer = signerAt(clock);
    const terms = quoteTerms(subscription, request, clock.now);
    const pinned = await signer.sign(terms, quoteStateOf(subscription), { prorationDate: 1_796_292_000 });
    expect(Object.keys(pinned).sort()).toEqual(Object.keys({ ...terms, id: '', expiresAt: '' }).sort());
    await expect(signer.read(pinned.id, request)).resolves.toMatchObject({
      terms,
      pinned: { prorationDate: 1_796_292_000 },
    });
    const plain = await signer.sign(terms, quoteStateOf(subscription));
    await expect(signer.read(plain.id, request)).resolves.toMatchObject({ pinned: {} });
    // An earlier proration date would prorate a larger share: changing it breaks the signature.
    const [prefix, body, signature] = pinned.id.split('.') as [string, string, string];
    const moved = JSON.parse(atob(body.replace(/-/g, '+').replace(/_/g, '/')));
    moved.p.prorationDate -= 86_400;
    const forged = btoa(JSON.stringify(moved)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    await expectBillingError(() => signer.read(`${prefix}.${forged}.${signature}`, request), 'quote_expired');
  });

  it('needs a secret of at least 32 bytes', () => {
    expect(() => createQuoteSigner({ secret: 'short' })).toThrow(/32 bytes/);
  });
});
