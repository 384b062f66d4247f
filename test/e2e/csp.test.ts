import { describe, expect, inject, it } from 'vitest';
import { useDemoPage } from './browser';

// The demo is served with `Content-Security-Policy: default-src 'self'` (see globalSetup): no inline
// script, no inline style element or attribute, no data: URL. A full journey must not trip it once.

const demo = useDemoPage();

describe('the widget under a strict Content-Security-Policy', () => {
  it("runs a full journey under default-src 'self' with zero violations", async () => {
    const { page } = demo;
    const cspConsole: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspConsole.push(message.text());
    });
    const response = await page.goto(new URL('?scenario=basic', inject('demoUrl')).href);
    expect(response?.headers()['content-security-policy']).toBe("default-src 'self'");

    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Billing' }).click();
    // MSW's worker registered under 'self' and answers: the panel loads from the mocks.
    const upgrade = page.getByRole('button', { name: 'Upgrade Credits' });
    await upgrade.waitFor();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    // Increase: stepper, live figures, dialog (portal, overlay, scroll lock, focus trap), confirm.
    await upgrade.click();
    await page.getByRole('button', { name: 'Increase units' }).click();
    await page.getByText('2 units × $10.00 × 3 users = $60.00').waitFor();
    await page.getByRole('button', { name: 'Review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm add-on change' });
    const confirm = dialog.getByRole('button', { name: 'Update Add-On' });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('status').textContent()).toContain('updated');

    // Decrease, reviewed and then cancelled with Escape; then confirmed.
    await upgrade.click();
    await page.getByRole('button', { name: 'Decrease units' }).click();
    await page.getByRole('button', { name: 'Decrease units' }).click();
    await page.getByRole('button', { name: 'Review' }).click();
    await dialog.waitFor();
    // The page behind the dialog is locked (through the CSSOM) and a click on the overlay dismisses it.
    expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).toBe('hidden');
    await page.mouse.click(5, 5);
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => getComputedStyle(document.body).overflow)).not.toBe('hidden');
    await page.getByRole('button', { name: 'Review' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Review' }).click();
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/Changes to 0 units on/).waitFor();
    // The credit meter's fill width is set through the CSSOM (React's style prop), which CSP allows.
    expect(await page.locator('.rbw-meter__fill').evaluate((element) => getComputedStyle(element).width)).not.toBe('');

    expect(demo.problems).toEqual([]);
    expect(demo.violations).toEqual([]);
    expect(cspConsole).toEqual([]);
  });
});
