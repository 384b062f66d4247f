import { within } from '@testing-library/react';
import { createMemoryAdapter } from 'react-billing-widget/core';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';
import { openReview, openStepper } from '../support/panelFlow';
import { renderWorkspaces } from '../support/workspaces';

// Issue 16: two panels of the same subscription on one page rendered the same element ids (built
// from the subscription's id), so a label or a heading reference could point into the other panel.

/** Every id reference on the page and the element it resolves to. */
function references() {
  return [...document.querySelectorAll('[aria-labelledby], [aria-controls], [aria-describedby], label[for]')].flatMap(
    (element) =>
      ['aria-labelledby', 'aria-controls', 'aria-describedby', 'for']
        .flatMap((name) => element.getAttribute(name)?.split(' ') ?? [])
        .map((id) => ({ element, target: document.getElementById(id) })),
  );
}

describe('two panels of one subscription on a page', () => {
  it('render no id twice, and every reference resolves inside its own panel', async () => {
    const engine = () => createMemoryAdapter({ subscription: basicSubscription() });
    const { user, region } = renderWorkspaces({ 'Workspace A': engine(), 'Workspace B': engine() });
    const a = region('Workspace A');
    const b = region('Workspace B');
    await openStepper(user, a);
    await openStepper(user, b);
    await user.click(within(a).getByRole('button', { name: 'Increase units' }));
    await openReview(user, a);

    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids.length).toBeGreaterThan(6);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);

    const found = references();
    expect(found.length).toBeGreaterThan(6);
    for (const { element, target } of found) {
      expect(target, `${element.outerHTML.slice(0, 80)} points at nothing`).not.toBeNull();
      // The dialog is portalled out of its panel: it refers only to itself.
      const scope = element.closest('[role="dialog"]') ?? element.closest('section[aria-label^="Workspace"]');
      expect(scope?.contains(target as Node), `${element.outerHTML.slice(0, 80)} points outside its panel`).toBe(true);
    }
  });
});
