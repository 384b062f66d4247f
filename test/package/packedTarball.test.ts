// The package as a host app gets it: build, `npm pack`, install the tarball into a scratch app
// (offline: the tarball is unpacked and its dependencies and peers are linked from our own
// node_modules), import every entry in Node and type-check a host file that follows the
// README's "Use it in your app"; publint and arethetypeswrong check the same build.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../docs/markdownLinks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
/** One build and pack at a time: parallel runs would empty dist/ under each other. */
const BUILD_LOCK = join(tmpdir(), 'rbw-build.lock');
let host = '';
/** Where the tarball is unpacked in the host app: its node_modules/<our name>. */
let installed = '';

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function link(name: string) {
  const target = join(root, 'node_modules', name);
  if (!existsSync(target)) throw new Error(`${name} is not installed in ${root}/node_modules`);
  const path = join(host, 'node_modules', name);
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path, 'dir');
}

/** Runs an ES module in the host app, as the host's own code. */
function node(source: string): string {
  const file = join(host, `check-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  return run(process.execPath, [file], host).trim();
}

beforeAll(() => {
  host = mkdtempSync(join(tmpdir(), 'rbw-host-'));
  const packed = run(
    'flock',
    [BUILD_LOCK, 'sh', '-c', `npm run build >&2 && npm pack --json --pack-destination "${host}"`],
    root,
  );
  const [{ filename }] = JSON.parse(packed) as [{ filename: string }];
  installed = join(host, 'node_modules', pkg.name);
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', join(host, filename), '-C', installed, '--strip-components=1'], host);
  writeFileSync(
    join(host, 'package.json'),
    JSON.stringify({
      name: 'host-app',
      private: true,
      type: 'module',
      dependencies: { [pkg.name]: `file:${filename}` },
    }),
  );
  // What `npm install react-billing-widget <peers>` gives a host: our dependencies, the peers
  // (msw, the optional one, for ./mocks) and, for the type check, the React types.
  const needed = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
  for (const name of [...needed, '@types/react', '@types/react-dom']) link(name);
}, 120_000);

afterAll(() => {
  if (host) rmSync(host, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('ships the built entries, declarations and styles, and no tests', () => {
    const locales = ['locales/de.js', 'locales/ar.js', 'types/src/locales/de.d.ts'];
    for (const file of [
      'index.js',
      'headless.js',
      'core.js',
      'mocks.js',
      'server.js',
      'testing.js',
      'styles.css',
      'types/src/index.d.ts',
      'types/src/server/index.d.ts',
      ...locales,
      'types/src/testing/index.d.ts',
    ]) {
      expect(existsSync(join(installed, 'dist', file)), file).toBe(true);
    }
    expect(existsSync(join(installed, 'test'))).toBe(false);
  });

  it('ships the spec: every link of the README and docs/ lands inside the package', () => {
    const docs = readdirSync(join(installed, 'docs')).filter((name) => name.endsWith('.md'));
    expect(docs).toEqual(expect.arrayContaining(['README.md', 'policy.md', 'http-api.md', 'types.md', 'react.md']));
    for (const page of ['README.md', ...docs.map((name) => `docs/${name}`)]) {
      expect(brokenLinks(installed, page), page).toEqual([]);
    }
  });

  it('ships billing-widget-verify as a bin that runs on the built testing entry', async () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
      bin?: Record<string, string>;
    };
    const bin = join(installed, manifest.bin?.['billing-widget-verify'] ?? 'missing');
    expect(readFileSync(bin, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(statSync(bin).mode & 0o111, 'executable').not.toBe(0);
    // Bad usage: exit 2 and the usage line, from the installed package alone.
    const result = spawnSync(process.execPath, [bin], { cwd: host, encoding: 'utf8' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 2,
      stderr:
        'billing-widget-verify: the base URL is missing\nUsage: billing-widget-verify <baseUrl> [--header "Name: value"]… [--allow-charges] [--proration]\n',
    });
  });

  it('passes publint (strict) and arethetypeswrong for ESM hosts', () => {
    // Over the dist/ built above, under the same lock so no parallel build empties it meanwhile.
    const bin = (name: string) => join(root, 'node_modules', '.bin', name);
    const check = `"${bin('publint')}" --strict && "${bin('attw')}" --pack --profile esm-only --exclude-entrypoints ./styles.css`;
    let output: string;
    try {
      output = run('flock', [BUILD_LOCK, 'sh', '-c', `${check} 2>&1`], root);
    } catch (error) {
      // Either tool exited non-zero: fail with its report, not just the command line.
      throw new Error(`publint or attw found problems:\n${(error as { stdout?: string }).stdout ?? error}`);
    }
    expect(output).toContain('All good!');
  }, 60_000);

  it('imports every entry in Node, with one BillingError class across them', () => {
    const out = node(`
      const root = await import('react-billing-widget');
      const headless = await import('react-billing-widget/headless');
      const core = await import('react-billing-widget/core');
      const mocks = await import('react-billing-widget/mocks');
      const de = await import('react-billing-widget/locales/de');
      const ar = await import('react-billing-widget/locales/ar');
      const testing = await import('react-billing-widget/testing');
      const css = import.meta.resolve('react-billing-widget/styles.css');
      const { readFileSync } = await import('node:fs');
      console.log(JSON.stringify({
        root: ['BillingProvider', 'BillingPanel', 'AddOnStepper', 'ConfirmDialog', 'useSubscription', 'createHttpAdapter',
          'createMemoryAdapter', 'useBillingText'].filter((name) => typeof root[name] !== 'function'),
        rootMessages: root.defaultMessages?.upgradeCredits,
        headless: ['BillingProvider', 'useAddOnQuote', 'useUpdateAddOn', 'useAddOnStepper', 'useConfirmAddOnChange', 'createHttpAdapter'].filter((name) => typeof headless[name] !== 'function'),
        headlessHasMarkup: 'BillingPanel' in headless,
        core: ['createMemoryAdapter', 'createHttpAdapter', 'BillingError'].filter((name) => typeof core[name] !== 'function'),
        mocks: typeof mocks.createBillingHandlers === 'function' && mocks.createBillingHandlers().length > 0,
        testing: ['verifyBillingApi', 'runVerifyCommand'].filter((name) => typeof testing[name] !== 'function'),
        scenarios: Object.keys(mocks.scenarios).length,
        locales: [de.messages.upgradeCredits, ar.messages.upgradeCredits, ar.messages.unitCount({ count: 2, formatted: '2' })],
        oneClass: root.BillingError === core.BillingError && headless.BillingError === core.BillingError,
        css: css.endsWith('/dist/styles.css') && readFileSync(new URL(css), 'utf8').includes('--rbw-'),
        useClient: ['index.js', 'headless.js', 'core.js'].map((file) =>
          readFileSync(new URL('./' + file, import.meta.resolve('react-billing-widget')), 'utf8').startsWith('"use client"')),
      }));
    `);
    expect(JSON.parse(out)).toEqual({
      root: [],
      rootMessages: 'Upgrade Credits',
      headless: [],
      headlessHasMarkup: false,
      core: [],
      mocks: true,
      testing: [],
      scenarios: expect.any(Number),
      locales: ['Credits aufstocken', 'إضافة أرصدة', 'وحدتان'],
      oneClass: true,
      css: true,
      useClient: [true, true, false],
    });
  });

  it('keeps every locale out of the root and headless entries: a host ships only the locale it imports', () => {
    const out = node(`
      const { readFileSync } = await import('node:fs');
      const { dirname, join } = await import('node:path');
      const { fileURLToPath } = await import('node:url');
      const dist = dirname(fileURLToPath(import.meta.resolve('react-billing-widget')));
      // Every file an entry loads: the entry and, through their relative imports, its chunks.
      const graph = (file, seen = new Set()) => {
        if (seen.has(file)) return seen;
        seen.add(file);
        for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\\s*["'](\\.[^"']+)["']/g)) {
          graph(join(dirname(file), spec), seen);
        }
        return seen;
      };
      const words = await Promise.all(['de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja', 'ko', 'zh-CN', 'ar'].map(
        async (tag) => (await import('react-billing-widget/locales/' + tag)).messages.confirmTitle));
      console.log(JSON.stringify(['index.js', 'headless.js'].map((entry) => {
        const files = [...graph(join(dist, entry))];
        const code = files.map((file) => readFileSync(file, 'utf8')).join('\\n');
        return { entry, files: files.filter((file) => file.includes('/locales/')), words: words.filter((word) => code.includes(word)) };
      })));
    `);
    expect(JSON.parse(out)).toEqual([
      { entry: 'index.js', files: [], words: [] },
      { entry: 'headless.js', files: [], words: [] },
    ]);
  });

  it('loads the testing entry without React: the only package its modules import is valibot', () => {
    const out = node(`
      import { readFileSync } from 'node:fs';
      const seen = new Set();
      const packages = new Set();
      const walk = (url) => {
        if (seen.has(url)) return;
        seen.add(url);
        for (const [, specifier] of readFileSync(new URL(url), 'utf8').matchAll(/\\bfrom\\s*["']([^"']+)["']/g)) {
          if (specifier.startsWith('.')) walk(new URL(specifier, url).href);
          else packages.add(specifier);
        }
      };
      walk(import.meta.resolve('react-billing-widget/testing'));
      console.log(JSON.stringify([...packages]));
    `);
    expect(JSON.parse(out)).toEqual(['valibot']);
  });

  it('imports ./server in Node with only its own dependencies installed (no React, no msw), and serves a request', () => {
    // A server-only host: the package copied (a link would resolve React from the other host) and valibot.
    const serverHost = mkdtempSync(join(tmpdir(), 'rbw-server-host-'));
    try {
      const copy = join(serverHost, 'node_modules', pkg.name);
      mkdirSync(dirname(copy), { recursive: true });
      cpSync(installed, copy, { recursive: true });
      for (const name of Object.keys(pkg.dependencies ?? {})) {
        symlinkSync(join(root, 'node_modules', name), join(serverHost, 'node_modules', name), 'dir');
      }
      writeFileSync(
        join(serverHost, 'package.json'),
        JSON.stringify({ name: 'server-host', private: true, type: 'module' }),
      );
      const file = join(serverHost, 'check.mjs');
      writeFileSync(
        file,
        `
        import { readFileSync } from 'node:fs';
        const server = await import('react-billing-widget/server');
        const react = await import('react').then(() => 'installed', () => 'absent');
        const backend = server.createMemoryBackend({ subscriptions: { 'workspace-1': null } });
        const handler = server.createBillingHandler({ backend, identify: () => ({ customerId: 'workspace-1' }) });
        const response = await handler(new Request('https://app.example/api/billing/subscription'));
        const entry = readFileSync(new URL(import.meta.resolve('react-billing-widget/server')), 'utf8');
        console.log(JSON.stringify({
          react,
          missing: ['createBillingHandler', 'toNodeHandler', 'createMemoryBackend', 'createQuoteSigner', 'quoteStateOf',
            'backendFromAdapters'].filter((name) => typeof server[name] !== 'function'),
          status: response.status,
          cacheControl: response.headers.get('Cache-Control'),
          body: await response.json(),
          useClient: /^\s*['"]use client['"]/.test(entry),
        }));
        `,
      );
      const out = run(process.execPath, [file], serverHost).trim();
      expect(JSON.parse(out)).toEqual({
        react: 'absent',
        missing: [],
        status: 200,
        cacheControl: 'no-store',
        body: { subscription: null },
        useClient: false,
      });
    } finally {
      rmSync(serverHost, { recursive: true, force: true });
    }
  });

  it('type-checks a host app written after the README, its server half without @types/node, with tsc (bundler and nodenext resolution)', () => {
    writeFileSync(join(host, 'css.d.ts'), "declare module '*.css';\n");
    writeFileSync(
      join(host, 'BillingPage.tsx'),
      `import 'react-billing-widget/styles.css';
import { QueryClient } from '@tanstack/react-query';
import { type BillingEvent, BillingPanel, BillingProvider, createHttpAdapter, type Subscription } from 'react-billing-widget';
import { BillingError, type BillingErrorCode, createMemoryAdapter } from 'react-billing-widget/core';
import { useAddOnQuote, useSubscription } from 'react-billing-widget/headless';
import { messages as german } from 'react-billing-widget/locales/de';
import { createBillingHandlers, scenarios } from 'react-billing-widget/mocks';
import { type Check, verifyBillingApi } from 'react-billing-widget/testing';

const adapter = createHttpAdapter({
  baseUrl: '/api/billing',
  headers: () => ({ Authorization: 'Bearer token' }),
});
const queryClient = new QueryClient();

export function BillingPage() {
  return (
    <BillingProvider adapter={adapter} locale="en-US" queryClient={queryClient} onEvent={(event: BillingEvent) => event.type}>
      <BillingPanel className="host" />
    </BillingProvider>
  );
}

export function GermanBillingPage() {
  return (
    <BillingProvider adapter={adapter} locale="de" messages={german}>
      <BillingPanel />
    </BillingProvider>
  );
}

export function PlanName() {
  const { data } = useSubscription();
  const quote = useAddOnQuote('generative-credits', 2);
  const subscription: Subscription | null | undefined = data;
  return <p>{subscription?.plan.name} {quote.shown?.recurring.amount}</p>;
}

export const preview = createMemoryAdapter({ subscription: scenarios.basic.subscription });
export const handlers = createBillingHandlers({ baseUrl: '/api/billing', scenario: 'team' });
export const code: BillingErrorCode = new BillingError('conflict', 'changed').code;
export const failedChecks: Promise<Check[]> = verifyBillingApi({
  baseUrl: 'http://localhost:3000/api/billing',
  headers: { Authorization: 'Bearer token' },
}).then((result) => result.failed);
// @ts-expect-error: the contract's types are strict
export const wrong: Subscription = { id: 1 };
`,
    );
    // The server half of "Your backend", with no @types/node: an edge or worker host's setup.
    writeFileSync(
      join(host, 'billing.ts'),
      `import { quoteTerms, type Subscription } from 'react-billing-widget/core';
import {
  type BillingBackend,
  type BillingCustomer,
  createBillingHandler,
  createMemoryBackend,
  createQuoteSigner,
  type NodeHandler,
  quoteStateOf,
  toNodeHandler,
} from 'react-billing-widget/server';

declare const stored: Subscription | null;
const signer = createQuoteSigner({ secret: 'a-secret-of-at-least-thirty-two-bytes!!' });
const own: BillingBackend = {
  getSubscription: async () => stored,
  quoteAddOn: async (_customer, request) => signer.sign(quoteTerms(stored, request, new Date()), quoteStateOf(stored)),
  updateAddOn: async (_customer, request) => {
    await signer.verify(request.quoteId, request, quoteStateOf(stored));
    if (!stored) throw new Error('no subscription');
    return stored;
  },
};
export const billing = createBillingHandler({
  backend: process.env.NODE_ENV === 'test' ? createMemoryBackend({ subscriptions: { a: stored } }) : own,
  identify: async (request: Request): Promise<BillingCustomer | null> =>
    request.headers.get('Cookie') ? { customerId: 'a', canManage: false } : null,
  allowedOrigins: ['https://app.example.com'],
  onError: (error: unknown, request: Request) => void [error, request.url],
});
export const GET: (request: Request) => Promise<Response> = billing;
export const middleware: NodeHandler = toNodeHandler(billing);
declare const process: { env: Record<string, string | undefined> };
`,
    );
    for (const resolution of [
      { module: 'ESNext', moduleResolution: 'Bundler' },
      { module: 'NodeNext', moduleResolution: 'NodeNext' },
    ]) {
      writeFileSync(
        join(host, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            ...resolution,
            target: 'ES2022',
            lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            jsx: 'react-jsx',
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          include: ['BillingPage.tsx', 'billing.ts', 'css.d.ts'],
        }),
      );
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      let output = '';
      try {
        output = run(process.execPath, [tsc, '-p', 'tsconfig.json'], host);
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output, resolution.moduleResolution).toBe('');
    }
  });

  it('serves ./server without stripe installed: no built file imports it (it is an optional peer)', () => {
    const dist = join(installed, 'dist');
    const built = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    for (const file of built) {
      expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/(from|import)\s*\(?\s*["']stripe["']/);
    }
    unlinkSync(join(host, 'node_modules', 'stripe'));
    try {
      const out = node(`
        const server = await import('react-billing-widget/server');
        console.log(typeof server.createStripeBackend, typeof server.createBillingHandler);
      `);
      expect(out).toBe('function function');
    } finally {
      link('stripe');
    }
  });
});
