// Server rendering in plain Node (no jsdom): the panel renders its loading state, asks the
// adapter nothing, and none of our code reaches for `window`.

import { createMemoryAdapter } from 'react-billing-widget/core';
import { scenarios } from 'react-billing-widget/mocks';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AddOnStepper, BillingPanel, BillingProvider, ConfirmDialog, CreditMeter } from '../../src/index';

/** What `window` was before the stub below replaced it with a getter that always answers `undefined`. */
const windowTypeAtLoad = typeof globalThis.window;

/** Stacks of every read of `window`; the getter still answers `undefined`, like a real server. */
let windowReads: string[] = [];

beforeEach(() => {
  windowReads = [];
  Object.defineProperty(globalThis, 'window', {
    configurable: true,
    get() {
      windowReads.push(new Error('window read').stack ?? '');
      return undefined;
    },
  });
});

afterEach(() => {
  Reflect.deleteProperty(globalThis, 'window');
});

/** Reads of `window` from our own sources (libraries may probe `typeof window` to detect a server). */
const ownReads = () => windowReads.filter((stack) => /\/(src|mocks)\/[^\s]*\.(ts|tsx)/.test(stack));

describe('server rendering', () => {
  it('runs in Node without a DOM', () => {
    expect(typeof document).toBe('undefined');
    expect(windowTypeAtLoad).toBe('undefined');
  });

  it('renders the panel loading state without touching window or calling the adapter', () => {
    const adapter = createMemoryAdapter({ subscription: scenarios.basic.subscription });
    const getSubscription = vi.spyOn(adapter, 'getSubscription');
    let html = '';
    expect(() => {
      html = renderToString(
        <BillingProvider adapter={adapter} locale="en-US">
          <BillingPanel />
        </BillingProvider>,
      );
    }).not.toThrow();
    expect(html).toContain('data-state="loading"');
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('Loading');
    expect(html).not.toContain('Upgrade Credits');
    expect(getSubscription).not.toHaveBeenCalled();
    expect(ownReads()).toEqual([]);
    expect(typeof window).toBe('undefined');
  });

  it('renders the stepper, dialog and meter alone inside a provider without throwing', () => {
    const adapter = createMemoryAdapter({ subscription: scenarios.team.subscription });
    const subscription = scenarios.team.subscription;
    const html = renderToString(
      <BillingProvider adapter={adapter} locale="en-US">
        <AddOnStepper addOnId="generative-credits" />
        <ConfirmDialog addOnId="generative-credits" units={2} open={false} />
        {subscription ? <CreditMeter subscription={subscription} /> : null}
      </BillingProvider>,
    );
    expect(html).toContain('credits');
    expect(ownReads()).toEqual([]);
  });
});
