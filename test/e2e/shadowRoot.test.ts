import { describe, expect, it } from 'vitest';
import { ARTIFACTS, focusedName, tabTo, useDemoPage } from './browser';

// Issue 16: the whole keyboard journey with the widget inside an open shadow root (the demo's
// #/embedded page), its stylesheet adopted there. Focus hand-offs that read document.activeElement
// saw only the shadow host; a dialog portalled to document.body got none of the adopted styles.

const demo = useDemoPage();

/** True when the widget's shadow root holds an element matching `selector`. */
const inShadow = (selector: string) =>
  demo.page.evaluate(
    (css) => Boolean(document.getElementById('billing-host')?.shadowRoot?.querySelector(css)),
    selector,
  );

describe('the widget inside an open shadow root, by keyboard alone', () => {
  it('buys a unit with the stepper and the dialog in the shadow root, focus never lost', async () => {
    const { page } = demo;
    await demo.open('?scenario=basic#/embedded');
    await page.getByRole('button', { name: 'Upgrade Credits' }).waitFor();
    // The adopted stylesheet reached the shadow root: the panel is laid out as a card.
    const panelStyle = await page.evaluate(() => {
      const panel = document.getElementById('billing-host')?.shadowRoot?.querySelector('.rbw-panel');
      return panel ? getComputedStyle(panel).borderTopStyle : 'missing';
    });
    expect(panelStyle).not.toBe('missing');
    expect(panelStyle).not.toBe('none');

    await tabTo(page, 'Upgrade Credits');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Increase units');
    await page.keyboard.press('Space');
    const field = page.getByRole('spinbutton', { name: 'Generative Credits units' });
    expect(await field.inputValue()).toBe('2');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowUp');
    expect(await field.inputValue()).toBe('3');
    await page.getByText('3 units × $10.00 × 3 users = $90.00').waitFor();

    await tabTo(page, 'Review');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Confirm add-on change' });
    await dialog.waitFor();
    // Portalled into the shadow root, where the styles are: a fixed, painted dialog.
    expect(await inShadow('[role="dialog"]')).toBe(true);
    expect(await page.evaluate(() => Boolean(document.body.querySelector(':scope > [role="dialog"]')))).toBe(false);
    expect(await dialog.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    await expect.poll(() => focusedName(page)).toBe('Cancel');
    await page.screenshot({ path: new URL('shadow-root-dialog.png', ARTIFACTS).pathname });

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
    expect(demo.problems).toEqual([]);
    expect(demo.violations).toEqual([]);
  });
});
