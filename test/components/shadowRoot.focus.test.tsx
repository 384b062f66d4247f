import { render, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryAdapter } from 'react-billing-widget/core';
import { basicCreditsAddOn, basicSubscription } from 'react-billing-widget/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { BillingPanel, BillingProvider } from '../../src/index';

// Issue 16: embedded in a shadow root (a common way to embed), the focus hand-offs looked elements up
// with document.getElementById / document.activeElement, which see only the shadow host, and the
// dialog portalled to document.body, out of reach of the styles adopted in the shadow root.
// (The whole keyboard journey runs in Chromium: test/e2e/shadowRoot.test.ts.)

let host: HTMLElement | null = null;
afterEach(() => {
  host?.remove();
  host = null;
});

function renderInShadowRoot() {
  host = document.createElement('div');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const container = document.createElement('div');
  shadow.append(container);
  const engine = createMemoryAdapter({
    subscription: basicSubscription({ addOns: [basicCreditsAddOn({ units: 1, maxUnits: 2 })] }),
  });
  render(
    <BillingProvider adapter={engine} locale="en-US">
      <BillingPanel />
    </BillingProvider>,
    { container },
  );
  // Testing Library reads a shadow root like an element.
  return { shadow, inShadow: within(shadow as unknown as HTMLElement), user: userEvent.setup(), engine };
}

describe('the widget inside an open shadow root', () => {
  it('hands focus to the units field when Increase units reaches the bound', async () => {
    const { shadow, inShadow, user } = renderInShadowRoot();
    await user.click(await inShadow.findByRole('button', { name: 'Upgrade Credits' }));
    const increase = inShadow.getByRole('button', { name: 'Increase units' });
    await user.click(increase);
    expect(increase).toBeDisabled();
    expect(shadow.activeElement).toBe(inShadow.getByRole('spinbutton', { name: 'Generative Credits units' }));
  });

  it('portals the dialog into the shadow root, focuses its first control, and returns focus to Review on Escape', async () => {
    const { shadow, inShadow, user } = renderInShadowRoot();
    await user.click(await inShadow.findByRole('button', { name: 'Upgrade Credits' }));
    await user.click(inShadow.getByRole('button', { name: 'Increase units' }));
    const review = inShadow.getByRole('button', { name: 'Review' });
    await waitFor(() => expect(review).toBeEnabled());
    await user.click(review);

    const dialog = await inShadow.findByRole('dialog', { name: 'Confirm add-on change' });
    expect(dialog.getRootNode()).toBe(shadow);
    expect(document.body.querySelector('[role="dialog"]')).toBeNull();
    await waitFor(() => expect(shadow.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' })));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(inShadow.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(shadow.activeElement).toBe(review));
  });

  it('applies the change and returns focus to Upgrade Credits, all inside the shadow root', async () => {
    const { shadow, inShadow, user, engine } = renderInShadowRoot();
    await user.click(await inShadow.findByRole('button', { name: 'Upgrade Credits' }));
    await user.click(inShadow.getByRole('button', { name: 'Increase units' }));
    await user.click(inShadow.getByRole('button', { name: 'Review' }));
    const dialog = await inShadow.findByRole('dialog', { name: 'Confirm add-on change' });
    const update = within(dialog).getByRole('button', { name: 'Update Add-On' });
    await waitFor(() => expect(update).toBeEnabled());
    await user.click(update);
    await waitFor(() => expect(inShadow.getByRole('status')).toHaveTextContent('you now have 2 units'));
    await waitFor(() => expect(shadow.activeElement).toBe(inShadow.getByRole('button', { name: 'Upgrade Credits' })));
    expect(engine.ledger).toHaveLength(1);
  });
});
