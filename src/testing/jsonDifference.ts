const shown = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));

/** Where two JSON values first differ (`addOns[0].scheduledUnits: 1 then null`), or `null` when they are equal. */
export function jsonDifference(first: unknown, second: unknown, path = ''): string | null {
  if (Object.is(first, second)) return null;
  if (
    typeof first !== 'object' ||
    typeof second !== 'object' ||
    first === null ||
    second === null ||
    Array.isArray(first) !== Array.isArray(second)
  ) {
    return `${path || 'the body'}: ${shown(first)} then ${shown(second)}`;
  }
  const a = first as Record<string, unknown>;
  const b = second as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const at = Array.isArray(first) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const difference = jsonDifference(a[key], b[key], at);
    if (difference) return difference;
  }
  return null;
}
