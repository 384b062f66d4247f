import type Stripe from 'stripe';
import { type ChangeContext, isOwnSchedule, quantityFor, raisedItem } from './changeContext';
import { customerIdOf, idOf } from './idOf';
import { nextPhase, phaseQuantity } from './mapSubscription';
import { StripeSetupError } from './StripeSetupError';
import { currentAndLaterPhases, phaseParam, sameItems, withQuantity } from './schedulePhases';
import { isPaymentDeclined, paymentFailed } from './stripeErrors';

function invoiceDescription({ binding, terms, view }: ChangeContext): string {
  const added = terms.units - terms.currentUnits;
  const users = binding.catalog.scope === 'per_seat' ? ` × ${view.subscription.seats} users` : '';
  return `${binding.catalog.name}: ${added} more unit${added === 1 ? '' : 's'}${users}`;
}

/**
 * Charges the quoted `dueNow` at once: a one-off invoice holding one item of exactly that amount,
 * finalized and paid now from the payment method on file. Every call has its step's idempotency key
 * and parameters drawn from the signed terms only, so a retry replays the same invoice and payment.
 * A decline voids the invoice (nothing left for Stripe to collect later) and answers `payment_failed`.
 */
async function chargeNow(context: ChangeContext): Promise<void> {
  const { stripe, view, terms, keys } = context;
  const subscription = view.stripeSubscription;
  const customer = customerIdOf(subscription);
  const currency = terms.dueNow.currency.toLowerCase();
  const description = invoiceDescription(context);
  const paymentMethod = idOf(subscription.default_payment_method);
  const metadata = {
    rbw_update: keys.mark,
    rbw_subscription: subscription.id,
    rbw_add_on: terms.addOnId,
    rbw_units: `${terms.currentUnits}->${terms.units}`,
  };
  const draft = await stripe.invoices.create(
    {
      customer,
      currency,
      description,
      collection_method: 'charge_automatically',
      auto_advance: false,
      pending_invoice_items_behavior: 'exclude',
      ...(paymentMethod && { default_payment_method: paymentMethod }),
      metadata,
    },
    { idempotencyKey: keys.stripe('invoice') },
  );
  await stripe.invoiceItems.create(
    { customer, invoice: draft.id, amount: terms.dueNow.amount, currency, description, metadata },
    { idempotencyKey: keys.stripe('invoice-item') },
  );
  const open = await stripe.invoices.finalizeInvoice(
    draft.id,
    { auto_advance: false },
    { idempotencyKey: keys.stripe('finalize') },
  );
  const voidIt = () => stripe.invoices.voidInvoice(draft.id, {}, { idempotencyKey: keys.stripe('void') });
  if (open.total > terms.dueNow.amount) {
    // Taxes or fees added by the account's settings: never charge more than the customer was shown.
    await voidIt();
    throw new StripeSetupError(
      `the invoice for an add-on came to ${open.total} ${currency}, more than the ${terms.dueNow.amount} quoted (automatic tax or fees on one-off invoices?). It was voided.`,
    );
  }
  let paid: Stripe.Invoice;
  try {
    paid = await stripe.invoices.pay(draft.id, {}, { idempotencyKey: keys.stripe('pay') });
  } catch (error) {
    if (!isPaymentDeclined(error)) throw error;
    await voidIt();
    throw paymentFailed(error);
  }
  if (paid.status !== 'paid') {
    await voidIt();
    throw paymentFailed();
  }
}

/**
 * Raises the item to `units` without proration (the renewal bills the new quantity), or creates it,
 * and drops any scheduled decrease. Skipped when a previous attempt already did it.
 */
export async function raiseQuantity(context: Omit<ChangeContext, 'terms'>, units: number): Promise<void> {
  const { stripe, view, binding, keys } = context;
  const target = quantityFor(context, units);
  const { schedule } = view;
  const upcoming = schedule ? nextPhase(schedule) : undefined;
  const lowered = upcoming !== undefined && phaseQuantity(upcoming, binding.catalog.priceId) < target;
  if ((binding.item?.quantity ?? 0) === target && !lowered) return;

  if (schedule) {
    const [current, ...later] = currentAndLaterPhases(schedule).map((phase) =>
      withQuantity(phaseParam(phase), binding.catalog.priceId, target),
    );
    if (current && !(isOwnSchedule(schedule) && later.every((phase) => sameItems(phase, current)))) {
      // A host's schedule, or ours still lowering another add-on, stays: the add-on is raised in
      // the running phase and every later one, in one call.
      await stripe.subscriptionSchedules.update(
        schedule.id,
        { phases: [current, ...later], proration_behavior: 'none' },
        { idempotencyKey: keys.stripe('schedule-raise') },
      );
      return;
    }
    // Ours, with nothing else scheduled: handed back, then raised like any subscription.
    await stripe.subscriptionSchedules.release(schedule.id, {}, { idempotencyKey: keys.stripe('release') });
  }
  await stripe.subscriptions.update(
    view.stripeSubscription.id,
    { items: [raisedItem(context, units)], proration_behavior: 'none' },
    { idempotencyKey: keys.stripe('raise') },
  );
}

/** An increase (contract section 2): charged in full now, then the units raised. */
export async function applyIncrease(context: ChangeContext): Promise<void> {
  if (context.terms.dueNow.amount > 0) await chargeNow(context);
  await raiseQuantity(context, context.terms.units);
}
