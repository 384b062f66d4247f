import { concatBytes } from './concatBytes';
import type { BillingIncoming } from './incoming';
import { bodyTooLarge, cancelled, Refusal } from './refusal';

/** The bytes of a Fetch body stream, stopping (and cancelling it) at the first chunk past `limit`. */
async function readStream(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        reader.cancel().catch(() => {});
        throw bodyTooLarge(limit);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    if (request.signal.aborted) throw cancelled();
    throw new Refusal('invalid_request', 'The request body could not be read.');
  }
  return concatBytes(chunks, size);
}

/** A Fetch `Request` as the handler reads it. */
export function incomingFromRequest(request: Request): BillingIncoming {
  return {
    method: request.method,
    url: new URL(request.url),
    header: (name) => request.headers.get(name),
    readBody: (limit) => readStream(request, limit),
    signal: request.signal,
    clientGone: () => request.signal.aborted,
    request: () => request,
  };
}
