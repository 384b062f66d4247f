#!/usr/bin/env node
// `npm test` runs this before Vitest: the browser projects (Storybook stories, the demo end to
// end) need a Chromium, found in the order of scripts/chromium/findChromium.mjs or installed.
// Exits 1 with one line on stderr when there is none. CHROMIUM_NO_INSTALL=1 only looks.
import { ensureChromium } from './chromium/ensureChromium.mjs';

const result = await ensureChromium();
if (result.error) {
  console.error(result.error);
  process.exitCode = 1;
}
