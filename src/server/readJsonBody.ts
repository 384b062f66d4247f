import type { BillingIncoming } from './incoming';
import { bodyTooLarge, Refusal } from './refusal';

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

const notJson = () => new Refusal('invalid_request', 'The request body must be a JSON object.');

/** 415 unless the request says its body is JSON (`Content-Type: application/json`). */
export function requireJsonContentType(incoming: BillingIncoming): void {
  if (!isJson(incoming.header('content-type'))) {
    throw new Refusal('invalid_request', 'Send the request body as Content-Type: application/json.', 415);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The request's JSON object body (its Content-Type checked by `requireJsonContentType` first):
 * 413 over `MAX_BODY_BYTES` (a declared Content-Length before reading, else while reading, as
 * a chunked body has none and a declared one can be wrong), 400 when it is not UTF-8 JSON or
 * not an object.
 */
export async function readJsonBody(incoming: BillingIncoming): Promise<Record<string, unknown>> {
  const declared = incoming.header('content-length');
  if (declared !== null && Number(declared) > MAX_BODY_BYTES) throw bodyTooLarge(MAX_BODY_BYTES);
  const bytes = await incoming.readBody(MAX_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(utf8.decode(bytes));
  } catch {
    throw notJson();
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw notJson();
  return body as Record<string, unknown>;
}
