/** Environment variables the lookup reads. */
export type ChromiumEnv = Record<string, string | undefined>;

/** A Chromium the lookup settled on. */
export interface FoundChromium {
  /** Its executable. */
  path: string;
  /** Where it came from: the CHROMIUM_PATH variable, the system, or Playwright's registry. */
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
  /** Whether the file exists and may be run (false only for a CHROMIUM_PATH that is wrong). */
  executable: boolean;
}

/** Options of the lookup; each defaults to this process and machine. */
export interface FindChromiumOptions {
  /** Environment variables (CHROMIUM_PATH, PATH, PROGRAMFILES…). */
  env?: ChromiumEnv;
  /** `process.platform`. */
  platform?: NodeJS.Platform;
  /** The home folder (macOS' ~/Applications). */
  home?: string;
  /** Whether a file exists and may be run. */
  executable?: (file: string) => boolean;
  /** Playwright's Chromium path, installed or not. */
  managedPath?: () => string | undefined;
}

/** Where a program called `name` would be in each PATH folder, in PATH's order. */
export declare function onPath(name: string, options?: Pick<FindChromiumOptions, 'env' | 'platform'>): string[];
/** The system's Chromium and Chrome executables to try, in order: PATH by name, then known folders. */
export declare function systemCandidates(options?: Pick<FindChromiumOptions, 'env' | 'platform' | 'home'>): string[];
/** Playwright's own Chromium (its registry), installed or not. */
export declare function playwrightChromiumPath(): string | undefined;
/** A file this process may run. */
export declare function isExecutable(file: string): boolean;
/** The Chromium to launch: CHROMIUM_PATH, else the system's, else Playwright's; `undefined` when none. */
export declare function findChromium(options?: FindChromiumOptions): FoundChromium | undefined;
