import { arithmeticMessages } from '../arithmeticMessages';
import type { BillingMessages } from '../messageTypes';
import { createPlural } from '../plural';

// French addresses customers with "vous"; an add-on is an "option", as on French plan pages.
// French counts 0 and 1 in the singular ("0 unité").
const plural = createPlural<'one'>('fr');

/** French (français). */
export const messages: BillingMessages = {
  lang: 'fr',
  upgradeCredits: 'Augmenter les crédits',
  unitsLabel: ({ addOnName }) => `Unités de ${addOnName}`,
  increaseUnits: 'Augmenter les unités',
  decreaseUnits: 'Réduire les unités',
  review: 'Vérifier',
  confirmTitle: 'Confirmer la modification de l’option',
  updateAddOn: 'Mettre à jour l’option',
  cancel: 'Annuler',
  retry: 'Réessayer',
  unitCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'unité', other: 'unités' })}`,
  creditCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'crédit', other: 'crédits' })}`,
  userCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'utilisateur', other: 'utilisateurs' })}`,
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount} / ${interval === 'month' ? 'mois' : 'an'}`,
  billingCycle: ({ interval }) => (interval === 'month' ? 'Mensuel' : 'Annuel'),
  planHeading: 'Forfait',
  colon: '\u00a0: ',
  cycleLabel: 'Cycle de facturation',
  seatsLabel: 'Utilisateurs',
  renewsLabel: 'Renouvellement le',
  endsLabel: 'Fin le',
  creditsHeading: 'Crédits',
  creditsIncluded: 'Inclus dans le forfait',
  creditsAddOn: 'Issus des options',
  creditsUsed: 'Utilisés',
  creditsRemaining: 'Restants',
  creditsResets: ({ date }) => `Réinitialisation le ${date}`,
  creditMeterLabel: 'Crédits utilisés sur cette période',
  addOnsHeading: 'Options',
  addOnUnits: 'Unités',
  addOnCredits: 'Crédits par période',
  addOnRecurring: 'Montant',
  scheduledDecrease: ({ units, date }) => `Passe à ${units} le ${date}`,
  status: { active: 'Actif', trialing: 'Essai', past_due: 'Paiement en retard', canceled: 'Résilié' },
  stateSentence: {
    active: ({ date }) =>
      `Votre forfait sera renouvelé le ${date}. Vous pouvez ajouter des crédits dès maintenant ou les réduire à partir de la prochaine période.`,
    trialing: ({ date }) =>
      `Vous bénéficiez d’un essai jusqu’au ${date}. Les crédits que vous ajoutez sont facturés immédiatement sur le moyen de paiement enregistré.`,
    past_due:
      'Votre dernier paiement n’a pas abouti : vous ne pourrez ajouter des crédits qu’une fois ce paiement réglé. Vous pouvez toujours réduire vos options ou annuler une modification programmée.',
    canceled:
      'Cet abonnement est résilié : ses options ne peuvent plus être modifiées. Souscrivez un nouvel abonnement pour acheter des crédits.',
    cancelAtPeriodEnd: ({ date }) =>
      `Votre abonnement prend fin le ${date}. Vous pouvez encore ajouter des crédits, mais les options prendront fin avec l’abonnement à cette date.`,
    none: 'Vous n’avez pas encore d’abonnement : il n’y a donc aucune option à acheter. Choisissez d’abord un forfait.',
  },
  loading: 'Chargement de votre abonnement…',
  loadError: 'Impossible de charger votre abonnement.',
  errorDetails: ({ detail }) => `Précisions : ${detail}`,
  addOnMissing: 'Cette option n’est pas proposée avec votre forfait.',
  newRecurring: 'Nouveau montant',
  estimateBadge: 'Estimation',
  updatingQuote: 'Mise à jour du prix…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units} : ${recurring}. À payer maintenant : ${dueNow}.`,
  unitsOutOfRange: ({ min, max }) => `Saisissez un nombre entier compris entre ${min} et ${max}.`,
  increaseNotAllowed: 'Vous pourrez de nouveau ajouter des crédits une fois l’abonnement réglé.',
  changeNotAllowed: 'Cet abonnement est résilié : ses options ne peuvent plus être modifiées.',
  nothingToChange:
    'C’est ce dont vous disposez actuellement. Choisissez un autre nombre d’unités pour effectuer une modification.',
  decreaseStarts: ({ date }) => `À partir du ${date}, à la fin de cette période. Rien n’est remboursé.`,
  dueNow: 'À payer maintenant',
  creditsNow: 'Crédits ajoutés maintenant',
  recurringCharge: 'Nouveau montant récurrent',
  effectiveAt: 'Prise d’effet',
  effectiveNow: 'Immédiate',
  changeSummary: ({ change, addOnName, from, to, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName} : de ${from} à ${to}, dès maintenant.`;
      case 'decrease':
        return `${addOnName} : de ${from} à ${to} le ${date}.`;
      case 'restore':
        return `${addOnName} : conserver ${to} et annuler la modification programmée.`;
      default:
        return `${addOnName} : aucune modification.`;
    }
  },
  notesHeading: 'Bon à savoir',
  noteNonRefundable: 'Les options ne sont pas remboursables.',
  noteNoRollover: ({ interval }) =>
    interval === 'month'
      ? 'Les crédits sont réinitialisés chaque mois et ne sont pas reportés sur le mois suivant.'
      : 'Les crédits sont réinitialisés chaque année et ne sont pas reportés sur l’année suivante.',
  noteDecreaseWaits: ({ date }) =>
    `Rien n’est remboursé et rien ne change maintenant : vous conservez vos crédits actuels jusqu’au ${date}, date à laquelle les nouvelles unités s’appliquent.`,
  noteEndsWithSubscription: ({ date }) =>
    `Votre abonnement est en cours de résiliation : cette option prendra fin avec lui le ${date}.`,
  noteChargedNow: ({ amount }) => `Un montant de ${amount} est débité maintenant sur le moyen de paiement enregistré.`,
  noteChargedNowProrated: ({ amount, full }) =>
    `Un montant de ${amount} est débité maintenant sur le moyen de paiement enregistré, au prorata du reste de cette période (${full} pour une période complète).`,
  timelineHeading: 'Crédits et montants dans le temps',
  timelinePeriod: ({ period, date }) => {
    switch (period) {
      case 'current':
        return `Maintenant jusqu’au ${date}`;
      case 'unchanged':
        return 'Aucun changement';
      default:
        return `À partir du ${date}`;
    }
  },
  timelineCreditsAdded: ({ credits }) => `Ajout immédiat : ${credits}`,
  timelineChargedNow: ({ amount }) => `Débité maintenant : ${amount}`,
  timelineEnded: 'Prend fin avec votre abonnement : ni crédits ni frais.',
  quoteRefreshed:
    'Le prix n’était plus à jour, il a donc été vérifié à nouveau. Vérifiez les nouveaux montants et confirmez.',
  waitingForQuote: 'Calcul du prix final…',
  updating: 'Mise à jour…',
  outcomeUnknown:
    'Nous n’avons pas pu confirmer si la modification a été appliquée. Si vous réessayez, vous ne serez pas débité deux fois.',
  updated: ({ change, addOnName, units, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName} : mise à jour effectuée, vous avez maintenant ${units}.`;
      case 'decrease':
        return `${addOnName} : mise à jour effectuée, ${units} à partir du ${date}.`;
      case 'restore':
        return `${addOnName} : mise à jour effectuée, la modification programmée est annulée ; vous conservez ${units}.`;
      default:
        return `${addOnName} : aucune modification.`;
    }
  },
  errors: {
    network: 'Impossible de joindre le service de facturation. Vérifiez votre connexion et réessayez.',
    timeout: 'Le service de facturation a mis trop de temps à répondre. Réessayez.',
    aborted: 'La requête a été annulée.',
    unauthorized: 'Votre session a expiré. Reconnectez-vous pour gérer la facturation.',
    forbidden: 'Vous n’avez pas l’autorisation de gérer la facturation de ce compte.',
    not_found: 'Cette option ou cet abonnement est introuvable.',
    rate_limited: 'Trop de requêtes. Patientez un instant, puis réessayez.',
    server: 'Le service de facturation a rencontré un problème. Réessayez dans un instant.',
    invalid_response: 'Le service de facturation a envoyé des données illisibles.',
    subscription_inactive: 'L’abonnement n’est pas actif : les options ne peuvent pas être modifiées.',
    invalid_units: 'Ce nombre d’unités n’est pas autorisé.',
    quote_expired: 'Le prix n’était plus à jour. Vérifiez les nouveaux montants et confirmez à nouveau.',
    conflict: 'Votre abonnement a été modifié entre-temps. Vérifiez les nouveaux montants et confirmez à nouveau.',
    payment_failed:
      'Le paiement a été refusé : rien n’a été débité ni modifié. Mettez à jour votre moyen de paiement et réessayez.',
    invalid_request: 'Le service de facturation n’a pas pu accepter cette requête. Rechargez la page et réessayez.',
    unexpected: 'Une erreur inattendue s’est produite. Réessayez.',
  },
};
