// The pre-step of `npm test` as a real process on this machine, with the browser path hidden.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureChromium } from '../../scripts/chromium/ensureChromium.mjs';
import { findChromium } from '../../scripts/chromium/findChromium.mjs';
import { runStep } from '../../scripts/chromium/installers.mjs';

const SCRIPT = fileURLToPath(new URL('../../scripts/ensure-chromium.mjs', import.meta.url));
let folder = '';

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'rbw-chromium-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Runs scripts/ensure-chromium.mjs with only `env`: no PATH, CHROMIUM_PATH or Playwright browsers of ours. */
async function ensureWith(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SCRIPT], { env, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A node script that writes a stand-in `chromium` into `folder`: a shell script answering --version. */
function fakeInstall(target: string): string[] {
  const source = `const fs = require('node:fs');
console.log('Downloading Chromium 1.0');
fs.writeFileSync(${JSON.stringify(target)}, '#!/bin/sh\\necho Chromium 1.0\\n', { mode: 0o755 });`;
  return ['-e', source];
}

describe.skipIf(process.platform === 'win32')('npm test on a machine without Chromium', () => {
  it('stops with exit code 1 and one line saying what to install when it may not install one', async () => {
    const result = await ensureWith({
      PATH: join(folder, 'nothing-here'),
      HOME: folder,
      PLAYWRIGHT_BROWSERS_PATH: join(folder, 'no-browsers'),
      CHROMIUM_NO_INSTALL: '1',
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      'No Chromium for the browser tests: install Chromium or Google Chrome (e.g. `apt-get install chromium`, or `npx playwright-core install chromium`), or set CHROMIUM_PATH to its executable.',
    ]);
  });

  it('stops with one line when CHROMIUM_PATH points nowhere', async () => {
    const result = await ensureWith({ PATH: '/usr/bin:/bin', CHROMIUM_PATH: join(folder, 'chrome') });
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(`CHROMIUM_PATH is ${join(folder, 'chrome')}, but it is not an executable file`);
  });

  it('uses a Chromium that an installer put on PATH, after checking that it starts', async () => {
    const env = { PATH: folder };
    const lines: string[] = [];
    const result = await ensureChromium({
      env,
      find: () => findChromium({ env, platform: 'linux', managedPath: () => undefined }),
      installers: [
        {
          name: 'a failing download',
          command: 'download',
          applies: () => true,
          steps: [{ command: process.execPath, args: ['-e', "console.error('Error: offline'); process.exit(1)"] }],
        },
        {
          name: 'a fake installer',
          command: 'fake install',
          applies: () => true,
          steps: [{ command: process.execPath, args: fakeInstall(join(folder, 'chromium')) }],
        },
      ],
      log: (line) => lines.push(line),
    });
    expect(result).toEqual({ path: join(folder, 'chromium') });
    expect(lines).toEqual([
      'No usable Chromium for the browser tests: installing one with a failing download (download)…',
      expect.stringMatching(/^a failing download failed after \d+ s: Error: offline$/),
      'No usable Chromium for the browser tests: installing one with a fake installer (fake install)…',
      '  Downloading Chromium 1.0',
      `Chromium for the browser tests: ${join(folder, 'chromium')} (installed on this system)`,
    ]);
  });
});

describe('npm test', () => {
  it('finds or installs a Chromium before Vitest starts', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(manifest.scripts.test).toBe('node scripts/ensure-chromium.mjs && vitest run');
  });
});

describe('an install step', () => {
  it('shows its output indented, without stack frames, and fails with its first error line', async () => {
    const lines: string[] = [];
    const source = `console.log('Downloading Chromium');
console.log('Error: Download failure');
console.log('    at ChildProcess.emit (node:events:524:28)');
console.error('Error: getaddrinfo ENOTFOUND cdn.example');
console.error('    at GetAddrInfoReqWrap.onlookupall');
process.exit(1);`;
    const result = await runStep({ command: process.execPath, args: ['-e', source], log: (line) => lines.push(line) });
    expect(result).toEqual({ ok: false, reason: 'Error: getaddrinfo ENOTFOUND cdn.example' });
    expect(lines).toEqual(['  Downloading Chromium', '  Error: Download failure']);
  });

  it('is stopped when it takes longer than its time limit', async () => {
    const result = await runStep({
      command: process.execPath,
      args: ['-e', 'setTimeout(() => {}, 60_000)'],
      timeoutMs: 300,
      log: () => {},
    });
    expect(result).toEqual({ ok: false, reason: 'no result after 0 s' });
  });

  it('fails with the reason when the program is not there', async () => {
    const result = await runStep({ command: join(folder, 'apt-get'), log: () => {} });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('ENOENT') });
  });
});
