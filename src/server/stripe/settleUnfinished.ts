import type Stripe from 'stripe';
import { raiseQuantity } from './applyIncrease';
import { customerIdOf } from './idOf';
import type { StripeView } from './mapSubscription';
import type { UpdateKeys } from './updateKeys';
import { MARKS_METADATA_KEY, readMarks, type UpdateMark, writeMarks } from './updateMarks';

/** The units an add-on invoice paid for, from its `rbw_units` metadata (`"1->2"`). */
function paidUnits(invoice: Stripe.Invoice): number | undefined {
  const match = /^\d+->(\d+)$/.exec(invoice.metadata?.rbw_units ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * Finishes increases that were paid under another Idempotency-Key but not applied (the raise
 * failed and the customer never retried under that key), before a new change is applied: else a
 * customer who starts over would pay twice for one set of units. Their marks are set done (a late
 * retry under their key then replays). `idempotencyKey` is the settling update's own, for the
 * metadata write. Returns whether anything was finished.
 */
export async function settleUnfinished(
  stripe: Stripe,
  view: StripeView,
  unfinished: readonly UpdateMark[],
  idempotencyKey: string,
): Promise<boolean> {
  if (unfinished.length === 0) return false;
  const subscription = view.stripeSubscription;
  const customer = customerIdOf(subscription);
  const invoices = await stripe.invoices.list({ customer, limit: 20 });
  const settled: UpdateMark[] = [];
  for (const mark of unfinished) {
    const invoice = invoices.data.find(
      (candidate) =>
        candidate.metadata?.rbw_update === mark.key && candidate.metadata?.rbw_subscription === subscription.id,
    );
    const units = invoice?.status === 'paid' ? paidUnits(invoice) : undefined;
    const binding = view.addOns.find((candidate) => candidate.addOn.id === invoice?.metadata?.rbw_add_on);
    if (units === undefined || !binding) continue;
    if (binding.addOn.units < units) {
      const keys: UpdateKeys = {
        mark: mark.key,
        request: mark.request,
        stripe: (step) => `rbw-settle-${mark.key}-${step}`,
      };
      await raiseQuantity({ stripe, view, binding, keys }, units);
    }
    settled.push({ ...mark, status: 'done' as const, result: { units, scheduledUnits: null } });
  }
  if (settled.length === 0) return false;
  const value = settled.reduce(
    (current, mark) => writeMarks(readMarks({ [MARKS_METADATA_KEY]: current }), mark),
    subscription.metadata[MARKS_METADATA_KEY] ?? '',
  );
  await stripe.subscriptions.update(subscription.id, { metadata: { [MARKS_METADATA_KEY]: value } }, { idempotencyKey });
  return true;
}
