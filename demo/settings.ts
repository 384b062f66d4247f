import type { ScenarioName } from 'react-billing-widget/mocks';
import { scenarios } from 'react-billing-widget/mocks';

/** The page the demo shows. */
export type DemoPage = 'home' | 'profile' | 'billing' | 'embedded';

/** The demo's switches, kept in the URL so a page can be linked (and tested) directly. */
export interface DemoSettings {
  scenario: ScenarioName;
  theme: 'light' | 'dark';
}

const isScenario = (value: string | null): value is ScenarioName => value !== null && value in scenarios;

/** The settings in the URL's query: `?scenario=team&theme=dark`. */
export function readSettings(): DemoSettings {
  const query = new URLSearchParams(window.location.search);
  const scenario = query.get('scenario');
  return {
    scenario: isScenario(scenario) ? scenario : 'basic',
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
  };
}

/** Writes the settings back to the URL without reloading. */
export function writeSettings(settings: DemoSettings): void {
  const url = new URL(window.location.href);
  url.searchParams.set('scenario', settings.scenario);
  url.searchParams.set('theme', settings.theme);
  window.history.replaceState(null, '', url);
}

/** The page in the URL's hash: `#/billing`. */
export function readPage(): DemoPage {
  const page = window.location.hash.replace(/^#\/?/, '');
  return page === 'billing' || page === 'profile' || page === 'embedded' ? page : 'home';
}
