/**
 * One disciplinary case from the complaint to the last day to appeal, in the order the
 * regulation puts its steps: the bars to prosecution (Art. 30) for each offence on the day
 * of the hearing → the offences still prosecutable → whether prosecution may be suspended
 * (Art. 31) → the sentence with the board's choices (Arts. 29, 32, 41, 43, 44) → whether the
 * ruling is appealable and its last day (Art. 33). Each step is one of the library's own
 * decisions, kept whole in the value; this module only chains them and lists what is
 * still missing under the names of its own input.
 */
import { formatDayNumber } from '../_lib/jalali.js';
import type { Citation } from '../core/citation.js';
import { collectMissing } from '../core/decision.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { appealability, disciplinaryAppealDeadline, type AppealabilityDecision, type DisciplinaryAppealDeadlineDecision } from './appeals.js';
import { prosecutionBars, type ProsecutionBar, type ProsecutionBarsDecision } from './limitation.js';
import { suspendProsecution, type ProsecutionSuspensionDecision } from './prosecutionSuspension.js';
import { DisciplinaryAppealDeadlineInputSchema, JudgeCaseInputSchema, type JudgeCaseInput, type OffenceInput } from './schemas.js';
import { sentence, type SentenceDecision } from './sentencing.js';
import { finding, message, step, type Decision, type Finding, type Step } from './render.js';

/** How one offence of the case stands on the day of the hearing (Art. 30). */
export interface CaseOffenceBars {
  /** Its index in the input's `offences`. */
  readonly index: number;
  readonly ref: string;
  /** `notBarred`: still prosecutable; `barred`; `incomplete`: a fact of Art. 30 is missing. */
  readonly status: ProsecutionBarsDecision['status'];
  readonly bars: readonly ProsecutionBar[];
  /** The decision of `prosecutionBars` for it, whole. */
  readonly decision: ProsecutionBarsDecision;
}

/** The value of {@link judgeCase}. */
export interface CaseValue {
  readonly hearingDate: string;
  /** Each offence, in the input's order. */
  readonly offences: readonly CaseOffenceBars[];
  /** Indexes (in `offences`) of the offences still prosecutable: the ones sentenced. */
  readonly prosecutable: readonly number[];
  /** Indexes of the offences barred (never sentenced). */
  readonly barred: readonly number[];
  /** Indexes of the offences whose bars are unknown (not sentenced until known). */
  readonly undetermined: readonly number[];
  /** Art. 31 for the prosecutable offences; null when none is. */
  readonly prosecutionSuspension: ProsecutionSuspensionDecision | null;
  /** The sentence of the prosecutable offences judged together; null when none is. */
  readonly sentence: SentenceDecision | null;
  /**
   * Art. 33: with `appeal.notifiedOn`, `disciplinaryAppealDeadline` (appealability and the
   * last day); without it, `appealability` alone. The grade is the sentence's
   * `value.appeal` grade (the grade imposed by default). Null when nothing is sentenced.
   */
  readonly appeal: DisciplinaryAppealDeadlineDecision | AppealabilityDecision | null;
  /** The last day to appeal; null when final, unknown, or not yet notified. */
  readonly lastDayToAppeal: string | null;
}

/** Status of {@link judgeCase}: `barred` when every offence is barred; otherwise as `sentence`, `incomplete` when any step lacks a fact. */
export type CaseStatus = 'barred' | 'computed' | 'lawful' | 'unlawful' | 'incomplete';

/** The decision of {@link judgeCase}. */
export type CaseDecision = Decision<'discipline.case', CaseStatus, CaseValue>;

type Parsed = ReturnType<typeof parseCase>;

function parseCase(input: JudgeCaseInput) {
  return parseInput(JudgeCaseInputSchema, input);
}

const day = (n: number): string => formatDayNumber(n);
const days = (xs: readonly number[] | undefined): string[] | undefined => xs?.map(day);

/** The acts of prosecution counted for offence `i`: its own, else the case's made on or after it. */
function actsFor(p: Parsed, i: number): string[] | undefined {
  const o = p.offences[i] as Parsed['offences'][number];
  if (o.prosecutionActs !== undefined) return days(o.prosecutionActs);
  if (p.prosecutionActs === undefined) return undefined;
  const from = o.date;
  return days(from === undefined ? p.prosecutionActs : p.prosecutionActs.filter((a) => a >= from));
}

/** The offence as `sentence` and `suspendProsecution` take it: Art. 43 reads a continuing offence on its last day. */
function judged(o: Parsed['offences'][number]): OffenceInput {
  const date = o.endedOn ?? o.date;
  return {
    id: o.id,
    ...(o.grade === undefined ? {} : { grade: o.grade }),
    ...(o.days === undefined ? {} : { days: o.days }),
    ...(date === undefined ? {} : { date: day(date) }),
  };
}

/** A sub-decision's missing facts under the names of this function's input. */
function renamed(missing: readonly string[], offenceIndex: (j: number) => number, bars: boolean): string[] {
  return missing.map((m) => {
    if (bars) {
      if (m === 'offence.committedOn') return `offences[${offenceIndex(0)}].date`;
      if (m === 'resJudicata' || m === 'prosecutionActs') return `offences[${offenceIndex(0)}].${m}`;
      return m; // permanentlySeparated, deceased: the case's own
    }
    if (m === 'grade') return 'board.grade';
    if (m === 'notifiedOn') return 'appeal.notifiedOn';
    return m.replace(/^offences\[(\d+)\]/, (_, j: string) => `offences[${offenceIndex(Number(j))}]`);
  });
}

/**
 * One disciplinary case from the complaint to the last day to appeal, as a board hears
 * it — one decision, every step cited, each sub-decision kept whole in the value:
 * 1. **Art. 30** — `prosecutionBars` for each offence on `hearingDate` (res judicata, the
 *    two years of limitation from the offence or the last act of prosecution, permanent
 *    separation, death);
 * 2. the offences still prosecutable: a barred offence is never sentenced; one whose bars
 *    are unknown is not sentenced either, and the case is `incomplete`;
 * 3. **Art. 31** — `suspendProsecution` for the prosecutable offences: whether the board may
 *    suspend prosecution instead (available or not; option `suspensionGrade`);
 * 4. **Arts. 29, 32, 41, 43, 44** — `sentence` of the prosecutable offences judged together,
 *    with the priors, the grounds of mitigation and the board's choices;
 * 5. **Art. 33** — whether the ruling is appealable, by whom, and (with `appeal.notifiedOn`)
 *    the last day, by `disciplinaryAppealDeadline` with its closed days.
 *
 * The options of the sub-decisions are passed through (`overflow`, `daysPerMonth`,
 * `multipleOffences`, `repeatScope`, `appealGrade`, `suspensionGrade`; the appeal's own
 * options inside `appeal`), and every reading applied is named by the steps' `data.reading`.
 * The facts still missing are listed under this input's names (`offences[1].date`,
 * `priors`, `appeal.notifiedOn`, `board.grade` when the appeal depends on the grade chosen).
 *
 * @param input - `{ hearingDate, offences: [{ id, grade?, days?, date?, endedOn?, prosecutionActs?, resJudicata? }], prosecutionActs?, permanentlySeparated?, deceased?, priors?, mitigatingGrounds?, board?, appeal?: { notifiedOn, holidays?, asOf?, options? }, options? }`
 * @returns a decision, status `barred`, `computed`, `lawful`, `unlawful` or `incomplete`;
 *   value with each offence's bars, `prosecutable`, `prosecutionSuspension`, `sentence`, `appeal`, `lastDayToAppeal`
 * @throws {InputError} for malformed input, a date after `hearingDate`, a notification before it, mitigation without a ground
 * @example
 * const d = judgeCase({
 *   hearingDate: '1403/06/20',
 *   offences: [
 *     { id: 'art38-dh', date: '1403/02/20', prosecutionActs: ['1403/03/20'], resJudicata: false },
 *     { id: 'art34-t', date: '1401/01/20', prosecutionActs: [], resJudicata: false }, // two years ran out on 1403/01/20
 *   ],
 *   permanentlySeparated: false, deceased: false, priors: [],
 *   board: { grade: 5 },
 *   appeal: { notifiedOn: '1403/07/05', holidays: ['1403/07/26'] },
 * });
 * d.value.barred;          // [1]
 * d.value.sentence?.value.imposed; // 5 (the barred offence is not sentenced)
 * d.value.lastDayToAppeal; // '1403/07/28' (07/26 closed, 07/27 a Friday)
 */
export function judgeCase(input: JudgeCaseInput): CaseDecision {
  const p = parseCase(input);
  const raw = input as { readonly appeal?: Record<string, unknown> };
  const o = p.options ?? {};
  const hearing = day(p.hearingDate);
  const findings: Finding[] = [];
  const steps: Step[] = [];

  // 1. Art. 30 for each offence on the day of the hearing.
  const c30: Citation = { article: 30 };
  const offences: CaseOffenceBars[] = p.offences.map((x, i) => {
    const acts = actsFor(p, i);
    const decision = prosecutionBars({
      asOf: hearing,
      offence: { ...(x.date === undefined ? {} : { committedOn: day(x.date) }), ...(x.endedOn === undefined ? {} : { endedOn: day(x.endedOn) }) },
      ...(acts === undefined ? {} : { prosecutionActs: acts }),
      ...(x.resJudicata === undefined ? {} : { resJudicata: x.resJudicata }),
      ...(p.permanentlySeparated === undefined ? {} : { permanentlySeparated: p.permanentlySeparated }),
      ...(p.deceased === undefined ? {} : { deceased: p.deceased }),
      ...(o.overflow === undefined ? {} : { options: { overflow: o.overflow } }),
    });
    const missing = renamed(decision.missing, () => i, true);
    findings.push(
      finding({
        code: 'discipline.case.bars',
        status: decision.status === 'barred' ? 'unmet' : decision.status === 'incomplete' ? 'unknown' : 'met',
        citation: c30,
        params: { index: i, ref: x.id, status: decision.status, bars: decision.value.bars, lastDay: decision.value.limitation?.lastDay ?? null },
        missing,
        data: { index: i, status: decision.status, bars: [...decision.value.bars] },
      }),
    );
    return { index: i, ref: x.id, status: decision.status, bars: decision.value.bars, decision };
  });
  const prosecutable = offences.filter((x) => x.status === 'notBarred').map((x) => x.index);
  const barred = offences.filter((x) => x.status === 'barred').map((x) => x.index);
  const undetermined = offences.filter((x) => x.status === 'incomplete').map((x) => x.index);
  steps.push(step({ code: 'discipline.case.step.bars', citation: c30, params: { hearingDate: hearing, prosecutable, barred, undetermined }, data: { prosecutable: [...prosecutable], barred: [...barred], undetermined: [...undetermined] } }));

  // 2. The offences still prosecutable, judged together.
  const orig = (j: number): number => prosecutable[j] as number;
  const judgedOffences = prosecutable.map((i) => judged(p.offences[i] as Parsed['offences'][number]));
  const priors = p.priors?.map((x) => ({ grade: x.grade, ...(x.carriedOut === undefined ? {} : { carriedOut: day(x.carriedOut) }) }));

  let suspension: ProsecutionSuspensionDecision | null = null;
  let sentenced: SentenceDecision | null = null;
  let appeal: DisciplinaryAppealDeadlineDecision | AppealabilityDecision | null = null;
  let lastDayToAppeal: string | null = null;
  if (judgedOffences.length > 0) {
    // 3. Art. 31: may the board suspend prosecution instead?
    suspension = suspendProsecution({
      offences: judgedOffences,
      decidedOn: hearing,
      ...(priors === undefined ? {} : { priors }),
      options: { overflow: o.overflow, daysPerMonth: o.daysPerMonth, suspensionGrade: o.suspensionGrade, multipleOffences: o.multipleOffences, repeatScope: o.repeatScope },
    });
    const available = suspension.value.available;
    findings.push(
      finding({
        code: 'discipline.case.suspension',
        status: available === null ? 'unknown' : 'info',
        citation: { article: 31 },
        params: { available },
        missing: renamed(suspension.missing, orig, false),
        data: { available },
      }),
    );
    steps.push(step({ code: 'discipline.case.step.suspension', citation: { article: 31 }, params: { available }, data: { available, reading: o.suspensionGrade ?? 'eachOffence' } }));

    // 4. The sentence, with the board's choices.
    sentenced = sentence({
      asOf: hearing,
      offences: judgedOffences,
      ...(priors === undefined ? {} : { priors }),
      ...(p.mitigatingGrounds === undefined ? {} : { mitigatingGrounds: p.mitigatingGrounds }),
      ...(p.board === undefined ? {} : { board: p.board }),
      options: { overflow: o.overflow, daysPerMonth: o.daysPerMonth, multipleOffences: o.multipleOffences, repeatScope: o.repeatScope, appealGrade: o.appealGrade },
    });
    const sv = sentenced.value;
    findings.push(
      finding({
        code: 'discipline.case.sentence',
        status: sentenced.status === 'unlawful' ? 'unmet' : sentenced.status === 'incomplete' ? 'unknown' : sentenced.status === 'lawful' ? 'met' : 'info',
        citation: { article: 29 },
        params: { summary: sentenced.summary, count: judgedOffences.length },
        missing: renamed(sentenced.missing, orig, false),
        data: { status: sentenced.status, imposed: sv.imposed, gradeBeforeChoices: sv.gradeBeforeChoices, min: sv.range?.min ?? null, max: sv.range?.max ?? null },
      }),
    );
    steps.push(...sentenced.steps);

    // 5. Art. 33: appealability and the last day. The grade: the sentence's appeal grade;
    // when the appeal is the same for every grade of the range, any of them.
    const a = sv.appeal;
    const grade = a === null ? undefined : (a.grade ?? sv.range?.max);
    const notified = raw.appeal;
    if (notified !== undefined && p.appeal !== undefined) {
      const { ruling: _r, grade: _g, ...rest } = notified;
      const appealInput = { ...(rest as { notifiedOn: string }), ruling: 'conviction' as const, ...(grade === undefined ? {} : { grade }) };
      // Its own fields checked under this input's names (`appeal.holidays[0]`, …).
      parseInput(DisciplinaryAppealDeadlineInputSchema, appealInput, 'appeal');
      appeal = disciplinaryAppealDeadline(appealInput);
      lastDayToAppeal = appeal.status === 'appealable' ? appeal.value.lastDay : null;
    } else {
      appeal = appealability({ ruling: 'conviction', ...(grade === undefined ? {} : { grade }) });
    }
    const missing = [...renamed(appeal.missing, orig, false)];
    if (appeal.status === 'appealable' && p.appeal === undefined) missing.push('appeal.notifiedOn');
    findings.push(
      finding({
        code: 'discipline.case.appeal',
        status: missing.length > 0 ? 'unknown' : 'info',
        citation: { article: 33 },
        params: { status: appeal.status, lastDay: lastDayToAppeal, notified: p.appeal !== undefined },
        missing,
        data: { status: appeal.status, lastDay: lastDayToAppeal },
      }),
    );
    steps.push(...appeal.steps);
  }

  const unlawful = sentenced?.status === 'unlawful';
  const status: CaseStatus =
    barred.length === offences.length
      ? 'barred'
      : unlawful
        ? 'unlawful'
        : collectMissing(findings).length > 0 || sentenced === null
          ? 'incomplete'
          : (sentenced.status as 'computed' | 'lawful');
  return makeDecision({
    kind: 'discipline.case',
    asOf: p.hearingDate,
    status,
    value: {
      hearingDate: hearing,
      offences,
      prosecutable,
      barred,
      undetermined,
      prosecutionSuspension: suspension,
      sentence: sentenced,
      appeal,
      lastDayToAppeal,
    },
    summary: message('discipline.summary.case', { status, prosecutable: prosecutable.length, barred: barred.length, grade: sentenced?.value.imposed ?? null, lastDay: lastDayToAppeal }),
    findings,
    steps,
  });
}
