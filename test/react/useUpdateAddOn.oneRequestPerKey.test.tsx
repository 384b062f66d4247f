import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { BillingProvider, type Subscription, useUpdateAddOn } from 'react-billing-widget';
import {
  type BillingAdapter,
  BillingError,
  createMemoryAdapter,
  type UpdateAddOnRequest,
} from 'react-billing-widget/core';
import { basicSubscription } from 'react-billing-widget/mocks';
import { describe, expect, it } from 'vitest';

/** An update the test answers by hand. */
interface HeldUpdate {
  request: UpdateAddOnRequest;
  /** Lets the memory engine apply it and returns its answer. */
  apply: () => void;
  /** Answers with a lost connection (nothing applied). */
  drop: () => void;
}

/** The memory engine behind a plain adapter whose updates wait until the test answers them. */
function heldUpdatesAdapter() {
  const engine = createMemoryAdapter({ subscription: basicSubscription() });
  const held: HeldUpdate[] = [];
  const adapter: BillingAdapter = {
    getSubscription: (options) => engine.getSubscription(options),
    quoteAddOn: (request, options) => engine.quoteAddOn(request, options),
    updateAddOn: (request) =>
      new Promise<Subscription>((resolve, reject) => {
        held.push({
          request,
          apply: () => void engine.updateAddOn(request).then(resolve, reject),
          drop: () => reject(new BillingError('network', 'Could not reach the billing service.', { retryable: true })),
        });
      }),
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <BillingProvider adapter={adapter} locale="en-US">
      {children}
    </BillingProvider>
  );
  return { engine, held, wrapper };
}

describe('useUpdateAddOn', () => {
  it('sends one request for two updates with the same idempotency key while the first is pending', async () => {
    const { engine, held, wrapper } = heldUpdatesAdapter();
    const quote = await engine.quoteAddOn({ addOnId: 'generative-credits', units: 2 });
    const { result } = renderHook(() => useUpdateAddOn(), { wrapper });
    const request = { addOnId: 'generative-credits', units: 2, quoteId: quote.id, idempotencyKey: 'key-1' };

    let first: Promise<Subscription> | undefined;
    let second: Promise<Subscription> | undefined;
    act(() => {
      first = result.current.update(request);
      second = result.current.update({ ...request });
    });
    await waitFor(() => expect(held).toHaveLength(1));
    act(() => held[0]?.apply());
    const [a, b] = await Promise.all([first, second]);
    expect(a?.addOns[0]?.units).toBe(2);
    expect(b).toBe(a);
    expect(held).toHaveLength(1);
    expect(engine.ledger).toHaveLength(1);
  });

  it('sends the same key again once its first request has failed, so the customer can retry', async () => {
    const { engine, held, wrapper } = heldUpdatesAdapter();
    const quote = await engine.quoteAddOn({ addOnId: 'generative-credits', units: 2 });
    const { result } = renderHook(() => useUpdateAddOn(), { wrapper });
    const request = { addOnId: 'generative-credits', units: 2, quoteId: quote.id, idempotencyKey: 'key-1' };

    let first: Promise<Subscription> | undefined;
    act(() => {
      first = result.current.update(request);
    });
    await waitFor(() => expect(held).toHaveLength(1));
    act(() => held[0]?.drop());
    await expect(first).rejects.toMatchObject({ code: 'network' });

    let retry: Promise<Subscription> | undefined;
    act(() => {
      retry = result.current.update(request);
    });
    await waitFor(() => expect(held).toHaveLength(2));
    expect(held[1]?.request.idempotencyKey).toBe('key-1');
    act(() => held[1]?.apply());
    expect((await retry)?.addOns[0]?.units).toBe(2);
    expect(engine.ledger).toHaveLength(1);
  });

  it('does not retry a failed update by itself', async () => {
    const { engine, held, wrapper } = heldUpdatesAdapter();
    const quote = await engine.quoteAddOn({ addOnId: 'generative-credits', units: 2 });
    const { result } = renderHook(() => useUpdateAddOn(), { wrapper });

    let first: Promise<Subscription> | undefined;
    act(() => {
      first = result.current.update({
        addOnId: 'generative-credits',
        units: 2,
        quoteId: quote.id,
        idempotencyKey: 'k',
      });
    });
    await waitFor(() => expect(held).toHaveLength(1));
    act(() => held[0]?.drop());
    await expect(first).rejects.toMatchObject({ code: 'network' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(held).toHaveLength(1);
  });
});
