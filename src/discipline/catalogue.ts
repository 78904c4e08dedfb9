/**
 * The offence catalogue: every clause of Arts. 34–40 (51 clauses) with its grade, and
 * Art. 41's unlisted breach.
 *
 * Ids are stable: `art<article>-<clause>` where `<clause>` is the Latin transliteration of
 * the clause letter used in English citations (`CLAUSE_TRANSLITERATION`: الف a, ب b, پ p,
 * ت t, ث th, ج j, چ ch, ح h, خ kh, د d, ذ dh, ر r, ز z). So Art. 38(ذ) is `art38-dh`,
 * Art. 36(ث) is `art36-th`. Art. 41's unlisted breach is `art41`.
 *
 * Clauses follow the published text, oddities included (SPEC D15): Art. 37 goes from د
 * to ز (no ذ or ر); Art. 39's ث and ج are published on one line and are two clauses here.
 * Art. 39 therefore has six clauses, and the seven articles 4 + 4 + 7 + 11 + 12 + 6 + 7 = 51.
 *
 * `text` is the clause as published, without its letter and without the closing «؛» or
 * «.» that separates it from the next clause; spelling is the text's own (e.g. «واريز»
 * with an Arabic yeh in Art. 37(ح)). A test compares each `text` with the regulation file.
 */
import * as z from 'zod/mini';
import { art, type Citation, type ClauseLetter } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import { PARAMETERS } from '../params.js';

/** A penalty grade of Art. 29 (1 = oral warning … 7 = permanent revocation). */
export type PenaltyGrade = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The day-count offences (SPEC D9): a manager's unexcused absence, the office closed in office hours. */
export type DayCountKind = 'absence' | 'closure';

/** One offence of Arts. 34–40. */
export interface OffenceEntry {
  /** Stable id: `art<article>-<clause transliteration>`, e.g. `art38-dh`. */
  readonly id: string;
  readonly article: number;
  readonly clause: ClauseLetter;
  readonly citation: Citation;
  /** The grade the article attaches to every clause it lists. */
  readonly grade: PenaltyGrade;
  /** The clause in Persian, as published. */
  readonly text: string;
  /** An English title. */
  readonly title: string;
  /** Set on the clauses that a number of days decides (SPEC D9). */
  readonly dayCount?: DayCountKind;
}

/**
 * The grade each article attaches to its clauses:
 * «مرتکبان هر یک از تخلفات زیر به مجازات درجه یک محکوم می شوند» (Art. 34) … درجه هفت (Art. 40).
 */
export const ARTICLE_GRADES: Readonly<Record<number, PenaltyGrade>> = Object.freeze(
  Object.fromEntries(
    (
      [
        [art(34), 1],
        [art(35), 2],
        [art(36), 3],
        [art(37), 4],
        [art(38), 5],
        [art(39), 6],
        [art(40), 7],
      ] as const
    ).map(([c, g]) => [c.article, g]),
  ),
);

function o<const I extends string>(id: I, citation: Citation, text: string, title: string, dayCount?: DayCountKind) {
  const article = citation.article;
  const clause = citation.clause as ClauseLetter;
  const grade = ARTICLE_GRADES[article] as PenaltyGrade;
  const entry = { id, article, clause, citation, grade, text, title };
  return (dayCount === undefined ? entry : { ...entry, dayCount }) as OffenceEntry & { readonly id: I };
}

/** Every offence of Arts. 34–40, in the order of the text. */
export const offenceCatalogue = Object.freeze([
  // ماده ۳۴- مرتکبان هر یک از تخلفات زیر به مجازات درجه یک محکوم می شوند:
  o('art34-a', art(34, 'الف'), 'عدم نصب دستگاه نوبت دهی یا عدم استفاده از سامانه نوبت دهی', 'Not installing a queue-ticket machine or not using the queuing system'),
  o('art34-b', art(34, 'ب'), 'فراهم نکردن زمینه استفاده از امکانات رفاهی برای مراجعان', 'Not providing amenities for clients'),
  o('art34-p', art(34, 'پ'), 'عدم نصب اطلاعیه های مرکز یا کانون ویژه مراجعان', "Not posting the Center's or the Association's notices for clients"),
  o('art34-t', art(34, 'ت'), 'عدم نصب تعرفه خدمات در محل مناسب', 'Not posting the tariff of services in a suitable place'),
  // ماده ۳۵- مرتکبان هر یک از تخلفات زیر به مجازات درجه دو محکوم می شوند:
  o('art35-a', art(35, 'الف'), 'ترک محل خدمت در خلال ساعات موظف اداری توسط مدیر دفتر بدون عذر موجه', 'The manager leaving the workplace during required office hours without a valid excuse'),
  o('art35-b', art(35, 'ب'), 'تأخیر در ارسال آمار و اطلاعات درخواستی به مراجع صلاحیت دار', 'Delay in sending requested statistics and information to the competent authorities'),
  o('art35-p', art(35, 'پ'), 'عدم رعایت نوبت مراجعان در ارائه خدمات', "Not respecting clients' turn in providing services"),
  o('art35-t', art(35, 'ت'), 'عدم تسلیم قبض رسید وجوه به مراجعان', 'Not giving clients a receipt for money paid'),
  // ماده ۳۶- مرتکبان هر یک از تخلفات زیر به مجازات درجه سه محکوم میشوند:
  o('art36-a', art(36, 'الف'), 'عدم رعایت استانداردها و نصب تجهیزات اعلام شده از سوی مرکز', 'Not complying with the standards and the equipment announced by the Center'),
  o('art36-b', art(36, 'ب'), 'تکرار تاخیر در ورود به محل خدمت یا تعجیل در خروج از آن', 'Repeatedly arriving late at, or leaving early from, the workplace'),
  o('art36-p', art(36, 'پ'), 'عدم حضور فعال در دوره های آموزشی مربوط', 'Not taking an active part in the relevant training courses'),
  o('art36-t', art(36, 'ت'), 'به کارگیری افراد فاقد گواهی مهارت در دفتر', 'Employing people without a skills certificate in the office'),
  o('art36-th', art(36, 'ث'), 'عدم نظارت منتهی به بی نظمی در امور دفتر', "Lack of supervision leading to disorder in the office's affairs"),
  o('art36-j', art(36, 'ج'), 'عدم رعایت عفاف، حجاب و شعائر اسلامی', 'Not observing modesty, hijab and Islamic rites'),
  o('art36-ch', art(36, 'چ'), 'سهل انگاری در ثبت اطلاعات', 'Negligence in recording information'),
  // ماده ۳۷- مرتکبان هر یک از تخلفات زیر به مجازات درجه چهار محکوم میشوند:
  // (the published clauses run الف … د, then ز: there is no ذ or ر — SPEC D15)
  o('art37-a', art(37, 'الف'), 'عدم رعایت نکات امنیتی در حفاظت از اطلاعات و استفاده از سامانه مطابق با ضوابط ابلاغی مرکز', "Not following security rules in protecting information and using the system under the Center's rules"),
  o('art37-b', art(37, 'ب'), 'تقصیر در درج اطلاعات یا اسناد در سامانه و یا تأخیر غیرموجه در ارسال آنها در امور فاقد مهلت', 'Fault in entering information or documents in the system, or unjustified delay in sending them, in matters without a time limit'),
  o('art37-p', art(37, 'پ'), 'خودداری از ارائه تمام یا بخشی از خدمات به مراجعان بدون عذر موجه در ساعت کار دفتر', "Refusing all or part of the services to clients without a valid excuse during the office's working hours"),
  o('art37-t', art(37, 'ت'), 'ثبت اطلاعات غلط مستوجب رد درخواست در مرجع قضایی', 'Recording wrong information that causes a judicial authority to reject the request'),
  o('art37-th', art(37, 'ث'), 'به کارگیری افراد ممنوع از خدمت در دفاتر', 'Employing people barred from service in the offices'),
  o('art37-j', art(37, 'ج'), 'غیبت مدیر دفتر تا سه روز بدون عذر موجه', "The manager's unexcused absence of up to three days", 'absence'),
  o('art37-ch', art(37, 'چ'), 'رفتار خارج از نزاکت با مراجعان و همکاران', 'Discourteous conduct towards clients and colleagues'),
  o('art37-h', art(37, 'ح'), 'امتناع از واريز وجوه به حسابهای مربوط', 'Refusing to deposit money into the relevant accounts'),
  o('art37-kh', art(37, 'خ'), 'ایجاد بدبینی یا بی اعتمادی در مردم', 'Creating suspicion or distrust among the public'),
  o('art37-d', art(37, 'د'), 'اهمال در انجام وظایف محوله', 'Neglect in performing assigned duties'),
  o('art37-z', art(37, 'ز'), 'عدم همکاری با بازرسان', 'Not cooperating with inspectors'),
  // ماده ۳۸- مرتکبان هر یک از تخلفات زیر به مجازات درجه پنج محکوم می شوند:
  o('art38-a', art(38, 'الف'), 'تأخیر غیرموجه در ارسال یا درج اطلاعات یا اسناد مربوط در سامانه در انجام امور دارای مهلت قانونی', 'Unjustified delay in sending or entering information or documents in the system in matters with a statutory time limit'),
  o('art38-b', art(38, 'ب'), 'افشای اطلاعات اصحاب دعوا به افراد غیر مسؤول و عدم رعایت حریم خصوصی', "Disclosing litigants' information to unauthorised people and not respecting privacy"),
  o('art38-p', art(38, 'پ'), 'رفتار خلاف شأن و عرف مسلم مدیران دفاتر در فضای مجازی یا واقعی', "Conduct unbecoming an office manager, online or offline"),
  o('art38-t', art(38, 'ت'), 'اشتغال به فعالیتهای شغلی یا حرفهای ممنوع موضوع این آیین نامه', 'Engaging in occupational or professional activities this regulation prohibits'),
  o('art38-th', art(38, 'ث'), 'محکومیت قطعی کیفری در ارتکاب جرم عمدی فاقد مجازات تبعی', 'Final criminal conviction for an intentional crime without accessory penalties'),
  o('art38-j', art(38, 'ج'), 'استفاده از استعلامات بدون جهت قانونی یا به صورت غیرمجاز', 'Using enquiries without legal grounds or without authorisation'),
  o('art38-ch', art(38, 'چ'), 'غیبت مدیر دفتر بیش از سه روز تا ده روز بدون عذر موجه', "The manager's unexcused absence of more than three and up to ten days", 'absence'),
  o('art38-h', art(38, 'ح'), 'ثبت اطلاعات غلط موجب سقوط حق درخواست کننده', "Recording wrong information that makes the applicant lose a right"),
  o('art38-kh', art(38, 'خ'), 'تعطیل خدمت در اوقات اداری دفتر تا یک روز', "Closing the service during the office's hours for up to one day", 'closure'),
  o('art38-d', art(38, 'د'), 'جابجایی دفتر پیش از تأیید معاونت خدمات', "Moving the office before the Services Deputy's approval"),
  o('art38-dh', art(38, 'ذ'), 'دریافت وجه بیشتر از هزینه های تعیین شده', 'Charging more than the set fees'),
  o('art38-r', art(38, 'ر'), 'سوء استفاده از موقعیت شغلی', 'Abuse of position'),
  // ماده ۳۹- مرتکبان هر یک از تخلفات زیر به مجازات درجه شش محکوم میشوند:
  // (ث and ج are published on one line: «ث- ارتباط نامتعارف با مراجعان؛ ج- صدور گواهی خلاف واقع.» — SPEC D15)
  o('art39-a', art(39, 'الف'), 'تعطیل خدمت در اوقات اداری دفتر بیش از یک روز تا سه روز', "Closing the service during the office's hours for more than one and up to three days", 'closure'),
  o('art39-b', art(39, 'ب'), 'غیبت مدیر دفتر بیش از ده روز تا یک ماه بدون عذر موجه', "The manager's unexcused absence of more than ten days and up to one month", 'absence'),
  o('art39-p', art(39, 'پ'), 'محکومیت قطعی به جرایم دارای مجازات تبعی', 'Final conviction for crimes carrying accessory penalties'),
  o('art39-t', art(39, 'ت'), 'ارتکاب هرگونه اعمال خلاف شرع یا تظاهر به آن', 'Committing any act contrary to Sharia, or openly displaying it'),
  o('art39-th', art(39, 'ث'), 'ارتباط نامتعارف با مراجعان', 'Improper relations with clients'),
  o('art39-j', art(39, 'ج'), 'صدور گواهی خلاف واقع', 'Issuing a false certificate'),
  // ماده ۴۰- مرتکبان هر یک از تخلفات زیر به مجازات درجه هفت محکوم می شوند:
  o('art40-a', art(40, 'الف'), 'عضویت یا همکاری با فرقه های ضاله و جمعیت های مخالف نظام جمهوری اسلامی ایران', 'Membership of, or cooperation with, deviant sects and groups opposed to the Islamic Republic'),
  o('art40-b', art(40, 'ب'), 'ثبت نام یا تغییر اطلاعات در ثنا بدون درخواست شخص صاحب اطلاعات', 'Registering or changing information in Sana without the request of the person it belongs to'),
  o('art40-p', art(40, 'پ'), 'تعطیل خدمت در اوقات اداری دفتر بیش از سه روز', "Closing the service during the office's hours for more than three days", 'closure'),
  o('art40-t', art(40, 'ت'), 'توهین به مقدسات و ارزشهای اسلامی و انقلابی', 'Insulting Islamic and revolutionary sanctities and values'),
  o('art40-th', art(40, 'ث'), 'غیبت مدیر دفتر بیش از یک ماه بدون عذر موجه', "The manager's unexcused absence of more than one month", 'absence'),
  o('art40-j', art(40, 'ج'), 'تبلیغ علیه نظام جمهوری اسلامی ایران', 'Propaganda against the Islamic Republic'),
  o('art40-ch', art(40, 'چ'), 'اشتها به فساد اخلاقی یا مالی', 'Notoriety for moral or financial corruption'),
] as const);

/** The id of an offence of Arts. 34–40. */
export type OffenceId = (typeof offenceCatalogue)[number]['id'];

/** Every catalogue id, in the order of the text. */
export const OFFENCE_IDS: readonly OffenceId[] = Object.freeze(offenceCatalogue.map((e) => e.id));

const BY_ID: ReadonlyMap<string, OffenceEntry> = new Map(offenceCatalogue.map((e) => [e.id, e]));

/**
 * Whether a value is the id of an offence of Arts. 34–40.
 *
 * @param id - any value
 * @returns true when `id` is a catalogue id (`art41`, Art. 41's unlisted breach, is not)
 * @example
 * isOffenceId('art37-z');  // true
 * isOffenceId('art37-dh'); // false (Art. 37 has no ذ)
 */
export function isOffenceId(id: unknown): id is OffenceId {
  // Every key is a string, so a value of any other type is never found.
  return BY_ID.has(id as string);
}

/** The catalogue entry of an id known to exist (internal). */
export function offenceById(id: OffenceId): OffenceEntry {
  return BY_ID.get(id) as OffenceEntry;
}

/** The id of Art. 41's unlisted breach. */
export const UNLISTED_BREACH_ID = 'art41';

/**
 * Art. 41: «تخلف از مقررات و ضوابط مرتبط با وظایف مدیر دفتر که در این آیین نامه برای آن
 * مجازات پیش بینی نشده است، با توجه به اهمیت و شرایط ارتکاب، مستلزم یکی از مجازاتهای
 * انتظامی درجه دو تا چهار است.» The board chooses the grade within the range.
 */
export const unlistedBreach = Object.freeze({
  id: UNLISTED_BREACH_ID,
  article: 41,
  citation: art(41),
  grades: { min: PARAMETERS.unlistedBreachGrades.min, max: PARAMETERS.unlistedBreachGrades.max },
  text: 'تخلف از مقررات و ضوابط مرتبط با وظایف مدیر دفتر که در این آیین نامه برای آن مجازات پیش بینی نشده است',
  title: "A breach of the rules on the manager's duties for which the regulation sets no penalty",
} as const);

/** Input of {@link getOffence}: a catalogue id. */
export const GetOffenceInputSchema = z.custom<OffenceId>((v) => isOffenceId(v), {
  params: {
    code: 'unknown_offence',
    expected: {
      en: 'an offence id of Arts. 34–40 such as "art38-dh" (see offenceCatalogue)',
      fa: 'شناسه تخلفی از مواد ۳۴ تا ۴۰ مانند "art38-dh" (فهرست offenceCatalogue)',
    },
  },
});

/**
 * The catalogue entry of an offence of Arts. 34–40.
 *
 * @param id - a stable id, `art<article>-<clause>` (e.g. `art38-dh` for Art. 38(ذ))
 * @returns the entry: `{ id, article, clause, citation, grade, text, title, dayCount? }`
 * @throws {InputError} (field `id`) when no offence has this id
 * @example
 * getOffence('art38-dh').grade;    // 5
 * getOffence('art38-dh').citation; // { article: 38, clause: 'ذ' }
 * getOffence('art37-z').text;      // 'عدم همکاری با بازرسان'
 */
export function getOffence(id: string): OffenceEntry {
  return offenceById(parseInput(GetOffenceInputSchema, id, 'id'));
}
