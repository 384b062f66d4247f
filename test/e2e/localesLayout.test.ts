import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, useDemoPage } from './browser';
import { boxOf, contrast, right } from './geometry';

// Every language at 320 CSS px (a 640 px window at 200% zoom, WCAG's reflow width), right to left
// in Arabic, and in Windows high contrast (forced colors). Measured rather than compared as
// pixels: nothing scrolls sideways, no text runs out of its box, Arabic mirrors the stepper and
// the timeline, and in forced colors every button has an edge, focus a ring and the meter a fill.
// Screenshots land in test-artifacts/e2e/ to be looked at.

const demo = useDemoPage();

/** The locales of contract section 9. */
const TAGS = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt-BR', 'ja', 'ko', 'zh-CN', 'ar'];
const NARROW = { width: 320, height: 720 };

/** The demo's billing page in `tag` (and any other query, e.g. `&dir=ltr`), once the panel has loaded. */
async function openPanel(tag: string, query = ''): Promise<Locator> {
  await demo.open(`?scenario=basic&locale=${tag}${query}#/billing`);
  const panel = demo.page.locator('.rbw-panel[data-state="active"]');
  await panel.waitFor();
  return panel;
}

// The controls by their place in the markup (their names are the language's).
const upgradeButton = (panel: Locator) => panel.locator('.rbw-addon__header .rbw-button');
const decreaseButton = (panel: Locator) => panel.locator('.rbw-stepper__controls > button').first();
const increaseButton = (panel: Locator) => panel.locator('.rbw-stepper__controls > button').last();
const unitsField = (panel: Locator) => panel.locator('.rbw-stepper__input');

/** Opens the stepper and adds a unit; returns the stepper once the server's quote for it is shown. */
async function increaseByOne(panel: Locator): Promise<Locator> {
  await upgradeButton(panel).click();
  await increaseButton(panel).click();
  const stepper = panel.locator('.rbw-stepper[data-change="increase"]');
  await stepper.locator('.rbw-summary:not([data-estimate])').waitFor();
  return stepper;
}

/** Reviews the stepper's units; returns the dialog once it holds the server's quote. */
async function review(stepper: Locator): Promise<Locator> {
  await stepper.locator(':scope > .rbw-actions .rbw-button--primary').click();
  const dialog = demo.page.locator('.rbw-dialog[data-status="ready"]');
  await dialog.waitFor();
  return dialog;
}

/**
 * What spills out under `selector`: the root scrolling sideways, a box whose content (text, or the
 * boxes in it) is wider than it, inline text reaching past the root, and the page scrolling sideways.
 */
function overflowIn(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((rootSelector) => {
    const root = document.querySelector<HTMLElement>(rootSelector);
    if (!root) return [`${rootSelector} missing`];
    const problems: string[] = [];
    const name = (element: Element) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent}"`;
    if (root.scrollWidth > root.clientWidth + 1) problems.push(`${rootSelector} scrolls sideways`);
    if (document.documentElement.scrollWidth > window.innerWidth) problems.push('the page scrolls sideways');
    const bounds = root.getBoundingClientRect();
    for (const element of root.querySelectorAll<HTMLElement>('*')) {
      // Text for screen readers only is clipped to a pixel on purpose.
      if (element.getClientRects().length === 0 || element.closest('.rbw-visually-hidden')) continue;
      if (getComputedStyle(element).display === 'inline') {
        const box = element.getBoundingClientRect();
        if (box.left < bounds.left - 1 || box.right > bounds.right + 1)
          problems.push(`${name(element)} leaves the widget`);
      } else if (element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${name(element)} is wider than its box`);
      }
    }
    return problems;
  }, selector);
}

describe('every language at 320 px wide (200% zoom)', () => {
  for (const tag of TAGS) {
    it(`${tag}: the panel, the stepper and the dialog fit, no text clipped or scrolling sideways`, async () => {
      const { page } = demo;
      await page.setViewportSize(NARROW);
      const panel = await openPanel(tag);
      expect(await overflowIn(page, '.rbw-panel')).toEqual([]);
      const stepper = await increaseByOne(panel);
      expect(await overflowIn(page, '.rbw-panel')).toEqual([]);
      const dialog = await review(stepper);
      expect(await overflowIn(page, '.rbw-dialog')).toEqual([]);
      // The dialog's timeline: now, then the next period, side by side within the dialog.
      const segments = dialog.locator('.rbw-timeline__segment');
      expect(await segments.count()).toBe(2);
      expect(demo.problems).toEqual([]);
    });
  }

  for (const tag of ['de', 'ja', 'ar']) {
    it(`${tag}: screenshots of the panel, the stepper and the dialog`, async () => {
      const { page } = demo;
      await page.setViewportSize(NARROW);
      const panel = await openPanel(tag);
      await panel.screenshot({ path: new URL(`${tag}-panel-320.png`, ARTIFACTS).pathname });
      const stepper = await increaseByOne(panel);
      await stepper.screenshot({ path: new URL(`${tag}-stepper-320.png`, ARTIFACTS).pathname });
      const dialog = await review(stepper);
      await dialog.screenshot({ path: new URL(`${tag}-dialog-320.png`, ARTIFACTS).pathname });
      expect(demo.problems).toEqual([]);
    });
  }
});

describe('Arabic, right to left', () => {
  it('carries dir="rtl" on the panel and on the dialog portalled out of it', async () => {
    const panel = await openPanel('ar');
    expect(await panel.getAttribute('dir')).toBe('rtl');
    const dialog = await review(await increaseByOne(panel));
    expect(await dialog.getAttribute('dir')).toBe('rtl');
    expect(await demo.page.locator('.rbw-overlay').getAttribute('dir')).toBe('rtl');
    // Centred, as in left-to-right languages.
    const box = await boxOf(dialog);
    expect(Math.abs(box.x + box.width / 2 - 1200 / 2)).toBeLessThanOrEqual(2);
  });

  it('mirrors the stepper: Increase left of the field and Decrease right of it, the other way round from English', async () => {
    const order = async (tag: string, query = '') => {
      const panel = await openPanel(tag, query);
      await upgradeButton(panel).click();
      const [decrease, field, increase] = [
        await boxOf(decreaseButton(panel)),
        await boxOf(unitsField(panel)),
        await boxOf(increaseButton(panel)),
      ];
      return { increaseRightOfField: increase.x >= right(field), decreaseLeftOfField: right(decrease) <= field.x };
    };
    expect(await order('en')).toEqual({ increaseRightOfField: true, decreaseLeftOfField: true });
    expect(await order('ar')).toEqual({ increaseRightOfField: false, decreaseLeftOfField: false });
    // The provider's dir wins over the language's.
    expect(await order('ar', '&dir=ltr')).toEqual({ increaseRightOfField: true, decreaseLeftOfField: true });
  });

  it('runs the timeline from the right: now first, the next period to its left', async () => {
    const dialog = await review(await increaseByOne(await openPanel('ar')));
    const [now, next] = [
      await boxOf(dialog.locator('.rbw-timeline__segment[data-period="current"]')),
      await boxOf(dialog.locator('.rbw-timeline__segment[data-period="next"]')),
    ];
    expect(now.x).toBeGreaterThanOrEqual(right(next) - 0.5);
    // The meter fills from the right too.
    const meter = await boxOf(demo.page.locator('.rbw-meter'));
    const fill = await boxOf(demo.page.locator('.rbw-meter__fill'));
    expect(Math.abs(right(fill) - right(meter))).toBeLessThanOrEqual(1);
  });
});

describe('in forced colors (Windows high contrast)', () => {
  /** The outline, border and colours an element is drawn with, and the background behind it. */
  function drawnWith(locator: Locator) {
    return locator.evaluate((element) => {
      const style = getComputedStyle(element);
      let behind = 'rgb(0, 0, 0)';
      for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
        const background = getComputedStyle(node).backgroundColor;
        if (!/rgba\(.*, 0\)|transparent/.test(background)) {
          behind = background;
          break;
        }
      }
      return {
        focusVisible: element.matches(':focus-visible'),
        outlineStyle: style.outlineStyle,
        outlineWidth: Number.parseFloat(style.outlineWidth),
        outlineColor: style.outlineColor,
        borderStyle: style.borderTopStyle,
        borderWidth: Number.parseFloat(style.borderTopWidth),
        borderColor: style.borderTopColor,
        background: style.backgroundColor,
        behind,
      };
    });
  }

  /** Fails unless `locator`, focused from the keyboard, shows a solid ring standing out from what is behind it. */
  async function expectFocusRing(locator: Locator, name: string) {
    // A key pressed first, so the focus shows as after Tab (not as after a click).
    await demo.page.keyboard.press('Shift');
    await locator.focus();
    const drawn = await drawnWith(locator);
    expect(drawn.focusVisible, `${name} focus-visible`).toBe(true);
    expect(drawn.outlineStyle, `${name} outline`).toBe('solid');
    expect(drawn.outlineWidth, `${name} outline width`).toBeGreaterThanOrEqual(2);
    expect(contrast(drawn.outlineColor, drawn.behind), `${name} outline contrast`).toBeGreaterThanOrEqual(3);
  }

  /** Fails unless `locator` has a solid border standing out from the button's face. */
  async function expectBorder(locator: Locator, name: string) {
    const drawn = await drawnWith(locator);
    expect(drawn.borderStyle, `${name} border`).toBe('solid');
    expect(drawn.borderWidth, `${name} border width`).toBeGreaterThanOrEqual(1);
    expect(contrast(drawn.borderColor, drawn.background), `${name} border contrast`).toBeGreaterThanOrEqual(3);
  }

  for (const tag of ['en', 'ar']) {
    it(`${tag}: every button has a border, focus a ring, the meter a fill; screenshots`, async () => {
      const { page } = demo;
      await page.emulateMedia({ forcedColors: 'active' });
      await page.setViewportSize({ width: 360, height: 800 });
      const panel = await openPanel(tag);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);

      // The meter: a fill that stands out from its track, as wide as the share used.
      const meter = panel.locator('.rbw-meter');
      const fill = meter.locator('.rbw-meter__fill');
      const [track, filled] = [await drawnWith(meter), await drawnWith(fill)];
      expect(contrast(filled.background, track.background)).toBeGreaterThanOrEqual(3);
      expect((await boxOf(fill)).width).toBeGreaterThan(0);
      expect(track.borderWidth).toBeGreaterThanOrEqual(1);
      await panel.screenshot({ path: new URL(`forced-colors-${tag}-panel.png`, ARTIFACTS).pathname });

      await expectBorder(upgradeButton(panel), 'Upgrade Credits');
      await expectFocusRing(upgradeButton(panel), 'Upgrade Credits');
      const stepper = await increaseByOne(panel);
      for (const [name, control] of [
        ['Decrease units', decreaseButton(panel)],
        ['Increase units', increaseButton(panel)],
        ['Review', stepper.locator(':scope > .rbw-actions .rbw-button')],
      ] as const) {
        await expectBorder(control, name);
        await expectFocusRing(control, name);
      }
      await expectFocusRing(unitsField(panel), 'the units field');
      await stepper.screenshot({ path: new URL(`forced-colors-${tag}-stepper.png`, ARTIFACTS).pathname });

      const dialog = await review(stepper);
      const buttons = dialog.locator('.rbw-actions .rbw-button');
      expect(await buttons.count()).toBe(2);
      for (const button of await buttons.all()) {
        await expectBorder(button, 'a dialog button');
        await expectFocusRing(button, 'a dialog button');
      }
      const edge = await drawnWith(dialog);
      expect(edge.borderWidth).toBeGreaterThanOrEqual(1);
      const timelineFill = await drawnWith(dialog.locator('.rbw-timeline__fill').first());
      expect(contrast(timelineFill.background, edge.background)).toBeGreaterThanOrEqual(3);
      await dialog.screenshot({ path: new URL(`forced-colors-${tag}-dialog.png`, ARTIFACTS).pathname });
      expect(demo.problems).toEqual([]);
    });
  }
});
