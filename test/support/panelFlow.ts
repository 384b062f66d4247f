import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { expectReadableText } from './readableText';

/** Clicks Upgrade Credits and returns the units field. */
export async function openStepper(user: UserEvent, scope: HTMLElement = document.body): Promise<HTMLElement> {
  await user.click(await within(scope).findByRole('button', { name: 'Upgrade Credits' }));
  return within(scope).getByRole('spinbutton', { name: 'Generative Credits units' });
}

/** Replaces the units field's text, as a customer typing a number. */
export async function typeUnits(user: UserEvent, field: HTMLElement, value: string): Promise<void> {
  await user.clear(field);
  if (value) await user.type(field, value);
}

/** Clicks Review and waits until the dialog holds a server quote that can be confirmed. */
export async function openReview(user: UserEvent, scope: HTMLElement = document.body): Promise<HTMLElement> {
  await user.click(within(scope).getByRole('button', { name: 'Review' }));
  const dialog = await screen.findByRole('dialog', { name: 'Confirm add-on change' });
  await waitFor(() => expect(updateButton(dialog)).toBeEnabled());
  expectReadableText();
  return dialog;
}

/** Opens the stepper, adds one unit to what it starts at and opens the dialog for that. */
export async function reviewOneMoreUnit(user: UserEvent, scope: HTMLElement = document.body): Promise<HTMLElement> {
  await openStepper(user, scope);
  await user.click(within(scope).getByRole('button', { name: 'Increase units' }));
  return openReview(user, scope);
}

/** The dialog's Update Add-On button. */
export function updateButton(dialog: HTMLElement): HTMLElement {
  return within(dialog).getByRole('button', { name: 'Update Add-On' });
}

/** Clicks Update Add-On and waits for the dialog to close on success. */
export async function confirmChange(user: UserEvent, dialog: HTMLElement): Promise<void> {
  await user.click(updateButton(dialog));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

/** The text of the polite live region once it reports an outcome. */
export async function outcome(scope: HTMLElement = document.body): Promise<HTMLElement> {
  const status = await within(scope).findByRole('status');
  await waitFor(() => expect(status).toHaveAttribute('data-status', 'outcome'));
  return status;
}
