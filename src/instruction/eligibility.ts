/**
 * Eligibility under the earlier instruction: its four posts (Art. 3), the general
 * conditions of every post (Art. 4), the special conditions of each (Arts. 5–7) and the
 * persons barred (Art. 8), on a date. One finding per condition, never short-circuited;
 * every citation carries `ruleSet: 'instruction-1392'`, and so does the decision.
 *
 * The facts the instruction shares with the regulation are read from the same fields of
 * `PersonFacts` and judged the same way (age by completed Jalali years, SPEC D3; degrees,
 * D4; military service for men only, D7; the bars while the activity continues, D8); the
 * facts only the instruction asks for are the extra fields of `InstructionPersonFacts`.
 */
import { addYears, completedYears, formatDayNumber, type Overflow } from '../_lib/jalali.js';
import type { Citation } from '../core/citation.js';
import { combineFindings, INSTRUCTION_1392, type ConditionsStatus } from '../core/decision.js';
import type { Decision, Finding } from './render.js';
import { inputError, parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { finding, message } from './render.js';
import type { Bilingual } from '../core/text.js';
import { assessDegrees, describeDegree } from '../eligibility/degrees.js';
import { MILITARY_LABELS } from '../eligibility/messages.js';
import type { ParsedDegree } from '../eligibility/schemas.js';
import { iItem, iNote } from './cite.js';
import { evaluateInstructionExperience } from './experience.js';
import { INSTRUCTION_PARAMETERS } from './params.js';
import {
  InstructionEligibilityInputSchema,
  type Art7DegreeReading,
  type InstructionEligibilityInput,
  type InstructionPost,
  type ParsedInstructionEligibilityInput,
  type ParsedInstructionPersonFacts,
} from './schemas.js';

/** The conditions the instruction sets, by key (each post has the ones its articles list). */
export const INSTRUCTION_CONDITION_KEYS = [
  'nationality',
  'constitution',
  'religion',
  'addiction',
  'criminalRecord',
  'military',
  'fitness',
  'degree',
  'age',
  'experience',
  'computerSkills',
  'priority',
  'legalPractice',
  'judgeNotaryDismissal',
  'commerce',
  'stateEmployment',
] as const;
/** A condition of the instruction. */
export type InstructionConditionKey = (typeof INSTRUCTION_CONDITION_KEYS)[number];

/** The article of each post's special conditions: 5 (manager), 6 (legal expert), 7 (IT expert, clerical staff). */
const SPECIAL_ARTICLE: Readonly<Record<InstructionPost, number>> = { manager: 5, legalExpert: 6, itExpert: 7, clerical: 7 };

/** The item of the special article that sets the computer skills: 5(4), 6(3), 7(3). */
const COMPUTER_ITEM: Readonly<Record<InstructionPost, number>> = { manager: 4, legalExpert: 3, itExpert: 3, clerical: 3 };

/**
 * Where each condition of a post is written in the instruction.
 *
 * @param post - the post
 * @param key - the condition
 * @returns its citation in the instruction (with `ruleSet`), or null when the post has no such condition
 * @example
 * instructionConditionCitation('legalExpert', 'age');        // { article: 6, item: 2, ruleSet: 'instruction-1392' }
 * instructionConditionCitation('clerical', 'experience');    // null (only the manager, Art. 5(3))
 */
export function instructionConditionCitation(post: InstructionPost, key: InstructionConditionKey): Citation | null {
  checkPost(post);
  if (!(INSTRUCTION_CONDITION_KEYS as readonly unknown[]).includes(key)) {
    throw inputError('key', { en: `one of ${INSTRUCTION_CONDITION_KEYS.join(', ')}`, fa: `یکی از ${INSTRUCTION_CONDITION_KEYS.join('، ')}` }, key);
  }
  const special = SPECIAL_ARTICLE[post];
  switch (key) {
    case 'nationality':
      return iItem(4, 1);
    case 'constitution':
      return iItem(4, 2);
    case 'religion':
      return iItem(4, 3);
    case 'addiction':
      return iItem(4, 4);
    case 'criminalRecord':
      return iItem(4, 5);
    case 'military':
      return iItem(4, 6);
    case 'fitness':
      return iItem(4, 7);
    case 'degree':
      return iItem(special, 1);
    case 'age':
      return iItem(special, 2);
    case 'experience':
      return post === 'manager' ? iItem(5, 3) : null;
    case 'computerSkills':
      return iItem(special, COMPUTER_ITEM[post]);
    case 'priority':
      return post === 'manager' ? iNote(5, 1) : null;
    case 'legalPractice':
      return iItem(8, 1);
    case 'judgeNotaryDismissal':
      return iItem(8, 2);
    case 'commerce':
      return iItem(8, 3);
    case 'stateEmployment':
      return iItem(8, 4);
  }
}

/**
 * The conditions the instruction sets for a post, in the order of its text (Art. 4, then
 * the post's article, then Art. 8); one finding each in {@link checkEligibilityUnderInstruction}.
 *
 * @param post - the post
 * @returns the condition keys
 * @example
 * conditionsOfPost('manager').length;   // 16 (experience and the note's priority are the manager's only)
 * conditionsOfPost('clerical').length;  // 14
 */
export function conditionsOfPost(post: InstructionPost): readonly InstructionConditionKey[] {
  checkPost(post);
  return INSTRUCTION_CONDITION_KEYS.filter((k) => instructionConditionCitation(post, k) !== null);
}

/** The minimum age of each post: Arts. 5(2), 6(2), 7(2). */
const MIN_AGE: Readonly<Record<InstructionPost, number>> = {
  manager: INSTRUCTION_PARAMETERS.managerMinAge.value,
  legalExpert: INSTRUCTION_PARAMETERS.legalExpertMinAge.value,
  itExpert: INSTRUCTION_PARAMETERS.itAndClericalMinAge.value,
  clerical: INSTRUCTION_PARAMETERS.itAndClericalMinAge.value,
};

/**
 * The minimum age of a post under the instruction (25 for every post).
 *
 * @param post - the post
 * @returns the age in completed years
 * @example
 * instructionMinimumAge('manager'); // 25
 */
export function instructionMinimumAge(post: InstructionPost): number {
  checkPost(post);
  return MIN_AGE[post];
}

/** Refuse anything but one of the instruction's four posts (never read an inherited key). */
function checkPost(post: unknown): asserts post is InstructionPost {
  if (typeof post !== 'string' || !Object.hasOwn(MIN_AGE, post)) {
    throw inputError('post', { en: "'manager', 'legalExpert', 'itExpert' or 'clerical'", fa: "'manager'، 'legalExpert'، 'itExpert' یا 'clerical'" }, post);
  }
}

type YesNoKey = 'nationality' | 'addiction' | 'fitness' | 'judgeNotaryDismissal' | 'commerce' | 'stateEmployment';

/** A condition read from one yes/no fact: `want` is the value that meets it. */
function yesNo(key: YesNoKey, citation: Citation, fact: boolean | undefined, want: boolean, path: string): Finding {
  if (fact === undefined) return finding({ code: `instruction.${key}.unknown`, status: 'unknown', citation, params: undefined, missing: [path] });
  return fact === want
    ? finding({ code: `instruction.${key}.met`, status: 'met', citation, params: undefined })
    : finding({ code: `instruction.${key}.unmet`, status: 'unmet', citation, params: undefined });
}

// ۲ – التزام عملی به قانون اساسی و ولایتفقیه
// Two facts: the Constitution (the fact the regulation's Art. 9(ب) reads, «پابندی»,
// taken as the same fact) and velayat-e faqih (the instruction's own); both must hold.
function constitution(p: ParsedInstructionPersonFacts): Finding {
  const citation = iItem(4, 2);
  const c = p.adheresToConstitution;
  const v = p.adheresToVelayatFaqih;
  if (c === false || v === false) {
    const lacking = c === false && v === false ? 'both' : c === false ? 'constitution' : 'velayat';
    return finding({ code: 'instruction.constitution.unmet', status: 'unmet', citation, params: { lacking } });
  }
  if (c === undefined || v === undefined) {
    const missing = [...(c === undefined ? ['person.adheresToConstitution'] : []), ...(v === undefined ? ['person.adheresToVelayatFaqih'] : [])];
    return finding({ code: 'instruction.constitution.unknown', status: 'unknown', citation, params: undefined, missing });
  }
  return finding({ code: 'instruction.constitution.met', status: 'met', citation, params: undefined });
}

// ۳ – تدین به دین مبین اسلام و التزام عملی به احکام و اخلاق اسلامی
// The regulation's Art. 9(پ) word for word: the same two facts.
function religion(p: ParsedInstructionPersonFacts): Finding {
  const citation = iItem(4, 3);
  if (p.religion === 'other') return finding({ code: 'instruction.religion.notMuslim', status: 'unmet', citation, params: undefined });
  if (p.practisesIslam === false) return finding({ code: 'instruction.religion.notPractising', status: 'unmet', citation, params: undefined });
  if (p.religion === undefined || p.practisesIslam === undefined) {
    const missing = [...(p.religion === undefined ? ['person.religion'] : []), ...(p.practisesIslam === undefined ? ['person.practisesIslam'] : [])];
    return finding({ code: 'instruction.religion.unknown', status: 'unknown', citation, params: undefined, missing });
  }
  return finding({ code: 'instruction.religion.met', status: 'met', citation, params: undefined });
}

// ۵ – عدم سوءپیشینه کیفری
// Any criminal record, not only an «effective» one as in the regulation's Art. 9(خ): an
// effective record is a record (unmet), but no effective record leaves this unknown.
function criminalRecord(p: ParsedInstructionPersonFacts): Finding {
  const citation = iItem(4, 5);
  const any = p.criminalRecord ?? (p.effectiveCriminalRecord === true ? true : undefined);
  if (any === undefined) {
    return finding({
      code: 'instruction.criminalRecord.unknown',
      status: 'unknown',
      citation,
      params: { noEffective: p.effectiveCriminalRecord === false },
      missing: ['person.criminalRecord'],
    });
  }
  return any
    ? finding({ code: 'instruction.criminalRecord.unmet', status: 'unmet', citation, params: undefined })
    : finding({ code: 'instruction.criminalRecord.met', status: 'met', citation, params: undefined });
}

// ۶ – دارابودن کارت پایان خدمت یا معافیت دائم از خدمت نظام وظیفه برای داوطلبان مرد
// The regulation's Art. 9(ج) word for word; SPEC D7: men only; a completion card or a
// permanent exemption meets it, any other status does not.
const MILITARY_OK: ReadonlySet<string> = new Set(['completionCard', 'permanentExemption']);
function military(p: ParsedInstructionPersonFacts): Finding {
  const citation = iItem(4, 6);
  if (p.sex === 'female') return finding({ code: 'instruction.military.notApplicable', status: 'met', citation, params: undefined, data: { applies: false } });
  const s = p.militaryService;
  if (s !== undefined && (MILITARY_OK.has(s) || p.sex === 'male')) {
    const status = MILITARY_LABELS[s] as Bilingual;
    return MILITARY_OK.has(s)
      ? finding({ code: 'instruction.military.met', status: 'met', citation, params: { status }, data: { applies: true, status: s } })
      : finding({ code: 'instruction.military.unmet', status: 'unmet', citation, params: { status }, data: { applies: true, status: s } });
  }
  const missing = [...(p.sex === undefined ? ['person.sex'] : []), ...(s === undefined ? ['person.militaryService'] : [])];
  return finding({ code: 'instruction.military.unknown', status: 'unknown', citation, params: undefined, missing });
}

// Art. 5(1), 6(1), 7(1), all three in the same words:
// ۱- دارابودن مدرک کارشناسی یا بالاتر در رشتههای مرتبط با حقوق، فقه و علومقضایی از
// دانشگاهها و موسسات آموزش عالی یا مدرک سطح دو یا بالاتر از حوزههای علمیه
// SPEC D4 as for the regulation's Art. 9(ت) (the instruction writes «فقه» where the
// regulation writes «فقه و مبانی حقوق اسلامی»; the field `fiqhAndFoundationsOfIslamicLaw`
// is taken as fiqh). For the IT expert and the clerical staff, Art. 7(1) is read as
// written by default (L-I2); option `art7Degree: 'anyField'` asks the level only.
function degree(post: InstructionPost, degrees: readonly ParsedDegree[] | undefined, asOf: number, reading: Art7DegreeReading): Finding {
  const citation = iItem(SPECIAL_ARTICLE[post], 1);
  const art7 = SPECIAL_ARTICLE[post] === 7;
  const anyField = art7 && reading === 'anyField';
  // Under `anyField` the field never keeps a degree from qualifying: judge it as if related.
  const judged = anyField && degrees !== undefined ? degrees.map((d) => (d.kind === 'university' ? { ...d, field: 'law' as const } : d)) : degrees;
  const a = assessDegrees(judged, asOf, 'person.degrees');
  const data = { reading: art7 ? reading : 'asWritten', degrees: a.degrees.map((d) => ({ index: d.index, qualifies: d.qualifies, reasons: [...d.reasons] })) };
  if (a.qualifies === 'yes') {
    const d = (degrees as readonly ParsedDegree[])[a.governing as number] as ParsedDegree;
    return finding({ code: 'instruction.degree.met', status: 'met', citation, params: { degree: describeDegree(d) }, data: { ...data, degree: a.governing } });
  }
  if (a.qualifies === 'unknown') return finding({ code: 'instruction.degree.unknown', status: 'unknown', citation, params: undefined, missing: a.missing, data });
  return finding({ code: 'instruction.degree.unmet', status: 'unmet', citation, params: { count: a.degrees.length, anyField, art7 }, data });
}

// Art. 5(2), 6(2), 7(2): ۲ – داشتن حداقل بیستوپنج سال سن
// SPEC D3: completed Jalali years on `asOf`; the date the age is reached is the birthday
// 25 years on (Esfand 30 in a common year → Farvardin 1, or `clamp`).
function age(post: InstructionPost, birth: number | undefined, asOf: number, overflow: Overflow | undefined): Finding {
  const citation = iItem(SPECIAL_ARTICLE[post], 2);
  const minAge = MIN_AGE[post];
  if (birth === undefined) return finding({ code: 'instruction.age.unknown', status: 'unknown', citation, params: { post, minAge }, missing: ['person.birthDate'] });
  const years = Math.max(0, completedYears(birth, asOf, overflow));
  if (years >= minAge) return finding({ code: 'instruction.age.met', status: 'met', citation, params: { post, age: years, minAge }, data: { age: years, minAge } });
  const reached = addYears(birth, minAge, overflow);
  const dateOfAge = Number.isNaN(reached) ? null : formatDayNumber(reached);
  return finding({
    code: 'instruction.age.unmet',
    status: 'unmet',
    citation,
    params: { post, age: years, minAge, dateOfAge },
    data: { age: years, minAge, dateOfAge, daysToAge: Number.isNaN(reached) ? null : reached - asOf },
  });
}

// Art. 5(4), 6(3), 7(3): ۴ – دارابودن اطلاعات پایه و مهارت کار با رایانه مورد تایید اداره کل برای این سمت
// The Directorate-General's approval for the post; the regulation's certificate from a
// recognised body (Art. 9(ح)) does not settle it.
function computerSkills(post: InstructionPost, p: ParsedInstructionPersonFacts): Finding {
  const citation = iItem(SPECIAL_ARTICLE[post], COMPUTER_ITEM[post]);
  const f = p.computerSkillsApproved;
  if (f === undefined) {
    return finding({
      code: 'instruction.computerSkills.unknown',
      status: 'unknown',
      citation,
      params: { hasCertificate: p.computerSkillsCertificate === true },
      missing: ['person.computerSkillsApproved'],
    });
  }
  return f
    ? finding({ code: 'instruction.computerSkills.met', status: 'met', citation, params: undefined })
    : finding({ code: 'instruction.computerSkills.unmet', status: 'unmet', citation, params: undefined });
}

// Art. 5, note: تبصره: علاوه بر شرایط عمومی و اختصاصی فوق، اشخاصی که دارای سوابق خدمتی
// تایید شده باشند به تشخیص اداره کل، در اولویت قرار دارند.
// A priority, not a condition: always `info`.
function priority(p: ParsedInstructionPersonFacts): Finding {
  const v = p.approvedServiceRecord;
  const state = v === undefined ? 'unknown' : v ? 'yes' : 'no';
  return finding({ code: 'instruction.priority', status: 'info', citation: iNote(5, 1), params: { state }, data: { approvedServiceRecord: v ?? null } });
}

// Art. 8: دریافت پروانه و اشتغال در دفتر برای اشخاص ذیل ممنوع میباشد:
// ۱ – وکلای دادگستری و مشاوران موضوع ماده ۱۸۷ و کارشناسان رسمی دادگستری
// (while practising, as SPEC D8 reads the regulation's Art. 11(پ)).
function legalPractice(p: ParsedInstructionPersonFacts): Finding {
  const citation = iItem(8, 1);
  const roles = { attorney: p.attorney, adviser: p.article187Adviser, officialExpert: p.officialExpert };
  if (roles.attorney === true || roles.adviser === true || roles.officialExpert === true) {
    return finding({
      code: 'instruction.legalPractice.unmet',
      status: 'unmet',
      citation,
      params: { attorney: roles.attorney === true, adviser: roles.adviser === true, officialExpert: roles.officialExpert === true },
    });
  }
  const missing = [
    ...(roles.attorney === undefined ? ['person.attorney'] : []),
    ...(roles.adviser === undefined ? ['person.article187Adviser'] : []),
    ...(roles.officialExpert === undefined ? ['person.officialExpert'] : []),
  ];
  return missing.length > 0
    ? finding({ code: 'instruction.legalPractice.unknown', status: 'unknown', citation, params: undefined, missing })
    : finding({ code: 'instruction.legalPractice.met', status: 'met', citation, params: undefined });
}

/** The findings of a post and the key of each. */
export interface InstructionConditions {
  readonly keys: readonly InstructionConditionKey[];
  readonly findings: Finding[];
  /** The manager's experience (Art. 5(3)); null for the other posts. */
  readonly experience: ReturnType<typeof evaluateInstructionExperience> | null;
}

/** Every condition of a post on a date, without short-circuiting (the input is already parsed). */
export function evaluateInstructionConditions(r: ParsedInstructionEligibilityInput, experiencePrefix = 'experience.periods'): InstructionConditions {
  const p = r.person;
  const post = r.post;
  // Left out, completedYears and addYears take their default, 'nextMonth' (SPEC D3).
  const overflow: Overflow | undefined = r.options?.overflow;
  const daysPerYear = r.options?.daysPerYear ?? INSTRUCTION_PARAMETERS.daysPerExperienceYear.value;
  const reading: Art7DegreeReading = r.options?.art7Degree ?? 'asWritten';
  const keys = conditionsOfPost(post);
  let experience: InstructionConditions['experience'] = null;
  const findings = keys.map((key): Finding => {
    switch (key) {
      case 'nationality':
        // ۱ – تابعیت کشور جمهوری اسلامی ایران
        return yesNo('nationality', iItem(4, 1), p.iranianNationality, true, 'person.iranianNationality');
      case 'constitution':
        return constitution(p);
      case 'religion':
        return religion(p);
      case 'addiction':
        // ۴ – عدم اعتیاد به مواد مخدر
        return yesNo('addiction', iItem(4, 4), p.drugAddiction, false, 'person.drugAddiction');
      case 'criminalRecord':
        return criminalRecord(p);
      case 'military':
        return military(p);
      case 'fitness':
        // ۷ – توانایی جسمی و روحی لازم
        return yesNo('fitness', iItem(4, 7), p.physicallyAndMentallyFit, true, 'person.physicallyAndMentallyFit');
      case 'degree':
        return degree(post, p.degrees, r.asOf, reading);
      case 'age':
        return age(post, p.birthDate, r.asOf, overflow);
      case 'experience':
        experience = evaluateInstructionExperience(r.asOf, r.experience?.periods, daysPerYear, experiencePrefix);
        return experience.finding;
      case 'computerSkills':
        return computerSkills(post, p);
      case 'priority':
        return priority(p);
      case 'legalPractice':
        return legalPractice(p);
      case 'judgeNotaryDismissal':
        // ۲ – قضات و سردفترانی که به انفصال دائم محکوم شده و این محکومیت قطعیت یافته است
        return yesNo('judgeNotaryDismissal', iItem(8, 2), p.dismissedJudgeOrNotary, false, 'person.dismissedJudgeOrNotary');
      case 'commerce':
        // ۳ – شاغلان به امر تجارت طبق تعریف ماده ۲ قانون تجارت (while engaged in it, D8)
        return yesNo('commerce', iItem(8, 3), p.engagedInCommerce, false, 'person.engagedInCommerce');
      case 'stateEmployment':
        // ۴ – کارمندان و مستخدمان دولت و کارمندان موسسات عمومی غیردولتی (while employed, D8;
        // read from the regulation's `stateEmployee` fact, L-I3)
        return yesNo('stateEmployment', iItem(8, 4), p.stateEmployee, false, 'person.stateEmployee');
    }
  });
  return { keys, findings, experience };
}

/** The value of an eligibility decision under the instruction. Dates are `YYYY/MM/DD`. */
export interface InstructionEligibilityValue {
  readonly post: InstructionPost;
  /** The key of each finding, in the same order as `findings`. */
  readonly conditions: readonly InstructionConditionKey[];
  /** Completed Jalali years on `asOf` (SPEC D3), or null when the birth date is unknown. */
  readonly age: number | null;
  /** The manager's related experience (Art. 5(3)); null for the other posts. */
  readonly experience: {
    readonly requiredDays: number;
    readonly countedDays: number;
    readonly shortfallDays: number;
    readonly reachedOn: string | null;
  } | null;
  /**
   * The date on which every unmet condition will have lifted by time alone (the age; the
   * manager's experience if the related work goes on), if nothing else changes: `asOf`
   * when eligible; null when some unmet condition does not lift by time or some fact is unknown.
   */
  readonly eligibleOn: string | null;
}

/** The decision of {@link checkEligibilityUnderInstruction}. */
export type InstructionEligibilityDecision = Decision<'instruction.eligibility', ConditionsStatus, InstructionEligibilityValue>;

/**
 * The date every unmet condition lifts by time alone, or null: `asOf` when nothing is
 * unmet or unknown (eligible); null as soon as a finding is unknown (so when incomplete).
 */
function eligibleOnOf(keys: readonly InstructionConditionKey[], findings: readonly Finding[], asOf: number, reachedOn: number | null): string | null {
  let latest = asOf;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    if (f.status === 'unknown') return null;
    if (f.status !== 'unmet') continue;
    const key = keys[i];
    if (key === 'age') {
      // null (with dateOfAge) when the birthday lies beyond the calendar: it never lifts.
      // Stryker disable next-line OptionalChaining: equivalent — an unmet age finding always carries data
      const days = f.data?.['daysToAge'];
      if (typeof days !== 'number') return null;
      latest = Math.max(latest, asOf + days);
    } else if (key === 'experience') {
      if (reachedOn === null) return null;
      latest = Math.max(latest, reachedOn);
    } else return null;
  }
  return formatDayNumber(latest);
}

/** Decide a parsed input (shared with staffing and the comparison). */
export function decideUnderInstruction(r: ParsedInstructionEligibilityInput, experiencePrefix?: string): InstructionEligibilityDecision {
  const c = evaluateInstructionConditions(r, experiencePrefix);
  const status = combineFindings(c.findings);
  const ageFinding = c.findings[c.keys.indexOf('age')] as Finding;
  const ageData = ageFinding.data?.['age'];
  const xp = c.experience;
  // The summary's count: the unmet findings when ineligible, else the unknown ones (none when eligible).
  const counted = status === 'ineligible' ? 'unmet' : 'unknown';
  let count = 0;
  for (const f of c.findings) if (f.status === counted) count++;
  return makeDecision({
    kind: 'instruction.eligibility',
    ruleSet: INSTRUCTION_1392,
    asOf: r.asOf,
    status,
    value: {
      post: r.post,
      conditions: c.keys,
      age: typeof ageData === 'number' ? ageData : null,
      experience:
        xp === null
          ? null
          : {
              requiredDays: xp.requiredDays,
              countedDays: xp.countedDays,
              shortfallDays: xp.shortfallDays,
              reachedOn: xp.reachedOn === null ? null : formatDayNumber(xp.reachedOn),
            },
      eligibleOn: eligibleOnOf(c.keys, c.findings, r.asOf, xp === null ? null : xp.reachedOn),
    },
    summary: message('instruction.summary.eligibility', { post: r.post, status, count }),
    findings: c.findings,
  });
}

/**
 * Whether a person may hold a post of an office under the earlier instruction on a date:
 * the manager, the legal expert, the IT expert or a clerical employee (Art. 3). Every
 * general condition of Art. 4 (seven), the special conditions of the post (Art. 5 for
 * the manager: degree, age 25, five years' related experience, computer skills approved by
 * the Directorate-General, and the note's priority as `info`; Art. 6 for the legal expert
 * and Art. 7 for the IT expert and the clerical staff: degree, age 25, computer skills)
 * and the four bars of Art. 8: one finding each, never short-circuited. The decision
 * records `ruleSet: INSTRUCTION_1392`. A fact left out makes its finding `unknown`.
 *
 * Art. 7(1) asks the IT expert and the clerical staff for the manager's degree (related to
 * law, fiqh or judicial sciences, or seminary level 2): read as written by default
 * (option `art7Degree: 'anyField'` asks the level only).
 *
 * @param input - `{ post: 'manager' | 'legalExpert' | 'itExpert' | 'clerical', asOf, person: InstructionPersonFacts, experience?: { periods }, options?: { overflow, daysPerYear, art7Degree } }`
 * @returns a decision, status `eligible` / `ineligible` / `incomplete`; `value.conditions`
 *   names the condition of each finding; `value.eligibleOn` the date time alone lifts every unmet condition
 * @throws {InputError} for malformed input (an unknown post, an impossible date), naming the field
 * @example
 * const d = checkEligibilityUnderInstruction({
 *   post: 'manager',
 *   asOf: '1388/11/16',
 *   person: { birthDate: '1363/11/17' },
 * });
 * d.ruleSet.id;          // 'instruction-1392'
 * d.value.age;           // 24
 * d.findings[8].status;  // 'unmet' (Art. 5(2): 25, reached on 1388/11/17)
 * d.findings[8].data;    // { age: 24, minAge: 25, dateOfAge: '1388/11/17', daysToAge: 1 }
 */
export function checkEligibilityUnderInstruction(input: InstructionEligibilityInput): InstructionEligibilityDecision {
  return decideUnderInstruction(parseInput(InstructionEligibilityInputSchema, input));
}
