import type { Meta, StoryObj } from '@storybook/react-vite';
import { AddOnStepper } from 'react-billing-widget';
import { expect, waitFor } from 'storybook/test';
import { neverAnswers } from './support/billingCalls';
import { type BillingStoryArgs, designerArgTypes } from './support/billingStory';
import { heldForReview } from './support/play';

type StepperStoryArgs = BillingStoryArgs & {
  /** The add-on whose units to choose. */
  addOnId: string;
  /** Uncontrolled starting units; default `scheduledUnits ?? units`. */
  defaultUnits?: number;
};

/** The units stepper alone, inside a provider: plus/minus, the number field and the live price. */
const meta = {
  title: 'Components/AddOnStepper',
  component: AddOnStepper,
  tags: ['autodocs'],
  args: {
    addOnId: 'generative-credits',
    plan: 'basic',
    seats: 3,
    units: 1,
    status: 'active',
    currency: 'USD',
    locale: 'en-US',
    theme: 'light',
  },
  argTypes: {
    ...designerArgTypes,
    units: { ...designerArgTypes.units, description: 'Units of the add-on in effect on the mock subscription.' },
    addOnId: { control: 'text' },
    defaultUnits: { control: { type: 'number', min: 0, max: 20 } },
  },
  // `units` here describes the mock subscription, so the stepper itself stays uncontrolled.
  render: (args) => <AddOnStepper addOnId={args.addOnId} defaultUnits={args.defaultUnits} />,
  play: async ({ canvas }) => {
    await canvas.findByRole('spinbutton', {}, { timeout: 10_000 });
  },
} satisfies Meta<StepperStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { args: { theme: 'dark' } };

export const EuroInGerman: Story = { args: { currency: 'EUR', locale: 'de-DE' } };

export const Increased: Story = {
  play: async ({ canvas, userEvent }) => {
    const field = await canvas.findByRole('spinbutton', { name: 'Generative Credits units' }, { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Increase units' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Increase units' }));
    await expect(field).toHaveValue('3');
    await waitFor(() => expect(canvas.getByText('3 units × $10.00 × 3 users = $90.00')).toBeVisible());
  },
};

/** The Team plan billed yearly (2 shared units at $300.00 a year): the new charge by the year. */
export const YearlyPlan: Story = {
  args: { plan: 'teamAnnual', seats: 5, units: 2 },
  play: async ({ canvas, userEvent }) => {
    const field = await canvas.findByRole('spinbutton', { name: 'Generative Credits units' }, { timeout: 10_000 });
    await expect(field).toHaveValue('2');
    await userEvent.click(canvas.getByRole('button', { name: 'Increase units' }));
    await waitFor(() => expect(canvas.getByTestId('rbw-new-recurring')).toHaveTextContent('$900.00 / year'));
    await expect(canvas.getByText('3 units × $300.00 = $900.00')).toBeVisible();
  },
};

export const PastDueCannotIncrease: Story = { args: { status: 'past_due' } };

/** A canceled subscription: the stepper is held at the units in effect and says why. */
export const CanceledSubscription: Story = {
  args: { status: 'canceled' },
  play: async ({ canvas }) => {
    const field = await canvas.findByRole('spinbutton', { name: 'Generative Credits units' }, { timeout: 10_000 });
    await expect(field).toHaveAccessibleDescription('This subscription is canceled, so its add-ons cannot be changed.');
    await expect(canvas.getByRole('button', { name: 'Increase units' })).toBeDisabled();
    await expect(canvas.getByRole('button', { name: 'Decrease units' })).toBeDisabled();
  },
};

/** A typed number outside the add-on's range (0 to 10): refused with a message, Review disabled. */
export const RefusedNumber: Story = {
  play: async ({ canvas, userEvent }) => {
    const field = await canvas.findByRole('spinbutton', { name: 'Generative Credits units' }, { timeout: 10_000 });
    await userEvent.clear(field);
    await userEvent.type(field, '42');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByText('Enter a whole number from 0 to 10.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Review' })).toBeDisabled();
  },
};

/** A new number chosen, the server's price not back yet: the figures are marked as an estimate. */
export const PriceUpdating: Story = {
  parameters: { billing: { handlers: () => [neverAnswers('quoteAddOn')] } },
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole('spinbutton', { name: 'Generative Credits units' }, { timeout: 10_000 });
    await userEvent.click(canvas.getByRole('button', { name: 'Increase units' }));
    await waitFor(() => expect(canvas.getByText('Updating price…')).toBeVisible(), { timeout: 10_000 });
    await heldForReview();
    await expect(canvas.getByText('Updating price…')).toBeVisible();
    await expect(canvas.getByText('Estimate')).toBeVisible();
    await expect(canvas.getByTestId('rbw-new-recurring')).toHaveTextContent('$60.00 / month');
  },
};
