import type { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { BillingAdapter } from 'react-billing-widget/core';
import { BillingPanel, BillingProvider } from '../../src/index';

/** One panel per named workspace, each in its own provider (over its adapter), in a region named after it. */
export function renderWorkspaces(adapters: Record<string, BillingAdapter>, queryClient?: QueryClient) {
  render(
    <>
      {Object.entries(adapters).map(([name, adapter]) => (
        <section key={name} aria-label={name}>
          <BillingProvider adapter={adapter} locale="en-US" queryClient={queryClient}>
            <BillingPanel />
          </BillingProvider>
        </section>
      ))}
    </>,
  );
  return {
    user: userEvent.setup(),
    /** The region of a workspace. */
    region: (name: string) => screen.getByRole('region', { name }),
  };
}
