import type Stripe from 'stripe';
import { throwIfAborted } from '../../core/adapters/memory';
import { BillingError, isBillingError } from '../../core/errors';
import { httpFailure } from '../../core/httpStatus';
import { findAddOn, type QuoteTerms, quoteTerms } from '../../core/policy';
import type { AdapterCallOptions, Subscription, UpdateAddOnRequest } from '../../core/types';
import { createQuoteSigner, type QuotePins, quoteStateOf } from '../quoteToken';
import type { BillingBackend, BillingCustomer } from '../types';
import { applyIncrease } from './applyIncrease';
import { assertCatalog, type StripeCatalog } from './catalog';
import type { ChangeContext } from './changeContext';
import { mapSubscription, missingAddOnPrices, type StripeView } from './mapSubscription';
import { PRORATION_DATE_PIN, previewProration, prorateIncrease } from './prorateIncrease';
import { replayAnswer } from './replayAnswer';
import { restoreAddOn } from './restoreAddOn';
import { StripeSetupError } from './StripeSetupError';
import { scheduleDecrease } from './scheduleDecrease';
import { settleUnfinished } from './settleUnfinished';
import { fromStripeError, paymentFailed } from './stripeErrors';
import { type UpdateKeys, updateKeys } from './updateKeys';
import { MARKS_METADATA_KEY, readMarks, startMark, type UpdateMark, writeMarks } from './updateMarks';

/** Options of `createStripeBackend` (contract section 7). */
export interface StripeBackendOptions {
  /** The host's stripe-node client (`new Stripe(secretKey)`); stripe is an optional peer dependency. */
  stripe: Stripe;
  /** Signs quote ids: at least 32 random bytes, kept on the server (e.g. `openssl rand -base64 48`). */
  secret: string;
  /** Which Stripe prices are plans and which are add-ons, keyed by Stripe price id. */
  catalog: StripeCatalog;
  /** The Stripe customer id of one of the host's customers; default: the customerId itself. */
  customerFor?: (customerId: string) => string | Promise<string>;
  /** Credits the customer used this period (the host counts them, e.g. from its webhooks); default 0. */
  usedCredits?: (customerId: string) => number | Promise<number>;
  /** How long a quote can be applied. Default 600 (10 minutes). */
  quoteTtlSeconds?: number;
  /** The clock for quote expiry; default: the system clock. */
  now?: () => Date;
  /**
   * Charge an increase Stripe's prorated amount for the rest of the period (a preview of the
   * subscription update, its proration date pinned in the quote) instead of the policy's full
   * price; the credits are still granted in full. Default `false`: due in full now (section 2).
   */
  proration?: boolean;
}

// An update started under a key is finished on a retry only while Stripe still replays its calls
// under the same idempotency keys (24 hours); later, finishing it could charge a second time.
const RESUME_WINDOW_MINUTES = 23 * 60;

/** The customer's newest subscription that is not `incomplete_expired` (Stripe lists newest first). */
async function newestSubscription(stripe: Stripe, customer: string): Promise<Stripe.Subscription | null> {
  for await (const subscription of stripe.subscriptions.list({
    customer,
    status: 'all',
    limit: 10,
    expand: ['data.schedule'],
  })) {
    if (subscription.status !== 'incomplete_expired') return subscription;
  }
  return null;
}

/**
 * A decrease on a subscription that ends at the period end has nothing to lower: the add-ons end
 * with it. Stripe would carry it as a schedule, and a schedule would take over (and could undo)
 * the cancellation, so it is refused rather than risk billing a customer who cancelled.
 */
function refuseDecreaseWhenEnding(view: StripeView | null, terms: QuoteTerms): void {
  if (terms.change === 'decrease' && view?.subscription.cancelAtPeriodEnd) {
    throw new BillingError(
      'subscription_inactive',
      'This subscription ends at the end of the period, and its add-ons with it: there is nothing to decrease.',
    );
  }
}

const keyAlreadyUsed = () =>
  httpFailure('conflict', 'This confirmation was already used for a different change. Review it again.');

/**
 * A `BillingBackend` over Stripe Billing: reads the customer's Stripe subscription through the
 * catalog, prices changes by the policy of section 2, and applies them so that an increase is
 * charged once, in full, before the units rise; a decrease waits for the period end; a retried
 * update replays instead of charging again.
 */
export function createStripeBackend(options: StripeBackendOptions): BillingBackend {
  const { stripe, catalog } = options;
  if (!stripe || typeof stripe !== 'object')
    throw new TypeError('createStripeBackend: pass your Stripe client as `stripe`.');
  assertCatalog(catalog);
  const now = options.now ?? (() => new Date());
  const signer = createQuoteSigner({ secret: options.secret, ttlSeconds: options.quoteTtlSeconds ?? 600, now });
  // Stripe prices never change their amount or interval, so one read per process is enough.
  const prices = new Map<string, Promise<Stripe.Price>>();

  const priceOf = (priceId: string): Promise<Stripe.Price> => {
    let price = prices.get(priceId);
    if (!price) {
      price = stripe.prices.retrieve(priceId);
      price.catch(() => prices.delete(priceId));
      prices.set(priceId, price);
    }
    return price;
  };

  async function usedCreditsOf(customerId: string): Promise<number> {
    const used = (await options.usedCredits?.(customerId)) ?? 0;
    if (!Number.isSafeInteger(used) || used < 0) {
      throw new StripeSetupError(`usedCredits("${customerId}") must give a whole number >= 0, got ${String(used)}.`);
    }
    return used;
  }

  async function load(customer: BillingCustomer): Promise<StripeView | null> {
    const stripeCustomer = options.customerFor ? await options.customerFor(customer.customerId) : customer.customerId;
    const subscription = await newestSubscription(stripe, stripeCustomer);
    if (!subscription) return null;
    const missing = missingAddOnPrices(subscription, catalog);
    const [used, fetched] = await Promise.all([
      usedCreditsOf(customer.customerId),
      Promise.all(missing.map(async (priceId) => [priceId, await priceOf(priceId)] as const)),
    ]);
    return mapSubscription(subscription, catalog, new Map(fetched), used);
  }

  /** Errors from Stripe become the contract's; ours pass through. */
  async function guarded<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw fromStripeError(error);
    }
  }

  async function setMark(view: StripeView, mark: UpdateMark, keys: UpdateKeys, step: string): Promise<void> {
    const marks = readMarks(view.stripeSubscription.metadata);
    await stripe.subscriptions.update(
      view.stripeSubscription.id,
      { metadata: { [MARKS_METADATA_KEY]: writeMarks(marks, mark) } },
      { idempotencyKey: keys.stripe(step) },
    );
  }

  async function apply(context: ChangeContext, pinned: QuotePins): Promise<void> {
    const prorationDate = pinned[PRORATION_DATE_PIN];
    switch (context.terms.change) {
      case 'increase':
        // The quote decides, not the option: a quote priced before the host changed it is applied as priced.
        return prorationDate === undefined ? applyIncrease(context) : prorateIncrease(context, prorationDate);
      case 'decrease':
        return scheduleDecrease(context);
      case 'restore':
        return restoreAddOn(context);
      default:
        return;
    }
  }

  const withinResumeWindow = (mark: UpdateMark) =>
    Math.floor(now().getTime() / 60_000) - mark.startedAt <= RESUME_WINDOW_MINUTES;

  /**
   * The terms to apply and what the quote pinned: checked in full for a new update, by signature
   * only when finishing one already started.
   */
  async function termsFor(
    request: UpdateAddOnRequest,
    view: StripeView | null,
    started: UpdateMark | undefined,
  ): Promise<{ terms: QuoteTerms; pinned: QuotePins }> {
    if (!started) return signer.read(request.quoteId, request, quoteStateOf(view?.subscription ?? null));
    if (!withinResumeWindow(started)) {
      throw httpFailure(
        'conflict',
        'This change was confirmed over a day ago and cannot be finished now. Reload and review it again.',
      );
    }
    return signer.read(request.quoteId, request);
  }

  /** Finishes paid increases other keys left unapplied; the view as it then is. */
  async function settle(customer: BillingCustomer, view: StripeView, keys: UpdateKeys): Promise<StripeView> {
    const unfinished = readMarks(view.stripeSubscription.metadata).filter(
      (mark) => mark.status === 'started' && mark.key !== keys.mark && withinResumeWindow(mark),
    );
    const settled = await settleUnfinished(stripe, view, unfinished, keys.stripe('settle-marks'));
    return settled ? ((await load(customer)) ?? view) : view;
  }

  async function updateAddOn(customer: BillingCustomer, request: UpdateAddOnRequest): Promise<Subscription> {
    const keys = await updateKeys(customer.customerId, request);
    const read = await load(customer);
    const existing = read
      ? readMarks(read.stripeSubscription.metadata).find((mark) => mark.key === keys.mark)
      : undefined;
    if (existing && existing.request !== keys.request) throw keyAlreadyUsed();
    if (existing?.status === 'done' && read) return replayAnswer(read.subscription, request.addOnId, existing);
    if (existing?.status === 'failed') throw paymentFailed();
    // A new update first finishes what others paid for: its quote, priced before that, then answers conflict.
    const view = read && !existing ? await settle(customer, read, keys) : read;
    const started = existing?.status === 'started' ? existing : undefined;
    const { terms, pinned } = await termsFor(request, view, started);
    if (!view) throw new BillingError('subscription_inactive', 'There is no subscription to add credits to.');
    if (terms.change === 'none') return view.subscription;
    if (!started) refuseDecreaseWhenEnding(view, terms);
    const binding = view.addOns.find((candidate) => candidate.addOn.id === terms.addOnId);
    if (!binding) throw new BillingError('not_found', `There is no add-on "${terms.addOnId}" on this plan.`);
    const mark = started ?? startMark(keys, now());
    if (!started) await setMark(view, mark, keys, 'mark-started');
    try {
      await apply({ stripe, view, binding, terms, keys }, pinned);
    } catch (error) {
      const failure = fromStripeError(error);
      if (isBillingError(failure) && failure.code === 'payment_failed') {
        await setMark(view, { ...mark, status: 'failed' }, keys, 'mark-failed');
      }
      throw failure;
    }
    const updated = await load(customer);
    if (!updated) throw new BillingError('server', 'The subscription could not be read after the change.');
    const { units, scheduledUnits } = findAddOn(updated.subscription, terms.addOnId);
    await setMark(updated, { ...mark, status: 'done', result: { units, scheduledUnits } }, keys, 'mark-done');
    return updated.subscription;
  }

  return {
    async getSubscription(customer, callOptions?: AdapterCallOptions) {
      throwIfAborted(callOptions?.signal);
      return guarded(async () => (await load(customer))?.subscription ?? null);
    },

    async quoteAddOn(customer, request, callOptions) {
      throwIfAborted(callOptions?.signal);
      return guarded(async () => {
        const view = await load(customer);
        const subscription = view?.subscription ?? null;
        const terms = quoteTerms(subscription, request, now());
        refuseDecreaseWhenEnding(view, terms);
        const state = quoteStateOf(subscription);
        const binding = view?.addOns.find((candidate) => candidate.addOn.id === terms.addOnId);
        if (!options.proration || terms.change !== 'increase' || !view || !binding) return signer.sign(terms, state);
        // Stripe prorates from this second; the update passes it again so it charges this very amount.
        const prorationDate = Math.floor(now().getTime() / 1000);
        const amount = await previewProration({ stripe, view, binding }, terms.units, prorationDate);
        const prorated = { ...terms, dueNow: { ...terms.dueNow, amount } };
        return signer.sign(prorated, state, { [PRORATION_DATE_PIN]: prorationDate });
      });
    },

    // The signal is honoured only before anything is written: stopping between the payment and the
    // raise would leave the customer charged for units they do not have until a retry.
    async updateAddOn(customer, request, callOptions) {
      throwIfAborted(callOptions?.signal);
      return guarded(() => updateAddOn(customer, request));
    },
  };
}
