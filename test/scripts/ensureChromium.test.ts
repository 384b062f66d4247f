import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureChromium, NO_CHROMIUM } from '../../scripts/chromium/ensureChromium.mjs';
import type { FoundChromium } from '../../scripts/chromium/findChromium.mjs';
import { aptInstaller, type ChromiumInstaller, playwrightInstaller } from '../../scripts/chromium/installers.mjs';

const SYSTEM: FoundChromium = { path: '/usr/bin/chromium', source: 'system', executable: true };

type Outcome = { ok: true; gives: FoundChromium } | { ok: false; reason: string };
type FakeInstaller = ChromiumInstaller & { outcome: Outcome };

/** An installer whose one step "installs" `outcome.gives`, or fails with `outcome.reason`. */
function installer(name: string, outcome: Outcome): FakeInstaller {
  return { name, command: `install with ${name}`, applies: () => true, steps: [{ command: name }], outcome };
}

/** A machine with `initially` as its browser: the options for ensureChromium, the steps run and the lines shown. */
function machine(initially?: FoundChromium) {
  let browser = initially;
  const ran: string[] = [];
  const lines: string[] = [];
  const options = (installers: FakeInstaller[], env: Record<string, string> = {}) => ({
    env,
    installers,
    find: () => browser,
    starts: () => ({ ok: true as const }),
    log: (line: string) => lines.push(line),
    run: async ({ command }: { command: string }) => {
      ran.push(command);
      const outcome = installers.find((candidate) => candidate.name === command)?.outcome;
      if (!outcome) throw new Error(`no installer ${command}`);
      if (!outcome.ok) return { ok: false as const, reason: outcome.reason };
      browser = outcome.gives;
      return { ok: true as const };
    },
  });
  return { ran, lines, options };
}

describe('before the browser tests', () => {
  it('uses the Chromium found and installs nothing', async () => {
    const m = machine(SYSTEM);
    const result = await ensureChromium(m.options([installer('playwright', { ok: true, gives: SYSTEM })]));
    expect(result).toEqual({ path: '/usr/bin/chromium' });
    expect(m.ran).toEqual([]);
    expect(m.lines).toEqual(['Chromium for the browser tests: /usr/bin/chromium (installed on this system)']);
  });

  it('stops at a CHROMIUM_PATH that is not a file, naming it, without installing another', async () => {
    const m = machine({ path: '/opt/chrom', source: 'CHROMIUM_PATH', executable: false });
    const result = await ensureChromium(m.options([installer('playwright', { ok: true, gives: SYSTEM })]));
    expect(result).toEqual({
      error: expect.stringContaining('CHROMIUM_PATH is /opt/chrom, but it is not an executable file'),
    });
    expect(m.ran).toEqual([]);
  });

  it('installs with the first installer, then uses the browser it installed', async () => {
    const managed: FoundChromium = {
      path: '/root/.cache/ms-playwright/chrome',
      source: 'playwright',
      executable: true,
    };
    const m = machine();
    const result = await ensureChromium(
      m.options([installer('playwright', { ok: true, gives: managed }), installer('apt', { ok: true, gives: SYSTEM })]),
    );
    expect(result).toEqual({ path: managed.path });
    expect(m.ran).toEqual(['playwright']);
    expect(m.lines[0]).toBe(
      'No usable Chromium for the browser tests: installing one with playwright (install with playwright)…',
    );
  });

  it('falls through to the next installer when a download fails, saying why', async () => {
    const m = machine();
    const result = await ensureChromium(
      m.options([
        installer('playwright', { ok: false, reason: 'Error: getaddrinfo ENOTFOUND cdn.playwright.dev' }),
        installer('apt', { ok: true, gives: SYSTEM }),
      ]),
    );
    expect(result).toEqual({ path: SYSTEM.path });
    expect(m.ran).toEqual(['playwright', 'apt']);
    expect(m.lines).toContainEqual(
      expect.stringMatching(/^playwright failed after \d+ s: Error: getaddrinfo ENOTFOUND cdn\.playwright\.dev$/),
    );
  });

  it('skips installers that do not apply here', async () => {
    const m = machine();
    const notRoot = { ...installer('apt', { ok: true, gives: SYSTEM }), applies: () => false };
    const result = await ensureChromium(m.options([notRoot]));
    expect(result).toEqual({ error: NO_CHROMIUM });
    expect(m.ran).toEqual([]);
  });

  it('stops with one line saying what to install when every installer fails', async () => {
    const m = machine();
    const result = await ensureChromium(
      m.options([
        installer('playwright', { ok: false, reason: 'offline' }),
        installer('apt', { ok: false, reason: 'E: Unable to locate package chromium' }),
      ]),
    );
    expect(result).toEqual({ error: NO_CHROMIUM });
    expect(NO_CHROMIUM).not.toContain('\n');
    expect(NO_CHROMIUM).toMatch(/install Chromium or Google Chrome/);
    expect(NO_CHROMIUM).toMatch(/set CHROMIUM_PATH/);
  });

  it('installs nothing when CHROMIUM_NO_INSTALL is set', async () => {
    const m = machine();
    const result = await ensureChromium(
      m.options([installer('playwright', { ok: true, gives: SYSTEM })], { CHROMIUM_NO_INSTALL: '1' }),
    );
    expect(result).toEqual({ error: NO_CHROMIUM });
    expect(m.ran).toEqual([]);
    expect(m.lines).toEqual([]);
  });

  it('tries the next installer when an installed browser does not start, and says which one', async () => {
    const managed: FoundChromium = {
      path: '/root/.cache/ms-playwright/chrome',
      source: 'playwright',
      executable: true,
    };
    const m = machine();
    const options = m.options([installer('playwright', { ok: true, gives: managed })]);
    const result = await ensureChromium({
      ...options,
      starts: (file) =>
        file === managed.path ? { ok: false, reason: 'libnss3.so: cannot open shared object file' } : { ok: true },
    });
    expect(result).toEqual({
      error: expect.stringMatching(
        /^Chromium at \/root\/\.cache\/ms-playwright\/chrome cannot be used \(it does not start: libnss3\.so: cannot open shared object file\): install its system libraries/,
      ),
    });
  });
});

describe('the installers', () => {
  let folder = '';
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("offers Playwright's installer only while its Chromium is not installed", () => {
    const missing = playwrightInstaller({ cli: '/pw/cli.js', managedPath: () => '/nowhere/chrome' });
    expect(missing.applies()).toBe(true);
    expect(missing.steps[0]?.args).toEqual(['/pw/cli.js', 'install', '--no-shell', 'chromium']);
    expect(missing.steps[0]?.env?.PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT).toBe('10000');
    expect(playwrightInstaller({ cli: '/pw/cli.js', managedPath: () => process.execPath }).applies()).toBe(false);
    expect(playwrightInstaller({ cli: null, managedPath: () => '/nowhere/chrome' }).applies()).toBe(false);
  });

  it.skipIf(process.platform === 'win32')('offers apt-get only to root on Linux with apt-get on PATH', () => {
    folder = mkdtempSync(join(tmpdir(), 'rbw-apt-'));
    const onlyHere = (uid: number, platform: NodeJS.Platform = 'linux') =>
      aptInstaller({ env: { PATH: folder }, platform, uid }).applies();
    expect(onlyHere(0)).toBe(false);
    // An empty file with the execute bit stands for apt-get: applies() only looks for it.
    writeFileSync(join(folder, 'apt-get'), '');
    chmodSync(join(folder, 'apt-get'), 0o755);
    expect(onlyHere(0)).toBe(true);
    expect(onlyHere(1000)).toBe(false);
    expect(onlyHere(0, 'darwin')).toBe(false);
  });
});
