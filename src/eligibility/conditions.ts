/**
 * The conditions of Art. 9 (eleven clauses, الف … ذ) and the incompatibilities of
 * Art. 11 (الف, ب, پ), one evaluator per clause. Each returns exactly one finding; none
 * short-circuits. A fact left out makes its finding `unknown` and lists the fact's path.
 *
 * Findings that take no parameters are built once, when the module loads, and frozen:
 * every decision shares them (they are readonly data), so a registration round renders
 * only the messages that carry the applicant's own numbers.
 */
import { deepFreeze } from '../_lib/freeze.js';
import { addYears, completedYears, formatDayNumber, type Overflow } from '../_lib/jalali.js';
import { art, type Citation } from '../core/citation.js';
import type { JsonValue } from '../core/decision.js';
import type { Finding } from './render.js';
import type { Bilingual } from '../core/text.js';
import { PARAMETERS } from '../params.js';
import { assessDegrees, describeDegree, type DegreeShortcoming, type DegreesAssessment } from './degrees.js';
import { MILITARY_LABELS } from './messages.js';
import { DEGREE_FIELDS, MILITARY_STATUSES, type ParsedDegree, type ParsedPersonFacts, type Role } from './schemas.js';
import { finding } from './render.js';

/** The conditions of Arts. 9 and 11, in the order of the text. */
export const CONDITION_KEYS = [
  'nationality',
  'constitution',
  'religion',
  'degree',
  'age',
  'military',
  'dismissal',
  'computerSkills',
  'criminalRecord',
  'addiction',
  'affiliation',
  'stateEmployment',
  'commerce',
  'legalPractice',
] as const;
/** A condition of Art. 9 or Art. 11. */
export type ConditionKey = (typeof CONDITION_KEYS)[number];

/** The clause each condition comes from. */
export const CONDITION_CITATIONS: Readonly<Record<ConditionKey, Citation>> = {
  nationality: art(9, 'الف'),
  constitution: art(9, 'ب'),
  religion: art(9, 'پ'),
  degree: art(9, 'ت'),
  age: art(9, 'ث'),
  military: art(9, 'ج'),
  dismissal: art(9, 'چ'),
  computerSkills: art(9, 'ح'),
  criminalRecord: art(9, 'خ'),
  addiction: art(9, 'د'),
  affiliation: art(9, 'ذ'),
  stateEmployment: art(11, 'الف'),
  commerce: art(11, 'ب'),
  legalPractice: art(11, 'پ'),
};

interface Triple {
  readonly met: Finding;
  readonly unmet: Finding;
  readonly unknown: Finding;
}

type SimpleKey =
  | 'nationality'
  | 'constitution'
  | 'dismissal'
  | 'computerSkills'
  | 'criminalRecord'
  | 'addiction'
  | 'affiliation'
  | 'stateEmployment'
  | 'commerce';

/** The three fixed findings of a clause that reads one yes/no fact. */
function triple(key: SimpleKey, fact: string): Triple {
  const citation = CONDITION_CITATIONS[key];
  return {
    met: deepFreeze(finding({ code: `eligibility.${key}.met`, status: 'met', citation, params: undefined })),
    unmet: deepFreeze(finding({ code: `eligibility.${key}.unmet`, status: 'unmet', citation, params: undefined })),
    unknown: deepFreeze(finding({ code: `eligibility.${key}.unknown`, status: 'unknown', citation, params: undefined, missing: [fact] })),
  };
}

/** A condition the fact must hold for (`true` = met). */
function holds(t: Triple, fact: boolean | undefined): Finding {
  return fact === undefined ? t.unknown : fact ? t.met : t.unmet;
}

/** A condition the fact must not hold for (`true` = unmet). */
function absent(t: Triple, fact: boolean | undefined): Finding {
  return fact === undefined ? t.unknown : fact ? t.unmet : t.met;
}

// الف - تابعیت کشور جمهوری اسلامی ایران؛
const NATIONALITY = triple('nationality', 'person.iranianNationality');
// ب - پابندی به قانون اساسی جمهوری اسلامی ایران؛
const CONSTITUTION = triple('constitution', 'person.adheresToConstitution');
// چ - عدم محکومیت به انفصال دائم از خدمات دولتی و عمومی؛
const DISMISSAL = triple('dismissal', 'person.permanentDismissalConviction');
// ح- دارا بودن مدرک مهارت کار با رایانه از مراجع معتبر؛
const COMPUTER = triple('computerSkills', 'person.computerSkillsCertificate');
// خ- نداشتن سوء پیشینه موثر کیفری؛
const CRIMINAL = triple('criminalRecord', 'person.effectiveCriminalRecord');
// د- عدم اعتیاد به مواد مخدر؛
const ADDICTION = triple('addiction', 'person.drugAddiction');
// ذ- عدم وابستگی به احزاب و گروهک های مخالف نظام جمهوری اسلامی ایران با هواداری آنها.
// (The published «با» reads as «یا»: membership or support; the fact covers both.)
const AFFILIATION = triple('affiliation', 'person.opposingGroupAffiliation');
// ماده ۱۱ - افراد زیر نمی توانند به عنوان مدیر و کارشناس حقوقی در دفتر فعالیت کنند:
// الف- مستخدمان دستگاههای موضوع ماده ۵ قانون مدیریت خدمات کشوری و ماده ۲۹ قانون برنامه
// پنج ساله ششم توسعه اقتصادی، اجتماعی و فرهنگی جمهوری اسلامی ایران؛
// (SPEC D8: applies to both posts while the employment continues; the fact is "employed now".)
const STATE_EMPLOYMENT = triple('stateEmployment', 'person.stateEmployee');
// ب- شاغلان به امر تجارت موضوع ماده ۲ قانون تجارت؛ (D8: while engaged in it.)
const COMMERCE = triple('commerce', 'person.engagedInCommerce');

// پ - تدین به دین مبین اسلام و التزام عملی به احکام و اخلاق اسلامی؛
// Two facts: profession of Islam and practical commitment; both must hold.
const CITE_9P = CONDITION_CITATIONS.religion;
const RELIGION_MET = deepFreeze(finding({ code: 'eligibility.religion.met', status: 'met', citation: CITE_9P, params: undefined }));
const RELIGION_NOT_MUSLIM = deepFreeze(finding({ code: 'eligibility.religion.notMuslim', status: 'unmet', citation: CITE_9P, params: undefined }));
const RELIGION_NOT_PRACTISING = deepFreeze(finding({ code: 'eligibility.religion.notPractising', status: 'unmet', citation: CITE_9P, params: undefined }));
const RELIGION_UNKNOWN = {
  religion: deepFreeze(finding({ code: 'eligibility.religion.unknown', status: 'unknown', citation: CITE_9P, params: undefined, missing: ['person.religion'] })),
  practice: deepFreeze(finding({ code: 'eligibility.religion.unknown', status: 'unknown', citation: CITE_9P, params: undefined, missing: ['person.practisesIslam'] })),
  both: deepFreeze(finding({ code: 'eligibility.religion.unknown', status: 'unknown', citation: CITE_9P, params: undefined, missing: ['person.religion', 'person.practisesIslam'] })),
};

function religion(p: ParsedPersonFacts): Finding {
  if (p.religion === 'other') return RELIGION_NOT_MUSLIM;
  if (p.practisesIslam === false) return RELIGION_NOT_PRACTISING;
  if (p.religion === undefined) return p.practisesIslam === undefined ? RELIGION_UNKNOWN.both : RELIGION_UNKNOWN.religion;
  return p.practisesIslam === undefined ? RELIGION_UNKNOWN.practice : RELIGION_MET;
}

// ت - دارا بودن مدرک کارشناسی با بالاتر در رشته های مرتبط با حقوق، فقه و مبانی حقوق اسلامی
// و علوم قضایی از دانشگاهها و مؤسسات آموزش عالی یا مدرک سطح دو یا بالاتر از حوزه های علمیه؛
// SPEC D4 (see degrees.ts): «با بالاتر» reads «یا بالاتر» (bachelor or higher).
const CITE_9T = CONDITION_CITATIONS.degree;
// Few distinct degree findings exist: a met finding is fixed by the governing degree's
// index, level and field; an unmet one by each degree's shortcomings. Each is built once.
// One cache per governing index below 8 (a degree further down the list is not cached),
// keyed by level and field.
const DEGREE_MET: readonly Map<number, Finding>[] = Array.from({ length: 8 }, () => new Map<number, Finding>());
// Codes for the keys (4 bits each): university levels 1–4, seminary levels 5–8 (the level
// tells the kind apart), 0 unknown; fields 1–10, 0 unknown; shortcomings as 3 bits a degree.
const LEVEL_CODE = new Map<unknown, number>([
  ['associate', 1], ['bachelor', 2], ['master', 3], ['doctorate', 4], [1, 5], [2, 6], [3, 7], [4, 8],
]);
const FIELD_CODE = new Map<unknown, number>(DEGREE_FIELDS.map((f, i) => [f, i + 1]));
const SHORTCOMING_BIT: Readonly<Record<DegreeShortcoming, number>> = { level: 1, field: 2, notAwarded: 4 };
// One cache per count of degrees, 0 to 3 (more are not cached): at most 1 + 7 + 7² + 7³ findings kept.
const DEGREE_UNMET: readonly Map<number, Finding>[] = Array.from({ length: 4 }, () => new Map<number, Finding>());

function degreesData(a: DegreesAssessment): { degrees: JsonValue } {
  return { degrees: a.degrees.map((d) => ({ index: d.index, qualifies: d.qualifies, reasons: [...d.reasons] })) };
}

/** Art. 9(ت) from the degrees already judged. */
export function degreeFinding(degrees: readonly ParsedDegree[] | undefined, a: DegreesAssessment): Finding {
  if (a.qualifies === 'yes') {
    const i = a.governing as number;
    const d = (degrees as readonly ParsedDegree[])[i] as ParsedDegree;
    const cache = DEGREE_MET[i];
    const key = ((LEVEL_CODE.get(d.level) ?? 0) << 4) | (FIELD_CODE.get(d.field) ?? 0);
    let f = cache?.get(key);
    if (f === undefined) {
      f = deepFreeze(finding({ code: 'eligibility.degree.met', status: 'met', citation: CITE_9T, params: { degree: describeDegree(d) }, data: { degree: i } }));
      cache?.set(key, f);
    }
    return f;
  }
  if (a.qualifies === 'unknown') {
    return finding({ code: 'eligibility.degree.unknown', status: 'unknown', citation: CITE_9T, params: undefined, missing: a.missing, data: degreesData(a) });
  }
  // Unmet: every degree has a shortcoming (its data and the count fix the finding).
  const count = a.degrees.length;
  const cache = DEGREE_UNMET[count];
  let key = 0;
  let f: Finding | undefined;
  if (cache !== undefined) {
    for (const d of a.degrees) {
      let bits = 0;
      for (const r of d.reasons) bits |= SHORTCOMING_BIT[r];
      key = (key << 3) | bits;
    }
    f = cache.get(key);
  }
  if (f === undefined) {
    f = deepFreeze(finding({ code: 'eligibility.degree.unmet', status: 'unmet', citation: CITE_9T, params: { count }, data: degreesData(a) }));
    cache?.set(key, f);
  }
  return f;
}

// ث - داشتن حداقل بیست و چهار سال سن برای مدیر دفتر و حداقل بیست و دو سال برای کارشناس حقوقی؛
// SPEC D3: age is completed Jalali years on `asOf`; the date the age is reached is the
// birthday `minAge` years on (Esfand 30 in a common year → Farvardin 1, or `clamp`).
const CITE_9TH = CONDITION_CITATIONS.age;
const MIN_AGE: Readonly<Record<Role, number>> = {
  manager: PARAMETERS.managerMinAge.value,
  legalExpert: PARAMETERS.legalExpertMinAge.value,
};
const AGE_UNKNOWN: Readonly<Record<Role, Finding>> = {
  manager: deepFreeze(finding({ code: 'eligibility.age.unknown', status: 'unknown', citation: CITE_9TH, params: { role: 'manager', minAge: MIN_AGE.manager }, missing: ['person.birthDate'] })),
  legalExpert: deepFreeze(finding({ code: 'eligibility.age.unknown', status: 'unknown', citation: CITE_9TH, params: { role: 'legalExpert', minAge: MIN_AGE.legalExpert }, missing: ['person.birthDate'] })),
};

const AGE_MET: Readonly<Record<Role, Finding[]>> = { manager: [], legalExpert: [] };

/** The minimum age of a post (Art. 9(ث)). */
export function minimumAge(role: Role): number {
  return MIN_AGE[role];
}

function age(role: Role, birth: number | undefined, asOf: number, overflow: Overflow | undefined): Finding {
  if (birth === undefined) return AGE_UNKNOWN[role];
  const minAge = MIN_AGE[role];
  const years = Math.max(0, completedYears(birth, asOf, overflow));
  if (years >= minAge) {
    // One met finding per (post, age): built once, shared.
    const cache = AGE_MET[role];
    let f = cache[years];
    if (f === undefined) {
      f = deepFreeze(finding({ code: 'eligibility.age.met', status: 'met', citation: CITE_9TH, params: { role, age: years, minAge }, data: { age: years, minAge } }));
      cache[years] = f;
    }
    return f;
  }
  const reached = addYears(birth, minAge, overflow);
  const dateOfAge = Number.isNaN(reached) ? null : formatDayNumber(reached);
  return finding({
    code: 'eligibility.age.unmet',
    status: 'unmet',
    citation: CITE_9TH,
    params: { role, age: years, minAge, dateOfAge },
    data: { age: years, minAge, dateOfAge, daysToAge: Number.isNaN(reached) ? null : reached - asOf },
  });
}

// ج - دارا بودن کارت پایان خدمت یا معافیت دائم از خدمت نظام وظیفه برای داوطلبان مرد؛
// SPEC D7: applies to men only; a completion card or a permanent exemption meets it, any
// other status does not. A woman meets it as not applicable; with the sex unknown, a card
// or permanent exemption still settles it.
const CITE_9J = CONDITION_CITATIONS.military;
const MILITARY_OK: ReadonlySet<string | undefined> = new Set(['completionCard', 'permanentExemption']);
const MILITARY_NOT_APPLICABLE = deepFreeze(
  finding({ code: 'eligibility.military.notApplicable', status: 'met', citation: CITE_9J, params: undefined, data: { applies: false } }),
);
const MILITARY_BY_STATUS: Readonly<Record<string, Finding>> = Object.fromEntries(
  MILITARY_STATUSES.map((s) => [
    s,
    deepFreeze(
      MILITARY_OK.has(s)
        ? finding({ code: 'eligibility.military.met', status: 'met', citation: CITE_9J, params: { status: MILITARY_LABELS[s] as Bilingual }, data: { applies: true, status: s } })
        : finding({ code: 'eligibility.military.unmet', status: 'unmet', citation: CITE_9J, params: { status: MILITARY_LABELS[s] as Bilingual }, data: { applies: true, status: s } }),
    ),
  ]),
);
const MILITARY_UNKNOWN = {
  sex: deepFreeze(finding({ code: 'eligibility.military.unknown', status: 'unknown', citation: CITE_9J, params: undefined, missing: ['person.sex'] })),
  status: deepFreeze(finding({ code: 'eligibility.military.unknown', status: 'unknown', citation: CITE_9J, params: undefined, missing: ['person.militaryService'] })),
  both: deepFreeze(finding({ code: 'eligibility.military.unknown', status: 'unknown', citation: CITE_9J, params: undefined, missing: ['person.sex', 'person.militaryService'] })),
};

function military(p: ParsedPersonFacts): Finding {
  if (p.sex === 'female') return MILITARY_NOT_APPLICABLE;
  const s = p.militaryService;
  if (MILITARY_OK.has(s)) return MILITARY_BY_STATUS[s as string] as Finding;
  if (p.sex === undefined) return s === undefined ? MILITARY_UNKNOWN.both : MILITARY_UNKNOWN.sex;
  return s === undefined ? MILITARY_UNKNOWN.status : (MILITARY_BY_STATUS[s] as Finding);
}

// پ- وکلا و کارشناسان رسمی دادگستری. (Art. 11; D8: while practising.)
const CITE_11P = CONDITION_CITATIONS.legalPractice;
const PRACTICE_MET = deepFreeze(finding({ code: 'eligibility.legalPractice.met', status: 'met', citation: CITE_11P, params: undefined }));
const PRACTICE_UNMET = {
  attorney: deepFreeze(finding({ code: 'eligibility.legalPractice.unmet', status: 'unmet', citation: CITE_11P, params: { attorney: true, officialExpert: false } })),
  expert: deepFreeze(finding({ code: 'eligibility.legalPractice.unmet', status: 'unmet', citation: CITE_11P, params: { attorney: false, officialExpert: true } })),
  both: deepFreeze(finding({ code: 'eligibility.legalPractice.unmet', status: 'unmet', citation: CITE_11P, params: { attorney: true, officialExpert: true } })),
};
const PRACTICE_UNKNOWN = {
  attorney: deepFreeze(finding({ code: 'eligibility.legalPractice.unknown', status: 'unknown', citation: CITE_11P, params: undefined, missing: ['person.attorney'] })),
  expert: deepFreeze(finding({ code: 'eligibility.legalPractice.unknown', status: 'unknown', citation: CITE_11P, params: undefined, missing: ['person.officialExpert'] })),
  both: deepFreeze(finding({ code: 'eligibility.legalPractice.unknown', status: 'unknown', citation: CITE_11P, params: undefined, missing: ['person.attorney', 'person.officialExpert'] })),
};

function legalPractice(p: ParsedPersonFacts): Finding {
  const a = p.attorney;
  const e = p.officialExpert;
  if (a === true) return e === true ? PRACTICE_UNMET.both : PRACTICE_UNMET.attorney;
  if (e === true) return PRACTICE_UNMET.expert;
  if (a === undefined) return e === undefined ? PRACTICE_UNKNOWN.both : PRACTICE_UNKNOWN.attorney;
  return e === undefined ? PRACTICE_UNKNOWN.expert : PRACTICE_MET;
}

/** The 14 findings of Arts. 9 and 11 and the degrees judged on the way. */
export interface ConditionsResult {
  /** One finding per condition, in the order of {@link CONDITION_KEYS}. */
  readonly findings: Finding[];
  readonly degrees: DegreesAssessment;
}

/**
 * Evaluate every condition of Art. 9 and Art. 11 for a post on a date, without
 * short-circuiting. For rule modules (the input is already parsed).
 */
export function evaluateConditions(role: Role, asOf: number, p: ParsedPersonFacts, overflow?: Overflow): ConditionsResult {
  const degrees = assessDegrees(p.degrees, asOf, 'person.degrees');
  const findings: Finding[] = [
    holds(NATIONALITY, p.iranianNationality),
    holds(CONSTITUTION, p.adheresToConstitution),
    religion(p),
    degreeFinding(p.degrees, degrees),
    age(role, p.birthDate, asOf, overflow),
    military(p),
    absent(DISMISSAL, p.permanentDismissalConviction),
    holds(COMPUTER, p.computerSkillsCertificate),
    absent(CRIMINAL, p.effectiveCriminalRecord),
    absent(ADDICTION, p.drugAddiction),
    absent(AFFILIATION, p.opposingGroupAffiliation),
    absent(STATE_EMPLOYMENT, p.stateEmployee),
    absent(COMMERCE, p.engagedInCommerce),
    legalPractice(p),
  ];
  return { findings, degrees };
}

