import type Stripe from 'stripe';
import { type ChangeContext, isOwnSchedule, OWN_SCHEDULE_METADATA, quantityFor } from './changeContext';
import { nextPhase, phaseQuantity } from './mapSubscription';
import { currentAndLaterPhases, phaseParam, withQuantity } from './schedulePhases';

/**
 * A decrease (contract section 2): nothing changes now and nothing is refunded; from the period end
 * the add-on's item carries the lower quantity. Done with a subscription schedule: created from the
 * subscription when it has none (its one phase is the period running now), then its phases updated
 * so the phase from the period end carries the lower quantity. A retry after a failure between the
 * two calls finds the schedule attached and goes on with it, so there is never a second one.
 */
export async function scheduleDecrease(context: ChangeContext): Promise<void> {
  const { stripe, view, binding, keys } = context;
  const priceId = binding.catalog.priceId;
  const target = quantityFor(context, context.terms.units);
  let schedule: Stripe.SubscriptionSchedule | null = view.schedule;
  if (!schedule) {
    schedule = await stripe.subscriptionSchedules.create(
      { from_subscription: view.stripeSubscription.id },
      { idempotencyKey: keys.stripe('schedule') },
    );
  }
  const upcoming = nextPhase(schedule);
  if (upcoming && phaseQuantity(upcoming, priceId) === target) return;

  const own = !view.schedule || isOwnSchedule(schedule);
  const [current, ...later] = currentAndLaterPhases(schedule).map(phaseParam);
  if (!current) return;
  // No phase after this one yet: add one like it that starts at the period end and lasts one period.
  const { start_date: _start, end_date: _end, trial_end: _trialEnd, ...likeCurrent } = current;
  const following =
    later.length > 0
      ? later
      : [{ ...likeCurrent, duration: { interval: view.subscription.plan.interval, interval_count: 1 } }];
  await stripe.subscriptionSchedules.update(
    schedule.id,
    {
      phases: [current, ...following.map((phase) => withQuantity(phase, priceId, target))],
      proration_behavior: 'none',
      // Ours hand the subscription back at the end of the lowered period; a host's keeps its own ending.
      ...(own && { end_behavior: 'release' as const, metadata: { ...OWN_SCHEDULE_METADATA } }),
    },
    { idempotencyKey: keys.stripe('schedule-phases') },
  );
}
