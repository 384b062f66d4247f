import { arithmeticMessages } from '../arithmeticMessages';
import type { BillingMessages } from '../messageTypes';

// Japanese in the polite です/ます style of Japanese billing pages. Japanese nouns have one form
// for every count, so counts need no plural rules.

/** Japanese (日本語). */
export const messages: BillingMessages = {
  lang: 'ja',
  upgradeCredits: 'クレジットを追加',
  unitsLabel: ({ addOnName }) => `${addOnName}のユニット数`,
  increaseUnits: 'ユニットを増やす',
  decreaseUnits: 'ユニットを減らす',
  review: '内容を確認',
  confirmTitle: 'アドオンの変更を確認',
  updateAddOn: 'アドオンを更新',
  cancel: 'キャンセル',
  retry: '再試行',
  unitCount: ({ formatted }) => `${formatted}ユニット`,
  creditCount: ({ formatted }) => `${formatted}クレジット`,
  userCount: ({ formatted }) => `${formatted}ユーザー`,
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount}/${interval === 'month' ? '月' : '年'}`,
  billingCycle: ({ interval }) => (interval === 'month' ? '月払い' : '年払い'),
  planHeading: 'プラン',
  colon: '：',
  cycleLabel: '請求サイクル',
  seatsLabel: 'ユーザー数',
  renewsLabel: '更新日',
  endsLabel: '終了日',
  creditsHeading: 'クレジット',
  creditsIncluded: 'プランに含まれる分',
  creditsAddOn: 'アドオン分',
  creditsUsed: '使用済み',
  creditsRemaining: '残り',
  creditsResets: ({ date }) => `${date}にリセットされます`,
  creditMeterLabel: '今期の使用済みクレジット',
  addOnsHeading: 'アドオン',
  addOnUnits: 'ユニット数',
  addOnCredits: '期間あたりのクレジット',
  addOnRecurring: '料金',
  scheduledDecrease: ({ units, date }) => `${date}に${units}へ変更されます`,
  status: { active: '有効', trialing: 'トライアル中', past_due: '支払い期限超過', canceled: 'キャンセル済み' },
  stateSentence: {
    active: ({ date }) =>
      `プランは${date}に更新されます。クレジットは今すぐ追加することも、次の期間から減らすこともできます。`,
    trialing: ({ date }) =>
      `${date}までトライアル期間中です。追加したクレジットの料金は、登録済みのお支払い方法に今すぐ請求されます。`,
    past_due:
      '前回のお支払いが完了しなかったため、お支払いが済むまでクレジットを追加できません。アドオンを減らすことや、予定されている変更を取り消すことは引き続き可能です。',
    canceled:
      'このサブスクリプションはキャンセル済みのため、アドオンを変更できません。クレジットを購入するには、新しいサブスクリプションをお申し込みください。',
    cancelAtPeriodEnd: ({ date }) =>
      `サブスクリプションは${date}に終了します。クレジットは引き続き追加できますが、アドオンはその日にサブスクリプションとともに終了します。`,
    none: 'まだサブスクリプションがないため、購入できるアドオンはありません。まずプランをお選びください。',
  },
  loading: 'サブスクリプションを読み込んでいます…',
  loadError: 'サブスクリプションを読み込めませんでした。',
  errorDetails: ({ detail }) => `詳細：${detail}`,
  addOnMissing: 'このアドオンはご利用のプランでは提供されていません。',
  newRecurring: '新しい料金',
  estimateBadge: '概算',
  updatingQuote: '価格を更新しています…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units}：${recurring}。今回のお支払い：${dueNow}。`,
  unitsOutOfRange: ({ min, max }) => `${min}～${max}の整数を入力してください。`,
  increaseNotAllowed: 'お支払いが完了すると、再びクレジットを追加できるようになります。',
  changeNotAllowed: 'このサブスクリプションはキャンセル済みのため、アドオンを変更できません。',
  nothingToChange: '現在の内容と同じです。変更するには、別のユニット数を選択してください。',
  decreaseStarts: ({ date }) => `今期の終了日である${date}から適用されます。返金はありません。`,
  dueNow: '今回のお支払い',
  creditsNow: '今すぐ追加されるクレジット',
  recurringCharge: '新しい定期料金',
  effectiveAt: '適用日',
  effectiveNow: '即時',
  changeSummary: ({ change, addOnName, from, to, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}：${from}から${to}へ、今すぐ変更します。`;
      case 'decrease':
        return `${addOnName}：${date}に${from}から${to}へ変更します。`;
      case 'restore':
        return `${addOnName}：${to}のまま、予定されている変更を取り消します。`;
      default:
        return `${addOnName}：変更はありません。`;
    }
  },
  notesHeading: 'ご確認ください',
  noteNonRefundable: 'アドオンは返金できません。',
  noteNoRollover: ({ interval }) =>
    interval === 'month'
      ? 'クレジットは毎月リセットされ、翌月に繰り越されません。'
      : 'クレジットは毎年リセットされ、翌年に繰り越されません。',
  noteDecreaseWaits: ({ date }) =>
    `返金はなく、今は何も変わりません。現在のクレジットは${date}までそのままご利用いただけ、その日から新しいユニット数が適用されます。`,
  noteEndsWithSubscription: ({ date }) =>
    `サブスクリプションは解約予定のため、このアドオンも${date}にサブスクリプションとともに終了します。`,
  noteChargedNow: ({ amount }) => `${amount}が登録済みのお支払い方法に今すぐ請求されます。`,
  noteChargedNowProrated: ({ amount, full }) =>
    `${amount}が登録済みのお支払い方法に今すぐ請求されます（今期の残り期間分の日割り額。1期間分は${full}）。`,
  timelineHeading: 'クレジットと料金の推移',
  timelinePeriod: ({ period, date }) => {
    switch (period) {
      case 'current':
        return `今から${date}まで`;
      case 'unchanged':
        return '変更なし';
      default:
        return `${date}から`;
    }
  },
  timelineCreditsAdded: ({ credits }) => `今すぐ${credits}を追加`,
  timelineChargedNow: ({ amount }) => `今すぐ${amount}を請求`,
  timelineEnded: 'サブスクリプションとともに終了します（クレジット・料金なし）。',
  quoteRefreshed: '価格が最新ではなかったため、再確認しました。新しい金額をご確認のうえ、確定してください。',
  waitingForQuote: '最終価格を取得しています…',
  updating: '更新しています…',
  outcomeUnknown:
    '変更が反映されたかどうかを確認できませんでした。もう一度お試しいただいても、二重に請求されることはありません。',
  updated: ({ change, addOnName, units, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}を更新しました：現在${units}です。`;
      case 'decrease':
        return `${addOnName}を更新しました：${date}から${units}になります。`;
      case 'restore':
        return `${addOnName}を更新しました：予定されていた変更を取り消しました。${units}のままです。`;
      default:
        return `${addOnName}に変更はありません。`;
    }
  },
  errors: {
    network: '請求サービスに接続できませんでした。接続を確認して、もう一度お試しください。',
    timeout: '請求サービスの応答に時間がかかりすぎました。もう一度お試しください。',
    aborted: 'リクエストはキャンセルされました。',
    unauthorized: 'セッションの有効期限が切れました。請求情報を管理するには、もう一度サインインしてください。',
    forbidden: 'このアカウントの請求情報を管理する権限がありません。',
    not_found: 'このアドオンまたはサブスクリプションが見つかりませんでした。',
    rate_limited: 'リクエストが多すぎます。しばらく待ってから、もう一度お試しください。',
    server: '請求サービスで問題が発生しました。しばらくしてから、もう一度お試しください。',
    invalid_response: '請求サービスから読み取れないデータが送られてきました。',
    subscription_inactive: 'サブスクリプションが有効ではないため、アドオンを変更できません。',
    invalid_units: 'そのユニット数は指定できません。',
    quote_expired: '価格が最新ではありませんでした。新しい金額をご確認のうえ、もう一度確定してください。',
    conflict: 'その間にサブスクリプションが変更されました。新しい金額をご確認のうえ、もう一度確定してください。',
    payment_failed:
      'お支払いが拒否されたため、請求も変更も行われていません。お支払い方法を更新して、もう一度お試しください。',
    invalid_request:
      '請求サービスがこのリクエストを受け付けられませんでした。ページを再読み込みして、もう一度お試しください。',
    unexpected: '予期しないエラーが発生しました。もう一度お試しください。',
  },
};
