/**
 * The day-count offences (SPEC D9): a manager's unexcused absence and the office closed in
 * office hours, classified from a number of days. Both classifiers are total over the
 * non-negative numbers: each band is «بیش از» (more than) its lower bound and «تا» (up to,
 * inclusive) its upper bound, so every positive number falls in exactly one band, and zero
 * days is no offence.
 */
import type { Decision } from './render.js';
import type { Bilingual } from '../core/text.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { PARAMETERS } from '../params.js';
import { offenceById, type OffenceEntry, type OffenceId, type PenaltyGrade } from './catalogue.js';
import {
  ClassifyAbsenceInputSchema,
  ClassifyClosureInputSchema,
  type ClassifyAbsenceInput,
  type ClassifyClosureInput,
} from './schemas.js';
import { finding, message } from './render.js';

/** One band of a day-count offence. */
interface Band {
  readonly id: OffenceId;
  readonly band: Bilingual;
}

const A3 = PARAMETERS.absenceGrade4MaxDays.value;
const A10 = PARAMETERS.absenceGrade5MaxDays.value;
const C1 = PARAMETERS.closureGrade5MaxDays.value;
const C3 = PARAMETERS.closureGrade6MaxDays.value;

/** SPEC D9: one month = 30 days (Civil Procedure Code, Art. 443), unless the caller says otherwise. */
export const DEFAULT_DAYS_PER_MONTH = PARAMETERS.daysPerMonth.value * PARAMETERS.absenceGrade6MaxMonths.value;

/**
 * The clause of an absence of `days` days (internal; `days` > 0, `daysPerMonth` > 10).
 *
 * ماده ۳۷ بند ج: «غیبت مدیر دفتر تا سه روز بدون عذر موجه» (درجه چهار)
 * ماده ۳۸ بند چ: «غیبت مدیر دفتر بیش از سه روز تا ده روز بدون عذر موجه» (درجه پنج)
 * ماده ۳۹ بند ب: «غیبت مدیر دفتر بیش از ده روز تا یک ماه بدون عذر موجه» (درجه شش)
 * ماده ۴۰ بند ث: «غیبت مدیر دفتر بیش از یک ماه بدون عذر موجه» (درجه هفت)
 */
export function absenceBand(days: number, daysPerMonth: number): Band {
  if (days <= A3) return { id: 'art37-j', band: { fa: `تا ${A3} روز`, en: `up to ${A3} days` } };
  if (days <= A10) return { id: 'art38-ch', band: { fa: `بیش از ${A3} روز تا ${A10} روز`, en: `more than ${A3} up to ${A10} days` } };
  if (days <= daysPerMonth) {
    return { id: 'art39-b', band: { fa: `بیش از ${A10} روز تا یک ماه (${daysPerMonth} روز)`, en: `more than ${A10} days up to one month (${daysPerMonth} days)` } };
  }
  return { id: 'art40-th', band: { fa: `بیش از یک ماه (${daysPerMonth} روز)`, en: `more than one month (${daysPerMonth} days)` } };
}

/**
 * The clause of a closure of `days` days (internal; `days` > 0).
 *
 * ماده ۳۸ بند خ: «تعطیل خدمت در اوقات اداری دفتر تا یک روز» (درجه پنج)
 * ماده ۳۹ بند الف: «تعطیل خدمت در اوقات اداری دفتر بیش از یک روز تا سه روز» (درجه شش)
 * ماده ۴۰ بند پ: «تعطیل خدمت در اوقات اداری دفتر بیش از سه روز» (درجه هفت)
 */
export function closureBand(days: number): Band {
  if (days <= C1) return { id: 'art38-kh', band: { fa: `تا ${C1} روز`, en: `up to ${C1} day` } };
  if (days <= C3) return { id: 'art39-a', band: { fa: `بیش از ${C1} روز تا ${C3} روز`, en: `more than ${C1} up to ${C3} days` } };
  return { id: 'art40-p', band: { fa: `بیش از ${C3} روز`, en: `more than ${C3} days` } };
}

/** The offence a number of days amounts to (plain data). */
export interface DayCountOffence {
  readonly id: OffenceId;
  readonly grade: PenaltyGrade;
  readonly citation: OffenceEntry['citation'];
  readonly text: string;
  readonly title: string;
}

/** The value of a day-count classification. */
export interface DayCountValue {
  readonly days: number;
  /** The grade, or null for zero days (no offence). */
  readonly grade: PenaltyGrade | null;
  readonly offence: DayCountOffence | null;
}

/** The decision of {@link classifyAbsence} and {@link classifyClosure}. */
export type DayCountDecision<K extends string> = Decision<K, 'offence' | 'noOffence', DayCountValue>;

function offenceData(e: OffenceEntry): DayCountOffence {
  return { id: e.id as OffenceId, grade: e.grade, citation: e.citation, text: e.text, title: e.title };
}

function classify<K extends 'discipline.absence' | 'discipline.closure'>(kind: K, days: number, band: Band | null): DayCountDecision<K> {
  days += 0; // -0 reads as 0 (a JSON round trip writes 0)
  if (band === null) {
    const f = finding({
      code: kind === 'discipline.absence' ? 'discipline.absence.none' : 'discipline.closure.none',
      status: 'info',
      citation: kind === 'discipline.absence' ? offenceById('art37-j').citation : offenceById('art38-kh').citation,
      params: undefined,
      data: { days },
    });
    return makeDecision({
      kind,
      asOf: null,
      status: 'noOffence',
      value: { days, grade: null, offence: null },
      summary: message('discipline.summary.dayCount', { grade: null }),
      findings: [f],
    });
  }
  const e = offenceById(band.id);
  const f = finding({
    code: kind === 'discipline.absence' ? 'discipline.absence.offence' : 'discipline.closure.offence',
    status: 'info',
    citation: e.citation,
    params: { days, grade: e.grade, band: band.band },
    data: { days, offenceId: e.id, grade: e.grade },
  });
  return makeDecision({
    kind,
    asOf: null,
    status: 'offence',
    value: { days, grade: e.grade, offence: offenceData(e) },
    summary: message('discipline.summary.dayCount', { grade: e.grade }),
    findings: [f],
  });
}

/**
 * The offence of a manager's unexcused absence of `days` days (SPEC D9): up to 3 days
 * grade 4 (Art. 37(ج)), more than 3 up to 10 grade 5 (Art. 38(چ)), more than 10 up to one
 * month grade 6 (Art. 39(ب)), more than one month grade 7 (Art. 40(ث)). One month is 30
 * days (option `daysPerMonth`, which must exceed 10). Zero days: no offence. Fractions of
 * a day are allowed (3.5 days is more than 3).
 *
 * @param input - `{ days, options?: { daysPerMonth } }`
 * @returns a decision, status `offence` or `noOffence`, value `{ days, grade, offence }`
 * @throws {InputError} for negative, non-finite or non-numeric `days` (field `days`)
 * @example
 * classifyAbsence({ days: 3 }).value.grade;  // 4  (Art. 37(ج))
 * classifyAbsence({ days: 4 }).value.offence?.id; // 'art38-ch'
 * classifyAbsence({ days: 31 }).value.grade; // 7  (Art. 40(ث))
 * classifyAbsence({ days: 0 }).status;       // 'noOffence'
 */
export function classifyAbsence(input: ClassifyAbsenceInput): DayCountDecision<'discipline.absence'> {
  const r = parseInput(ClassifyAbsenceInputSchema, input);
  const dpm = r.options?.daysPerMonth ?? DEFAULT_DAYS_PER_MONTH;
  return classify('discipline.absence', r.days, r.days > 0 ? absenceBand(r.days, dpm) : null);
}

/**
 * The offence of the service closed in the office's hours for `days` days (SPEC D9): up
 * to 1 day grade 5 (Art. 38(خ)), more than 1 up to 3 days grade 6 (Art. 39(الف)), more
 * than 3 days grade 7 (Art. 40(پ)). Zero days: no offence.
 *
 * @param input - `{ days }`
 * @returns a decision, status `offence` or `noOffence`, value `{ days, grade, offence }`
 * @throws {InputError} for negative, non-finite or non-numeric `days` (field `days`)
 * @example
 * classifyClosure({ days: 1 }).value.grade;   // 5  (Art. 38(خ))
 * classifyClosure({ days: 1.5 }).value.grade; // 6  (Art. 39(الف))
 * classifyClosure({ days: 4 }).value.offence?.id; // 'art40-p'
 */
export function classifyClosure(input: ClassifyClosureInput): DayCountDecision<'discipline.closure'> {
  const r = parseInput(ClassifyClosureInputSchema, input);
  return classify('discipline.closure', r.days, r.days > 0 ? closureBand(r.days) : null);
}
