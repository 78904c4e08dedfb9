/**
 * Appeals of a first-instance board's ruling (Art. 33) and of a revocation (Art. 45), SPEC D13.
 *
 * ماده ۳۳: «آراء هیات بدوی قطعی است؛ مگر در مجازات درجه چهار تا هفت که توسط محکوم علیه یا
 * رییس مرکز ظرف مهلت بیست روز از تاریخ ابلاغ قابل اعتراض در هیأت تجدید نظر میباشد. آراء
 * برائت در خصوص تخلفات مستوجب مجازات درجه پنج تا هفت ظرف مهلت مذکور توسط رییس مرکز قابل
 * اعتراض است.»
 * ماده ۴۵: «… رای به لغو پروانه صادر خواهد کرد. این رای ظرف بیست روز قابل اعتراض در هیأت
 * تجدید نظر است.»
 */
import { formatDayNumber } from '../_lib/jalali.js';
import type { Citation } from '../core/citation.js';
import type { Decision, Finding, Step } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { calendarNotCoveredFinding, deadlineSteps } from '../dates/deadline.js';
import { message as datesMessage } from '../dates/render.js';
import { PARAMETERS } from '../params.js';
import type { Appellant } from './messages.js';
import {
  AppealabilityInputSchema,
  DisciplinaryAppealDeadlineInputSchema,
  type AppealabilityInput,
  type DisciplinaryAppealDeadlineInput,
  type Ruling,
} from './schemas.js';
import { finding, message } from './render.js';

export type { Appellant };

/** Whether a ruling is appealable, by whom, and within how many days (plain data). */
export interface AppealabilityValue {
  readonly ruling: Ruling;
  /** Conviction: the grade imposed; acquittal: the grade the offence carries; null when not given or not used. */
  readonly grade: number | null;
  /** null when the grade is unknown. */
  readonly appealable: boolean | null;
  /** Who may appeal (empty when final or unknown). */
  readonly appellants: readonly Appellant[];
  /** Days from notification to appeal (null when final or unknown). */
  readonly days: number | null;
  readonly citation: Citation;
}

/**
 * Appealability (internal, no validation). Conviction: grade 4–7 appealable by the
 * convicted manager or the head of the Center. Acquittal: of an offence of grade 5–7,
 * appealable by the head of the Center. Revocation (Art. 45): appealable by the manager.
 */
export function appealabilityOf(ruling: Ruling, grade: number | undefined | null): AppealabilityValue {
  if (ruling === 'revocation') {
    const p = PARAMETERS.revocationAppealDays;
    return { ruling, grade: null, appealable: true, appellants: ['manager'], days: p.value, citation: p.citation };
  }
  const citation = PARAMETERS.appealDays.citation;
  if (grade === undefined || grade === null) return { ruling, grade: null, appealable: null, appellants: [], days: null, citation };
  const min = ruling === 'conviction' ? PARAMETERS.appealableMinGrade.value : PARAMETERS.acquittalAppealableMinGrade.value;
  if (grade < min) return { ruling, grade, appealable: false, appellants: [], days: null, citation };
  const appellants: Appellant[] = ruling === 'conviction' ? ['convictedManager', 'headOfCenter'] : ['headOfCenter'];
  return { ruling, grade, appealable: true, appellants, days: PARAMETERS.appealDays.value, citation };
}

/** Status of an appealability decision. */
export type AppealabilityStatus = 'appealable' | 'final' | 'incomplete';

function statusOf(v: AppealabilityValue): AppealabilityStatus {
  return v.appealable === null ? 'incomplete' : v.appealable ? 'appealable' : 'final';
}

function appealFinding(v: AppealabilityValue): Finding {
  const data = { appealable: v.appealable, appellants: [...v.appellants], days: v.days };
  if (v.ruling === 'revocation') return finding({ code: 'discipline.appeal.revocation', status: 'info', citation: v.citation, params: undefined, data });
  if (v.grade === null) return finding({ code: 'discipline.appeal.unknown', status: 'unknown', citation: v.citation, params: undefined, missing: ['grade'] });
  return finding({
    code: v.ruling === 'conviction' ? 'discipline.appeal.conviction' : 'discipline.appeal.acquittal',
    status: 'info',
    citation: v.citation,
    params: { grade: v.grade, appellants: v.appellants },
    data: { ...data, grade: v.grade },
  });
}

/** The decision of {@link appealability}. */
export type AppealabilityDecision = Decision<'discipline.appealability', AppealabilityStatus, AppealabilityValue>;

/**
 * Whether a ruling can be appealed to the appeal board, and by whom (Arts. 33, 45; SPEC D13):
 * a conviction whose grade imposed is 4–7, by the convicted manager or the head of the
 * Center; an acquittal of an offence of grade 5–7, by the head of the Center; a revocation
 * of the licence under Art. 45, by the manager. Every other ruling is final. The grade
 * left out makes the decision `incomplete`.
 *
 * @param input - `{ ruling: 'conviction' | 'acquittal' | 'revocation', grade? }`
 * @returns a decision, status `appealable`, `final` or `incomplete`, value `{ ruling, grade, appealable, appellants, days, citation }`
 * @throws {InputError} for an unknown ruling or a grade outside 1–7
 * @example
 * appealability({ ruling: 'conviction', grade: 4 }).value.appellants; // ['convictedManager', 'headOfCenter']
 * appealability({ ruling: 'conviction', grade: 3 }).status;           // 'final'
 * appealability({ ruling: 'acquittal', grade: 5 }).value.appellants;  // ['headOfCenter']
 */
export function appealability(input: AppealabilityInput): AppealabilityDecision {
  const r = parseInput(AppealabilityInputSchema, input);
  const v = appealabilityOf(r.ruling, r.grade);
  const status = statusOf(v);
  return makeDecision({
    kind: 'discipline.appealability',
    asOf: null,
    status,
    value: v,
    summary: message('discipline.summary.appealability', { status }),
    findings: [appealFinding(v)],
  });
}

/** The value of {@link disciplinaryAppealDeadline}. */
export interface DisciplinaryAppealDeadlineValue extends AppealabilityValue {
  readonly notifiedOn: string;
  /** The last day to appeal (null when the ruling is final); provisional when `provisional`. */
  readonly lastDay: string | null;
  /** Whether an appeal on `asOf` is in time (null without `asOf`, when final, or when the last day is provisional). */
  readonly inTime: boolean | null;
  /**
   * True when the period touches a year the official calendar does not cover (status
   * `incomplete`, finding `dates.calendar.notCovered`): the last day can only move later.
   */
  readonly provisional: boolean;
}

/** The decision of {@link disciplinaryAppealDeadline}. */
export type DisciplinaryAppealDeadlineDecision = Decision<'discipline.appealDeadline', AppealabilityStatus, DisciplinaryAppealDeadlineValue>;

/**
 * Whether a ruling is appealable and the last day to appeal (Arts. 33, 45; SPEC D13): 20
 * days from notification, where neither the day of notification nor the day of acting is
 * counted (Civil Procedure Code Art. 445: notified on D, an appeal on D+21 is in time) and a
 * last day on which the offices are closed moves to the next open day (Art. 444). Closed
 * days: every Friday plus the `holidays` given. The counting steps are in `steps`. When
 * the grade is unknown the last day is still given, for the case the ruling is appealable.
 *
 * @param input - `{ ruling, grade?, notifiedOn, holidays?, asOf?, options?: { counting } }`
 * @returns a decision, status `appealable`, `final` or `incomplete`; value with `lastDay` and `inTime`
 * @throws {InputError} for malformed input, or `asOf` before `notifiedOn`
 * @example
 * // 1403/01/31 is a Friday, so the last day moves to 1403/02/01.
 * disciplinaryAppealDeadline({ ruling: 'conviction', grade: 5, notifiedOn: '1403/01/10' }).value.lastDay; // '1403/02/01'
 * disciplinaryAppealDeadline({ ruling: 'conviction', grade: 2, notifiedOn: '1403/01/10' }).value.lastDay; // null (final)
 */
export function disciplinaryAppealDeadline(input: DisciplinaryAppealDeadlineInput): DisciplinaryAppealDeadlineDecision {
  const r = parseInput(DisciplinaryAppealDeadlineInputSchema, input);
  const v = appealabilityOf(r.ruling, r.grade);
  const appealable = statusOf(v);
  let status = appealable;
  const findings: Finding[] = [appealFinding(v)];
  let steps: Step[] = [];
  let lastDay: number | null = null;
  let notCovered: readonly number[] = [];
  if (status !== 'final') {
    const parameter = r.ruling === 'revocation' ? PARAMETERS.revocationAppealDays : PARAMETERS.appealDays;
    const out = deadlineSteps(r.notifiedOn, parameter.value, new Set(r.holidays), r.options?.counting ?? 'civilProcedure', parameter.citation, {
      calendar: r.options?.calendar,
      completeYears: r.completeYears,
    });
    steps = out.steps;
    lastDay = out.computation.lastDay;
    // A year the official calendar does not cover: the last day is provisional (issue 14).
    notCovered = out.notCovered;
    if (notCovered.length > 0) {
      status = 'incomplete';
      findings.push(calendarNotCoveredFinding(notCovered, lastDay, parameter.citation));
    }
  }
  const provisional = notCovered.length > 0;
  let inTime: boolean | null = null;
  if (r.asOf !== undefined && lastDay !== null && !provisional) {
    inTime = r.asOf <= lastDay;
    const params = { asOf: formatDayNumber(r.asOf), lastDay: formatDayNumber(lastDay) };
    findings.push(finding({ code: inTime ? 'discipline.appeal.inTime' : 'discipline.appeal.late', status: inTime ? 'met' : 'unmet', citation: v.citation, params, data: params }));
  }
  const last = lastDay === null ? null : formatDayNumber(lastDay);
  return makeDecision({
    kind: 'discipline.appealDeadline',
    asOf: r.asOf ?? r.notifiedOn,
    status,
    value: { ...v, notifiedOn: formatDayNumber(r.notifiedOn), lastDay: last, inTime, provisional },
    // `lastDay` is null only for a final ruling, whose summary does not name a day; a
    // provisional last day of an appealable ruling is said so (the dates domain's summary).
    summary:
      provisional && appealable === 'appealable' && last !== null
        ? datesMessage('dates.appeal.summary.incomplete', { lastDay: last, years: notCovered })
        : message('discipline.summary.appealDeadline', { status, lastDay: last }),
    findings,
    steps,
  });
}
