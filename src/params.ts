/**
 * Every number the regulation fixes, in one table, each with its citation. Rules read
 * these; no rule writes a number of the law inside a formula. (OpenFisca's lesson:
 * parameters are data with a reference to their article.)
 *
 * `value` is a number; ranges give `min` and `max` (with `minExclusive` where the text
 * says «بیش از», more than). Units: `years`, `months`, `days`, `percent`, `grade`,
 * `count`, `judicialGrade`.
 */
import type { Citation } from './core/citation.js';

/** The unit of a parameter. */
export type ParameterUnit = 'years' | 'months' | 'days' | 'percent' | 'grade' | 'count' | 'judicialGrade';

interface ParameterBase {
  readonly unit: ParameterUnit;
  readonly citation: Citation;
  /** What the number is, in Persian and English. */
  readonly label: { readonly fa: string; readonly en: string };
  /** Set where the number is this library's reading rather than the text's (see docs/interpretation.md). */
  readonly interpretation?: string;
}

/** A single number. */
export interface ScalarParameter extends ParameterBase {
  readonly value: number;
}

/** A range; `minExclusive` when the text says "more than" the minimum. */
export interface RangeParameter extends ParameterBase {
  readonly min: number;
  readonly max: number;
  readonly minExclusive?: boolean;
}

/** A parameter of the regulation. */
export type Parameter = ScalarParameter | RangeParameter;

/** The parameters of the 1401 regulation. */
export const PARAMETERS = {
  // Art. 9(ث): ages
  managerMinAge: {
    value: 24, unit: 'years', citation: { article: 9, clause: 'ث' },
    label: { fa: 'حداقل سن مدیر دفتر', en: "Minimum age of an office's manager" },
  },
  legalExpertMinAge: {
    value: 22, unit: 'years', citation: { article: 9, clause: 'ث' },
    label: { fa: 'حداقل سن کارشناس حقوقی', en: 'Minimum age of a legal expert' },
  },
  // Art. 10(الف): the exam
  examPassPercent: {
    value: 70, unit: 'percent', citation: { article: 10, clause: 'الف' },
    label: { fa: 'حداقل درصد نمره تراز میانگین حائزان بالاترین نمره', en: 'Minimum percentage of the mean standardized score of the top scorers' },
  },
  examTopSharePercent: {
    value: 1, unit: 'percent', citation: { article: 10, clause: 'الف' },
    label: { fa: 'سهم حائزان بالاترین نمره تراز', en: 'Share of the sitting whose mean sets the cut-off' },
    interpretation: 'D6: k = ceil(n/100), at least 1',
  },
  // Art. 10(ب): experience by degree
  experienceYearsBachelor: {
    value: 3, unit: 'years', citation: { article: 10, clause: 'ب' },
    label: { fa: 'سابقه کار مرتبط برای کارشناسی یا سطح دو حوزه', en: "Related experience for a bachelor's degree or seminary level 2" },
  },
  experienceYearsMaster: {
    value: 2, unit: 'years', citation: { article: 10, clause: 'ب' },
    label: { fa: 'سابقه کار مرتبط برای کارشناسی ارشد یا سطح سه حوزه', en: "Related experience for a master's degree or seminary level 3" },
  },
  experienceYearsDoctorate: {
    value: 1, unit: 'years', citation: { article: 10, clause: 'ب' },
    label: { fa: 'سابقه کار مرتبط برای دکتری تخصصی یا سطح چهار حوزه', en: 'Related experience for a PhD or seminary level 4' },
  },
  daysPerExperienceYear: {
    value: 365, unit: 'days', citation: { article: 10, clause: 'ب' },
    label: { fa: 'روزهای هر سال سابقه', en: 'Days in a year of experience' },
    interpretation: 'D5: N years = N × 365 days (option daysPerYear)',
  },
  // Art. 29: penalty grades
  penaltyGrades: {
    min: 1, max: 7, unit: 'grade', citation: { article: 29 },
    label: { fa: 'درجات مجازات انتظامی', en: 'Disciplinary penalty grades' },
  },
  grade5SuspensionMonths: {
    min: 3, max: 12, unit: 'months', citation: { article: 29, grade: 5 },
    label: { fa: 'تعلیق موقت درجه پنج', en: 'Grade 5 temporary suspension' },
  },
  grade6SuspensionMonths: {
    min: 12, max: 36, minExclusive: true, unit: 'months', citation: { article: 29, grade: 6 },
    label: { fa: 'تعلیق موقت درجه شش (بیش از یک سال تا سه سال)', en: 'Grade 6 temporary suspension (more than 1 year to 3 years)' },
  },
  // Art. 30 note: limitation
  limitationYears: {
    value: 2, unit: 'years', citation: { article: 30, note: 1 },
    label: { fa: 'مدت مرور زمان تعقیب انتظامی', en: 'Limitation period of disciplinary prosecution' },
  },
  // Art. 31: suspension of prosecution
  prosecutionSuspensionMaxGrade: {
    value: 4, unit: 'grade', citation: { article: 31 },
    label: { fa: 'بالاترین درجه قابل تعلیق تعقیب', en: 'Highest grade for which prosecution may be suspended' },
  },
  prosecutionSuspensionYears: {
    min: 1, max: 2, unit: 'years', citation: { article: 31 },
    label: { fa: 'مدت تعلیق تعقیب انتظامی', en: 'Period of suspension of prosecution' },
  },
  // Art. 32: mitigation
  mitigationGrades: {
    min: 1, max: 2, unit: 'grade', citation: { article: 32 },
    label: { fa: 'تخفیف مجازات', en: 'Mitigation of the penalty' },
  },
  // Art. 33: appeals
  appealableMinGrade: {
    value: 4, unit: 'grade', citation: { article: 33 },
    label: { fa: 'کمترین درجه مجازات قابل اعتراض', en: 'Lowest appealable penalty grade' },
  },
  acquittalAppealableMinGrade: {
    value: 5, unit: 'grade', citation: { article: 33 },
    label: { fa: 'کمترین درجه تخلفی که رای برائت آن قابل اعتراض است', en: 'Lowest grade of offence whose acquittal is appealable' },
  },
  appealDays: {
    value: 20, unit: 'days', citation: { article: 33 },
    label: { fa: 'مهلت اعتراض به رای هیات بدوی', en: "Time to appeal a first-instance board's ruling" },
  },
  // Art. 37(ج), 38(چ), 39(ب), 40(ث): manager's unexcused absence
  absenceGrade4MaxDays: {
    value: 3, unit: 'days', citation: { article: 37, clause: 'ج' },
    label: { fa: 'غیبت مدیر دفتر تا سه روز', en: "Manager's unexcused absence up to 3 days" },
  },
  absenceGrade5MaxDays: {
    value: 10, unit: 'days', citation: { article: 38, clause: 'چ' },
    label: { fa: 'غیبت مدیر دفتر بیش از سه روز تا ده روز', en: "Manager's unexcused absence of more than 3 up to 10 days" },
  },
  absenceGrade6MaxMonths: {
    value: 1, unit: 'months', citation: { article: 39, clause: 'ب' },
    label: { fa: 'غیبت مدیر دفتر بیش از ده روز تا یک ماه', en: "Manager's unexcused absence of more than 10 days up to 1 month" },
  },
  daysPerMonth: {
    value: 30, unit: 'days', citation: { article: 39, clause: 'ب' },
    label: { fa: 'روزهای یک ماه در شمارش غیبت', en: 'Days in a month when absence is counted' },
    interpretation: 'D9: one month = 30 days, as Art. 443 of the Civil Procedure Code counts a month (option)',
  },
  // Art. 38(خ), 39(الف), 40(پ): office closed in office hours
  closureGrade5MaxDays: {
    value: 1, unit: 'days', citation: { article: 38, clause: 'خ' },
    label: { fa: 'تعطیل خدمت در اوقات اداری تا یک روز', en: 'Office closed in office hours up to 1 day' },
  },
  closureGrade6MaxDays: {
    value: 3, unit: 'days', citation: { article: 39, clause: 'الف' },
    label: { fa: 'تعطیل خدمت بیش از یک روز تا سه روز', en: 'Office closed more than 1 up to 3 days' },
  },
  // Art. 41: unlisted breach
  unlistedBreachGrades: {
    min: 2, max: 4, unit: 'grade', citation: { article: 41 },
    label: { fa: 'مجازات تخلف پیش‌بینی‌نشده', en: 'Penalty of a breach the regulation does not list' },
  },
  // Art. 43: repeat
  repeatPriorMaxGrade: {
    value: 4, unit: 'grade', citation: { article: 43 },
    label: { fa: 'بالاترین درجه محکومیت سابق موجب تشدید', en: 'Highest grade of a prior conviction that aggravates' },
  },
  repeatWindowYears: {
    value: 2, unit: 'years', citation: { article: 43 },
    label: { fa: 'مدت تکرار تخلف پس از اجرای حکم', en: 'Repeat window after the sentence was carried out' },
  },
  aggravationGrades: {
    value: 1, unit: 'grade', citation: { article: 44 },
    label: { fa: 'تشدید یک درجه', en: 'Aggravation by one grade' },
  },
  // Art. 45: revocation appeal
  revocationAppealDays: {
    value: 20, unit: 'days', citation: { article: 45 },
    label: { fa: 'مهلت اعتراض به رای لغو پروانه', en: 'Time to appeal a revocation of the licence' },
  },
  // Arts. 23–25: boards
  boardJudges: {
    value: 2, unit: 'count', citation: { article: 23 },
    label: { fa: 'تعداد قضات هر هیات', en: 'Judges on each board' },
  },
  appealJudgeMinJudicialGrade: {
    value: 9, unit: 'judicialGrade', citation: { article: 24 },
    label: { fa: 'حداقل پایه قضایی قضات هیات تجدیدنظر', en: 'Minimum judicial grade of the appeal board judges' },
  },
  // Art. 17 note 1: field inspection
  fieldInspectionsPerYear: {
    value: 1, unit: 'count', citation: { article: 17, note: 1 },
    label: { fa: 'حداقل بازرسی میدانی سالانه از دفاتر با رتبه پایین‌تر از میانگین', en: 'Minimum yearly field inspections of offices ranked below the national average' },
  },
  // Art. 47(الف): the exam
  examIntervalYears: {
    value: 2, unit: 'years', citation: { article: 47, clause: 'الف' },
    label: { fa: 'برگزاری آزمون حداقل هر دو سال یک نوبت', en: 'The exam is held at least once every two years' },
  },
  // Art. 14: exemption enquiry
  exemptionEnquiryMonths: {
    value: 6, unit: 'months', citation: { article: 14, paragraph: 2 },
    label: { fa: 'مهلت فراهم کردن استعلام الکترونیک افراد معاف', en: 'Time for the Center to provide the electronic enquiry of exempt persons' },
  },
  // Arts. 23–25: the other seats of each board (operations)
  boardRepresentatives: {
    value: 1, unit: 'count', citation: { article: 23 },
    label: { fa: 'نماینده کانون (هیات بدوی) یا مرکز (هیات تجدیدنظر) در هر هیات', en: 'Representative of the Association (first instance) or the Center (appeal) on each board' },
  },
  boardAlternateJudges: {
    value: 1, unit: 'count', citation: { article: 25 },
    label: { fa: 'قاضی علی‌البدل هر هیات', en: 'Alternate judge of each board' },
  },
  boardAlternateRepresentatives: {
    value: 1, unit: 'count', citation: { article: 25 },
    label: { fa: 'نماینده علی‌البدل کانون یا مرکز در هر هیات', en: 'Alternate representative of the Association or the Center on each board' },
  },
  // Arts. 7, 12, 47(ب), 49, 53: the Center's calendar (operations)
  servicesIdentificationYears: {
    value: 1, unit: 'years', citation: { article: 7 },
    label: { fa: 'مهلت شناسایی و ارائه خدمات و استعلامات الکترونیکی از تاریخ تصویب', en: 'Time from approval to identify and provide the electronic services and enquiries' },
  },
  officeAdministrationInstructionMonths: {
    value: 1, unit: 'months', citation: { article: 12 },
    label: { fa: 'مهلت تهیه دستورالعمل نحوه اداره دفتر پس از ابلاغ', en: 'Time after communication to issue the instruction on running an office without its manager' },
  },
  kioskInstructionMonths: {
    value: 1, unit: 'months', citation: { article: 49 },
    label: { fa: 'مهلت تهیه دستورالعمل تأسیس باجه پس از ابلاغ', en: 'Time after communication to issue the instruction on kiosks' },
  },
  yearlyPublicationYears: {
    value: 1, unit: 'years', citation: { article: 47, clause: 'ب' },
    label: { fa: 'انتشار سالانه اطلاعات مؤثر برای تأسیس دفتر', en: 'Yearly publication of the information relevant to opening an office' },
  },
  yearlyReportYears: {
    value: 1, unit: 'years', citation: { article: 53 },
    label: { fa: 'گزارش سالانه اقدامات اجرایی به رئیس قوه قضائیه', en: 'Yearly report of the implementation to the Head of the Judiciary' },
  },
} as const satisfies Readonly<Record<string, Parameter>>;

/** The name of a parameter. */
export type ParameterName = keyof typeof PARAMETERS;

/**
 * The dates the regulation states, each with its article (formulas read them from here).
 *
 * @example
 * REGULATION_DATES.approval.value; // '1401/05/23'
 */
export const REGULATION_DATES = {
  // ماده ۵۴- ... در تاریخ ۲۳ / ۵ / ۱۴۰۱ به تصویب رییس قوه قضائیه رسید.
  approval: {
    value: '1401/05/23',
    citation: { article: 54 },
    label: { fa: 'تاریخ تصویب آیین‌نامه به دست رئیس قوه قضاییه', en: 'The day the Head of the Judiciary approved the regulation' },
  },
} as const satisfies Readonly<Record<string, { value: string; citation: Citation; label: { fa: string; en: string } }>>;

/**
 * Bounds on input that are NOT numbers of the regulation (and so not in
 * {@link PARAMETERS}): this library's own limits, so that every function answers or
 * refuses in bounded time whatever it is given (issue 14). Each says why it is safe.
 *
 * @example
 * LIMITS.maxPeriodDays; // 3650: notificationDeadline refuses `days` above it (InputError on `days`)
 */
export const LIMITS = {
  /**
   * The longest period `notificationDeadline` counts: 3,650 days (about ten years). Not a
   * number of the regulation, whose periods from a notification are 20 days (Arts. 33,
   * 45), nor of the Civil Procedure Code; a bound far above any period the law uses, so
   * that a `days` of 2^53 is refused (the typed InputError) instead of counted.
   */
  maxPeriodDays: 3_650,
} as const;
