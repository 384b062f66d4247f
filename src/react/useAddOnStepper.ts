'use client';
import {
  type ButtonHTMLAttributes,
  type ChangeEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type LabelHTMLAttributes,
  type MouseEvent,
  type RefObject,
  useCallback,
  useId,
  useRef,
  useState,
} from 'react';
import { useStore } from 'zustand';
import { type AddOn, canDecrease, canIncrease, nextPeriodUnits, type SubscriptionStatus, unitBounds } from '../core';
import { countText, resolveHookMessages } from '../hookMessages';
import { useBillingContext } from './BillingContext';
import { focusRootOf } from './focusRoot';
import { useBillingFlow } from './useBillingFlow';

/** Options of `useAddOnStepper`. */
export interface UseAddOnStepperOptions {
  /** The add-on being changed. */
  addOn: AddOn;
  /**
   * The subscription's status: without an increase allowed (past due) the top is the units in effect;
   * without any change allowed (canceled) the stepper is held at them.
   */
  status: SubscriptionStatus;
  /** Controlled units. */
  units?: number;
  /** Starting units when uncontrolled; default `scheduledUnits ?? units`. */
  defaultUnits?: number;
  /** Called with every new value. */
  onUnitsChange?: (units: number) => void;
  /** Step of PageUp / PageDown. Default 5. */
  pageStep?: number;
}

/** State and behaviour of the units stepper; the markup only spreads the props. */
export interface AddOnStepperState {
  /** The units chosen, whole and within the bounds. */
  units: number;
  /** The lowest units allowed now (`unitBounds`). */
  min: number;
  /** The highest units allowed now (`unitBounds`). */
  max: number;
  /** Chooses units: rounded to whole units and kept within the bounds. */
  setUnits: (units: number) => void;
  /** One unit more. */
  increment: () => void;
  /** One unit less. */
  decrement: () => void;
  /** Set while the typed text is not an allowed number; the units keep their last allowed value. */
  invalidMessage: string | null;
  /** Shown when the subscription allows no increase, or no change at all. */
  limitMessage: string | null;
  /** Props of the visible `<label>`: the add-on's name and "units". */
  labelProps: LabelHTMLAttributes<HTMLLabelElement> & { children: string };
  /** Props of the units field (a spinbutton); its `ref` is what a press at a bound hands focus to. */
  inputProps: InputHTMLAttributes<HTMLInputElement> & { role: 'spinbutton'; ref: RefObject<HTMLInputElement | null> };
  /** Props of the plus button. */
  incrementButtonProps: ButtonHTMLAttributes<HTMLButtonElement>;
  /** Props of the minus button. */
  decrementButtonProps: ButtonHTMLAttributes<HTMLButtonElement>;
  /** The id of the element holding `invalidMessage`/`limitMessage`, referenced by the input. */
  messageId: string;
}

/**
 * The whole number a customer typed; NaN for anything else ("2.5", "-1", ""). Besides ASCII it reads
 * the digits their keyboard may type: full-width (Japanese, Chinese and Korean input methods),
 * Arabic-Indic and Eastern Arabic-Indic (Arabic and Persian). Each of those runs starts at a
 * multiple of 16 (U+FF10, U+0660, U+06F0), so a digit's value is its code point modulo 16.
 */
function typedUnits(typed: string): number {
  const ascii = typed
    .trim()
    .replace(/[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) % 16));
  return /^\d+$/.test(ascii) ? Number(ascii) : Number.NaN;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * The stepper of an add-on's units: bounds from the policy (`unitBounds`), keyboard like a native
 * spinbutton (arrows, PageUp/PageDown, Home/End), typed values refused with a message when out of
 * range. The chosen units go to the provider's controller, so each provider keeps its own.
 */
export function useAddOnStepper(options: UseAddOnStepperOptions): AddOnStepperState {
  const { addOn, status, onUnitsChange, pageStep = 5 } = options;
  const { messageOverrides, format } = useBillingContext();
  const flow = useBillingFlow();
  const messages = resolveHookMessages(messageOverrides);
  const draft = useStore(flow, (state) => state.drafts[addOn.id]);
  const changeable = canDecrease(status);
  const { min, max } = unitBounds(addOn, status);
  const start = clamp(options.defaultUnits ?? nextPeriodUnits(addOn), min, max);
  const units = clamp(options.units ?? draft ?? start, min, max);

  // What the customer is typing; shown while it is refused or still reads as the units
  // (e.g. "07"), otherwise the field shows the units, however they changed.
  const [typed, setTyped] = useState<string | null>(null);
  const [invalidMessage, setInvalidMessage] = useState<string | null>(null);
  const messageId = useId();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const text = typed !== null && (invalidMessage !== null || typedUnits(typed) === units) ? typed : String(units);

  const commit = useCallback(
    (value: number) => {
      if (value === units) return;
      // Controlled units are the host's to take; the controller still records and reports the choice.
      flow.setUnits(addOn.id, value);
      onUnitsChange?.(value);
    },
    [units, flow, addOn.id, onUnitsChange],
  );

  const setUnits = useCallback(
    (next: number) => {
      setInvalidMessage(null);
      setTyped(null);
      commit(clamp(Math.round(next), min, max));
    },
    [commit, min, max],
  );

  const increment = useCallback(() => setUnits(units + 1), [setUnits, units]);
  const decrement = useCallback(() => setUnits(units - 1), [setUnits, units]);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.target.value;
    setTyped(raw);
    const value = typedUnits(raw);
    if (Number.isSafeInteger(value) && value >= min && value <= max) {
      setInvalidMessage(null);
      commit(value);
    } else {
      setInvalidMessage(messages.unitsOutOfRange({ min, max }));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, () => number> = {
      ArrowUp: () => units + 1,
      ArrowDown: () => units - 1,
      PageUp: () => units + pageStep,
      PageDown: () => units - pageStep,
      Home: () => min,
      End: () => max,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setUnits(move());
  };

  // A button disabled under the focus drops it to <body>: the press that reaches a bound hands
  // focus to the field, where the arrow keys go on. Asked of the button's root, which is a shadow
  // root when the widget is embedded in one (the document's activeElement is then the host).
  const press = (move: () => void, reachesBound: boolean) => (event: MouseEvent<HTMLButtonElement>) => {
    move();
    const button = event.currentTarget;
    if (reachesBound && focusRootOf(button)?.activeElement === button) {
      inputRef.current?.focus();
    }
  };

  // Typed text that was refused goes back to the last allowed value when the field is left,
  // and so does the message: the field then shows an allowed value again.
  const onBlur = () => {
    setTyped(null);
    setInvalidMessage(null);
  };

  const limitMessage = !changeable
    ? messages.changeNotAllowed
    : canIncrease(status)
      ? null
      : messages.increaseNotAllowed;
  const describedBy = invalidMessage || limitMessage ? messageId : undefined;
  const unitsText = countText(messages.unitCount, format, units);

  return {
    units,
    min,
    max,
    setUnits,
    increment,
    decrement,
    invalidMessage,
    limitMessage,
    messageId,
    labelProps: { htmlFor: inputId, children: messages.unitsLabel({ addOnName: addOn.name }) },
    inputProps: {
      id: inputId,
      ref: inputRef,
      role: 'spinbutton',
      type: 'text',
      inputMode: 'numeric',
      autoComplete: 'off',
      readOnly: !changeable || undefined,
      value: text,
      'aria-valuenow': units,
      'aria-valuemin': min,
      'aria-valuemax': max,
      'aria-valuetext': unitsText,
      'aria-invalid': invalidMessage ? true : undefined,
      'aria-describedby': describedBy,
      onChange,
      onKeyDown,
      onBlur,
    },
    incrementButtonProps: {
      type: 'button',
      'aria-label': messages.increaseUnits,
      'aria-controls': inputId,
      disabled: units >= max,
      onClick: press(increment, units + 1 >= max),
    },
    decrementButtonProps: {
      type: 'button',
      'aria-label': messages.decreaseUnits,
      'aria-controls': inputId,
      disabled: units <= min,
      onClick: press(decrement, units - 1 <= min),
    },
  };
}
