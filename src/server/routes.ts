import { Refusal } from './refusal';

/** What a request under the base path asks for. */
export type BillingRoute =
  | { name: 'subscription' }
  | { name: 'quote'; addOnId: string }
  | { name: 'update'; addOnId: string };

const METHOD_OF: Readonly<Record<BillingRoute['name'], string>> = { subscription: 'GET', quote: 'POST', update: 'PUT' };

/** The method a route answers. */
export const methodOf = (route: BillingRoute): string => METHOD_OF[route.name];

/** `basePath` with one leading slash and no trailing one: `api/billing/` → `/api/billing`, `/` → ``. */
export function normalizeBasePath(basePath: string): string {
  return `/${basePath.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
}

/** True when `pathname` (a URL's, percent-encoded) lies under the normalized `basePath`. */
export function isUnderBasePath(pathname: string, basePath: string): boolean {
  return pathname.startsWith(`${basePath}/`);
}

const notFound = () => new Refusal('not_found', 'There is no such billing endpoint.');

// Anything that could reach another resource if a backend put the id into a path or URL of its
// own: separators (also once encoded, `%2F`, or encoded twice, `%252F`), dot segments, control
// characters. No real add-on id needs them.
const UNSAFE_ID = /[/\\%\u0000-\u001f\u007f]/;

/** The add-on id of one path segment, percent-decoded; refused (404) when it is not a plain name. */
function addOnIdOf(segment: string): string {
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    throw notFound();
  }
  if (id === '' || id === '.' || id === '..' || UNSAFE_ID.test(id)) throw notFound();
  return id;
}

/** The route `pathname` names under `basePath`, for `method`; throws a 404 or 405 `Refusal` otherwise. */
export function routeOf(method: string, pathname: string, basePath: string): BillingRoute {
  if (!isUnderBasePath(pathname, basePath)) throw notFound();
  const segments = pathname.slice(basePath.length + 1).split('/');
  let route: BillingRoute;
  if (segments.length === 1 && segments[0] === 'subscription') route = { name: 'subscription' };
  else if (segments.length === 2 && segments[0] === 'add-ons')
    route = { name: 'update', addOnId: addOnIdOf(segments[1] as string) };
  else if (segments.length === 3 && segments[0] === 'add-ons' && segments[2] === 'quotes') {
    route = { name: 'quote', addOnId: addOnIdOf(segments[1] as string) };
  } else throw notFound();
  const allowed = methodOf(route);
  if (method !== allowed) {
    throw new Refusal('invalid_request', `This endpoint answers ${allowed} only.`, 405, { Allow: allowed });
  }
  return route;
}
