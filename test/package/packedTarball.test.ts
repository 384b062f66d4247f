// The package as a host app gets it: build, `npm pack`, install the tarball into a scratch app
// (offline: the tarball is unpacked and its dependencies and peers are linked from our own
// node_modules), import every entry in Node and type-check a host file that follows the
// README's "Use it in your app"; publint and arethetypeswrong check the same build.
import { execFileSync, spawnSync } from 'node:child_process';
import {
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
    for (const file of [
      'index.js',
      'headless.js',
      'core.js',
      'mocks.js',
      'testing.js',
      'styles.css',
      'types/src/index.d.ts',
      'types/src/testing/index.d.ts',
    ]) {
      expect(existsSync(join(installed, 'dist', file)), file).toBe(true);
    }
    expect(existsSync(join(installed, 'test'))).toBe(false);
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
        'billing-widget-verify: the base URL is missing\nUsage: billing-widget-verify <baseUrl> [--header "Name: value"]… [--allow-charges]\n',
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
      oneClass: true,
      css: true,
      useClient: [true, true, false],
    });
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

  it('type-checks a host app written after the README with tsc (bundler and nodenext resolution)', () => {
    writeFileSync(join(host, 'css.d.ts'), "declare module '*.css';\n");
    writeFileSync(
      join(host, 'BillingPage.tsx'),
      `import 'react-billing-widget/styles.css';
import { QueryClient } from '@tanstack/react-query';
import { type BillingEvent, BillingPanel, BillingProvider, createHttpAdapter, type Subscription } from 'react-billing-widget';
import { BillingError, type BillingErrorCode, createMemoryAdapter } from 'react-billing-widget/core';
import { useAddOnQuote, useSubscription } from 'react-billing-widget/headless';
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
          include: ['BillingPage.tsx', 'css.d.ts'],
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
