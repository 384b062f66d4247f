import type Stripe from 'stripe';
import { httpFailure } from '../../core/httpStatus';
import { applyIncrease } from './applyIncrease';
import { type ChangeContext, quantityFor, raisedItem } from './changeContext';
import { customerIdOf, idOf } from './idOf';
import { StripeSetupError } from './StripeSetupError';

/** The key of the proration date (Unix seconds) pinned in a prorated quote's id. */
export const PRORATION_DATE_PIN = 'prorationDate';

type PreviewContext = Pick<ChangeContext, 'stripe' | 'view' | 'binding'>;

/**
 * True for a preview line the update's invoice would hold: a proration (Stripe's recommended filter,
 * so a renewal the preview may show never counts) or a pending invoice item, which an invoice made
 * for the subscription takes along.
 */
function invoicedNow(line: Stripe.InvoiceLineItem): boolean {
  return Boolean(line.parent?.subscription_item_details?.proration || line.parent?.invoice_item_details);
}

/**
 * What Stripe would invoice now for raising the add-on to `units` with prorations dated
 * `prorationDate`: the add-on's proration lines (`addOn`, what the quote shows), or every line the
 * `always_invoice` update's invoice would hold (`allPrices`, what it would actually charge).
 */
export async function previewProration(
  context: PreviewContext,
  units: number,
  prorationDate: number,
  scope: 'addOn' | 'allPrices' = 'addOn',
): Promise<number> {
  const { stripe, view, binding } = context;
  const subscription = view.stripeSubscription;
  const preview = await stripe.invoices.createPreview({
    customer: customerIdOf(subscription),
    subscription: subscription.id,
    subscription_details: {
      items: [raisedItem(context, units)],
      proration_behavior: 'always_invoice',
      proration_date: prorationDate,
    },
  });
  let amount = 0;
  for (const line of preview.lines.data) {
    if (!invoicedNow(line)) continue;
    const ofAddOn =
      line.parent?.subscription_item_details?.proration &&
      idOf(line.pricing?.price_details?.price) === binding.catalog.priceId;
    if (scope === 'addOn' && !ofAddOn) continue;
    // As for the one-off invoice: never charge more than the customer was shown.
    if (line.taxes?.some((tax) => tax.tax_behavior === 'exclusive' && tax.amount > 0)) {
      throw new StripeSetupError(
        `Stripe adds tax to the proration of price ${binding.catalog.priceId} (automatic tax or tax rates), which the quote cannot show: prorated add-ons need prices without exclusive tax.`,
      );
    }
    amount += line.amount;
  }
  return amount;
}

const amountChanged = () =>
  httpFailure(
    'conflict',
    'What Stripe would charge now is not the amount quoted (the billing changed, or other charges are pending). Get a new quote.',
  );

/**
 * A prorated increase (the `proration: true` option): Stripe raises the quantity and charges the
 * proration at once, dated as quoted, in one call that changes nothing when the payment fails
 * (`error_if_incomplete`). Before that, the same preview must still come to the quoted amount, with
 * nothing else on that invoice (a pending invoice item), or the update is refused rather than
 * charge another figure. A subscription under a schedule, which that call cannot raise, is charged
 * the quoted amount itself by a one-off invoice and raised without proration, as without the
 * option. A retry after the raise went through has nothing left to do.
 */
export async function prorateIncrease(context: ChangeContext, prorationDate: number): Promise<void> {
  const { stripe, view, binding, terms, keys } = context;
  if (view.schedule) return applyIncrease(context);
  if ((binding.item?.quantity ?? 0) === quantityFor(context, terms.units)) return;
  if ((await previewProration(context, terms.units, prorationDate, 'allPrices')) !== terms.dueNow.amount) {
    throw amountChanged();
  }
  const params: Stripe.SubscriptionUpdateParams = {
    items: [raisedItem(context, terms.units)],
    proration_behavior: 'always_invoice',
    payment_behavior: 'error_if_incomplete',
    proration_date: prorationDate,
  };
  await stripe.subscriptions.update(view.stripeSubscription.id, params, { idempotencyKey: keys.stripe('prorate') });
}
