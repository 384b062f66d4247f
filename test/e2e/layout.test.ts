import { describe, expect, it } from 'vitest';
import { useDemoPage } from './browser';
import { type Box, bottom, boxOf, clippedIn, contrast, middle, right } from './geometry';

// The layout a customer sees, as geometry rather than pixels: screenshots differ between
// Chromium builds and fonts, but sections that collapse, overlap or spill out of the panel,
// controls that leave their row or shrink below a usable size, and a dialog off screen are
// wrong in every build. Nothing else fails when a CSS change breaks these.

const demo = useDemoPage();

/** Fails naming every element that does not fit inside `outer` (half a pixel of rounding allowed). */
function expectInside(named: Record<string, Box>, outer: Box) {
  const outside = Object.entries(named)
    .filter(([, box]) => box.x < outer.x - 0.5 || right(box) > right(outer) + 0.5 || bottom(box) > bottom(outer) + 0.5)
    .map(([name]) => name);
  expect(outside).toEqual([]);
}

/** Each box is visible and starts below the one before it: a stack of sections, none on another. */
function expectStacked(named: Record<string, Box>) {
  const entries = Object.entries(named);
  for (const [name, box] of entries) expect(box.height, `${name} height`).toBeGreaterThan(4);
  for (let i = 1; i < entries.length; i++) {
    const [aboveName, above] = entries[i - 1] as [string, Box];
    const [name, box] = entries[i] as [string, Box];
    expect(box.y, `${name} starts below ${aboveName}`).toBeGreaterThanOrEqual(bottom(above) - 0.5);
  }
}

async function openPanel(path: string) {
  await demo.open(path);
  const panel = demo.page.locator('.rbw-panel[data-state="active"]');
  await panel.waitFor();
  return panel;
}

describe('the layout of the panel, the stepper and the dialog in Chromium', () => {
  for (const width of [1200, 360]) {
    it(`stacks the panel's sections without overlap and keeps them inside it (${width} px wide)`, async () => {
      await demo.page.setViewportSize({ width, height: 900 });
      const panel = await openPanel('?scenario=basic#/billing');
      const sections = {
        header: await boxOf(panel.locator('.rbw-panel__header')),
        stateSentence: await boxOf(panel.locator('.rbw-state-sentence')),
        planFacts: await boxOf(panel.locator('.rbw-facts--plan')),
        credits: await boxOf(panel.locator('.rbw-credits')),
        addOns: await boxOf(panel.locator('.rbw-addons')),
      };
      expectStacked(sections);
      expectInside(sections, await boxOf(panel));
      expect(await clippedIn(demo.page, '.rbw-panel')).toEqual([]);
      // Nothing makes the host page scroll sideways, even on a phone.
      expect(await demo.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }

  it('fills the credit meter in proportion to the credits used', async () => {
    const panel = await openPanel('?scenario=basic#/billing');
    const meter = panel.getByRole('meter');
    const [track, fill] = [await boxOf(meter), await boxOf(meter.locator('.rbw-meter__fill'))];
    const used = Number(await meter.getAttribute('aria-valuenow'));
    const total = Number(await meter.getAttribute('aria-valuemax'));
    expect(total).toBeGreaterThan(0);
    expect(fill.width / track.width).toBeCloseTo(used / total, 1);
    expect(fill.height).toBeGreaterThan(0);
  });

  it('keeps the stepper on one row with controls large enough to hit (24 px, WCAG 2.5.8)', async () => {
    const panel = await openPanel('?scenario=basic#/billing');
    await panel.getByRole('button', { name: 'Upgrade Credits' }).click();
    const decrease = await boxOf(panel.getByRole('button', { name: 'Decrease units' }));
    const field = await boxOf(panel.getByRole('spinbutton'));
    const increase = await boxOf(panel.getByRole('button', { name: 'Increase units' }));
    expect(Math.abs(middle(decrease) - middle(field))).toBeLessThanOrEqual(2);
    expect(Math.abs(middle(increase) - middle(field))).toBeLessThanOrEqual(2);
    expect(field.x).toBeGreaterThanOrEqual(right(decrease) - 0.5);
    expect(increase.x).toBeGreaterThanOrEqual(right(field) - 0.5);
    for (const control of [decrease, field, increase]) {
      expect(control.width).toBeGreaterThanOrEqual(24);
      expect(control.height).toBeGreaterThanOrEqual(24);
    }
    const review = await boxOf(panel.getByRole('button', { name: 'Review' }));
    expect(review.y).toBeGreaterThanOrEqual(bottom(field));
    expect(await clippedIn(demo.page, '.rbw-stepper')).toEqual([]);
  });

  for (const theme of ['light', 'dark']) {
    it(`outlines the units field at 3:1 or more against the stepper (${theme}, WCAG 1.4.11)`, async () => {
      const panel = await openPanel(`?scenario=basic&theme=${theme}#/billing`);
      await panel.getByRole('button', { name: 'Upgrade Credits' }).click();
      const colours = await panel.getByRole('spinbutton').evaluate((field) => ({
        border: getComputedStyle(field).borderTopColor,
        around: getComputedStyle(field.closest('.rbw-stepper') as Element).backgroundColor,
        inside: getComputedStyle(field).backgroundColor,
      }));
      // The border is the field's only edge: it must stand out from both sides of it.
      expect(contrast(colours.border, colours.around)).toBeGreaterThanOrEqual(3);
      expect(contrast(colours.border, colours.inside)).toBeGreaterThanOrEqual(3);
    });
  }

  for (const width of [1200, 360]) {
    it(`shows the dialog whole, centred and on top of the page (${width} px wide)`, async () => {
      const { page } = demo;
      await page.setViewportSize({ width, height: 800 });
      const panel = await openPanel('?scenario=basic#/billing');
      await panel.getByRole('button', { name: 'Upgrade Credits' }).click();
      await panel.getByRole('button', { name: 'Increase units' }).click();
      await panel.getByRole('button', { name: 'Review' }).click();
      const dialog = page.locator('.rbw-dialog[data-status="ready"]');
      await dialog.waitFor();
      const box = await boxOf(dialog);
      expectInside({ dialog: box }, { x: 0, y: 0, width, height: 800 });
      expect(Math.abs(box.x + box.width / 2 - width / 2)).toBeLessThanOrEqual(2);
      // What is under the dialog's centre is the dialog, not the overlay or the page.
      const hits = await page.evaluate(
        (points) =>
          points.map(
            ({ x, y }) => document.elementFromPoint(x, y)?.closest('.rbw-overlay, .rbw-dialog')?.className ?? '',
          ),
        [
          // The dialog's own middle: the dialog is there, not the overlay or the page.
          { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 40) },
          // Two corners of the page: the overlay covers them, so nothing behind can be clicked.
          { x: 1, y: 1 },
          { x: width - 2, y: 798 },
        ],
      );
      expect(hits[0]).toMatch(/rbw-dialog/);
      expect(hits.slice(1).every((name) => /rbw-overlay|rbw-dialog/.test(name))).toBe(true);
      expect(await clippedIn(page, '.rbw-dialog')).toEqual([]);
    });
  }
});
