import { delay, http, type RequestHandler } from 'msw';
import { createMemoryAdapter, type MemoryAdapter } from '../src/core/adapters/memory';
import type { Subscription } from '../src/core/types';
import { errorResponse } from '../src/server/answers';
import { backendFromAdapters } from '../src/server/backendFromAdapters';
import { createBillingHandler } from '../src/server/createBillingHandler';
import { type BillingScenario, type ScenarioName, scenarios } from './scenarios';

/** Options of `createBillingHandlers` and `createBillingMockBackend`. */
export interface BillingHandlersOptions {
  /** Where the API is mounted: a path (`/api/billing`, the default) or an absolute URL. */
  baseUrl?: string;
  /** A built-in scenario's name, or a scenario of your own. Default `basic`. */
  scenario?: ScenarioName | BillingScenario;
  /** Overrides the scenario's starting subscription (`null` for none). */
  subscription?: Subscription | null;
  /** Overrides the scenario's response delay. */
  delayMs?: number;
  /** The clock of the memory engine. */
  now?: Date | (() => Date);
}

/** The mock backend: MSW handlers plus the memory engine behind them, for tests that read its ledger. */
export interface BillingMockBackend {
  handlers: RequestHandler[];
  engine: MemoryAdapter;
  scenario: BillingScenario;
}

// Mocks have no sign-in: every request is this one customer, served from the one engine.
const MOCK_CUSTOMER = { customerId: 'mock-customer' };

/**
 * Builds the mock backend for a scenario: MSW routes every request under `baseUrl` to the server
 * kit's `createBillingHandler` over the memory engine, so the mocks answer exactly as a host's
 * server built on `react-billing-widget/server` does (the same checks, codes and statuses).
 */
export function createBillingMockBackend(options: BillingHandlersOptions = {}): BillingMockBackend {
  const base = (options.baseUrl ?? '/api/billing').replace(/\/+$/, '');
  const scenario: BillingScenario =
    typeof options.scenario === 'object' ? options.scenario : scenarios[options.scenario ?? 'basic'];
  if (!scenario) throw new Error(`Unknown billing scenario "${String(options.scenario)}"`);
  const engine = createMemoryAdapter({
    subscription: options.subscription !== undefined ? options.subscription : scenario.subscription,
    now: options.now,
    declinePayments: scenario.declinePayments,
  });
  const delayMs = options.delayMs ?? scenario.delayMs ?? 0;
  const serve = createBillingHandler({
    backend: backendFromAdapters(() => engine),
    identify: () => MOCK_CUSTOMER,
    // The path of an absolute base URL (`https://api.example.com/billing` → `/billing`); MSW matches its origin.
    basePath: new URL(base, 'http://localhost').pathname,
  });

  const handlers: RequestHandler[] = [
    http.all(`${base}/*`, async ({ request }) => {
      if (delayMs > 0) await delay(delayMs);
      if (scenario.failing) return errorResponse('server', 'The billing service is unavailable. Try again later.');
      return serve(request);
    }),
  ];
  return { handlers, engine, scenario };
}

/** MSW request handlers for the billing HTTP API, backed by the memory engine (contract section 6). */
export function createBillingHandlers(options: BillingHandlersOptions = {}): RequestHandler[] {
  return createBillingMockBackend(options).handlers;
}
