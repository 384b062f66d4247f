// The one Chromium every browser test and the bench launch: Debian's, since nothing here can
// download one. Plain JavaScript so `bench/*.mjs` (run by Node without a TypeScript loader) shares it.

/** Path of the Chromium binary; CI sets CHROMIUM_PATH when it lives elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

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
