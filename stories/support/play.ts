import type { StoryContext } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';

/** Waits until the panel in `root` has left `loading` and reached `state` (a status, `none` or `error`). */
export async function panelSettled(root: HTMLElement, state: string, timeout = 10_000): Promise<HTMLElement> {
  return waitFor(
    () => {
      const panel = root.querySelector<HTMLElement>(`.rbw-panel[data-state="${state}"]`);
      expect(panel).not.toBeNull();
      return panel as HTMLElement;
    },
    { timeout },
  );
}

/** The document the story renders into: dialogs are portalled outside the canvas. */
export function pageOf(canvasElement: HTMLElement): HTMLElement {
  return canvasElement.ownerDocument.body;
}

/** Opens the stepper of the panel's add-on: clicks Upgrade Credits. */
export async function openStepper({ canvas, userEvent }: StoryContext): Promise<void> {
  await userEvent.click(canvas.getByRole('button', { name: 'Upgrade Credits' }));
}

/** Clicks Review once it is enabled; returns the dialog and its Update Add-On button, once that is enabled. */
export async function openReview({ canvas, canvasElement, userEvent }: StoryContext) {
  const review = canvas.getByRole('button', { name: 'Review' });
  await waitFor(() => expect(review).toBeEnabled());
  await userEvent.click(review);
  const dialog = await within(pageOf(canvasElement)).findByRole('dialog', { name: 'Confirm add-on change' });
  const confirm = within(dialog).getByRole('button', { name: 'Update Add-On' });
  await waitFor(() => expect(confirm).toBeEnabled());
  return { dialog, confirm };
}

/**
 * Waits long enough for the mock backend (which answers at once) to have answered: a state a story
 * holds for review must still be on screen after it.
 */
export function heldForReview(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 500));
}
