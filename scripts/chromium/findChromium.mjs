// Where the browser tests find a Chromium: the one place that knows the order, shared by the
// `npm test` pre-step (scripts/ensure-chromium.mjs), the Vitest config and the bench.
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';

/** Executable names looked up on PATH, most specific first. */
const POSIX_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const WINDOWS_NAMES = ['chrome.exe', 'chromium.exe'];

/**
 * Installed browsers outside PATH: macOS app bundles and Windows' install folders. On Linux the
 * packages put their launchers on PATH (/usr/bin, /snap/bin), so PATH alone is searched there.
 */
function installedOutsidePath({ env, platform, home }) {
  if (platform === 'darwin') {
    const bundles = [
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    ];
    return ['/Applications', path.posix.join(home, 'Applications')].flatMap((folder) =>
      bundles.map((bundle) => path.posix.join(folder, bundle)),
    );
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [];
}

/** Where a program called `name` would be in each PATH folder, in PATH's order. */
export function onPath(name, { env = process.env, platform = process.platform } = {}) {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const delimiter = platform === 'win32' ? ';' : ':';
  const folders = (env.PATH ?? env.Path ?? '').split(delimiter).filter(Boolean);
  return folders.map((folder) => paths.join(folder, name));
}

/** The system's Chromium and Chrome executables to try, in order: PATH by name, then known folders. */
export function systemCandidates({ env = process.env, platform = process.platform, home = homedir() } = {}) {
  const names = platform === 'win32' ? WINDOWS_NAMES : POSIX_NAMES;
  const onPathByName = names.flatMap((name) => onPath(name, { env, platform }));
  return [...onPathByName, ...installedOutsidePath({ env, platform, home })];
}

/** Playwright's own Chromium (its registry, `PLAYWRIGHT_BROWSERS_PATH` or ~/.cache/ms-playwright), installed or not. */
export function playwrightChromiumPath() {
  try {
    const require = createRequire(import.meta.url);
    return require('playwright-core').chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** A file this process may run. */
export function isExecutable(file) {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to launch: `CHROMIUM_PATH` when set (even when wrong: an explicit choice is never
 * replaced silently), else the first system Chromium or Chrome, else Playwright's when installed.
 * `undefined` when there is none.
 */
export function findChromium({
  env = process.env,
  platform = process.platform,
  home = homedir(),
  executable = isExecutable,
  managedPath = playwrightChromiumPath,
} = {}) {
  if (env.CHROMIUM_PATH) {
    return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH', executable: executable(env.CHROMIUM_PATH) };
  }
  const system = systemCandidates({ env, platform, home }).find((file) => executable(file));
  if (system) return { path: system, source: 'system', executable: true };
  const managed = managedPath();
  if (managed && executable(managed)) return { path: managed, source: 'playwright', executable: true };
  return undefined;
}
