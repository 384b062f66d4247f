/** A fresh idempotency key for one confirmation. */
export function createIdempotencyKey(): string {
  const { crypto } = globalThis;
  // randomUUID exists only in secure contexts; getRandomValues in every browser and in Node.
  return (
    crypto.randomUUID?.() ??
    Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')
  );
}
