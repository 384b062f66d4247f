import { setupWorker } from 'msw/browser';
import { StrictMode } from 'react';
import { createBillingHandlers, type ScenarioName } from 'react-billing-widget/mocks';
import { createRoot } from 'react-dom/client';
import '../src/styles/billing.css';
import './demo.css';
import { App } from './App';
import { readSettings } from './settings';

/** Where the demo's billing API runs; returns how to switch it to another scenario. */
async function connectBackend(scenario: ScenarioName): Promise<(scenario: ScenarioName) => void> {
  if (import.meta.env.MODE === 'server') {
    // The dev server's handler (demo/billingServer.ts) reads the scenario from this cookie.
    const choose = (name: ScenarioName) => {
      document.cookie = `demo-scenario=${name}; path=/; SameSite=Strict`;
    };
    choose(scenario);
    return choose;
  }
  // The mock billing backend runs in MSW's service worker; a scenario switch swaps its handlers.
  const worker = setupWorker(...createBillingHandlers({ scenario }));
  await worker.start({
    quiet: true,
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return (name) => worker.resetHandlers(...createBillingHandlers({ scenario: name }));
}

async function main() {
  const settings = readSettings();
  const switchBackend = await connectBackend(settings.scenario);
  const root = document.getElementById('root');
  if (!root) throw new Error('The demo needs <div id="root">.');
  createRoot(root).render(
    <StrictMode>
      <App switchBackend={switchBackend} initial={settings} />
    </StrictMode>,
  );
}

void main();
