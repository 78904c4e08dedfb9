/**
 * Inspection and ranking of the offices (Arts. 17–19).
 *
 * ماده ۱۷- بازرسی و نظارت بر حسن انجام امور دفاتر به طور مستمر از سوی معاونت خدمات با استفاده
 * از تجهیزات الکترونیکی متعارف و هوشمند انجام میشود. در صورت نیاز، بازرسی میدانی به صورت دوره ای
 * یا موردی نیز انجام میشود. ...
 * تبصره ۱- بازرسی از دفاتر با رتبه پائین تر از میانگین کشوری، باید حداقل یک نوبت در سال به صورت
 * میدانی انجام شود.
 *
 * ماده ۱۸- رتبه بندی دفاتر بر اساس شاخصهایی از قبیل میزان رضایت مندی مراجعان، تعداد و نوع تخلفات
 * انتظامی، گستره و تنوع خدمات رایگان ارائه شده به افراد محروم، گزارشهای بازرسی و میزان پایبندی به
 * مقررات و نظامات انجام میشود. نتیجه رتبه بندی از طریق پایگاه اطلاع رسانی به اطلاع مدیران دفتر می رسد.
 *
 * ماده ۱۹- مرکز میتواند متناسب با رتبه بندی دفاتر، امتیازهایی از قبیل تخفیف در حق عضویت و مجوز
 * تاسیس باجه به دفاتر اختصاص دهد.
 *
 * The regulation names the indices («از قبیل», such as: a list neither closed nor
 * mandatory) but gives no weights and no scales; both come from the caller.
 */
import * as z from 'zod/mini';
import { addMonths, formatDayNumber, fromDayNumber, MIN_DAY, monthLength, toDayNumber, type Overflow } from '../_lib/jalali.js';
import { art, note } from '../core/citation.js';
import type { Decision, Finding } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { PARAMETERS } from '../params.js';
import { compareIds } from './shared.js';
import { finding, message } from './render.js';
import { Article18BasisSchema, type OfficeRankingInput, OfficeRankingInputSchema } from './schemas.js';

/** An index basis of Art. 18. */
export type Article18Basis = z.output<typeof Article18BasisSchema>;

/** The five indices Art. 18 names, in its order. */
export const ARTICLE_18_BASES: readonly Exclude<Article18Basis, 'other'>[] = [
  'clientSatisfaction',
  'offences',
  'freeServices',
  'inspectionReports',
  'compliance',
];

// ---------------------------------------------------------------------------
// Output

/** One office's place in the ranking. */
export interface OfficeRank {
  readonly id: string;
  /** The composite score, 0–100 (rounded to 9 decimals), or null when a value is missing. */
  readonly score: number | null;
  /**
   * 1 = best; equal composite scores share a rank and the next rank skips (1, 1, 3:
   * "competition" ranking). Null while the ranking is incomplete or the office unscored.
   */
  readonly rank: number | null;
  /** Whether the score is below the national average (null when unknown). */
  readonly belowAverage: boolean | null;
  /** Field inspections in the year (null when not given). */
  readonly fieldInspectionsInYear: number | null;
  /** Below the average and not yet inspected in the field this year (null when unknown). */
  readonly fieldInspectionDue: boolean | null;
}

/** A privilege of Art. 19 granted by rank. */
export interface RankedPrivilege {
  readonly id: string;
  /** The best `limit` offices get it. */
  readonly limit: number;
  /** The offices that get it, best first; null while the ranking is incomplete. */
  readonly offices: readonly string[] | null;
  /** Offices tied on one rank across the limit (empty when no tie straddles it; null when unknown). */
  readonly tiedAtLimit: readonly string[] | null;
}

/** The ranking. */
export interface OfficeRanking {
  /** The mean of the ranked offices' scores (rounded to 9 decimals), or null. */
  readonly nationalAverage: number | null;
  /** The offices, best first; unscored offices last, by id. */
  readonly offices: readonly OfficeRank[];
  /** The year in which Art. 17 note 1's field inspection is counted. */
  readonly inspectionYear: {
    readonly basis: 'calendarYear' | 'rolling12Months';
    readonly from: string;
    readonly to: string;
    /** The last day to inspect an office not yet inspected (the year's end), or null when already overdue. */
    readonly dueBy: string | null;
  };
  /** Ids of the offices below the average with no field inspection yet in the year. */
  readonly fieldInspectionsDue: readonly string[];
  /** The privileges asked for (Art. 19), in the order given. */
  readonly privileges: readonly RankedPrivilege[];
}

/** Whether the ranking is complete. */
export type OfficeRankingStatus = 'ranked' | 'incomplete';

/** The answer of {@link rankOffices}. */
export type OfficeRankingDecision = Decision<'operations.ranking', OfficeRankingStatus, OfficeRanking>;

// ---------------------------------------------------------------------------
// The computation

const SCALE = 1e9;
/** Round to 9 decimals, so equal composites compare equal whatever the float noise. */
function round9(x: number): number {
  return Math.round(x * SCALE) / SCALE;
}

type Parsed = z.output<typeof OfficeRankingInputSchema>;
type Index = Parsed['indices'][number];

function normalised(ix: Index, v: number): number {
  const span = ix.scale.max - ix.scale.min;
  return ix.direction === 'higherBetter' ? (v - ix.scale.min) / span : (ix.scale.max - v) / span;
}

/**
 * Rank the offices (Art. 18) on the caller's indices and weights; give the national
 * average, the offices below it, which therefore need at least one field inspection in
 * the year (Art. 17 note 1), and which of those have had none yet on `asOf`.
 *
 * Method (the regulation gives none; docs/interpretation.md): each value is normalised on
 * its index's declared scale to 0–1 (reversed when lower is better); the composite is the
 * weighted mean × 100, rounded to 9 decimals; ranks go by composite, best first, equal
 * composites sharing a rank (1, 1, 3; listed by id); the national average is the mean composite of the ranked offices; "below the
 * average" is strictly below. Offices and indices are processed in id order, so the
 * answer does not depend on the order of the input.
 *
 * Privileges (Art. 19) follow the ranks: `privileges: [{ id, limit }]` grants each to the
 * offices ranked `limit` or better. When a tie straddles the limit the default
 * (`tieAtLimit: 'includeTied'`) grants it to the whole tied group; `'excludeTied'` to none
 * of it. Each privilege's finding carries `data.reading`.
 *
 * @param input - `{ asOf, indices, offices, privileges?, options? }`
 * @returns a decision `ranked` or `incomplete` (a value or an inspection record missing)
 * @throws InputError for duplicate ids, a score for an unknown index or off its scale,
 * negative weights or weights summing to 0, an empty scale
 * @example
 * const d = rankOffices({
 *   asOf: '1403/08/15',
 *   indices: [
 *     { id: 'satisfaction', basis: 'clientSatisfaction', weight: 3, scale: { min: 0, max: 100 }, direction: 'higherBetter' },
 *     { id: 'offences', basis: 'offences', weight: 1, scale: { min: 0, max: 10 }, direction: 'lowerBetter' },
 *   ],
 *   offices: [
 *     { id: 'A', scores: { satisfaction: 80, offences: 0 }, fieldInspections: [] },
 *     { id: 'B', scores: { satisfaction: 40, offences: 5 }, fieldInspections: ['1403/02/10'] },
 *     { id: 'C', scores: { satisfaction: 20, offences: 10 }, fieldInspections: ['1402/11/01'] },
 *   ],
 * });
 * d.value.offices.map((o) => [o.id, o.score, o.rank]); // [['A', 85, 1], ['B', 42.5, 2], ['C', 15, 3]]
 * d.value.nationalAverage;      // 47.5
 * d.value.fieldInspectionsDue;  // ['C'] (B is below the average too, but was inspected on 1403/02/10)
 * // Two offices tied for first share rank 1; the next is 3rd. A privilege for the best 1 goes to both.
 * const t = rankOffices({
 *   asOf: '1403/08/15',
 *   indices: [{ id: 's', weight: 1, scale: { min: 0, max: 100 }, direction: 'higherBetter' }],
 *   offices: [{ id: 'A', scores: { s: 90 } }, { id: 'B', scores: { s: 90 } }, { id: 'C', scores: { s: 50 } }],
 *   privileges: [{ id: 'kiosk', limit: 1 }],
 * });
 * t.value.offices.map((o) => o.rank); // [1, 1, 3]
 * t.value.privileges[0]?.offices;     // ['A', 'B']
 */
export function rankOffices(input: OfficeRankingInput): OfficeRankingDecision {
  const p = parseInput(OfficeRankingInputSchema, input);
  const basis = p.options?.inspectionYear ?? 'calendarYear';
  const unscoredMode = p.options?.unscored ?? 'incomplete';
  // Absent: the default of addMonths, 'nextMonth' (SPEC D3).
  const overflow: Overflow | undefined = p.options?.overflow;
  const asOf = p.asOf;

  const indices = [...p.indices].sort((a, b) => compareIds(a.id, b.id));
  let totalWeight = 0;
  for (const ix of indices) totalWeight += ix.weight;

  const offices = p.offices.map((o, index) => ({ o, index })).sort((a, b) => compareIds(a.o.id, b.o.id));
  const findings: Finding[] = [];

  // Art. 18: which of the indices it names the ranking uses.
  const used = new Set(indices.filter((ix) => ix.weight > 0).map((ix) => ix.basis ?? 'other'));
  findings.push(
    finding({
      code: 'operations.ranking.indices',
      status: 'info',
      citation: art(18),
      params: { used: ARTICLE_18_BASES.filter((b) => used.has(b)), unused: ARTICLE_18_BASES.filter((b) => !used.has(b)), others: used.has('other') },
    }),
  );

  // The composite score of each office.
  const scores = new Map<string, number | null>();
  let anyUnscored = false;
  for (const { o, index } of offices) {
    const missing = indices.filter((ix) => ix.weight > 0 && !Object.prototype.hasOwnProperty.call(o.scores, ix.id));
    if (missing.length > 0) {
      anyUnscored = true;
      scores.set(o.id, null);
      findings.push(
        finding({
          code: 'operations.ranking.unscored',
          status: unscoredMode === 'incomplete' ? 'unknown' : 'info',
          citation: art(18),
          params: { id: o.id, indices: missing.map((ix) => ix.id), excluded: unscoredMode === 'exclude' },
          missing: unscoredMode === 'incomplete' ? missing.map((ix) => `offices[${index}].scores.${ix.id}`) : [],
        }),
      );
      continue;
    }
    let sum = 0;
    for (const ix of indices) {
      if (ix.weight === 0) continue;
      sum += ix.weight * normalised(ix, o.scores[ix.id] as number);
    }
    scores.set(o.id, round9((sum / totalWeight) * 100));
  }

  const complete = !anyUnscored || unscoredMode === 'exclude';
  const scored = offices.filter(({ o }) => scores.get(o.id) !== null);
  let average: number | null = null;
  if (complete && scored.length > 0) {
    let sum = 0;
    for (const { o } of scored) sum += scores.get(o.id) as number;
    average = round9(sum / scored.length);
  }
  const ranked = complete
    ? [...scored].sort((a, b) => (scores.get(b.o.id) as number) - (scores.get(a.o.id) as number) || compareIds(a.o.id, b.o.id))
    : [];
  // Art. 19 «متناسب با رتبه بندی»: equal composites, equal ranks (1, 1, 3).
  const rankOf = new Map<string, number>();
  ranked.forEach(({ o }, i) => {
    const prev = i > 0 ? (ranked[i - 1] as (typeof ranked)[number]) : null;
    rankOf.set(o.id, prev !== null && scores.get(prev.o.id) === scores.get(o.id) ? (rankOf.get(prev.o.id) as number) : i + 1);
  });

  findings.push(
    finding({
      code: 'operations.ranking.average',
      status: average === null ? 'unknown' : 'info',
      citation: note(17, 1),
      params: { average, count: scored.length },
    }),
  );

  // Art. 17 note 1: the year in which the field inspection is counted.
  // Interpretation: «در سال» is the Jalali calendar year of asOf (Farvardin 1 to asOf) by
  // default; option `rolling12Months`: the twelve months ending on asOf (SPEC D3 for
  // "twelve months back"). Inspections dated after asOf are not counted.
  const ymd = fromDayNumber(asOf);
  const yearBack = addMonths(asOf, -12, overflow);
  const from = basis === 'calendarYear' ? toDayNumber(ymd.year, 1, 1) : Number.isNaN(yearBack) ? MIN_DAY : yearBack + 1;
  const yearEnd = toDayNumber(ymd.year, 12, monthLength(ymd.year, 12));
  const dueBy = basis === 'calendarYear' ? yearEnd : null;
  const required = PARAMETERS.fieldInspectionsPerYear.value;

  const rows: OfficeRank[] = [];
  const due: string[] = [];
  const order = [...ranked, ...offices.filter(({ o }) => !rankOf.has(o.id))];
  for (const { o, index } of order) {
    const score = scores.get(o.id) ?? null;
    const rank = rankOf.get(o.id) ?? null;
    const below = average === null || score === null ? null : score < average;
    const inYear = o.fieldInspections === undefined ? null : o.fieldInspections.filter((d) => d >= from && d <= asOf).length;
    const fieldDue: boolean | null = below === null ? null : below ? (inYear === null ? null : inYear < required) : false;
    if (below === true) {
      findings.push(
        finding({
          code: 'operations.inspection.field',
          status: inYear === null ? 'unknown' : inYear >= required ? 'met' : 'unmet',
          citation: note(17, 1),
          params: {
            id: o.id,
            count: inYear,
            from: formatDayNumber(from),
            to: formatDayNumber(asOf),
            dueBy: dueBy === null ? null : formatDayNumber(dueBy),
          },
          missing: inYear === null ? [`offices[${index}].fieldInspections`] : [],
        }),
      );
    }
    if (fieldDue === true) due.push(o.id);
    rows.push({ id: o.id, score, rank, belowAverage: below, fieldInspectionsInYear: inYear, fieldInspectionDue: fieldDue });
  }

  // Art. 18 second sentence; Art. 19; Art. 49 (kiosks by ranking).
  findings.push(finding({ code: 'operations.ranking.publish', status: 'info', citation: art(18), params: undefined }));
  findings.push(finding({ code: 'operations.ranking.privileges', status: 'info', citation: art(19), params: undefined }));
  const tieAtLimit = p.options?.tieAtLimit ?? 'includeTied';
  const privileges: RankedPrivilege[] = (p.privileges ?? []).map((pv) => {
    if (!complete) {
      findings.push(finding({ code: 'operations.ranking.privilege', status: 'unknown', citation: art(19), params: { id: pv.id, limit: pv.limit, offices: null, tied: null, reading: tieAtLimit }, data: { reading: tieAtLimit } }));
      return { id: pv.id, limit: pv.limit, offices: null, tiedAtLimit: null };
    }
    // The tied group across the limit: its rank is at most `limit`, its last member past it.
    const within = ranked.filter(({ o }) => (rankOf.get(o.id) as number) <= pv.limit);
    const edge = within.length > pv.limit ? rankOf.get((within.at(-1) as (typeof ranked)[number]).o.id) : undefined;
    const tied = edge === undefined ? [] : within.filter(({ o }) => rankOf.get(o.id) === edge).map(({ o }) => o.id);
    const granted = (tieAtLimit === 'includeTied' ? within : within.filter(({ o }) => !tied.includes(o.id))).map(({ o }) => o.id);
    findings.push(finding({ code: 'operations.ranking.privilege', status: 'info', citation: art(19), params: { id: pv.id, limit: pv.limit, offices: granted, tied, reading: tieAtLimit }, data: { reading: tieAtLimit, offices: granted, tiedAtLimit: tied } }));
    return { id: pv.id, limit: pv.limit, offices: granted, tiedAtLimit: tied };
  });
  findings.push(finding({ code: 'operations.ranking.kiosk', status: 'info', citation: art(49), params: undefined }));

  const status: OfficeRankingStatus = findings.some((f) => f.status === 'unknown') ? 'incomplete' : 'ranked';
  return makeDecision({
    kind: 'operations.ranking',
    asOf,
    status,
    value: {
      nationalAverage: average,
      offices: rows,
      inspectionYear: { basis, from: formatDayNumber(from), to: formatDayNumber(asOf), dueBy: dueBy === null ? null : formatDayNumber(dueBy) },
      fieldInspectionsDue: due,
      privileges,
    },
    summary: message('operations.ranking.summary', { status, ranked: ranked.length, average, due: due.length }),
    findings,
  });
}
