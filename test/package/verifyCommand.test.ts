// `billing-widget-verify` as a host runs it: the package's bin file, importing the BUILT
// dist/testing.js, run by node in its own process against a live node:http server.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basicSubscription } from 'react-billing-widget/mocks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../src/server';
import { CUSTOMER, IDENTITY, serveBackend } from '../support/contractChecks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };
/** One build at a time: a parallel build (the packed-tarball test's) empties dist/ under this one. */
const BUILD_LOCK = join(tmpdir(), 'rbw-build.lock');
/** A copy of bin/ and dist/ inside the repository, so its imports (valibot) resolve from our node_modules. */
let copy = '';

beforeAll(() => {
  mkdirSync(join(root, 'test-artifacts'), { recursive: true });
  copy = mkdtempSync(join(root, 'test-artifacts', 'verify-command-'));
  // Built and copied under the lock; the runs below read the copy, which no other build touches.
  execFileSync('flock', [BUILD_LOCK, 'sh', '-c', `npm run build >&2 && cp -R dist bin package.json "${copy}"`], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}, 120_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Runs the package's bin with node; never rejects. */
function verifyCommand(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const bin = join(copy, pkg.bin['billing-widget-verify'] as string);
  return new Promise((done) => {
    // Asynchronous: the server under test runs in this process and must keep answering.
    execFile(process.execPath, [bin, ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? Number((error as { code?: unknown }).code ?? 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

const AUTHORIZATION = `Authorization: ${IDENTITY.Authorization}`;

describe('npx billing-widget-verify', () => {
  it('exits 0 against a backend that keeps the contract, a line per check and a summary', async () => {
    const backend = createMemoryBackend({ subscriptions: { [CUSTOMER]: basicSubscription() } });
    const baseUrl = await serveBackend(backend);
    const { code, stdout, stderr } = await verifyCommand([baseUrl, '--header', AUTHORIZATION]);

    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`Checking the billing API at ${baseUrl}; changes made are undone.`);
    expect(lines).toContain('✓ An unknown path answers 404 not_found');
    expect(lines.slice(1, -1).every((line) => /^(✓|skipped) /.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/^\d+ checks: \d+ passed, 0 failed, 3 skipped\.$/);
    expect(backend.ledger(CUSTOMER)).toEqual([]);
  });

  it('exits 1 with a ✗ line saying what was wrong when a check fails', async () => {
    const backend = createMemoryBackend({ subscriptions: { [CUSTOMER]: basicSubscription() } });
    const baseUrl = await serveBackend(backend, () => ({ customerId: CUSTOMER }));
    const { code, stdout } = await verifyCommand([baseUrl, '--header', AUTHORIZATION]);

    expect(code).toBe(1);
    expect(stdout).toMatch(
      /^✗ Requests without your identity headers answer 401 unauthorized — GET \/subscription answered 200; expected 401 unauthorized/m,
    );
    expect(stdout).toMatch(/^\d+ checks: \d+ passed, 1 failed, 3 skipped\.$/m);
  });

  it('charges one increase, once, with --allow-charges', async () => {
    const backend = createMemoryBackend({ subscriptions: { [CUSTOMER]: basicSubscription() } });
    const baseUrl = await serveBackend(backend);
    const { code, stdout } = await verifyCommand([baseUrl, `--header=${AUTHORIZATION}`, '--allow-charges']);

    expect(code).toBe(0);
    expect(stdout).toContain('✓ An increase is charged now and its credits granted at once — 1 → 2: $30.00 charged');
    expect(backend.ledger(CUSTOMER)).toEqual([{ amount: 3000, currency: 'USD' }]);
  });

  it('exits 2 with the problem and the usage line on bad usage', async () => {
    expect(await verifyCommand([])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'billing-widget-verify: the base URL is missing\nUsage: billing-widget-verify <baseUrl> [--header "Name: value"]… [--allow-charges] [--proration]\n',
    });
  });
});
