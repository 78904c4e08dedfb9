/**
 * Bars to disciplinary prosecution (Art. 30; SPEC D12).
 *
 * ماده ۳۰- در موارد زیر تعقیب انتظامی موقوف میشود:
 * الف- تخلف، مشمول امر مختومه باشد؛
 * ب تخلف، مشمول مرور زمان شده باشد؛
 * پ- منفک شدن دائم از مدیریت دفتر؛
 * ت - فوت مدیر دفتر.
 * تبصره - مدت مرور زمان تعقیب انتظامی، دو سال از تاریخ وقوع تخلف و یا آخرین اقدام تعقیبی است.
 */
import { addYears, formatDayNumber, type Overflow } from '../_lib/jalali.js';
import { art, note, type Citation } from '../core/citation.js';
import { combineFindings } from '../core/decision.js';
import type { Decision, Finding, Step } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { PARAMETERS } from '../params.js';
import { ProsecutionBarsInputSchema, type ProsecutionBarsInput } from './schemas.js';
import { finding, message, step } from './render.js';

/** A bar of Art. 30. */
export type ProsecutionBar = 'resJudicata' | 'limitation' | 'permanentSeparation' | 'death';

/** The limitation period as computed (dates `YYYY/MM/DD`). */
export interface LimitationValue {
  /** The day the period runs from: the offence (its last day if continuing) or the last act of prosecution that counted. */
  readonly start: string;
  /** The last day prosecution is possible (two years after `start`, SPEC D3); null beyond the supported years. */
  readonly lastDay: string | null;
  /** The first day prosecution is barred; null beyond the supported years. */
  readonly barredFrom: string | null;
}

/** The value of {@link prosecutionBars}. */
export interface ProsecutionBarsValue {
  /** Art. 30, whose clauses list the bars. */
  readonly citation: Citation;
  /** null when unknown. */
  readonly barred: boolean | null;
  /** The bars that apply. */
  readonly bars: readonly ProsecutionBar[];
  /** The limitation period, when the offence date is known. */
  readonly limitation: LimitationValue | null;
}

/** Status of {@link prosecutionBars}. */
export type ProsecutionBarsStatus = 'barred' | 'notBarred' | 'incomplete';

/** The decision of {@link prosecutionBars}. */
export type ProsecutionBarsDecision = Decision<'discipline.bars', ProsecutionBarsStatus, ProsecutionBarsValue>;

/** Two years after a day (SPEC D3); null when it leaves the supported years. */
function anniversary(day: number, overflow: Overflow | undefined): number | null {
  const d = addYears(day, PARAMETERS.limitationYears.value, overflow);
  return Number.isNaN(d) ? null : d;
}

/** Whether `day` is on or before `last` (null = beyond the supported years, so always). */
function onOrBefore(day: number, last: number | null): boolean {
  return last === null || day <= last;
}

function boolFinding(code: 'discipline.bar.resJudicata' | 'discipline.bar.separation' | 'discipline.bar.death', citation: Citation, value: boolean | undefined, field: string): Finding {
  if (value === undefined) return finding({ code, status: 'unknown', citation, params: { state: 'unknown' }, missing: [field] });
  return finding({ code, status: value ? 'unmet' : 'met', citation, params: { state: value ? 'yes' : 'no' } });
}

/**
 * Whether disciplinary prosecution is barred on `asOf` (Art. 30): res judicata (الف),
 * limitation (ب and the note), permanent separation from managing the office (پ), the
 * manager's death (ت). Each bar is a finding: `met` when it does not apply, `unmet` when
 * it does, `unknown` when the fact is not given (listed in `missing`).
 *
 * Limitation (SPEC D12): two years from the later of the offence and the last act of
 * prosecution made before the bar fell. Acts are taken in order: an act on or before the
 * current last day starts the two years afresh; an act after it revives nothing. The two
 * years end on the anniversary date (SPEC D3), on which prosecution is still possible; it
 * is barred from the next day. A continuing offence (`endedOn`) dates from its last day.
 * Without `prosecutionActs`, the offence alone decides when the two years from it have
 * not run out; otherwise the limitation is unknown (an act could have renewed it).
 *
 * @param input - `{ asOf, offence: { committedOn?, endedOn? }, prosecutionActs?, resJudicata?, permanentlySeparated?, deceased?, options?: { overflow } }`
 * @returns a decision, status `barred`, `notBarred` or `incomplete`; value `{ barred, bars, limitation }`
 * @throws {InputError} for a date after `asOf`, an act before the offence, `endedOn` before `committedOn`
 * @example
 * const facts = { offence: { committedOn: '1401/06/10' }, prosecutionActs: [], resJudicata: false, permanentlySeparated: false, deceased: false };
 * prosecutionBars({ asOf: '1403/06/10', ...facts }).status; // 'notBarred' (the anniversary itself)
 * prosecutionBars({ asOf: '1403/06/11', ...facts }).status; // 'barred'
 * prosecutionBars({ asOf: '1403/06/11', ...facts }).value.limitation?.barredFrom; // '1403/06/11'
 */
export function prosecutionBars(input: ProsecutionBarsInput): ProsecutionBarsDecision {
  const r = parseInput(ProsecutionBarsInputSchema, input);
  // Left out: addYears's default, 'nextMonth' (SPEC D3).
  const overflow: Overflow | undefined = r.options?.overflow;
  const asOf = formatDayNumber(r.asOf);
  const findings: Finding[] = [];
  const steps: Step[] = [];

  // الف- تخلف، مشمول امر مختومه باشد
  findings.push(boolFinding('discipline.bar.resJudicata', art(30, 'الف'), r.resJudicata, 'resJudicata'));

  // ب- تخلف، مشمول مرور زمان شده باشد (and the note)
  const cLimit = art(30, 'ب');
  const cNote = note(30, 1);
  const first = r.offence.endedOn ?? r.offence.committedOn;
  let limitation: LimitationValue | null = null;
  if (first === undefined) {
    findings.push(finding({ code: 'discipline.bar.limitation.unknown', status: 'unknown', citation: cLimit, params: undefined, missing: ['offence.committedOn'] }));
  } else {
    steps.push(step({ code: 'discipline.limitation.start', citation: cNote, params: { date: formatDayNumber(first), continuing: r.offence.endedOn !== undefined } }));
    let start = first;
    let last = anniversary(start, overflow);
    const acts = [...new Set(r.prosecutionActs ?? [])].sort((x, y) => x - y);
    for (const act of acts) {
      if (act <= start) {
        steps.push(step({ code: 'discipline.limitation.actNoEffect', citation: cNote, params: { act: formatDayNumber(act), start: formatDayNumber(start) } }));
      } else if (onOrBefore(act, last)) {
        steps.push(step({ code: 'discipline.limitation.act', citation: cNote, params: { act: formatDayNumber(act), lastDayBefore: last === null ? '-' : formatDayNumber(last) } }));
        start = act;
        last = anniversary(start, overflow);
      } else {
        steps.push(step({ code: 'discipline.limitation.actIgnored', citation: cNote, params: { act: formatDayNumber(act), barredFrom: formatDayNumber((last as number) + 1) } }));
      }
    }
    const startS = formatDayNumber(start);
    limitation = {
      start: startS,
      lastDay: last === null ? null : formatDayNumber(last),
      barredFrom: last === null ? null : formatDayNumber(last + 1),
    };
    if (last === null) {
      steps.push(step({ code: 'discipline.limitation.lastDayBeyondRange', citation: cNote, params: { start: startS } }));
    } else {
      steps.push(step({ code: 'discipline.limitation.lastDay', citation: cNote, params: { start: startS, lastDay: limitation.lastDay as string, barredFrom: limitation.barredFrom as string } }));
    }
    const data = { start: startS, lastDay: limitation.lastDay, barredFrom: limitation.barredFrom };
    if (onOrBefore(r.asOf, last)) {
      findings.push(
        last === null
          ? finding({ code: 'discipline.bar.limitation.beyondRange', status: 'met', citation: cLimit, params: { asOf }, data })
          : finding({ code: 'discipline.bar.limitation.running', status: 'met', citation: cLimit, params: { asOf, lastDay: formatDayNumber(last) }, data }),
      );
    } else if (r.prosecutionActs === undefined) {
      // An act of prosecution we were not told of could have renewed the period.
      findings.push(finding({ code: 'discipline.bar.limitation.unknown', status: 'unknown', citation: cLimit, params: undefined, missing: ['prosecutionActs'], data }));
    } else {
      findings.push(
        finding({
          code: 'discipline.bar.limitation.expired',
          status: 'unmet',
          citation: cLimit,
          params: { asOf, lastDay: limitation.lastDay as string, barredFrom: limitation.barredFrom as string },
          data,
        }),
      );
    }
  }

  // پ- منفک شدن دائم از مدیریت دفتر
  findings.push(boolFinding('discipline.bar.separation', art(30, 'پ'), r.permanentlySeparated, 'permanentlySeparated'));
  // ت - فوت مدیر دفتر
  findings.push(boolFinding('discipline.bar.death', art(30, 'ت'), r.deceased, 'deceased'));

  const combined = combineFindings(findings);
  const status: ProsecutionBarsStatus = combined === 'ineligible' ? 'barred' : combined === 'incomplete' ? 'incomplete' : 'notBarred';
  const BAR_OF: Readonly<Record<string, ProsecutionBar>> = {
    'discipline.bar.resJudicata': 'resJudicata',
    'discipline.bar.limitation.expired': 'limitation',
    'discipline.bar.separation': 'permanentSeparation',
    'discipline.bar.death': 'death',
  };
  const bars = findings.filter((f) => f.status === 'unmet').map((f) => BAR_OF[f.code] as ProsecutionBar);
  return makeDecision({
    kind: 'discipline.bars',
    asOf: r.asOf,
    status,
    value: { citation: art(30), barred: status === 'incomplete' ? null : status === 'barred', bars, limitation },
    summary: message('discipline.summary.bars', { status }),
    findings,
    steps,
  });
}
