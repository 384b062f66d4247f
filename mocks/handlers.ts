import { delay, HttpResponse, http, type RequestHandler } from 'msw';
import { createMemoryAdapter, type MemoryAdapter } from '../src/core/adapters/memory';
import { BillingError, type BillingErrorCode } from '../src/core/errors';
import { httpStatusOf } from '../src/core/httpStatus';
import type { Subscription } from '../src/core/types';
import { type BillingScenario, type ScenarioName, scenarios } from './scenarios';

/** Options of `createBillingHandlers` and `createBillingMockBackend`. */
export interface BillingHandlersOptions {
  /** Where the API is mounted. Default `/api/billing`. */
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

function errorResponse(code: BillingErrorCode, message: string, status = httpStatusOf(code)) {
  return HttpResponse.json({ error: { code, message } }, { status });
}

function toErrorResponse(error: unknown) {
  if (error instanceof BillingError) return errorResponse(error.code, error.message, error.status);
  return errorResponse('server', 'The mock billing service failed unexpectedly.');
}

async function readUnits(request: Request): Promise<{ units: unknown; quoteId: unknown }> {
  try {
    const body = (await request.json()) as Record<string, unknown>;
    return { units: body?.units, quoteId: body?.quoteId };
  } catch {
    return { units: undefined, quoteId: undefined };
  }
}

/** Builds the mock backend for a scenario: the HTTP API of the contract over the memory engine. */
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

  // Wraps a handler with the scenario's delay and failure mode.
  const respond =
    (handle: (request: Request, addOnId: string) => Promise<Response>) =>
    async ({
      request,
      params,
    }: {
      request: Request;
      params: Record<string, string | readonly string[] | undefined>;
    }) => {
      if (delayMs > 0) await delay(delayMs);
      if (scenario.failing) return errorResponse('server', 'The billing service is unavailable. Try again later.');
      try {
        return await handle(request, String(params.addOnId ?? ''));
      } catch (error) {
        return toErrorResponse(error);
      }
    };

  const handlers: RequestHandler[] = [
    http.get(
      `${base}/subscription`,
      respond(async () => HttpResponse.json({ subscription: await engine.getSubscription() })),
    ),
    http.post(
      `${base}/add-ons/:addOnId/quotes`,
      respond(async (request, addOnId) => {
        const { units } = await readUnits(request);
        if (typeof units !== 'number') return errorResponse('invalid_units', 'The request needs a number of units.');
        return HttpResponse.json({ quote: await engine.quoteAddOn({ addOnId, units }) });
      }),
    ),
    http.put(
      `${base}/add-ons/:addOnId`,
      respond(async (request, addOnId) => {
        const idempotencyKey = request.headers.get('Idempotency-Key');
        if (!idempotencyKey) return errorResponse('server', 'The Idempotency-Key header is required.', 400);
        const { units, quoteId } = await readUnits(request);
        if (typeof units !== 'number' || typeof quoteId !== 'string') {
          return errorResponse('invalid_units', 'The request needs a number of units and a quoteId.');
        }
        const subscription = await engine.updateAddOn({ addOnId, units, quoteId, idempotencyKey });
        return HttpResponse.json({ subscription });
      }),
    ),
  ];
  return { handlers, engine, scenario };
}

/** MSW request handlers for the billing HTTP API, backed by the memory engine (contract section 6). */
export function createBillingHandlers(options: BillingHandlersOptions = {}): RequestHandler[] {
  return createBillingMockBackend(options).handlers;
}
