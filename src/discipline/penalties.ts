/**
 * The penalty scale (Art. 29) and the suspension lengths of grades 5 and 6.
 *
 * ماده ۲۹- مجازاتهای انتظامی به قرار زیر است:
 * درجه یک: تذکر شفاهی؛ درجه دو: اخطار کتبی؛ درجه سه: توبیخ کتبی با درج در پرونده؛
 * درجه چهار: توبیخ با درج در پایگاه اطلاع رسانی مرکز؛
 * درجه پنج: تعلیق موقت به مدت سه ماه تا یک سال از مدیریت دفتر؛
 * درجه شش: تعلیق موقت بیش از یک سال تا سه سال از مدیریت دفتر؛
 * درجه هفت: لغو دائم پروانه.
 * تبصره- مسئولیت تخلفات انتظامی در دفاتر به عهده مدیر دفتر است.
 */
import { addMonths, formatDayNumber, type Overflow } from '../_lib/jalali.js';
import type { Citation } from '../core/citation.js';
import type { Decision, Finding, Step } from './render.js';
import type { Bilingual } from '../core/text.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { PARAMETERS, type RangeParameter } from '../params.js';
import type { PenaltyGrade } from './catalogue.js';
import { CheckSuspensionInputSchema, PenaltyOfGradeInputSchema, type CheckSuspensionInput } from './schemas.js';
import { finding, message, step } from './render.js';

/** The kind of penalty of each grade. */
export type PenaltyKind =
  | 'oralWarning'
  | 'writtenWarning'
  | 'writtenReprimandOnFile'
  | 'reprimandPublished'
  | 'suspension'
  | 'longSuspension'
  | 'permanentRevocation';

/** A suspension range in months; `minExclusive` where the text says «بیش از» (more than). */
export interface SuspensionRange {
  readonly min: number;
  readonly max: number;
  readonly minExclusive: boolean;
}

/** One grade of Art. 29. */
export interface Penalty {
  readonly grade: PenaltyGrade;
  readonly kind: PenaltyKind;
  readonly citation: Citation;
  /** The penalty in Persian, as published. */
  readonly text: string;
  readonly title: string;
  /** For grades 5 and 6: the lawful length of the suspension, in months. */
  readonly suspensionMonths?: SuspensionRange;
}

function range(p: RangeParameter): SuspensionRange {
  return { min: p.min, max: p.max, minExclusive: p.minExclusive === true };
}

/** The seven grades of Art. 29, from 1 to 7. */
export const PENALTY_SCALE: readonly Penalty[] = Object.freeze([
  { grade: 1, kind: 'oralWarning', citation: { article: 29, grade: 1 }, text: 'تذکر شفاهی', title: 'Oral warning' },
  { grade: 2, kind: 'writtenWarning', citation: { article: 29, grade: 2 }, text: 'اخطار کتبی', title: 'Written warning' },
  { grade: 3, kind: 'writtenReprimandOnFile', citation: { article: 29, grade: 3 }, text: 'توبیخ کتبی با درج در پرونده', title: 'Written reprimand entered in the file' },
  { grade: 4, kind: 'reprimandPublished', citation: { article: 29, grade: 4 }, text: 'توبیخ با درج در پایگاه اطلاع رسانی مرکز', title: "Reprimand published on the Center's website" },
  {
    grade: 5, kind: 'suspension', citation: { article: 29, grade: 5 },
    text: 'تعلیق موقت به مدت سه ماه تا یک سال از مدیریت دفتر',
    title: 'Temporary suspension from managing the office for three months to one year',
    suspensionMonths: range(PARAMETERS.grade5SuspensionMonths),
  },
  {
    grade: 6, kind: 'longSuspension', citation: { article: 29, grade: 6 },
    text: 'تعلیق موقت بیش از یک سال تا سه سال از مدیریت دفتر',
    title: 'Temporary suspension from managing the office for more than one year up to three years',
    suspensionMonths: range(PARAMETERS.grade6SuspensionMonths),
  },
  { grade: 7, kind: 'permanentRevocation', citation: { article: 29, grade: 7 }, text: 'لغو دائم پروانه', title: 'Permanent revocation of the licence' },
] satisfies Penalty[]);

/** The penalty of a grade known to be in 1–7 (internal). */
export function penaltyAt(grade: number): Penalty {
  return PENALTY_SCALE[grade - 1] as Penalty;
}

/**
 * The penalty of a grade of Art. 29.
 *
 * @param grade - an integer from 1 to 7
 * @returns the grade's kind, its Persian text as published, an English title, its
 *   citation, and for grades 5 and 6 the lawful suspension length in months
 * @throws {InputError} when `grade` is not an integer from 1 to 7
 * @example
 * penaltyOfGrade(4).kind; // 'reprimandPublished'
 * penaltyOfGrade(6).suspensionMonths; // { min: 12, max: 36, minExclusive: true }
 * penaltyOfGrade(7).text; // 'لغو دائم پروانه'
 */
export function penaltyOfGrade(grade: number): Penalty {
  return penaltyAt(parseInput(PenaltyOfGradeInputSchema, grade, 'grade'));
}

/** Whether `months` lies in a suspension range (internal). */
export function inSuspensionRange(months: number, r: SuspensionRange): boolean {
  return (r.minExclusive ? months > r.min : months >= r.min) && months <= r.max;
}

/** The range in words. */
export function suspensionRangeText(grade: 5 | 6): Bilingual {
  return grade === 5
    ? { fa: 'سه ماه تا یک سال', en: 'three months to one year' }
    : { fa: 'بیش از یک سال تا سه سال', en: 'more than one year up to three years' };
}

/** The finding on a suspension length (shared with `sentence`). */
export function suspensionFinding(grade: 5 | 6, months: number): Finding {
  const r = penaltyAt(grade).suspensionMonths as SuspensionRange;
  const ok = inSuspensionRange(months, r);
  return finding({
    code: ok ? 'discipline.suspension.inRange' : 'discipline.suspension.outOfRange',
    status: ok ? 'met' : 'unmet',
    citation: { article: 29, grade },
    params: { grade, months, range: suspensionRangeText(grade) },
    data: { grade, months, min: r.min, max: r.max, minExclusive: r.minExclusive },
  });
}

/** The value of {@link checkSuspension}. */
export interface SuspensionValue {
  readonly grade: 5 | 6;
  readonly months: number;
  readonly lawful: boolean;
  readonly range: SuspensionRange;
  readonly start: string | null;
  /** The date `months` months after `start` (SPEC D3), or null without `start`. */
  readonly end: string | null;
}

/** The decision of {@link checkSuspension}. */
export type SuspensionDecision = Decision<'discipline.suspension', 'lawful' | 'unlawful', SuspensionValue>;

/**
 * Check a chosen suspension length against its grade (Art. 29): grade 5 is three months
 * to one year (3–12 months, both included), grade 6 is more than one year up to three
 * years (more than 12, up to 36 months). With `start`, the end date: the same day
 * `months` months later, or the 1st of the next month where that day does not exist
 * (SPEC D3; option `overflow: 'clamp'` lands on the month's last day). We read the
 * suspension as ending on that date: the manager may act again from it.
 *
 * @param input - `{ grade: 5 | 6, months, start?, options?: { overflow } }`
 * @returns a decision, status `lawful` or `unlawful`, value `{ grade, months, lawful, range, start, end }`
 * @throws {InputError} for a grade other than 5 or 6, negative or fractional months, or a bad date
 * @example
 * checkSuspension({ grade: 5, months: 3, start: '1403/01/15' }).value.end; // '1403/04/15'
 * checkSuspension({ grade: 6, months: 12 }).status; // 'unlawful' (grade 6 is MORE than one year)
 * checkSuspension({ grade: 5, months: 3, start: '1403/06/31' }).value.end; // '1403/10/01' (Azar has no 31st: D3)
 */
export function checkSuspension(input: CheckSuspensionInput): SuspensionDecision {
  const r = parseInput(CheckSuspensionInputSchema, input);
  const grade = r.grade;
  const overflow: Overflow = r.options?.overflow ?? 'nextMonth';
  const f = suspensionFinding(grade, r.months);
  const lawful = f.status === 'met';
  const steps: Step[] = [];
  // Without `start` (read as NaN) there is no end: addMonths of NaN is NaN, as is an end
  // past the supported years.
  const start = r.start ?? Number.NaN;
  const e = addMonths(start, r.months, overflow);
  const end = Number.isNaN(e) ? null : e;
  if (end !== null) {
    steps.push(
      step({
        code: 'discipline.suspension.end',
        citation: { article: 29, grade },
        params: { start: formatDayNumber(start), months: r.months, end: formatDayNumber(end) },
        data: { start: formatDayNumber(start), months: r.months, end: formatDayNumber(end), overflow },
      }),
    );
  }
  return makeDecision({
    kind: 'discipline.suspension',
    asOf: r.start ?? null,
    status: lawful ? 'lawful' : 'unlawful',
    value: {
      grade,
      months: r.months,
      lawful,
      range: penaltyAt(grade).suspensionMonths as SuspensionRange,
      start: r.start === undefined ? null : formatDayNumber(r.start),
      end: end === null ? null : formatDayNumber(end),
    },
    summary: message('discipline.summary.suspension', { lawful, grade, months: r.months }),
    findings: [f],
    steps,
  });
}
