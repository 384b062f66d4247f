import { arithmeticMessages } from '../arithmeticMessages';
import type { BillingMessages } from '../messageTypes';
import { createPlural } from '../plural';

// Dutch addresses customers with the formal "u"; "credits" and "add-on" are the words Dutch
// software uses for them.
const plural = createPlural<'one'>('nl');

/** Dutch (Nederlands). */
export const messages: BillingMessages = {
  lang: 'nl',
  upgradeCredits: 'Credits bijkopen',
  unitsLabel: ({ addOnName }) => `Aantal eenheden ${addOnName}`,
  increaseUnits: 'Eenheden verhogen',
  decreaseUnits: 'Eenheden verlagen',
  review: 'Controleren',
  confirmTitle: 'Wijziging van add-on bevestigen',
  updateAddOn: 'Add-on bijwerken',
  cancel: 'Annuleren',
  retry: 'Opnieuw proberen',
  unitCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'eenheid', other: 'eenheden' })}`,
  creditCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'credit', other: 'credits' })}`,
  userCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'gebruiker', other: 'gebruikers' })}`,
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount} / ${interval === 'month' ? 'maand' : 'jaar'}`,
  billingCycle: ({ interval }) => (interval === 'month' ? 'Maandelijks' : 'Jaarlijks'),
  planHeading: 'Pakket',
  colon: ': ',
  cycleLabel: 'Factuurperiode',
  seatsLabel: 'Gebruikers',
  renewsLabel: 'Wordt verlengd op',
  endsLabel: 'Eindigt op',
  creditsHeading: 'Creditsaldo',
  creditsIncluded: 'Inbegrepen in pakket',
  creditsAddOn: 'Uit add-ons',
  creditsUsed: 'Gebruikt',
  creditsRemaining: 'Resterend',
  creditsResets: ({ date }) => `Wordt op ${date} opnieuw ingesteld`,
  creditMeterLabel: 'Credits gebruikt in deze periode',
  addOnsHeading: 'Add-ons',
  addOnUnits: 'Eenheden',
  addOnCredits: 'Credits per periode',
  addOnRecurring: 'Kosten',
  scheduledDecrease: ({ units, date }) => `Gaat op ${date} naar ${units}`,
  status: { active: 'Actief', trialing: 'Proefperiode', past_due: 'Betaling achterstallig', canceled: 'Opgezegd' },
  stateSentence: {
    active: ({ date }) =>
      `Uw pakket wordt verlengd op ${date}. U kunt nu credits toevoegen of ze vanaf de volgende periode verlagen.`,
    trialing: ({ date }) =>
      `U hebt een proefperiode tot ${date}. Credits die u toevoegt, worden direct afgeschreven van de geregistreerde betaalmethode.`,
    past_due:
      'Uw laatste betaling is niet gelukt, dus u kunt pas weer credits toevoegen als die is voldaan. U kunt wel add-ons verlagen of een geplande wijziging annuleren.',
    canceled:
      'Dit abonnement is opgezegd, dus de add-ons ervan kunnen niet worden gewijzigd. Neem een nieuw abonnement om credits te kopen.',
    cancelAtPeriodEnd: ({ date }) =>
      `Uw abonnement eindigt op ${date}. U kunt nog credits toevoegen, maar add-ons eindigen op die datum samen met het abonnement.`,
    none: 'U hebt nog geen abonnement, dus er zijn geen add-ons te koop. Kies eerst een pakket.',
  },
  loading: 'Uw abonnement wordt geladen…',
  loadError: 'Uw abonnement kon niet worden geladen.',
  errorDetails: ({ detail }) => `Bijzonderheden: ${detail}`,
  addOnMissing: 'Deze add-on wordt niet aangeboden bij uw pakket.',
  newRecurring: 'Nieuwe kosten',
  estimateBadge: 'Schatting',
  updatingQuote: 'Prijs wordt bijgewerkt…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units}: ${recurring}. Nu te betalen: ${dueNow}.`,
  unitsOutOfRange: ({ min, max }) => `Voer een geheel getal in van ${min} tot en met ${max}.`,
  increaseNotAllowed: 'U kunt weer credits toevoegen zodra het abonnement is betaald.',
  changeNotAllowed: 'Dit abonnement is opgezegd, dus de add-ons ervan kunnen niet worden gewijzigd.',
  nothingToChange: 'Dit is wat u nu hebt. Kies een ander aantal eenheden om iets te wijzigen.',
  decreaseStarts: ({ date }) => `Gaat in op ${date}, aan het einde van deze periode. Er wordt niets terugbetaald.`,
  dueNow: 'Nu te betalen',
  creditsNow: 'Nu toegevoegde credits',
  recurringCharge: 'Nieuwe terugkerende kosten',
  effectiveAt: 'Gaat in',
  effectiveNow: 'Direct',
  changeSummary: ({ change, addOnName, from, to, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}: van ${from} naar ${to}, vanaf nu.`;
      case 'decrease':
        return `${addOnName}: van ${from} naar ${to} op ${date}.`;
      case 'restore':
        return `${addOnName}: ${to} behouden en de geplande wijziging annuleren.`;
      default:
        return `${addOnName}: geen wijziging.`;
    }
  },
  notesHeading: 'Goed om te weten',
  noteNonRefundable: 'Add-ons worden niet terugbetaald.',
  noteNoRollover: ({ interval }) =>
    interval === 'month'
      ? 'Credits worden elke maand opnieuw ingesteld en worden niet meegenomen naar de volgende maand.'
      : 'Credits worden elk jaar opnieuw ingesteld en worden niet meegenomen naar het volgende jaar.',
  noteDecreaseWaits: ({ date }) =>
    `Er wordt niets terugbetaald en er verandert nu niets: u houdt uw huidige credits tot ${date}, wanneer de nieuwe eenheden ingaan.`,
  noteEndsWithSubscription: ({ date }) =>
    `Uw abonnement is opgezegd per ${date}, dus deze add-on eindigt op die datum samen met het abonnement.`,
  noteChargedNow: ({ amount }) => `${amount} wordt nu afgeschreven van de geregistreerde betaalmethode.`,
  noteChargedNowProrated: ({ amount, full }) =>
    `${amount} wordt nu afgeschreven van de geregistreerde betaalmethode, naar rato voor de rest van deze periode (${full} voor een volledige periode).`,
  timelineHeading: 'Credits en kosten in de tijd',
  timelinePeriod: ({ period, date }) => {
    switch (period) {
      case 'current':
        return `Nu tot ${date}`;
      case 'unchanged':
        return 'Geen wijziging';
      default:
        return `Vanaf ${date}`;
    }
  },
  timelineCreditsAdded: ({ credits }) => `Nu toegevoegd: ${credits}`,
  timelineChargedNow: ({ amount }) => `Nu afgeschreven: ${amount}`,
  timelineEnded: 'Eindigt met uw abonnement: geen credits, geen kosten.',
  quoteRefreshed:
    'De prijs was verouderd en is daarom opnieuw gecontroleerd. Controleer de nieuwe bedragen en bevestig.',
  waitingForQuote: 'Definitieve prijs wordt opgehaald…',
  updating: 'Wordt bijgewerkt…',
  outcomeUnknown:
    'We konden niet bevestigen of de wijziging is doorgevoerd. Als u het opnieuw probeert, wordt er niet twee keer afgeschreven.',
  updated: ({ change, addOnName, units, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName} bijgewerkt: u hebt nu ${units}.`;
      case 'decrease':
        return `${addOnName} bijgewerkt: ${units} vanaf ${date}.`;
      case 'restore':
        return `${addOnName} bijgewerkt: de geplande wijziging is geannuleerd; u houdt ${units}.`;
      default:
        return `${addOnName} is ongewijzigd.`;
    }
  },
  errors: {
    network: 'De factureringsdienst is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    timeout: 'De factureringsdienst deed er te lang over om te antwoorden. Probeer het opnieuw.',
    aborted: 'Het verzoek is geannuleerd.',
    unauthorized: 'Uw sessie is verlopen. Meld u opnieuw aan om de facturering te beheren.',
    forbidden: 'U hebt geen toestemming om de facturering voor dit account te beheren.',
    not_found: 'Deze add-on of dit abonnement is niet gevonden.',
    rate_limited: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
    server: 'Er is een probleem bij de factureringsdienst. Probeer het zo opnieuw.',
    invalid_response: 'De factureringsdienst heeft gegevens verzonden die we niet konden lezen.',
    subscription_inactive: 'Het abonnement is niet actief, dus add-ons kunnen niet worden gewijzigd.',
    invalid_units: 'Dat aantal eenheden is niet toegestaan.',
    quote_expired: 'De prijs was verouderd. Controleer de nieuwe bedragen en bevestig opnieuw.',
    conflict: 'Uw abonnement is intussen gewijzigd. Controleer de nieuwe bedragen en bevestig opnieuw.',
    payment_failed:
      'De betaling is geweigerd, dus er is niets afgeschreven of gewijzigd. Werk uw betaalmethode bij en probeer het opnieuw.',
    invalid_request:
      'De factureringsdienst kon dit verzoek niet accepteren. Laad de pagina opnieuw en probeer het nogmaals.',
    unexpected: 'Er is iets onverwachts misgegaan. Probeer het opnieuw.',
  },
};
