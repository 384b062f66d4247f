import { describe, expect, it } from 'vitest';
import { ARTIFACTS, buyThreeUnitsByKeyboard, focusedName, tabTo, useDemoPage } from './browser';

const demo = useDemoPage();

describe('the demo host app: buying credits from Profile → Billing', () => {
  it('buys a unit of Generative Credits with the mouse', async () => {
    const { page } = demo;
    await demo.open('?scenario=basic');
    await page.getByRole('button', { name: 'Profile' }).click();
    await page.getByRole('menuitem', { name: 'Billing' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Billing', level: 1 }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Upgrade Credits' }).click();
    await page.getByRole('button', { name: 'Increase units' }).click();
    const field = page.getByRole('spinbutton', { name: 'Generative Credits units' });
    expect(await field.inputValue()).toBe('2');
    await page.getByText('2 units × $10.00 × 3 users = $60.00').waitFor();

    await page.getByRole('button', { name: 'Review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm add-on change' });
    await dialog.getByText('180 credits', { exact: true }).waitFor();
    const confirm = dialog.getByRole('button', { name: 'Update Add-On' });
    await expect.poll(() => confirm.isEnabled()).toBe(true);
    await confirm.click();

    await dialog.waitFor({ state: 'detached' });
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Generative Credits updated: you now have 2 units.');
    await expect.poll(() => focusedName(page)).toBe('Upgrade Credits');
    expect(demo.problems).toEqual([]);
    expect(demo.violations).toEqual([]);
  });

  it('does the same journey by keyboard alone, and focus returns to Upgrade Credits', async () => {
    const { page } = demo;
    await demo.open('?scenario=basic');
    await page.locator('.demo-header').waitFor();

    await tabTo(page, 'Profile');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Profile'); // the first menu item
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('Billing');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Billing'); // the page's heading
    await page.getByRole('button', { name: 'Upgrade Credits' }).waitFor();

    await buyThreeUnitsByKeyboard(page);
    expect(demo.problems).toEqual([]);
    expect(demo.violations).toEqual([]);
  });

  it('switches the mock backend to the Team plan billed yearly, whose panel and dialog speak of years', async () => {
    const { page } = demo;
    await demo.open('?scenario=basic#/billing');
    await page.locator('.rbw-panel[data-state="active"]').waitFor();
    await page.getByRole('combobox', { name: 'Mock backend scenario' }).selectOption('teamAnnual');
    const panel = page.locator('.rbw-panel[data-state="active"]');
    await panel.getByText('Yearly · $250.00 / year').waitFor();
    expect(new URL(page.url()).searchParams.get('scenario')).toBe('teamAnnual');

    await page.getByRole('button', { name: 'Upgrade Credits' }).click();
    await page.getByRole('button', { name: 'Increase units' }).click();
    await page.getByText('3 units × $300.00 = $900.00').waitFor();
    await page.getByRole('button', { name: 'Review' }).click();
    const dialog = page.locator('.rbw-dialog[data-status="ready"]');
    await dialog.getByText('Credits reset every year and do not roll over to the next year.').waitFor();
    await dialog.screenshot({ path: new URL('dialog-yearly.png', ARTIFACTS).pathname });
    expect(await panel.textContent()).not.toMatch(/month/i);
    expect(await dialog.textContent()).not.toMatch(/month/i);
    expect(demo.problems).toEqual([]);
    expect(demo.violations).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`screenshots the panel, the stepper and the dialog (${theme})`, async () => {
      const { page } = demo;
      await demo.open(`?scenario=basic&theme=${theme}#/billing`);
      const panel = page.locator('.rbw-panel[data-state="active"]');
      await panel.waitFor();
      await panel.screenshot({ path: new URL(`panel-${theme}.png`, ARTIFACTS).pathname });

      await page.getByRole('button', { name: 'Upgrade Credits' }).click();
      await page.getByRole('button', { name: 'Increase units' }).click();
      const stepper = page.locator('.rbw-stepper');
      await page.getByText('2 units × $10.00 × 3 users = $60.00').waitFor();
      await stepper.screenshot({ path: new URL(`stepper-${theme}.png`, ARTIFACTS).pathname });

      await page.getByRole('button', { name: 'Review' }).click();
      const dialog = page.locator('.rbw-dialog[data-status="ready"]');
      await dialog.waitFor();
      await dialog.screenshot({ path: new URL(`dialog-${theme}.png`, ARTIFACTS).pathname });
      await page.screenshot({ path: new URL(`page-dialog-${theme}.png`, ARTIFACTS).pathname });
      expect(demo.problems).toEqual([]);
      expect(demo.violations).toEqual([]);
    });
  }
});
