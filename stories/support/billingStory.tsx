import type { Decorator, StoryContext } from '@storybook/react-vite';
import type { RequestHandler } from 'msw';
import { type ReactNode, useState } from 'react';
import { type BillingPanelProps, BillingProvider, type BillingTheme, type TextDirection } from 'react-billing-widget';
import { createHttpAdapter, type Subscription, type SubscriptionStatus } from 'react-billing-widget/core';
import {
  type BillingMockBackend,
  basicCreditsAddOn,
  basicSubscription,
  createBillingMockBackend,
  type ScenarioName,
  teamAnnualCreditsAddOn,
  teamAnnualSubscription,
  teamCreditsAddOn,
  teamSubscription,
} from 'react-billing-widget/mocks';
import { isLocaleTag, LOCALES, type LocaleTag, languageName } from '../../demo/locales';

/** Where the stories' HTTP adapter and mock backend meet. */
export const BASE_URL = '/api/billing';

/** The mock plans a story can be built on: each a subscription builder and its credits add-on. */
const PLANS = {
  basic: { subscription: basicSubscription, addOn: basicCreditsAddOn },
  team: { subscription: teamSubscription, addOn: teamCreditsAddOn },
  teamAnnual: { subscription: teamAnnualSubscription, addOn: teamAnnualCreditsAddOn },
};

/** A plan of the designer's controls. */
export type StoryPlan = keyof typeof PLANS;

/** What a designer varies in a story; every field is optional so scenario stories can leave the subscription alone. */
export interface BillingStoryArgs {
  /** The plan of the mock subscription (`teamAnnual`: Team billed yearly); set it to build the subscription from these controls. */
  plan?: StoryPlan;
  /** Users on the subscription. */
  seats?: number;
  /** Units of Generative Credits in effect. */
  units?: number;
  /** The subscription's status. */
  status?: SubscriptionStatus;
  /** The subscription ends at the period end. */
  cancelAtPeriodEnd?: boolean;
  /** Overrides the plan's display name. */
  planName?: string;
  /** ISO 4217 currency of every price. */
  currency?: string;
  /** BCP 47 locale for money, dates and numbers. */
  locale?: string;
  /** Colour scheme of the widget and the canvas. */
  theme?: BillingTheme;
  /** Width of the container in px; empty for the canvas width. */
  containerWidth?: number;
}

/** Args of the stories of `<BillingPanel/>`: its props and the designer's controls. */
export type PanelStoryArgs = BillingPanelProps & BillingStoryArgs;

/** Per-story backend settings: `parameters.billing`. */
export interface BillingStoryParameters {
  /** The mock scenario; default `basic`. */
  scenario?: ScenarioName;
  /** A starting subscription that wins over the scenario's and the controls'. */
  subscription?: Subscription | null;
  /** Handlers answering before the mock backend (see billingCalls.ts): to hold or fail a call. Made per render. */
  handlers?: () => RequestHandler[];
}

/** The controls' starting values: the Basic plan, 3 users, 1 unit, active, in US dollars and English. */
export const basicPlanArgs = {
  plan: 'basic',
  seats: 3,
  units: 1,
  status: 'active',
  cancelAtPeriodEnd: false,
  currency: 'USD',
  locale: 'en-US',
  theme: 'light',
} satisfies BillingStoryArgs;

/** The controls every panel-like story offers. */
export const designerArgTypes = {
  plan: { control: 'inline-radio', options: Object.keys(PLANS) },
  seats: { control: { type: 'number', min: 1, max: 500, step: 1 } },
  units: { control: { type: 'number', min: 0, max: 20, step: 1 } },
  status: { control: 'select', options: ['active', 'trialing', 'past_due', 'canceled'] },
  cancelAtPeriodEnd: { control: 'boolean' },
  planName: { control: 'text' },
  currency: { control: 'select', options: ['USD', 'EUR', 'GBP', 'JPY', 'CHF'] },
  locale: { control: 'select', options: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  containerWidth: { control: { type: 'range', min: 280, max: 960, step: 10 } },
} as const;

/** Only the presentation controls, for stories whose backend is a fixed scenario. */
export const presentationArgTypes = {
  locale: designerArgTypes.locale,
  theme: designerArgTypes.theme,
  containerWidth: designerArgTypes.containerWidth,
} as const;

/** The mock subscription the controls describe, or `undefined` when no plan is chosen. */
export function subscriptionFromArgs(args: BillingStoryArgs): Subscription | undefined {
  if (!args.plan) return undefined;
  const plan = PLANS[args.plan];
  const base = plan.addOn();
  const currency = args.currency ?? base.unitPrice.currency;
  const addOn = { ...base, units: args.units ?? base.units, unitPrice: { ...base.unitPrice, currency } };
  // The builders spread their overrides last: leave out what the controls do not set.
  const overrides: Partial<Subscription> = { addOns: [addOn] };
  if (args.seats !== undefined) overrides.seats = args.seats;
  if (args.status !== undefined) overrides.status = args.status;
  if (args.cancelAtPeriodEnd !== undefined) overrides.cancelAtPeriodEnd = args.cancelAtPeriodEnd;
  const subscription = plan.subscription(overrides);
  return {
    ...subscription,
    plan: {
      ...subscription.plan,
      name: args.planName || subscription.plan.name,
      price: { ...subscription.plan.price, currency },
    },
  };
}

const backends = new WeakMap<object, BillingMockBackend>();

/**
 * Installs a new mock backend on MSW's worker for this render (the loader has just reset it):
 * built from `parameters.billing`, else from the controls, else the `basic` scenario.
 */
export async function installFreshBackend(context: StoryContext): Promise<void> {
  const parameters = (context.parameters.billing ?? {}) as BillingStoryParameters;
  const fromArgs = subscriptionFromArgs(context.args as BillingStoryArgs);
  const subscription = parameters.subscription !== undefined ? parameters.subscription : fromArgs;
  const backend = createBillingMockBackend({ baseUrl: BASE_URL, scenario: parameters.scenario, subscription });
  // Handlers given in one call keep their order, so the story's answer before the backend's.
  context.msw.use(...(parameters.handlers?.() ?? []), ...backend.handlers);
  backends.set(context.loaded, backend);
}

/** The mock backend of the story being played, to read its ledger. */
export function backendOf(context: StoryContext): BillingMockBackend {
  const backend = backends.get(context.loaded);
  if (!backend) throw new Error('No mock backend: is installFreshBackend in the preview?');
  return backend;
}

/** The toolbar's settings (`globals`): the widget's language and direction, for every story. */
export interface BillingStoryGlobals {
  /** A language of `react-billing-widget/locales/<tag>`: its words, and its locale for money and dates. '' keeps the story's. */
  locale?: LocaleTag | '';
  /** A direction forced on the widget; '' follows the language. */
  dir?: TextDirection | '';
}

/** The toolbar's menus: a language (all eleven) and a direction, applied to every story through its provider. */
export const billingGlobalTypes = {
  locale: {
    description: 'The widget’s language: its words, and its locale for money and dates (over the story’s own)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: '', title: 'As the story says' },
        ...(Object.keys(LOCALES) as LocaleTag[]).map((tag) => ({ value: tag, title: languageName(tag), right: tag })),
      ],
    },
  },
  dir: {
    description: 'Text direction of the widget and its dialog',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      dynamicTitle: true,
      items: [
        { value: '', title: 'From the language' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
    },
  },
};

function BillingStoryFrame(props: { args: BillingStoryArgs; globals: BillingStoryGlobals; children: ReactNode }) {
  const { args, globals, children } = props;
  // One adapter per mount; the provider then owns a fresh QueryClient and store.
  const [adapter] = useState(() => createHttpAdapter({ baseUrl: BASE_URL }));
  const theme = args.theme ?? 'light';
  const language = isLocaleTag(globals.locale) ? globals.locale : undefined;
  return (
    <div
      className="sb-billing-canvas"
      data-theme={theme}
      style={args.containerWidth ? { inlineSize: `${args.containerWidth}px` } : undefined}
    >
      <BillingProvider
        adapter={adapter}
        locale={language ?? args.locale ?? 'en-US'}
        messages={language ? LOCALES[language] : undefined}
        dir={globals.dir || undefined}
        theme={theme}
      >
        {children}
      </BillingProvider>
    </div>
  );
}

/** Wraps every story in a provider over the HTTP adapter, themed and localised by the controls and the toolbar. */
export const withBillingProvider: Decorator = (Story, context) => (
  <BillingStoryFrame args={context.args as BillingStoryArgs} globals={context.globals as BillingStoryGlobals}>
    <Story />
  </BillingStoryFrame>
);
