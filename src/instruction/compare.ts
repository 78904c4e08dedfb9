/**
 * The same applicant under both rule sets: the 1401 regulation (Arts. 9, 10, 11) and the
 * earlier instruction (Arts. 4–8), condition by condition, each difference explained and
 * cited in both texts.
 */
import type { Citation } from '../core/citation.js';
import { REGULATION_1401, type ConditionsStatus, type FindingStatus, type RuleSetId } from '../core/decision.js';
import type { Decision, Finding } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { finding, message } from './render.js';
import type { Bilingual } from '../core/text.js';
import { CONDITION_CITATIONS, CONDITION_KEYS, type ConditionKey } from '../eligibility/conditions.js';
import { decideEligibility, type EligibilityDecision } from '../eligibility/eligibility.js';
import { decideLicence, type LicenceDecision } from '../eligibility/licence.js';
import { PARAMETERS } from '../params.js';
import { decideUnderInstruction, instructionConditionCitation, type InstructionConditionKey, type InstructionEligibilityDecision } from './eligibility.js';
import { iArt as instructionArticle } from './cite.js';
import { INSTRUCTION_PARAMETERS } from './params.js';
import { CompareRuleSetsInputSchema, type Art7DegreeReading, type CompareRuleSetsInput, type InstructionPost } from './schemas.js';

/** The conditions compared, in the order rows are given (the regulation's, with the instruction's own beside their nearest). */
export const COMPARISON_KEYS = [
  'nationality',
  'constitution',
  'religion',
  'degree',
  'age',
  'military',
  'dismissal',
  'judgeNotaryDismissal',
  'computerSkills',
  'criminalRecord',
  'addiction',
  'fitness',
  'affiliation',
  'stateEmployment',
  'commerce',
  'legalPractice',
  'exam',
  'experience',
] as const;
/** A condition compared. */
export type ComparisonKey = (typeof COMPARISON_KEYS)[number];

/** The outcome under the regulation: its three values, or no post / no conditions to judge. */
export type RegulationOutcome = ConditionsStatus | 'noSuchPost' | 'noConditions';

/**
 * One side of a row: the finding's status under that rule set and where the condition is
 * written; `absent` when that text sets no such condition for the post, and then the
 * citation is of the list the text would hold it in (the regulation's Art. 8, 9 or 11;
 * the instruction's Art. 4, 5 or 8).
 */
export interface ComparisonSide {
  readonly status: FindingStatus | 'absent';
  readonly citation: Citation;
}

/** One condition under both rule sets. */
export interface ComparisonRow {
  readonly condition: ComparisonKey;
  /** Whether the two texts set the same rule for this post. */
  readonly sameRule: boolean;
  readonly regulation: ComparisonSide;
  readonly instruction: ComparisonSide;
  /** Whether the outcomes differ (one side met, the other not, and so on). */
  readonly outcomeDiffers: boolean;
}

/** The value of {@link compareRuleSets}. */
export interface ComparisonValue {
  readonly post: InstructionPost;
  /** The rule sets compared: always the regulation and the instruction. */
  readonly ruleSets: readonly RuleSetId[];
  readonly outcomes: { readonly regulation: RegulationOutcome; readonly instruction: ConditionsStatus };
  readonly rows: readonly ComparisonRow[];
  /** The conditions whose rule differs between the texts, for this post. */
  readonly differences: readonly ComparisonKey[];
  /** The conditions whose outcome differs for this applicant. */
  readonly outcomeDifferences: readonly ComparisonKey[];
  /** The regulation's own decision: the licence (Art. 10) for a manager, eligibility (Arts. 9, 11) for a legal expert, null otherwise. */
  readonly regulation: LicenceDecision | EligibilityDecision | null;
  /** The instruction's own decision (Arts. 4–8). */
  readonly instruction: InstructionEligibilityDecision;
}

/** Status of a comparison: the two outcomes are the same, or they differ. */
export type ComparisonStatus = 'same' | 'different';

/** The decision of {@link compareRuleSets}. */
export type ComparisonDecision = Decision<'instruction.comparison', ComparisonStatus, ComparisonValue>;

const LABELS: Readonly<Record<ComparisonKey, Bilingual>> = {
  nationality: { fa: 'تابعیت', en: 'Nationality' },
  constitution: { fa: 'قانون اساسی', en: 'The Constitution' },
  religion: { fa: 'دین', en: 'Religion' },
  degree: { fa: 'مدرک تحصیلی', en: 'Degree' },
  age: { fa: 'سن', en: 'Age' },
  military: { fa: 'خدمت نظام وظیفه', en: 'Military service' },
  dismissal: { fa: 'انفصال دائم از خدمات دولتی', en: 'Permanent dismissal from state service' },
  judgeNotaryDismissal: { fa: 'قاضی یا سردفتر منفصل', en: 'Judge or notary permanently dismissed' },
  computerSkills: { fa: 'مهارت رایانه', en: 'Computer skills' },
  criminalRecord: { fa: 'سوءپیشینه کیفری', en: 'Criminal record' },
  addiction: { fa: 'اعتیاد', en: 'Addiction' },
  fitness: { fa: 'توانایی جسمی و روحی', en: 'Physical and mental capacity' },
  affiliation: { fa: 'وابستگی به گروه‌های مخالف', en: 'Opposing groups' },
  stateEmployment: { fa: 'اشتغال دولتی', en: 'State employment' },
  commerce: { fa: 'تجارت', en: 'Commerce' },
  legalPractice: { fa: 'وکالت و کارشناسی رسمی', en: 'Legal practice' },
  exam: { fa: 'آزمون', en: 'Exam' },
  experience: { fa: 'سابقه کار مرتبط', en: 'Related experience' },
};

/** The rule of a condition in words, for a post (`reading`: Art. 7(1), left out `asWritten`). */
type Describe = (post: InstructionPost, reading: Art7DegreeReading | undefined) => Bilingual | null;

// The exam and experience rows exist for the manager only (regulationCitation and
// instructionConditionCitation give no citation for another post), so their rules are
// asked only for the manager and are written with `fixed`.
const fixed = (fa: string, en: string): Describe => () => ({ fa, en });

/** What the regulation asks, per condition (null: not a condition there, for that post). Numbers come from the parameter tables. */
const REGULATION_RULE: Readonly<Record<ComparisonKey, Describe>> = {
  nationality: fixed('تابعیت جمهوری اسلامی ایران', 'Iranian nationality'),
  constitution: fixed('پابندی به قانون اساسی', 'adherence to the Constitution'),
  religion: fixed('تدین به اسلام و التزام عملی به احکام و اخلاق اسلامی', 'profession of Islam and commitment to its precepts and ethics'),
  degree: fixed(
    'کارشناسی یا بالاتر در رشته‌های مرتبط با حقوق، فقه و مبانی حقوق اسلامی و علوم قضایی، یا سطح دو حوزه یا بالاتر',
    "a bachelor's or higher in law, fiqh and foundations of Islamic law or judicial sciences, or seminary level 2 or higher",
  ),
  // Asked only for the manager and the legal expert (ruleText: the regulation has no other post with conditions).
  age: (post) =>
    post === 'manager'
      ? { fa: `حداقل ${PARAMETERS.managerMinAge.value} سال`, en: `at least ${PARAMETERS.managerMinAge.value}` }
      : { fa: `حداقل ${PARAMETERS.legalExpertMinAge.value} سال`, en: `at least ${PARAMETERS.legalExpertMinAge.value}` },
  military: fixed('کارت پایان خدمت یا معافیت دائم برای مردان', 'a completion card or permanent exemption, for men'),
  dismissal: fixed('عدم محکومیت به انفصال دائم از خدمات دولتی و عمومی', 'no conviction to permanent dismissal from state and public service'),
  judgeNotaryDismissal: () => null,
  computerSkills: fixed('مدرک مهارت کار با رایانه از مراجع معتبر', 'a computer-skills certificate from a recognised body'),
  criminalRecord: fixed('نداشتن سوءپیشینه مؤثر کیفری', 'no effective criminal record'),
  addiction: fixed('عدم اعتیاد به مواد مخدر', 'no addiction to narcotics'),
  fitness: () => null,
  affiliation: fixed('عدم وابستگی به احزاب و گروهک‌های مخالف نظام', 'no membership in or support of groups opposed to the Islamic Republic'),
  stateEmployment: fixed(
    'مستخدم دستگاه‌های ماده ۵ قانون مدیریت خدمات کشوری و ماده ۲۹ قانون برنامه ششم نباشد',
    'not employed by a body of Art. 5 of the Civil Service Management Act or Art. 29 of the Sixth Development Plan Act',
  ),
  commerce: fixed('به امر تجارت (ماده ۲ قانون تجارت) اشتغال نداشته باشد', 'not engaged in commerce (Art. 2 of the Commercial Code)'),
  legalPractice: fixed('وکیل یا کارشناس رسمی دادگستری نباشد', 'not a practising attorney or official expert'),
  exam: fixed(
    `آزمون تخصصی با حداقل ${PARAMETERS.examPassPercent.value} درصد نمره تراز میانگین ${PARAMETERS.examTopSharePercent.value} درصد حائزان بالاترین نمره`,
    `the specialist exam: at least ${PARAMETERS.examPassPercent.value}% of the mean standardized score of the top ${PARAMETERS.examTopSharePercent.value}%`,
  ),
  experience: fixed(
    `${PARAMETERS.experienceYearsBachelor.value}، ${PARAMETERS.experienceYearsMaster.value} یا ${PARAMETERS.experienceYearsDoctorate.value} سال سابقه کار مرتبط بسته به بالاترین مدرک`,
    `${PARAMETERS.experienceYearsBachelor.value}, ${PARAMETERS.experienceYearsMaster.value} or ${PARAMETERS.experienceYearsDoctorate.value} years' related experience by the highest qualifying degree`,
  ),
};

const INSTRUCTION_DEGREE: Bilingual = {
  fa: 'کارشناسی یا بالاتر در رشته‌های مرتبط با حقوق، فقه و علوم قضایی، یا سطح دو حوزه یا بالاتر',
  en: "a bachelor's or higher in law, fiqh or judicial sciences, or seminary level 2 or higher",
};

/** What the instruction asks, per condition (null: not a condition there, for that post). */
const INSTRUCTION_RULE: Readonly<Record<ComparisonKey, Describe>> = {
  nationality: REGULATION_RULE.nationality,
  constitution: fixed('التزام عملی به قانون اساسی و ولایت فقیه', 'practical commitment to the Constitution and to velayat-e faqih'),
  religion: REGULATION_RULE.religion,
  degree: (post, reading) =>
    (post === 'itExpert' || post === 'clerical') && reading === 'anyField'
      ? { fa: 'کارشناسی یا بالاتر در هر رشته، یا سطح دو حوزه یا بالاتر (خوانش انتخاب‌شده از ماده ۷)', en: "a bachelor's or higher in any field, or seminary level 2 or higher (the reading of Art. 7 chosen)" }
      : INSTRUCTION_DEGREE,
  age: () => ({ fa: `حداقل ${INSTRUCTION_PARAMETERS.managerMinAge.value} سال`, en: `at least ${INSTRUCTION_PARAMETERS.managerMinAge.value}` }),
  military: REGULATION_RULE.military,
  dismissal: () => null,
  judgeNotaryDismissal: fixed('قاضی یا سردفتر محکوم به انفصال دائم قطعی نباشد', 'not a judge or notary finally sentenced to permanent dismissal'),
  computerSkills: fixed('اطلاعات پایه و مهارت کار با رایانه مورد تأیید اداره کل برای همان سمت', 'basic computer skills approved by the Directorate-General for the post'),
  criminalRecord: fixed('عدم سوءپیشینه کیفری (هر سوءپیشینه‌ای)', 'no criminal record at all'),
  addiction: REGULATION_RULE.addiction,
  fitness: fixed('توانایی جسمی و روحی لازم', 'the physical and mental capacity required'),
  affiliation: () => null,
  stateEmployment: fixed('کارمند یا مستخدم دولت یا کارمند مؤسسه عمومی غیردولتی نباشد', 'not an employee of the State or of a non-governmental public institution'),
  commerce: REGULATION_RULE.commerce,
  legalPractice: fixed('وکیل، مشاور موضوع ماده ۱۸۷ یا کارشناس رسمی دادگستری نباشد', 'not a practising attorney, an adviser under «Art. 187» or an official expert'),
  exam: () => null,
  experience: fixed(
    `${INSTRUCTION_PARAMETERS.managerExperienceYears.value} سال سابقه کار مرتبط، بی‌توجه به مدرک`,
    `${INSTRUCTION_PARAMETERS.managerExperienceYears.value} years' related experience, whatever the degree`,
  ),
};

/** The regulation's conditions of each key, for the posts it has (Arts. 9, 10, 11). */
function regulationCitation(key: ComparisonKey, post: InstructionPost): Citation | null {
  if (post === 'itExpert' || post === 'clerical') return null;
  if (key === 'exam') return post === 'manager' ? { article: 10, clause: 'الف' } : null;
  if (key === 'experience') return post === 'manager' ? { article: 10, clause: 'ب' } : null;
  return (CONDITION_KEYS as readonly string[]).includes(key) ? CONDITION_CITATIONS[key as ConditionKey] : null;
}

/** The conditions that are bars (the regulation's Art. 11, the instruction's Art. 8). */
const BARS: ReadonlySet<ComparisonKey> = new Set(['judgeNotaryDismissal', 'stateEmployment', 'commerce', 'legalPractice']);

/**
 * Where the regulation shows it lacks a condition the instruction sets: the list it would
 * be in. Art. 8 (its office has no IT expert), Art. 9 (the conditions, of the manager and
 * the legal expert only), Art. 11 (the bars).
 */
function regulationAbsence(key: ComparisonKey, post: InstructionPost): Citation {
  if (post === 'itExpert') return { article: 8 };
  return BARS.has(key) ? { article: 11 } : { article: 9 };
}

/**
 * Where the instruction shows it lacks a condition the regulation sets: Art. 4 (the
 * general conditions), Art. 5 (the manager's), Art. 8 (the bars).
 */
function instructionAbsence(key: ComparisonKey): Citation {
  if (key === 'exam') return instructionArticle(5);
  return key === 'dismissal' ? instructionArticle(8) : instructionArticle(4);
}

/** The rule in words, both sides: the same, or each side's. */
function ruleText(key: ComparisonKey, post: InstructionPost, reading: Art7DegreeReading | undefined): { sameRule: boolean; text: Bilingual } {
  const reg = post === 'itExpert' || post === 'clerical' ? null : REGULATION_RULE[key](post, reading);
  const ins = INSTRUCTION_RULE[key](post, reading);
  // Same rule: both texts ask the same thing of this post, word for word (the instruction's
  // rule is the regulation's own entry) or in substance (degree as written: the regulation's
  // «فقه و مبانی حقوق اسلامی» and the instruction's «فقه» are read as one field, D4).
  const same = reg !== null && (INSTRUCTION_RULE[key] === REGULATION_RULE[key] || ins === INSTRUCTION_DEGREE);
  if (same) return { sameRule: true, text: { fa: `در هر دو یکسان: ${(reg as Bilingual).fa}.`, en: `The same under both: ${(reg as Bilingual).en}.` } };
  const noPost =
    post === 'itExpert'
      ? { fa: ' (سمت کارشناس فناوری اطلاعات در آن نیست)', en: ' (it has no IT expert post)' }
      : post === 'clerical'
        ? { fa: ' (برای کارمندان دفتری شرطی ننهاده است)', en: ' (it sets no conditions for clerical staff)' }
        : { fa: '', en: '' };
  const regFa = reg === null ? `آیین نامه چنین شرطی ندارد${noPost.fa}` : `آیین نامه: ${reg.fa}`;
  const regEn = reg === null ? `the regulation has no such condition${noPost.en}` : `regulation: ${reg.en}`;
  const insFa = ins === null ? 'دستورالعمل چنین شرطی ندارد' : `دستورالعمل: ${ins.fa}`;
  const insEn = ins === null ? 'the instruction has no such condition' : `instruction: ${ins.en}`;
  const en = `${regEn}; ${insEn}.`;
  return { sameRule: false, text: { fa: `${regFa}؛ ${insFa}.`, en: en.charAt(0).toUpperCase() + en.slice(1) } };
}

/** One side of a row: absent where that text has no citation for the condition, else the status of its finding (there exactly when the citation is). */
const sideOf = (citation: Citation | null, f: Finding | undefined, absence: Citation): ComparisonSide =>
  citation === null ? { status: 'absent', citation: absence } : { status: (f as Finding).status, citation };

/**
 * The same applicant under both rule sets, condition by condition: one finding per
 * condition either text sets for the post, giving the rule under each (the same, or how
 * they differ) and this applicant's outcome under each, cited in both texts
 * (`data.regulationCitation`, `data.instructionCitation`; the finding's own citation is
 * the regulation's where it has the condition, else the instruction's). Under the
 * regulation a manager is judged for the licence (Arts. 9, 10, 11: the exam and the
 * experience by degree included), a legal expert by Arts. 9 and 11; it has no IT expert
 * post and sets no conditions for clerical staff. Under the instruction every post is
 * judged by Arts. 4–8 ({@link checkEligibilityUnderInstruction}).
 *
 * The decision is the comparison's, not a third rule set's: it records the regulation (the
 * default) as its `ruleSet`, and `value.regulation` / `value.instruction` hold each rule
 * set's own decision, each recording its own.
 *
 * @param input - `{ post, asOf, person: InstructionPersonFacts, experience?: { periods }, exam?, options?: { overflow, daysPerYear, art7Degree } }`
 * @returns a decision, status `same` or `different` (the two outcomes), value with the rows,
 *   the conditions whose rule differs, those whose outcome differs, and both decisions
 * @throws {InputError} for malformed input, naming the field
 * @example
 * // Q3: born 1363/11/17, the day before the 25th birthday.
 * const d = compareRuleSets({ post: 'manager', asOf: '1388/11/16', person: { birthDate: '1363/11/17' } });
 * d.value.rows.find((r) => r.condition === 'age');
 * // { condition: 'age', sameRule: false, outcomeDiffers: true,
 * //   regulation: { status: 'met', citation: { article: 9, clause: 'ث' } },
 * //   instruction: { status: 'unmet', citation: { article: 5, item: 2, ruleSet: 'instruction-1392' } } }
 */
export function compareRuleSets(input: CompareRuleSetsInput): ComparisonDecision {
  const r = parseInput(CompareRuleSetsInputSchema, input);
  // Options left out are left out for both rule sets, which apply their defaults.
  const reading = r.options?.art7Degree;
  const regOptions = { overflow: r.options?.overflow, daysPerYear: r.options?.daysPerYear };
  const instruction = decideUnderInstruction({ post: r.post, asOf: r.asOf, person: r.person, experience: r.experience, options: r.options });
  let regulation: LicenceDecision | EligibilityDecision | null = null;
  const regFindings = new Map<ComparisonKey, Finding>();
  if (r.post === 'manager') {
    regulation = decideLicence({
      asOf: r.asOf,
      person: r.person,
      exam: r.exam,
      experience: r.experience,
      options: regOptions,
    });
    [...CONDITION_KEYS, 'exam', 'experience'].forEach((k, i) => regFindings.set(k as ComparisonKey, regulation?.findings[i] as Finding));
  } else if (r.post === 'legalExpert') {
    regulation = decideEligibility({ role: 'legalExpert', asOf: r.asOf, person: r.person, options: { overflow: r.options?.overflow } });
    CONDITION_KEYS.forEach((k, i) => regFindings.set(k, regulation?.findings[i] as Finding));
  }
  const insFindings = new Map<string, Finding>();
  instruction.value.conditions.forEach((k, i) => insFindings.set(k, instruction.findings[i] as Finding));

  const rows: ComparisonRow[] = [];
  const findings: Finding[] = [];
  for (const key of COMPARISON_KEYS) {
    const regCite = regulationCitation(key, r.post);
    const insKey = key === 'dismissal' || key === 'affiliation' || key === 'exam' ? null : (key as InstructionConditionKey);
    const insCite = insKey === null ? null : instructionConditionCitation(r.post, insKey);
    if (regCite === null && insCite === null) continue;
    // Each side judged the condition (its finding is in the map) exactly when it cites it.
    const regFinding = regFindings.get(key);
    const insFinding = insFindings.get(key);
    const regulationSide = sideOf(regCite, regFinding, regulationAbsence(key, r.post));
    const instructionSide = sideOf(insCite, insFinding, instructionAbsence(key));
    const { sameRule, text } = ruleText(key, r.post, reading);
    const outcomeDiffers = regulationSide.status !== instructionSide.status;
    rows.push({ condition: key, sameRule, regulation: regulationSide, instruction: instructionSide, outcomeDiffers });
    const missing = [...(regFinding?.missing ?? []), ...(insFinding?.missing ?? [])];
    const unknown = regulationSide.status === 'unknown' || instructionSide.status === 'unknown';
    findings.push(
      finding({
        code: 'instruction.compare.row',
        status: unknown ? 'unknown' : 'info',
        citation: regCite ?? (insCite as Citation),
        params: { label: LABELS[key], rule: text, sameRule, regulation: regulationSide, instruction: instructionSide },
        missing: [...new Set(missing)],
        data: {
          condition: key,
          sameRule,
          outcomeDiffers,
          regulationStatus: regulationSide.status,
          instructionStatus: instructionSide.status,
          regulationCitation: { ...(regulationSide.citation as Citation) },
          instructionCitation: { ...(instructionSide.citation as Citation) },
        },
      }),
    );
  }
  const regOutcome: RegulationOutcome = regulation !== null ? regulation.status : r.post === 'itExpert' ? 'noSuchPost' : 'noConditions';
  const differences = rows.filter((x) => !x.sameRule).map((x) => x.condition);
  const status: ComparisonStatus = regOutcome === instruction.status ? 'same' : 'different';
  return makeDecision({
    kind: 'instruction.comparison',
    ruleSet: REGULATION_1401,
    asOf: r.asOf,
    status,
    value: {
      post: r.post,
      ruleSets: [REGULATION_1401.id, instruction.ruleSet.id],
      outcomes: { regulation: regOutcome, instruction: instruction.status },
      rows,
      differences,
      outcomeDifferences: rows.filter((x) => x.outcomeDiffers).map((x) => x.condition),
      regulation,
      instruction,
    },
    summary: message('instruction.compare.summary', { post: r.post, regulation: regOutcome, instruction: instruction.status, differences: differences.length }),
    findings,
  });
}
