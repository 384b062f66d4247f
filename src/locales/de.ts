import { arithmeticMessages } from '../arithmeticMessages';
import type { BillingMessages } from '../messageTypes';
import { createPlural } from '../plural';

// German addresses customers with the formal "Sie", as German billing pages do. "Credits" and
// "Add-on" are the loanwords German software uses for them.
const plural = createPlural<'one'>('de');

/** German (Deutsch). */
export const messages: BillingMessages = {
  lang: 'de',
  upgradeCredits: 'Credits aufstocken',
  unitsLabel: ({ addOnName }) => `Einheiten für ${addOnName}`,
  increaseUnits: 'Einheiten erhöhen',
  decreaseUnits: 'Einheiten verringern',
  review: 'Überprüfen',
  confirmTitle: 'Add-on-Änderung bestätigen',
  updateAddOn: 'Add-on aktualisieren',
  cancel: 'Abbrechen',
  retry: 'Erneut versuchen',
  unitCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'Einheit', other: 'Einheiten' })}`,
  creditCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'Credit', other: 'Credits' })}`,
  userCount: ({ formatted }) => `${formatted} Benutzer`,
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount} / ${interval === 'month' ? 'Monat' : 'Jahr'}`,
  billingCycle: ({ interval }) => (interval === 'month' ? 'Monatlich' : 'Jährlich'),
  planHeading: 'Tarif',
  colon: ': ',
  cycleLabel: 'Abrechnungszeitraum',
  seatsLabel: 'Benutzer',
  renewsLabel: 'Verlängert sich am',
  endsLabel: 'Endet am',
  creditsHeading: 'Credit-Guthaben',
  creditsIncluded: 'Im Tarif enthalten',
  creditsAddOn: 'Aus Add-ons',
  creditsUsed: 'Verbraucht',
  creditsRemaining: 'Verbleibend',
  creditsResets: ({ date }) => `Wird am ${date} zurückgesetzt`,
  creditMeterLabel: 'In diesem Zeitraum verbrauchte Credits',
  addOnsHeading: 'Add-ons',
  addOnUnits: 'Einheiten',
  addOnCredits: 'Credits pro Zeitraum',
  addOnRecurring: 'Kosten',
  scheduledDecrease: ({ units, date }) => `Ändert sich am ${date} auf ${units}`,
  status: { active: 'Aktiv', trialing: 'Testphase', past_due: 'Zahlung überfällig', canceled: 'Gekündigt' },
  stateSentence: {
    active: ({ date }) =>
      `Ihr Tarif verlängert sich am ${date}. Sie können jetzt Credits hinzufügen oder sie ab dem nächsten Zeitraum reduzieren.`,
    trialing: ({ date }) =>
      `Ihre Testphase läuft bis zum ${date}. Credits, die Sie hinzufügen, werden sofort über Ihre hinterlegte Zahlungsmethode abgerechnet.`,
    past_due:
      'Ihre letzte Zahlung ist fehlgeschlagen. Credits können Sie erst wieder hinzufügen, wenn sie beglichen ist. Add-ons reduzieren oder eine geplante Änderung zurücknehmen können Sie weiterhin.',
    canceled:
      'Dieses Abonnement ist gekündigt, daher können seine Add-ons nicht geändert werden. Schließen Sie ein neues Abonnement ab, um Credits zu kaufen.',
    cancelAtPeriodEnd: ({ date }) =>
      `Ihr Abonnement endet am ${date}. Sie können weiterhin Credits hinzufügen, aber Add-ons enden an diesem Tag mit dem Abonnement.`,
    none: 'Sie haben noch kein Abonnement, daher gibt es keine Add-ons zu kaufen. Wählen Sie zuerst einen Tarif.',
  },
  loading: 'Ihr Abonnement wird geladen…',
  loadError: 'Ihr Abonnement konnte nicht geladen werden.',
  errorDetails: ({ detail }) => `Einzelheiten: ${detail}`,
  addOnMissing: 'Dieses Add-on ist in Ihrem Tarif nicht verfügbar.',
  newRecurring: 'Neue Kosten',
  estimateBadge: 'Schätzung',
  updatingQuote: 'Preis wird aktualisiert…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units}: ${recurring}. Jetzt fällig: ${dueNow}.`,
  unitsOutOfRange: ({ min, max }) => `Geben Sie eine ganze Zahl von ${min} bis ${max} ein.`,
  increaseNotAllowed: 'Credits können wieder hinzugefügt werden, sobald das Abonnement bezahlt ist.',
  changeNotAllowed: 'Dieses Abonnement ist gekündigt, daher können seine Add-ons nicht geändert werden.',
  nothingToChange: 'Das ist Ihr aktueller Stand. Wählen Sie eine andere Anzahl an Einheiten, um etwas zu ändern.',
  decreaseStarts: ({ date }) => `Gilt ab dem ${date}, dem Ende dieses Zeitraums. Es wird nichts erstattet.`,
  dueNow: 'Jetzt fällig',
  creditsNow: 'Jetzt hinzugefügte Credits',
  recurringCharge: 'Neue wiederkehrende Kosten',
  effectiveAt: 'Wirksam ab',
  effectiveNow: 'Sofort',
  changeSummary: ({ change, addOnName, from, to, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}: von ${from} auf ${to}, ab sofort.`;
      case 'decrease':
        return `${addOnName}: von ${from} auf ${to} am ${date}.`;
      case 'restore':
        return `${addOnName}: ${to} behalten und die geplante Änderung zurücknehmen.`;
      default:
        return `${addOnName}: keine Änderung.`;
    }
  },
  notesHeading: 'Gut zu wissen',
  noteNonRefundable: 'Add-ons sind nicht erstattungsfähig.',
  noteNoRollover: ({ interval }) =>
    interval === 'month'
      ? 'Credits werden jeden Monat zurückgesetzt und nicht in den nächsten Monat übertragen.'
      : 'Credits werden jedes Jahr zurückgesetzt und nicht in das nächste Jahr übertragen.',
  noteDecreaseWaits: ({ date }) =>
    `Es wird nichts erstattet und jetzt ändert sich nichts: Ihre aktuellen Credits bleiben Ihnen bis zum ${date} erhalten, dann gelten die neuen Einheiten.`,
  noteEndsWithSubscription: ({ date }) =>
    `Ihr Abonnement ist zum ${date} gekündigt, daher endet auch dieses Add-on an diesem Tag.`,
  noteChargedNow: ({ amount }) => `${amount} werden jetzt Ihrer hinterlegten Zahlungsmethode belastet.`,
  noteChargedNowProrated: ({ amount, full }) =>
    `${amount} werden jetzt Ihrer hinterlegten Zahlungsmethode belastet, anteilig für den Rest dieses Zeitraums (${full} für einen vollen Zeitraum).`,
  timelineHeading: 'Credits und Kosten im Zeitverlauf',
  timelinePeriod: ({ period, date }) => {
    switch (period) {
      case 'current':
        return `Jetzt bis ${date}`;
      case 'unchanged':
        return 'Keine Änderung';
      default:
        return `Ab ${date}`;
    }
  },
  timelineCreditsAdded: ({ credits }) => `${credits} jetzt hinzugefügt`,
  timelineChargedNow: ({ amount }) => `${amount} jetzt belastet`,
  timelineEnded: 'Endet mit Ihrem Abonnement: keine Credits, keine Kosten.',
  quoteRefreshed:
    'Der Preis war nicht mehr aktuell und wurde erneut geprüft. Überprüfen Sie die neuen Beträge und bestätigen Sie.',
  waitingForQuote: 'Endgültiger Preis wird ermittelt…',
  updating: 'Wird aktualisiert…',
  outcomeUnknown:
    'Wir konnten nicht bestätigen, ob die Änderung übernommen wurde. Ein erneuter Versuch führt nicht zu einer doppelten Belastung.',
  updated: ({ change, addOnName, units, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName} aktualisiert: Sie haben jetzt ${units}.`;
      case 'decrease':
        return `${addOnName} aktualisiert: ${units} ab dem ${date}.`;
      case 'restore':
        return `${addOnName} aktualisiert: Die geplante Änderung wurde zurückgenommen; Sie behalten ${units}.`;
      default:
        return `${addOnName} ist unverändert.`;
    }
  },
  errors: {
    network: 'Der Abrechnungsdienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    timeout: 'Der Abrechnungsdienst hat zu lange nicht geantwortet. Versuchen Sie es erneut.',
    aborted: 'Die Anfrage wurde abgebrochen.',
    unauthorized: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um die Abrechnung zu verwalten.',
    forbidden: 'Sie sind nicht berechtigt, die Abrechnung für dieses Konto zu verwalten.',
    not_found: 'Dieses Add-on oder Abonnement wurde nicht gefunden.',
    rate_limited: 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
    server: 'Beim Abrechnungsdienst ist ein Problem aufgetreten. Versuchen Sie es gleich noch einmal.',
    invalid_response: 'Der Abrechnungsdienst hat Daten gesendet, die wir nicht lesen konnten.',
    subscription_inactive: 'Das Abonnement ist nicht aktiv, daher können Add-ons nicht geändert werden.',
    invalid_units: 'Diese Anzahl an Einheiten ist nicht zulässig.',
    quote_expired: 'Der Preis war nicht mehr aktuell. Überprüfen Sie die neuen Beträge und bestätigen Sie erneut.',
    conflict:
      'Ihr Abonnement hat sich zwischenzeitlich geändert. Überprüfen Sie die neuen Beträge und bestätigen Sie erneut.',
    payment_failed:
      'Die Zahlung wurde abgelehnt, daher wurde nichts berechnet oder geändert. Aktualisieren Sie Ihre Zahlungsmethode und versuchen Sie es erneut.',
    invalid_request:
      'Der Abrechnungsdienst konnte diese Anfrage nicht annehmen. Laden Sie die Seite neu und versuchen Sie es erneut.',
    unexpected: 'Etwas ist unerwartet schiefgelaufen. Versuchen Sie es erneut.',
  },
};
