import { arithmeticMessages } from '../arithmeticMessages';
import type { BillingMessages } from '../messageTypes';

// Korean in the polite 합니다/하세요 style of Korean billing pages. Korean nouns have one form for
// every count, so counts need no plural rules; sentences are built so that no particle follows a
// value (a particle's form depends on how the value ends when read aloud).

/** Korean (한국어). */
export const messages: BillingMessages = {
  lang: 'ko',
  upgradeCredits: '크레딧 추가',
  unitsLabel: ({ addOnName }) => `${addOnName} 단위 수`,
  increaseUnits: '단위 늘리기',
  decreaseUnits: '단위 줄이기',
  review: '검토',
  confirmTitle: '애드온 변경 확인',
  updateAddOn: '애드온 업데이트',
  cancel: '취소',
  retry: '다시 시도',
  unitCount: ({ formatted }) => `${formatted}단위`,
  creditCount: ({ formatted }) => `${formatted}크레딧`,
  userCount: ({ formatted }) => `사용자 ${formatted}명`,
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount}/${interval === 'month' ? '월' : '년'}`,
  billingCycle: ({ interval }) => (interval === 'month' ? '월간' : '연간'),
  planHeading: '요금제',
  colon: ': ',
  cycleLabel: '결제 주기',
  seatsLabel: '사용자',
  renewsLabel: '갱신일',
  endsLabel: '종료일',
  creditsHeading: '크레딧',
  creditsIncluded: '요금제 포함',
  creditsAddOn: '애드온 제공',
  creditsUsed: '사용량',
  creditsRemaining: '잔여',
  creditsResets: ({ date }) => `${date}에 초기화됩니다`,
  creditMeterLabel: '이번 기간에 사용한 크레딧',
  addOnsHeading: '애드온',
  addOnUnits: '단위 수',
  addOnCredits: '기간당 크레딧',
  addOnRecurring: '요금',
  scheduledDecrease: ({ units, date }) => `${date}부터 ${units} 적용 예정`,
  status: { active: '활성', trialing: '체험 중', past_due: '결제 연체', canceled: '취소됨' },
  stateSentence: {
    active: ({ date }) => `요금제는 ${date}에 갱신됩니다. 지금 크레딧을 추가하거나 다음 기간부터 줄일 수 있습니다.`,
    trialing: ({ date }) =>
      `${date}까지 체험 기간입니다. 추가하는 크레딧의 요금은 등록된 결제 수단으로 즉시 청구됩니다.`,
    past_due:
      '최근 결제가 처리되지 않아 결제가 완료될 때까지 크레딧을 추가할 수 없습니다. 애드온을 줄이거나 예약된 변경을 취소하는 것은 계속 가능합니다.',
    canceled: '이 구독은 취소되어 애드온을 변경할 수 없습니다. 크레딧을 구매하려면 새 구독을 시작하세요.',
    cancelAtPeriodEnd: ({ date }) =>
      `구독이 ${date}에 종료됩니다. 크레딧은 계속 추가할 수 있지만, 애드온은 그날 구독과 함께 종료됩니다.`,
    none: '아직 구독이 없어 구매할 수 있는 애드온이 없습니다. 먼저 요금제를 선택하세요.',
  },
  loading: '구독 정보를 불러오는 중…',
  loadError: '구독 정보를 불러오지 못했습니다.',
  errorDetails: ({ detail }) => `세부 정보: ${detail}`,
  addOnMissing: '이 애드온은 현재 요금제에서 제공되지 않습니다.',
  newRecurring: '새 요금',
  estimateBadge: '예상',
  updatingQuote: '가격 업데이트 중…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units}: ${recurring}. 지금 결제할 금액: ${dueNow}.`,
  unitsOutOfRange: ({ min, max }) => `${min}~${max} 사이의 정수를 입력하세요.`,
  increaseNotAllowed: '구독 요금이 결제되면 크레딧을 다시 추가할 수 있습니다.',
  changeNotAllowed: '이 구독은 취소되어 애드온을 변경할 수 없습니다.',
  nothingToChange: '현재와 동일합니다. 변경하려면 다른 단위 수를 선택하세요.',
  decreaseStarts: ({ date }) => `이번 기간이 끝나는 ${date}부터 적용됩니다. 환불되는 금액은 없습니다.`,
  dueNow: '지금 결제할 금액',
  creditsNow: '지금 추가되는 크레딧',
  recurringCharge: '새 정기 요금',
  effectiveAt: '적용 시점',
  effectiveNow: '즉시',
  changeSummary: ({ change, addOnName, from, to, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}: ${from} → ${to}, 지금 바로 적용됩니다.`;
      case 'decrease':
        return `${addOnName}: ${from} → ${to}, ${date}에 적용됩니다.`;
      case 'restore':
        return `${addOnName}: 예약된 변경을 취소하고 ${to} 그대로 유지합니다.`;
      default:
        return `${addOnName}: 변경 사항이 없습니다.`;
    }
  },
  notesHeading: '참고 사항',
  noteNonRefundable: '애드온은 환불되지 않습니다.',
  noteNoRollover: ({ interval }) =>
    interval === 'month'
      ? '크레딧은 매월 초기화되며 다음 달로 이월되지 않습니다.'
      : '크레딧은 매년 초기화되며 다음 해로 이월되지 않습니다.',
  noteDecreaseWaits: ({ date }) =>
    `환불되는 금액은 없으며 지금은 아무것도 바뀌지 않습니다. 현재 크레딧은 ${date}까지 유지되고, 그날부터 새 단위 수가 적용됩니다.`,
  noteEndsWithSubscription: ({ date }) => `구독이 해지될 예정이므로 이 애드온도 ${date}에 구독과 함께 종료됩니다.`,
  noteChargedNow: ({ amount }) => `등록된 결제 수단으로 지금 청구되는 금액은 ${amount}입니다.`,
  noteChargedNowProrated: ({ amount, full }) =>
    `등록된 결제 수단으로 지금 청구되는 금액은 ${amount}입니다(이번 기간의 남은 기간에 대한 일할 금액이며, 전체 기간은 ${full}).`,
  timelineHeading: '기간별 크레딧과 요금',
  timelinePeriod: ({ period, date }) => {
    switch (period) {
      case 'current':
        return `지금부터 ${date}까지`;
      case 'unchanged':
        return '변경 없음';
      default:
        return `${date}부터`;
    }
  },
  timelineCreditsAdded: ({ credits }) => `지금 ${credits} 추가`,
  timelineChargedNow: ({ amount }) => `지금 ${amount} 청구`,
  timelineEnded: '구독과 함께 종료됩니다. 크레딧과 요금이 없습니다.',
  quoteRefreshed: '가격이 최신 정보가 아니어서 다시 확인했습니다. 새 금액을 검토한 후 확인하세요.',
  waitingForQuote: '최종 가격을 가져오는 중…',
  updating: '업데이트 중…',
  outcomeUnknown: '변경 사항이 적용되었는지 확인하지 못했습니다. 다시 시도해도 두 번 청구되지 않습니다.',
  updated: ({ change, addOnName, units, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName} 업데이트 완료: 이제 ${units}입니다.`;
      case 'decrease':
        return `${addOnName} 업데이트 완료: ${date}부터 ${units}입니다.`;
      case 'restore':
        return `${addOnName} 업데이트 완료: 예약된 변경이 취소되어 ${units} 그대로 유지됩니다.`;
      default:
        return `${addOnName}: 변경 사항이 없습니다.`;
    }
  },
  errors: {
    network: '결제 서비스에 연결할 수 없습니다. 연결 상태를 확인하고 다시 시도하세요.',
    timeout: '결제 서비스의 응답이 너무 오래 걸렸습니다. 다시 시도하세요.',
    aborted: '요청이 취소되었습니다.',
    unauthorized: '세션이 만료되었습니다. 결제를 관리하려면 다시 로그인하세요.',
    forbidden: '이 계정의 결제를 관리할 권한이 없습니다.',
    not_found: '이 애드온 또는 구독을 찾을 수 없습니다.',
    rate_limited: '요청이 너무 많습니다. 잠시 후 다시 시도하세요.',
    server: '결제 서비스에 문제가 발생했습니다. 잠시 후 다시 시도하세요.',
    invalid_response: '결제 서비스에서 읽을 수 없는 데이터를 보냈습니다.',
    subscription_inactive: '구독이 활성 상태가 아니어서 애드온을 변경할 수 없습니다.',
    invalid_units: '허용되지 않는 단위 수입니다.',
    quote_expired: '가격이 최신 정보가 아닙니다. 새 금액을 검토한 후 다시 확인하세요.',
    conflict: '그사이 구독이 변경되었습니다. 새 금액을 검토한 후 다시 확인하세요.',
    payment_failed: '결제가 거절되어 청구되거나 변경된 내용이 없습니다. 결제 수단을 업데이트한 후 다시 시도하세요.',
    invalid_request: '결제 서비스에서 이 요청을 처리할 수 없습니다. 페이지를 새로고침한 후 다시 시도하세요.',
    unexpected: '예기치 않은 문제가 발생했습니다. 다시 시도하세요.',
  },
};
