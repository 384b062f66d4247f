import type Stripe from 'stripe';
import type { FormParams, FormValue } from './formParams';

/**
 * A Stripe object as the fake serves it: every field it writes is one the SDK declares, with the
 * SDK's type (a renamed or retyped field fails to compile), though not every field the SDK declares.
 */
export type Wire<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends (infer Item)[]
    ? Wire<Item>[]
    : { [Key in keyof T]?: Wire<T[Key]> };

/** An error the fake answers with, shaped as Stripe's `{ error: { type, code, message } }`. */
export class FakeStripeError extends Error {
  constructor(
    readonly status: number,
    readonly body: { type: string; code?: string; decline_code?: string; message: string; param?: string },
  ) {
    super(body.message);
  }
}

const invalid = (message: string, param?: string) =>
  new FakeStripeError(400, { type: 'invalid_request_error', message, ...(param && { param }) });
const missing = (kind: string, id: string, param = 'id') =>
  new FakeStripeError(404, {
    type: 'invalid_request_error',
    code: 'resource_missing',
    message: `No such ${kind}: '${id}'`,
    param,
  });

/** Test payment methods that Stripe declines (https://docs.stripe.com/testing#declined-payments). */
export const DECLINING_PAYMENT_METHODS = new Set([
  'pm_card_chargeDeclined',
  'pm_card_visa_chargeDeclined',
  'pm_card_chargeDeclinedInsufficientFunds',
]);

interface FakePrice {
  id: string;
  currency: string;
  unit_amount: number;
  interval: 'month' | 'year';
  product: string;
}
interface FakeItem {
  id: string;
  price: string;
  quantity: number;
  created: number;
}
interface FakeSubscription {
  id: string;
  customer: string;
  status: Stripe.Subscription.Status;
  cancel_at_period_end: boolean;
  cancel_at: number | null;
  created: number;
  currency: string;
  items: FakeItem[];
  metadata: Record<string, string>;
  schedule: string | null;
  default_payment_method: string | null;
  current_period_start: number;
  current_period_end: number;
}
interface FakePhaseItem {
  price: string;
  quantity: number;
}
interface FakePhase {
  start_date: number;
  end_date: number;
  items: FakePhaseItem[];
  metadata: Record<string, string>;
}
interface FakeSchedule {
  id: string;
  customer: string;
  subscription: string;
  status: 'active' | 'released' | 'completed' | 'canceled';
  end_behavior: Stripe.SubscriptionSchedule.EndBehavior;
  metadata: Record<string, string>;
  phases: FakePhase[];
  created: number;
  released_at: number | null;
}
interface FakeInvoiceItem {
  id: string;
  customer: string;
  invoice: string | null;
  amount: number;
  currency: string;
  description: string | null;
  metadata: Record<string, string>;
  proration: boolean;
  date: number;
  /** For a subscription item's line (a proration): the item, its price and quantity, the period it covers. */
  line?: {
    subscriptionItem: string;
    subscription: string;
    price: string;
    quantity: number;
    start: number;
    end: number;
  };
}
interface FakeInvoice {
  id: string;
  customer: string;
  status: 'draft' | 'open' | 'paid' | 'void';
  currency: string;
  description: string | null;
  metadata: Record<string, string>;
  default_payment_method: string | null;
  auto_advance: boolean;
  collection_method: 'charge_automatically' | 'send_invoice';
  attempt_count: number;
  number: string | null;
  created: number;
  finalized_at: number | null;
  paid_at: number | null;
  voided_at: number | null;
}

/** A payment the fake took from a payment method. */
export interface FakeCharge {
  invoice: string;
  customer: string;
  amount: number;
  currency: string;
  paymentMethod: string;
}

/** What a renewal at a period end billed for one subscription (not charged: renewals are Stripe's business). */
export interface FakeRenewal {
  subscription: string;
  periodStart: number;
  amount: number;
  quantities: Record<string, number>;
}

const DAY = 24 * 60 * 60;

/** The end of one billing interval from `start` (UTC calendar months, clamped like Stripe's). */
function addInterval(start: number, interval: 'month' | 'year', count = 1): number {
  const date = new Date(start * 1000);
  const months = (interval === 'year' ? 12 : 1) * count;
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return Math.floor(date.getTime() / 1000);
}

const text = (value: FormValue | undefined): string | undefined => (typeof value === 'string' ? value : undefined);
const list = (value: FormValue | undefined): FormValue[] =>
  Array.isArray(value) ? value : value && typeof value === 'object' ? Object.values(value) : [];
const object = (value: FormValue | undefined): Record<string, FormValue> =>
  value && typeof value === 'object' && !Array.isArray(value) ? value : {};

function integer(value: FormValue | undefined, param: string, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const parsed = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min) throw invalid(`Invalid integer: ${String(value)}`, param);
  return parsed;
}

function bool(value: FormValue | undefined, param: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  throw invalid(`Invalid boolean: ${String(value)}`, param);
}

/** Stripe's metadata update: keys merged, an empty value unsets its key. */
function mergeMetadata(target: Record<string, string>, value: FormValue | undefined): void {
  if (value === undefined) return;
  if (value === '') {
    for (const key of Object.keys(target)) delete target[key];
    return;
  }
  for (const [key, entry] of Object.entries(object(value))) {
    if (typeof entry !== 'string') throw invalid('Invalid metadata value', `metadata[${key}]`);
    if (entry.length > 500) throw invalid('Metadata values can have up to 500 characters', `metadata[${key}]`);
    if (entry === '') delete target[key];
    else target[key] = entry;
  }
  if (Object.keys(target).length > 50) throw invalid('Metadata can have up to 50 keys', 'metadata');
}

function onlyParams(params: FormParams, allowed: string[]): void {
  for (const key of Object.keys(params)) {
    if (!allowed.includes(key)) throw invalid(`Received unknown parameter: ${key}`, key);
  }
}

/** The state of one fake Stripe account, and the operations of the endpoints the backend calls. */
export class FakeStripeState {
  /** The fake's clock, seconds since the epoch. */
  now: number;
  readonly prices = new Map<string, FakePrice>();
  readonly customers = new Map<string, { id: string; defaultPaymentMethod: string | null }>();
  readonly subscriptions = new Map<string, FakeSubscription>();
  readonly schedules = new Map<string, FakeSchedule>();
  readonly invoices = new Map<string, FakeInvoice>();
  readonly invoiceItems = new Map<string, FakeInvoiceItem>();
  readonly charges: FakeCharge[] = [];
  readonly renewals: FakeRenewal[] = [];
  private counter = 0;

  constructor(now: number) {
    this.now = now;
  }

  private nextId(prefix: string): string {
    this.counter += 1;
    return `${prefix}_fake${this.counter.toString().padStart(6, '0')}`;
  }

  // ---- set-up for tests (Stripe's dashboard, so to speak) ----

  addPrice(price: { id: string; unitAmount: number; currency?: string; interval?: 'month' | 'year' }): void {
    this.prices.set(price.id, {
      id: price.id,
      currency: price.currency ?? 'usd',
      unit_amount: price.unitAmount,
      interval: price.interval ?? 'month',
      product: `prod_${price.id}`,
    });
  }

  addCustomer(id: string, defaultPaymentMethod: string | null = 'pm_card_visa'): void {
    this.customers.set(id, { id, defaultPaymentMethod });
  }

  /** A subscription whose period started `daysIn` days ago. */
  addSubscription(input: {
    customer: string;
    items: { price: string; quantity: number }[];
    status?: Stripe.Subscription.Status;
    cancelAtPeriodEnd?: boolean;
    daysIn?: number;
    created?: number;
    id?: string;
  }): string {
    const first = this.price(input.items[0]?.price ?? '');
    const start = this.now - (input.daysIn ?? 12) * DAY;
    const id = input.id ?? this.nextId('sub');
    this.subscriptions.set(id, {
      id,
      customer: input.customer,
      status: input.status ?? 'active',
      cancel_at_period_end: input.cancelAtPeriodEnd ?? false,
      cancel_at: null,
      created: input.created ?? start,
      currency: first.currency,
      items: input.items.map((item) => ({
        id: this.nextId('si'),
        price: item.price,
        quantity: item.quantity,
        created: start,
      })),
      metadata: {},
      schedule: null,
      default_payment_method: null,
      current_period_start: start,
      current_period_end: addInterval(start, first.interval),
    });
    return id;
  }

  /** Moves the clock on, renewing every subscription whose period ended (its schedule's next phase starts). */
  advanceTo(time: number): void {
    this.now = time;
    for (const subscription of this.subscriptions.values()) {
      while (subscription.status === 'active' && subscription.current_period_end <= time) {
        const start = subscription.current_period_end;
        const schedule = subscription.schedule ? this.schedules.get(subscription.schedule) : undefined;
        if (schedule) {
          const phase = schedule.phases.find((candidate) => candidate.start_date === start);
          if (phase) this.syncItems(subscription, phase.items, 'none');
          else this.endSchedule(schedule, subscription);
        }
        const interval = this.price(subscription.items[0]?.price ?? '').interval;
        subscription.current_period_start = start;
        subscription.current_period_end = addInterval(start, interval);
        const quantities = Object.fromEntries(subscription.items.map((item) => [item.price, item.quantity]));
        const amount = subscription.items.reduce(
          (sum, item) => sum + this.price(item.price).unit_amount * item.quantity,
          0,
        );
        this.renewals.push({ subscription: subscription.id, periodStart: start, amount, quantities });
        if (schedule && schedule.status === 'active' && !schedule.phases.some((phase) => phase.end_date > start)) {
          this.endSchedule(schedule, subscription);
        }
      }
    }
  }

  private endSchedule(schedule: FakeSchedule, subscription: FakeSubscription): void {
    schedule.status = schedule.end_behavior === 'release' ? 'released' : 'completed';
    if (schedule.status === 'released') schedule.released_at = this.now;
    subscription.schedule = null;
  }

  // ---- lookups ----

  price(id: string): FakePrice {
    const price = this.prices.get(id);
    if (!price) throw missing('price', id, 'price');
    return price;
  }

  private subscription(id: string): FakeSubscription {
    const subscription = this.subscriptions.get(id);
    if (!subscription) throw missing('subscription', id);
    return subscription;
  }

  private schedule(id: string): FakeSchedule {
    const schedule = this.schedules.get(id);
    if (!schedule) throw missing('subscription_schedule', id);
    return schedule;
  }

  private invoice(id: string): FakeInvoice {
    const invoice = this.invoices.get(id);
    if (!invoice) throw missing('invoice', id);
    return invoice;
  }

  private customer(id: string | undefined) {
    const customer = id ? this.customers.get(id) : undefined;
    if (!customer) throw missing('customer', id ?? '', 'customer');
    return customer;
  }

  invoiceTotal(invoiceId: string): number {
    let total = 0;
    for (const item of this.invoiceItems.values()) if (item.invoice === invoiceId) total += item.amount;
    return total;
  }

  // ---- serialisation, typed by the SDK ----

  priceJson(price: FakePrice): Wire<Stripe.Price> {
    return {
      id: price.id,
      object: 'price',
      active: true,
      billing_scheme: 'per_unit',
      created: 1_700_000_000,
      currency: price.currency,
      custom_unit_amount: null,
      livemode: false,
      lookup_key: null,
      metadata: {},
      nickname: null,
      product: price.product,
      recurring: {
        interval: price.interval,
        interval_count: 1,
        meter: null,
        trial_period_days: null,
        usage_type: 'licensed',
      },
      tax_behavior: 'unspecified',
      tiers_mode: null,
      transform_quantity: null,
      type: 'recurring',
      unit_amount: price.unit_amount,
    };
  }

  subscriptionJson(subscription: FakeSubscription, expand: string[] = []): Wire<Stripe.Subscription> {
    const schedule = subscription.schedule;
    return {
      id: subscription.id,
      object: 'subscription',
      cancel_at: subscription.cancel_at,
      cancel_at_period_end: subscription.cancel_at_period_end,
      canceled_at: null,
      collection_method: 'charge_automatically',
      created: subscription.created,
      currency: subscription.currency,
      customer: subscription.customer,
      default_payment_method: subscription.default_payment_method,
      items: {
        object: 'list',
        data: subscription.items.map((item) => ({
          id: item.id,
          object: 'subscription_item',
          billing_thresholds: null,
          created: item.created,
          current_period_end: subscription.current_period_end,
          current_period_start: subscription.current_period_start,
          discounts: [],
          metadata: {},
          price: this.priceJson(this.price(item.price)),
          quantity: item.quantity,
          subscription: subscription.id,
          tax_rates: [],
        })),
        has_more: false,
        url: `/v1/subscription_items?subscription=${subscription.id}`,
      },
      latest_invoice: null,
      livemode: false,
      metadata: { ...subscription.metadata },
      schedule: schedule && expand.includes('schedule') ? this.scheduleJson(this.schedule(schedule)) : schedule,
      start_date: subscription.created,
      status: subscription.status,
    };
  }

  scheduleJson(schedule: FakeSchedule): Wire<Stripe.SubscriptionSchedule> {
    const running =
      schedule.status === 'active'
        ? schedule.phases.find((phase) => phase.start_date <= this.now && this.now < phase.end_date)
        : undefined;
    const subscription = this.subscriptions.get(schedule.subscription);
    return {
      id: schedule.id,
      object: 'subscription_schedule',
      canceled_at: null,
      completed_at: null,
      created: schedule.created,
      current_phase: running ? { start_date: running.start_date, end_date: running.end_date } : null,
      customer: schedule.customer,
      end_behavior: schedule.end_behavior,
      livemode: false,
      metadata: { ...schedule.metadata },
      phases: schedule.phases.map((phase) => ({
        add_invoice_items: [],
        application_fee_percent: null,
        billing_cycle_anchor: null,
        billing_thresholds: null,
        collection_method: null,
        currency: subscription?.currency ?? 'usd',
        default_payment_method: null,
        default_tax_rates: [],
        description: null,
        discounts: [],
        end_date: phase.end_date,
        invoice_settings: null,
        items: phase.items.map((item) => ({
          billing_thresholds: null,
          discounts: [],
          metadata: {},
          plan: item.price,
          price: item.price,
          quantity: item.quantity,
          tax_rates: [],
        })),
        metadata: { ...phase.metadata },
        on_behalf_of: null,
        proration_behavior: 'create_prorations',
        start_date: phase.start_date,
        transfer_data: null,
        trial_end: null,
      })),
      released_at: schedule.released_at,
      released_subscription: schedule.status === 'released' ? schedule.subscription : null,
      status: schedule.status,
      subscription: schedule.status === 'released' ? null : schedule.subscription,
      test_clock: null,
    };
  }

  invoiceJson(invoice: FakeInvoice): Wire<Stripe.Invoice> {
    const total = this.invoiceTotal(invoice.id);
    const paid = invoice.status === 'paid' ? total : 0;
    const lines = [...this.invoiceItems.values()].filter((item) => item.invoice === invoice.id);
    return {
      id: invoice.id,
      object: 'invoice',
      amount_due: total,
      amount_paid: paid,
      amount_remaining: invoice.status === 'void' ? 0 : total - paid,
      attempt_count: invoice.attempt_count,
      attempted: invoice.attempt_count > 0,
      auto_advance: invoice.auto_advance,
      collection_method: invoice.collection_method,
      created: invoice.created,
      currency: invoice.currency,
      customer: invoice.customer,
      default_payment_method: invoice.default_payment_method,
      description: invoice.description,
      lines: {
        object: 'list',
        data: lines.map((item) => this.lineJson(item, invoice.id)),
        has_more: false,
        url: `/v1/invoices/${invoice.id}/lines`,
      },
      livemode: false,
      metadata: { ...invoice.metadata },
      number: invoice.number,
      status: invoice.status,
      status_transitions: {
        finalized_at: invoice.finalized_at,
        marked_uncollectible_at: null,
        paid_at: invoice.paid_at,
        voided_at: invoice.voided_at,
      },
      subtotal: total,
      total,
    };
  }

  /** An invoice's line for an invoice item, or for a subscription item (with its parent and price). */
  lineJson(item: FakeInvoiceItem, invoice: string | null): Wire<Stripe.InvoiceLineItem> {
    const { line } = item;
    return {
      id: `il_${item.id}`,
      object: 'line_item',
      amount: item.amount,
      currency: item.currency,
      description: item.description,
      invoice,
      livemode: false,
      metadata: { ...item.metadata },
      quantity: line?.quantity ?? 1,
      period: line ? { start: line.start, end: line.end } : { start: item.date, end: item.date },
      parent: line
        ? {
            type: 'subscription_item_details',
            invoice_item_details: null,
            subscription_item_details: {
              invoice_item: null,
              proration: item.proration,
              proration_details: { credited_items: null },
              subscription: line.subscription,
              subscription_item: line.subscriptionItem,
            },
          }
        : {
            type: 'invoice_item_details',
            invoice_item_details: {
              invoice_item: item.id,
              proration: item.proration,
              proration_details: { credited_items: null },
              subscription: null,
            },
            subscription_item_details: null,
          },
      pricing: line
        ? {
            type: 'price_details',
            price_details: { price: line.price, product: this.price(line.price).product },
            unit_amount_decimal: String(this.price(line.price).unit_amount),
          }
        : null,
    };
  }

  invoiceItemJson(item: FakeInvoiceItem): Wire<Stripe.InvoiceItem> {
    return {
      id: item.id,
      object: 'invoiceitem',
      amount: item.amount,
      currency: item.currency,
      customer: item.customer,
      date: item.date,
      description: item.description,
      discountable: true,
      invoice: item.invoice,
      livemode: false,
      metadata: { ...item.metadata },
      period: { start: item.date, end: item.date },
      proration: item.proration,
      quantity: 1,
    };
  }

  // ---- the endpoints ----

  listSubscriptions(params: FormParams): Wire<Stripe.ApiList<Stripe.Subscription>> {
    onlyParams(params, ['customer', 'status', 'limit', 'starting_after', 'expand']);
    const status = text(params.status);
    const expand = list(params.expand).map(String);
    for (const path of expand) {
      if (path !== 'data.schedule') throw invalid(`This property cannot be expanded (${path}).`, 'expand');
    }
    const limit = integer(params.limit, 'limit', 1) ?? 10;
    if (limit > 100) throw invalid('Limit must be between 1 and 100', 'limit');
    const matching = [...this.subscriptions.values()]
      .map((subscription, order) => ({ subscription, order }))
      .filter(({ subscription }) => !params.customer || subscription.customer === text(params.customer))
      .filter(({ subscription }) =>
        status === 'all' ? true : status ? subscription.status === status : subscription.status !== 'canceled',
      )
      .sort((a, b) => b.subscription.created - a.subscription.created || b.order - a.order)
      .map(({ subscription }) => subscription);
    const after = text(params.starting_after);
    const from = after ? matching.findIndex((subscription) => subscription.id === after) + 1 : 0;
    const page = matching.slice(from, from + limit);
    return {
      object: 'list',
      data: page.map((subscription) =>
        this.subscriptionJson(
          subscription,
          expand.map((path) => path.replace(/^data\./, '')),
        ),
      ),
      has_more: from + limit < matching.length,
      url: '/v1/subscriptions',
    };
  }

  retrieveSubscription(id: string, params: FormParams): Wire<Stripe.Subscription> {
    onlyParams(params, ['expand']);
    return this.subscriptionJson(this.subscription(id), list(params.expand).map(String));
  }

  retrievePrice(id: string): Wire<Stripe.Price> {
    return this.priceJson(this.price(id));
  }

  /** Sets the items to `wanted`: quantities changed, items added or removed; prorations unless 'none'. */
  private syncItems(subscription: FakeSubscription, wanted: FakePhaseItem[], proration: string): void {
    const before = new Map(subscription.items.map((item) => [item.price, item.quantity]));
    subscription.items = wanted.map((item) => {
      const existing = subscription.items.find((candidate) => candidate.price === item.price);
      return existing
        ? { ...existing, quantity: item.quantity }
        : { id: this.nextId('si'), price: item.price, quantity: item.quantity, created: this.now };
    });
    if (proration === 'none') return;
    for (const item of subscription.items) {
      const change = item.quantity - (before.get(item.price) ?? 0);
      if (change !== 0) this.pendingProration(subscription, item.price, change);
    }
  }

  // Not time-weighted like Stripe's: enough for a test to see that a proration was made at all.
  private pendingProration(subscription: FakeSubscription, price: string, change: number): void {
    const id = this.nextId('ii');
    this.invoiceItems.set(id, {
      id,
      customer: subscription.customer,
      invoice: null,
      amount: change * this.price(price).unit_amount,
      currency: subscription.currency,
      description: `Proration for ${price}`,
      metadata: {},
      proration: true,
      date: this.now,
    });
  }

  /** The items a subscription would have with `items` (update parameters) applied; nothing changed yet. */
  private proposedItems(
    subscription: FakeSubscription,
    items: FormValue | undefined,
    prefix = 'items',
  ): FakePhaseItem[] {
    const wanted = subscription.items.map((item) => ({ price: item.price, quantity: item.quantity }));
    list(items).forEach((raw, index) => {
      const entry = object(raw);
      const quantity = integer(entry.quantity, `${prefix}[${index}][quantity]`);
      if (entry.id !== undefined) {
        const item = subscription.items.find((candidate) => candidate.id === entry.id);
        if (!item) throw invalid(`Invalid subscription_item id: ${String(entry.id)}`, `${prefix}[${index}][id]`);
        const target = wanted.find((candidate) => candidate.price === item.price);
        if (bool(entry.deleted, `${prefix}[${index}][deleted]`))
          wanted.splice(wanted.indexOf(target as FakePhaseItem), 1);
        else if (target && quantity !== undefined) target.quantity = quantity;
        return;
      }
      const price = this.price(text(entry.price) ?? '');
      if (wanted.some((candidate) => candidate.price === price.id)) {
        throw invalid('Cannot add multiple subscription items with the same price.', `${prefix}[${index}][price]`);
      }
      if (
        price.currency !== subscription.currency ||
        price.interval !== this.price(subscription.items[0]?.price ?? '').interval
      ) {
        throw invalid(
          'All prices on a subscription must have the same currency and interval.',
          `${prefix}[${index}][price]`,
        );
      }
      wanted.push({ price: price.id, quantity: quantity ?? 1 });
    });
    return wanted;
  }

  /**
   * Stripe's proration lines for moving a subscription's items to `wanted` from `date` on: for
   * each changed price, a credit for the unused time of the old quantity and a charge for the
   * remaining time of the new one, each unit_amount × quantity × (period end − date) / (period
   * end − period start), rounded to the minor unit line by line.
   */
  private prorationLines(subscription: FakeSubscription, wanted: FakePhaseItem[], date: number) {
    const { current_period_start: start, current_period_end: end } = subscription;
    const share = (end - date) / (end - start);
    const line = (price: string, quantity: number, sign: 1 | -1) => ({
      amount: sign * Math.round(this.price(price).unit_amount * quantity * share),
      line: {
        subscriptionItem: subscription.items.find((item) => item.price === price)?.id ?? `si_preview_${price}`,
        subscription: subscription.id,
        price,
        quantity,
        start: date,
        end,
      },
    });
    const result: ReturnType<typeof line>[] = [];
    for (const item of wanted) {
      const before = subscription.items.find((candidate) => candidate.price === item.price)?.quantity ?? 0;
      if (before === item.quantity) continue;
      if (before > 0) result.push(line(item.price, before, -1));
      result.push(line(item.price, item.quantity, 1));
    }
    for (const item of subscription.items) {
      if (!wanted.some((candidate) => candidate.price === item.price)) result.push(line(item.price, item.quantity, -1));
    }
    return result;
  }

  /** A proration date as Stripe takes it: within the subscription's current period. */
  private prorationDate(subscription: FakeSubscription, value: FormValue | undefined, param: string): number {
    const date = integer(value, param) ?? this.now;
    if (date < subscription.current_period_start || date > subscription.current_period_end) {
      throw invalid('The proration date must be within the current billing period.', param);
    }
    return date;
  }

  private prorationItem(
    subscription: FakeSubscription,
    invoice: string | null,
    { amount, line }: ReturnType<FakeStripeState['prorationLines']>[number],
  ): FakeInvoiceItem {
    const verb = amount < 0 ? 'Unused' : 'Remaining';
    return {
      id: this.nextId('ii'),
      customer: subscription.customer,
      invoice,
      amount,
      currency: subscription.currency,
      description: `${verb} time on ${line.quantity} × ${line.price} after ${new Date(line.start * 1000).toISOString().slice(0, 10)}`,
      metadata: {},
      proration: true,
      date: line.start,
      line,
    };
  }

  /**
   * `proration_behavior: 'always_invoice'`: the prorations invoiced and paid at once. With
   * `error_if_incomplete`, a declined payment answers 402 and changes nothing; otherwise the change
   * stays, the invoice stays open and the subscription goes past_due.
   */
  private invoiceProrationsNow(
    subscription: FakeSubscription,
    wanted: FakePhaseItem[],
    date: number,
    paymentBehavior: string,
  ): void {
    const lines = this.prorationLines(subscription, wanted, date);
    const paymentMethod =
      subscription.default_payment_method ?? this.customer(subscription.customer).defaultPaymentMethod;
    const pending = this.pendingItems(subscription.customer);
    const total = [...lines, ...pending].reduce((sum, { amount }) => sum + amount, 0);
    const declined = total > 0 && (!paymentMethod || DECLINING_PAYMENT_METHODS.has(paymentMethod));
    if (declined && paymentBehavior === 'error_if_incomplete') {
      throw new FakeStripeError(402, {
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
        message: 'Your card was declined.',
      });
    }
    const id = this.nextId('in');
    this.invoices.set(id, {
      id,
      customer: subscription.customer,
      status: declined ? 'open' : 'paid',
      currency: subscription.currency,
      description: null,
      metadata: {},
      default_payment_method: null,
      auto_advance: true,
      collection_method: 'charge_automatically',
      attempt_count: total > 0 ? 1 : 0,
      number: `FAKE-${id.slice(-6)}`,
      created: this.now,
      finalized_at: this.now,
      paid_at: declined ? null : this.now,
      voided_at: null,
    });
    for (const line of lines) {
      const item = this.prorationItem(subscription, id, line);
      this.invoiceItems.set(item.id, item);
    }
    for (const item of pending) item.invoice = id;
    this.syncItems(subscription, wanted, 'none');
    if (declined) subscription.status = 'past_due';
    else if (total > 0) {
      this.charges.push({
        invoice: id,
        customer: subscription.customer,
        amount: total,
        currency: subscription.currency,
        paymentMethod: paymentMethod as string,
      });
    }
  }

  /** The customer's invoice items on no invoice yet: the next invoice made for them takes them along. */
  private pendingItems(customer: string): FakeInvoiceItem[] {
    return [...this.invoiceItems.values()].filter((item) => item.customer === customer && item.invoice === null);
  }

  updateSubscription(id: string, params: FormParams): Wire<Stripe.Subscription> {
    onlyParams(params, [
      'items',
      'proration_behavior',
      'proration_date',
      'payment_behavior',
      'metadata',
      'expand',
      'cancel_at_period_end',
    ]);
    const subscription = this.subscription(id);
    if (subscription.status === 'canceled' || subscription.status === 'incomplete_expired') {
      throw invalid('A canceled subscription can only update its cancellation_details and metadata.');
    }
    const proration = text(params.proration_behavior) ?? 'create_prorations';
    if (!['none', 'create_prorations', 'always_invoice'].includes(proration))
      throw invalid('Invalid proration_behavior', 'proration_behavior');
    const paymentBehavior = text(params.payment_behavior) ?? 'allow_incomplete';
    if (
      !['allow_incomplete', 'error_if_incomplete', 'default_incomplete', 'pending_if_incomplete'].includes(
        paymentBehavior,
      )
    )
      throw invalid('Invalid payment_behavior', 'payment_behavior');
    const date = this.prorationDate(subscription, params.proration_date, 'proration_date');
    const wanted = this.proposedItems(subscription, params.items);
    if (params.items !== undefined && proration === 'always_invoice') {
      this.invoiceProrationsNow(subscription, wanted, date, paymentBehavior);
    } else if (params.items !== undefined) this.syncItems(subscription, wanted, proration);
    mergeMetadata(subscription.metadata, params.metadata);
    const cancel = bool(params.cancel_at_period_end, 'cancel_at_period_end');
    if (cancel !== undefined) subscription.cancel_at_period_end = cancel;
    return this.subscriptionJson(subscription, list(params.expand).map(String));
  }

  /**
   * The invoice a subscription update would bring (only what this backend previews: an update of
   * the items of an existing subscription). With `always_invoice`, the invoice made at once: the
   * proration lines; otherwise the next renewal, at the new quantities, with the prorations.
   */
  createPreview(params: FormParams): Wire<Stripe.Invoice> {
    onlyParams(params, ['customer', 'subscription', 'subscription_details', 'expand']);
    const details = object(params.subscription_details);
    onlyParams(details, ['items', 'proration_behavior', 'proration_date']);
    const subscription = this.subscription(text(params.subscription) ?? '');
    if (params.customer !== undefined && text(params.customer) !== subscription.customer)
      throw invalid('The subscription does not belong to this customer.', 'customer');
    const proration = text(details.proration_behavior) ?? 'create_prorations';
    if (!['none', 'create_prorations', 'always_invoice'].includes(proration))
      throw invalid('Invalid proration_behavior', 'subscription_details[proration_behavior]');
    const date = this.prorationDate(subscription, details.proration_date, 'subscription_details[proration_date]');
    const wanted = this.proposedItems(subscription, details.items, 'subscription_details[items]');
    const items = [
      ...(proration === 'none'
        ? []
        : this.prorationLines(subscription, wanted, date).map((line) => this.prorationItem(subscription, null, line))),
      ...this.pendingItems(subscription.customer),
    ];
    if (proration !== 'always_invoice') {
      const start = subscription.current_period_end;
      const end = addInterval(start, this.price(wanted[0]?.price ?? '').interval);
      for (const item of wanted) {
        const existing = subscription.items.find((candidate) => candidate.price === item.price);
        items.push({
          id: this.nextId('ii'),
          customer: subscription.customer,
          invoice: null,
          amount: this.price(item.price).unit_amount * item.quantity,
          currency: subscription.currency,
          description: `${item.quantity} × ${item.price}`,
          metadata: {},
          proration: false,
          date: start,
          line: {
            subscriptionItem: existing?.id ?? `si_preview_${item.price}`,
            subscription: subscription.id,
            price: item.price,
            quantity: item.quantity,
            start,
            end,
          },
        });
      }
    }
    const total = items.reduce((sum, item) => sum + item.amount, 0);
    return {
      id: `upcoming_${this.nextId('in')}`,
      object: 'invoice',
      amount_due: Math.max(0, total),
      amount_paid: 0,
      amount_remaining: Math.max(0, total),
      collection_method: 'charge_automatically',
      created: this.now,
      currency: subscription.currency,
      customer: subscription.customer,
      lines: {
        object: 'list',
        data: items.map((item) => this.lineJson(item, null)),
        has_more: false,
        url: '/v1/invoices/upcoming/lines',
      },
      livemode: false,
      metadata: {},
      status: 'draft',
      subtotal: total,
      total,
    };
  }

  listInvoices(params: FormParams): Wire<Stripe.ApiList<Stripe.Invoice>> {
    onlyParams(params, ['customer', 'limit', 'starting_after', 'status', 'expand']);
    const limit = integer(params.limit, 'limit', 1) ?? 10;
    if (limit > 100) throw invalid('Limit must be between 1 and 100', 'limit');
    const matching = [...this.invoices.values()]
      .filter((invoice) => !params.customer || invoice.customer === text(params.customer))
      .filter((invoice) => !params.status || invoice.status === text(params.status))
      .reverse();
    const after = text(params.starting_after);
    const from = after ? matching.findIndex((invoice) => invoice.id === after) + 1 : 0;
    return {
      object: 'list',
      data: matching.slice(from, from + limit).map((invoice) => this.invoiceJson(invoice)),
      has_more: from + limit < matching.length,
      url: '/v1/invoices',
    };
  }

  createInvoice(params: FormParams): Wire<Stripe.Invoice> {
    onlyParams(params, [
      'customer',
      'currency',
      'description',
      'collection_method',
      'auto_advance',
      'pending_invoice_items_behavior',
      'default_payment_method',
      'metadata',
      'subscription',
    ]);
    const customer = this.customer(text(params.customer));
    const collection = text(params.collection_method) ?? 'charge_automatically';
    if (collection !== 'charge_automatically' && collection !== 'send_invoice')
      throw invalid('Invalid collection_method', 'collection_method');
    const id = this.nextId('in');
    const invoice: FakeInvoice = {
      id,
      customer: customer.id,
      status: 'draft',
      currency: text(params.currency) ?? 'usd',
      description: text(params.description) ?? null,
      metadata: {},
      default_payment_method: text(params.default_payment_method) ?? null,
      auto_advance: bool(params.auto_advance, 'auto_advance') ?? false,
      collection_method: collection,
      attempt_count: 0,
      number: null,
      created: this.now,
      finalized_at: null,
      paid_at: null,
      voided_at: null,
    };
    mergeMetadata(invoice.metadata, params.metadata);
    this.invoices.set(id, invoice);
    if ((text(params.pending_invoice_items_behavior) ?? 'exclude') === 'include') {
      for (const item of this.invoiceItems.values()) {
        if (item.customer === customer.id && item.invoice === null) item.invoice = id;
      }
    }
    return this.invoiceJson(invoice);
  }

  createInvoiceItem(params: FormParams): Wire<Stripe.InvoiceItem> {
    onlyParams(params, ['customer', 'invoice', 'amount', 'currency', 'description', 'metadata']);
    const customer = this.customer(text(params.customer));
    const invoiceId = text(params.invoice);
    const currency = text(params.currency);
    if (!currency) throw invalid('Missing required param: currency.', 'currency');
    if (invoiceId) {
      const invoice = this.invoice(invoiceId);
      if (invoice.status !== 'draft') throw invalid('You can only add invoice items to draft invoices.', 'invoice');
      if (invoice.customer !== customer.id) throw invalid('The invoice belongs to another customer.', 'invoice');
      if (invoice.currency !== currency)
        throw invalid('The currency of the invoice item must match the invoice.', 'currency');
    }
    const id = this.nextId('ii');
    const item: FakeInvoiceItem = {
      id,
      customer: customer.id,
      invoice: invoiceId ?? null,
      amount: integer(params.amount, 'amount', Number.MIN_SAFE_INTEGER) ?? 0,
      currency,
      description: text(params.description) ?? null,
      metadata: {},
      proration: false,
      date: this.now,
    };
    mergeMetadata(item.metadata, params.metadata);
    this.invoiceItems.set(id, item);
    return this.invoiceItemJson(item);
  }

  finalizeInvoice(id: string, params: FormParams): Wire<Stripe.Invoice> {
    onlyParams(params, ['auto_advance', 'expand']);
    const invoice = this.invoice(id);
    if (invoice.status !== 'draft')
      throw invalid("This invoice is already finalized, you can't re-finalize a non-draft invoice.");
    invoice.status = this.invoiceTotal(id) === 0 ? 'paid' : 'open';
    invoice.number = `FAKE-${id.slice(-6)}`;
    invoice.finalized_at = this.now;
    if (invoice.status === 'paid') invoice.paid_at = this.now;
    const autoAdvance = bool(params.auto_advance, 'auto_advance');
    if (autoAdvance !== undefined) invoice.auto_advance = autoAdvance;
    return this.invoiceJson(invoice);
  }

  payInvoice(id: string, params: FormParams): Wire<Stripe.Invoice> {
    onlyParams(params, ['payment_method', 'off_session', 'expand']);
    const invoice = this.invoice(id);
    if (invoice.status === 'paid') throw invalid('Invoice is already paid');
    if (invoice.status !== 'open') throw invalid(`You can only pay an open invoice; this one is ${invoice.status}.`);
    const paymentMethod =
      text(params.payment_method) ??
      invoice.default_payment_method ??
      this.customer(invoice.customer).defaultPaymentMethod;
    if (!paymentMethod) throw invalid('This customer has no attached payment source or default payment method.');
    invoice.attempt_count += 1;
    if (DECLINING_PAYMENT_METHODS.has(paymentMethod)) {
      throw new FakeStripeError(402, {
        type: 'card_error',
        code: 'card_declined',
        decline_code: paymentMethod.includes('Insufficient') ? 'insufficient_funds' : 'generic_decline',
        message: 'Your card was declined.',
      });
    }
    const amount = this.invoiceTotal(id);
    invoice.status = 'paid';
    invoice.paid_at = this.now;
    this.charges.push({ invoice: id, customer: invoice.customer, amount, currency: invoice.currency, paymentMethod });
    return this.invoiceJson(invoice);
  }

  voidInvoice(id: string): Wire<Stripe.Invoice> {
    const invoice = this.invoice(id);
    if (invoice.status !== 'open') throw invalid(`You can only void an open invoice; this one is ${invoice.status}.`);
    invoice.status = 'void';
    invoice.voided_at = this.now;
    return this.invoiceJson(invoice);
  }

  createSchedule(params: FormParams): Wire<Stripe.SubscriptionSchedule> {
    const from = text(params.from_subscription);
    if (!from) throw invalid('This fake only creates schedules from_subscription.', 'from_subscription');
    for (const key of Object.keys(params)) {
      if (key !== 'from_subscription' && key !== 'expand') {
        throw invalid(`You cannot set \`${key}\` if \`from_subscription\` is set.`, key);
      }
    }
    const subscription = this.subscription(from);
    if (subscription.schedule) {
      throw invalid(
        `You cannot migrate a subscription that is already attached to a schedule: \`${subscription.schedule}\`.`,
        'from_subscription',
      );
    }
    const id = this.nextId('sub_sched');
    this.schedules.set(id, {
      id,
      customer: subscription.customer,
      subscription: subscription.id,
      status: 'active',
      end_behavior: 'release',
      metadata: {},
      created: this.now,
      released_at: null,
      phases: [
        {
          start_date: subscription.current_period_start,
          end_date: subscription.current_period_end,
          items: subscription.items.map((item) => ({ price: item.price, quantity: item.quantity })),
          metadata: {},
        },
      ],
    });
    subscription.schedule = id;
    return this.scheduleJson(this.schedule(id));
  }

  updateSchedule(id: string, params: FormParams): Wire<Stripe.SubscriptionSchedule> {
    onlyParams(params, ['phases', 'end_behavior', 'metadata', 'proration_behavior', 'expand']);
    const schedule = this.schedule(id);
    if (schedule.status !== 'active')
      throw invalid(
        `You cannot update a subscription schedule that is currently in the \`${schedule.status}\` status.`,
      );
    const subscription = this.subscription(schedule.subscription);
    if (params.phases !== undefined) {
      const running = schedule.phases.find((phase) => phase.start_date <= this.now && this.now < phase.end_date);
      const phases: FakePhase[] = [];
      list(params.phases).forEach((raw, index) => {
        const entry = object(raw);
        const param = `phases[${index}]`;
        onlyParams(entry, [
          'start_date',
          'end_date',
          'duration',
          'items',
          'metadata',
          'proration_behavior',
          'discounts',
          'default_tax_rates',
          'trial_end',
        ]);
        const start = integer(entry.start_date, `${param}[start_date]`) ?? phases[index - 1]?.end_date;
        if (start === undefined) throw invalid('The first phase needs a start_date.', `${param}[start_date]`);
        if (index > 0 && start !== phases[index - 1]?.end_date)
          throw invalid('Phases must be contiguous.', `${param}[start_date]`);
        if (index === 0 && running && start !== running.start_date) {
          throw invalid('You can not modify the start date of the current phase.', `${param}[start_date]`);
        }
        const duration = object(entry.duration);
        const end =
          integer(entry.end_date, `${param}[end_date]`) ??
          (duration.interval
            ? addInterval(
                start,
                text(duration.interval) === 'year' ? 'year' : 'month',
                integer(duration.interval_count, `${param}[duration][interval_count]`, 1) ?? 1,
              )
            : undefined);
        if (end === undefined || end <= start)
          throw invalid('Each phase needs an end_date or a duration after its start.', `${param}[end_date]`);
        const items = list(entry.items).map((rawItem, itemIndex) => {
          const item = object(rawItem);
          const price = this.price(text(item.price) ?? '');
          return { price: price.id, quantity: integer(item.quantity, `${param}[items][${itemIndex}][quantity]`) ?? 1 };
        });
        if (items.length === 0) throw invalid('Each phase needs at least one item.', `${param}[items]`);
        const metadata: Record<string, string> = {};
        mergeMetadata(metadata, entry.metadata);
        phases.push({ start_date: start, end_date: end, items, metadata });
      });
      if (running && phases[0]?.start_date !== running.start_date)
        throw invalid('The phases must include the current phase.', 'phases');
      schedule.phases = [
        ...schedule.phases.filter((phase) => phase.end_date <= (phases[0]?.start_date ?? 0)),
        ...phases,
      ];
      const current = phases.find((phase) => phase.start_date <= this.now && this.now < phase.end_date);
      if (current) this.syncItems(subscription, current.items, text(params.proration_behavior) ?? 'create_prorations');
    }
    const endBehavior = text(params.end_behavior);
    if (endBehavior) schedule.end_behavior = endBehavior;
    mergeMetadata(schedule.metadata, params.metadata);
    return this.scheduleJson(schedule);
  }

  releaseSchedule(id: string, params: FormParams): Wire<Stripe.SubscriptionSchedule> {
    onlyParams(params, ['preserve_cancel_date', 'expand']);
    const schedule = this.schedule(id);
    if (schedule.status !== 'active')
      throw invalid(
        `You cannot release a subscription schedule that is currently in the \`${schedule.status}\` status.`,
      );
    this.endSchedule({ ...schedule, end_behavior: 'release' }, this.subscription(schedule.subscription));
    schedule.status = 'released';
    schedule.released_at = this.now;
    return this.scheduleJson(schedule);
  }

  retrieveSchedule(id: string): Wire<Stripe.SubscriptionSchedule> {
    return this.scheduleJson(this.schedule(id));
  }
}
