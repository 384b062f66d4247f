import { concatBytes } from './concatBytes';
import type { BillingIncoming } from './incoming';
import type { NodeRequest } from './nodeTypes';
import { bodyTooLarge, Refusal } from './refusal';

/** What Express and Connect add to node:http's request. */
export interface FrameworkRequest extends NodeRequest {
  /** The URL before a mount prefix was stripped from `url` (Express). */
  originalUrl?: string;
  /** A body parser's result (`express.json()`). */
  body?: unknown;
  /** Set by body-parser once it read the stream. */
  _body?: boolean;
}

/** The request's headers as Fetch `Headers`. */
export function headersOf(req: NodeRequest): Headers {
  const headers = new Headers();
  const raw = req.rawHeaders;
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = raw[index] as string;
    // HTTP/2 pseudo-headers (`:path`) are not headers to Fetch.
    if (!name.startsWith(':')) headers.append(name, raw[index + 1] as string);
  }
  return headers;
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
      reject(new Refusal('aborted', 'The request was cancelled.'));
    };
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', onAbort);
    req.once('close', onAbort);
  });
}

/** node:http's request as the handler reads it: headers and body straight from Node, no Fetch objects but the one `identify` gets. */
export function incomingFromNode(req: FrameworkRequest, url: URL, signal: AbortSignal): BillingIncoming {
  let request: Request | undefined;
  return {
    method: req.method ?? 'GET',
    url,
    header: (name) => {
      const value = req.headers[name];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
    readBody: (limit) => readBody(req, limit),
    signal,
    // `identify` reads the method, URL and headers (the customer is never read from the body),
    // so its Request carries no body: the body is read once, by the handler, from Node. Nor a
    // signal: undici ties a Request to a given signal through listeners and a
    // FinalizationRegistry, which under load cost more than the rest of the Request.
    request: () => {
      request ??= new Request(url, { method: req.method ?? 'GET', headers: headersOf(req) });
      return request;
    },
  };
}
