import { arithmeticMessages } from '../arithmeticMessages';
import type { BillingMessages } from '../messageTypes';
import { createPlural } from '../plural';

// Modern Standard Arabic, in the formal register of Arabic billing pages. Counted nouns take all
// six of Arabic's plural categories as CLDR's own Arabic units do: one and two are said in words
// ("وحدة واحدة", "وحدتان"), 3–10 take the plural, 11–99 the accusative singular ("رصيدًا"), and 0
// and hundreds the singular. Those forms are
// nominative, so a count only ever stands where Arabic grammar takes one (after a colon, as a subject).
const plural = createPlural<'zero' | 'one' | 'two' | 'few' | 'many'>('ar');

/** Arabic (العربية). */
export const messages: BillingMessages = {
  lang: 'ar',
  upgradeCredits: 'إضافة أرصدة',
  unitsLabel: ({ addOnName }) => `وحدات ${addOnName}`,
  increaseUnits: 'زيادة الوحدات',
  decreaseUnits: 'تقليل الوحدات',
  review: 'مراجعة',
  confirmTitle: 'تأكيد تغيير الإضافة',
  updateAddOn: 'تحديث الإضافة',
  cancel: 'إلغاء',
  retry: 'إعادة المحاولة',
  unitCount: ({ count, formatted }) =>
    plural(count, {
      zero: `${formatted} وحدة`,
      one: 'وحدة واحدة',
      two: 'وحدتان',
      few: `${formatted} وحدات`,
      many: `${formatted} وحدة`,
      other: `${formatted} وحدة`,
    }),
  creditCount: ({ count, formatted }) =>
    plural(count, {
      zero: `${formatted} رصيد`,
      one: 'رصيد واحد',
      two: 'رصيدان',
      few: `${formatted} أرصدة`,
      many: `${formatted} رصيدًا`,
      other: `${formatted} رصيد`,
    }),
  userCount: ({ count, formatted }) =>
    plural(count, {
      zero: `${formatted} مستخدم`,
      one: 'مستخدم واحد',
      two: 'مستخدمان',
      few: `${formatted} مستخدمين`,
      many: `${formatted} مستخدمًا`,
      other: `${formatted} مستخدم`,
    }),
  ...arithmeticMessages,
  perInterval: ({ amount, interval }) => `${amount} ${interval === 'month' ? 'شهريًا' : 'سنويًا'}`,
  billingCycle: ({ interval }) => (interval === 'month' ? 'شهري' : 'سنوي'),
  planHeading: 'الخطة',
  colon: ': ',
  cycleLabel: 'دورة الفوترة',
  seatsLabel: 'المستخدمون',
  renewsLabel: 'تاريخ التجديد',
  endsLabel: 'تاريخ الانتهاء',
  creditsHeading: 'الأرصدة',
  creditsIncluded: 'مضمّنة في الخطة',
  creditsAddOn: 'من الإضافات',
  creditsUsed: 'المستخدَمة',
  creditsRemaining: 'المتبقية',
  creditsResets: ({ date }) => `يُعاد تعيينها في ${date}`,
  creditMeterLabel: 'الأرصدة المستخدَمة في هذه الفترة',
  addOnsHeading: 'الإضافات',
  addOnUnits: 'الوحدات',
  addOnCredits: 'الأرصدة لكل فترة',
  addOnRecurring: 'الرسوم',
  scheduledDecrease: ({ units, date }) => `اعتبارًا من ${date}: ${units}`,
  status: { active: 'نشط', trialing: 'فترة تجريبية', past_due: 'متأخر السداد', canceled: 'ملغى' },
  stateSentence: {
    active: ({ date }) => `تتجدد خطتك في ${date}. يمكنك إضافة أرصدة الآن أو تقليلها بدءًا من الفترة التالية.`,
    trialing: ({ date }) =>
      `أنت في فترة تجريبية حتى ${date}. تُحصَّل رسوم الأرصدة التي تضيفها الآن من وسيلة الدفع المسجّلة.`,
    past_due:
      'لم تتم دفعتك الأخيرة بنجاح، لذا لا يمكنك إضافة أرصدة حتى يتم سدادها. لا يزال بإمكانك تقليل الإضافات أو إلغاء تغيير مجدول.',
    canceled: 'هذا الاشتراك ملغى، لذا لا يمكن تغيير إضافاته. ابدأ اشتراكًا جديدًا لشراء الأرصدة.',
    cancelAtPeriodEnd: ({ date }) =>
      `ينتهي اشتراكك في ${date}. لا يزال بإمكانك إضافة أرصدة، لكن الإضافات تنتهي مع الاشتراك في ذلك التاريخ.`,
    none: 'ليس لديك اشتراك بعد، لذا لا توجد إضافات للشراء. اختر خطة أولًا.',
  },
  loading: 'جارٍ تحميل اشتراكك…',
  loadError: 'تعذّر تحميل اشتراكك.',
  errorDetails: ({ detail }) => `التفاصيل: ${detail}`,
  addOnMissing: 'هذه الإضافة غير متاحة في خطتك.',
  newRecurring: 'الرسوم الجديدة',
  estimateBadge: 'تقديري',
  updatingQuote: 'جارٍ تحديث السعر…',
  stepperSummary: ({ units, recurring, dueNow }) => `${units}: ${recurring}. المستحق الآن: ${dueNow}.`,
  unitsOutOfRange: ({ min, max }) => `أدخل عددًا صحيحًا من ${min} إلى ${max}.`,
  increaseNotAllowed: 'يمكنك إضافة أرصدة مرة أخرى بعد سداد مستحقات الاشتراك.',
  changeNotAllowed: 'هذا الاشتراك ملغى، لذا لا يمكن تغيير إضافاته.',
  nothingToChange: 'هذا ما لديك الآن. اختر عددًا مختلفًا من الوحدات لإجراء تغيير.',
  decreaseStarts: ({ date }) => `يبدأ في ${date}، في نهاية هذه الفترة. لا يُسترد أي مبلغ.`,
  dueNow: 'المستحق الآن',
  creditsNow: 'الأرصدة المضافة الآن',
  recurringCharge: 'الرسوم المتكررة الجديدة',
  effectiveAt: 'يسري في',
  effectiveNow: 'فورًا',
  changeSummary: ({ change, addOnName, from, to, date }) => {
    switch (change) {
      case 'increase':
        return `${addOnName}: العدد الحالي ${from}، والعدد الجديد ${to} بدءًا من الآن.`;
      case 'decrease':
        return `${addOnName}: العدد الحالي ${from}، والعدد الجديد ${to} اعتبارًا من ${date}.`;
      case 'restore':
        return `${addOnName}: يُلغى التغيير المجدول ويبقى لديك ${to}.`;
      default:
        return `${addOnName}: لا تغيير.`;
    }
  },
  notesHeading: 'معلومات مهمة',
  noteNonRefundable: 'الإضافات غير قابلة للاسترداد.',
  noteNoRollover: ({ interval }) =>
    interval === 'month'
      ? 'يُعاد تعيين الأرصدة كل شهر ولا تُرحَّل إلى الشهر التالي.'
      : 'يُعاد تعيين الأرصدة كل سنة ولا تُرحَّل إلى السنة التالية.',
  noteDecreaseWaits: ({ date }) =>
    `لا يُسترد أي مبلغ ولا يتغير شيء الآن: تحتفظ بأرصدتك الحالية حتى ${date}، حين تبدأ الوحدات الجديدة.`,
  noteEndsWithSubscription: ({ date }) => `اشتراكك قيد الإلغاء، لذا تنتهي هذه الإضافة معه في ${date}.`,
  noteChargedNow: ({ amount }) => `يُحصَّل مبلغ ${amount} الآن من وسيلة الدفع المسجّلة.`,
  noteChargedNowProrated: ({ amount, full }) =>
    `يُحصَّل مبلغ ${amount} الآن من وسيلة الدفع المسجّلة، محسوبًا بالتناسب عن المدة المتبقية من هذه الفترة (${full} عن فترة كاملة).`,
  timelineHeading: 'الأرصدة والرسوم عبر الزمن',
  timelinePeriod: ({ period, date }) => {
    switch (period) {
      case 'current':
        return `من الآن حتى ${date}`;
      case 'unchanged':
        return 'بلا تغيير';
      default:
        return `اعتبارًا من ${date}`;
    }
  },
  timelineCreditsAdded: ({ credits }) => `يُضاف الآن: ${credits}`,
  timelineChargedNow: ({ amount }) => `يُحصَّل الآن: ${amount}`,
  timelineEnded: 'تنتهي مع اشتراكك: لا أرصدة ولا رسوم.',
  quoteRefreshed: 'لم يعد السعر محدّثًا، لذا تم التحقق منه مجددًا. راجع الأرقام الجديدة ثم أكّد.',
  waitingForQuote: 'جارٍ الحصول على السعر النهائي…',
  updating: 'جارٍ التحديث…',
  outcomeUnknown: 'تعذّر علينا التأكد مما إذا كان التغيير قد طُبّق. إعادة المحاولة لن تؤدي إلى تحصيل المبلغ منك مرتين.',
  updated: ({ change, addOnName, units, date }) => {
    switch (change) {
      case 'increase':
        return `تم تحديث ${addOnName}: لديك الآن ${units}.`;
      case 'decrease':
        return `تم تحديث ${addOnName}: ${units} بدءًا من ${date}.`;
      case 'restore':
        return `تم تحديث ${addOnName}: أُلغي التغيير المجدول، ويبقى لديك ${units}.`;
      default:
        return `لم يتغير ${addOnName}.`;
    }
  },
  errors: {
    network: 'تعذّر الوصول إلى خدمة الفوترة. تحقق من اتصالك وحاول مرة أخرى.',
    timeout: 'استغرقت خدمة الفوترة وقتًا طويلًا للرد. حاول مرة أخرى.',
    aborted: 'تم إلغاء الطلب.',
    unauthorized: 'انتهت صلاحية جلستك. سجّل الدخول مرة أخرى لإدارة الفوترة.',
    forbidden: 'ليست لديك صلاحية لإدارة الفوترة لهذا الحساب.',
    not_found: 'تعذّر العثور على هذه الإضافة أو هذا الاشتراك.',
    rate_limited: 'طلبات كثيرة جدًا. انتظر لحظة ثم حاول مرة أخرى.',
    server: 'حدثت مشكلة في خدمة الفوترة. حاول مرة أخرى بعد قليل.',
    invalid_response: 'أرسلت خدمة الفوترة بيانات تعذّرت علينا قراءتها.',
    subscription_inactive: 'الاشتراك غير نشط، لذا لا يمكن تغيير الإضافات.',
    invalid_units: 'عدد الوحدات هذا غير مسموح به.',
    quote_expired: 'لم يعد السعر محدّثًا. راجع الأرقام الجديدة وأكّد مرة أخرى.',
    conflict: 'تغيّر اشتراكك في هذه الأثناء. راجع الأرقام الجديدة وأكّد مرة أخرى.',
    payment_failed: 'رُفضت عملية الدفع، لذا لم يُحصَّل أي مبلغ ولم يتغير شيء. حدّث وسيلة الدفع وحاول مرة أخرى.',
    invalid_request: 'تعذّر على خدمة الفوترة قبول هذا الطلب. أعد تحميل الصفحة وحاول مرة أخرى.',
    unexpected: 'حدث خطأ غير متوقع. حاول مرة أخرى.',
  },
};
