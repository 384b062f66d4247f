import type { SetupServer } from 'msw/node';
import { onTestFinished } from 'vitest';

/** One request the page sent, as the mock server saw it. */
export interface LoggedRequest {
  method: string;
  /** The full URL, origin and query included. */
  url: string;
  path: string;
  idempotencyKey: string | null;
}

/** Records every request the mock server receives during the current test. */
export function recordRequests(server: Pick<SetupServer, 'events'>): LoggedRequest[] {
  const log: LoggedRequest[] = [];
  const listener = ({ request }: { request: Request }) => {
    log.push({
      method: request.method,
      url: request.url,
      path: new URL(request.url).pathname,
      idempotencyKey: request.headers.get('Idempotency-Key'),
    });
  };
  server.events.on('request:start', listener);
  onTestFinished(() => server.events.removeListener('request:start', listener));
  return log;
}

/** The requests of one method, e.g. the PUTs that apply a change. */
export const requestsOf = (log: LoggedRequest[], method: string) => log.filter((entry) => entry.method === method);
