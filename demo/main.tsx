import { setupWorker } from 'msw/browser';
import { StrictMode } from 'react';
import { createBillingHandlers } from 'react-billing-widget/mocks';
import { createRoot } from 'react-dom/client';
import '../src/styles/billing.css';
import './demo.css';
import { App } from './App';
import { readSettings } from './settings';

// The mock billing backend runs in MSW's service worker; a scenario switch swaps its handlers.
async function main() {
  const settings = readSettings();
  const worker = setupWorker(...createBillingHandlers({ scenario: settings.scenario }));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('The demo needs <div id="root">.');
  createRoot(root).render(
    <StrictMode>
      <App worker={worker} initial={settings} />
    </StrictMode>,
  );
}

void main();
