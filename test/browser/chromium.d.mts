/**
 * Path of the Chromium binary: CHROMIUM_PATH, else the system's Chromium or Chrome, else
 * Playwright's; `undefined` when there is none.
 */
export declare const CHROMIUM_PATH: string | undefined;
/** Launch flags: no sandbox (containers run as root), and no background traffic to the internet. */
export declare const CHROMIUM_ARGS: string[];
