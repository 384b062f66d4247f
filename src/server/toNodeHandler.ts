import { type BillingAnswer, errorAnswer, GENERIC_FAILURE } from './answers';
import { type BillingHandler, SERVE_INCOMING } from './createBillingHandler';
import { clientSignal, type FrameworkRequest, headersOf, incomingFromNode, parsedBodyOf } from './incomingFromNode';
import type { NodeRequest, NodeResponse } from './nodeTypes';
import { isUnderBasePath } from './routes';
import { utf8Length } from './utf8Length';

/** A node:http request listener that is also Express and Connect middleware. */
export type NodeHandler = (req: NodeRequest, res: NodeResponse, next?: (error?: unknown) => void) => void;

type FetchHandler = (request: Request) => Promise<Response>;

const ignore = () => {};

// A Host header is the client's to choose: only a plain host[:port] goes into the URL, so it can
// never move the path the handler routes on.
const PLAIN_HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

/** The request's absolute URL, from Express's `originalUrl` when mounted, else `url`; `null` when unreadable. */
function urlOf(req: FrameworkRequest): URL | null {
  const target = req.originalUrl ?? req.url ?? '/';
  const { host: given } = req.headers;
  const host = typeof given === 'string' && PLAIN_HOST.test(given) ? given : 'localhost';
  const protocol = (req.socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http';
  try {
    // Absolute-form targets (`GET http://host/path`, sent to proxies) are URLs already.
    return target.startsWith('/') ? new URL(`${protocol}://${host}${target}`) : new URL(target);
  } catch {
    return null;
  }
}

/**
 * The body for a foreign Fetch handler: what a body parser already read, else a stream read only
 * when the handler reads it (so a request passed to `next` is untouched), with backpressure.
 */
function bodyOf(req: FrameworkRequest): BodyInit | null {
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  const parsed = parsedBodyOf(req);
  if (parsed !== null) return parsed as string | Uint8Array<ArrayBuffer>;
  let listening = false;
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!listening) {
          listening = true;
          req.on('data', (chunk) => {
            if (finished) return;
            controller.enqueue(chunk as Uint8Array);
            if ((controller.desiredSize ?? 0) <= 0) req.pause();
          });
          const finish = (error?: Error) => {
            if (finished) return;
            finished = true;
            if (error) controller.error(error);
            else controller.close();
          };
          req.once('end', () => finish());
          req.once('error', (error) => finish(error as Error));
          req.once('close', () => finish(req.readableEnded ? undefined : new Error('The request was aborted.')));
        }
        req.resume();
      },
      cancel() {
        finished = true;
        req.pause();
      },
    },
    { highWaterMark: 0 },
  );
}

/** A foreign handler's Response as an answer to write (billing answers are small: buffered). */
async function answerOf(response: Response): Promise<BillingAnswer & { cookies: string[] }> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  return { status: response.status, headers, body: await response.text(), cookies: response.headers.getSetCookie() };
}

/**
 * Writes an answer to node:http in one `writeHead` and one `end`; a client gone meanwhile is not
 * an error. The body goes as a string: Node joins it to the headers in one chunk, where bytes are
 * a chunk of their own gathered beside the headers (measured ~8 µs more per answer under load).
 */
function write(req: NodeRequest, res: NodeResponse, answer: BillingAnswer & { cookies?: string[] }): void {
  if (res.headersSent || res.destroyed || res.writableEnded) return;
  const headers: Record<string, string | string[]> = {
    ...answer.headers,
    'content-length': String(utf8Length(answer.body)),
  };
  if (answer.cookies?.length) headers['set-cookie'] = answer.cookies;
  // A body left unread (refused at 413) would otherwise be read to its end to keep the connection.
  if (!req.complete) headers.connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(answer.body);
}

/**
 * node:http, Express and Connect middleware over a Fetch-API handler such as
 * `createBillingHandler`'s. Under Express it reads the mounted URL (`originalUrl`) and, when
 * `express.json()` ran first, its `req.body`. With `next`, a path outside the handler's
 * `basePath` goes on to the next middleware instead of a 404 (a handler without `basePath`,
 * e.g. a wrapper of your own, answers every path). `createBillingHandler`'s handler is served
 * straight from Node's request (its `identify` gets a Request with the method, URL and headers,
 * and no body); any other handler gets a full Request and its Response is buffered.
 */
export function toNodeHandler(handler: FetchHandler | BillingHandler): NodeHandler {
  const basePath = (handler as { basePath?: unknown }).basePath;
  const serveIncoming = (handler as Partial<BillingHandler>)[SERVE_INCOMING];
  const ownsPath = (url: URL | null) =>
    typeof basePath !== 'string' || (url !== null && isUnderBasePath(url.pathname, basePath));

  const serve = async (req: FrameworkRequest, res: NodeResponse, next?: (error?: unknown) => void) => {
    const url = urlOf(req);
    if (next && !ownsPath(url)) {
      next();
      return;
    }
    // Nothing may throw out of a request listener (that would end the process): a response
    // that fails to write, its client gone, is dropped.
    res.on('error', ignore);
    let answer: BillingAnswer & { cookies?: string[] };
    try {
      if (!url) throw new TypeError(`Unreadable request target: ${req.url}`);
      if (serveIncoming) {
        answer = await serveIncoming(incomingFromNode(req, res, url));
      } else {
        const init = {
          method: req.method ?? 'GET',
          headers: headersOf(req),
          body: bodyOf(req),
          signal: clientSignal(res),
        };
        // Node's fetch needs `duplex` for a streamed body.
        answer = await answerOf(await handler(new Request(url, { ...init, duplex: 'half' } as RequestInit)));
      }
    } catch (error) {
      if (next) {
        next(error);
        return;
      }
      answer = url
        ? errorAnswer('server', GENERIC_FAILURE)
        : errorAnswer('invalid_request', 'The request URL could not be read.');
    }
    try {
      write(req, res, answer);
    } catch {
      res.destroy();
    }
  };

  return (req, res, next) => {
    void serve(req, res, next);
  };
}
