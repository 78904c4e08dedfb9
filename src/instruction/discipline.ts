/**
 * Discipline under the earlier instruction: its six measures (Art. 23), their finality
 * and appeal (Art. 24), its offences (Art. 25, listed without a measure), and the notes
 * of Art. 26 on the withdrawal of the complaint (note 2) and the repeat (note 3).
 *
 * ماده۲۳- اقدامات تنبیهی انتظامی به قرار زیر است:
 * ۱ – تذکر شفاهی ۲ – اخطار کتبی ۳ – توبیخ کتبی با درج در پرونده
 * ۴ – توبیخ با درج در پایگاه اینترنتی مرکز ۵ – تعلیق موقت پروانه از سه ماه تا دو سال
 * ۶ – لغو دائم پروانه
 * ماده ۲۴- محکومیتهای ردیف یک تا چهار ماده فوق قطعی و بقیه با اعتراض محکومعلیه یا رییس
 * مرکز قابل تجدیدنظر در هیات تجدیدنظر است. اعضای هیات تجدیدنظر همان اعضای شورای مشورتی میباشند.
 */
import { addMonths, formatDayNumber, type Overflow } from '../_lib/jalali.js';
import type { Citation } from '../core/citation.js';
import { INSTRUCTION_1392 } from '../core/decision.js';
import type { Decision, Finding, Step } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { finding, message, step } from './render.js';
import type { OffenceId } from '../discipline/catalogue.js';
import { iArt, iItem, iNote } from './cite.js';
import { MEASURE_LABELS } from './messages.js';
import { INSTRUCTION_PARAMETERS } from './params.js';
import {
  InstructionAppealabilityInputSchema,
  InstructionMeasureSchema,
  InstructionSentenceInputSchema,
  InstructionSuspensionInputSchema,
  type InstructionAppealabilityInput,
  type InstructionSentenceInput,
  type InstructionSuspensionInput,
} from './schemas.js';

// ---------------------------------------------------------------------------
// Art. 23: the six measures

/** A measure of Art. 23: 1 (oral warning) … 6 (permanent revocation). */
export type InstructionMeasure = 1 | 2 | 3 | 4 | 5 | 6;

/** The kind of each measure. */
export type InstructionMeasureKind =
  | 'oralWarning'
  | 'writtenWarning'
  | 'writtenReprimandOnFile'
  | 'reprimandPublished'
  | 'suspension'
  | 'permanentRevocation';

/** One measure of Art. 23. */
export interface InstructionPenalty {
  readonly measure: InstructionMeasure;
  readonly kind: InstructionMeasureKind;
  readonly citation: Citation;
  /** The measure in Persian, as published. */
  readonly text: string;
  readonly title: string;
  /** For measure 5: the lawful length of the suspension of the licence, in months. */
  readonly suspensionMonths?: { readonly min: number; readonly max: number };
  /** Art. 24: final (1–4) or appealable (5–6). */
  readonly final: boolean;
}

const KINDS: readonly InstructionMeasureKind[] = [
  'oralWarning',
  'writtenWarning',
  'writtenReprimandOnFile',
  'reprimandPublished',
  'suspension',
  'permanentRevocation',
];
const SUSPENSION = INSTRUCTION_PARAMETERS.suspensionMonths;
const FINAL_MAX = INSTRUCTION_PARAMETERS.finalMaxMeasure.value;
const MEASURE_MIN = INSTRUCTION_PARAMETERS.measures.min;
const MEASURE_MAX = INSTRUCTION_PARAMETERS.measures.max;

const titleCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The six measures of the instruction's Art. 23, from 1 to 6, each with its finality
 * under Art. 24. Measure 5 suspends the licence for three months to two years; there is
 * no second suspension band (the regulation's Art. 29 has seven grades, two of them
 * suspensions).
 */
export const INSTRUCTION_PENALTIES: readonly InstructionPenalty[] = Object.freeze(
  KINDS.map((kind, i) => {
    const measure = (i + 1) as InstructionMeasure;
    const label = MEASURE_LABELS[i] as { fa: string; en: string };
    const base = { measure, kind, citation: iItem(23, measure), text: label.fa, title: titleCase(label.en), final: measure <= FINAL_MAX };
    return Object.freeze(kind === 'suspension' ? { ...base, suspensionMonths: Object.freeze({ min: SUSPENSION.min, max: SUSPENSION.max }) } : base);
  }),
);

/**
 * One measure of the instruction's Art. 23.
 *
 * @param measure - an integer from 1 to 6
 * @returns its kind, Persian text as published, English title, citation, finality and,
 *   for measure 5, the lawful suspension in months
 * @throws {InputError} when `measure` is not an integer from 1 to 6
 * @example
 * instructionPenalty(5).suspensionMonths; // { min: 3, max: 24 }
 * instructionPenalty(6).text;             // 'لغو دائم پروانه'
 * instructionPenalty(4).final;            // true
 */
export function instructionPenalty(measure: number): InstructionPenalty {
  const m = parseInput(InstructionMeasureSchema, measure, 'measure');
  return INSTRUCTION_PENALTIES[m - 1] as InstructionPenalty;
}

/** The value of {@link checkInstructionSuspension}. */
export interface InstructionSuspensionValue {
  readonly months: number;
  readonly lawful: boolean;
  readonly range: { readonly min: number; readonly max: number };
  readonly start: string | null;
  /** The date `months` months after `start` (SPEC D3), or null without `start`. */
  readonly end: string | null;
}

/** The decision of {@link checkInstructionSuspension}. */
export type InstructionSuspensionDecision = Decision<'instruction.suspension', 'lawful' | 'unlawful', InstructionSuspensionValue>;

/**
 * Check a suspension of the licence against the instruction's Art. 23(5): three months to
 * two years (3–24 months, both included). With `start`, the end date: the same day
 * `months` months later, or the 1st of the next month where that day does not exist
 * (SPEC D3; option `overflow: 'clamp'`).
 *
 * @param input - `{ months, start?, options?: { overflow } }`
 * @returns a decision, status `lawful` or `unlawful`, value `{ months, lawful, range, start, end }`
 * @throws {InputError} for negative or fractional months or a bad date
 * @example
 * checkInstructionSuspension({ months: 24, start: '1395/03/10' }).value.end; // '1397/03/10'
 * checkInstructionSuspension({ months: 25 }).status;                         // 'unlawful' (more than two years)
 * checkInstructionSuspension({ months: 18 }).status;                         // 'lawful' (the regulation's grade 6 would be needed for 18)
 */
export function checkInstructionSuspension(input: InstructionSuspensionInput): InstructionSuspensionDecision {
  const r = parseInput(InstructionSuspensionInputSchema, input);
  const overflow: Overflow = r.options?.overflow ?? 'nextMonth';
  const lawful = r.months >= SUSPENSION.min && r.months <= SUSPENSION.max;
  const citation = iItem(23, 5);
  const f = finding({
    code: lawful ? 'instruction.suspension.inRange' : 'instruction.suspension.outOfRange',
    status: lawful ? 'met' : 'unmet',
    citation,
    params: { months: r.months },
    data: { months: r.months, min: SUSPENSION.min, max: SUSPENSION.max },
  });
  const steps: Step[] = [];
  let end: number | null = null;
  if (r.start !== undefined) {
    const e = addMonths(r.start, r.months, overflow);
    end = Number.isNaN(e) ? null : e;
    if (end !== null) {
      const data = { start: formatDayNumber(r.start), months: r.months, end: formatDayNumber(end) };
      steps.push(step({ code: 'instruction.suspension.end', citation, params: data, data: { ...data, overflow } }));
    }
  }
  return makeDecision({
    kind: 'instruction.suspension',
    ruleSet: INSTRUCTION_1392,
    asOf: r.start ?? null,
    status: lawful ? 'lawful' : 'unlawful',
    value: {
      months: r.months,
      lawful,
      range: { min: SUSPENSION.min, max: SUSPENSION.max },
      start: r.start === undefined ? null : formatDayNumber(r.start),
      end: end === null ? null : formatDayNumber(end),
    },
    summary: message('instruction.summary.suspension', { lawful, months: r.months }),
    findings: [f],
    steps,
  });
}

// ---------------------------------------------------------------------------
// Art. 24: finality and appeal

/** Who may appeal under the instruction's Art. 24: the convicted person (محکوم‌علیه) or the head of the Center. */
export type InstructionAppellant = 'convicted' | 'headOfCenter';

/** The value of {@link instructionAppealability}. */
export interface InstructionAppealabilityValue {
  readonly measure: number | null;
  /** null when the measure is unknown. */
  readonly appealable: boolean | null;
  readonly appellants: readonly InstructionAppellant[];
  /** Always null: the instruction sets no time limit for the appeal (and the library invents none). */
  readonly days: null;
  /** The body that hears the appeal: the appeal board, whose members are the Advisory Council's (Art. 24). */
  readonly board: 'appealBoard' | null;
}

/** Status of {@link instructionAppealability}. */
export type InstructionAppealabilityStatus = 'appealable' | 'final' | 'incomplete';

/** The decision of {@link instructionAppealability}. */
export type InstructionAppealabilityDecision = Decision<'instruction.appealability', InstructionAppealabilityStatus, InstructionAppealabilityValue>;

/**
 * Whether a conviction under the instruction can be appealed (Art. 24): measures 1–4 are
 * final; measures 5 and 6 may be appealed by the convicted person or the head of the
 * Center to the appeal board (the members of the Advisory Council). The instruction
 * sets **no time limit** for the appeal: a cited `info` finding says so and `days` is
 * null — no window is invented (the regulation's 20 days of Art. 33 do not carry over).
 * The instruction says nothing of appeals against acquittals.
 *
 * @param input - `{ measure? }` (1–6; left out: `incomplete`)
 * @returns a decision, status `appealable`, `final` or `incomplete`, value `{ measure, appealable, appellants, days: null, board }`
 * @throws {InputError} for a measure outside 1–6
 * @example
 * instructionAppealability({ measure: 4 }).status;           // 'final'
 * instructionAppealability({ measure: 5 }).value.appellants; // ['convicted', 'headOfCenter']
 * instructionAppealability({ measure: 5 }).value.days;       // null (no time limit in the text)
 */
export function instructionAppealability(input: InstructionAppealabilityInput): InstructionAppealabilityDecision {
  const r = parseInput(InstructionAppealabilityInputSchema, input);
  const citation = iArt(24);
  const findings: Finding[] = [];
  let value: InstructionAppealabilityValue;
  let status: InstructionAppealabilityStatus;
  if (r.measure === undefined) {
    findings.push(finding({ code: 'instruction.appeal.unknown', status: 'unknown', citation, params: undefined, missing: ['measure'] }));
    value = { measure: null, appealable: null, appellants: [], days: null, board: null };
    status = 'incomplete';
  } else if (r.measure <= FINAL_MAX) {
    findings.push(finding({ code: 'instruction.appeal.final', status: 'info', citation, params: { measure: r.measure }, data: { appealable: false } }));
    value = { measure: r.measure, appealable: false, appellants: [], days: null, board: null };
    status = 'final';
  } else {
    findings.push(finding({ code: 'instruction.appeal.appealable', status: 'info', citation, params: { measure: r.measure }, data: { appealable: true, appellants: ['convicted', 'headOfCenter'] } }));
    value = { measure: r.measure, appealable: true, appellants: ['convicted', 'headOfCenter'], days: null, board: 'appealBoard' };
    status = 'appealable';
  }
  // The instruction sets no window: say so, cited, whenever an appeal is or may be open.
  if (status !== 'final') findings.push(finding({ code: 'instruction.appeal.noWindow', status: 'info', citation, params: undefined, data: { days: null } }));
  return makeDecision({
    kind: 'instruction.appealability',
    ruleSet: INSTRUCTION_1392,
    asOf: null,
    status,
    value,
    summary: message('instruction.summary.appealability', { status }),
    findings,
  });
}

// ---------------------------------------------------------------------------
// Art. 25: the offences, without a measure

/** One offence of the instruction's Art. 25. */
export interface InstructionOffence {
  /** Stable id: `ins25-<item>`. */
  readonly id: `ins25-${number}`;
  readonly item: number;
  readonly citation: Citation;
  /** The item as published (its closing «.» dropped). */
  readonly text: string;
  readonly title: string;
  /** Always null: the instruction attaches no measure to any offence (the board chooses one of Art. 23's six). */
  readonly measure: null;
  /**
   * The regulation's offence written in (nearly) the same words, when there is one — a
   * reading aid for comparing the two rule sets, not a rule: under the regulation the
   * grade is that offence's.
   */
  readonly closestRegulationOffence: OffenceId | null;
}

function o(item: number, text: string, title: string, closest: OffenceId | null): InstructionOffence {
  return Object.freeze({ id: `ins25-${item}` as const, item, citation: iItem(25, item), text, title, measure: null, closestRegulationOffence: closest });
}

/**
 * The 14 offences of the instruction's Art. 25 («تخلفات انتظامی مدیر و کارکنان دفاتر»:
 * of the manager and the staff), in the order of the text, without a measure: the
 * instruction gives none, so `measure` is null for every one.
 */
export const INSTRUCTION_OFFENCES: readonly InstructionOffence[] = Object.freeze([
  o(1, 'عدم نصب هزینه خدمات در محل مناسب', 'Not posting the fees of services in a suitable place', 'art34-t'),
  o(2, 'عدم حضور مدیر در ساعات اداری دفتر خدمات قضایی بدون عذر موجه', "The manager's unexcused absence during the office's hours", null),
  o(3, 'تاخیر در ارسال آمار و اطلاعات درخواستی مراجع ذیصلاح', 'Delay in sending statistics and information requested by the competent authorities', 'art35-b'),
  o(4, 'تاخیر غیرموجه در ارسال یا درج اطلاعات یا اسناد مربوط در سامانه یا در سایر فرآیندهای خدمات یا تقصیر در امور مذکور', 'Unjustified delay in sending or entering information or documents in the system or other service processes, or fault in them', null),
  o(5, 'عدم حضور فعال در دورههای آموزشی تعیین شده توسط مرکز', 'Not taking an active part in the training courses set by the Center', 'art36-p'),
  o(6, 'عدم تحویل قبض رسید وجوه به ارباب رجوع', 'Not giving clients a receipt for money paid', 'art35-t'),
  o(7, 'عدم رعایت نکات امنیتی در حفاظت از اطلاعات و سامانه خدمات الکترونیک قضایی مطابق با ضوابط ابلاغی مرکز', "Not following security rules in protecting information and the system under the Center's rules", 'art37-a'),
  o(8, 'رفتار خارج از نزاکت با ارباب رجوع و همکاران', 'Discourteous conduct towards clients and colleagues', 'art37-ch'),
  o(9, 'عدم همکاری با بازرسان', 'Not cooperating with inspectors', 'art37-z'),
  o(10, 'اجتناب از تحویل رونوشت به کسانی که قانونا حق دریافت آن را دارند', 'Withholding copies from those lawfully entitled to them', null),
  o(11, 'امتناع از واریز وجوه به حسابهای مربوط که پرداخت آنها الزامی است', 'Refusing to deposit money into the relevant accounts where payment is mandatory', 'art37-h'),
  o(12, 'دریافت وجه بیشتر از هزینههای تعیین شده', 'Charging more than the set fees', 'art38-dh'),
  o(13, 'افشای اطلاعات اصحاب دعوا به اشخاص غیرمسوول و عدم رعایت حریم خصوصی', "Disclosing litigants' information to unauthorised people and not respecting privacy", 'art38-b'),
  o(14, 'عدم رعایت مقررات و ضوابط مربوط', 'Not complying with the relevant rules and regulations', null),
]);

// ---------------------------------------------------------------------------
// Art. 26 notes 2 and 3: withdrawal of the complaint, repeat

/** The value of {@link instructionSentence}. */
export interface InstructionSentenceValue {
  /** The lowest measure the board may choose (raised by the repeat rule), or null when unknown. */
  readonly min: number | null;
  readonly max: number;
  /** Whether note 3 (repeat) applies; null when not known. */
  readonly repeat: boolean | null;
  /** Note 2: the complaint was withdrawn (the case goes on; a conviction is mitigated); null when not given. */
  readonly complaintWithdrawn: boolean | null;
  /** Whether the board must mitigate on conviction (note 2); the instruction does not say by how much. */
  readonly mitigationRequired: boolean;
  readonly chosen: number | null;
  /** Whether the chosen measure lies in the range; null without a choice or when the range is unknown. */
  readonly lawful: boolean | null;
}

/** Status of {@link instructionSentence}. */
export type InstructionSentenceStatus = 'computed' | 'lawful' | 'unlawful' | 'incomplete';

/** The decision of {@link instructionSentence}. */
export type InstructionSentenceDecision = Decision<'instruction.sentence', InstructionSentenceStatus, InstructionSentenceValue>;

/**
 * The measure the board may impose under the instruction, step by step:
 * (1) Arts. 23, 25 — no offence carries a measure: the board chooses one of 1–6;
 * (2) Art. 26 note 3 — «در صورتی که مدیر دفتر به محکومیتهای انتظامی ردیفهای یک تا چهار
 * محکوم و پس از قطعیت حکم مجددا مرتکب تخلف گردد، حسب مورد به درجات بالاتر از حکم قبلی
 * محکوم خواهد شد»: a manager with a prior conviction to measure 1–4 who offends again
 * after it became final gets a measure above the prior one (at least prior + 1, L-I4).
 * «پس از قطعیت» is read on whole days: the offence must come on a day after the day the
 * ruling became final. Note 3 sets no time window (the regulation's Art. 43 has two years)
 * and speaks of the manager only, not the staff;
 * (3) Art. 26 note 2 — «استرداد شکایت مانع رسیدگی انتظامی نیست، لیکن در فرض محکومیت سبب
 * تخفیف مجازات است»: a withdrawn complaint does not stop the case, and on conviction
 * mitigates; the instruction does not quantify it, so the range is left as it is and
 * `mitigationRequired` says the board must take it into account.
 * A chosen measure, when given, is checked against the range.
 *
 * @param input - `{ offender?: 'manager' | 'staff', offenceOn?, prior?: { measure, finalOn? }, complaintWithdrawn?, chosenMeasure? }`
 * @returns a decision, status `computed` (no choice given), `lawful`, `unlawful` or
 *   `incomplete` (the repeat rule cannot be settled), value `{ min, max, repeat, complaintWithdrawn, mitigationRequired, chosen, lawful }`
 * @throws {InputError} for a measure outside 1–6 or a bad date
 * @example
 * instructionSentence({ offender: 'manager', offenceOn: '1396/05/01', prior: { measure: 3, finalOn: '1395/01/20' } }).value.min; // 4
 * instructionSentence({ offender: 'manager', offenceOn: '1396/05/01', prior: { measure: 3, finalOn: '1395/01/20' }, chosenMeasure: 3 }).status; // 'unlawful'
 * instructionSentence({ complaintWithdrawn: true }).value.mitigationRequired; // true
 */
export function instructionSentence(input: InstructionSentenceInput): InstructionSentenceDecision {
  const r = parseInput(InstructionSentenceInputSchema, input);
  const steps: Step[] = [];
  const findings: Finding[] = [];
  steps.push(step({ code: 'instruction.sentence.choice', citation: iArt(25), params: { min: MEASURE_MIN, max: MEASURE_MAX }, data: { min: MEASURE_MIN, max: MEASURE_MAX } }));

  // Note 3: the repeat.
  const n3 = iNote(26, 3);
  let repeat: boolean | null;
  const prior = r.prior;
  type Reason = 'noPrior' | 'staff' | 'priorAboveFour' | 'beforeFinal';
  const notApplying = (reason: Reason): Finding => finding({ code: 'instruction.repeat.doesNotApply', status: 'info', citation: n3, params: { reason }, data: { reason } });
  if (prior === undefined) {
    repeat = false;
    findings.push(notApplying('noPrior'));
  } else if (r.offender === 'staff') {
    repeat = false;
    findings.push(notApplying('staff'));
  } else if (prior.measure > INSTRUCTION_PARAMETERS.repeatPriorMaxMeasure.value) {
    repeat = false;
    findings.push(notApplying('priorAboveFour'));
  } else if (r.offender === undefined || prior.finalOn === undefined || r.offenceOn === undefined) {
    repeat = null;
    const missing = [
      ...(r.offender === undefined ? ['offender'] : []),
      ...(prior.finalOn === undefined ? ['prior.finalOn'] : []),
      ...(r.offenceOn === undefined ? ['offenceOn'] : []),
    ];
    findings.push(finding({ code: 'instruction.repeat.unknown', status: 'unknown', citation: n3, params: undefined, missing }));
  } else if (r.offenceOn > prior.finalOn) {
    repeat = true;
  } else {
    repeat = false;
    findings.push(notApplying('beforeFinal'));
  }
  const step3 = INSTRUCTION_PARAMETERS.repeatStep.value;
  const min = repeat === null ? null : repeat ? Math.min(MEASURE_MAX, (prior as { measure: number }).measure + step3) : MEASURE_MIN;
  if (repeat === true) {
    const p = (prior as { measure: number }).measure;
    steps.push(step({ code: 'instruction.repeat.applies', citation: n3, params: { prior: p, min: min as number }, data: { prior: p, min } }));
  }

  // Note 2: withdrawal of the complaint.
  const n2 = iNote(26, 2);
  if (r.complaintWithdrawn === true) {
    findings.push(finding({ code: 'instruction.withdrawal.withdrawn', status: 'info', citation: n2, params: undefined, data: { prosecutionContinues: true, mitigationRequired: true } }));
  } else if (r.complaintWithdrawn === false) {
    findings.push(finding({ code: 'instruction.withdrawal.notWithdrawn', status: 'info', citation: n2, params: undefined }));
  }

  // The board's choice.
  let lawful: boolean | null = null;
  if (r.chosenMeasure !== undefined && min !== null) {
    // The range is min–MEASURE_MAX; the schema already caps chosenMeasure at 6 (= MEASURE_MAX).
    lawful = r.chosenMeasure >= min;
    findings.push(
      finding({
        code: lawful ? 'instruction.sentence.lawful' : 'instruction.sentence.unlawful',
        status: lawful ? 'met' : 'unmet',
        citation: repeat === true ? n3 : iArt(23),
        params: { measure: r.chosenMeasure, min, max: MEASURE_MAX },
        data: { chosen: r.chosenMeasure, min, max: MEASURE_MAX },
      }),
    );
  }
  const status: InstructionSentenceStatus =
    min === null ? 'incomplete' : r.chosenMeasure === undefined ? 'computed' : lawful ? 'lawful' : 'unlawful';
  return makeDecision({
    kind: 'instruction.sentence',
    ruleSet: INSTRUCTION_1392,
    asOf: r.offenceOn ?? null,
    status,
    value: {
      min,
      max: MEASURE_MAX,
      repeat,
      complaintWithdrawn: r.complaintWithdrawn ?? null,
      mitigationRequired: r.complaintWithdrawn === true,
      chosen: r.chosenMeasure ?? null,
      lawful,
    },
    summary: message('instruction.summary.sentence', { status, min: min ?? MEASURE_MIN, max: MEASURE_MAX }),
    findings,
    steps,
  });
}
