import { arithmeticMessages } from '../arithmeticMessages';
import type { BillingMessages } from '../messageTypes';
import { createPlural } from '../plural';

// Italian addresses customers with the formal "Lei"; an add-on is a "componente aggiuntivo".
const plural = createPlural<'one'>('it');

/** Italian (italiano). */
export const messages: BillingMessages = {
  lang: 'it',
  upgradeCredits: 'Aumenta crediti',
  unitsLabel: ({ addOnName }) => `Unità di ${addOnName}`,
  increaseUnits: 'Aumenta unità',
  decreaseUnits: 'Riduci unità',
  review: 'Verifica',
  confirmTitle: 'Conferma la modifica del componente aggiuntivo',
  updateAddOn: 'Aggiorna componente aggiuntivo',
  cancel: 'Annulla',
  retry: 'Riprova',
  // "unità" is the same in the singular and the plural.
  unitCount: ({ formatted }) => `${formatted} unità`,
  creditCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'credito', other: 'crediti' })}`,
  userCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'utente', other: 'utenti' })}`,
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount} / ${interval === 'month' ? 'mese' : 'anno'}`,
  billingCycle: ({ interval }) => (interval === 'month' ? 'Mensile' : 'Annuale'),
  planHeading: 'Piano',
  colon: ': ',
  cycleLabel: 'Ciclo di fatturazione',
  seatsLabel: 'Utenti',
  renewsLabel: 'Si rinnova il',
  endsLabel: 'Termina il',
  creditsHeading: 'Crediti',
  creditsIncluded: 'Inclusi nel piano',
  creditsAddOn: 'Dai componenti aggiuntivi',
  creditsUsed: 'Utilizzati',
  creditsRemaining: 'Rimanenti',
  creditsResets: ({ date }) => `Si azzerano il ${date}`,
  creditMeterLabel: 'Crediti utilizzati in questo periodo',
  addOnsHeading: 'Componenti aggiuntivi',
  addOnUnits: 'Unità',
  addOnCredits: 'Crediti per periodo',
  addOnRecurring: 'Importo',
  scheduledDecrease: ({ units, date }) => `Passa a ${units} il ${date}`,
  status: { active: 'Attivo', trialing: 'In prova', past_due: 'Pagamento scaduto', canceled: 'Annullato' },
  stateSentence: {
    active: ({ date }) =>
      `Il Suo piano si rinnova il ${date}. Può aggiungere crediti ora o ridurli a partire dal prossimo periodo.`,
    trialing: ({ date }) =>
      `È in prova fino al ${date}. I crediti che aggiunge vengono addebitati subito sul metodo di pagamento registrato.`,
    past_due:
      'L’ultimo pagamento non è andato a buon fine, quindi non può aggiungere crediti finché non viene saldato. Può comunque ridurre i componenti aggiuntivi o annullare una modifica programmata.',
    canceled:
      'Questo abbonamento è annullato, quindi i suoi componenti aggiuntivi non possono essere modificati. Sottoscriva un nuovo abbonamento per acquistare crediti.',
    cancelAtPeriodEnd: ({ date }) =>
      `Il Suo abbonamento termina il ${date}. Può ancora aggiungere crediti, ma i componenti aggiuntivi terminano con l’abbonamento in quella data.`,
    none: 'Non ha ancora un abbonamento, quindi non ci sono componenti aggiuntivi da acquistare. Scelga prima un piano.',
  },
  loading: 'Caricamento dell’abbonamento…',
  loadError: 'Impossibile caricare l’abbonamento.',
  errorDetails: ({ detail }) => `Dettagli: ${detail}`,
  addOnMissing: 'Questo componente aggiuntivo non è disponibile nel Suo piano.',
  newRecurring: 'Nuovo importo',
  estimateBadge: 'Stima',
  updatingQuote: 'Aggiornamento del prezzo…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units}: ${recurring}. Da pagare ora: ${dueNow}.`,
  unitsOutOfRange: ({ min, max }) => `Inserisca un numero intero da ${min} a ${max}.`,
  increaseNotAllowed: 'Potrà aggiungere di nuovo crediti quando l’abbonamento sarà in regola con i pagamenti.',
  changeNotAllowed:
    'Questo abbonamento è annullato, quindi i suoi componenti aggiuntivi non possono essere modificati.',
  nothingToChange: 'Questo è ciò che ha ora. Scelga un numero di unità diverso per apportare una modifica.',
  decreaseStarts: ({ date }) => `Decorre dal ${date}, alla fine di questo periodo. Non viene rimborsato nulla.`,
  dueNow: 'Da pagare ora',
  creditsNow: 'Crediti aggiunti ora',
  recurringCharge: 'Nuovo importo ricorrente',
  effectiveAt: 'Decorrenza',
  effectiveNow: 'Immediata',
  changeSummary: ({ change, addOnName, from, to, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}: da ${from} a ${to}, da subito.`;
      case 'decrease':
        return `${addOnName}: da ${from} a ${to} il ${date}.`;
      case 'restore':
        return `${addOnName}: mantenere ${to} e annullare la modifica programmata.`;
      default:
        return `${addOnName}: nessuna modifica.`;
    }
  },
  notesHeading: 'Da sapere',
  noteNonRefundable: 'I componenti aggiuntivi non sono rimborsabili.',
  noteNoRollover: ({ interval }) =>
    interval === 'month'
      ? 'I crediti si azzerano ogni mese e non passano al mese successivo.'
      : 'I crediti si azzerano ogni anno e non passano all’anno successivo.',
  noteDecreaseWaits: ({ date }) =>
    `Non viene rimborsato nulla e per ora non cambia nulla: mantiene i crediti attuali fino al ${date}, quando entrano in vigore le nuove unità.`,
  noteEndsWithSubscription: ({ date }) =>
    `Il Suo abbonamento è in fase di disdetta, quindi questo componente aggiuntivo termina con esso il ${date}.`,
  noteChargedNow: ({ amount }) => `Un importo di ${amount} viene addebitato ora sul metodo di pagamento registrato.`,
  noteChargedNowProrated: ({ amount, full }) =>
    `Un importo di ${amount} viene addebitato ora sul metodo di pagamento registrato, in proporzione al resto di questo periodo (${full} per un periodo intero).`,
  timelineHeading: 'Crediti e addebiti nel tempo',
  timelinePeriod: ({ period, date }) => {
    switch (period) {
      case 'current':
        return `Da ora fino al ${date}`;
      case 'unchanged':
        return 'Nessuna modifica';
      default:
        return `Dal ${date}`;
    }
  },
  timelineCreditsAdded: ({ credits }) => `Aggiunta immediata: ${credits}`,
  timelineChargedNow: ({ amount }) => `Addebito immediato: ${amount}`,
  timelineEnded: 'Termina con il Suo abbonamento: nessun credito, nessun addebito.',
  quoteRefreshed: 'Il prezzo non era aggiornato, quindi è stato ricontrollato. Verifichi i nuovi importi e confermi.',
  waitingForQuote: 'Calcolo del prezzo finale…',
  updating: 'Aggiornamento in corso…',
  outcomeUnknown:
    'Non è stato possibile confermare se la modifica è stata applicata. Se riprova, non Le verrà addebitato due volte.',
  updated: ({ change, addOnName, units, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}: aggiornamento completato, ora ha ${units}.`;
      case 'decrease':
        return `${addOnName}: aggiornamento completato, ${units} dal ${date}.`;
      case 'restore':
        return `${addOnName}: aggiornamento completato, la modifica programmata è stata annullata; mantiene ${units}.`;
      default:
        return `${addOnName}: nessuna modifica.`;
    }
  },
  errors: {
    network: 'Impossibile raggiungere il servizio di fatturazione. Controlli la connessione e riprovi.',
    timeout: 'Il servizio di fatturazione ha impiegato troppo tempo a rispondere. Riprovi.',
    aborted: 'La richiesta è stata annullata.',
    unauthorized: 'La sessione è scaduta. Acceda di nuovo per gestire la fatturazione.',
    forbidden: 'Non ha l’autorizzazione per gestire la fatturazione di questo account.',
    not_found: 'Impossibile trovare questo componente aggiuntivo o abbonamento.',
    rate_limited: 'Troppe richieste. Attenda un momento e riprovi.',
    server: 'Si è verificato un problema nel servizio di fatturazione. Riprovi tra un momento.',
    invalid_response: 'Il servizio di fatturazione ha inviato dati che non è stato possibile leggere.',
    subscription_inactive: 'L’abbonamento non è attivo, quindi i componenti aggiuntivi non possono essere modificati.',
    invalid_units: 'Questo numero di unità non è consentito.',
    quote_expired: 'Il prezzo non era aggiornato. Verifichi i nuovi importi e confermi di nuovo.',
    conflict: 'Nel frattempo il Suo abbonamento è cambiato. Verifichi i nuovi importi e confermi di nuovo.',
    payment_failed:
      'Il pagamento è stato rifiutato, quindi non è stato addebitato né modificato nulla. Aggiorni il metodo di pagamento e riprovi.',
    invalid_request:
      'Il servizio di fatturazione non ha potuto accettare questa richiesta. Ricarichi la pagina e riprovi.',
    unexpected: 'Si è verificato un errore imprevisto. Riprovi.',
  },
};
