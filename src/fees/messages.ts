import { defineMessages, verbatim } from '../core/text.js';
import { rialsEn, rialsFa } from './money.js';

type Group = 'reliefCommittee' | 'welfarePensioner' | 'indigentPrisoner';
type Body = 'reliefCommittee' | 'welfareOrganization' | 'prisonsOrganization';
type Item = 'officeFee' | 'judicialCosts';

const GROUP = {
  fa: {
    reliefCommittee: 'افراد تحت پوشش کمیته امداد امام خمینی (ره)',
    welfarePensioner: 'مددجویان مستمری‌بگیر سازمان بهزیستی',
    indigentPrisoner: 'زندانیان بی‌بضاعت',
  },
  en: {
    reliefCommittee: 'people covered by the Imam Khomeini Relief Committee',
    welfarePensioner: 'pension-receiving clients of the Welfare Organization',
    indigentPrisoner: 'indigent prisoners',
  },
} as const satisfies Record<'fa' | 'en', Record<Group, string>>;

const BODY = {
  fa: {
    reliefCommittee: 'کمیته امداد امام خمینی (ره)',
    welfareOrganization: 'سازمان بهزیستی',
    prisonsOrganization: 'سازمان زندان‌ها و اقدامات تأمینی و تربیتی کشور',
  },
  en: {
    reliefCommittee: 'the Imam Khomeini Relief Committee',
    welfareOrganization: 'the Welfare Organization',
    prisonsOrganization: 'the Prisons and Security and Corrective Measures Organization',
  },
} as const satisfies Record<'fa' | 'en', Record<Body, string>>;

const ITEM = {
  fa: { officeFee: 'تعرفه خدمات دفتر', judicialCosts: 'هزینه خدمات قضایی' },
  en: { officeFee: "the office's fee", judicialCosts: 'the judicial costs' },
} as const satisfies Record<'fa' | 'en', Record<Item, string>>;

const faAmount = (n: number | null): string => (n === null ? 'نامعلوم' : rialsFa(n));
const enAmount = (n: number | null): string => (n === null ? 'unknown' : rialsEn(n));

/** Messages of the fees domain (codes prefixed `fees.`). */
export const feesMessages = defineMessages({
  // Art. 13: the tariff
  'fees.tariff.inForce': {
    fa: (p: { service: string | null; amount: number; from: string | null }) =>
      `تعرفه خدمت${p.service === null ? '' : ` «${verbatim(p.service)}»`} ${rialsFa(p.amount)} است${p.from === null ? '' : ` (تعرفه نافذ از ${p.from})`}.`,
    en: (p: { service: string | null; amount: number; from: string | null }) =>
      `The tariff of the service${p.service === null ? '' : ` "${p.service}"`} is ${rialsEn(p.amount)}${p.from === null ? '' : ` (tariff in force from ${p.from})`}.`,
  },
  'fees.tariff.unknown': {
    fa: (p: { service: string | null; reason: 'notGiven' | 'noneInForce' | 'serviceNotListed' }) =>
      p.reason === 'notGiven'
        ? 'تعرفه خدمت داده نشده است (آیین‌نامه مرجع تعیین تعرفه را معین کرده است، نه مبلغ آن را).'
        : p.reason === 'noneInForce'
          ? 'در تاریخ ارائه خدمت هیچ تعرفه‌ای از جدول داده‌شده نافذ نیست.'
          : `تعرفه نافذ در تاریخ ارائه خدمت، خدمت «${verbatim(p.service ?? '')}» را ندارد.`,
    en: (p: { service: string | null; reason: 'notGiven' | 'noneInForce' | 'serviceNotListed' }) =>
      p.reason === 'notGiven'
        ? 'The tariff of the service was not given (the regulation says who sets tariffs, not their amounts).'
        : p.reason === 'noneInForce'
          ? 'No tariff of the table given is in force on the service date.'
          : `The tariff in force on the service date does not list the service "${p.service ?? ''}".`,
  },
  // Art. 14: the exemption
  'fees.exemption.notClaimed': {
    fa: (_p: undefined) => 'معافیتی ادعا نشده است؛ متقاضی تعرفه را می‌پردازد.',
    en: (_p: undefined) => 'No exemption is claimed; the applicant pays the tariff.',
  },
  'fees.exemption.proven': {
    fa: (p: { group: Group; body: Body }) => `متقاضی از ${GROUP.fa[p.group]} است و ${BODY.fa[p.body]} آن را تأیید کرده است: از پرداخت تعرفه خدمات دفتر معاف است.`,
    en: (p: { group: Group; body: Body }) => `The applicant is one of the ${GROUP.en[p.group]}, confirmed by ${BODY.en[p.body]}: exempt from the office's tariff.`,
  },
  'fees.exemption.unproven': {
    fa: (p: { group: Group; required: Body; given: Body | null }) =>
      `ادعای معافیت (${GROUP.fa[p.group]}) ${p.given === null ? 'تأیید نشده است' : `به تأیید ${BODY.fa[p.given]} رسیده است، نه ${BODY.fa[p.required]}`}؛ ادعای اثبات‌نشده معافیت نیست و متقاضی تعرفه را می‌پردازد (تأیید ${BODY.fa[p.required]} لازم است).`,
    en: (p: { group: Group; required: Body; given: Body | null }) =>
      `The exemption claimed (${GROUP.en[p.group]}) is ${p.given === null ? 'not confirmed' : `confirmed by ${BODY.en[p.given]}, not ${BODY.en[p.required]}`}; an unproven claim is not an exemption and the applicant pays the tariff (confirmation by ${BODY.en[p.required]} is needed).`,
  },
  'fees.association.pays': {
    fa: (p: { amount: number | null }) => `کانون هزینه خدمت ارائه‌شده به شخص معاف را به دفتر می‌پردازد: ${faAmount(p.amount)}.`,
    en: (p: { amount: number | null }) => `The Association pays the office for the service given to the exempt person: ${enAmount(p.amount)}.`,
  },
  'fees.applicant.paysTariff': {
    fa: (p: { amount: number | null }) => `متقاضی تعرفه خدمات دفتر را می‌پردازد: ${faAmount(p.amount)}.`,
    en: (p: { amount: number | null }) => `The applicant pays the office's tariff: ${enAmount(p.amount)}.`,
  },
  // Art. 1(ژ): judicial costs
  'fees.judicialCosts.notExempt': {
    fa: (p: { amount: number; exempt: boolean }) =>
      `هزینه خدمات قضایی (${rialsFa(p.amount)}) را متقاضی می‌پردازد${p.exempt ? '؛ معافیت ماده ۱۴ فقط تعرفه خدمات دفتر را در بر می‌گیرد' : ''}.`,
    en: (p: { amount: number; exempt: boolean }) =>
      `The applicant pays the judicial costs (${rialsEn(p.amount)})${p.exempt ? '; the exemption of Art. 14 covers only the office\'s tariff' : ''}.`,
  },
  'fees.judicialCosts.unknown': {
    fa: (_p: undefined) => 'هزینه خدمات قضایی داده نشده است (هیچ معافیتی آن را در بر نمی‌گیرد).',
    en: (_p: undefined) => 'The judicial costs were not given (no exemption covers them).',
  },
  // Art. 13 note 1
  'fees.payment.centerMethods': {
    fa: (_p: undefined) => 'کلیه وجوه فقط از طریق روش‌های تعیین‌شده از سوی مرکز و با ارائه رسید دریافت می‌شود.',
    en: (_p: undefined) => 'All sums are received only through the methods the Center sets, with a receipt to the client.',
  },
  // The collection
  'fees.collection.unknown': {
    fa: (p: { item: Item }) => `مبلغ دریافت‌شده یا مبلغ مقرر برای ${ITEM.fa[p.item]} معلوم نیست.`,
    en: (p: { item: Item }) => `The amount collected or owed for ${ITEM.en[p.item]} is unknown.`,
  },
  'fees.collection.overcharged': {
    fa: (p: { item: Item; collected: number; due: number; excess: number; exempt: boolean }) =>
      `بابت ${ITEM.fa[p.item]} ${rialsFa(p.collected)} دریافت شده و مبلغ مقرر ${rialsFa(p.due)}${p.exempt && p.item === 'officeFee' ? ' (متقاضی معاف است)' : ''} است: ${rialsFa(p.excess)} بیشتر، که دریافت وجه بیشتر از هزینه‌های تعیین‌شده و تخلف درجه پنج است.`,
    en: (p: { item: Item; collected: number; due: number; excess: number; exempt: boolean }) =>
      `${p.item === 'officeFee' ? "The office's fee collected was" : 'The judicial costs collected were'} ${rialsEn(p.collected)} against ${rialsEn(p.due)} owed${p.exempt && p.item === 'officeFee' ? ' (the applicant is exempt)' : ''}: ${rialsEn(p.excess)} more, which is taking more than the fees set, a grade-5 offence.`,
  },
  'fees.collection.undercharged': {
    fa: (p: { collected: number; due: number }) => `بابت تعرفه ${rialsFa(p.collected)} دریافت شده که کمتر از تعرفه (${rialsFa(p.due)}) است؛ دریافت وجه کمتر از تعرفه بلامانع است.`,
    en: (p: { collected: number; due: number }) => `The office took ${rialsEn(p.collected)}, less than the tariff (${rialsEn(p.due)}); taking less than the tariff is allowed.`,
  },
  'fees.collection.atTariff': {
    fa: (p: { collected: number; exempt: boolean }) => (p.exempt ? 'از متقاضی معاف تعرفه‌ای دریافت نشده است.' : `بابت تعرفه ${rialsFa(p.collected)}، برابر تعرفه، دریافت شده است.`),
    en: (p: { collected: number; exempt: boolean }) => (p.exempt ? 'No fee was taken from the exempt applicant.' : `The office took ${rialsEn(p.collected)}, the tariff.`),
  },
  'fees.collection.judicialCostsShort': {
    fa: (p: { collected: number; due: number }) =>
      `بابت هزینه خدمات قضایی ${rialsFa(p.collected)} پرداخت شده و ${rialsFa(p.due)} مقرر است؛ این هزینه به موجب قوانین تعیین شده و نه تبصره ۲ ماده ۱۳ و نه معافیت ماده ۱۴ آن را کم نمی‌کند.`,
    en: (p: { collected: number; due: number }) =>
      `${rialsEn(p.collected)} was paid towards judicial costs of ${rialsEn(p.due)}; these costs are set by law, and neither Art. 13 note 2 nor the exemption of Art. 14 reduces them.`,
  },
  'fees.collection.judicialCostsPaid': {
    fa: (p: { collected: number }) => `هزینه خدمات قضایی (${rialsFa(p.collected)}) به طور کامل پرداخت شده است.`,
    en: (p: { collected: number }) => `The judicial costs (${rialsEn(p.collected)}) were paid in full.`,
  },
  'fees.collection.receiptUnknown': {
    fa: (_p: undefined) => 'معلوم نیست که قبض رسید وجوه به متقاضی تسلیم شده باشد.',
    en: (_p: undefined) => 'Whether a receipt for the sums was given to the applicant is unknown.',
  },
  'fees.collection.receiptIssued': {
    fa: (_p: undefined) => 'قبض رسید وجوه به متقاضی تسلیم شده است.',
    en: (_p: undefined) => 'A receipt for the sums was given to the applicant.',
  },
  'fees.collection.noReceipt': {
    fa: (_p: undefined) => 'قبض رسید وجوه به متقاضی تسلیم نشده است: تخلف درجه دو.',
    en: (_p: undefined) => 'No receipt for the sums was given to the applicant: a grade-2 offence.',
  },
  'fees.collection.receiptNotDue': {
    fa: (_p: undefined) => 'وجهی از متقاضی دریافت نشده است؛ قبض رسید وجوه لازم نیست و تخلف عدم تسلیم قبض رسید وجوه رخ نداده است.',
    en: (_p: undefined) => 'Nothing was collected from the applicant, so no receipt for sums was due and the offence of not handing one over did not occur.',
  },
  'fees.collection.noReceiptIfTaken': {
    fa: (_p: undefined) => 'قبض رسید تسلیم نشده است، اما معلوم نیست وجهی دریافت شده باشد؛ عدم تسلیم قبض رسید فقط در صورت دریافت وجه تخلف است.',
    en: (_p: undefined) => 'No receipt was given, but whether any sum was collected is unknown; not handing over a receipt is an offence only when money was taken.',
  },
  'fees.collection.methodNotApplicable': {
    fa: (_p: undefined) => 'وجهی دریافت نشده است؛ روش دریافت وجوه موضوعیت ندارد.',
    en: (_p: undefined) => 'Nothing was collected, so the method of receiving sums does not arise.',
  },
  'fees.collection.otherMethodIfTaken': {
    fa: (_p: undefined) => 'روش دریافت، روش تعیین‌شده از سوی مرکز نیست، اما معلوم نیست وجهی دریافت شده باشد؛ این قاعده فقط در صورت دریافت وجه نقض می‌شود.',
    en: (_p: undefined) => 'The method given is not one the Center set, but whether any sum was collected is unknown; the rule is broken only when money was taken.',
  },
  'fees.collection.methodUnknown': {
    fa: (_p: undefined) => 'معلوم نیست وجوه از طریق روش‌های تعیین‌شده از سوی مرکز دریافت شده باشد.',
    en: (_p: undefined) => 'Whether the sums were received through a method the Center set is unknown.',
  },
  'fees.collection.centerMethod': {
    fa: (_p: undefined) => 'وجوه از طریق روش تعیین‌شده از سوی مرکز دریافت شده است.',
    en: (_p: undefined) => 'The sums were received through a method the Center set.',
  },
  'fees.collection.otherMethod': {
    fa: (_p: undefined) =>
      'وجوه از طریقی جز روش‌های تعیین‌شده از سوی مرکز دریافت شده است؛ آیین‌نامه برای آن تخلف جداگانه‌ای نام نبرده و ماده ۴۱ (درجه دو تا چهار) می‌تواند شامل آن شود.',
    en: (_p: undefined) =>
      'The sums were received other than through a method the Center set; the regulation names no specific offence for this, and Art. 41 (grades 2–4) may apply.',
  },
  // Summaries
  'fees.summary.assessment': {
    fa: (p: { applicantOffice: number | null; association: number | null; judicialCosts: number | null; total: number | null }) =>
      `متقاضی به دفتر ${faAmount(p.applicantOffice)} و بابت هزینه خدمات قضایی ${faAmount(p.judicialCosts)} می‌پردازد (جمع ${faAmount(p.total)})؛ سهم کانون: ${faAmount(p.association)}.`,
    en: (p: { applicantOffice: number | null; association: number | null; judicialCosts: number | null; total: number | null }) =>
      `The applicant pays the office ${enAmount(p.applicantOffice)} and the judicial costs of ${enAmount(p.judicialCosts)} (total ${enAmount(p.total)}); the Association pays ${enAmount(p.association)}.`,
  },
  'fees.summary.collection': {
    fa: (p: { status: 'lawful' | 'unlawful' | 'incomplete'; overcharged: number | null }) =>
      p.status === 'lawful'
        ? 'دریافت وجه مطابق مقررات بوده است.'
        : p.status === 'unlawful'
          ? `دریافت وجه خلاف مقررات بوده است${p.overcharged !== null && p.overcharged > 0 ? ` (${rialsFa(p.overcharged)} بیش از مبلغ مقرر)` : ''}.`
          : 'برای داوری درباره دریافت وجه اطلاعات کافی نیست.',
    en: (p: { status: 'lawful' | 'unlawful' | 'incomplete'; overcharged: number | null }) =>
      p.status === 'lawful'
        ? 'The collection was lawful.'
        : p.status === 'unlawful'
          ? `The collection broke the rules${p.overcharged !== null && p.overcharged > 0 ? ` (${rialsEn(p.overcharged)} more than owed)` : ''}.`
          : 'There are not enough facts to judge the collection.',
  },
});
