import { arithmeticMessages } from '../arithmeticMessages';
import type { BillingMessages } from '../messageTypes';

// Simplified Chinese addresses customers with the polite 您. Chinese nouns have one form for every
// count, so counts need no plural rules; a space separates Latin names and digits from Han text.

/** Simplified Chinese (简体中文). */
export const messages: BillingMessages = {
  lang: 'zh-CN',
  upgradeCredits: '增加积分',
  unitsLabel: ({ addOnName }) => `${addOnName} 单位数`,
  increaseUnits: '增加单位',
  decreaseUnits: '减少单位',
  review: '查看',
  confirmTitle: '确认附加组件变更',
  updateAddOn: '更新附加组件',
  cancel: '取消',
  retry: '重试',
  unitCount: ({ formatted }) => `${formatted} 个单位`,
  creditCount: ({ formatted }) => `${formatted} 积分`,
  userCount: ({ formatted }) => `${formatted} 位用户`,
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount}/${interval === 'month' ? '月' : '年'}`,
  billingCycle: ({ interval }) => (interval === 'month' ? '按月' : '按年'),
  planHeading: '套餐',
  colon: '：',
  cycleLabel: '计费周期',
  seatsLabel: '用户数',
  renewsLabel: '续订日期',
  endsLabel: '结束日期',
  creditsHeading: '积分',
  creditsIncluded: '套餐内含',
  creditsAddOn: '来自附加组件',
  creditsUsed: '已使用',
  creditsRemaining: '剩余',
  creditsResets: ({ date }) => `将于 ${date} 重置`,
  creditMeterLabel: '本周期已使用的积分',
  addOnsHeading: '附加组件',
  addOnUnits: '单位数',
  addOnCredits: '每周期积分',
  addOnRecurring: '费用',
  scheduledDecrease: ({ units, date }) => `将于 ${date} 变更为 ${units}`,
  status: { active: '有效', trialing: '试用中', past_due: '逾期未付', canceled: '已取消' },
  stateSentence: {
    active: ({ date }) => `您的套餐将于 ${date} 续订。您可以现在增加积分，或从下一周期起减少积分。`,
    trialing: ({ date }) => `您的试用期至 ${date}。您增加的积分将立即通过已保存的付款方式扣费。`,
    past_due: '您的上一笔付款未成功，付清之前无法增加积分。您仍可减少附加组件或取消已安排的变更。',
    canceled: '此订阅已取消，因此无法更改其附加组件。如需购买积分，请开始新的订阅。',
    cancelAtPeriodEnd: ({ date }) => `您的订阅将于 ${date} 结束。您仍可增加积分，但附加组件会在当天随订阅一同结束。`,
    none: '您还没有订阅，因此没有可购买的附加组件。请先选择套餐。',
  },
  loading: '正在加载您的订阅…',
  loadError: '无法加载您的订阅。',
  errorDetails: ({ detail }) => `详细信息：${detail}`,
  addOnMissing: '您的套餐不提供此附加组件。',
  newRecurring: '新费用',
  estimateBadge: '估算',
  updatingQuote: '正在更新价格…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units}：${recurring}。现在应付：${dueNow}。`,
  unitsOutOfRange: ({ min, max }) => `请输入 ${min} 到 ${max} 之间的整数。`,
  increaseNotAllowed: '订阅款项付清后即可再次增加积分。',
  changeNotAllowed: '此订阅已取消，因此无法更改其附加组件。',
  nothingToChange: '这与您当前的配置相同。请选择不同的单位数以进行更改。',
  decreaseStarts: ({ date }) => `自本周期结束时（${date}）起生效。不予退款。`,
  dueNow: '现在应付',
  creditsNow: '现在增加的积分',
  recurringCharge: '新的周期性费用',
  effectiveAt: '生效时间',
  effectiveNow: '立即',
  changeSummary: ({ change, addOnName, from, to, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}：从 ${from} 变更为 ${to}，立即生效。`;
      case 'decrease':
        return `${addOnName}：于 ${date} 从 ${from} 变更为 ${to}。`;
      case 'restore':
        return `${addOnName}：保留 ${to}，并取消已安排的变更。`;
      default:
        return `${addOnName}：无变更。`;
    }
  },
  notesHeading: '须知',
  noteNonRefundable: '附加组件不可退款。',
  noteNoRollover: ({ interval }) =>
    interval === 'month' ? '积分每月重置，不会结转到下个月。' : '积分每年重置，不会结转到下一年。',
  noteDecreaseWaits: ({ date }) =>
    `不予退款，现在也不会有任何变化：您当前的积分将保留至 ${date}，届时新的单位数开始生效。`,
  noteEndsWithSubscription: ({ date }) => `您的订阅即将取消，因此此附加组件将于 ${date} 随订阅一同结束。`,
  noteChargedNow: ({ amount }) => `将立即通过您已保存的付款方式扣费 ${amount}。`,
  noteChargedNowProrated: ({ amount, full }) =>
    `将立即通过您已保存的付款方式扣费 ${amount}（按本周期剩余时间折算，完整周期为 ${full}）。`,
  timelineHeading: '积分和费用变化',
  timelinePeriod: ({ period, date }) => {
    switch (period) {
      case 'current':
        return `从现在到 ${date}`;
      case 'unchanged':
        return '无变化';
      default:
        return `自 ${date} 起`;
    }
  },
  timelineCreditsAdded: ({ credits }) => `现在增加 ${credits}`,
  timelineChargedNow: ({ amount }) => `现在扣费 ${amount}`,
  timelineEnded: '随订阅一同结束：无积分，无费用。',
  quoteRefreshed: '价格已过时，因此已重新核算。请查看新的金额并确认。',
  waitingForQuote: '正在获取最终价格…',
  updating: '正在更新…',
  outcomeUnknown: '我们无法确认变更是否已生效。重试不会重复扣费。',
  updated: ({ change, addOnName, units, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName} 已更新：您现在有 ${units}。`;
      case 'decrease':
        return `${addOnName} 已更新：自 ${date} 起为 ${units}。`;
      case 'restore':
        return `${addOnName} 已更新：已安排的变更已取消，您将保留 ${units}。`;
      default:
        return `${addOnName} 未变更。`;
    }
  },
  errors: {
    network: '无法连接到计费服务。请检查网络连接后重试。',
    timeout: '计费服务响应超时。请重试。',
    aborted: '请求已取消。',
    unauthorized: '您的会话已过期。请重新登录以管理账单。',
    forbidden: '您无权管理此账户的账单。',
    not_found: '找不到此附加组件或订阅。',
    rate_limited: '请求过于频繁。请稍候再试。',
    server: '计费服务出现问题。请稍后重试。',
    invalid_response: '计费服务发送了无法读取的数据。',
    subscription_inactive: '订阅未处于有效状态，因此无法更改附加组件。',
    invalid_units: '不允许使用该单位数。',
    quote_expired: '价格已过时。请查看新的金额并再次确认。',
    conflict: '您的订阅在此期间已发生变化。请查看新的金额并再次确认。',
    payment_failed: '付款被拒绝，因此未扣费，也未做任何更改。请更新付款方式后重试。',
    invalid_request: '计费服务无法接受此请求。请重新加载页面后重试。',
    unexpected: '发生了意外错误。请重试。',
  },
};
