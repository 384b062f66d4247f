import { expect } from 'vitest';

/** Text that must never reach the screen: a formatter fed a bad value, or an object stringified. */
const BROKEN = ['NaN', 'undefined', '[object Object]', 'Infinity'] as const;

/** Fails when `text` holds a value that was never formatted; `where` names it in the failure. */
export function expectFormatted(text: string, where = 'the text'): void {
  for (const broken of BROKEN) expect(text, `${where} shows "${broken}"`).not.toContain(broken);
}

/** Fails when anything on the page (portaled dialogs included) shows a value that was never formatted. */
export function expectReadableText(root: HTMLElement = document.body): void {
  expectFormatted(root.textContent ?? '', 'the page');
}
