import type { ChromiumEnv, FoundChromium } from './findChromium.mjs';
import type { ChromiumInstaller, InstallStep, StepResult } from './installers.mjs';

/** The line `npm test` stops with when no Chromium can be found or installed. */
export declare const NO_CHROMIUM: string;
/** Installing is on unless CHROMIUM_NO_INSTALL is set (to anything but "" or "0"). */
export declare function installsAllowed(env: ChromiumEnv): boolean;
/** Whether the browser at `file` starts (`--version`), with the reason when not. */
export declare function startsUp(
  file: string,
  options?: { platform?: NodeJS.Platform },
): { ok: true } | { ok: false; reason: string };

/** What ensureChromium uses; each defaults to the real machine. */
export interface EnsureChromiumOptions {
  /** Environment variables (CHROMIUM_NO_INSTALL, CHROMIUM_PATH…). */
  env?: ChromiumEnv;
  /** The lookup. */
  find?: () => FoundChromium | undefined;
  /** Installers to try in order. */
  installers?: ChromiumInstaller[];
  /** Runs an installer's step. */
  run?: (step: InstallStep & { log: (line: string) => void }) => Promise<StepResult>;
  /** Whether a found browser starts. */
  starts?: (file: string) => { ok: true } | { ok: false; reason: string };
  /** Progress lines. */
  log?: (line: string) => void;
}

/** A Chromium that starts, found or installed, or one line saying what to do. */
export declare function ensureChromium(options?: EnsureChromiumOptions): Promise<{ path: string } | { error: string }>;
