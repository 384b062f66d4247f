/** A value of a form-encoded Stripe request: strings at the leaves, objects and arrays from brackets. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormParams = { [key: string]: FormValue };

/**
 * Parses a body or query string the way Stripe reads what stripe-node sends:
 * `items[0][price]=p&metadata[a]=b&expand[0]=x` → `{ items: [{ price: 'p' }], metadata: { a: 'b' }, expand: ['x'] }`.
 */
export function parseForm(text: string): FormParams {
  const root: FormParams = {};
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const [rawKey = '', rawValue = ''] = pair.split('=');
    const key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
    const value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    const path = key.match(/^[^[]+|\[[^\]]*\]/g)?.map((part) => part.replace(/^\[|\]$/g, '')) ?? [key];
    let node: Record<string, FormValue> = root;
    path.forEach((part, index) => {
      if (index === path.length - 1) {
        node[part] = value;
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[index + 1] ?? '');
      node[part] ??= nextIsIndex ? [] : {};
      node = node[part] as Record<string, FormValue>;
    });
  }
  return root;
}
