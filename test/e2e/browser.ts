import { mkdir } from 'node:fs/promises';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../browser/chromium.mjs';

/** Where screenshots go (gitignored; CI keeps it as an artifact). */
export const ARTIFACTS = new URL('../../test-artifacts/e2e/', import.meta.url);

/** One Chromium per test file and a fresh context (service worker, storage) per test. */
export function useDemoPage() {
  let browser: Browser;
  let context: BrowserContext;
  const state = {
    page: undefined as unknown as Page,
    /** Console errors and uncaught exceptions on the page (CSP reports go to `violations`). */
    problems: [] as string[],
    /** Content-Security-Policy violations: the directive and the start of the offending element. */
    violations: [] as string[],
    /** Opens the demo at `path` (query and hash), e.g. `?scenario=team#/billing`. */
    async open(path = '') {
      await state.page.goto(new URL(path, inject('demoUrl')).href);
    },
  };
  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  });
  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    state.page = await context.newPage();
    state.problems = [];
    state.violations = [];
    // Init scripts run through the DevTools protocol, outside the page's CSP.
    await state.page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const target = event.target instanceof Element ? event.target.outerHTML.slice(0, 200) : '';
        console.info(`CSP-VIOLATION ${event.violatedDirective} ${target.replace(/\s+/g, ' ')}`);
      });
    });
    state.page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('CSP-VIOLATION ')) state.violations.push(text.slice('CSP-VIOLATION '.length));
      else if (message.type() === 'error' && !text.includes('Content Security Policy')) state.problems.push(text);
    });
    state.page.on('pageerror', (error) => state.problems.push(error.message));
    return async () => {
      await context.close();
    };
  });
  afterAll(async () => {
    await browser?.close();
  });
  return state;
}

/** The accessible-ish name of the focused element (inside open shadow roots too): its aria-label, else its text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement as HTMLElement | null;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement as HTMLElement;
    if (!element) return '';
    return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
  });
}

/** Presses Tab until the focused element is called `name` (at most `limit` times). */
export async function tabTo(page: Page, name: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await focusedName(page)) === name) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${name}"; focus is on "${await focusedName(page)}"`);
}
