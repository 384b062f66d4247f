import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { basicCreditsAddOn, basicSubscription, teamCreditsAddOn, teamSubscription } from '../../mocks/scenarios';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/core/adapters/memory';
import type { AddOnQuote, Subscription } from '../../src/core/types';
import { createFormatters } from '../../src/format';
import { defaultMessages as m } from '../../src/messages';
import { guardAgainstSilentFailures } from '../support/faultGuards';
import { renderPanel } from '../support/mockBackend';
import { expectReadableText } from '../support/readableText';

// Model-based: random sequences of what a customer can do in the real panel, against the memory
// engine. After every step the panel must show what the engine holds; at the end the ledger must
// add up to exactly the increases that were confirmed.

guardAgainstSilentFailures();

const SEQUENCES = 200;
const format = createFormatters('en-US');
const unitsText = (count: number) => m.unitCount({ count, formatted: format.count(count) });

type Action =
  | { kind: 'open' }
  | { kind: 'plus' }
  | { kind: 'minus' }
  | { kind: 'type'; units: number }
  | { kind: 'review' }
  | { kind: 'confirm' }
  | { kind: 'doubleConfirm' }
  | { kind: 'cancel' }
  | { kind: 'close' };

const step = (kind: Exclude<Action['kind'], 'type'>) => fc.constant<Action>({ kind } as Action);
const editArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 3, arbitrary: step('plus') },
  { weight: 2, arbitrary: step('minus') },
  { weight: 2, arbitrary: fc.integer({ min: -1, max: 12 }).map<Action>((units) => ({ kind: 'type', units })) },
);
const anyArb: fc.Arbitrary<Action> = fc.oneof(
  editArb,
  step('open'),
  step('review'),
  step('confirm'),
  step('doubleConfirm'),
  step('cancel'),
  step('close'),
);

/**
 * Sequences of attempts (open the stepper, change the units, review, then confirm, double-click
 * confirm, cancel or close) with stray actions in between, so most sequences reach the dialog.
 */
const attemptArb: fc.Arbitrary<Action[]> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: step('open') }, { weight: 1, arbitrary: anyArb }),
    fc.array(editArb, { minLength: 1, maxLength: 2 }),
    fc.oneof({ weight: 4, arbitrary: step('review') }, { weight: 1, arbitrary: anyArb }),
    fc.oneof(
      { weight: 3, arbitrary: step('confirm') },
      { weight: 2, arbitrary: step('doubleConfirm') },
      { weight: 1, arbitrary: step('cancel') },
      { weight: 1, arbitrary: step('close') },
    ),
  )
  .map(([first, edits, review, end]) => [first, ...edits, review, end]);
const sequenceArb = fc
  .array(attemptArb, { minLength: 1, maxLength: 2 })
  .map((attempts) => attempts.flat())
  .filter((actions) => actions.length <= 9);

const startArb: fc.Arbitrary<Subscription> = fc
  .record({
    team: fc.boolean(),
    status: fc.constantFrom<Subscription['status']>('active', 'active', 'trialing', 'past_due'),
    cancelAtPeriodEnd: fc.boolean(),
    units: fc.integer({ min: 0, max: 4 }),
    scheduledDrop: fc.option(fc.integer({ min: 1, max: 4 })),
  })
  .map(({ team, status, cancelAtPeriodEnd, units, scheduledDrop }) => {
    const scheduled = scheduledDrop !== null && units - scheduledDrop >= 0 ? units - scheduledDrop : null;
    const addOn = (team ? teamCreditsAddOn : basicCreditsAddOn)({ units, scheduledUnits: scheduled, maxUnits: 8 });
    const make = team ? teamSubscription : basicSubscription;
    return make({ status, cancelAtPeriodEnd, addOns: [addOn] });
  });

const dialog = () => screen.queryByRole('dialog');
const field = () => screen.queryByRole('spinbutton');

async function perform(action: Action) {
  const open = dialog();
  switch (action.kind) {
    case 'open':
    case 'close': {
      // The Upgrade Credits button toggles the stepper; behind an open dialog it cannot be reached.
      if (open) return;
      const isOpen = field() !== null;
      if ((action.kind === 'open') === isOpen) return;
      fireEvent.click(screen.getByRole('button', { name: m.upgradeCredits }));
      return;
    }
    case 'plus':
    case 'minus': {
      if (open || !field()) return;
      const button = screen.getByRole('button', { name: action.kind === 'plus' ? m.increaseUnits : m.decreaseUnits });
      if (!(button as HTMLButtonElement).disabled) fireEvent.click(button);
      return;
    }
    case 'type': {
      const input = field();
      if (open || !input) return;
      fireEvent.change(input, { target: { value: String(action.units) } });
      fireEvent.blur(input);
      return;
    }
    case 'review': {
      if (open || !field()) return;
      const button = screen.getByRole('button', { name: m.review }) as HTMLButtonElement;
      if (button.disabled) return;
      fireEvent.click(button);
      await screen.findByRole('dialog');
      return;
    }
    case 'confirm':
    case 'doubleConfirm': {
      if (!open) return;
      const button = within(open).getByRole('button', { name: m.updateAddOn });
      await waitFor(() => expect(button).toBeEnabled(), { timeout: 1000 });
      fireEvent.click(button);
      if (action.kind === 'doubleConfirm') fireEvent.click(button);
      await waitFor(() => expect(dialog() === null || within(open).queryByRole('alert') !== null).toBe(true));
      return;
    }
    case 'cancel': {
      if (!open) return;
      const button = within(open).getByRole('button', { name: m.cancel });
      if ((button as HTMLButtonElement).disabled) return;
      fireEvent.click(button);
      await waitFor(() => expect(dialog()).toBeNull());
    }
  }
}

/** The add-on row shows the units the engine holds and, when one is scheduled, the decrease. */
function expectPanelMatches(engine: MemoryAdapter) {
  const subscription = engine.peek() as Subscription;
  const addOn = subscription.addOns[0];
  if (!addOn) throw new Error('the engine lost its add-on');
  const row = document.querySelector('.rbw-addon') as HTMLElement;
  const unitsCell = within(row).getByText(m.addOnUnits).nextElementSibling;
  expect(unitsCell).toHaveTextContent(unitsText(addOn.units));
  const scheduled = row.querySelector('.rbw-scheduled');
  if (addOn.scheduledUnits !== null && addOn.scheduledUnits !== addOn.units) {
    const date = format.date(subscription.currentPeriodEnd);
    expect(scheduled).toHaveTextContent(m.scheduledDecrease({ units: unitsText(addOn.scheduledUnits), date }));
  } else {
    expect(scheduled).toBeNull();
  }
  expectReadableText();
}

/** What the confirmed increases cost, read from the widget's own events. */
function confirmedIncreases(events: ReturnType<typeof renderPanel>['events']): number {
  const quotes = new Map<string, AddOnQuote>();
  let lastConfirmed: string | null = null;
  let total = 0;
  for (const event of events) {
    if (event.type === 'quote_shown') quotes.set(event.quote.id, event.quote);
    if (event.type === 'confirm_clicked') lastConfirmed = event.quoteId;
    if (event.type === 'update_succeeded' && event.change === 'increase' && lastConfirmed) {
      total += quotes.get(lastConfirmed)?.dueNow.amount ?? Number.NaN;
    }
  }
  return total;
}

describe('model: random customer journeys in the panel against the memory engine', () => {
  const stats = { sequences: 0, steps: 0, updates: 0, charges: 0 };
  // A run that never confirms anything would prove little: report what the sequences did.
  afterAll(() => console.info(`model sequences: ${JSON.stringify(stats)}`));

  it(`keeps the panel equal to the engine and charges exactly the confirmed increases (${SEQUENCES} sequences)`, async () => {
    await fc.assert(
      fc.asyncProperty(startArb, sequenceArb, async (start, actions) => {
        const engine = createMemoryAdapter({ subscription: start });
        try {
          // The engine is the adapter: no HTTP, so a sequence takes milliseconds.
          const { events } = renderPanel({ adapter: engine });
          await screen.findByRole('button', { name: m.upgradeCredits });
          for (const action of actions) {
            await perform(action);
            await waitFor(() => expectPanelMatches(engine), { timeout: 1000 });
          }
          stats.sequences += 1;
          stats.steps += actions.length;
          stats.updates += events.filter((event) => event.type === 'update_succeeded').length;
          stats.charges += engine.ledger.length;
          const ledger = engine.ledger.reduce((sum, charge) => sum + charge.amount.amount, 0);
          expect(ledger).toBe(confirmedIncreases(events));
          expect(new Set(engine.ledger.map((charge) => charge.idempotencyKey)).size).toBe(engine.ledger.length);
        } finally {
          cleanup();
          await act(async () => {});
        }
      }),
      { numRuns: SEQUENCES },
    );
  }, 120_000);
});
