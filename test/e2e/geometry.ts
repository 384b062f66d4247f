import type { Locator, Page } from 'playwright-core';

/** A rendered element's box in CSS pixels. */
export type Box = { x: number; y: number; width: number; height: number };

/** The element's box; fails when it is not rendered. */
export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator} is not rendered`);
  return box;
}

export const bottom = (box: Box) => box.y + box.height;
export const right = (box: Box) => box.x + box.width;
export const middle = (box: Box) => box.y + box.height / 2;

/** Elements inside `root` whose content is wider than their box (text cut off or overflowing). */
export function clippedIn(page: Page, root: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const container = document.querySelector(selector);
    if (!container) return [`${selector} missing`];
    return [...container.querySelectorAll<HTMLElement>('*')]
      .filter((element) => element.offsetParent !== null && element.scrollWidth > element.clientWidth + 1)
      .filter((element) => getComputedStyle(element).overflowX !== 'visible' || element.tagName === 'INPUT')
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  }, root);
}

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
export function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((channel) => {
      const c = channel / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
