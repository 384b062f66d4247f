import { concatBytes } from './concatBytes';
import type { BillingIncoming } from './incoming';
import type { NodeRequest, NodeResponse } from './nodeTypes';
import { bodyTooLarge, cancelled, Refusal } from './refusal';

/** What Express and Connect add to node:http's request. */
export interface FrameworkRequest extends NodeRequest {
  /** The URL before a mount prefix was stripped from `url` (Express). */
  originalUrl?: string;
  /** A body parser's result (`express.json()`). */
  body?: unknown;
  /** Set by body-parser once it read the stream. */
  _body?: boolean;
}

/** Appends the request's headers, as received, to Fetch `headers`. */
function appendHeaders(headers: Headers, req: NodeRequest): Headers {
  const raw = req.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] as string;
    // HTTP/2 pseudo-headers (`:path`) are not headers to Fetch.
    if (!name.startsWith(':')) headers.append(name, raw[index + 1] as string);
  }
  return headers;
}

/** The request's headers as Fetch `Headers`. */
export function headersOf(req: NodeRequest): Headers {
  return appendHeaders(new Headers(), req);
}

/** What a body parser already made of the body (`express.json()` ran first), as bytes; `null` when none did. */
export function parsedBodyOf(req: FrameworkRequest): Uint8Array | string | null {
  const consumed = req._body === true || req.readableDidRead || req.readableEnded;
  if (!consumed || req.body === undefined) return null;
  const { body } = req;
  return typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
}

/** The body straight from the socket, stopping at the first chunk past `limit`. */
function readBody(req: FrameworkRequest, limit: number): Promise<Uint8Array> {
  const parsed = parsedBodyOf(req);
  if (parsed !== null) {
    const bytes = typeof parsed === 'string' ? new TextEncoder().encode(parsed) : parsed;
    return bytes.byteLength > limit ? Promise.reject(bodyTooLarge(limit)) : Promise.resolve(bytes);
  }
  if (req.readableEnded) return Promise.resolve(new Uint8Array(0));
  // When the whole request was parsed before the body is read (identify awaited a session store,
  // say), the body waits in the stream's buffer: take it in one read, without flowing mode and
  // four listeners to add and remove. (A synchronous identify reads before the parser has
  // reached the body, which then comes through the listeners below.)
  if (req.complete && req.readableFlowing === null && req.read) {
    if ((req.readableLength ?? 0) > limit) return Promise.reject(bodyTooLarge(limit));
    return Promise.resolve((req.read() as Uint8Array | null) ?? new Uint8Array(0));
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onAbort);
    };
    const onData = (data: unknown) => {
      const chunk = data as Uint8Array;
      size += chunk.byteLength;
      if (size > limit) {
        stop();
        req.pause();
        reject(bodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(concatBytes(chunks, size));
    };
    const onAbort = () => {
      stop();
      reject(cancelled());
    };
    // `on`, not `once`: stop() removes all four at the first of them, and once's wrappers cost.
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onAbort);
  });
}

/**
 * The Request `identify` gets: method, URL and headers. `identify` never reads the customer from
 * the body, so it carries none: the body is read once, by the handler, from Node. Nor a signal:
 * undici ties a Request to a given signal through listeners and a FinalizationRegistry, which
 * under load cost more than the rest of the Request. The headers go straight into the Request's
 * own (a Headers passed in would be validated twice: built, then copied).
 */
function requestOf(req: NodeRequest, url: URL): Request {
  const request = new Request(url.href, { method: req.method ?? 'GET' });
  appendHeaders(request.headers, req);
  return request;
}

/** True once the response closed before it was written: the client went away. */
const isGone = (res: NodeResponse) => res.destroyed && !res.writableFinished;

/** Aborted when the client goes away before its answer is written (`close` before `finish`). */
export function clientSignal(res: NodeResponse): AbortSignal {
  const controller = new AbortController();
  if (res.destroyed) {
    if (isGone(res)) controller.abort();
  } else {
    res.once('close', () => {
      if (isGone(res)) controller.abort();
    });
  }
  return controller.signal;
}

/**
 * node:http's request as the handler reads it: headers and body straight from Node, no Fetch
 * objects but the one `identify` gets. The Request and the signal are made when first read (each
 * costs more than routing and checking a request): a request refused before `identify` makes
 * neither, one refused before the backend no signal. A class: an object literal with a getter
 * costs V8 a slow path on every request.
 */
class NodeIncoming implements BillingIncoming {
  readonly method: string;
  #signal: AbortSignal | undefined;
  #request: Request | undefined;

  constructor(
    private readonly req: FrameworkRequest,
    private readonly res: NodeResponse,
    readonly url: URL,
  ) {
    this.method = req.method ?? 'GET';
  }

  header(name: string): string | null {
    const value = this.req.headers[name];
    if (value === undefined) return null;
    return Array.isArray(value) ? value.join(', ') : value;
  }

  readBody(limit: number): Promise<Uint8Array> {
    return readBody(this.req, limit);
  }

  get signal(): AbortSignal {
    this.#signal ??= clientSignal(this.res);
    return this.#signal;
  }

  clientGone(): boolean {
    return isGone(this.res);
  }

  request(): Request {
    this.#request ??= requestOf(this.req, this.url);
    return this.#request;
  }
}

/** node:http's request as the handler reads it (see `NodeIncoming`). */
export function incomingFromNode(req: FrameworkRequest, res: NodeResponse, url: URL): BillingIncoming {
  return new NodeIncoming(req, res, url);
}
