// `npm run dev:server` (`vite --config demo/vite.config.ts --mode server`): the demo's billing API
// served by the server kit as Vite dev-server middleware, real HTTP instead of MSW's worker.
// vite.config.ts loads this module through the dev server itself (ssrLoadModule), so the config
// file does not bundle the TypeScript sources it serves.
import { type BillingScenario, type ScenarioName, scenarios } from '../mocks/scenarios';
import { createMemoryAdapter, type MemoryAdapter } from '../src/core/adapters/memory';
import { BillingError } from '../src/core/errors';
import {
  type BillingBackend,
  type BillingCustomer,
  backendFromAdapters,
  createBillingHandler,
  toNodeHandler,
} from '../src/server';

/** The cookie the demo page keeps its scenario in. */
export const SCENARIO_COOKIE = 'demo-scenario';

const isScenario = (name: string | undefined): name is ScenarioName =>
  name !== undefined && Object.hasOwn(scenarios, name);

/**
 * Demo only: the "customer" is the scenario the page chose, read from its cookie. A real host
 * reads its own session here and never lets the client pick whose billing it sees.
 */
function identify(request: Request): BillingCustomer | null {
  const cookie = request.headers.get('Cookie') ?? '';
  const name = new RegExp(`(?:^|;\\s*)${SCENARIO_COOKIE}=([^;]*)`).exec(cookie)?.[1];
  return isScenario(name) ? { customerId: name } : null;
}

/** One memory engine per scenario, kept while the dev server runs; the scenario's delay and failures around it. */
function scenarioBackend(): BillingBackend {
  const engines = new Map<ScenarioName, MemoryAdapter>();
  const scenarioOf = (customer: BillingCustomer): BillingScenario => scenarios[customer.customerId as ScenarioName];
  const engineOf = (customer: BillingCustomer) => {
    const name = customer.customerId as ScenarioName;
    let engine = engines.get(name);
    if (!engine) {
      const { subscription, declinePayments } = scenarioOf(customer);
      engine = createMemoryAdapter({ subscription, declinePayments: declinePayments ?? false });
      engines.set(name, engine);
    }
    return engine;
  };
  const memory = backendFromAdapters(engineOf);
  const asScenario = async <T>(customer: BillingCustomer, call: () => Promise<T>): Promise<T> => {
    const scenario = scenarioOf(customer);
    if (scenario.delayMs) await new Promise((resolve) => setTimeout(resolve, scenario.delayMs));
    if (scenario.failing) throw new BillingError('server', 'The billing service is unavailable. Try again later.');
    return call();
  };
  return {
    getSubscription: (customer, options) => asScenario(customer, () => memory.getSubscription(customer, options)),
    quoteAddOn: (customer, request, options) =>
      asScenario(customer, () => memory.quoteAddOn(customer, request, options)),
    updateAddOn: (customer, request, options) =>
      asScenario(customer, () => memory.updateAddOn(customer, request, options)),
  };
}

/** Node middleware: `/api/billing/*` answered by `createBillingHandler`, every other path passed to `next`. */
export function demoBillingMiddleware(logError: (message: string) => void) {
  const handler = createBillingHandler({
    backend: scenarioBackend(),
    identify,
    onError: (error) => logError(`[billing] ${String(error)}`),
  });
  return toNodeHandler(handler);
}
