import { type RefObject, useEffect, useRef, useState } from 'react';
import { BillingPanel, BillingProvider } from 'react-billing-widget';
import { createHttpAdapter } from 'react-billing-widget/core';
import { createPortal } from 'react-dom';
import billingCss from '../src/styles/billing.css?inline';
import type { DemoSettings } from './settings';

// The widget as a host embeds it to keep its styles apart from the page's: inside an open shadow root,
// with the stylesheet adopted there. Constructed stylesheets are not inline styles: the page's CSP
// (default-src 'self') allows them. Route: #/embedded.

let sheet: CSSStyleSheet | undefined;

/** The widget's stylesheet, constructed once for every shadow root that adopts it. */
function billingSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(billingCss);
  }
  return sheet;
}

/** The Billing page with the widget in a shadow root of its own. */
export function EmbeddedBillingPage(props: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  theme: DemoSettings['theme'];
}) {
  const hostRef = useRef<HTMLDivElement>(null);
  const [shadowRoot, setShadowRoot] = useState<ShadowRoot | null>(null);
  const [adapter] = useState(() => createHttpAdapter({ baseUrl: '/api/billing' }));
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [billingSheet()];
    setShadowRoot(root);
  }, []);
  return (
    <>
      <div className="demo-page-header">
        <h1 ref={props.headingRef} tabIndex={-1}>
          Billing (embedded)
        </h1>
        <p className="demo-lead">The same widget inside a shadow root, with its stylesheet adopted there.</p>
      </div>
      <div ref={hostRef} id="billing-host" />
      {shadowRoot
        ? createPortal(
            <BillingProvider adapter={adapter} locale="en-US" theme={props.theme}>
              <BillingPanel className="demo-billing" />
            </BillingProvider>,
            shadowRoot,
          )
        : null}
    </>
  );
}
