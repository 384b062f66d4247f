import { describe, expect, it } from 'vitest';
import { ARTIFACTS, buyThreeUnitsByKeyboard, focusedName, useDemoPage } from './browser';

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

/** True when focus is on an element inside the dialog in the widget's shadow root. */
const focusInDialog = () =>
  demo.page.evaluate(() => {
    const shadow = document.getElementById('billing-host')?.shadowRoot;
    const active = shadow?.activeElement;
    return Boolean(active && shadow.querySelector('[role="dialog"]')?.contains(active));
  });

describe('the widget inside an open shadow root, by keyboard alone', () => {
  it('buys two more units with the stepper and the dialog in the shadow root, focus never lost', async () => {
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

    await buyThreeUnitsByKeyboard(page, async (dialog) => {
      // Portalled into the shadow root, where the styles are: a fixed, painted dialog.
      expect(await inShadow('[role="dialog"]')).toBe(true);
      expect(await page.evaluate(() => Boolean(document.body.querySelector(':scope > [role="dialog"]')))).toBe(false);
      expect(await dialog.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
      await expect.poll(() => focusedName(page)).toBe('Cancel');
      // A modal dialog keeps Tab in it: round and round, both ways, never to the page behind.
      await expect.poll(() => dialog.getByRole('button', { name: 'Update Add-On' }).isEnabled()).toBe(true);
      const seen = new Set<string>();
      for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
        await page.keyboard.press(key);
        expect(await focusInDialog(), `focus after ${key}`).toBe(true);
        seen.add(await focusedName(page));
      }
      expect([...seen].sort()).toEqual(['Cancel', 'Update Add-On']);
      await page.screenshot({ path: new URL('shadow-root-dialog.png', ARTIFACTS).pathname });
    });
    expect(demo.problems).toEqual([]);
    expect(demo.violations).toEqual([]);
  });
});
