import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import type { BillingAdapter } from '../../src/core';
import { defaultMessages } from '../../src/messages';
import { guardAgainstSilentFailures } from '../support/faultGuards';
import { malformedQuote, malformedSubscription } from '../support/malformed';
import { renderPanel } from '../support/mockBackend';
import { expectReadableText } from '../support/readableText';

// Malformed values from a plain adapter (no HTTP, no validation of its own) must reach the customer
// as the invalid_response message: never a crash, NaN, undefined or [object Object] on screen.

guardAgainstSilentFailures();

const RUNS = 100;

function plainAdapter(overrides: Partial<Record<keyof BillingAdapter, () => Promise<unknown>>>): BillingAdapter {
  const fail = async () => {
    throw new Error('not used in this test');
  };
  return {
    getSubscription: overrides.getSubscription ?? fail,
    quoteAddOn: overrides.quoteAddOn ?? fail,
    updateAddOn: overrides.updateAddOn ?? fail,
  } as BillingAdapter;
}

async function expectInvalidResponseAlert() {
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(defaultMessages.errors.invalid_response);
  expectReadableText();
}

describe('malformed values from a plain adapter, in the panel', () => {
  it(`shows invalid_response for ${RUNS} malformed subscriptions`, async () => {
    await fc.assert(
      fc.asyncProperty(malformedSubscription, async (value) => {
        try {
          renderPanel({ adapter: plainAdapter({ getSubscription: async () => value }) });
          await expectInvalidResponseAlert();
          expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
        } finally {
          cleanup();
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it(`shows invalid_response for ${RUNS} malformed quotes`, async () => {
    const subscription = basicSubscription();
    await fc.assert(
      fc.asyncProperty(malformedQuote, async (value) => {
        try {
          renderPanel({
            adapter: plainAdapter({ getSubscription: async () => subscription, quoteAddOn: async () => value }),
          });
          fireEvent.click(await screen.findByRole('button', { name: 'Upgrade Credits' }));
          fireEvent.click(screen.getByRole('button', { name: 'Increase units' }));
          fireEvent.click(screen.getByRole('button', { name: 'Review' }));
          const dialog = await screen.findByRole('dialog');
          const alert = await within(dialog).findByRole('alert');
          expect(alert).toHaveTextContent(defaultMessages.errors.invalid_response);
          expect(within(dialog).getByRole('button', { name: 'Update Add-On' })).toBeDisabled();
          expectReadableText();
        } finally {
          cleanup();
        }
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
