/** A Stripe price the host sells as a plan: the Stripe price gives the amount and interval, this the rest. */
export interface StripeCatalogPlan {
  /** Our plan id, e.g. 'basic'. */
  id: string;
  /** Shown to the customer, e.g. 'Basic'. */
  name: string;
  /** Credits the plan grants per seat each period. */
  includedCreditsPerSeat: number;
}

/** A Stripe price the host sells as a credits add-on. */
export interface StripeCatalogAddOn {
  /** Our add-on id, e.g. 'generative-credits'; one id may name a price per plan. */
  id: string;
  /** Shown to the customer, e.g. 'Generative Credits'. */
  name: string;
  /** Credits one unit grants per period (per seat when `scope` is 'per_seat'). */
  creditsPerUnit: number;
  /** 'per_seat': the item's quantity is units × seats; 'shared': the quantity is the units. */
  scope: 'per_seat' | 'shared';
  /** Default 0. */
  minUnits?: number;
  /** Default 100. */
  maxUnits?: number;
  /** Catalog plan ids it is offered on; default: every plan. */
  plans?: string[];
}

/** The host's Stripe prices, keyed by Stripe price id. */
export interface StripeCatalog {
  plans: Record<string, StripeCatalogPlan>;
  addOns: Record<string, StripeCatalogAddOn>;
}

/** An add-on price as the backend works with it. */
export interface CatalogAddOnPrice extends StripeCatalogAddOn {
  /** The Stripe price id. */
  priceId: string;
}

export const DEFAULT_MAX_UNITS = 100;

/** The add-on prices offered on a plan, in catalog order. */
export function addOnPricesFor(catalog: StripeCatalog, planId: string): CatalogAddOnPrice[] {
  return Object.entries(catalog.addOns)
    .filter(([, addOn]) => !addOn.plans || addOn.plans.includes(planId))
    .map(([priceId, addOn]) => ({ ...addOn, priceId }));
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** Throws a TypeError naming the first mistake in a catalog, so a host finds it at start-up, not at checkout. */
export function assertCatalog(catalog: StripeCatalog): void {
  const fail = (message: string): never => {
    throw new TypeError(`createStripeBackend: ${message}`);
  };
  if (typeof catalog !== 'object' || catalog === null) fail('catalog must be an object of plans and addOns.');
  const planIds = new Set<string>();
  for (const [priceId, plan] of Object.entries(catalog.plans ?? {})) {
    if (!plan || typeof plan.id !== 'string' || typeof plan.name !== 'string') {
      fail(`the plan for price ${priceId} needs an id and a name.`);
    }
    if (!isCount(plan.includedCreditsPerSeat)) {
      fail(`the plan ${plan.id}: includedCreditsPerSeat must be a whole number >= 0.`);
    }
    planIds.add(plan.id);
  }
  if (planIds.size === 0) fail('the catalog names no plan price.');
  for (const [priceId, addOn] of Object.entries(catalog.addOns ?? {})) {
    if (catalog.plans[priceId]) fail(`price ${priceId} is both a plan and an add-on.`);
    if (!addOn || typeof addOn.id !== 'string' || typeof addOn.name !== 'string') {
      fail(`the add-on for price ${priceId} needs an id and a name.`);
    }
    if (!isCount(addOn.creditsPerUnit)) fail(`the add-on ${addOn.id}: creditsPerUnit must be a whole number >= 0.`);
    if (addOn.scope !== 'per_seat' && addOn.scope !== 'shared') {
      fail(`the add-on ${addOn.id}: scope must be 'per_seat' or 'shared'.`);
    }
    const min = addOn.minUnits ?? 0;
    const max = addOn.maxUnits ?? DEFAULT_MAX_UNITS;
    if (!isCount(min) || !isCount(max) || min > max) {
      fail(`the add-on ${addOn.id}: minUnits and maxUnits must be whole numbers with minUnits <= maxUnits.`);
    }
    for (const planId of addOn.plans ?? []) {
      if (!planIds.has(planId)) fail(`the add-on ${addOn.id} is offered on an unknown plan "${planId}".`);
    }
  }
}
