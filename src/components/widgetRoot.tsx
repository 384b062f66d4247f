'use client';
import { createContext, type ReactNode, type RefObject, useContext, useEffect, useRef, useState } from 'react';
import { useRootAttributes } from '../react/useRootAttributes';
import { BillingStatus } from './BillingStatus/BillingStatus';

/**
 * The element of the widget root a component renders in (the panel, or a stepper or dialog on its
 * own); null outside one. Its root node is where the dialog portals to: a shadow root when the widget
 * is embedded in one, so the styles adopted there reach the dialog too.
 */
export const WidgetRootContext = createContext<RefObject<HTMLElement | null> | null>(null);

/** `children` in the widget root they are in, or in one of their own with the theme, the direction and the live region. */
export function InWidgetRoot({ children }: { children: ReactNode }) {
  const inside = useContext(WidgetRootContext);
  const root = useRootAttributes();
  const ref = useRef<HTMLDivElement>(null);
  if (inside) return children;
  return (
    <WidgetRootContext.Provider value={ref}>
      <div ref={ref} className="rbw-root" {...root}>
        {children}
        <BillingStatus />
      </div>
    </WidgetRootContext.Provider>
  );
}

/** The shadow root the widget is rendered in, once mounted; undefined in a document. */
export function useShadowRoot(): ShadowRoot | undefined {
  const root = useContext(WidgetRootContext);
  const [shadowRoot, setShadowRoot] = useState<ShadowRoot>();
  useEffect(() => {
    const node = root?.current?.getRootNode();
    if (node instanceof ShadowRoot) setShadowRoot(node);
  }, [root]);
  return shadowRoot;
}
