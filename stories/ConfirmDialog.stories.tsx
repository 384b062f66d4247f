import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConfirmDialog } from 'react-billing-widget';
import { expect, screen, waitFor, within } from 'storybook/test';
import { answers, dropsConnection, failsWith, neverAnswers } from './support/billingCalls';
import {
  type BillingStoryArgs,
  type BillingStoryParameters,
  backendOf,
  presentationArgTypes,
  subscriptionFromArgs,
} from './support/billingStory';
import { heldForReview } from './support/play';

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
    await dialogIn('ready');
  },
} satisfies Meta<DialogStoryArgs>;

/** The open dialog, once its `data-status` is `status`. */
async function dialogIn(status: string): Promise<HTMLElement> {
  const dialog = await screen.findByRole('dialog', { name: 'Confirm add-on change' }, { timeout: 10_000 });
  await waitFor(() => expect(dialog).toHaveAttribute('data-status', status), { timeout: 10_000 });
  return dialog;
}

/** Backend settings of a story whose calls are held or failed by `handlers`. */
function withCalls(handlers: BillingStoryParameters['handlers']): { billing: BillingStoryParameters } {
  return { billing: { handlers } };
}

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

/** The Team plan billed yearly (2 shared units at $300.00 a year), a unit more: its figures and notes by the year. */
export const YearlyPlan: Story = {
  args: { units: 3 },
  parameters: { billing: { scenario: 'teamAnnual' } },
  play: async () => {
    const dialog = await dialogIn('ready');
    await expect(dialog).toHaveTextContent('1 unit × $300.00 = $300.00');
    await expect(dialog).toHaveTextContent('2,400 credits');
    await expect(dialog).toHaveTextContent('$900.00 / year');
    await expect(dialog).toHaveTextContent('Credits reset every year and do not roll over to the next year.');
  },
};

export const Dark: Story = { args: { theme: 'dark' } };

export const EuroInGerman: Story = {
  args: { locale: 'de-DE' },
  parameters: { billing: { subscription: subscriptionFromArgs({ plan: 'basic', currency: 'EUR' }) } },
};

/**
 * A backend that prorates (e.g. `createStripeBackend({ proration: true })`) half way through the
 * period: 2 more units for 3 users are due $30.00 now, not the $60.00 of a full period, and the note
 * says so. Display only: this quote is not the mock backend's, so Update Add-On gets a new one.
 */
export const Prorated: Story = {
  parameters: withCalls(() => {
    const now = Date.now();
    return [
      answers('quoteAddOn', {
        quote: {
          id: 'quote_prorated',
          addOnId: 'generative-credits',
          currentUnits: 1,
          units: 3,
          change: 'increase',
          dueNow: { amount: 3000, currency: 'USD' },
          creditsNow: 360,
          recurring: { amount: 9000, currency: 'USD' },
          effectiveAt: new Date(now).toISOString(),
          expiresAt: new Date(now + 15 * 60_000).toISOString(),
        },
      }),
    ];
  }),
  play: async () => {
    const dialog = await dialogIn('ready');
    await expect(dialog).toHaveTextContent(
      '$30.00 is charged now to the payment method on file, for the rest of this period only ($60.00 for a full period).',
    );
  },
};

/** The server's quote has not arrived: the dialog says it is getting the final price, Update Add-On waits. */
export const WaitingForQuote: Story = {
  parameters: withCalls(() => [neverAnswers('quoteAddOn')]),
  play: async () => {
    const dialog = await dialogIn('quoting');
    await heldForReview();
    await expect(dialog).toHaveAttribute('data-status', 'quoting');
    await expect(dialog).toHaveTextContent('Getting the final price…');
    await expect(within(dialog).getByRole('button', { name: 'Update Add-On' })).toBeDisabled();
  },
};

/** Update Add-On pressed, the server not yet answered: busy, nothing can be pressed twice or closed. */
export const Applying: Story = {
  parameters: withCalls(() => [neverAnswers('updateAddOn')]),
  play: async ({ userEvent }) => {
    const dialog = await dialogIn('ready');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Update Add-On' }));
    await dialogIn('submitting');
    await heldForReview();
    await expect(dialog).toHaveAttribute('data-status', 'submitting');
    await expect(dialog).toHaveAttribute('aria-busy', 'true');
    await expect(dialog).toHaveTextContent('Updating…');
    await expect(within(dialog).getByRole('button', { name: 'Update Add-On' })).toBeDisabled();
    await expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
  },
};

/** Update Add-On answered `code` once: an alert `saying` why, new figures, confirm again; nothing was charged. */
function refreshedAfter(code: 'quote_expired' | 'conflict', saying: string): Story {
  return {
    parameters: withCalls(() => [
      failsWith('updateAddOn', { status: 409, code, message: 'Try again.' }, { once: true }),
    ]),
    play: async (context) => {
      const dialog = await dialogIn('ready');
      await context.userEvent.click(within(dialog).getByRole('button', { name: 'Update Add-On' }));
      await waitFor(() => expect(within(dialog).getByRole('alert')).toHaveTextContent(saying));
      await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Update Add-On' })).toBeEnabled());
      await expect(backendOf(context).engine.ledger).toHaveLength(0);
    },
  };
}

/** The quote expired before it was applied. */
export const PriceRefreshed = refreshedAfter(
  'quote_expired',
  'The price was out of date, so it was checked again. Review the new figures and confirm.',
);

/** The subscription changed elsewhere (another admin, another tab) before the change was applied. */
export const SubscriptionChanged = refreshedAfter(
  'conflict',
  'Your subscription changed in the meantime. Review the new figures and confirm again.',
);

/** The connection dropped while applying: the alert says the outcome is unknown and a retry is safe (same idempotency key). */
export const ConnectionLost: Story = {
  parameters: withCalls(() => [dropsConnection('updateAddOn', { once: true })]),
  play: async (context) => {
    const dialog = await dialogIn('ready');
    const update = within(dialog).getByRole('button', { name: 'Update Add-On' });
    await context.userEvent.click(update);
    await dialogIn('error');
    const alert = within(dialog).getByRole('alert');
    await expect(alert).toHaveTextContent('Could not reach the billing service. Check your connection and try again.');
    await expect(alert).toHaveTextContent(
      'We could not confirm whether the change went through. Trying again will not charge you twice.',
    );
    await waitFor(() => expect(update).toBeEnabled());
    await expect(backendOf(context).engine.ledger).toHaveLength(0);
  },
};
