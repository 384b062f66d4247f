'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { Subscription } from '../../core';
import { focusRootOf } from '../../react/focusRoot';
import { useBillingText } from '../../react/useBillingText';
import { useConfirmAddOnChange } from '../../react/useConfirmAddOnChange';
import { useRootAttributes } from '../../react/useRootAttributes';
import { useSubscription } from '../../react/useSubscription';
import { TimelineView } from '../CreditsTimeline/TimelineView';
import { cx } from '../classNames';
import { ErrorAlert } from '../ErrorAlert/ErrorAlert';
import { Fact } from '../Fact';
import { InWidgetRoot, useShadowRoot } from '../widgetRoot';

/** Props of `<ConfirmDialog>`. */
export interface ConfirmDialogProps {
  /** The add-on to change. */
  addOnId: string;
  /** The requested units. */
  units: number;
  /** Controlled open state. */
  open?: boolean;
  /** Uncontrolled initial open state. */
  defaultOpen?: boolean;
  /** Called when the dialog asks to open or close. */
  onOpenChange?: (open: boolean) => void;
  /** Called once the change is applied, before the dialog closes. */
  onUpdated?: (subscription: Subscription) => void;
  /**
   * Radix's hook for where focus goes on close; call `preventDefault` to move it yourself. Otherwise
   * focus returns to the element that had it when the dialog opened.
   */
  onCloseAutoFocus?: (event: Event) => void;
  className?: string;
}

/**
 * The confirmation of an add-on change (Radix Dialog): what is charged now, credits added now,
 * the new recurring charge, when it takes effect, and the policy notes that apply.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  // Alone, the dialog needs a root of its own for the live region, outside its portal: the outcome
  // is announced as it closes.
  return (
    <InWidgetRoot>
      <DialogBody {...props} />
    </InWidgetRoot>
  );
}

function DialogBody(props: ConfirmDialogProps) {
  const { addOnId, units, onOpenChange, onUpdated, onCloseAutoFocus, className } = props;
  const root = useRootAttributes();
  const [uncontrolledOpen, setUncontrolledOpen] = useState(props.defaultOpen ?? false);
  const open = props.open ?? uncontrolledOpen;
  const setOpen = (next: boolean) => {
    if (props.open === undefined) setUncontrolledOpen(next);
    onOpenChange?.(next);
  };
  const flow = useConfirmAddOnChange({
    addOnId,
    units,
    enabled: open,
    onUpdated: (subscription) => {
      onUpdated?.(subscription);
      setOpen(false);
    },
  });
  const text = useBillingText();
  const { messages } = text;
  const { subscription, addOn, quote, problem } = flow;
  const shown = quote.shown;
  const { refetch: reload } = useSubscription();
  const container = useShadowRoot();
  const content = useRef<HTMLDivElement>(null);
  const updateButton = useRef<HTMLButtonElement>(null);
  // Radix returns focus to a Dialog.Trigger on close, and we have none (the dialog opens from the
  // flow): without this, Escape or Cancel would leave focus on <body>.
  const returnFocus = useRef<Element | null>(null);
  const focusRoot = () => focusRootOf(content.current);
  const onContentOpenAutoFocus = (event: Event) => {
    const root = focusRoot();
    returnFocus.current = root?.activeElement ?? null;
    // Radix compares with the document's activeElement, which in a shadow root is the host: it would
    // settle on the dialog itself. Focus the first control as it would in a document.
    if (root === container && container) {
      event.preventDefault();
      content.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
    }
  };
  // Radix loops Tab at the dialog's edges by comparing with the document's activeElement, which in a
  // shadow root is the host: Tab would leave the modal dialog for the page behind. Loop it there.
  const onContentKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const root = focusRoot();
    const dialog = content.current;
    if (event.key !== 'Tab' || !dialog || root !== container || !root) return;
    const tabbable = dialog.querySelectorAll<HTMLElement>('button:not(:disabled), a[href], [tabindex="0"]');
    const first = tabbable[0];
    const last = tabbable[tabbable.length - 1];
    const { activeElement } = root;
    const next = event.shiftKey
      ? activeElement === first || activeElement === dialog
        ? last
        : null
      : activeElement === last
        ? first
        : null;
    if (next || !first) {
      event.preventDefault();
      next?.focus();
    }
  };
  const onContentCloseAutoFocus = (event: Event) => {
    onCloseAutoFocus?.(event);
    if (event.defaultPrevented) return;
    event.preventDefault();
    if (returnFocus.current instanceof HTMLElement && returnFocus.current.isConnected) returnFocus.current.focus();
  };
  const confirm = () => {
    // Update Add-On is disabled while the change is applied, which would drop its focus to <body>:
    // keep focus in the (busy) dialog, where the outcome or the error is then read.
    if (flow.canConfirm && focusRoot()?.activeElement === updateButton.current) {
      content.current?.focus();
    }
    flow.confirm();
  };

  useScrollLock(open);

  const handleOpenChange = (next: boolean) => {
    // Closing while the change is being applied would hide its outcome; wait for it.
    if (!next && flow.isSubmitting) return;
    setOpen(next);
  };

  return (
    <Dialog.Root open={open} onOpenChange={handleOpenChange}>
      <Dialog.Portal container={container}>
        {/* Not Dialog.Overlay: its scroll lock injects a <style> element, which a strict CSP
            (style-src without 'unsafe-inline') refuses; useScrollLock locks through the CSSOM instead. */}
        <div className="rbw-root rbw-overlay" {...root} data-state="open" aria-hidden="true" />
        <Dialog.Content
          className={cx('rbw-root rbw-dialog', className)}
          {...root}
          data-status={flow.status}
          ref={content}
          onOpenAutoFocus={onContentOpenAutoFocus}
          onCloseAutoFocus={onContentCloseAutoFocus}
          onKeyDown={onContentKeyDown}
          aria-busy={flow.isSubmitting || undefined}
        >
          <Dialog.Title className="rbw-heading">{messages.confirmTitle}</Dialog.Title>
          {problem ? (
            <Dialog.Description asChild>
              <div>
                <ErrorAlert
                  error={problem}
                  detail={text.remedy(problem, subscription, addOn)}
                  onRetry={quote.estimateError ? undefined : () => void reload()}
                />
              </div>
            </Dialog.Description>
          ) : (
            <Dialog.Description className="rbw-dialog__summary">
              {addOn && shown
                ? messages.changeSummary({
                    change: shown.change,
                    addOnName: addOn.name,
                    from: text.units(shown.currentUnits),
                    to: text.units(shown.units),
                    date: text.date(shown.effectiveAt),
                  })
                : messages.waitingForQuote}
            </Dialog.Description>
          )}

          {flow.refreshedReason ? (
            <p className="rbw-notice" role="alert" data-status="refreshed">
              {flow.refreshedReason === 'conflict' ? messages.errors.conflict : messages.quoteRefreshed}
            </p>
          ) : null}

          {subscription && addOn && shown ? (
            <dl className="rbw-facts rbw-facts--quote" data-estimate={quote.isEstimate || undefined}>
              <Fact term={messages.dueNow} className="rbw-strong">
                {text.money(shown.dueNow)}
                {shown.change === 'increase' ? (
                  <span className="rbw-arithmetic">
                    {text.arithmetic(addOn, shown.units - shown.currentUnits, subscription.seats, shown.dueNow)}
                  </span>
                ) : null}
              </Fact>
              <Fact term={messages.creditsNow}>{text.credits(shown.creditsNow)}</Fact>
              <Fact term={messages.recurringCharge}>
                {text.perInterval(shown.recurring, addOn.interval)}
                <span className="rbw-arithmetic">
                  {text.arithmetic(addOn, shown.units, subscription.seats, shown.recurring)}
                </span>
              </Fact>
              <Fact term={messages.effectiveAt}>
                {shown.change === 'decrease' ? text.date(shown.effectiveAt) : messages.effectiveNow}
              </Fact>
            </dl>
          ) : null}

          {flow.timeline ? (
            <TimelineView timeline={flow.timeline} data-estimate={quote.isEstimate || undefined} />
          ) : null}

          {quote.isEstimate && quote.isFetching ? (
            <p className="rbw-muted" data-status="quoting">
              <span className="rbw-badge">{messages.estimateBadge}</span> {messages.waitingForQuote}
            </p>
          ) : null}

          {shown?.change === 'none' ? <p className="rbw-muted">{messages.nothingToChange}</p> : null}

          {subscription && shown && flow.notes.length > 0 ? (
            <section className="rbw-notes" aria-label={messages.notesHeading}>
              <h3 className="rbw-heading rbw-heading--small">{messages.notesHeading}</h3>
              <ul>
                {flow.notes.map((note) => (
                  <li key={note}>{text.note(note, shown, subscription)}</li>
                ))}
              </ul>
            </section>
          ) : null}

          {quote.error ? <ErrorAlert error={quote.error} onRetry={() => void quote.refetch()} /> : null}
          {flow.error ? (
            <ErrorAlert error={flow.error} detail={flow.outcomeUnknown ? messages.outcomeUnknown : undefined} />
          ) : null}

          <div className="rbw-actions">
            <Dialog.Close asChild>
              <button type="button" className="rbw-button rbw-button--secondary" disabled={flow.isSubmitting}>
                {messages.cancel}
              </button>
            </Dialog.Close>
            <button
              type="button"
              className="rbw-button rbw-button--primary"
              disabled={!flow.canConfirm}
              data-state={flow.isSubmitting ? 'pending' : 'idle'}
              ref={updateButton}
              onClick={confirm}
            >
              {messages.updateAddOn}
            </button>
          </div>
          {flow.isSubmitting ? <p className="rbw-muted">{messages.updating}</p> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Keeps the page behind an open dialog from scrolling, through the CSSOM (allowed by any CSP). */
function useScrollLock(locked: boolean) {
  useEffect(() => {
    if (!locked) return;
    const { body } = document;
    const previous = body.style.overflow;
    body.style.overflow = 'hidden';
    return () => {
      body.style.overflow = previous;
    };
  }, [locked]);
}
