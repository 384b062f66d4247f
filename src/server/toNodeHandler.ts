// Only types from node:http: the server entry must load on runtimes without Node's modules.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorResponse } from './jsonResponse';
import { isUnderBasePath } from './routes';

/** A node:http request listener that is also Express and Connect middleware. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;

/** What Express and Connect add to node:http's request. */
interface FrameworkRequest extends IncomingMessage {
  /** The URL before a mount prefix was stripped from `url` (Express). */
  originalUrl?: string;
  /** A body parser's result (`express.json()`). */
  body?: unknown;
  /** Set by body-parser once it read the stream. */
  _body?: boolean;
}

// A Host header is the client's to choose: only a plain host[:port] goes into the URL, so it can
// never move the path the handler routes on.
const PLAIN_HOST = /^([a-z0-9.-]+|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

/** The request's absolute URL, from Express's `originalUrl` when mounted, else `url`; `null` when unreadable. */
function urlOf(req: FrameworkRequest): URL | null {
  const target = req.originalUrl ?? req.url ?? '/';
  const host = req.headers.host !== undefined && PLAIN_HOST.test(req.headers.host) ? req.headers.host : 'localhost';
  const protocol = (req.socket as { encrypted?: boolean } | undefined)?.encrypted ? 'https' : 'http';
  try {
    // Absolute-form targets (`GET http://host/path`, sent to proxies) are URLs already.
    return target.startsWith('/') ? new URL(`${protocol}://${host}${target}`) : new URL(target);
  } catch {
    return null;
  }
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] as string;
    // HTTP/2 pseudo-headers (`:path`) are not headers to Fetch.
    if (!name.startsWith(':')) headers.append(name, raw[index + 1] as string);
  }
  return headers;
}

/**
 * The body as a stream read only when the handler reads it (so a request passed to `next` is
 * untouched), with backpressure: the socket is paused while a chunk waits to be read.
 */
function streamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let listening = false;
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (!listening) {
          listening = true;
          req.on('data', (chunk: Buffer) => {
            if (finished) return;
            controller.enqueue(chunk);
            if ((controller.desiredSize ?? 0) <= 0) req.pause();
          });
          const finish = (error?: Error) => {
            if (finished) return;
            finished = true;
            if (error) controller.error(error);
            else controller.close();
          };
          req.once('end', () => finish());
          req.once('error', finish);
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

/** The body to hand on: what a body parser already read (`express.json()`), else the stream. */
function bodyOf(req: FrameworkRequest): BodyInit | null {
  if (req.method === 'GET' || req.method === 'HEAD') return null;
  const consumed = req._body === true || req.readableDidRead || req.readableEnded;
  if (consumed && req.body !== undefined) {
    const { body } = req;
    return typeof body === 'string' || body instanceof Uint8Array
      ? (body as string | Uint8Array<ArrayBuffer>)
      : JSON.stringify(body);
  }
  return streamOf(req);
}

/** Writes a Fetch `Response` to node:http; a client gone meanwhile is not an error. */
async function writeResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void> {
  const body = new Uint8Array(await response.arrayBuffer());
  if (res.headersSent || res.destroyed || res.writableEnded) return;
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  // A body left unread (refused at 413) would otherwise be read to its end to keep the connection.
  if (!req.complete) headers.connection = 'close';
  headers['content-length'] = String(body.byteLength);
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * node:http, Express and Connect middleware over a Fetch-API handler such as
 * `createBillingHandler`'s. Under Express it reads the mounted URL (`originalUrl`) and, when
 * `express.json()` ran first, its `req.body`. With `next`, a path outside the handler's
 * `basePath` goes on to the next middleware instead of a 404 (a handler without `basePath`
 * answers every path). Responses are buffered: billing answers are small JSON.
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeHandler {
  const basePath = (handler as { basePath?: unknown }).basePath;
  const ownsPath = (url: URL | null) =>
    typeof basePath !== 'string' || (url !== null && isUnderBasePath(url.pathname, basePath));

  const serve = async (req: FrameworkRequest, res: ServerResponse, next?: (error?: unknown) => void) => {
    // Nothing may throw out of a request listener: that would end the process.
    res.on('error', () => {});
    const url = urlOf(req);
    if (next && !ownsPath(url)) {
      next();
      return;
    }
    let response: Response;
    try {
      if (!url) throw new TypeError(`Unreadable request target: ${req.url}`);
      const aborted = new AbortController();
      res.once('close', () => {
        if (!res.writableFinished) aborted.abort();
      });
      const request = new Request(url, {
        method: req.method ?? 'GET',
        headers: headersOf(req),
        body: bodyOf(req),
        signal: aborted.signal,
        // Node's fetch needs this for a streamed body.
        duplex: 'half',
      } as RequestInit);
      response = await handler(request);
    } catch (error) {
      if (next) {
        next(error);
        return;
      }
      response = url
        ? errorResponse('server', 'The billing service failed unexpectedly. Try again later.')
        : errorResponse('invalid_request', 'The request URL could not be read.');
    }
    try {
      await writeResponse(req, res, response);
    } catch {
      res.destroy();
    }
  };

  return (req, res, next) => {
    void serve(req, res, next);
  };
}
