import { arithmeticMessages } from '../arithmeticMessages';
import type { BillingMessages } from '../messageTypes';
import { createPlural } from '../plural';

// Spanish addresses customers with "usted"; an add-on is a "complemento".
const plural = createPlural<'one'>('es');

/** Spanish (español). */
export const messages: BillingMessages = {
  lang: 'es',
  upgradeCredits: 'Ampliar créditos',
  unitsLabel: ({ addOnName }) => `Unidades de ${addOnName}`,
  increaseUnits: 'Aumentar unidades',
  decreaseUnits: 'Reducir unidades',
  review: 'Revisar',
  confirmTitle: 'Confirmar el cambio del complemento',
  updateAddOn: 'Actualizar complemento',
  cancel: 'Cancelar',
  retry: 'Reintentar',
  unitCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'unidad', other: 'unidades' })}`,
  creditCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'crédito', other: 'créditos' })}`,
  userCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'usuario', other: 'usuarios' })}`,
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount} / ${interval === 'month' ? 'mes' : 'año'}`,
  billingCycle: ({ interval }) => (interval === 'month' ? 'Mensual' : 'Anual'),
  planHeading: 'Plan',
  colon: ': ',
  cycleLabel: 'Ciclo de facturación',
  seatsLabel: 'Usuarios',
  renewsLabel: 'Se renueva el',
  endsLabel: 'Finaliza el',
  creditsHeading: 'Créditos',
  creditsIncluded: 'Incluidos en el plan',
  creditsAddOn: 'De complementos',
  creditsUsed: 'Usados',
  creditsRemaining: 'Restantes',
  creditsResets: ({ date }) => `Se restablecen el ${date}`,
  creditMeterLabel: 'Créditos usados en este período',
  addOnsHeading: 'Complementos',
  addOnUnits: 'Unidades',
  addOnCredits: 'Créditos por período',
  addOnRecurring: 'Importe',
  scheduledDecrease: ({ units, date }) => `Cambia a ${units} el ${date}`,
  status: { active: 'Activa', trialing: 'De prueba', past_due: 'Pago vencido', canceled: 'Cancelada' },
  stateSentence: {
    active: ({ date }) =>
      `Su plan se renueva el ${date}. Puede añadir créditos ahora o reducirlos a partir del próximo período.`,
    trialing: ({ date }) =>
      `Está en un período de prueba hasta el ${date}. Los créditos que añada se cobran ahora al método de pago registrado.`,
    past_due:
      'Su último pago no se completó, así que no puede añadir créditos hasta que se abone. Aún puede reducir complementos o cancelar un cambio programado.',
    canceled:
      'Esta suscripción está cancelada, así que sus complementos no se pueden cambiar. Contrate una nueva suscripción para comprar créditos.',
    cancelAtPeriodEnd: ({ date }) =>
      `Su suscripción finaliza el ${date}. Aún puede añadir créditos, pero los complementos finalizan con la suscripción en esa fecha.`,
    none: 'Aún no tiene una suscripción, así que no hay complementos que comprar. Elija primero un plan.',
  },
  loading: 'Cargando su suscripción…',
  loadError: 'No se pudo cargar su suscripción.',
  errorDetails: ({ detail }) => `Detalles: ${detail}`,
  addOnMissing: 'Este complemento no está disponible en su plan.',
  newRecurring: 'Nuevo importe',
  estimateBadge: 'Estimación',
  updatingQuote: 'Actualizando el precio…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units}: ${recurring}. A pagar ahora: ${dueNow}.`,
  unitsOutOfRange: ({ min, max }) => `Introduzca un número entero del ${min} al ${max}.`,
  increaseNotAllowed: 'Podrá volver a añadir créditos cuando la suscripción esté al corriente de pago.',
  changeNotAllowed: 'Esta suscripción está cancelada, así que sus complementos no se pueden cambiar.',
  nothingToChange: 'Esto es lo que tiene ahora. Elija otro número de unidades para hacer un cambio.',
  decreaseStarts: ({ date }) => `Empieza el ${date}, al final de este período. No se reembolsa nada.`,
  dueNow: 'A pagar ahora',
  creditsNow: 'Créditos añadidos ahora',
  recurringCharge: 'Nuevo importe recurrente',
  effectiveAt: 'Entra en vigor',
  effectiveNow: 'De inmediato',
  changeSummary: ({ change, addOnName, from, to, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}: de ${from} a ${to}, a partir de ahora.`;
      case 'decrease':
        return `${addOnName}: de ${from} a ${to} el ${date}.`;
      case 'restore':
        return `${addOnName}: mantener ${to} y cancelar el cambio programado.`;
      default:
        return `${addOnName}: sin cambios.`;
    }
  },
  notesHeading: 'A tener en cuenta',
  noteNonRefundable: 'Los complementos no son reembolsables.',
  noteNoRollover: ({ interval }) =>
    interval === 'month'
      ? 'Los créditos se restablecen cada mes y no se acumulan para el mes siguiente.'
      : 'Los créditos se restablecen cada año y no se acumulan para el año siguiente.',
  noteDecreaseWaits: ({ date }) =>
    `No se reembolsa nada y nada cambia ahora: conserva sus créditos actuales hasta el ${date}, cuando empiezan las nuevas unidades.`,
  noteEndsWithSubscription: ({ date }) =>
    `Su suscripción se va a cancelar, así que este complemento finaliza con ella el ${date}.`,
  noteChargedNow: ({ amount }) => `Se cobra ahora un importe de ${amount} al método de pago registrado.`,
  noteChargedNowProrated: ({ amount, full }) =>
    `Se cobra ahora un importe de ${amount} al método de pago registrado, prorrateado por el resto de este período (${full} por un período completo).`,
  timelineHeading: 'Créditos y cargos en el tiempo',
  timelinePeriod: ({ period, date }) => {
    switch (period) {
      case 'current':
        return `Desde ahora hasta el ${date}`;
      case 'unchanged':
        return 'Sin cambios';
      default:
        return `Desde el ${date}`;
    }
  },
  timelineCreditsAdded: ({ credits }) => `Se añaden ahora: ${credits}`,
  timelineChargedNow: ({ amount }) => `Se cobra ahora: ${amount}`,
  timelineEnded: 'Finaliza con su suscripción: sin créditos ni cargos.',
  quoteRefreshed:
    'El precio estaba desactualizado, así que se ha comprobado de nuevo. Revise los nuevos importes y confirme.',
  waitingForQuote: 'Obteniendo el precio final…',
  updating: 'Actualizando…',
  outcomeUnknown:
    'No hemos podido confirmar si el cambio se aplicó. Si lo intenta de nuevo, no se le cobrará dos veces.',
  updated: ({ change, addOnName, units, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}: actualización completada, ahora tiene ${units}.`;
      case 'decrease':
        return `${addOnName}: actualización completada, ${units} a partir del ${date}.`;
      case 'restore':
        return `${addOnName}: actualización completada, se canceló el cambio programado y conserva ${units}.`;
      default:
        return `${addOnName}: sin cambios.`;
    }
  },
  errors: {
    network: 'No se pudo conectar con el servicio de facturación. Compruebe su conexión e inténtelo de nuevo.',
    timeout: 'El servicio de facturación tardó demasiado en responder. Inténtelo de nuevo.',
    aborted: 'La solicitud se canceló.',
    unauthorized: 'Su sesión ha caducado. Vuelva a iniciar sesión para gestionar la facturación.',
    forbidden: 'No tiene permiso para gestionar la facturación de esta cuenta.',
    not_found: 'No se encontró este complemento o suscripción.',
    rate_limited: 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
    server: 'El servicio de facturación tuvo un problema. Inténtelo de nuevo en un momento.',
    invalid_response: 'El servicio de facturación envió datos que no pudimos leer.',
    subscription_inactive: 'La suscripción no está activa, así que los complementos no se pueden cambiar.',
    invalid_units: 'Ese número de unidades no está permitido.',
    quote_expired: 'El precio estaba desactualizado. Revise los nuevos importes y vuelva a confirmar.',
    conflict: 'Su suscripción ha cambiado mientras tanto. Revise los nuevos importes y vuelva a confirmar.',
    payment_failed:
      'El pago se rechazó, así que no se cobró ni se cambió nada. Actualice su método de pago e inténtelo de nuevo.',
    invalid_request:
      'El servicio de facturación no pudo aceptar esta solicitud. Vuelva a cargar la página e inténtelo de nuevo.',
    unexpected: 'Se produjo un error inesperado. Inténtelo de nuevo.',
  },
};
