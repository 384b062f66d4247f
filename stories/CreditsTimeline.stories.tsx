import type { Meta, StoryObj } from '@storybook/react-vite';
import { CreditsTimeline, useAddOnQuote } from 'react-billing-widget';
import type { Subscription } from 'react-billing-widget/core';
import { expect, within } from 'storybook/test';
import { type BillingStoryArgs, basicPlanArgs, designerArgTypes, subscriptionFromArgs } from './support/billingStory';

type TimelineStoryArgs = BillingStoryArgs & {
  /** The add-on to change. */
  addOnId: string;
  /** The units requested: more than `units` is an increase, fewer a decrease. */
  requested: number;
};

/**
 * `<CreditsTimeline>` alone, fed what `useAddOnQuote` shows for the requested units as a host would:
 * the server's quote, or the estimate until it comes (and for the units in effect, which are not quoted).
 */
function QuotedTimeline({ addOnId, units }: { addOnId: string; units: number }) {
  const { shown } = useAddOnQuote(addOnId, units, { debounceMs: 0 });
  return <CreditsTimeline quote={shown} />;
}

/**
 * What a change does to the add-on's credits and charges: now until the period end, and from the
 * next period on, for the requested units against the Basic plan (1 unit, 3 users) unless a story
 * says otherwise. A list to assistive technology; the bars are drawn with CSS.
 */
const meta = {
  title: 'Components/CreditsTimeline',
  tags: ['autodocs'],
  args: {
    addOnId: 'generative-credits',
    requested: 3,
    ...basicPlanArgs,
  },
  argTypes: { ...designerArgTypes, requested: { control: { type: 'number', min: 0, max: 10, step: 1 } } },
  render: (args) => <QuotedTimeline addOnId={args.addOnId} units={args.requested} />,
  play: async ({ canvas }) => {
    await canvas.findByRole('list', {}, { timeout: 10_000 });
  },
} satisfies Meta<TimelineStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A story whose play waits for the timeline, then for each text in it. */
function showing(...texts: string[]): Story['play'] {
  return async ({ canvas }) => {
    const list = await canvas.findByRole('list', {}, { timeout: 10_000 });
    for (const text of texts) await expect(await within(list).findByText(text)).toBeVisible();
  };
}

/** 1 → 3 units on 3 users: 360 credits and $60.00 now, then $90.00 a month. */
export const Increase: Story = {
  play: showing('540 credits', '360 credits added now', '$60.00 charged now', '540 credits / month', '$90.00 / month'),
};

/** 3 → 1 unit: the credits stay until the period end, nothing is charged now, then fewer at less. */
export const Decrease: Story = {
  args: { units: 3, requested: 1 },
  play: showing('540 credits', '$0.00 charged now', '180 credits / month', '$30.00 / month'),
};

/** 3 units with a decrease to 1 scheduled, asked to keep 3: the scheduled change is cancelled. */
export const Restore: Story = {
  args: { units: 3, requested: 3 },
  parameters: { billing: { subscription: withScheduledUnits(subscriptionFromArgs({ plan: 'basic', units: 3 }), 1) } },
  play: showing('540 credits', '$0.00 charged now', '540 credits / month', '$90.00 / month'),
};

/** The units already in effect: one stretch, unchanged. */
export const NoChange: Story = { args: { requested: 1 }, play: showing('No change', '180 credits / month') };

/** The Team plan's shared pool (2 → 4 units), whatever the number of users. */
export const Shared: Story = {
  args: { plan: 'team', seats: 5, units: 2, requested: 4 },
  play: showing('800 credits', '400 credits added now', '$60.00 charged now', '$120.00 / month'),
};

/** Down to 0 units: no bar after the period end. */
export const DecreaseToNone: Story = { args: { units: 2, requested: 0 }, play: showing('0 credits / month') };

/** A subscription that ends at the period end: the add-on ends with it. */
export const EndsWithSubscription: Story = {
  args: { cancelAtPeriodEnd: true },
  play: showing('$60.00 charged now', 'Ends with your subscription: no credits, no charge.'),
};

/** The Team plan billed yearly: credits and charges by the year. */
export const YearlyPlan: Story = {
  args: { plan: 'teamAnnual', seats: 5, units: 2, requested: 3 },
  play: showing('2,400 credits added now', '$300.00 charged now', '7,200 credits / year', '$900.00 / year'),
};

export const Dark: Story = { args: { theme: 'dark' } };

/** Arabic, right to left: the stretches run from the right, now first. */
export const Arabic: Story = {
  globals: { locale: 'ar' },
  args: { currency: 'SAR' },
  play: async ({ canvas }) => {
    const list = await canvas.findByRole('list', {}, { timeout: 10_000 });
    await expect(list.closest('.rbw-timeline')).toHaveAttribute('dir', 'rtl');
    const [now, next] = within(list).getAllByRole('listitem');
    // Now is the first stretch, so on the right.
    await expect((now as HTMLElement).getBoundingClientRect().left).toBeGreaterThan(
      (next as HTMLElement).getBoundingClientRect().left,
    );
  },
};

export const Narrow320: Story = { args: { containerWidth: 320 } };

/** `subscription` with a decrease of its add-on to `units` scheduled from the next period. */
function withScheduledUnits(subscription: Subscription | undefined, units: number): Subscription | undefined {
  return (
    subscription && {
      ...subscription,
      addOns: subscription.addOns.map((addOn) => ({ ...addOn, scheduledUnits: units })),
    }
  );
}
