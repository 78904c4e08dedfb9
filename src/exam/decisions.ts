/**
 * The specialist exam of Art. 10(الف): the cut-off of a sitting, a whole sitting graded,
 * one candidate's result (SPEC D6).
 *
 * ماده ۱۰- صدور پروانه دفتر توسط رییس مرکز منوط به احراز شرایط زیر است:
 * الف- شرکت در آزمون تخصصی و کسب حداقل هفتاد درصد نمره تراز میانگین یک درصد حائزان
 * بالاترین نمره تراز؛
 *
 * Readings (SPEC D6, docs/interpretation.md):
 * - n is every standardized score of the sitting; k = ⌈n × 1%⌉, at least 1; the cut-off
 *   is 70% of the mean of the k highest scores. «حداقل» is inclusive: a score equal to
 *   the cut-off passes.
 * - Exact for the decimals given: each JS number is the decimal its shortest round-trip
 *   string shows (`String(x)`, so 0.1 is one tenth); pass/fail never depends on floating
 *   point rounding. Negative standardized scores are allowed and the formula stays as
 *   written (the cut-off of a sitting whose top mean is negative is negative too).
 * - Decimal outputs are exact when they terminate; when the mean or the cut-off does
 *   not (k = 3, say), the exact fraction is given (`"2333/30"`) and the decimal is
 *   rounded to nearest at `roundedPlaces` = (finest decimal place of any score) + 10
 *   places; margins are then rounded at the same place (their sign is exact), and points
 *   missing are rounded up, so that score + points missing always reaches the cut-off.
 * - Empty sittings, NaN, ±Infinity, non-numbers: `InputError` naming the field. A batch
 *   with a repeated id is refused (`entries[i].id`), and `examResult` wants the
 *   candidate's own score among `sittingScores` (n counts every score of the sitting).
 * - Speed: the k highest are selected in O(n) (deterministic introselect, no sort); the
 *   comparisons run in safe-integer arithmetic on doubles, which is exact, and fall back
 *   to BigInt only for scores it cannot hold (e.g. 17-significant-digit doubles).
 */
import { art } from '../core/citation.js';
import type { Decision, Finding, Step } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { PARAMETERS } from '../params.js';
import { formatScaled, ratToString } from './decimal.js';
import { BUCKETED_FROM, firstRepeat, idHash } from './distinct.js';
import { computeCutoff, gradeMany, gradeScore, pointsMissing, type CutoffModel, type SittingResult } from './cutoff.js';
import { finding, message, step } from './render.js';
import { ExamCutoffInputSchema, ExamResultInputSchema, GradeSittingInputSchema, type ExamCutoffInput, type ExamResultInput, type GradeSittingInput } from './schemas.js';

export type { SittingResult } from './cutoff.js';

const ART_10_A = art(10, 'الف');
const ART_47_A = art(47, 'الف');

// ---------------------------------------------------------------------------
// Fast validation. It accepts exactly what the schemas accept (a property test checks
// it); on anything else the schema runs, and its InputError names the field. A fast
// check that declines more than it should only sends the input to the schema, which
// gives the same scores and ids, or the same InputError: the mutants marked "declines"
// below are equivalent for that reason.

// Stryker disable next-line BlockStatement: equivalent — declines (undefined is falsy)
function isRecord(v: unknown): v is Record<string, unknown> {
  // Stryker disable next-line ConditionalExpression,StringLiteral,BooleanLiteral: equivalent (false, '', arrays instead of objects) — declines: an array's 'scores', 'entries', 'id' or 'score' is undefined
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readScores(v: unknown): Float64Array | null {
  // Stryker disable next-line ConditionalExpression: equivalent (true) — declines
  if (!Array.isArray(v) || v.length === 0) return null;
  const out = new Float64Array(v.length);
  // Stryker disable next-line EqualityOperator,UpdateOperator: equivalent (<=, i--) — declines: v[n] and v[-1] are undefined
  for (let i = 0; i < v.length; i++) {
    const x: unknown = v[i];
    // Stryker disable next-line ConditionalExpression,StringLiteral,ArithmeticOperator: equivalent (true, '', x + x) — declines
    if (typeof x !== 'number' || x - x !== 0) return null;
    out[i] = x;
  }
  return out;
}

/**
 * The entries read in one pass: the scores, and the ids in the array that becomes the
 * results (each line is later written over its id), or null to let the schema decide.
 */
function readEntries(v: unknown): { xs: Float64Array; ids: string[] } | null {
  // Stryker disable next-line ConditionalExpression: equivalent (true) — declines
  if (!Array.isArray(v) || v.length === 0) return null;
  const n = v.length;
  const xs = new Float64Array(n);
  // Stryker disable next-line ArrayDeclaration: equivalent — an empty array grows to the same ids
  const ids = new Array<string>(n);
  // the ids' hashes for the repeat check, computed while each id is at hand
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — hashes given or not, firstRepeat gives the same answer (it computes them when they are not)
  const hashes = n >= BUCKETED_FROM ? new Int32Array(n) : undefined;
  // Stryker disable next-line EqualityOperator,UpdateOperator: equivalent (<=, i--) — declines: v[n] and v[-1] are undefined
  for (let i = 0; i < n; i++) {
    const e: unknown = v[i];
    // Stryker disable next-line ConditionalExpression: equivalent (true) — declines
    if (!isRecord(e)) return null;
    // Stryker disable next-line StringLiteral: equivalent — declines (e[''] is undefined)
    const id = e['id'];
    // Stryker disable next-line StringLiteral: equivalent — declines (e[''] is undefined)
    const x = e['score'];
    // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator,ArithmeticOperator: equivalent (true, '', typeof x === 'number', x + x) — declines
    if (typeof id !== 'string' || typeof x !== 'number' || x - x !== 0) return null;
    ids[i] = id;
    xs[i] = x;
    // Stryker disable next-line ConditionalExpression: equivalent (false) — hashes left 0 end in firstRepeat's Map fallback, the same answer
    if (hashes !== undefined) hashes[i] = idHash(id);
  }
  // Stryker disable next-line ConditionalExpression: equivalent (false) — declines
  return firstRepeat(ids, hashes) === null ? { xs, ids } : null;
}

// ---------------------------------------------------------------------------
// Output

/** The figures of a sitting's cut-off. Decimal strings are exact unless the `…Exact` flag is false. */
export interface CutoffFigures {
  /** Standardized scores in the sitting. */
  readonly n: number;
  /** Top scorers whose mean sets the cut-off: ⌈n/100⌉, at least 1. */
  readonly k: number;
  /** The exact sum of the k highest scores. */
  readonly topSum: string;
  /** Their mean (rounded at `roundedPlaces` when it does not terminate). */
  readonly topMean: string;
  readonly topMeanApprox: number;
  readonly topMeanExact: boolean;
  /** The mean as a reduced fraction, `p/q` (or `p`). */
  readonly topMeanRational: string;
  /** 70% of the mean (rounded at `roundedPlaces` when it does not terminate). */
  readonly cutoff: string;
  readonly cutoffApprox: number;
  readonly cutoffExact: boolean;
  /** The cut-off as a reduced fraction, `p/q` (or `p`). */
  readonly cutoffRational: string;
  /** Decimal places of rounded values, or null when the mean and the cut-off terminate. */
  readonly roundedPlaces: number | null;
}

/** The value of {@link examCutoff}. */
export type ExamCutoffValue = CutoffFigures;

/** The value of {@link gradeSitting}. */
export interface ExamSittingValue extends CutoffFigures {
  readonly passed: number;
  readonly failed: number;
  /** One line per entry, in input order. */
  readonly results: readonly SittingResult[];
}

/** The value of {@link examResult}. */
export interface ExamResultValue extends CutoffFigures {
  readonly score: number;
  /** score − cut-off (exact when the cut-off terminates, else rounded at `roundedPlaces`; its sign is exact). */
  readonly margin: string;
  readonly marginApprox: number;
  /** What the score lacks to reach the cut-off: `"0"` when it passes; rounded up when the cut-off does not terminate. */
  readonly pointsMissing: string;
  readonly pointsMissingApprox: number;
}

/** The decision of {@link examCutoff}. */
export type ExamCutoffDecision = Decision<'examCutoff', 'computed', ExamCutoffValue>;
/** The decision of {@link gradeSitting}. */
export type ExamSittingDecision = Decision<'examSitting', 'graded', ExamSittingValue>;
/** The decision of {@link examResult}. */
export type ExamResultDecision = Decision<'examResult', 'passed' | 'failed', ExamResultValue>;

function figures(m: CutoffModel): CutoffFigures {
  return {
    n: m.n,
    k: m.k,
    topSum: formatScaled(m.topSum.m, m.topSum.scale),
    topMean: m.meanText,
    topMeanApprox: m.meanApprox,
    topMeanExact: m.meanExact,
    topMeanRational: ratToString(m.mean),
    cutoff: m.cutoffText,
    cutoffApprox: m.cutoffApprox,
    cutoffExact: m.cutoffExact,
    cutoffRational: ratToString(m.cutoff),
    roundedPlaces: m.roundedPlaces,
  };
}

type Shown = { value: string; exact: boolean; rational: string };

function shownCutoff(f: CutoffFigures): Shown {
  return { value: f.cutoff, exact: f.cutoffExact, rational: f.cutoffRational };
}

/** The steps every answer shows: n, k, the mean of the k highest, the cut-off. */
function cutoffSteps(f: CutoffFigures): Step[] {
  const mean: Shown = { value: f.topMean, exact: f.topMeanExact, rational: f.topMeanRational };
  return [
    step({ code: 'exam.step.n', citation: ART_10_A, params: { n: f.n }, data: { n: f.n } }),
    step({
      code: 'exam.step.k',
      citation: ART_10_A,
      params: { n: f.n, k: f.k, sharePercent: PARAMETERS.examTopSharePercent.value },
      data: { n: f.n, k: f.k },
    }),
    step({
      code: 'exam.step.topMean',
      citation: ART_10_A,
      params: { k: f.k, sum: f.topSum, mean },
      data: { k: f.k, topSum: f.topSum, topMean: f.topMean, topMeanRational: f.topMeanRational },
    }),
    step({
      code: 'exam.step.cutoff',
      citation: ART_10_A,
      params: { passPercent: PARAMETERS.examPassPercent.value, mean, cutoff: shownCutoff(f) },
      data: { cutoff: f.cutoff, cutoffRational: f.cutoffRational, cutoffExact: f.cutoffExact },
    }),
  ];
}

function roundingFindings(f: CutoffFigures): Finding[] {
  return f.roundedPlaces === null
    ? []
    : [finding({ code: 'exam.rounded', status: 'info', citation: ART_10_A, params: { places: f.roundedPlaces }, data: { roundedPlaces: f.roundedPlaces } })];
}

// ---------------------------------------------------------------------------
// Public API

/**
 * The cut-off of an exam sitting (Art. 10(الف), SPEC D6): k = ⌈n/100⌉ (at least 1)
 * highest standardized scores, their mean, and 70% of it — exact for the decimals given.
 * O(n): the k highest are selected, never sorted.
 *
 * @param input - `{ scores }`: every standardized score of the sitting (finite numbers, at least one)
 * @returns a decision `examCutoff` / `computed` whose value gives n, k, the top mean and
 *   the cut-off as exact decimal strings (with their fractions and approximate numbers),
 *   and whose steps show each stage with its citation
 * @throws InputError when the sitting is empty or a score is not a finite number (field `scores[i]`)
 * @example
 * const d = examCutoff({ scores: [71.4, 60, 49.98] });
 * d.value.k;      // 1
 * d.value.cutoff; // '49.98' — 70% of 71.4, exactly (in floats 0.7 * 71.4 is 49.980000000000004)
 */
export function examCutoff(input: ExamCutoffInput): ExamCutoffDecision {
  const rec = isRecord(input) ? input : null;
  // Stryker disable next-line StringLiteral: equivalent — declines (rec[''] is undefined)
  const xs = (rec && readScores(rec['scores'])) ?? Float64Array.from(parseInput(ExamCutoffInputSchema, input).scores);
  const f = figures(computeCutoff(xs));
  return makeDecision({
    kind: 'examCutoff',
    asOf: null,
    status: 'computed',
    value: f,
    summary: message('exam.summary.cutoff', { n: f.n, k: f.k, cutoff: shownCutoff(f) }),
    findings: roundingFindings(f),
    steps: cutoffSteps(f),
  });
}

/**
 * Grade a whole sitting (Art. 10(الف), SPEC D6): the cut-off, then every candidate's
 * pass/fail and margin (score − cut-off), in input order, in O(n) time.
 *
 * @param input - `{ entries }`: one `{ id, score }` per candidate; ids must differ
 * @returns a decision `examSitting` / `graded` with the cut-off figures, the counts
 *   passed and failed, and `results` (one line per entry: id, score, passed, margin)
 * @throws InputError for an empty sitting, a non-finite score (`entries[i].score`), a
 *   missing id or a repeated one (`entries[i].id`)
 * @example
 * const d = gradeSitting({ entries: [{ id: 'a', score: 71.4 }, { id: 'b', score: 49.98 }, { id: 'c', score: 49.97 }] });
 * d.value.cutoff;                          // '49.98'
 * d.value.results.map((r) => r.passed);    // [true, true, false]
 * d.value.results.map((r) => r.margin);    // ['21.42', '0', '-0.01']
 */
export function gradeSitting(input: GradeSittingInput): ExamSittingDecision {
  const rec = isRecord(input) ? input : null;
  // Stryker disable next-line StringLiteral: equivalent — declines (rec[''] is undefined)
  let read = rec && readEntries(rec['entries']);
  // Stryker disable next-line ConditionalExpression: equivalent (true) — the schema reads the same entries
  if (read === null) {
    const parsed = parseInput(GradeSittingInputSchema, input).entries;
    read = { xs: Float64Array.from(parsed, (e) => e.score), ids: parsed.map((e) => e.id) };
  }
  const model = computeCutoff(read.xs);
  const f = figures(model);
  const { results, passed } = gradeMany(model, read.xs, read.ids);
  const failed = f.n - passed;
  const counts = { n: f.n, passed, failed, cutoff: shownCutoff(f) };
  return makeDecision({
    kind: 'examSitting',
    asOf: null,
    status: 'graded',
    value: { ...f, passed, failed, results },
    summary: message('exam.summary.sitting', counts),
    findings: roundingFindings(f),
    steps: [...cutoffSteps(f), step({ code: 'exam.step.graded', citation: ART_10_A, params: counts, data: { passed, failed } })],
  });
}

/**
 * One candidate's exam condition for the licence (Art. 10(الف), SPEC D6): passed when
 * the score is at least 70% of the mean of the sitting's top 1% — exactly, so a score
 * equal to the cut-off passes. A failed result says how many points were missing, and
 * that the next sitting (held at least every two years, Art. 47(الف)) has its own cut-off.
 *
 * @param input - `{ score, sittingScores }`: the candidate's standardized score and every
 *   score of the sitting, the candidate's own included
 * @returns a decision `examResult` / `passed` or `failed`: the cut-off figures, the
 *   margin (score − cut-off) and the points missing (`"0"` when passed); its finding
 *   `exam.score.met` or `exam.score.unmet` (cited Art. 10(الف)) is what a licence
 *   decision combines
 * @throws InputError for a non-finite score, an empty sitting, or a score that is not
 *   among `sittingScores`
 * @example
 * const d = examResult({ score: 49.98, sittingScores: [71.4, 49.98, 30] });
 * d.status;             // 'passed' — although 49.98 >= 0.7 * 71.4 is false in floats
 * d.value.margin;       // '0'
 * examResult({ score: 30, sittingScores: [71.4, 49.98, 30] }).value.pointsMissing; // '19.98'
 */
export function examResult(input: ExamResultInput): ExamResultDecision {
  const rec = isRecord(input) ? input : null;
  // Stryker disable next-line StringLiteral: equivalent — declines (rec[''] is undefined)
  const score0 = rec?.['score'];
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent — declines (a score that is not a finite number is never among the finite scores read — Float64Array includes compares by SameValueZero, so '5' is not 5 — and the check below declines too)
  let xs = Number.isFinite(score0) ? rec && readScores(rec['sittingScores']) : null;
  let score = score0 as number;
  // Stryker disable next-line ConditionalExpression: equivalent (true) — declines
  if (xs !== null && !xs.includes(score)) xs = null;
  // Stryker disable next-line ConditionalExpression: equivalent (true) — the schema reads the same score and sitting
  if (xs === null) {
    const parsed = parseInput(ExamResultInputSchema, input);
    xs = Float64Array.from(parsed.sittingScores);
    score = parsed.score;
  }
  score += 0; // -0 reads as 0 (a JSON round trip writes 0)
  const model = computeCutoff(xs);
  const f = figures(model);
  const g = gradeScore(model, score);
  const missing = pointsMissing(model, score, g.passed);
  const cutoff = shownCutoff(f);
  const compare = { score, cutoff, margin: g.margin, passed: g.passed };
  const missingParams = { score, cutoff, pointsMissing: missing.text, exact: f.cutoffExact };
  const findings: Finding[] = [
    g.passed
      ? finding({ code: 'exam.score.met', status: 'met', citation: ART_10_A, params: compare, data: { margin: g.margin } })
      : finding({
          code: 'exam.score.unmet',
          status: 'unmet',
          citation: ART_10_A,
          params: missingParams,
          data: { margin: g.margin, pointsMissing: missing.text },
        }),
    ...(g.passed
      ? []
      : [finding({ code: 'exam.retake', status: 'info', citation: ART_47_A, params: { years: PARAMETERS.examIntervalYears.value } })]),
    ...roundingFindings(f),
  ];
  return makeDecision({
    kind: 'examResult',
    asOf: null,
    status: g.passed ? 'passed' : 'failed',
    value: {
      ...f,
      score,
      margin: g.margin,
      marginApprox: g.marginApprox,
      pointsMissing: missing.text,
      pointsMissingApprox: missing.approx,
    },
    summary: g.passed ? message('exam.summary.passed', compare) : message('exam.summary.failed', missingParams),
    findings,
    steps: [...cutoffSteps(f), step({ code: 'exam.step.compare', citation: ART_10_A, params: compare, data: { score, margin: g.margin, passed: g.passed } })],
  });
}
