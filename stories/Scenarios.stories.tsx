import type { Meta, StoryObj } from '@storybook/react-vite';
import { BillingPanel } from 'react-billing-widget';
import type { ScenarioName } from 'react-billing-widget/mocks';
import { type BillingStoryParameters, type PanelStoryArgs, presentationArgTypes } from './support/billingStory';
import { panelSettled } from './support/play';

/** `<BillingPanel/>` over the HTTP adapter against every scenario of the mock backend. */
const meta = {
  title: 'Scenarios/BillingPanel',
  component: BillingPanel,
  render: (args) => <BillingPanel className={args.className} />,
  args: { locale: 'en-US', theme: 'light' },
  argTypes: presentationArgTypes,
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

// A scenario's story: its backend, and a play that waits for the state it settles in, so
// the accessibility check sees the loaded panel rather than the skeleton.
function scenario(name: ScenarioName, settlesIn: string): Story {
  const billing: BillingStoryParameters = { scenario: name };
  return {
    name,
    parameters: { billing },
    play: async ({ canvasElement }) => {
      await panelSettled(canvasElement, settlesIn);
    },
  };
}

export const Basic = scenario('basic', 'active');
export const Team = scenario('team', 'active');
export const TeamAnnual = scenario('teamAnnual', 'active');
export const Trialing = scenario('trialing', 'trialing');
export const PastDue = scenario('pastDue', 'past_due');
export const CancelingAtPeriodEnd = scenario('cancelingAtPeriodEnd', 'active');
export const Canceled = scenario('canceled', 'canceled');
export const NoSubscription = scenario('none', 'none');
export const Slow = scenario('slow', 'active');
export const Failing = scenario('failing', 'error');
export const PaymentFailure = scenario('paymentFailure', 'active');
