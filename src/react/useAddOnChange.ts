'use client';
import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useAddOnQuote } from './useAddOnQuote';
import { type UseAddOnStepperOptions, useAddOnStepper } from './useAddOnStepper';
import { useBillingFlow } from './useBillingFlow';
import { useBillingText } from './useBillingText';

/**
 * `<AddOnStepper>`'s behaviour: the stepper, the figures for its units, the review they open, and the
 * summary read out once the server's figures settle.
 */
export function useAddOnChange(options: UseAddOnStepperOptions) {
  const { addOn } = options;
  const flow = useBillingFlow();
  const text = useBillingText();
  const stepper = useAddOnStepper(options);
  const { units } = stepper;
  const quote = useAddOnQuote(addOn.id, units);
  // The review this stepper opened: a review of the same add-on opened elsewhere (a lone dialog) is not its own.
  const [opened, setOpened] = useState<number>();
  const review = useStore(flow, (state) => (state.review && state.review.id === opened ? state.review : null));

  const settled = quote.quote;
  useEffect(() => {
    if (!settled) return;
    flow.announceSummary(
      text.messages.stepperSummary({
        units: text.units(settled.units),
        recurring: text.perInterval(settled.recurring, addOn.interval),
        dueNow: text.money(settled.dueNow),
      }),
    );
  }, [settled, flow, text, addOn.interval]);

  const change = quote.shown?.change;
  const canReview = !stepper.invalidMessage && change !== undefined && change !== 'none';
  return {
    stepper,
    quote,
    change,
    canReview,
    reviewing: review !== null,
    /** Opens the dialog on the chosen units. */
    review: () => {
      if (!canReview) return;
      flow.review(addOn.id, units);
      setOpened(flow.getState().review?.id);
    },
    /** The units the dialog confirms; while closed, the units in effect, so a units change does not re-render it. */
    dialogUnits: review?.units ?? addOn.units,
    cancel: flow.cancel,
  };
}
