import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { BillingPanel, textDirection } from 'react-billing-widget';
import { expect, waitFor, within } from 'storybook/test';
import { LOCALES, type LocaleTag } from '../demo/locales';
import { designerArgTypes, type PanelStoryArgs } from './support/billingStory';
import { pageOf, panelSettled } from './support/play';

/**
 * The panel in another language, set as the toolbar's Language menu sets it (story globals):
 * German, the longest words; Japanese, no spaces to wrap at; Arabic, right to left. The Review
 * stories go on to the open dialog and its credits timeline, the state the accessibility check sees.
 */
const meta = {
  title: 'Locales',
  component: BillingPanel,
  render: (args) => <BillingPanel className={args.className} />,
  args: { plan: 'basic', seats: 3, units: 1, status: 'active', cancelAtPeriodEnd: false, theme: 'light' },
  argTypes: designerArgTypes,
} satisfies Meta<PanelStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A currency its customers pay in. */
const CURRENCIES: Partial<Record<LocaleTag, string>> = { de: 'EUR', ja: 'JPY', ar: 'SAR' };

/** Waits for the panel in `tag`, and checks it runs in the language's direction. */
async function panelIn(tag: LocaleTag, { canvasElement }: StoryContext): Promise<HTMLElement> {
  const panel = await panelSettled(canvasElement, 'active');
  await expect(panel).toHaveAttribute('dir', textDirection(tag));
  await expect(within(panel).getByRole('button', { name: LOCALES[tag].upgradeCredits })).toBeVisible();
  return panel;
}

function panel(tag: LocaleTag, args: Partial<PanelStoryArgs> = {}): Story {
  return {
    globals: { locale: tag },
    args: { currency: CURRENCIES[tag], ...args },
    play: async (context) => {
      await panelIn(tag, context);
    },
  };
}

/** A unit more, through to the open dialog, by the language's own accessible names. */
function review(tag: LocaleTag, args: Partial<PanelStoryArgs> = {}): Story {
  const messages = LOCALES[tag];
  return {
    globals: { locale: tag },
    args: { currency: CURRENCIES[tag], ...args },
    play: async (context) => {
      const { canvasElement, userEvent } = context;
      const panelElement = await panelIn(tag, context);
      await userEvent.click(within(panelElement).getByRole('button', { name: messages.upgradeCredits }));
      await userEvent.click(within(panelElement).getByRole('button', { name: messages.increaseUnits }));
      const reviewButton = within(panelElement).getByRole('button', { name: messages.review });
      await waitFor(() => expect(reviewButton).toBeEnabled());
      await userEvent.click(reviewButton);
      const dialog = await within(pageOf(canvasElement)).findByRole('dialog', { name: messages.confirmTitle });
      await waitFor(() => expect(dialog).toHaveAttribute('data-status', 'ready'), { timeout: 10_000 });
      await expect(dialog).toHaveAttribute('dir', textDirection(tag));
      await expect(within(dialog).getByRole('region', { name: messages.timelineHeading })).toBeVisible();
    },
  };
}

export const GermanPanel = panel('de');
export const GermanReview = review('de');
export const GermanReviewNarrow320 = review('de', { containerWidth: 320 });
export const JapaneseReview = review('ja');
export const ArabicPanel = panel('ar');
export const ArabicReview = review('ar');
export const ArabicReviewDark = review('ar', { theme: 'dark' });
export const ArabicPanelNarrow320 = panel('ar', { containerWidth: 320 });
