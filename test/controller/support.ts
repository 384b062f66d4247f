import { QueryClient } from '@tanstack/query-core';
import { onTestFinished } from 'vitest';
import { basicSubscription } from '../../mocks/scenarios';
import { changeFlowOf } from '../../src/controller/changeFlowOf';
import { type BillingControllerOptions, createBillingController } from '../../src/controller/createBillingController';
import type { BillingEvent } from '../../src/controller/events';
import { createMemoryAdapter, type MemoryAdapterOptions } from '../../src/core/adapters/memory';
import { BillingError } from '../../src/core/errors';
import type { BillingAdapter, Subscription, UpdateAddOnRequest } from '../../src/core/types';
import { createFormatters } from '../../src/format';

export const ADD_ON = 'generative-credits';

/** How the next updates are answered; each is taken off the front, `apply` once they run out. */
export type UpdateAnswer =
  /** The engine applies it and answers. */
  | 'apply'
  /** The engine applies it, but the answer is lost on the way (network). */
  | 'applyThenLose'
  /** Lost before reaching the engine: nothing applied (network). */
  | 'lose'
  /** Held until the test releases it with `release()`. */
  | 'hold';

/** A mounted controller (and its change flow) over `adapter`, recording its events; `unmount` also clears its cache. */
export function controllerOver(adapter: BillingAdapter, options: Partial<BillingControllerOptions> = {}) {
  const events: BillingEvent[] = [];
  const queryClient = new QueryClient();
  const controller = createBillingController({
    adapter,
    queryClient,
    format: createFormatters('en-US'),
    onEvent: (event) => events.push(event),
    ...options,
  });
  const stop = controller.mount();
  const unmount = () => {
    stop();
    queryClient.clear();
  };
  // What a host's hooks do through TanStack Query, for tests that drive the flow without React.
  const loadSubscription = () => queryClient.fetchQuery(controller.subscriptionQuery);
  /** The server's quote for `units` of an add-on, priced from the subscription as loaded. */
  const quoteFor = async (addOnId: string, units: number) =>
    queryClient.fetchQuery(controller.quoteQuery(addOnId, units, await loadSubscription()));
  return { controller, flow: changeFlowOf(controller), queryClient, events, unmount, loadSubscription, quoteFor };
}

/** A controller in Node over the memory engine, with its events and every update the adapter saw. */
export function setupController(
  options: { engine?: Partial<MemoryAdapterOptions>; controller?: Partial<BillingControllerOptions> } = {},
) {
  const engine = createMemoryAdapter({ subscription: basicSubscription(), ...options.engine });
  const answers: UpdateAnswer[] = [];
  const updates: UpdateAddOnRequest[] = [];
  const held: Array<() => void> = [];
  const lost = () => new BillingError('network', 'Could not reach the billing service.');
  const adapter: BillingAdapter = {
    getSubscription: (callOptions) => engine.getSubscription(callOptions),
    quoteAddOn: (request, callOptions) => engine.quoteAddOn(request, callOptions),
    async updateAddOn(request) {
      updates.push(request);
      const answer = answers.shift() ?? 'apply';
      if (answer === 'lose') throw lost();
      if (answer === 'hold') await new Promise<void>((resolve) => held.push(resolve));
      const updated = await engine.updateAddOn(request);
      if (answer === 'applyThenLose') throw lost();
      return updated;
    },
  };
  const over = controllerOver(adapter, options.controller);
  const { controller, flow, queryClient, events, unmount } = over;
  onTestFinished(unmount);
  return {
    engine,
    adapter,
    controller,
    loadSubscription: over.loadSubscription,
    quoteFor: over.quoteFor,
    flow,
    queryClient,
    events,
    updates,
    unmount,
    /** Answers the next updates as listed. */
    answer: (...next: UpdateAnswer[]) => answers.push(...next),
    /** Lets the oldest held update go on. */
    release: () => held.shift()?.(),
    ofType: <T extends BillingEvent['type']>(type: T) =>
      events.filter((event): event is Extract<BillingEvent, { type: T }> => event.type === type),
  };
}

/** Lets pending promises and TanStack's notifications (scheduled with setTimeout 0) run. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

/** The add-on's units as the engine holds them. */
export const unitsHeld = (engine: { peek(): Subscription | null }) => engine.peek()?.addOns[0]?.units;
