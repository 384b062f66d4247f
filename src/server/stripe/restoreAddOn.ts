import { type ChangeContext, isOwnSchedule } from './changeContext';
import { nextPhase, phaseQuantity } from './mapSubscription';
import { currentAndLaterPhases, phaseParam, sameItems, withQuantity } from './schedulePhases';

/**
 * A restore (contract section 2): the scheduled decrease is cancelled, nothing is charged. Our own
 * schedule, once it would bill the same as now, is released; a host's schedule is rewritten with the
 * add-on's quantity kept in its later phases.
 */
export async function restoreAddOn(context: ChangeContext): Promise<void> {
  const { stripe, view, binding, keys } = context;
  const { schedule } = view;
  const priceId = binding.catalog.priceId;
  const quantity = binding.item?.quantity ?? 0;
  const upcoming = schedule ? nextPhase(schedule) : undefined;
  if (!schedule || !upcoming || phaseQuantity(upcoming, priceId) >= quantity) return;

  const [current, ...later] = currentAndLaterPhases(schedule).map(phaseParam);
  if (!current) return;
  const restored = later.map((phase) => withQuantity(phase, priceId, quantity));
  if (isOwnSchedule(schedule) && restored.every((phase) => sameItems(phase, current))) {
    await stripe.subscriptionSchedules.release(schedule.id, {}, { idempotencyKey: keys.stripe('release') });
    return;
  }
  await stripe.subscriptionSchedules.update(
    schedule.id,
    { phases: [current, ...restored], proration_behavior: 'none' },
    { idempotencyKey: keys.stripe('schedule-restore') },
  );
}
