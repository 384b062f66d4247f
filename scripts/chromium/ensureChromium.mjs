// Before `npm test`: a Chromium that starts, found or installed, or one line saying what to do.
import { spawnSync } from 'node:child_process';
import { findChromium } from './findChromium.mjs';
import { defaultInstallers, runStep } from './installers.mjs';

/** The line `npm test` stops with when no Chromium can be found or installed. */
export const NO_CHROMIUM =
  'No Chromium for the browser tests: install Chromium or Google Chrome (e.g. `apt-get install chromium`, ' +
  'or `npx playwright-core install chromium`), or set CHROMIUM_PATH to its executable.';

/** Installing is on unless CHROMIUM_NO_INSTALL is set (to anything but "" or "0"). */
export function installsAllowed(env) {
  return !env.CHROMIUM_NO_INSTALL || env.CHROMIUM_NO_INSTALL === '0';
}

/**
 * Whether the browser at `file` starts: `--version` runs without a display and fails fast on a
 * missing shared library, as a downloaded browser on a bare Linux does. Windows' chrome.exe opens
 * a window instead of printing its version, so there being the file is enough.
 */
export function startsUp(file, { platform = process.platform } = {}) {
  if (platform === 'win32') return { ok: true };
  const result = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.status === 0) return { ok: true };
  const firstLine = (result.stderr ?? '').split('\n').find((line) => line.trim());
  return { ok: false, reason: result.error?.message ?? firstLine?.trim() ?? `exit code ${result.status}` };
}

const SOURCES = { CHROMIUM_PATH: 'from CHROMIUM_PATH', system: 'installed on this system', playwright: "Playwright's" };

/**
 * Finds a Chromium that starts, else installs one with the first installer that applies and
 * works, else gives up. Resolves to `{ path }` or `{ error }` (one line); progress goes to `log`.
 */
export async function ensureChromium({
  env = process.env,
  find = () => findChromium({ env }),
  installers = defaultInstallers({ env }),
  run = runStep,
  starts = startsUp,
  log = console.log,
} = {}) {
  /** The found browser when it starts; otherwise what is wrong with it, or undefined when there is none. */
  const check = () => {
    const found = find();
    if (!found) return { found };
    if (!found.executable) return { found, problem: 'it is not an executable file' };
    const started = starts(found.path);
    return started.ok ? { found, ready: true } : { found, problem: `it does not start: ${started.reason}` };
  };
  const ready = ({ found }) => {
    log(`Chromium for the browser tests: ${found.path} (${SOURCES[found.source]})`);
    return { path: found.path };
  };

  let state = check();
  if (state.ready) return ready(state);
  if (state.found?.source === 'CHROMIUM_PATH') {
    return {
      error: `CHROMIUM_PATH is ${state.found.path}, but ${state.problem}: point it at a Chromium or Chrome executable, or unset it to let npm test find or install one.`,
    };
  }
  if (state.found) log(`Chromium at ${state.found.path} cannot be used (${state.problem}).`);
  if (!installsAllowed(env)) return { error: NO_CHROMIUM };

  for (const installer of installers) {
    if (!installer.applies()) continue;
    log(`No usable Chromium for the browser tests: installing one with ${installer.name} (${installer.command})…`);
    const started = Date.now();
    let failure;
    for (const step of installer.steps) {
      const result = await run({ ...step, log });
      if (!result.ok) {
        failure = result.reason;
        break;
      }
    }
    const seconds = `${Math.round((Date.now() - started) / 1000)} s`;
    if (failure) {
      log(`${installer.name} failed after ${seconds}: ${failure}`);
      continue;
    }
    state = check();
    if (state.ready) return ready(state);
    log(
      `${installer.name} finished in ${seconds}, but ${state.found ? `${state.found.path}: ${state.problem}` : 'no Chromium is to be found'}.`,
    );
  }
  if (state.found) {
    return {
      error: `Chromium at ${state.found.path} cannot be used (${state.problem}): install its system libraries (\`npx playwright-core install-deps chromium\` as root) or a system Chromium, or set CHROMIUM_PATH to one that starts.`,
    };
  }
  return { error: NO_CHROMIUM };
}
