// Server data on first paint (issue 14, item 4): a host that loads the subscription on the server
// passes it as initialSubscription; the server HTML then shows the plan, with no loading state and
// without asking the adapter.

import { createMemoryAdapter } from 'react-billing-widget/core';
import { basicSubscription } from 'react-billing-widget/mocks';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { BillingPanel, BillingProvider, type Subscription } from '../../src/index';

function serverHtml(initialSubscription: Subscription | null) {
  const adapter = createMemoryAdapter({ subscription: basicSubscription() });
  const getSubscription = vi.spyOn(adapter, 'getSubscription');
  const html = renderToString(
    <BillingProvider adapter={adapter} locale="en-US" initialSubscription={initialSubscription}>
      <BillingPanel />
    </BillingProvider>,
  );
  return { html, getSubscription };
}

describe('server rendering with initialSubscription', () => {
  it('renders the plan, its add-on and Upgrade Credits, with no loading state and no adapter call', () => {
    const { html, getSubscription } = serverHtml(basicSubscription());
    expect(html).toContain('<span class="rbw-plan-name">Basic</span>');
    expect(html).toContain('data-state="active"');
    expect(html).toContain('Generative Credits');
    expect(html).toContain('Upgrade Credits');
    expect(html).not.toContain('aria-busy');
    expect(html).not.toContain('Loading');
    expect(getSubscription).not.toHaveBeenCalled();
  });

  it('renders the no-subscription sentence for null', () => {
    const { html } = serverHtml(null);
    expect(html).toContain('data-state="none"');
    expect(html).toContain('You have no subscription yet');
  });

  it('renders the loading state, not a crash, for a subscription that fails validation', () => {
    const { html, getSubscription } = serverHtml({ ...basicSubscription(), seats: 0 });
    expect(html).toContain('data-state="loading"');
    expect(html).not.toContain('Basic');
    expect(getSubscription).not.toHaveBeenCalled();
  });
});
