import { expect, waitFor } from 'storybook/test';

/** Waits until the panel in `root` has left `loading` and reached `state` (a status, `none` or `error`). */
export async function panelSettled(root: HTMLElement, state: string, timeout = 10_000): Promise<HTMLElement> {
  let panel: HTMLElement | null = null;
  await waitFor(
    () => {
      panel = root.querySelector<HTMLElement>(`.rbw-panel[data-state="${state}"]`);
      expect(panel).not.toBeNull();
    },
    { timeout },
  );
  return panel as unknown as HTMLElement;
}

/** The document the story renders into: dialogs are portalled outside the canvas. */
export function pageOf(canvasElement: HTMLElement): HTMLElement {
  return canvasElement.ownerDocument.body;
}
