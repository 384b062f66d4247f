import { type RefObject, useEffect, useRef, useState } from 'react';
import { BillingPanel, BillingProvider } from 'react-billing-widget';
import { createHttpAdapter } from 'react-billing-widget/core';
import { type ScenarioName, scenarios } from 'react-billing-widget/mocks';
import { EmbeddedBillingPage } from './EmbeddedBilling';
import { LOCALES, type LocaleTag, languageName } from './locales';
import { ProfileMenu } from './ProfileMenu';
import { type DemoPage, type DemoSettings, readPage, writeSettings } from './settings';

const SCENARIO_NAMES = Object.keys(scenarios) as ScenarioName[];

/** The host app: a header with the account menu, and the page chosen from it. */
export function App({
  switchBackend,
  initial,
}: {
  /** Points the billing API at a scenario (MSW's handlers, or the dev server's customer). */
  switchBackend: (scenario: ScenarioName) => void;
  initial: DemoSettings;
}) {
  const [page, setPage] = useState<DemoPage>(readPage);
  const [settings, setSettings] = useState(initial);
  // Bumped with every backend swap, so the provider (its cache and drafts) starts over.
  const [generation, setGeneration] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const navigated = useRef(false);

  useEffect(() => {
    const onHashChange = () => setPage(readPage());
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    document.documentElement.dataset.theme = settings.theme;
    writeSettings(settings);
  }, [settings]);

  // After a navigation from the menu, focus goes to the new page's heading.
  useEffect(() => {
    if (!navigated.current) return;
    navigated.current = false;
    headingRef.current?.focus();
  });

  const navigate = (next: DemoPage) => {
    navigated.current = true;
    window.location.hash = `#/${next}`;
    setPage(next);
  };

  const switchScenario = (scenario: ScenarioName) => {
    switchBackend(scenario);
    setSettings((current) => ({ ...current, scenario }));
    setGeneration((current) => current + 1);
  };

  return (
    <>
      <header className="demo-header">
        <a className="demo-brand" href="#/">
          <span className="demo-brand__mark" aria-hidden="true" />
          Lumen Studio
        </a>
        <nav aria-label="Main" className="demo-nav">
          <a href="#/" aria-current={page === 'home' ? 'page' : undefined}>
            Projects
          </a>
        </nav>
        <ProfileMenu onNavigate={navigate} />
      </header>
      <main className="demo-main">
        {page === 'billing' ? (
          <BillingPage
            headingRef={headingRef}
            settings={settings}
            generation={generation}
            onScenario={switchScenario}
            onSettings={(changed) => setSettings((current) => ({ ...current, ...changed }))}
          />
        ) : page === 'embedded' ? (
          <EmbeddedBillingPage headingRef={headingRef} theme={settings.theme} />
        ) : page === 'profile' ? (
          <ProfilePage headingRef={headingRef} />
        ) : (
          <HomePage headingRef={headingRef} />
        )}
      </main>
    </>
  );
}

type HeadingRef = RefObject<HTMLHeadingElement | null>;

function BillingPage(props: {
  headingRef: HeadingRef;
  settings: DemoSettings;
  generation: number;
  onScenario: (scenario: ScenarioName) => void;
  onSettings: (changed: Partial<DemoSettings>) => void;
}) {
  const { settings, generation } = props;
  return (
    <>
      <div className="demo-page-header">
        <h1 ref={props.headingRef} tabIndex={-1}>
          Billing
        </h1>
        <p className="demo-lead">Your plan, credits and add-ons. Changes apply to the whole workspace.</p>
      </div>
      <section className="demo-controls" aria-label="Demo settings">
        <label>
          Mock backend scenario
          <select value={settings.scenario} onChange={(event) => props.onScenario(event.target.value as ScenarioName)}>
            {SCENARIO_NAMES.map((name) => (
              <option key={name} value={name}>
                {name}: {scenarios[name].description}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme
          <select
            value={settings.theme}
            onChange={(event) => props.onSettings({ theme: event.target.value === 'dark' ? 'dark' : 'light' })}
          >
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label>
          Language
          <select
            value={settings.locale}
            onChange={(event) => props.onSettings({ locale: event.target.value as LocaleTag })}
          >
            {(Object.keys(LOCALES) as LocaleTag[]).map((tag) => (
              <option key={tag} value={tag} lang={tag}>
                {languageName(tag)}
              </option>
            ))}
          </select>
        </label>
      </section>
      <Billing key={`${settings.scenario}-${generation}`} settings={settings} />
    </>
  );
}

function Billing({ settings }: { settings: DemoSettings }) {
  // A new adapter per mount: the provider then starts with an empty cache for the new backend.
  const [adapter] = useState(() => createHttpAdapter({ baseUrl: '/api/billing' }));
  const { locale, theme, dir } = settings;
  return (
    <BillingProvider
      adapter={adapter}
      locale={locale === 'en' ? 'en-US' : locale}
      messages={LOCALES[locale]}
      dir={dir}
      theme={theme}
    >
      <BillingPanel className="demo-billing" />
    </BillingProvider>
  );
}

function HomePage({ headingRef }: { headingRef: HeadingRef }) {
  const projects = [
    { name: 'Spring campaign', detail: '24 images · edited 2 hours ago' },
    { name: 'Product launch video', detail: '3 clips · edited yesterday' },
    { name: 'Brand refresh', detail: '58 assets · edited last week' },
  ];
  return (
    <>
      <div className="demo-page-header">
        <h1 ref={headingRef} tabIndex={-1}>
          Projects
        </h1>
        <p className="demo-lead">Pick up where you left off. Manage your plan under Profile → Billing.</p>
      </div>
      <ul className="demo-cards">
        {projects.map((project) => (
          <li key={project.name} className="demo-card">
            <h2>{project.name}</h2>
            <p>{project.detail}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

function ProfilePage({ headingRef }: { headingRef: HeadingRef }) {
  return (
    <>
      <div className="demo-page-header">
        <h1 ref={headingRef} tabIndex={-1}>
          Profile
        </h1>
      </div>
      <dl className="demo-card demo-profile-facts">
        <dt>Name</dt>
        <dd>Ada Lovelace</dd>
        <dt>Email</dt>
        <dd>ada@lumen.example</dd>
        <dt>Workspace</dt>
        <dd>Lumen Studio</dd>
      </dl>
    </>
  );
}
