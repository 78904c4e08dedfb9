/**
 * Messages of the earlier instruction's rule set (codes prefixed `instruction.`).
 * Persian digits are applied to the Persian text by the renderer.
 */
import { cite, type Citation } from '../core/citation.js';
import { defineMessages, plural, type Bilingual, type MessageTemplate } from '../core/text.js';
import type { InstructionPost } from './schemas.js';

/** The posts in Persian and English. */
export const POST_LABELS: Readonly<Record<InstructionPost, Bilingual>> = {
  manager: { fa: 'مدیر دفتر', en: 'an office manager' },
  legalExpert: { fa: 'کارشناس حقوقی', en: 'a legal expert' },
  itExpert: { fa: 'کارشناس فناوری اطلاعات', en: 'an IT expert' },
  clerical: { fa: 'کارمند دفتری', en: 'a clerical employee' },
};

/** The six measures of Art. 23 in Persian (as published) and English. */
export const MEASURE_LABELS: readonly Bilingual[] = [
  { fa: 'تذکر شفاهی', en: 'oral warning' },
  { fa: 'اخطار کتبی', en: 'written warning' },
  { fa: 'توبیخ کتبی با درج در پرونده', en: 'written reprimand entered in the file' },
  { fa: 'توبیخ با درج در پایگاه اینترنتی مرکز', en: "reprimand published on the Center's website" },
  { fa: 'تعلیق موقت پروانه از سه ماه تا دو سال', en: 'temporary suspension of the licence, three months to two years' },
  { fa: 'لغو دائم پروانه', en: 'permanent revocation of the licence' },
];

const measure = (m: number): Bilingual => MEASURE_LABELS[m - 1] ?? { fa: String(m), en: String(m) };

type T = readonly [fa: string, en: string];

/** The three messages of a condition read from yes/no facts. */
function yesNo<K extends string>(
  key: K,
  met: T,
  unmet: T,
  unknown: T,
): { readonly [C in `instruction.${K}.${'met' | 'unmet' | 'unknown'}`]: MessageTemplate<undefined> } {
  const t = (x: T): MessageTemplate<undefined> => ({ fa: (_: undefined) => x[0], en: (_: undefined) => x[1] });
  return {
    [`instruction.${key}.met`]: t(met),
    [`instruction.${key}.unmet`]: t(unmet),
    [`instruction.${key}.unknown`]: t(unknown),
  } as { readonly [C in `instruction.${K}.${'met' | 'unmet' | 'unknown'}`]: MessageTemplate<undefined> };
}

type Post = { readonly post: InstructionPost };
type Status3 = 'eligible' | 'ineligible' | 'incomplete';
type Lacking = { readonly lacking: 'constitution' | 'velayat' | 'both' };
type Roles = { readonly attorney: boolean; readonly adviser: boolean; readonly officialExpert: boolean };
type Side = { readonly status: 'met' | 'unmet' | 'unknown' | 'info' | 'absent'; readonly citation: Citation };
type Row = { readonly label: Bilingual; readonly rule: Bilingual; readonly sameRule: boolean; readonly regulation: Side; readonly instruction: Side };
type RegulationOutcome = Status3 | 'noSuchPost' | 'noConditions';

const STATUS_FA: Readonly<Record<Side['status'], string>> = {
  met: 'تأمین است',
  unmet: 'تأمین نیست',
  unknown: 'معلوم نیست',
  info: 'شرط نیست',
  absent: 'چنین شرطی نیست',
};
const STATUS_EN: Readonly<Record<Side['status'], string>> = {
  met: 'met',
  unmet: 'not met',
  unknown: 'not known',
  info: 'not a condition',
  absent: 'no such condition',
};
const OUTCOME_FA: Readonly<Record<RegulationOutcome, string>> = {
  eligible: 'واجد شرایط',
  ineligible: 'فاقد شرایط',
  incomplete: 'نامعلوم (اطلاعات ناقص)',
  noSuchPost: 'چنین سمتی ندارد',
  noConditions: 'شرطی برای این سمت ندارد',
};
const OUTCOME_EN: Readonly<Record<RegulationOutcome, string>> = {
  eligible: 'eligible',
  ineligible: 'not eligible',
  incomplete: 'not yet known (facts missing)',
  noSuchPost: 'has no such post',
  noConditions: 'sets no conditions for this post',
};

const sideFa = (s: Side): string => `${STATUS_FA[s.status]} (${cite(s.citation, 'fa')})`;
const sideEn = (s: Side): string => `${STATUS_EN[s.status]} (${cite(s.citation, 'en')})`;

/** Art. 4(2): what the person is not committed to. */
const LACKING: Readonly<Record<Lacking['lacking'], Bilingual>> = {
  both: { fa: 'قانون اساسی و ولایت فقیه', en: 'the Constitution and velayat-e faqih' },
  constitution: { fa: 'قانون اساسی', en: 'the Constitution' },
  velayat: { fa: 'ولایت فقیه', en: 'velayat-e faqih' },
};

type PriorityState = 'yes' | 'no' | 'unknown';
/** Art. 5, note: what is known of the approved service records. */
const PRIORITY_STATE: Readonly<Record<PriorityState, Bilingual>> = {
  yes: { fa: '؛ سوابق خدمتی تأییدشده دارد', en: '; has approved service records' },
  no: { fa: '؛ سوابق خدمتی تأییدشده ندارد', en: '; has no approved service records' },
  unknown: { fa: '', en: '' },
};

/** The first letter in capitals (an English label opening a sentence). */
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** `a، b و c` / `a, b and c`: the comma of the language, then its «and». */
const list = (items: readonly string[], comma: string, and: string): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(comma)} ${and} ${items[items.length - 1] ?? ''}`;

/** Messages of the instruction's rule set. */
export const instructionMessages = defineMessages({
  // -- Art. 4: general conditions of every post
  ...yesNo(
    'nationality',
    ['تابعیت جمهوری اسلامی ایران را دارد.', 'Holds the nationality of the Islamic Republic of Iran.'],
    ['تابعیت جمهوری اسلامی ایران را ندارد.', 'Does not hold the nationality of the Islamic Republic of Iran.'],
    ['تابعیت معلوم نیست.', 'Nationality is not known.'],
  ),
  'instruction.constitution.met': {
    fa: (_: undefined) => 'به قانون اساسی و ولایت فقیه التزام عملی دارد.',
    en: (_: undefined) => 'Is committed in practice to the Constitution and to velayat-e faqih.',
  },
  'instruction.constitution.unmet': {
    fa: (p: Lacking) => `التزام عملی به ${LACKING[p.lacking].fa} ندارد.`,
    en: (p: Lacking) => `Is not committed in practice to ${LACKING[p.lacking].en}.`,
  },
  'instruction.constitution.unknown': {
    fa: (_: undefined) => 'التزام عملی به قانون اساسی و ولایت فقیه معلوم نیست.',
    en: (_: undefined) => 'Practical commitment to the Constitution and to velayat-e faqih is not known.',
  },
  'instruction.religion.met': {
    fa: (_: undefined) => 'متدین به دین مبین اسلام و ملتزم عملی به احکام و اخلاق اسلامی است.',
    en: (_: undefined) => 'Professes Islam and is committed in practice to Islamic precepts and ethics.',
  },
  'instruction.religion.notMuslim': {
    fa: (_: undefined) => 'متدین به دین مبین اسلام نیست.',
    en: (_: undefined) => 'Does not profess Islam.',
  },
  'instruction.religion.notPractising': {
    fa: (_: undefined) => 'التزام عملی به احکام و اخلاق اسلامی ندارد.',
    en: (_: undefined) => 'Is not committed in practice to Islamic precepts and ethics.',
  },
  'instruction.religion.unknown': {
    fa: (_: undefined) => 'تدین به اسلام یا التزام عملی به احکام و اخلاق اسلامی معلوم نیست.',
    en: (_: undefined) => 'Profession of Islam or practical commitment to its precepts is not known.',
  },
  ...yesNo(
    'addiction',
    ['به مواد مخدر اعتیاد ندارد.', 'Is not addicted to narcotics.'],
    ['به مواد مخدر اعتیاد دارد.', 'Is addicted to narcotics.'],
    ['اعتیاد به مواد مخدر معلوم نیست.', 'Whether addicted to narcotics is not known.'],
  ),
  'instruction.criminalRecord.met': {
    fa: (_: undefined) => 'سوءپیشینه کیفری ندارد.',
    en: (_: undefined) => 'Has no criminal record.',
  },
  'instruction.criminalRecord.unmet': {
    fa: (_: undefined) => 'سوءپیشینه کیفری دارد؛ دستورالعمل هر سوءپیشینه کیفری را مانع می‌داند، نه فقط سوءپیشینه مؤثر.',
    en: (_: undefined) => 'Has a criminal record; the instruction bars any criminal record, not only an effective one.',
  },
  'instruction.criminalRecord.unknown': {
    fa: (p: { noEffective: boolean }) =>
      `معلوم نیست سوءپیشینه کیفری دارد یا نه${p.noEffective ? ' (نداشتن سوءپیشینه مؤثر، که آیین نامه می‌خواهد، برای دستورالعمل کافی نیست)' : ''}.`,
    en: (p: { noEffective: boolean }) =>
      `Whether there is any criminal record is not known${p.noEffective ? ' (no effective record, which the regulation asks, is not enough for the instruction)' : ''}.`,
  },
  'instruction.military.met': {
    fa: (p: { status: Bilingual }) => `${p.status.fa} دارد.`,
    en: (p: { status: Bilingual }) => `Has a ${p.status.en}.`,
  },
  'instruction.military.unmet': {
    fa: (p: { status: Bilingual }) => `وضعیت خدمت وظیفه (${p.status.fa}) کارت پایان خدمت یا معافیت دائم نیست.`,
    en: (p: { status: Bilingual }) => `Military-service status (${p.status.en}) is neither a completion card nor a permanent exemption.`,
  },
  'instruction.military.notApplicable': {
    fa: (_: undefined) => 'شرط خدمت نظام وظیفه فقط برای داوطلبان مرد است.',
    en: (_: undefined) => 'The military-service condition applies to men only.',
  },
  'instruction.military.unknown': {
    fa: (_: undefined) => 'وضعیت خدمت نظام وظیفه معلوم نیست.',
    en: (_: undefined) => 'Military-service status is not known.',
  },
  ...yesNo(
    'fitness',
    ['توانایی جسمی و روحی لازم را دارد.', 'Has the physical and mental capacity required.'],
    ['توانایی جسمی و روحی لازم را ندارد.', 'Lacks the physical and mental capacity required.'],
    ['توانایی جسمی و روحی لازم معلوم نیست.', 'Physical and mental capacity is not known.'],
  ),
  // -- Arts. 5–7: special conditions of each post
  'instruction.degree.met': {
    fa: (p: { degree: Bilingual }) => `مدرک ${p.degree.fa} شرط مدرک تحصیلی را تأمین می‌کند.`,
    en: (p: { degree: Bilingual }) => `The ${p.degree.en} meets the degree condition.`,
  },
  'instruction.degree.unmet': {
    fa: (p: { count: number; anyField: boolean; art7: boolean }) =>
      (p.anyField
        ? 'مدرک کارشناسی یا بالاتر (در هر رشته) یا مدرک سطح دو یا بالاتر حوزه علمیه ندارد'
        : 'مدرک کارشناسی یا بالاتر در رشته‌های مرتبط با حقوق، فقه و علوم قضایی، یا مدرک سطح دو یا بالاتر حوزه علمیه ندارد') +
      (p.count === 0 ? ' (هیچ مدرکی اعلام نشده است)' : ` (هیچ‌یک از ${p.count} مدرک اعلام‌شده شرط را ندارد)`) +
      (p.art7 && !p.anyField ? '؛ ماده ۷ همین مدرک را، چنان‌که نوشته شده، از کارشناس فناوری و کارمندان دفتر هم می‌خواهد.' : '.'),
    en: (p: { count: number; anyField: boolean; art7: boolean }) =>
      (p.anyField
        ? "Holds no bachelor's or higher degree (in any field) nor seminary level 2 or higher"
        : "Holds no bachelor's or higher degree in a field related to law, fiqh or judicial sciences, nor seminary level 2 or higher") +
      (p.count === 0 ? ' (no degree given)' : ` (none of the ${plural(p.count, 'degree')} given qualifies)`) +
      (p.art7 && !p.anyField ? '; Art. 7, as written, asks the same degree of the IT expert and the clerical staff.' : '.'),
  },
  'instruction.degree.unknown': {
    fa: (_: undefined) => 'هنوز معلوم نیست مدرکی شرط مدرک تحصیلی را تأمین کند.',
    en: (_: undefined) => 'Whether a degree meets the degree condition is not yet known.',
  },
  'instruction.age.met': {
    fa: (p: Post & { age: number; minAge: number }) => `${p.age} سال تمام دارد؛ حداقل سن ${POST_LABELS[p.post].fa} در دستورالعمل ${p.minAge} سال است.`,
    en: (p: Post & { age: number; minAge: number }) => `Aged ${p.age} (completed years); under the instruction ${POST_LABELS[p.post].en} must be at least ${p.minAge}.`,
  },
  'instruction.age.unmet': {
    fa: (p: Post & { age: number; minAge: number; dateOfAge: string | null }) =>
      `${p.age} سال تمام دارد؛ حداقل سن ${POST_LABELS[p.post].fa} در دستورالعمل ${p.minAge} سال است${p.dateOfAge === null ? '' : `؛ در ${p.dateOfAge} به این سن می‌رسد`}.`,
    en: (p: Post & { age: number; minAge: number; dateOfAge: string | null }) =>
      `Aged ${p.age} (completed years); under the instruction ${POST_LABELS[p.post].en} must be at least ${p.minAge}${p.dateOfAge === null ? '' : `, reached on ${p.dateOfAge}`}.`,
  },
  'instruction.age.unknown': {
    fa: (p: Post & { minAge: number }) => `تاریخ تولد معلوم نیست؛ حداقل سن ${POST_LABELS[p.post].fa} در دستورالعمل ${p.minAge} سال است.`,
    en: (p: Post & { minAge: number }) => `Date of birth not known; under the instruction ${POST_LABELS[p.post].en} must be at least ${p.minAge}.`,
  },
  'instruction.experience.met': {
    fa: (p: { counted: number; required: number; years: number; reachedOn: string }) =>
      `${p.counted} روز سابقه کار مرتبط دارد؛ ${p.years} سال (${p.required} روز) لازم است و در ${p.reachedOn} کامل شد.`,
    en: (p: { counted: number; required: number; years: number; reachedOn: string }) =>
      `${plural(p.counted, 'day')} of related work; ${plural(p.years, 'year')} (${plural(p.required, 'day')}) are required, completed on ${p.reachedOn}.`,
  },
  'instruction.experience.short': {
    fa: (p: { counted: number; required: number; years: number; shortfall: number; metOn: string | null }) =>
      `${p.counted} روز سابقه کار مرتبط دارد؛ ${p.years} سال (${p.required} روز) لازم است و ${p.shortfall} روز کم دارد${p.metOn === null ? '' : `؛ اگر کار ادامه یابد در ${p.metOn} کامل می‌شود`}.`,
    en: (p: { counted: number; required: number; years: number; shortfall: number; metOn: string | null }) =>
      `${plural(p.counted, 'day')} of related work; ${plural(p.years, 'year')} (${plural(p.required, 'day')}) are required, ${plural(p.shortfall, 'day')} short${p.metOn === null ? '' : `; completed on ${p.metOn} if the work goes on`}.`,
  },
  'instruction.experience.unknown': {
    fa: (p: { counted: number; possible: number | null; required: number }) =>
      p.possible === null
        ? `دوره‌های کار مرتبط داده نشده است؛ ${p.required} روز لازم است.`
        : `سابقه کار مرتبط معلوم نیست: ${p.counted} روز مرتبط شناخته شده است، و تا ${p.possible} روز اگر ارتباط دوره‌های نامعلوم تأیید شود؛ ${p.required} روز لازم است.`,
    en: (p: { counted: number; possible: number | null; required: number }) =>
      p.possible === null
        ? `No work periods given; ${plural(p.required, 'day')} of related work are required.`
        : `Related experience is not yet known: ${plural(p.counted, 'day')} ${p.counted === 1 ? 'is' : 'are'} known to be related, up to ${p.possible} if the periods of unknown relatedness are related; ${plural(p.required, 'day')} are required.`,
  },
  'instruction.computerSkills.met': {
    fa: (_: undefined) => 'اطلاعات پایه و مهارت کار با رایانه او برای این سمت به تأیید اداره کل رسیده است.',
    en: (_: undefined) => 'Has basic computer knowledge and skills approved by the Directorate-General for this post.',
  },
  'instruction.computerSkills.unmet': {
    fa: (_: undefined) => 'اطلاعات پایه و مهارت کار با رایانه او برای این سمت به تأیید اداره کل نرسیده است.',
    en: (_: undefined) => 'Lacks basic computer knowledge and skills approved by the Directorate-General for this post.',
  },
  'instruction.computerSkills.unknown': {
    fa: (p: { hasCertificate: boolean }) =>
      `تأیید اداره کل درباره مهارت کار با رایانه معلوم نیست${p.hasCertificate ? ' (مدرک مهارت از مراجع معتبر، که آیین نامه می‌خواهد، جای تأیید اداره کل را نمی‌گیرد)' : ''}.`,
    en: (p: { hasCertificate: boolean }) =>
      `Whether the Directorate-General approved the computer skills is not known${p.hasCertificate ? " (a certificate from a recognised body, the regulation's condition, is not the Directorate-General's approval)" : ''}.`,
  },
  'instruction.priority': {
    fa: (p: { state: PriorityState }) => `شرط نیست: دارندگان سوابق خدمتی تأییدشده به تشخیص اداره کل در اولویت‌اند${PRIORITY_STATE[p.state].fa}.`,
    en: (p: { state: PriorityState }) => `Not a condition: people with approved service records have priority, at the Directorate-General's discretion${PRIORITY_STATE[p.state].en}.`,
  },
  // -- Art. 8: persons barred
  'instruction.legalPractice.met': {
    fa: (_: undefined) => 'وکیل دادگستری، مشاور موضوع ماده ۱۸۷ یا کارشناس رسمی دادگستری نیست.',
    en: (_: undefined) => 'Is not a practising attorney, an adviser under «Art. 187», nor an official expert of the judiciary.',
  },
  'instruction.legalPractice.unmet': {
    fa: (p: Roles) =>
      `${list([...(p.attorney ? ['وکیل دادگستری'] : []), ...(p.adviser ? ['مشاور موضوع ماده ۱۸۷'] : []), ...(p.officialExpert ? ['کارشناس رسمی دادگستری'] : [])], '، ', 'و')} است و تا این فعالیت ادامه دارد نمی‌تواند پروانه بگیرد یا در دفتر شاغل باشد.`,
    en: (p: Roles) =>
      `Is ${list([...(p.attorney ? ['a practising attorney'] : []), ...(p.adviser ? ['an adviser under «Art. 187»'] : []), ...(p.officialExpert ? ['an official expert of the judiciary'] : [])], ', ', 'and')}: barred from a licence and from working in an office while it continues.`,
  },
  'instruction.legalPractice.unknown': {
    fa: (_: undefined) => 'معلوم نیست وکیل دادگستری، مشاور موضوع ماده ۱۸۷ یا کارشناس رسمی دادگستری است یا نه.',
    en: (_: undefined) => 'Whether a practising attorney, an adviser under «Art. 187» or an official expert is not known.',
  },
  ...yesNo(
    'judgeNotaryDismissal',
    ['قاضی یا سردفتر محکوم به انفصال دائم با حکم قطعی نیست.', 'Is not a judge or notary finally sentenced to permanent dismissal.'],
    ['قاضی یا سردفتری است که به انفصال دائم محکوم شده و محکومیت قطعی شده است.', 'Is a judge or notary finally sentenced to permanent dismissal.'],
    ['معلوم نیست قاضی یا سردفتر محکوم به انفصال دائم قطعی است یا نه.', 'Whether a judge or notary finally sentenced to permanent dismissal is not known.'],
  ),
  ...yesNo(
    'commerce',
    ['به امر تجارت (ماده ۲ قانون تجارت) اشتغال ندارد.', 'Is not engaged in commerce (Art. 2 of the Commercial Code).'],
    ['به امر تجارت (ماده ۲ قانون تجارت) اشتغال دارد و تا ادامه آن نمی‌تواند پروانه بگیرد یا در دفتر شاغل باشد.', 'Is engaged in commerce (Art. 2 of the Commercial Code): barred while it continues.'],
    ['اشتغال به امر تجارت معلوم نیست.', 'Whether engaged in commerce is not known.'],
  ),
  ...yesNo(
    'stateEmployment',
    ['کارمند یا مستخدم دولت یا کارمند مؤسسه عمومی غیردولتی نیست.', 'Is not an employee of the State or of a non-governmental public institution.'],
    ['کارمند یا مستخدم دولت یا کارمند مؤسسه عمومی غیردولتی است و تا این اشتغال ادامه دارد نمی‌تواند پروانه بگیرد یا در دفتر شاغل باشد.', 'Is an employee of the State or of a non-governmental public institution: barred while so employed.'],
    ['معلوم نیست کارمند دولت یا مؤسسه عمومی غیردولتی است یا نه.', 'Whether employed by the State or a non-governmental public institution is not known.'],
  ),
  'instruction.summary.eligibility': {
    fa: (p: Post & { status: Status3; count: number }) =>
      p.status === 'eligible'
        ? `طبق دستورالعمل، شرایط ${POST_LABELS[p.post].fa} را دارد.`
        : p.status === 'ineligible'
          ? `طبق دستورالعمل، شرایط ${POST_LABELS[p.post].fa} را ندارد (${p.count} شرط تأمین نیست).`
          : `طبق دستورالعمل، داشتن شرایط ${POST_LABELS[p.post].fa} هنوز معلوم نیست (${p.count} شرط نامعلوم).`,
    en: (p: Post & { status: Status3; count: number }) =>
      p.status === 'eligible'
        ? `Under the instruction, meets the conditions of ${POST_LABELS[p.post].en}.`
        : p.status === 'ineligible'
          ? `Under the instruction, does not meet the conditions of ${POST_LABELS[p.post].en} (${plural(p.count, 'condition')} not met).`
          : `Under the instruction, whether the conditions of ${POST_LABELS[p.post].en} are met is not yet known (${plural(p.count, 'condition')} unknown).`,
  },
  // -- Art. 3: staffing
  'instruction.staffing.post': {
    fa: (p: Post & { count: number; min: number }) => `${p.count} ${POST_LABELS[p.post].fa} دارد؛ دست‌کم ${p.min} لازم است.`,
    en: (p: Post & { count: number; min: number }) => `${p.count} listed as ${POST_LABELS[p.post].en}; at least ${p.min} required.`,
  },
  ...yesNo(
    'staffing.fullTime',
    ['مدیر دفتر به صورت تمام‌وقت در دفتر حضور دارد.', 'The manager is present in the office full time.'],
    ['مدیر دفتر به صورت تمام‌وقت در دفتر حضور ندارد.', 'The manager is not present in the office full time.'],
    ['حضور تمام‌وقت مدیر دفتر معلوم نیست.', "Whether the manager is present full time is not known."],
  ),
  'instruction.staffing.dualRole': {
    fa: (p: { id: string; posts: readonly InstructionPost[]; allowed: boolean }) =>
      `شخص ${p.id} در چند سمت آمده است (${p.posts.map((x) => POST_LABELS[x].fa).join('، ')})${p.allowed ? '؛ به انتخاب تماس‌گیرنده پذیرفته شد' : '؛ ماده ۳ کارکنان را «علاوه بر مدیر دفتر» و هر سمت را جدا می‌شمارد'}.`,
    en: (p: { id: string; posts: readonly InstructionPost[]; allowed: boolean }) =>
      `Person ${p.id} is listed in several posts (${p.posts.join(', ')})${p.allowed ? '; accepted by the caller\'s option' : '; Art. 3 asks for the staff "besides the manager" and counts each post apart'}.`,
  },
  'instruction.staffing.person': {
    fa: (p: Post & { index: number; id: string | null; status: Status3 }) =>
      `${POST_LABELS[p.post].fa} (ردیف ${p.index}${p.id === null ? '' : `، ${p.id}`}): ${p.status === 'eligible' ? 'شرایط را دارد' : p.status === 'ineligible' ? 'شرایط را ندارد' : 'داشتن شرایط معلوم نیست'}.`,
    en: (p: Post & { index: number; id: string | null; status: Status3 }) =>
      `${cap(POST_LABELS[p.post].en)} (entry ${p.index}${p.id === null ? '' : `, ${p.id}`}): ${p.status === 'eligible' ? 'meets the conditions' : p.status === 'ineligible' ? 'does not meet the conditions' : 'conditions not yet known'}.`,
  },
  'instruction.staffing.personNotChecked': {
    fa: (p: Post & { index: number; id: string | null }) => `شرایط ${POST_LABELS[p.post].fa} (ردیف ${p.index}${p.id === null ? '' : `، ${p.id}`}) بررسی نشد: اطلاعات شخص داده نشده است.`,
    en: (p: Post & { index: number; id: string | null }) => `The conditions of ${POST_LABELS[p.post].en} (entry ${p.index}${p.id === null ? '' : `, ${p.id}`}) were not checked: no facts given.`,
  },
  'instruction.staffing.more': {
    fa: (_: undefined) => 'اگر حجم خدمات وسعت پیدا کند، اداره کل می‌تواند دفتر را مکلف به افزایش نیروی انسانی کند.',
    en: (_: undefined) => 'If the volume of services grows, the Directorate-General may require the office to take on more staff.',
  },
  'instruction.staffing.summary': {
    fa: (p: { status: 'compliant' | 'noncompliant' | 'incomplete' }) =>
      p.status === 'compliant' ? 'کارکنان دفتر با ماده ۳ دستورالعمل مطابق است.' : p.status === 'noncompliant' ? 'کارکنان دفتر با ماده ۳ دستورالعمل مطابق نیست.' : 'مطابقت کارکنان دفتر با دستورالعمل هنوز معلوم نیست.',
    en: (p: { status: 'compliant' | 'noncompliant' | 'incomplete' }) =>
      p.status === 'compliant' ? "The office's staff meets the instruction's Art. 3." : p.status === 'noncompliant' ? "The office's staff does not meet the instruction's Art. 3." : "Whether the office's staff meets the instruction is not yet known.",
  },
  // -- Art. 23: the suspension
  'instruction.suspension.inRange': {
    fa: (p: { months: number }) => `تعلیق ${p.months} ماهه در بازه سه ماه تا دو سال است.`,
    en: (p: { months: number }) => `A suspension of ${plural(p.months, 'month')} lies within three months to two years.`,
  },
  'instruction.suspension.outOfRange': {
    fa: (p: { months: number }) => `تعلیق ${p.months} ماهه خارج از بازه سه ماه تا دو سال است.`,
    en: (p: { months: number }) => `A suspension of ${plural(p.months, 'month')} lies outside three months to two years.`,
  },
  'instruction.suspension.end': {
    fa: (p: { start: string; months: number; end: string }) => `تعلیق از ${p.start} به مدت ${p.months} ماه: پایان در ${p.end}.`,
    en: (p: { start: string; months: number; end: string }) => `Suspended from ${p.start} for ${plural(p.months, 'month')}: ends on ${p.end}.`,
  },
  'instruction.summary.suspension': {
    fa: (p: { lawful: boolean; months: number }) => `تعلیق ${p.months} ماهه پروانه ${p.lawful ? 'مطابق' : 'مغایر'} ماده ۲۳ دستورالعمل است.`,
    en: (p: { lawful: boolean; months: number }) => `A ${p.months}-month suspension of the licence is ${p.lawful ? 'lawful' : 'unlawful'} under the instruction's Art. 23.`,
  },
  // -- Art. 24: appeals
  'instruction.appeal.final': {
    fa: (p: { measure: number }) => `محکومیت به ${measure(p.measure).fa} (ردیف ${p.measure}) قطعی است.`,
    en: (p: { measure: number }) => `A conviction to the ${measure(p.measure).en} (measure ${p.measure}) is final.`,
  },
  'instruction.appeal.appealable': {
    fa: (p: { measure: number }) =>
      `محکومیت به ${measure(p.measure).fa} (ردیف ${p.measure}) با اعتراض محکوم‌علیه یا رییس مرکز در هیات تجدیدنظر (همان اعضای شورای مشورتی) قابل تجدیدنظر است.`,
    en: (p: { measure: number }) =>
      `A conviction to the ${measure(p.measure).en} (measure ${p.measure}) may be appealed by the convicted person or the head of the Center to the appeal board (the members of the Advisory Council).`,
  },
  'instruction.appeal.unknown': {
    fa: (_: undefined) => 'ردیف اقدام تنبیهی معلوم نیست.',
    en: (_: undefined) => 'The measure imposed is not known.',
  },
  'instruction.appeal.noWindow': {
    fa: (_: undefined) => 'دستورالعمل مهلتی برای تجدیدنظرخواهی تعیین نکرده است؛ این کتابخانه مهلتی فرض نمی‌کند و آخرین روز را حساب نمی‌کند.',
    en: (_: undefined) => 'The instruction sets no time limit for the appeal; this library assumes none and computes no last day.',
  },
  'instruction.summary.appealability': {
    fa: (p: { status: 'appealable' | 'final' | 'incomplete' }) =>
      p.status === 'appealable' ? 'طبق دستورالعمل قابل تجدیدنظر است (بدون مهلت معین).' : p.status === 'final' ? 'طبق دستورالعمل قطعی است.' : 'قابلیت تجدیدنظر هنوز معلوم نیست.',
    en: (p: { status: 'appealable' | 'final' | 'incomplete' }) =>
      p.status === 'appealable' ? 'Appealable under the instruction (no time limit set).' : p.status === 'final' ? 'Final under the instruction.' : 'Whether appealable is not yet known.',
  },
  // -- Arts. 23, 25, 26: sentencing
  'instruction.sentence.choice': {
    fa: (p: { min: number; max: number }) => `دستورالعمل برای هیچ تخلفی (ماده ۲۵) اقدام معینی ننهاده است: هیات یکی از ردیف‌های ${p.min} تا ${p.max} ماده ۲۳ را برمی‌گزیند.`,
    en: (p: { min: number; max: number }) => `The instruction attaches no measure to any offence (Art. 25): the board chooses one of measures ${p.min}–${p.max} of Art. 23.`,
  },
  'instruction.repeat.applies': {
    fa: (p: { prior: number; min: number }) => `تکرار: مدیر دفتر پس از قطعیت محکومیت به ردیف ${p.prior} دوباره مرتکب تخلف شده است، پس به درجات بالاتر از حکم قبلی (دست‌کم ردیف ${p.min}) محکوم می‌شود.`,
    en: (p: { prior: number; min: number }) => `Repeat: the manager offended again after the conviction to measure ${p.prior} became final, so is sentenced above the prior measure (at least measure ${p.min}).`,
  },
  'instruction.repeat.doesNotApply': {
    fa: (p: { reason: 'noPrior' | 'staff' | 'priorAboveFour' | 'beforeFinal' }) =>
      `قاعده تکرار اعمال نمی‌شود: ${
        p.reason === 'noPrior'
          ? 'محکومیت سابقی اعلام نشده است'
          : p.reason === 'staff'
            ? 'تبصره ۳ فقط درباره مدیر دفتر است'
            : p.reason === 'priorAboveFour'
              ? 'محکومیت سابق از ردیف‌های یک تا چهار نیست'
              : 'تخلف تازه پیش از قطعیت حکم قبلی یا در همان روز رخ داده است'
      }.`,
    en: (p: { reason: 'noPrior' | 'staff' | 'priorAboveFour' | 'beforeFinal' }) =>
      `The repeat rule does not apply: ${
        p.reason === 'noPrior'
          ? 'no prior conviction given'
          : p.reason === 'staff'
            ? 'note 3 speaks of the office manager only'
            : p.reason === 'priorAboveFour'
              ? 'the prior conviction is not to one of measures 1–4'
              : 'the new offence came before the prior ruling became final, or on that day'
      }.`,
  },
  'instruction.repeat.unknown': {
    fa: (_: undefined) => 'معلوم نیست قاعده تکرار اعمال می‌شود یا نه.',
    en: (_: undefined) => 'Whether the repeat rule applies is not known.',
  },
  'instruction.withdrawal.withdrawn': {
    fa: (_: undefined) => 'شکایت مسترد شده است: استرداد شکایت مانع رسیدگی انتظامی نیست، ولی در صورت محکومیت سبب تخفیف مجازات است (دستورالعمل میزان آن را معین نکرده است).',
    en: (_: undefined) => 'The complaint was withdrawn: this does not stop the disciplinary case, but on conviction it mitigates the measure (the instruction does not say by how much).',
  },
  'instruction.withdrawal.notWithdrawn': {
    fa: (_: undefined) => 'شکایت مسترد نشده است.',
    en: (_: undefined) => 'The complaint was not withdrawn.',
  },
  'instruction.sentence.lawful': {
    fa: (p: { measure: number; min: number; max: number }) => `ردیف ${p.measure} (${measure(p.measure).fa}) در بازه مجاز ${p.min} تا ${p.max} است.`,
    en: (p: { measure: number; min: number; max: number }) => `Measure ${p.measure} (${measure(p.measure).en}) lies in the lawful range ${p.min}–${p.max}.`,
  },
  'instruction.sentence.unlawful': {
    fa: (p: { measure: number; min: number; max: number }) => `ردیف ${p.measure} (${measure(p.measure).fa}) خارج از بازه مجاز ${p.min} تا ${p.max} است.`,
    en: (p: { measure: number; min: number; max: number }) => `Measure ${p.measure} (${measure(p.measure).en}) lies outside the lawful range ${p.min}–${p.max}.`,
  },
  'instruction.summary.sentence': {
    fa: (p: { status: 'computed' | 'lawful' | 'unlawful' | 'incomplete'; min: number; max: number }) =>
      p.status === 'incomplete'
        ? 'بازه مجاز هنوز معلوم نیست.'
        : `بازه مجاز: ردیف ${p.min} تا ${p.max} ماده ۲۳ دستورالعمل${p.status === 'lawful' ? '؛ انتخاب هیات مطابق است' : p.status === 'unlawful' ? '؛ انتخاب هیات مغایر است' : ''}.`,
    en: (p: { status: 'computed' | 'lawful' | 'unlawful' | 'incomplete'; min: number; max: number }) =>
      p.status === 'incomplete'
        ? 'The lawful range is not yet known.'
        : `Lawful range: measures ${p.min}–${p.max} of the instruction's Art. 23${p.status === 'lawful' ? "; the board's choice is lawful" : p.status === 'unlawful' ? "; the board's choice is unlawful" : ''}.`,
  },
  // -- Comparison of the two rule sets
  'instruction.compare.row': {
    fa: (p: Row) => `${p.label.fa}: ${p.rule.fa} آیین نامه: ${sideFa(p.regulation)}؛ دستورالعمل: ${sideFa(p.instruction)}.`,
    en: (p: Row) => `${p.label.en}: ${p.rule.en} Regulation: ${sideEn(p.regulation)}; instruction: ${sideEn(p.instruction)}.`,
  },
  'instruction.compare.summary': {
    fa: (p: Post & { regulation: RegulationOutcome; instruction: Status3; differences: number }) =>
      `${POST_LABELS[p.post].fa} — آیین نامه ۱۴۰۱: ${OUTCOME_FA[p.regulation]}؛ دستورالعمل: ${OUTCOME_FA[p.instruction]}؛ ${p.differences} تفاوت در قواعد.`,
    en: (p: Post & { regulation: RegulationOutcome; instruction: Status3; differences: number }) =>
      `As ${POST_LABELS[p.post].en} — the 1401 regulation: ${OUTCOME_EN[p.regulation]}; the instruction: ${OUTCOME_EN[p.instruction]}; ${plural(p.differences, 'difference')} in the rules.`,
  },
});
