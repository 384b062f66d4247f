// The one Chromium every browser test and the bench launch. Plain JavaScript so `bench/*.mjs`
// (run by Node without a TypeScript loader) shares it.
import { findChromium } from '../../scripts/chromium/findChromium.mjs';

/**
 * Path of the Chromium binary: CHROMIUM_PATH, else the system's Chromium or Chrome, else
 * Playwright's (`npm test` installs one first when there is none: scripts/ensure-chromium.mjs).
 * `undefined` leaves the choice, and the error saying what is missing, to Playwright.
 */
export const CHROMIUM_PATH = findChromium()?.path;

/** Launch flags: no sandbox (containers run as root), and no background traffic to the internet. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
