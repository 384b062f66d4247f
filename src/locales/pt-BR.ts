import { arithmeticMessages } from '../arithmeticMessages';
import type { BillingMessages } from '../messageTypes';
import { createPlural } from '../plural';

// Brazilian Portuguese addresses customers with "você", the polite form of Brazilian product
// pages; an add-on is a "complemento". Portuguese counts 0 and 1 in the singular.
const plural = createPlural<'one'>('pt-BR');

/** Brazilian Portuguese (português do Brasil). */
export const messages: BillingMessages = {
  lang: 'pt-BR',
  upgradeCredits: 'Aumentar créditos',
  unitsLabel: ({ addOnName }) => `Unidades de ${addOnName}`,
  increaseUnits: 'Aumentar unidades',
  decreaseUnits: 'Diminuir unidades',
  review: 'Revisar',
  confirmTitle: 'Confirmar alteração do complemento',
  updateAddOn: 'Atualizar complemento',
  cancel: 'Cancelar',
  retry: 'Tentar novamente',
  unitCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'unidade', other: 'unidades' })}`,
  creditCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'crédito', other: 'créditos' })}`,
  userCount: ({ count, formatted }) => `${formatted} ${plural(count, { one: 'usuário', other: 'usuários' })}`,
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount} / ${interval === 'month' ? 'mês' : 'ano'}`,
  billingCycle: ({ interval }) => (interval === 'month' ? 'Mensal' : 'Anual'),
  planHeading: 'Plano',
  colon: ': ',
  cycleLabel: 'Ciclo de cobrança',
  seatsLabel: 'Usuários',
  renewsLabel: 'Renova em',
  endsLabel: 'Termina em',
  creditsHeading: 'Créditos',
  creditsIncluded: 'Incluídos no plano',
  creditsAddOn: 'De complementos',
  creditsUsed: 'Usados',
  creditsRemaining: 'Restantes',
  creditsResets: ({ date }) => `Zeram em ${date}`,
  creditMeterLabel: 'Créditos usados neste período',
  addOnsHeading: 'Complementos',
  addOnUnits: 'Unidades',
  addOnCredits: 'Créditos por período',
  addOnRecurring: 'Valor',
  scheduledDecrease: ({ units, date }) => `Muda para ${units} em ${date}`,
  status: { active: 'Ativa', trialing: 'Em teste', past_due: 'Pagamento em atraso', canceled: 'Cancelada' },
  stateSentence: {
    active: ({ date }) =>
      `Seu plano renova em ${date}. Você pode adicionar créditos agora ou reduzi-los a partir do próximo período.`,
    trialing: ({ date }) =>
      `Você está em período de teste até ${date}. Os créditos que você adicionar são cobrados agora na forma de pagamento cadastrada.`,
    past_due:
      'Seu último pagamento não foi concluído, então você não pode adicionar créditos até que ele seja quitado. Você ainda pode reduzir complementos ou cancelar uma alteração agendada.',
    canceled:
      'Esta assinatura está cancelada, então os complementos dela não podem ser alterados. Faça uma nova assinatura para comprar créditos.',
    cancelAtPeriodEnd: ({ date }) =>
      `Sua assinatura termina em ${date}. Você ainda pode adicionar créditos, mas os complementos terminam junto com a assinatura nessa data.`,
    none: 'Você ainda não tem uma assinatura, então não há complementos para comprar. Escolha um plano primeiro.',
  },
  loading: 'Carregando sua assinatura…',
  loadError: 'Não foi possível carregar sua assinatura.',
  errorDetails: ({ detail }) => `Detalhes: ${detail}`,
  addOnMissing: 'Este complemento não está disponível no seu plano.',
  newRecurring: 'Novo valor',
  estimateBadge: 'Estimativa',
  updatingQuote: 'Atualizando o preço…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units}: ${recurring}. A pagar agora: ${dueNow}.`,
  unitsOutOfRange: ({ min, max }) => `Digite um número inteiro de ${min} a ${max}.`,
  increaseNotAllowed: 'Você poderá adicionar créditos novamente quando a assinatura estiver em dia.',
  changeNotAllowed: 'Esta assinatura está cancelada, então os complementos dela não podem ser alterados.',
  nothingToChange: 'Isto é o que você tem agora. Escolha outro número de unidades para fazer uma alteração.',
  decreaseStarts: ({ date }) => `Começa em ${date}, no fim deste período. Nada é reembolsado.`,
  dueNow: 'A pagar agora',
  creditsNow: 'Créditos adicionados agora',
  recurringCharge: 'Novo valor recorrente',
  effectiveAt: 'Entra em vigor',
  effectiveNow: 'Imediatamente',
  changeSummary: ({ change, addOnName, from, to, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}: de ${from} para ${to}, a partir de agora.`;
      case 'decrease':
        return `${addOnName}: de ${from} para ${to} em ${date}.`;
      case 'restore':
        return `${addOnName}: manter ${to} e cancelar a alteração agendada.`;
      default:
        return `${addOnName}: nenhuma alteração.`;
    }
  },
  notesHeading: 'Bom saber',
  noteNonRefundable: 'Complementos não são reembolsáveis.',
  noteNoRollover: ({ interval }) =>
    interval === 'month'
      ? 'Os créditos são zerados todo mês e não passam para o mês seguinte.'
      : 'Os créditos são zerados todo ano e não passam para o ano seguinte.',
  noteDecreaseWaits: ({ date }) =>
    `Nada é reembolsado e nada muda agora: você mantém seus créditos atuais até ${date}, quando as novas unidades começam a valer.`,
  noteEndsWithSubscription: ({ date }) =>
    `Sua assinatura está sendo cancelada, então este complemento termina junto com ela em ${date}.`,
  noteChargedNow: ({ amount }) => `O valor de ${amount} é cobrado agora na forma de pagamento cadastrada.`,
  noteChargedNowProrated: ({ amount, full }) =>
    `O valor de ${amount} é cobrado agora na forma de pagamento cadastrada, proporcional ao restante deste período (${full} por um período completo).`,
  timelineHeading: 'Créditos e cobranças ao longo do tempo',
  timelinePeriod: ({ period, date }) => {
    switch (period) {
      case 'current':
        return `De agora até ${date}`;
      case 'unchanged':
        return 'Sem alteração';
      default:
        return `A partir de ${date}`;
    }
  },
  timelineCreditsAdded: ({ credits }) => `Adição imediata: ${credits}`,
  timelineChargedNow: ({ amount }) => `Cobrança imediata: ${amount}`,
  timelineEnded: 'Termina com a sua assinatura: sem créditos e sem cobranças.',
  quoteRefreshed: 'O preço estava desatualizado e foi verificado novamente. Revise os novos valores e confirme.',
  waitingForQuote: 'Obtendo o preço final…',
  updating: 'Atualizando…',
  outcomeUnknown:
    'Não foi possível confirmar se a alteração foi aplicada. Tentar novamente não vai gerar uma cobrança em dobro.',
  updated: ({ change, addOnName, units, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}: atualização concluída, agora você tem ${units}.`;
      case 'decrease':
        return `${addOnName}: atualização concluída, ${units} a partir de ${date}.`;
      case 'restore':
        return `${addOnName}: atualização concluída, a alteração agendada foi cancelada; você mantém ${units}.`;
      default:
        return `${addOnName}: nenhuma alteração.`;
    }
  },
  errors: {
    network: 'Não foi possível acessar o serviço de cobrança. Verifique sua conexão e tente novamente.',
    timeout: 'O serviço de cobrança demorou demais para responder. Tente novamente.',
    aborted: 'A solicitação foi cancelada.',
    unauthorized: 'Sua sessão expirou. Entre novamente para gerenciar a cobrança.',
    forbidden: 'Você não tem permissão para gerenciar a cobrança desta conta.',
    not_found: 'Este complemento ou assinatura não foi encontrado.',
    rate_limited: 'Muitas solicitações. Aguarde um momento e tente novamente.',
    server: 'O serviço de cobrança teve um problema. Tente novamente em instantes.',
    invalid_response: 'O serviço de cobrança enviou dados que não conseguimos ler.',
    subscription_inactive: 'A assinatura não está ativa, então os complementos não podem ser alterados.',
    invalid_units: 'Esse número de unidades não é permitido.',
    quote_expired: 'O preço estava desatualizado. Revise os novos valores e confirme novamente.',
    conflict: 'Sua assinatura mudou nesse meio-tempo. Revise os novos valores e confirme novamente.',
    payment_failed:
      'O pagamento foi recusado, então nada foi cobrado nem alterado. Atualize sua forma de pagamento e tente novamente.',
    invalid_request: 'O serviço de cobrança não pôde aceitar esta solicitação. Recarregue a página e tente novamente.',
    unexpected: 'Algo inesperado deu errado. Tente novamente.',
  },
};
