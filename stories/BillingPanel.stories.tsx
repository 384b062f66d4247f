import type { Meta, StoryObj } from '@storybook/react-vite';
import { BillingPanel } from 'react-billing-widget';
import { designerArgTypes, type PanelStoryArgs } from './support/billingStory';
import { panelSettled } from './support/play';

/**
 * The whole billing view. The controls build the mock subscription behind the HTTP adapter:
 * plan, users, units in effect, status, currency; and the provider's locale and theme.
 */
const meta = {
  title: 'Components/BillingPanel',
  component: BillingPanel,
  render: (args) => <BillingPanel className={args.className} />,
  tags: ['autodocs'],
  args: {
    plan: 'basic',
    seats: 3,
    units: 1,
    status: 'active',
    cancelAtPeriodEnd: false,
    currency: 'USD',
    locale: 'en-US',
    theme: 'light',
  },
  argTypes: designerArgTypes,
  play: async ({ canvasElement, args }) => {
    await panelSettled(canvasElement, args.status ?? 'active');
  },
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const TeamPlan: Story = { args: { plan: 'team', seats: 5, units: 2 } };

export const Dark: Story = { args: { theme: 'dark' } };

export const VeryLongPlanName: Story = {
  args: {
    planName:
      'Enterprise Creative Cloud Professional Plus Unlimited Collaboration Workspace Edition (Annual Commitment, Billed Monthly)',
  },
};

export const EuroInGerman: Story = { args: { currency: 'EUR', locale: 'de-DE', seats: 12, units: 3 } };

export const Narrow320: Story = { args: { containerWidth: 320 } };

export const Narrow320Dark: Story = { args: { containerWidth: 320, theme: 'dark', plan: 'team' } };
