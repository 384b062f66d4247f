import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import type { ReactNode } from 'react';
import { type BillingAdapter, createHttpAdapter } from 'react-billing-widget/core';
import { type BillingHandlersOptions, createBillingMockBackend } from 'react-billing-widget/mocks';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { type BillingEvent, BillingPanel, BillingProvider, type BillingProviderProps } from '../../src/index';

/** The base URL the tests' HTTP adapter and mocks share. */
export const BASE_URL = 'http://billing.test/api/billing';

/** One MSW server for a test file; `use` swaps in a scenario's handlers for one test. */
export function setupMockServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    // Unmount first, so requests of the finished test are aborted rather than hitting no handler.
    cleanup();
    server.resetHandlers();
  });
  afterAll(() => server.close());
  return {
    server,
    /** Installs the mock backend for a scenario and returns its memory engine. */
    use(options: BillingHandlersOptions = {}) {
      const backend = createBillingMockBackend({ baseUrl: BASE_URL, ...options });
      server.use(...backend.handlers);
      return backend;
    },
  };
}

/** Renders children in a provider over the HTTP adapter (or a given adapter), with a user-event instance. */
export function renderWithProvider(
  children: ReactNode,
  props: Partial<BillingProviderProps> & { adapter?: BillingAdapter } = {},
) {
  const events: BillingEvent[] = [];
  const adapter = props.adapter ?? createHttpAdapter({ baseUrl: BASE_URL, timeoutMs: 2000 });
  const user = userEvent.setup();
  const utils = render(
    <BillingProvider locale="en-US" retry={0} {...props} adapter={adapter} onEvent={(event) => events.push(event)}>
      {children}
    </BillingProvider>,
  );
  return { ...utils, user, events, adapter };
}

/** Renders the full panel. */
export function renderPanel(props: Partial<BillingProviderProps> & { adapter?: BillingAdapter } = {}) {
  return renderWithProvider(<BillingPanel />, props);
}
