import type { Meta, StoryObj } from '@storybook/react-vite';
import { BillingPanel } from 'react-billing-widget';
import { basicCreditsAddOn, basicSubscription } from 'react-billing-widget/mocks';
import { expect, waitFor, within } from 'storybook/test';
import { backendOf, type PanelStoryArgs, presentationArgTypes } from './support/billingStory';
import { openReview, openStepper, pageOf, panelSettled } from './support/play';

/** The main journeys through `<BillingPanel/>`, played against a fresh mock backend each time. */
const meta = {
  title: 'Journeys/BillingPanel',
  component: BillingPanel,
  render: (args) => <BillingPanel className={args.className} />,
  args: { locale: 'en-US', theme: 'light' },
  argTypes: presentationArgTypes,
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

const TWO_UNITS = basicSubscription({ addOns: [basicCreditsAddOn({ units: 2 })] });
const DECREASE_SCHEDULED = basicSubscription({ addOns: [basicCreditsAddOn({ units: 2, scheduledUnits: 1 })] });

export const IncreaseAndConfirm: Story = {
  play: async (context) => {
    const { canvas, canvasElement, userEvent, step } = context;
    await panelSettled(canvasElement, 'active');
    const upgrade = canvas.getByRole('button', { name: 'Upgrade Credits' });
    await step('choose 2 units', async () => {
      await userEvent.click(upgrade);
      const field = canvas.getByRole('spinbutton', { name: 'Generative Credits units' });
      await expect(field).toHaveValue('1');
      await userEvent.click(canvas.getByRole('button', { name: 'Increase units' }));
      await expect(field).toHaveValue('2');
      await waitFor(() => expect(canvas.getByText('2 units × $10.00 × 3 users = $60.00')).toBeVisible());
    });
    await step('review and confirm', async () => {
      const { dialog, confirm } = await openReview(context);
      await expect(within(dialog).getByText('$30.00')).toBeVisible();
      await expect(within(dialog).getByText('180 credits')).toBeVisible();
      await userEvent.click(confirm);
    });
    await step('the panel shows the outcome and focus returns', async () => {
      await waitFor(() => expect(within(pageOf(canvasElement)).queryByRole('dialog')).toBeNull());
      await waitFor(() =>
        expect(canvas.getByRole('status')).toHaveTextContent('Generative Credits updated: you now have 2 units.'),
      );
      await waitFor(() => expect(canvas.getByRole('button', { name: 'Upgrade Credits' })).toHaveFocus());
      const { ledger } = backendOf(context).engine;
      await expect(ledger).toHaveLength(1);
      await expect(ledger[0]?.amount).toEqual({ amount: 3000, currency: 'USD' });
    });
  },
};

export const DecreaseAndConfirm: Story = {
  parameters: { billing: { subscription: TWO_UNITS } },
  play: async (context) => {
    const { canvas, canvasElement, userEvent } = context;
    await panelSettled(canvasElement, 'active');
    await openStepper(context);
    const field = canvas.getByRole('spinbutton', { name: 'Generative Credits units' });
    await expect(field).toHaveValue('2');
    await userEvent.click(canvas.getByRole('button', { name: 'Decrease units' }));
    await expect(field).toHaveValue('1');
    const { dialog, confirm } = await openReview(context);
    await expect(dialog).toHaveTextContent(/nothing is refunded|no refund|non-refundable/i);
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(/Generative Credits updated: 1 unit from/),
    );
    await waitFor(() => expect(canvasElement.querySelector('.rbw-scheduled')).toHaveTextContent(/Changes to 1 unit/));
    await expect(backendOf(context).engine.ledger).toHaveLength(0);
  },
};

export const Restore: Story = {
  parameters: { billing: { subscription: DECREASE_SCHEDULED } },
  play: async (context) => {
    const { canvas, canvasElement, userEvent } = context;
    await panelSettled(canvasElement, 'active');
    await expect(canvasElement.querySelector('.rbw-scheduled')).toHaveTextContent(/Changes to 1 unit/);
    await openStepper(context);
    const field = canvas.getByRole('spinbutton', { name: 'Generative Credits units' });
    // The stepper starts at next period's units: the scheduled 1.
    await expect(field).toHaveValue('1');
    await userEvent.click(canvas.getByRole('button', { name: 'Increase units' }));
    const { confirm } = await openReview(context);
    await userEvent.click(confirm);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'Generative Credits updated: the scheduled change was cancelled; you keep 2 units.',
      ),
    );
    await waitFor(() => expect(canvasElement.querySelector('.rbw-scheduled')).toBeNull());
    await expect(backendOf(context).engine.ledger).toHaveLength(0);
  },
};

export const PaymentFailure: Story = {
  parameters: { billing: { scenario: 'paymentFailure' } },
  play: async (context) => {
    const { canvas, canvasElement, userEvent } = context;
    await panelSettled(canvasElement, 'active');
    await openStepper(context);
    await userEvent.click(canvas.getByRole('button', { name: 'Increase units' }));
    const { dialog, confirm } = await openReview(context);
    await userEvent.click(confirm);
    const alert = await within(dialog).findByRole('alert');
    await expect(alert).toHaveTextContent('The payment was declined, so nothing was charged or changed.');
    // The dialog stays open with the error, so the customer can retry or cancel.
    await expect(dialog).toBeVisible();
    await expect(backendOf(context).engine.ledger).toHaveLength(0);
    await expect(canvas.getByText('1 unit', { selector: 'dd' })).toBeVisible();
  },
};
