/**
 * Messages of the eligibility domain (codes prefixed `eligibility.`): Arts. 9, 10, 11
 * and 45. Persian digits are applied to the Persian text by the renderer.
 */
import { defineMessages, plural, type Bilingual } from '../core/text.js';

/** A role, for messages. */
type RoleParam = { readonly role: 'manager' | 'legalExpert' };

const ROLE_FA = { manager: 'مدیر دفتر', legalExpert: 'کارشناس حقوقی' } as const;
const ROLE_EN = { manager: 'an office manager', legalExpert: 'a legal expert' } as const;

/** Military-service statuses in both languages. */
export const MILITARY_LABELS: Readonly<Record<string, Bilingual>> = {
  completionCard: { fa: 'کارت پایان خدمت', en: 'military-service completion card' },
  permanentExemption: { fa: 'معافیت دائم', en: 'permanent exemption' },
  temporaryExemption: { fa: 'معافیت موقت', en: 'temporary exemption' },
  educationalExemption: { fa: 'معافیت تحصیلی', en: 'educational exemption' },
  serving: { fa: 'در حال خدمت', en: 'serving now' },
  notServed: { fa: 'مشمول خدمت', en: 'liable, not yet served' },
  absentee: { fa: 'غایب', en: 'absentee' },
  other: { fa: 'وضعیت دیگر', en: 'another status' },
};

/** University degree levels in both languages. */
export const LEVEL_LABELS: Readonly<Record<string, Bilingual>> = {
  associate: { fa: 'کاردانی', en: 'associate degree' },
  bachelor: { fa: 'کارشناسی', en: "bachelor's" },
  master: { fa: 'کارشناسی ارشد', en: "master's" },
  doctorate: { fa: 'دکتری تخصصی', en: 'PhD' },
};

/** Fields of study in both languages. */
export const FIELD_LABELS: Readonly<Record<string, Bilingual>> = {
  law: { fa: 'حقوق', en: 'law' },
  fiqhAndFoundationsOfIslamicLaw: { fa: 'فقه و مبانی حقوق اسلامی', en: 'fiqh and foundations of Islamic law' },
  judicialSciences: { fa: 'علوم قضایی', en: 'judicial sciences' },
  politicalScience: { fa: 'علوم سیاسی', en: 'political science' },
  softwareEngineering: { fa: 'مهندسی نرم‌افزار', en: 'software engineering' },
  computerEngineering: { fa: 'مهندسی کامپیوتر', en: 'computer engineering' },
  management: { fa: 'مدیریت', en: 'management' },
  economics: { fa: 'اقتصاد', en: 'economics' },
  islamicStudies: { fa: 'معارف اسلامی', en: 'Islamic studies' },
  other: { fa: 'رشته‌ای دیگر', en: 'another field' },
};

type Degree = { readonly degree: Bilingual };
type Clause = { readonly clause: Bilingual };
type Count = { readonly count: number };
type Exam = { readonly percent: number; readonly topShare: number };

const orDate = (d: string | null, fa: boolean): string =>
  d === null ? '' : fa ? `؛ در ${d} به این سن می‌رسد` : `, reached on ${d}`;

/** Messages of the eligibility domain. */
export const eligibilityMessages = defineMessages({
  // -- Art. 9(الف)
  'eligibility.nationality.met': {
    fa: (_: undefined) => 'تابعیت جمهوری اسلامی ایران را دارد.',
    en: (_: undefined) => 'Holds the nationality of the Islamic Republic of Iran.',
  },
  'eligibility.nationality.unmet': {
    fa: (_: undefined) => 'تابعیت جمهوری اسلامی ایران را ندارد.',
    en: (_: undefined) => 'Does not hold the nationality of the Islamic Republic of Iran.',
  },
  'eligibility.nationality.unknown': {
    fa: (_: undefined) => 'تابعیت معلوم نیست.',
    en: (_: undefined) => 'Nationality is not known.',
  },
  // -- Art. 9(ب)
  'eligibility.constitution.met': {
    fa: (_: undefined) => 'به قانون اساسی جمهوری اسلامی ایران پایبند است.',
    en: (_: undefined) => 'Adheres to the Constitution of the Islamic Republic of Iran.',
  },
  'eligibility.constitution.unmet': {
    fa: (_: undefined) => 'به قانون اساسی جمهوری اسلامی ایران پایبند نیست.',
    en: (_: undefined) => 'Does not adhere to the Constitution of the Islamic Republic of Iran.',
  },
  'eligibility.constitution.unknown': {
    fa: (_: undefined) => 'پایبندی به قانون اساسی معلوم نیست.',
    en: (_: undefined) => 'Adherence to the Constitution is not known.',
  },
  // -- Art. 9(پ)
  'eligibility.religion.met': {
    fa: (_: undefined) => 'متدین به دین مبین اسلام و ملتزم عملی به احکام و اخلاق اسلامی است.',
    en: (_: undefined) => 'Professes Islam and is committed in practice to Islamic precepts and ethics.',
  },
  'eligibility.religion.notMuslim': {
    fa: (_: undefined) => 'متدین به دین مبین اسلام نیست.',
    en: (_: undefined) => 'Does not profess Islam.',
  },
  'eligibility.religion.notPractising': {
    fa: (_: undefined) => 'التزام عملی به احکام و اخلاق اسلامی ندارد.',
    en: (_: undefined) => 'Is not committed in practice to Islamic precepts and ethics.',
  },
  'eligibility.religion.unknown': {
    fa: (_: undefined) => 'تدین به اسلام یا التزام عملی به احکام و اخلاق اسلامی معلوم نیست.',
    en: (_: undefined) => 'Profession of Islam or practical commitment to its precepts is not known.',
  },
  // -- Art. 9(ت)
  'eligibility.degree.met': {
    fa: (p: Degree) => `مدرک ${p.degree.fa} شرط مدرک تحصیلی را تأمین می‌کند.`,
    en: (p: Degree) => `The ${p.degree.en} meets the degree condition.`,
  },
  'eligibility.degree.unmet': {
    fa: (p: Count) =>
      'مدرک کارشناسی یا بالاتر در رشته‌های مرتبط با حقوق، فقه و مبانی حقوق اسلامی یا علوم قضایی، یا مدرک سطح دو یا بالاتر حوزه علمیه ندارد' +
      (p.count === 0 ? ' (هیچ مدرکی اعلام نشده است).' : ` (هیچ‌یک از ${p.count} مدرک اعلام‌شده شرط را ندارد).`),
    en: (p: Count) =>
      "Holds no bachelor's or higher degree in a field related to law, fiqh and foundations of Islamic law or judicial sciences, nor seminary level 2 or higher" +
      (p.count === 0 ? ' (no degree given).' : ` (none of the ${plural(p.count, 'degree')} given qualifies).`),
  },
  'eligibility.degree.unknown': {
    fa: (_: undefined) => 'هنوز معلوم نیست مدرکی شرط مدرک تحصیلی را تأمین کند.',
    en: (_: undefined) => 'Whether a degree meets the degree condition is not yet known.',
  },
  // -- Art. 9(ث)
  'eligibility.age.met': {
    fa: (p: RoleParam & { age: number; minAge: number }) => `${p.age} سال تمام دارد؛ حداقل سن ${ROLE_FA[p.role]} ${p.minAge} سال است.`,
    en: (p: RoleParam & { age: number; minAge: number }) => `Aged ${p.age} (completed years); ${ROLE_EN[p.role]} must be at least ${p.minAge}.`,
  },
  'eligibility.age.unmet': {
    fa: (p: RoleParam & { age: number; minAge: number; dateOfAge: string | null }) =>
      `${p.age} سال تمام دارد و به حداقل سن ${p.minAge} سال برای ${ROLE_FA[p.role]} نرسیده است${orDate(p.dateOfAge, true)}.`,
    en: (p: RoleParam & { age: number; minAge: number; dateOfAge: string | null }) =>
      `Aged ${p.age} (completed years); ${ROLE_EN[p.role]} must be at least ${p.minAge}${orDate(p.dateOfAge, false)}.`,
  },
  'eligibility.age.unknown': {
    fa: (p: RoleParam & { minAge: number }) => `تاریخ تولد معلوم نیست؛ حداقل سن ${ROLE_FA[p.role]} ${p.minAge} سال است.`,
    en: (p: RoleParam & { minAge: number }) => `Date of birth not known; ${ROLE_EN[p.role]} must be at least ${p.minAge}.`,
  },
  // -- Art. 9(ج)
  'eligibility.military.met': {
    fa: (p: { status: Bilingual }) => `دارای ${p.status.fa} از خدمت نظام وظیفه است.`,
    en: (p: { status: Bilingual }) => `Holds a ${p.status.en}.`,
  },
  'eligibility.military.notApplicable': {
    fa: (_: undefined) => 'شرط کارت پایان خدمت یا معافیت دائم فقط برای داوطلبان مرد است.',
    en: (_: undefined) => 'The military-service condition applies to male applicants only.',
  },
  'eligibility.military.unmet': {
    fa: (p: { status: Bilingual }) => `داوطلب مرد باید کارت پایان خدمت یا معافیت دائم داشته باشد؛ وضعیت اعلام‌شده: ${p.status.fa}.`,
    en: (p: { status: Bilingual }) => `A male applicant needs a completion card or a permanent exemption; status given: ${p.status.en}.`,
  },
  'eligibility.military.unknown': {
    fa: (_: undefined) => 'وضعیت خدمت نظام وظیفه (یا جنسیت) معلوم نیست.',
    en: (_: undefined) => 'Military-service status (or sex) is not known.',
  },
  // -- Art. 9(چ)
  'eligibility.dismissal.met': {
    fa: (_: undefined) => 'به انفصال دائم از خدمات دولتی و عمومی محکوم نشده است.',
    en: (_: undefined) => 'Has not been convicted to permanent dismissal from state and public service.',
  },
  'eligibility.dismissal.unmet': {
    fa: (_: undefined) => 'به انفصال دائم از خدمات دولتی و عمومی محکوم شده است.',
    en: (_: undefined) => 'Has been convicted to permanent dismissal from state and public service.',
  },
  'eligibility.dismissal.unknown': {
    fa: (_: undefined) => 'معلوم نیست به انفصال دائم از خدمات دولتی و عمومی محکوم شده باشد.',
    en: (_: undefined) => 'Whether convicted to permanent dismissal from state and public service is not known.',
  },
  // -- Art. 9(ح)
  'eligibility.computerSkills.met': {
    fa: (_: undefined) => 'مدرک مهارت کار با رایانه از مراجع معتبر دارد.',
    en: (_: undefined) => 'Holds a computer-skills certificate from a recognised body.',
  },
  'eligibility.computerSkills.unmet': {
    fa: (_: undefined) => 'مدرک مهارت کار با رایانه از مراجع معتبر ندارد.',
    en: (_: undefined) => 'Holds no computer-skills certificate from a recognised body.',
  },
  'eligibility.computerSkills.unknown': {
    fa: (_: undefined) => 'معلوم نیست مدرک مهارت کار با رایانه داشته باشد.',
    en: (_: undefined) => 'Whether a computer-skills certificate is held is not known.',
  },
  // -- Art. 9(خ)
  'eligibility.criminalRecord.met': {
    fa: (_: undefined) => 'سوء پیشینه موثر کیفری ندارد.',
    en: (_: undefined) => 'Has no effective criminal record.',
  },
  'eligibility.criminalRecord.unmet': {
    fa: (_: undefined) => 'سوء پیشینه موثر کیفری دارد.',
    en: (_: undefined) => 'Has an effective criminal record.',
  },
  'eligibility.criminalRecord.unknown': {
    fa: (_: undefined) => 'سوء پیشینه موثر کیفری معلوم نیست.',
    en: (_: undefined) => 'Whether there is an effective criminal record is not known.',
  },
  // -- Art. 9(د)
  'eligibility.addiction.met': {
    fa: (_: undefined) => 'به مواد مخدر اعتیاد ندارد.',
    en: (_: undefined) => 'Is not addicted to narcotics.',
  },
  'eligibility.addiction.unmet': {
    fa: (_: undefined) => 'به مواد مخدر اعتیاد دارد.',
    en: (_: undefined) => 'Is addicted to narcotics.',
  },
  'eligibility.addiction.unknown': {
    fa: (_: undefined) => 'عدم اعتیاد به مواد مخدر معلوم نیست.',
    en: (_: undefined) => 'Freedom from narcotics addiction is not known.',
  },
  // -- Art. 9(ذ)
  'eligibility.affiliation.met': {
    fa: (_: undefined) => 'به احزاب و گروهک‌های مخالف نظام جمهوری اسلامی ایران وابسته یا هوادار آنها نیست.',
    en: (_: undefined) => 'Is neither a member nor a supporter of parties or groups opposed to the Islamic Republic.',
  },
  'eligibility.affiliation.unmet': {
    fa: (_: undefined) => 'به احزاب یا گروهک‌های مخالف نظام جمهوری اسلامی ایران وابسته یا هوادار آنها است.',
    en: (_: undefined) => 'Is a member or a supporter of parties or groups opposed to the Islamic Republic.',
  },
  'eligibility.affiliation.unknown': {
    fa: (_: undefined) => 'وابستگی یا هواداری احزاب و گروهک‌های مخالف نظام معلوم نیست.',
    en: (_: undefined) => 'Membership or support of groups opposed to the Islamic Republic is not known.',
  },
  // -- Art. 11(الف)
  'eligibility.stateEmployment.met': {
    fa: (_: undefined) => 'مستخدم دستگاه‌های موضوع ماده ۵ قانون مدیریت خدمات کشوری یا ماده ۲۹ قانون برنامه ششم توسعه نیست.',
    en: (_: undefined) => 'Is not employed by a body under Art. 5 of the Civil Service Management Act or Art. 29 of the Sixth Development Plan Act.',
  },
  'eligibility.stateEmployment.unmet': {
    fa: (_: undefined) => 'مستخدم دستگاه‌های موضوع ماده ۵ قانون مدیریت خدمات کشوری یا ماده ۲۹ قانون برنامه ششم توسعه است و تا زمانی که مستخدم است نمی‌تواند در دفتر فعالیت کند.',
    en: (_: undefined) => 'Is employed by a body under Art. 5 of the Civil Service Management Act or Art. 29 of the Sixth Development Plan Act, and is barred while so employed.',
  },
  'eligibility.stateEmployment.unknown': {
    fa: (_: undefined) => 'معلوم نیست مستخدم دستگاه‌های دولتی یا عمومی باشد.',
    en: (_: undefined) => 'Whether employed by a state or public body is not known.',
  },
  // -- Art. 11(ب)
  'eligibility.commerce.met': {
    fa: (_: undefined) => 'به امر تجارت موضوع ماده ۲ قانون تجارت اشتغال ندارد.',
    en: (_: undefined) => 'Is not engaged in commerce within Art. 2 of the Commercial Code.',
  },
  'eligibility.commerce.unmet': {
    fa: (_: undefined) => 'به امر تجارت موضوع ماده ۲ قانون تجارت (از جمله دلالی) اشتغال دارد و تا زمانی که ادامه دارد نمی‌تواند در دفتر فعالیت کند.',
    en: (_: undefined) => 'Is engaged in commerce within Art. 2 of the Commercial Code (brokerage included), and is barred while it continues.',
  },
  'eligibility.commerce.unknown': {
    fa: (_: undefined) => 'معلوم نیست به امر تجارت اشتغال داشته باشد.',
    en: (_: undefined) => 'Whether engaged in commerce is not known.',
  },
  // -- Art. 11(پ)
  'eligibility.legalPractice.met': {
    fa: (_: undefined) => 'وکیل یا کارشناس رسمی دادگستری نیست.',
    en: (_: undefined) => 'Is neither an attorney nor an official expert of the judiciary.',
  },
  'eligibility.legalPractice.unmet': {
    fa: (p: { attorney: boolean; officialExpert: boolean }) =>
      `${p.attorney && p.officialExpert ? 'وکیل و کارشناس رسمی دادگستری' : p.attorney ? 'وکیل دادگستری' : 'کارشناس رسمی دادگستری'} است و تا زمانی که به آن اشتغال دارد نمی‌تواند در دفتر فعالیت کند.`,
    en: (p: { attorney: boolean; officialExpert: boolean }) =>
      `Is ${p.attorney && p.officialExpert ? 'an attorney and an official expert of the judiciary' : p.attorney ? 'an attorney' : 'an official expert of the judiciary'}, and is barred while practising.`,
  },
  'eligibility.legalPractice.unknown': {
    fa: (_: undefined) => 'معلوم نیست وکیل یا کارشناس رسمی دادگستری باشد.',
    en: (_: undefined) => 'Whether an attorney or an official expert of the judiciary is not known.',
  },
  // -- Art. 10(الف)
  'eligibility.exam.passed': {
    fa: (p: Exam) => `در آزمون تخصصی حداقل ${p.percent} درصد نمره تراز میانگین ${p.topShare} درصد حائزان بالاترین نمره تراز را کسب کرده است.`,
    en: (p: Exam) => `Passed the specialised exam (at least ${p.percent}% of the mean standardized score of the top ${p.topShare}%).`,
  },
  'eligibility.exam.failed': {
    fa: (p: Exam) => `در آزمون تخصصی ${p.percent} درصد نمره تراز میانگین ${p.topShare} درصد حائزان بالاترین نمره را کسب نکرده است.`,
    en: (p: Exam) => `Did not pass the specialised exam (${p.percent}% of the mean standardized score of the top ${p.topShare}%).`,
  },
  'eligibility.exam.unknown': {
    fa: (_: undefined) => 'نتیجه آزمون تخصصی معلوم نیست.',
    en: (_: undefined) => 'The result of the specialised exam is not known.',
  },
  // -- Art. 10(ب)
  'eligibility.experience.met': {
    fa: (p: Degree & { counted: number; required: number; years: number; reachedOn: string }) =>
      `${p.counted} روز سابقه کار مرتبط دارد؛ برای دارنده ${p.degree.fa} ${p.years} سال (${p.required} روز) لازم است که در ${p.reachedOn} کامل شد.`,
    en: (p: Degree & { counted: number; required: number; years: number; reachedOn: string }) =>
      `${plural(p.counted, 'day')} of related work; a holder of a ${p.degree.en} needs ${plural(p.years, 'year')} (${plural(p.required, 'day')}), completed on ${p.reachedOn}.`,
  },
  'eligibility.experience.short': {
    fa: (p: Degree & { counted: number; required: number; years: number; shortfall: number; metOn: string | null }) =>
      `${p.counted} روز سابقه کار مرتبط دارد؛ برای دارنده ${p.degree.fa} ${p.years} سال (${p.required} روز) لازم است و ${p.shortfall} روز کم دارد` +
      (p.metOn === null ? '.' : `؛ اگر کار ادامه یابد در ${p.metOn} کامل می‌شود.`),
    en: (p: Degree & { counted: number; required: number; years: number; shortfall: number; metOn: string | null }) =>
      `${plural(p.counted, 'day')} of related work; a holder of a ${p.degree.en} needs ${plural(p.years, 'year')} (${plural(p.required, 'day')}): ${plural(p.shortfall, 'day')} short` +
      (p.metOn === null ? '.' : `; reached on ${p.metOn} if the work goes on.`),
  },
  'eligibility.experience.shortOfLeast': {
    fa: (p: { counted: number; least: number; shortfall: number; metOn: string | null }) =>
      `${p.counted} روز سابقه کار مرتبط دارد و حتی به کمترین مدتی که مدارک اعلام‌شده ممکن است لازم کنند (${p.least} روز) نمی‌رسد؛ ${p.shortfall} روز کم دارد` +
      (p.metOn === null ? '.' : `؛ اگر کار ادامه یابد در ${p.metOn} به آن می‌رسد.`),
    en: (p: { counted: number; least: number; shortfall: number; metOn: string | null }) =>
      `${plural(p.counted, 'day')} of related work, short even of the least requirement the degrees given could set (${plural(p.least, 'day')}): ${plural(p.shortfall, 'day')} short` +
      (p.metOn === null ? '.' : `; reached on ${p.metOn} if the work goes on.`),
  },
  'eligibility.experience.noQualifyingDegree': {
    fa: (_: undefined) => 'مدرک واجد شرطی ندارد، پس هیچ‌یک از مدت‌های سابقه کار بند ب ماده ۱۰ درباره او قابل احراز نیست.',
    en: (_: undefined) => 'Holds no qualifying degree, so none of the experience requirements of Art. 10(b) can be met.',
  },
  'eligibility.experience.unknown': {
    fa: (p: { counted: number; possible: number }) =>
      `سابقه کار لازم یا مرتبط بودن سابقه هنوز معلوم نیست؛ ${p.counted} روز سابقه مرتبط احراز شده است` +
      (p.possible > p.counted ? ` و تا ${p.possible} روز ممکن است مرتبط باشد.` : '.'),
    en: (p: { counted: number; possible: number }) =>
      `The experience required, or whether the work is related, is not yet known; ${plural(p.counted, 'day')} of related work established` +
      (p.possible > p.counted ? `, up to ${plural(p.possible, 'day')} possibly related.` : '.'),
  },
  // -- Summaries
  'eligibility.summary.eligible': {
    fa: (p: RoleParam) => `همه شرایط مواد ۹ و ۱۱ برای ${ROLE_FA[p.role]} احراز شد.`,
    en: (p: RoleParam) => `Meets every condition of Arts. 9 and 11 for ${ROLE_EN[p.role]}.`,
  },
  'eligibility.summary.ineligible': {
    fa: (p: RoleParam & Count) => `شرایط ${ROLE_FA[p.role]} را ندارد: ${p.count} شرط احراز نشد.`,
    en: (p: RoleParam & Count) => `Not eligible as ${ROLE_EN[p.role]}: ${plural(p.count, 'condition')} unmet.`,
  },
  'eligibility.summary.incomplete': {
    fa: (p: RoleParam & Count) => `برای ${ROLE_FA[p.role]} هنوز نمی‌توان تصمیم گرفت: ${p.count} شرط معلوم نیست.`,
    en: (p: RoleParam & Count) => `Cannot yet decide for ${ROLE_EN[p.role]}: ${plural(p.count, 'condition')} unknown.`,
  },
  'eligibility.licence.summary.eligible': {
    fa: (_: undefined) => 'همه شرایط صدور پروانه (مواد ۹، ۱۰ و ۱۱) احراز شد.',
    en: (_: undefined) => 'Every condition for issuing the licence (Arts. 9, 10 and 11) is met.',
  },
  'eligibility.licence.summary.ineligible': {
    fa: (p: Count) => `صدور پروانه ممکن نیست: ${p.count} شرط احراز نشد.`,
    en: (p: Count) => `The licence cannot be issued: ${plural(p.count, 'condition')} unmet.`,
  },
  'eligibility.licence.summary.incomplete': {
    fa: (p: Count) => `درباره صدور پروانه هنوز نمی‌توان تصمیم گرفت: ${p.count} شرط معلوم نیست.`,
    en: (p: Count) => `Cannot yet decide on the licence: ${plural(p.count, 'condition')} unknown.`,
  },
  // -- Art. 45
  'eligibility.revocation.lost': {
    fa: (p: Clause) => `شرط ${p.clause.fa} پس از صدور پروانه از دست رفته است.`,
    en: (p: Clause) => `The condition of ${p.clause.en} was held when the licence was issued and has been lost.`,
  },
  'eligibility.revocation.neverHeld': {
    fa: (p: Clause) => `شرط ${p.clause.fa} از ابتدا (هنگام صدور پروانه) وجود نداشته است و هنوز وجود ندارد.`,
    en: (p: Clause) => `The condition of ${p.clause.en} was lacking from the start (when the licence was issued) and still is.`,
  },
  'eligibility.revocation.neverHeldAtIssue': {
    fa: (p: Clause) => `شرط صدور پروانه ${p.clause.fa} هنگام صدور پروانه وجود نداشته است.`,
    en: (p: Clause) => `The licensing condition of ${p.clause.en} was lacking when the licence was issued.`,
  },
  'eligibility.revocation.unmetNow': {
    fa: (p: Clause) => `شرط ${p.clause.fa} اکنون وجود ندارد (معلوم نیست هنگام صدور پروانه وجود داشته است یا نه).`,
    en: (p: Clause) => `The condition of ${p.clause.en} is lacking now (whether it was held when the licence was issued is not known).`,
  },
  'eligibility.revocation.cured': {
    fa: (p: Clause) => `شرط ${p.clause.fa} هنگام صدور پروانه وجود نداشت ولی اکنون وجود دارد؛ به خوانش این کتابخانه از ماده ۴۵ («فاقد شرایط بوده است») موجب لغو نیست.`,
    en: (p: Clause) => `The condition of ${p.clause.en} was lacking when the licence was issued but is held now; on this library's reading of Art. 45 it is no ground for revocation.`,
  },
  'eligibility.revocation.curedGround': {
    fa: (p: Clause) => `شرط ${p.clause.fa} هنگام صدور پروانه وجود نداشت؛ هرچند اکنون وجود دارد، به انتخاب تماس‌گیرنده موجب لغو است.`,
    en: (p: Clause) => `The condition of ${p.clause.en} was lacking when the licence was issued; although held now, the chosen reading makes it a ground for revocation.`,
  },
  'eligibility.revocation.follows': {
    fa: (p: Count) => `هیات بدوی با احراز ${p.count} مورد فقدان شرایط، به لغو پروانه رای خواهد داد.`,
    en: (p: Count) => `With ${plural(p.count, 'condition')} lacking, the first-instance board is to rule that the licence be revoked.`,
  },
  'eligibility.revocation.none': {
    fa: (_: undefined) => 'موجبی برای لغو پروانه احراز نشد.',
    en: (_: undefined) => 'No ground for revoking the licence is established.',
  },
  'eligibility.revocation.undetermined': {
    fa: (p: Count) => `موجب لغو پروانه احراز نشد، ولی ${p.count} شرط معلوم نیست.`,
    en: (p: Count) => `No ground for revocation is established, but ${plural(p.count, 'condition')} ${p.count === 1 ? 'is' : 'are'} unknown.`,
  },
  'eligibility.revocation.appeal': {
    fa: (p: { days: number; lastDay: string | null }) =>
      `رای لغو پروانه ظرف ${p.days} روز از ابلاغ، به اعتراض مدیر دفتر، قابل رسیدگی در هیأت تجدیدنظر است` +
      (p.lastDay === null ? '.' : `؛ آخرین روز اعتراض ${p.lastDay} است.`),
    en: (p: { days: number; lastDay: string | null }) =>
      `The revocation may be appealed by the manager to the appeal board within ${plural(p.days, 'day')} of notification` +
      (p.lastDay === null ? '.' : `; the last day to appeal is ${p.lastDay}.`),
  },
  'eligibility.continuing.summary.revoke': {
    fa: (p: Count) => `پروانه باید لغو شود (ماده ۴۵): ${p.count} شرط وجود ندارد.`,
    en: (p: Count) => `The licence is to be revoked (Art. 45): ${plural(p.count, 'condition')} lacking.`,
  },
  'eligibility.continuing.summary.noGround': {
    fa: (_: undefined) => 'مدیر دفتر همه شرایط را دارد؛ موجبی برای لغو پروانه نیست.',
    en: (_: undefined) => 'The manager meets every condition; no ground to revoke the licence.',
  },
  'eligibility.continuing.summary.incomplete': {
    fa: (p: Count) => `درباره لغو پروانه هنوز نمی‌توان تصمیم گرفت: ${p.count} شرط معلوم نیست.`,
    en: (p: Count) => `Cannot yet decide on revocation: ${plural(p.count, 'condition')} unknown.`,
  },
});
