import { expect } from 'vitest';

const BROKEN = ['NaN', 'undefined', '[object Object]'] as const;

/** Fails when anything on the page (portaled dialogs included) shows a value that was never formatted. */
export function expectReadableText(root: HTMLElement = document.body): void {
  const text = root.textContent ?? '';
  for (const broken of BROKEN) expect(text, `the page shows "${broken}"`).not.toContain(broken);
}
