import type { Meta, StoryObj } from '@storybook/react-vite';
import { BillingPanel } from 'react-billing-widget';
import { expect, within } from 'storybook/test';
import { answers, failsWith, neverAnswers } from './support/billingCalls';
import { basicPlanArgs, designerArgTypes, type PanelStoryArgs } from './support/billingStory';
import { heldForReview, panelSettled } from './support/play';

/**
 * The whole billing view. The controls build the mock subscription behind the HTTP adapter:
 * plan, users, units in effect, status, currency; and the provider's locale and theme.
 */
const meta = {
  title: 'Components/BillingPanel',
  component: BillingPanel,
  render: (args) => <BillingPanel className={args.className} />,
  tags: ['autodocs'],
  args: basicPlanArgs,
  argTypes: designerArgTypes,
  play: async ({ canvasElement, args }) => {
    await panelSettled(canvasElement, args.status ?? 'active');
  },
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {};

export const TeamPlan: Story = { args: { plan: 'team', seats: 5, units: 2 } };

/** The Team plan billed yearly: the billing cycle, the plan's price and the add-on's charge by the year. */
export const TeamPlanYearly: Story = {
  args: { plan: 'teamAnnual', seats: 5, units: 2 },
  play: async ({ canvasElement }) => {
    const panel = await panelSettled(canvasElement, 'active');
    await expect(panel).toHaveTextContent('Yearly · $250.00 / year');
    await expect(panel).toHaveTextContent('$600.00 / year');
    await expect(panel).not.toHaveTextContent(/month/i);
  },
};

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

/** The subscription has not arrived yet: the skeleton, announced as loading. */
export const Loading: Story = {
  parameters: { billing: { handlers: () => [neverAnswers('getSubscription')] } },
  play: async ({ canvasElement }) => {
    const panel = await panelSettled(canvasElement, 'loading');
    await heldForReview();
    await expect(panel).toHaveAttribute('data-state', 'loading');
    await expect(panel).toHaveAttribute('aria-busy', 'true');
    await expect(panel).toHaveTextContent('Loading your subscription…');
  },
};

/** The server answered data that fails validation: an alert with what was wrong and Retry, never a broken panel. */
export const MalformedResponse: Story = {
  parameters: {
    billing: {
      handlers: () => [answers('getSubscription', { subscription: { id: 'sub_1', status: 'paused', seats: -1 } })],
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await panelSettled(canvasElement, 'error');
    const alert = within(panel).getByRole('alert');
    await expect(alert).toHaveTextContent('The billing service sent data we could not read.');
    await expect(alert).toHaveTextContent(/Details: .*status/);
    await expect(within(panel).getByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

/** The customer's session ended: the alert says to sign in again. */
export const SessionExpired: Story = {
  parameters: {
    billing: {
      handlers: () => [
        failsWith('getSubscription', { status: 401, code: 'unauthorized', message: 'Session expired.' }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const panel = await panelSettled(canvasElement, 'error');
    await expect(within(panel).getByRole('alert')).toHaveTextContent(
      'Your session has expired. Sign in again to manage billing.',
    );
  },
};
