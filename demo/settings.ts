import type { TextDirection } from 'react-billing-widget';
import type { ScenarioName } from 'react-billing-widget/mocks';
import { scenarios } from 'react-billing-widget/mocks';
import { isLocaleTag, type LocaleTag } from './locales';

/** The page the demo shows. */
export type DemoPage = 'home' | 'profile' | 'billing' | 'embedded';

/** The demo's switches, kept in the URL so a page can be linked (and tested) directly. */
export interface DemoSettings {
  scenario: ScenarioName;
  theme: 'light' | 'dark';
  /** The widget's language: its words, and the locale of its money and dates. */
  locale: LocaleTag;
  /** A direction forced on the widget; by default the language's. */
  dir: TextDirection | undefined;
}

const isScenario = (value: string | null): value is ScenarioName => value !== null && value in scenarios;

/** The settings in the URL's query: `?scenario=team&theme=dark&locale=ar&dir=ltr`. */
export function readSettings(): DemoSettings {
  const query = new URLSearchParams(window.location.search);
  const scenario = query.get('scenario');
  const locale = query.get('locale');
  const dir = query.get('dir');
  return {
    scenario: isScenario(scenario) ? scenario : 'basic',
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    locale: isLocaleTag(locale) ? locale : 'en',
    dir: dir === 'rtl' || dir === 'ltr' ? dir : undefined,
  };
}

/** Writes the settings back to the URL without reloading. */
export function writeSettings(settings: DemoSettings): void {
  const url = new URL(window.location.href);
  url.searchParams.set('scenario', settings.scenario);
  url.searchParams.set('theme', settings.theme);
  url.searchParams.set('locale', settings.locale);
  if (settings.dir) url.searchParams.set('dir', settings.dir);
  else url.searchParams.delete('dir');
  window.history.replaceState(null, '', url);
}

/** The page in the URL's hash: `#/billing`. */
export function readPage(): DemoPage {
  const page = window.location.hash.replace(/^#\/?/, '');
  return page === 'billing' || page === 'profile' || page === 'embedded' ? page : 'home';
}
