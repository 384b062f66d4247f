// The ways `npm test` can install a Chromium when none is found, tried in order: Playwright's
// downloader (any OS, no root), then Debian's package when running as root with apt-get.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { isExecutable, onPath, playwrightChromiumPath } from './findChromium.mjs';

/** The most telling line of a failed command's stderr: its first error line, else its last line. */
function reasonOf(lines) {
  return lines.find((line) => /^(Error|E):/.test(line)) ?? lines.at(-1);
}

/**
 * Runs one command, showing its output indented as it comes (installs take a while) and keeping
 * its stderr for the reason it failed. Never rejects.
 */
export function runStep({ command, args = [], env = process.env, timeoutMs, log = console.log }) {
  return new Promise((resolve) => {
    let settled = false;
    let timedOut = false;
    const errors = [];
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const finish = (result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGTERM');
        }, timeoutMs)
      : undefined;
    // Stack frames of a failed download say nothing to someone waiting for a browser.
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.trim() && !/^\s+at /.test(line)) log(`  ${line}`);
    });
    createInterface({ input: child.stderr }).on('line', (line) => {
      if (line.trim()) errors.push(line.trim());
    });
    child.on('error', (error) => finish({ ok: false, reason: error.message }));
    child.on('close', (code, signal) => {
      if (code === 0) finish({ ok: true });
      else if (timedOut) finish({ ok: false, reason: `no result after ${Math.round(timeoutMs / 1000)} s` });
      else finish({ ok: false, reason: reasonOf(errors) ?? (signal ? `stopped by ${signal}` : `exit code ${code}`) });
    });
  });
}

/** Playwright's CLI in our node_modules (null without it), run by this Node rather than through npx and PATH. */
function playwrightCli() {
  try {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('playwright-core/package.json');
    const { bin } = JSON.parse(readFileSync(manifest, 'utf8'));
    const cli = path.join(path.dirname(manifest), bin['playwright-core']);
    return existsSync(cli) ? cli : null;
  } catch {
    return null;
  }
}

/**
 * `npx playwright-core install chromium`, into Playwright's registry where findChromium looks.
 * Without the headless shell: the tests launch the full browser by its path. Playwright retries
 * a download five times; a 10 s connection timeout (instead of 30 s) keeps an offline machine's
 * fall-through to the next installer under a minute.
 */
export function playwrightInstaller({
  env = process.env,
  cli = playwrightCli(),
  managedPath = playwrightChromiumPath,
} = {}) {
  return {
    name: "Playwright's installer",
    command: 'npx playwright-core install chromium',
    applies: () => cli !== null && !isExecutable(managedPath() ?? ''),
    steps: [
      {
        command: process.execPath,
        args: [cli, 'install', '--no-shell', 'chromium'],
        env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '10000', ...env },
        timeoutMs: 15 * 60_000,
      },
    ],
  };
}

/** `apt-get install chromium` (Debian's package, /usr/bin/chromium), only as root on Linux with apt-get. */
export function aptInstaller({ env = process.env, platform = process.platform, uid = process.getuid?.() } = {}) {
  const aptGet = onPath('apt-get', { env, platform }).find(isExecutable);
  const quiet = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  return {
    name: 'apt-get',
    command: 'apt-get install -y chromium',
    applies: () => platform === 'linux' && uid === 0 && aptGet !== undefined,
    steps: [
      { command: aptGet, args: ['update', '-qq'], env: quiet },
      { command: aptGet, args: ['install', '-y', '-qq', 'chromium'], env: quiet },
    ],
  };
}

/** The installers `npm test` tries, in order. */
export function defaultInstallers(options = {}) {
  return [playwrightInstaller(options), aptInstaller(options)];
}
