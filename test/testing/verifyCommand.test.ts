// billing-widget-verify's own code: its arguments, its report (one line per check, a summary) and
// its exit codes, run in-process against our handler over node:http. The built bin is run for
// real in test/package/verifyCommand.test.ts.
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../src/server';
import { parseVerifyArguments, runVerifyCommand, VERIFY_USAGE } from '../../src/testing';
import { CUSTOMER, serveBackend } from '../support/contractChecks';

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runVerifyCommand(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('billing-widget-verify arguments', () => {
  it('reads the base URL, every --header (also -H and --header=) and --allow-charges', () => {
    expect(
      parseVerifyArguments([
        'https://billing.example.com/api',
        '--header',
        'Authorization: Bearer abc',
        '-H',
        'X-Workspace:  42 ',
        '--header=Cookie: session=a:b',
        '--allow-charges',
      ]),
    ).toEqual({
      kind: 'verify',
      options: {
        baseUrl: 'https://billing.example.com/api',
        headers: { Authorization: 'Bearer abc', 'X-Workspace': '42', Cookie: 'session=a:b' },
        allowCharges: true,
      },
    });
    expect(parseVerifyArguments(['http://127.0.0.1:3000/api/billing'])).toEqual({
      kind: 'verify',
      options: { baseUrl: 'http://127.0.0.1:3000/api/billing', headers: {}, allowCharges: false },
    });
  });

  it('--proration asks the checks to accept a prorated increase', () => {
    expect(parseVerifyArguments(['http://127.0.0.1:3000/api/billing', '--proration', '--allow-charges'])).toEqual({
      kind: 'verify',
      options: { baseUrl: 'http://127.0.0.1:3000/api/billing', headers: {}, allowCharges: true, proration: true },
    });
  });

  it.each([
    { argv: [], problem: 'the base URL is missing' },
    { argv: ['http://a.test', 'http://b.test'], problem: 'give one base URL' },
    { argv: ['/api/billing'], problem: 'the base URL must be an absolute http(s) URL, got /api/billing' },
    { argv: ['ftp://a.test/api'], problem: 'the base URL must be an absolute http(s) URL, got ftp://a.test/api' },
    { argv: ['http://a.test', '--header'], problem: 'a --header is "Name: value", got ""' },
    { argv: ['http://a.test', '--header', 'Bearer abc'], problem: 'a --header is "Name: value", got "Bearer abc"' },
    { argv: ['http://a.test', '-H', 'Authorization:'], problem: 'a --header is "Name: value", got "Authorization:"' },
    { argv: ['http://a.test', '--allow-charge'], problem: 'unknown option --allow-charge' },
  ])('refuses $argv with exit code 2, the problem and the usage line', async ({ argv, problem }) => {
    expect(parseVerifyArguments(argv)).toEqual({ kind: 'usage', problem });
    expect(await run(argv)).toEqual({
      code: 2,
      out: [],
      err: [`billing-widget-verify: ${problem}`, VERIFY_USAGE],
    });
  });

  it('prints its help with exit code 0 for --help, saying what --allow-charges does', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out.join('\n')).toContain(VERIFY_USAGE);
    expect(out.join('\n')).toContain('charged and kept (add-ons are non-refundable)');
  });
});

describe('billing-widget-verify against a live API', () => {
  it('prints a line per check and a summary, and exits 0 when nothing failed', async () => {
    const baseUrl = await serveBackend(createMemoryBackend({ subscriptions: { [CUSTOMER]: basicSubscription() } }));
    const { code, out, err } = await run([baseUrl, '--header', `Authorization: Bearer ${CUSTOMER}`]);

    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(out[0]).toBe(`Checking the billing API at ${baseUrl}; changes made are undone.`);
    expect(out).toContain(
      '✓ Requests without your identity headers answer 401 unauthorized — GET, POST and PUT without Authorization',
    );
    expect(out).toContain(
      'skipped An increase is charged now and its credits granted at once — it would charge the payment method on file: run it with allowCharges (--allow-charges) against a test-mode backend',
    );
    const checkLines = out.slice(1, -1);
    expect(checkLines.every((line) => /^(✓|✗|skipped) /.test(line))).toBe(true);
    expect(out.at(-1)).toBe(`${checkLines.length} checks: ${checkLines.length - 3} passed, 0 failed, 3 skipped.`);
  });

  it('exits 1 and marks the check ✗ with its detail when one fails', async () => {
    const backend = createMemoryBackend({ subscriptions: { [CUSTOMER]: basicSubscription() } });
    const baseUrl = await serveBackend(backend, () => ({ customerId: CUSTOMER }));
    const { code, out } = await run([baseUrl, '-H', `Authorization: Bearer ${CUSTOMER}`, '--allow-charges']);

    expect(code).toBe(1);
    expect(out[0]).toContain('except one increase: charged and kept (add-ons are non-refundable)');
    expect(out).toContainEqual(
      expect.stringMatching(
        /^✗ Requests without your identity headers answer 401 unauthorized — GET \/subscription answered 200; expected 401 unauthorized/,
      ),
    );
    expect(out.at(-1)).toMatch(/^\d+ checks: \d+ passed, 1 failed, 1 skipped\.$/);
    expect(backend.ledger(CUSTOMER)).toHaveLength(1);
  });
});
