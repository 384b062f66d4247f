import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { BillingMessages } from 'react-billing-widget/headless';
import { expect } from 'vitest';
import { expectReadableText } from './readableText';

/** The accessible names a purchase is driven by (contract section 5). */
export interface FlowNames {
  upgradeCredits: string;
  unitsField: string;
  increaseUnits: string;
  review: string;
  confirmTitle: string;
  updateAddOn: string;
}

/** The contract's English names, written out so a changed default fails the tests that use them. */
export const CONTRACT_NAMES: FlowNames = {
  upgradeCredits: 'Upgrade Credits',
  unitsField: 'Generative Credits units',
  increaseUnits: 'Increase units',
  review: 'Review',
  confirmTitle: 'Confirm add-on change',
  updateAddOn: 'Update Add-On',
};

/** The names a set of messages (a locale) gives the flow, for the add-on `addOnName`. */
export function flowNames(messages: BillingMessages, addOnName = 'Generative Credits'): FlowNames {
  return { ...messages, unitsField: messages.unitsLabel({ addOnName }) };
}

/** Clicks Upgrade Credits and returns the units field. */
export async function openStepper(
  user: UserEvent,
  scope: HTMLElement = document.body,
  names: FlowNames = CONTRACT_NAMES,
): Promise<HTMLElement> {
  await user.click(await within(scope).findByRole('button', { name: names.upgradeCredits }));
  return within(scope).getByRole('spinbutton', { name: names.unitsField });
}

/** Replaces the units field's text, as a customer typing a number. */
export async function typeUnits(user: UserEvent, field: HTMLElement, value: string): Promise<void> {
  await user.clear(field);
  if (value) await user.type(field, value);
}

/** Clicks Review and waits until the dialog holds a server quote that can be confirmed. */
export async function openReview(
  user: UserEvent,
  scope: HTMLElement = document.body,
  names: FlowNames = CONTRACT_NAMES,
): Promise<HTMLElement> {
  await user.click(within(scope).getByRole('button', { name: names.review }));
  const dialog = await screen.findByRole('dialog', { name: names.confirmTitle });
  await waitFor(() => expect(updateButton(dialog, names)).toBeEnabled());
  expectReadableText();
  return dialog;
}

/** Opens the stepper, adds one unit to what it starts at and opens the dialog for that. */
export async function reviewOneMoreUnit(
  user: UserEvent,
  scope: HTMLElement = document.body,
  names: FlowNames = CONTRACT_NAMES,
): Promise<HTMLElement> {
  await openStepper(user, scope, names);
  await user.click(within(scope).getByRole('button', { name: names.increaseUnits }));
  return openReview(user, scope, names);
}

/**
 * The value beside `term` among the dialog's figures ("New recurring charge" → "$90.00 / month…"): the
 * credits timeline repeats some of them, so a figure is found by its term.
 */
export function dialogFigure(dialog: HTMLElement, term: string): HTMLElement {
  const value = within(dialog).getByText(term, { selector: 'dt' }).nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`No value beside "${term}" in the dialog`);
  return value;
}

/** The dialog's Update Add-On button. */
export function updateButton(dialog: HTMLElement, names: FlowNames = CONTRACT_NAMES): HTMLElement {
  return within(dialog).getByRole('button', { name: names.updateAddOn });
}

/** Clicks Update Add-On and waits for the dialog to close on success. */
export async function confirmChange(
  user: UserEvent,
  dialog: HTMLElement,
  names: FlowNames = CONTRACT_NAMES,
): Promise<void> {
  await user.click(updateButton(dialog, names));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

/** The text of the polite live region once it reports an outcome. */
export async function outcome(scope: HTMLElement = document.body): Promise<HTMLElement> {
  const status = await within(scope).findByRole('status');
  await waitFor(() => expect(status).toHaveAttribute('data-status', 'outcome'));
  return status;
}
