import type { ChromiumEnv } from './findChromium.mjs';

/** One command of an installer. */
export interface InstallStep {
  /** The program to run. */
  command: string;
  /** Its arguments. */
  args?: string[];
  /** Its environment. */
  env?: ChromiumEnv;
  /** Stop it after this long. */
  timeoutMs?: number;
}

/** The outcome of a step: ok, or the reason it failed in one line. */
export type StepResult = { ok: true } | { ok: false; reason: string };

/** A way to install Chromium. */
export interface ChromiumInstaller {
  /** Its name in progress lines. */
  name: string;
  /** The command a person would type for the same. */
  command: string;
  /** Whether it can run here (not yet installed, root, the tool present…). */
  applies: () => boolean;
  /** Its commands, run in order until one fails. */
  steps: InstallStep[];
}

/** Runs one command, its output shown indented as it comes; never rejects. */
export declare function runStep(step: InstallStep & { log?: (line: string) => void }): Promise<StepResult>;
/** `npx playwright-core install chromium`, when Playwright's Chromium is not installed yet. */
export declare function playwrightInstaller(options?: {
  env?: ChromiumEnv;
  /** Playwright's CLI script; null when playwright-core is not installed. */
  cli?: string | null;
  managedPath?: () => string | undefined;
}): ChromiumInstaller;
/** `apt-get install chromium`, only as root on Linux with apt-get. */
export declare function aptInstaller(options?: {
  env?: ChromiumEnv;
  platform?: NodeJS.Platform;
  uid?: number | undefined;
}): ChromiumInstaller;
/** The installers `npm test` tries, in order. */
export declare function defaultInstallers(options?: { env?: ChromiumEnv }): ChromiumInstaller[];
