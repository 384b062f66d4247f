// The bench page: the full panel over the memory adapter (with a little latency, like a
// network), instrumented for `bench/browser.mjs`: adapter calls, commits and click-to-paint.
import { createRoot } from 'react-dom/client';
import { basicCreditsAddOn, basicSubscription } from '../../mocks/scenarios';
import { type BillingAdapter, BillingPanel, BillingProvider, createMemoryAdapter } from '../../src/index';
import '../../src/styles/billing.css';

const LATENCY_MS = 20;
const calls = { getSubscription: 0, quoteAddOn: 0, updateAddOn: 0 };
const engine = createMemoryAdapter({
  // Room for every click of the bench.
  subscription: basicSubscription({ addOns: [basicCreditsAddOn({ maxUnits: 10_000 })] }),
});
const later = <T,>(value: () => Promise<T>) =>
  new Promise<T>((resolve, reject) => setTimeout(() => value().then(resolve, reject), LATENCY_MS));
const adapter: BillingAdapter = {
  getSubscription: (options) => {
    calls.getSubscription += 1;
    return later(() => engine.getSubscription(options));
  },
  quoteAddOn: (request, options) => {
    calls.quoteAddOn += 1;
    return later(() => engine.quoteAddOn(request, options));
  },
  updateAddOn: (request, options) => {
    calls.updateAddOn += 1;
    return later(() => engine.updateAddOn(request, options));
  },
};

let pending: Promise<number> | null = null;

/** Arms one measurement: from the next click to the frame after the new total is in the DOM. */
function arm() {
  const target = document.querySelector('[data-testid="rbw-new-recurring"]');
  if (!target) throw new Error('bench: the stepper summary is not on screen');
  const before = target.textContent;
  pending = new Promise<number>((resolve) => {
    let start = 0;
    const onClick = () => {
      start = performance.now();
    };
    window.addEventListener('click', onClick, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const now = document.querySelector('[data-testid="rbw-new-recurring"]');
      if (!start || !now || now.textContent === before) return;
      observer.disconnect();
      // The frame that shows the change is painted after this rAF callback; a message posted
      // from it runs once that frame is done.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - start);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

declare global {
  interface Window {
    __RBW_COMMITS__: { at: number; rendered: string[] }[];
    rbwBench: { calls: typeof calls; arm: () => void; result: () => Promise<number> | null };
  }
}
window.rbwBench = { calls, arm, result: () => pending };

const container = document.getElementById('root');
if (!container) throw new Error('bench: no #root');
createRoot(container).render(
  <BillingProvider adapter={adapter} locale="en-US">
    <BillingPanel />
  </BillingProvider>,
);
