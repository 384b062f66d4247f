import { mkdir } from 'node:fs/promises';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, inject } from 'vitest';
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

/**
 * From a loaded panel, by keyboard alone: Upgrade Credits, Increase units, ArrowUp in the field to 3
 * units, Review; Escape returns focus to Review, Enter reviews again, Update Add-On buys them; the
 * outcome is read and focus is back on Upgrade Credits. `inDialog` checks the dialog when it first opens.
 */
export async function buyThreeUnitsByKeyboard(page: Page, inDialog?: (dialog: Locator) => Promise<void>) {
  await tabTo(page, 'Upgrade Credits');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Increase units');
  await page.keyboard.press('Space');
  const field = page.getByRole('spinbutton', { name: 'Generative Credits units' });
  expect(await field.inputValue()).toBe('2');
  await page.keyboard.press('Shift+Tab'); // back to the field
  await page.keyboard.press('ArrowUp');
  expect(await field.inputValue()).toBe('3');
  await page.getByText('3 units × $10.00 × 3 users = $90.00').waitFor();

  await tabTo(page, 'Review');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Confirm add-on change' });
  await dialog.waitFor();
  await inDialog?.(dialog);
  // Escape closes it and focus is back on Review, not on <body>; Enter opens it again.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await expect.poll(() => focusedName(page)).toBe('Review');
  await page.keyboard.press('Enter');
  await dialog.waitFor();
  const confirm = dialog.getByRole('button', { name: 'Update Add-On' });
  await expect.poll(() => confirm.isEnabled()).toBe(true);
  await tabTo(page, 'Update Add-On');
  await page.keyboard.press('Enter');

  await dialog.waitFor({ state: 'detached' });
  await expect
    .poll(() => page.getByRole('status').textContent())
    .toBe('Generative Credits updated: you now have 3 units.');
  await expect.poll(() => focusedName(page)).toBe('Upgrade Credits');
}
