import { screen, waitFor, within } from '@testing-library/react';
import {
  type AddOnQuote,
  type BillingAdapter,
  createMemoryAdapter,
  type Money,
  type Subscription,
} from 'react-billing-widget/core';
import { messages as arabic } from 'react-billing-widget/locales/ar';
import { describe, expect, it } from 'vitest';
import { BillingPanel, CreditsTimeline } from '../../src/index';
import { renderPanel, renderWithProvider } from '../support/mockBackend';
import { reviewOneMoreUnit } from '../support/panelFlow';
import { basic, team } from '../support/plans';

// The credits timeline shows what a quote does to the add-on: its figures are the quote's (dueNow,
// creditsNow, recurring) and the add-on's credits for the quote's units, in words a customer reads
// and as a list to assistive technology.

const ADD_ON = 'generative-credits';
const money = ({ amount, currency }: Money) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount / 100);
const count = (value: number) => new Intl.NumberFormat('en-US').format(value);
const date = (iso: string) => new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(Date.parse(iso));

/** Each item of the timeline's list as the lines it reads (the drawing left out, as assistive technology does). */
function timelineItems(scope: HTMLElement = document.body): string[][] {
  const timeline = within(scope).getByRole('region', { name: 'Credits and charges over time' });
  return within(within(timeline).getByRole('list'))
    .getAllByRole('listitem')
    .map((item) =>
      [...item.children]
        .filter((line) => line.getAttribute('aria-hidden') !== 'true')
        .map((line) => (line.textContent ?? '').replace(/\s+/g, ' ')),
    );
}

/** Renders `<CreditsTimeline>` alone for the quote the memory engine makes for `units`. */
async function renderTimeline(subscription: Subscription, units: number, props: { locale?: string } = {}) {
  const adapter = createMemoryAdapter({ subscription });
  const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units });
  const view = renderWithProvider(<CreditsTimeline quote={quote} />, { adapter, ...props });
  await screen.findByRole('heading', { name: 'Credits and charges over time' });
  return { ...view, quote };
}

describe('<CreditsTimeline> alone', () => {
  it.each([
    { label: 'an increase, per seat (Basic, 3 users, 1 → 3 units)', subscription: basic({ units: 1 }), units: 3 },
    { label: 'an increase, shared (Team, 2 → 5 units)', subscription: team({ units: 2 }), units: 5 },
  ])(
    'shows $label: the credits added and the charge now, then the new recurring charge',
    async ({ subscription, units }) => {
      const { quote } = await renderTimeline(subscription, units);
      const end = date(subscription.currentPeriodEnd);
      const credits = perPeriodCredits(subscription, units);
      expect(quote.change).toBe('increase');
      expect(timelineItems()).toEqual([
        [
          `Now until ${end}`,
          `${count(credits)} credits`,
          `${count(quote.creditsNow)} credits added now`,
          `${money(quote.dueNow)} charged now`,
        ],
        [`From ${end}`, `${count(credits)} credits / month`, `${money(quote.recurring)} / month`],
      ]);
    },
  );

  it.each([
    { label: 'per seat (Basic, 3 → 1 unit)', subscription: basic({ units: 3 }), units: 1, now: 540, next: 180 },
    { label: 'shared (Team, 2 → 0 units)', subscription: team({ units: 2 }), units: 0, now: 400, next: 0 },
  ])(
    'shows a decrease $label: the credits kept until the period end, nothing charged now, then less',
    async ({ subscription, units, now, next }) => {
      const { quote } = await renderTimeline(subscription, units);
      const end = date(quote.effectiveAt);
      expect(quote.change).toBe('decrease');
      expect(timelineItems()).toEqual([
        [`Now until ${end}`, `${count(now)} credits`, `${money(quote.dueNow)} charged now`],
        [`From ${end}`, `${count(next)} credits / month`, `${money(quote.recurring)} / month`],
      ]);
      expect(money(quote.dueNow)).toBe('$0.00');
    },
  );

  it.each([
    { label: 'per seat', subscription: basic({ units: 3, scheduledUnits: 1 }), units: 3, credits: 540 },
    { label: 'shared', subscription: team({ units: 4, scheduledUnits: 2 }), units: 4, credits: 800 },
  ])(
    'shows a restore ($label): the units in effect go on at their charge',
    async ({ subscription, units, credits }) => {
      const { quote } = await renderTimeline(subscription, units);
      const end = date(subscription.currentPeriodEnd);
      expect(quote.change).toBe('restore');
      expect(timelineItems()).toEqual([
        [`Now until ${end}`, `${count(credits)} credits`, '$0.00 charged now'],
        [`From ${end}`, `${count(credits)} credits / month`, `${money(quote.recurring)} / month`],
      ]);
    },
  );

  it('shows one unchanged stretch for the units already in effect', async () => {
    const { quote } = await renderTimeline(team({ units: 2 }), 2);
    expect(quote.change).toBe('none');
    expect(timelineItems()).toEqual([['No change', '400 credits / month', `${money(quote.recurring)} / month`]]);
  });

  it('ends with a cancelling subscription: no next period to charge or credit', async () => {
    const subscription = basic({ units: 1 }, { cancelAtPeriodEnd: true });
    await renderTimeline(subscription, 2);
    const end = date(subscription.currentPeriodEnd);
    expect(timelineItems()).toEqual([
      [`Now until ${end}`, '360 credits', '180 credits added now', '$30.00 charged now'],
      [`From ${end}`, 'Ends with your subscription: no credits, no charge.'],
    ]);
  });

  it('is a list to assistive technology, its drawing hidden, and a themed widget root of its own', async () => {
    const { container } = await renderTimeline(basic({ units: 1 }), 3);
    const section = screen.getByRole('region', { name: 'Credits and charges over time' });
    expect(section).toHaveClass('rbw-root', 'rbw-timeline');
    expect(section).toHaveAttribute('data-theme', 'auto');
    expect(section).toHaveAttribute('dir', 'ltr');
    expect(within(section).getByRole('list').tagName).toBe('OL');
    const bars = container.querySelectorAll('.rbw-timeline__bar');
    expect(bars).toHaveLength(2);
    for (const bar of bars) expect(bar).toHaveAttribute('aria-hidden', 'true');
    // The bars' heights: the credits of each stretch against the most (540 now and after).
    const fills = [...container.querySelectorAll<HTMLElement>('.rbw-timeline__fill')];
    expect(fills.map((fill) => fill.style.blockSize)).toEqual(['100%', '100%']);
    // The top of the bar now: the 360 credits granted now, of 540.
    const added = [...container.querySelectorAll<HTMLElement>('.rbw-timeline__added')];
    expect(added.map((part) => part.style.blockSize)).toEqual(['67%']);
  });

  it('draws a decrease as a lower bar after the period end', async () => {
    const { container } = await renderTimeline(basic({ units: 4 }), 1);
    const fills = [...container.querySelectorAll<HTMLElement>('.rbw-timeline__fill')];
    expect(fills.map((fill) => fill.style.blockSize)).toEqual(['100%', '25%']);
  });

  it('reads right to left in Arabic', async () => {
    const adapter = createMemoryAdapter({ subscription: basic({ units: 1 }) });
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    renderWithProvider(<CreditsTimeline quote={quote} />, { adapter, locale: 'ar', messages: arabic });
    const section = await screen.findByRole('region', { name: arabic.timelineHeading });
    expect(section).toHaveAttribute('dir', 'rtl');
  });

  it('renders nothing without a quote, or for an add-on the plan does not offer', async () => {
    const adapter = createMemoryAdapter({ subscription: basic({ units: 1 }) });
    const quote = await adapter.quoteAddOn({ addOnId: ADD_ON, units: 3 });
    renderWithProvider(
      <>
        <BillingPanel />
        <CreditsTimeline quote={null} />
        <CreditsTimeline quote={{ ...quote, addOnId: 'storage' }} />
      </>,
      { adapter },
    );
    // Once the panel shows the loaded subscription, the timelines have it too.
    await screen.findByRole('button', { name: 'Upgrade Credits' });
    expect(screen.queryByRole('region', { name: 'Credits and charges over time' })).not.toBeInTheDocument();
  });
});

/** The add-on's credits per period for `units` on a subscription (Basic per user, Team shared). */
function perPeriodCredits(subscription: Subscription, units: number): number {
  const addOn = subscription.addOns[0];
  if (!addOn) throw new Error('fixture has no add-on');
  return units * addOn.creditsPerUnit * (addOn.scope === 'per_seat' ? subscription.seats : 1);
}

describe('the timeline in the dialog', () => {
  /** The memory engine, with every quote it makes passed through `alter`. */
  function adapterAltering(alter: (quote: AddOnQuote) => AddOnQuote): BillingAdapter {
    const engine = createMemoryAdapter({ subscription: basic({ units: 1 }) });
    return { ...engine, quoteAddOn: async (request, options) => alter(await engine.quoteAddOn(request, options)) };
  }

  it('shows the server’s quote, not a price the widget worked out (1 → 2 units of Basic)', async () => {
    // Figures no price list gives: only the quote can be their source.
    const adapter = adapterAltering((quote) => ({
      ...quote,
      dueNow: { ...quote.dueNow, amount: 3001 },
      creditsNow: 181,
      recurring: { ...quote.recurring, amount: 6002 },
    }));
    const { user } = renderPanel({ adapter });
    const dialog = await reviewOneMoreUnit(user);
    await waitFor(() => expect(within(dialog).getByText('$30.01 charged now')).toBeInTheDocument());
    const subscription = await adapter.getSubscription();
    const end = date(subscription?.currentPeriodEnd ?? '');
    expect(timelineItems(dialog)).toEqual([
      [`Now until ${end}`, '361 credits', '181 credits added now', '$30.01 charged now'],
      [`From ${end}`, '360 credits / month', '$60.02 / month'],
    ]);
  });

  it('carries dir="rtl" on the panel and the dialog portalled out of it, in Arabic', async () => {
    const { user, container } = renderPanel({
      adapter: createMemoryAdapter({ subscription: basic({ units: 1 }) }),
      locale: 'ar',
      messages: arabic,
    });
    const names = { ...arabic, unitsField: arabic.unitsLabel({ addOnName: 'Generative Credits' }) };
    const dialog = await reviewOneMoreUnit(user, document.body, names);
    expect(container.querySelector('.rbw-panel')).toHaveAttribute('dir', 'rtl');
    expect(dialog).toHaveAttribute('dir', 'rtl');
    expect(container.contains(dialog)).toBe(false);
    expect(within(dialog).getByRole('region', { name: arabic.timelineHeading })).toBeInTheDocument();
  });
});
