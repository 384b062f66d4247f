/** A fresh idempotency key for one confirmation. */
export function createIdempotencyKey(): string {
  const { crypto } = globalThis;
  if (crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // Older browsers without randomUUID (non-secure contexts): random enough for de-duplication.
  const bytes = new Uint8Array(16);
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i += 1) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
