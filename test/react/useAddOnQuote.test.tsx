import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { BillingProvider, useAddOnQuote } from 'react-billing-widget';
import { type AddOnQuote, type BillingAdapter, createMemoryAdapter } from 'react-billing-widget/core';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';

/** A quote request the test answers by hand, with the signal the hook gave it. */
interface HeldQuote {
  units: number;
  signal: AbortSignal | undefined;
  answer: () => void;
}

/** A plain adapter whose quotes wait until the test answers them. */
function heldQuotesAdapter() {
  const engine = createMemoryAdapter({ subscription: basicSubscription() });
  const held: HeldQuote[] = [];
  const adapter: BillingAdapter = {
    getSubscription: (options) => engine.getSubscription(options),
    quoteAddOn: (request, options) =>
      new Promise<AddOnQuote>((resolve, reject) => {
        options?.signal?.addEventListener('abort', () => reject(options.signal?.reason));
        held.push({
          units: request.units,
          signal: options?.signal,
          answer: () => void engine.quoteAddOn(request).then(resolve, reject),
        });
      }),
    updateAddOn: (request, options) => engine.updateAddOn(request, options),
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <BillingProvider adapter={adapter} locale="en-US">
      {children}
    </BillingProvider>
  );
  return { held, wrapper };
}

const DEBOUNCE_MS = 40;

describe('useAddOnQuote', () => {
  it('asks the server once for rapid changes, for the units they settle on', async () => {
    const { held, wrapper } = heldQuotesAdapter();
    const { result, rerender } = renderHook(
      ({ units }) => useAddOnQuote('generative-credits', units, { debounceMs: DEBOUNCE_MS }),
      {
        wrapper,
        // The units in effect: nothing to quote yet.
        initialProps: { units: 1 },
      },
    );
    await waitFor(() => expect(result.current.estimate?.change).toBe('none'));
    for (const units of [2, 3, 4, 5, 6]) rerender({ units });
    await waitFor(() => expect(held).toHaveLength(1));
    expect(held[0]?.units).toBe(6);
    // Nothing more arrives once the units have settled.
    await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS * 3));
    expect(held.map((request) => request.units)).toEqual([6]);
  });

  it('shows an estimate at once, marked as such, until the server quote for these units arrives', async () => {
    const { held, wrapper } = heldQuotesAdapter();
    const { result } = renderHook(() => useAddOnQuote('generative-credits', 3, { debounceMs: 0 }), { wrapper });
    await waitFor(() => expect(result.current.shown).not.toBeNull());
    // 2 added units × $10.00 × 3 users, computed locally from the add-on's terms.
    expect(result.current.isEstimate).toBe(true);
    expect(result.current.quote).toBeUndefined();
    expect(result.current.shown?.dueNow).toEqual({ amount: 6000, currency: 'USD' });
    await waitFor(() => expect(held).toHaveLength(1));
    act(() => held[0]?.answer());
    await waitFor(() => expect(result.current.quote?.units).toBe(3));
    expect(result.current.isEstimate).toBe(false);
    expect(result.current.shown).toBe(result.current.quote);
  });

  it('aborts the superseded request and keeps the previous quote while the next loads', async () => {
    const { held, wrapper } = heldQuotesAdapter();
    const { result, rerender } = renderHook(
      ({ units }) => useAddOnQuote('generative-credits', units, { debounceMs: 0 }),
      {
        wrapper,
        initialProps: { units: 2 },
      },
    );
    await waitFor(() => expect(held).toHaveLength(1));
    act(() => held[0]?.answer());
    await waitFor(() => expect(result.current.quote?.units).toBe(2));

    rerender({ units: 3 });
    await waitFor(() => expect(held).toHaveLength(2));
    rerender({ units: 4 });
    await waitFor(() => expect(held).toHaveLength(3));
    // The request for 3 units lost its last observer: its signal is aborted, its answer never shown.
    expect(held[1]?.signal?.aborted).toBe(true);
    expect(held[2]?.signal?.aborted).toBe(false);
    expect(result.current.previousQuote?.units).toBe(2);
    expect(result.current.quote).toBeUndefined();
    expect(result.current.isEstimate).toBe(true);
    expect(result.current.shown?.units).toBe(4);

    act(() => held[2]?.answer());
    await waitFor(() => expect(result.current.quote?.units).toBe(4));
  });
});
