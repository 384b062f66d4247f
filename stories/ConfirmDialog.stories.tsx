import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConfirmDialog } from 'react-billing-widget';
import { expect, screen, waitFor } from 'storybook/test';
import { type BillingStoryArgs, presentationArgTypes, subscriptionFromArgs } from './support/billingStory';

type DialogStoryArgs = Pick<BillingStoryArgs, 'locale' | 'theme'> & {
  /** The add-on to change. */
  addOnId: string;
  /** The requested units. */
  units: number;
  /** Uncontrolled initial open state. */
  defaultOpen?: boolean;
};

/** The confirmation dialog alone, open on the quote for the requested units of the Basic plan (1 unit, 3 users). */
const meta = {
  title: 'Components/ConfirmDialog',
  component: ConfirmDialog,
  tags: ['autodocs'],
  args: { addOnId: 'generative-credits', units: 3, defaultOpen: true, locale: 'en-US', theme: 'light' },
  argTypes: {
    ...presentationArgTypes,
    units: { control: { type: 'number', min: 0, max: 10, step: 1 } },
    addOnId: { control: 'text' },
    defaultOpen: { control: 'boolean' },
  },
  parameters: {
    // A modal dialog covers the page: a taller frame than the preview's default on the docs page.
    docs: { story: { iframeHeight: 640 } },
  },
  render: (args) => <ConfirmDialog addOnId={args.addOnId} units={args.units} defaultOpen={args.defaultOpen} />,
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Confirm add-on change' }, { timeout: 10_000 });
    await waitFor(() => expect(dialog).toHaveAttribute('data-status', 'ready'), { timeout: 10_000 });
  },
} satisfies Meta<DialogStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Increase: Story = {};

export const Decrease: Story = { args: { units: 0 } };

/** Nothing to change: the units already in effect. */
export const NoChange: Story = {
  args: { units: 1 },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Confirm add-on change' }, { timeout: 10_000 });
    await waitFor(() => expect(dialog).toHaveAttribute('data-status', 'unchanged'), { timeout: 10_000 });
    await expect(dialog).toHaveTextContent('Generative Credits: no change.');
    await expect(screen.getByRole('button', { name: 'Update Add-On' })).toBeDisabled();
  },
};

/** Units the add-on does not allow (it goes up to 10): the dialog says so instead of quoting. */
export const UnitsOutOfRange: Story = {
  args: { units: 11 },
  play: async () => {
    const dialog = await screen.findByRole('dialog', { name: 'Confirm add-on change' }, { timeout: 10_000 });
    await waitFor(() => expect(dialog).toHaveAttribute('data-status', 'error'), { timeout: 10_000 });
    await expect(screen.getByRole('alert')).toHaveTextContent('Enter a whole number from 0 to 10.');
    await expect(screen.getByRole('button', { name: 'Update Add-On' })).toBeDisabled();
  },
};

export const Dark: Story = { args: { theme: 'dark' } };

export const EuroInGerman: Story = {
  args: { locale: 'de-DE' },
  parameters: { billing: { subscription: subscriptionFromArgs({ plan: 'basic', currency: 'EUR' }) } },
};
