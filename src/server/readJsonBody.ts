import { Refusal } from './refusal';

/** The largest request body the handler reads: a quote or an update is a few dozen bytes. */
export const MAX_BODY_BYTES = 8 * 1024;

/** True for `application/json`, with any parameters but a charset other than UTF-8 (RFC 8259). */
function isJson(contentType: string | null): boolean {
  if (contentType === null) return false;
  const [type = '', ...parameters] = contentType.split(';');
  if (type.trim().toLowerCase() !== 'application/json') return false;
  return parameters.every((parameter) => {
    const [name = '', value = ''] = parameter.split('=');
    if (name.trim().toLowerCase() !== 'charset') return true;
    return /^"?utf-?8"?$/i.test(value.trim());
  });
}

const tooLarge = () => new Refusal('invalid_request', `The request body is over ${MAX_BODY_BYTES} bytes.`, 413);
const notJson = () => new Refusal('invalid_request', 'The request body must be a JSON object.');

/**
 * The body's bytes, at most `MAX_BODY_BYTES`. The limit holds while reading, not only against
 * Content-Length (absent when the body is chunked, or wrong): reading stops at the first byte over.
 */
async function readBytes(request: Request): Promise<Uint8Array> {
  const declared = request.headers.get('Content-Length');
  if (declared !== null && Number(declared) > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof Refusal) throw error;
    if (request.signal.aborted) throw new Refusal('aborted', 'The request was cancelled.');
    throw new Refusal('invalid_request', 'The request body could not be read.');
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** 415 unless the request says its body is JSON (`Content-Type: application/json`). */
export function requireJsonContentType(request: Request): void {
  if (!isJson(request.headers.get('Content-Type'))) {
    throw new Refusal('invalid_request', 'Send the request body as Content-Type: application/json.', 415);
  }
}

/**
 * The request's JSON object body (its Content-Type checked by `requireJsonContentType` first):
 * 413 over `MAX_BODY_BYTES`, 400 when it is not UTF-8 JSON or not an object.
 */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const bytes = await readBytes(request);
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw notJson();
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw notJson();
  return body as Record<string, unknown>;
}
