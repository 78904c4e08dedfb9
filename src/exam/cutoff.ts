/**
 * The arithmetic of Art. 10(الف) (SPEC D6), exact for the decimals given: the number of
 * top scorers k, the exact mean of their scores, the exact cut-off, and each score's
 * exact margin over it. No message, no validation: `index.ts` does those.
 *
 * «کسب حداقل هفتاد درصد نمره تراز میانگین یک درصد حائزان بالاترین نمره تراز»
 */
import { PARAMETERS } from '../params.js';
import {
  decOf,
  decOfString,
  decToRat,
  FAST_LIMIT,
  fastScale,
  formatScaled,
  MAX_FAST_SCALE,
  mulRat,
  POW10,
  pow10n,
  rat,
  ratToNumber,
  ratToScaled,
  rescale,
  terminatingPlaces,
  type Dec,
  type Rat,
} from './decimal.js';
import { topK } from './select.js';

/** A percentage's denominator (what "per cent" means, not a number of the regulation). */
const PER_CENT = 100n;

/**
 * Decimal places kept beyond the finest decimal place of any score of the sitting when
 * a mean, cut-off or margin does not terminate (e.g. k = 3). With so many, a rounded
 * margin is never 0 for a score that differs from the cut-off (a sitting would need
 * more than 10^9 top scorers), so its sign always agrees with pass/fail.
 */
export const ROUND_EXTRA_PLACES = 10;

/** Art. 10(الف) and D6: the share of the sitting whose mean sets the cut-off, as a rational of n. */
const TOP_SHARE: Rat = mulRat(decToRat(decOf(PARAMETERS.examTopSharePercent.value)), rat(1n, PER_CENT));
/** Art. 10(الف): the fraction of that mean a candidate must reach. */
const PASS_FRACTION: Rat = mulRat(decToRat(decOf(PARAMETERS.examPassPercent.value)), rat(1n, PER_CENT));

/**
 * «یک درصد حائزان بالاترین نمره تراز» — k = ⌈n × 1%⌉, at least one (SPEC D6).
 *
 * @param n - the number of standardized scores in the sitting (≥ 1)
 */
export function topCount(n: number): number {
  // ⌈n × share⌉ is at least 1 for every n ≥ 1, as D6 wants
  // Stryker disable next-line ArithmeticOperator: equivalent — the share is 1/100, so TOP_SHARE.p = 1 and n × p = n / p
  const num = BigInt(n) * TOP_SHARE.p;
  return Number((num + TOP_SHARE.q - 1n) / TOP_SHARE.q);
}

/** The cut-off of a sitting, exactly, with what grading needs. */
export interface CutoffModel {
  readonly n: number;
  readonly k: number;
  /** The exact sum of the k highest scores. */
  readonly topSum: Dec;
  readonly mean: Rat;
  readonly cutoff: Rat;
  /** Places at which non-terminating values are rounded (null when mean and cut-off terminate). */
  readonly roundedPlaces: number | null;
  readonly meanExact: boolean;
  readonly cutoffExact: boolean;
  /** The decimal the margins are taken from: the cut-off at `cScale` places (exact, or rounded to nearest). */
  readonly cM: bigint;
  readonly cScale: number;
  /** The cut-off rounded up at `cScale` places (equal to `cM` when exact): points missing never fall short. */
  readonly cUpM: bigint;
  readonly meanText: string;
  readonly cutoffText: string;
  readonly meanApprox: number;
  readonly cutoffApprox: number;
  /** `cM × 10^(L − cScale)` as a double for each L of the fast path (0…22), NaN where it is not below 2^50. */
  readonly cByScale: Float64Array;
}

/** The exact sum of scores, as a decimal. */
function exactSum(xs: Float64Array): Dec {
  // Fast path: every score has at most 22 places and the scaled integers stay exact.
  // Whatever makes it give up early only sends the sum to the BigInt loop below, which
  // gives the same sum (hence the equivalent mutants marked here).
  let scale = 0;
  // Stryker disable next-line BooleanLiteral: equivalent — the BigInt sum is the same
  let fast = true;
  // Stryker disable next-line EqualityOperator,UpdateOperator: equivalent (<=, i--) — reading past either end gives up (fastScale of undefined is -1)
  for (let i = 0; i < xs.length; i++) {
    const j = fastScale(xs[i] as number);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (true, <=) — giving up on integers too; the BigInt sum is the same
    if (j < 0) {
      fast = false;
      break;
    }
    // Stryker disable next-line EqualityOperator: equivalent (>=) — assigns the same value
    if (j > scale) scale = j;
  }
  // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent (true, false, {}) — skipping the fast sum, or entering it after giving up (its loop then stops at once), leaves the BigInt sum
  if (fast) {
    const p10 = POW10[scale] as number;
    let sum = 0;
    let abs = 0;
    // Stryker disable next-line all: equivalent — running on past the end or giving up at the end (undefined makes s NaN, which gives up) leaves the BigInt sum
    for (let i = 0; i < xs.length && fast; i++) {
      const s = (xs[i] as number) * p10;
      // (fast is true here: the loop stops once it is false)
      // Stryker disable next-line EqualityOperator: equivalent (<=) — at exactly 2^50 the scaled score is still exact
      fast = Math.abs(s) < FAST_LIMIT;
      const t = Math.round(s);
      sum += t;
      abs += Math.abs(t);
      // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent (>, true) — a sum whose terms add up to at most 2^53 in size is exact; always giving up leaves the BigInt sum
      if (abs >= 2 ** 53) fast = false;
    }
    // Stryker disable next-line ConditionalExpression: equivalent (false) — the BigInt sum is the same
    if (fast) return { m: BigInt(sum), scale };
  }
  const decs: Dec[] = [];
  scale = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const d = decOf(xs[i] as number);
    decs.push(d);
    // Stryker disable next-line EqualityOperator: equivalent (>=) — assigns the same value
    if (d.scale > scale) scale = d.scale;
  }
  let m = 0n;
  for (const d of decs) m += rescale(d, scale);
  return { m, scale };
}

/** The finest decimal place of any score (at least 0). */
function maxScale(xs: Float64Array): number {
  let scale = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    let j = fastScale(x);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (true, <=, >=) — reading a fast score's string too gives its places (an integer's may be negative: 120 is 12 at -1; the maximum with 0 is the same)
    if (j < 0) j = decOfString(x).scale;
    // Stryker disable next-line EqualityOperator: equivalent (>=) — assigns the same value
    if (j > scale) scale = j;
  }
  return scale;
}

/**
 * The cut-off of a sitting from all its scores (n ≥ 1, all finite; not changed).
 */
export function computeCutoff(scores: Float64Array): CutoffModel {
  const n = scores.length;
  // «یک درصد حائزان بالاترین نمره تراز»: k of n, the k highest found in O(n)
  const k = topCount(n);
  const top = topK(scores, k);
  const topSum = exactSum(top);
  // «میانگین»: the exact mean of the k highest
  const mean = mulRat(decToRat(topSum), rat(1n, BigInt(k)));
  // «حداقل هفتاد درصد»: the exact cut-off
  const cutoff = mulRat(mean, PASS_FRACTION);
  const meanPlaces = terminatingPlaces(mean);
  const cutoffPlaces = terminatingPlaces(cutoff);
  // The cut-off is 7/10 of the mean: when the mean terminates, so does the cut-off (the
  // converse fails: a mean of 10/7 has the cut-off 1), so the mean alone decides.
  const roundedPlaces = meanPlaces < 0 ? maxScale(scores) + ROUND_EXTRA_PLACES : null;
  const mScale = meanPlaces >= 0 ? meanPlaces : (roundedPlaces as number);
  const cScale = cutoffPlaces >= 0 ? cutoffPlaces : (roundedPlaces as number);
  // Stryker disable next-line StringLiteral: equivalent — ratToScaled rounds up only for 'ceil'; any other value rounds to nearest
  const cM = ratToScaled(cutoff, cScale, 'nearest');
  const cUpM = ratToScaled(cutoff, cScale, 'ceil'); // cM itself when the cut-off terminates
  // cM·10^(L − cScale) for the fast path: exact as a double while below 2^50 (cM and the
  // power of ten are then exact, and so is their product); when cM itself is not below
  // 2^50 (or not even exact as a double) every entry stays NaN
  const cNum = Number(cM);
  const cByScale = new Float64Array(POW10.length).fill(Number.NaN);
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent — fewer entries send those scales' scores to the BigInt path, which gives the same margins
  for (let L = cScale; L <= MAX_FAST_SCALE; L++) {
    const c = cNum * (POW10[L - cScale] as number);
    // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent (<=, false) — at exactly 2^50 the entry is still exact; an entry left NaN sends its scores to the BigInt path, the same margins
    if (Math.abs(c) < FAST_LIMIT) cByScale[L] = c;
  }
  return {
    n,
    k,
    topSum,
    mean,
    cutoff,
    roundedPlaces,
    meanExact: meanPlaces >= 0,
    cutoffExact: cutoffPlaces >= 0,
    cM,
    cScale,
    cUpM,
    // Stryker disable next-line StringLiteral: equivalent — as for cM above
    meanText: formatScaled(ratToScaled(mean, mScale, 'nearest'), mScale),
    cutoffText: formatScaled(cM, cScale),
    meanApprox: ratToNumber(mean),
    cutoffApprox: ratToNumber(cutoff),
    cByScale,
  };
}

/** One score graded: pass/fail (exact) and its margin over the cut-off. */
export interface Graded {
  readonly passed: boolean;
  /** score − cut-off: exact when the cut-off terminates, else rounded at `roundedPlaces`. */
  readonly margin: string;
  readonly marginApprox: number;
}

/** A number as a double, clamped to ±Number.MAX_VALUE (a margin of two huge scores may pass it). */
function clampApprox(x: number): number {
  return Math.max(-Number.MAX_VALUE, Math.min(x, Number.MAX_VALUE));
}

/**
 * Grade one score against the sitting's cut-off, exactly (BigInt); the score must
 * belong to the sitting when the cut-off does not terminate, so that its places are
 * counted in `roundedPlaces`.
 *
 * «حداقل»: inclusive, passed when the margin is ≥ 0. When the cut-off does not
 * terminate, the margin is taken from the cut-off rounded at `roundedPlaces` = (finest
 * place of any score) + 10: it keeps the exact margin's sign and is never 0. (Scores
 * and the top sum have at most M places, so score − cut-off = N / (10^(M+1)·k) with an
 * integer N ≠ 0, at least 10^-(M+1)/k in size; rounding moves the cut-off by at most
 * ½·10^-(M+10), which could reach that only if k ≥ 2·10^9, more than any array holds.)
 */
export function gradeScore(model: CutoffModel, x: number): Graded {
  const d = decOf(x);
  const L = Math.max(d.scale, model.cScale);
  const m = rescale(d, L) - model.cM * pow10n(L - model.cScale);
  const margin = formatScaled(m, L);
  return { passed: m >= 0n, margin, marginApprox: clampApprox(Number(margin)) };
}

/** Points a score lacks to reach the cut-off (rounded up when the cut-off does not terminate); "0" when it passes. */
export function pointsMissing(model: CutoffModel, x: number, passed: boolean): { text: string; approx: number } {
  if (passed) return { text: '0', approx: 0 };
  const d = decOf(x);
  const L = Math.max(d.scale, model.cScale);
  const m = model.cUpM * pow10n(L - model.cScale) - rescale(d, L);
  const text = formatScaled(m, L);
  return { text, approx: clampApprox(Number(text)) };
}

/** One candidate's line in a graded sitting. */
export interface SittingResult {
  readonly id: string;
  readonly score: number;
  readonly passed: boolean;
  readonly margin: string;
  readonly marginApprox: number;
}

/** Slots of the memo of {@link gradeMany}: at most 2^14, fewer for small sittings. */
const MEMO_MAX_BITS = 14;

/**
 * The margin of a score the double fast path cannot hold (e.g. 17 significant digits),
 * exactly, as {@link gradeScore} gives it but without parsing through a regular
 * expression: `String(x)` read as sign, digits and point (its exponent forms go to
 * {@link gradeScore}), one BigInt subtraction at L = max(places, cScale).
 */
function gradeByString(model: CutoffModel, x: number): Graded {
  const s = String(x);
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent (true, '') — gradeScore gives the same margin for every score
  if (s.includes('e')) return gradeScore(model, x);
  const dot = s.indexOf('.');
  // Stryker disable next-line EqualityOperator: equivalent (<=) — String(x) never starts with the point
  const j = dot < 0 ? 0 : s.length - dot - 1;
  const L = Math.max(j, model.cScale);
  // Stryker disable next-line EqualityOperator: equivalent (<=) — as above
  const mx = BigInt(dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1));
  const m = mx * pow10n(L - j) - model.cM * pow10n(L - model.cScale);
  const margin = formatScaled(m, L);
  return { passed: m >= 0n, margin, marginApprox: clampApprox(Number(margin)) };
}

/**
 * Grade every score of the sitting, in input order, in O(n), writing each candidate's
 * line over its id in `slots` (which holds the ids on entry and is returned as the
 * results, so that no second array of n is allocated). The fast path is safe-integer
 * arithmetic in doubles (exact): first at the cut-off's own scale (one multiplication,
 * one rounding, one division confirm that the score's decimal has no more places), then
 * at the score's scale; BigInt only for scores neither can hold. Equal margins share one
 * string (a direct-mapped memo keyed by the exact scaled integer and its scale), as
 * scores of a sitting repeat. Pass/fail is the margin's sign (see {@link gradeScore}).
 */
export function gradeMany(
  model: CutoffModel,
  xs: Float64Array,
  slots: (string | SittingResult)[],
): { readonly results: SittingResult[]; readonly passed: number } {
  const n = xs.length;
  const { cScale, cByScale } = model;
  // NaN beyond the fast path's 22 places (the arrays end there)
  const cAtOwn = Number(cByScale[cScale]);
  const pOwn = Number(POW10[cScale]);
  // about one slot per score, up to 2^14: small sittings do not pay for a large memo
  let bits = 6;
  // Stryker disable next-line all: equivalent — the memo's size changes its hit rate, not what it returns
  while (bits < MEMO_MAX_BITS && 1 << bits < n) bits++;
  const passed = gradeLines(model, xs, slots, cScale, cByScale, cAtOwn, pOwn, bits);
  return { results: slots as SittingResult[], passed };
}

/**
 * The loop of {@link gradeMany}. It reads only its arguments (numbers, typed arrays and
 * the slots), never the model's properties, except on the BigInt path: a model is a new
 * object each call, and optimised code that read its fields would be thrown away
 * whenever a collection dropped the model's hidden class.
 */
function gradeLines(
  model: CutoffModel,
  xs: Float64Array,
  slots: (string | SittingResult)[],
  cScale: number,
  cByScale: Float64Array,
  cAtOwn: number,
  pOwn: number,
  bits: number,
): number {
  const n = xs.length;
  const size = 1 << bits;
  // Stryker disable next-line ArithmeticOperator: equivalent (32 + bits) — a shift of 32 or more is taken mod 32: slots past the table never hit, so margins are formatted again, the same
  const shift = 32 - bits;
  const memoM = new Float64Array(size).fill(Number.NaN);
  const memoL = new Int32Array(size);
  // Stryker disable next-line ArrayDeclaration: equivalent — an empty array grows to the same texts
  const memoText = new Array<string>(size);
  let passedCount = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    let m = Number.NaN;
    let L = cScale;
    let p10 = pOwn;
    // at the cut-off's scale: the score has at most cScale places when x·10^cScale
    // rounds to an integer t below 2^50 with t / 10^cScale === x (see fastScale)
    // Stryker disable next-line ArithmeticOperator: equivalent (x / p) — round(x / p) / p === x holds only for x = 0, whose margin is then right; any other score goes to the paths below, the same margin
    const s0 = x * pOwn;
    // Stryker disable next-line EqualityOperator,BlockStatement,ConditionalExpression: equivalent (<=, {}, false) — at exactly 2^50 the scaled score is still exact; skipping this test leaves the score to the paths below, which give the same margin
    if (Math.abs(s0) < FAST_LIMIT) {
      const t = Math.round(s0);
      // Stryker disable next-line ConditionalExpression,ArithmeticOperator: equivalent (false, t·p) — the score is then graded by the paths below, with the same margin
      if (t / pOwn === x) m = t - cAtOwn;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent — the score's own scale gives the same margin as the cut-off's when both hold it, and the BigInt path when neither does
    if (m !== m) {
      // more places than the cut-off: at the score's own scale (where x · 10^j is below
      // 2^50 and rounds to its scaled integer, see fastScale); NaN when the cut-off is not
      // held at that scale
      const j = fastScale(x);
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent — for j ≤ cScale nothing holds the score here either (cByScale is NaN below cScale, and at cScale the first test already failed; j = -1 reads undefined); the BigInt path gives the same margin
      if (j > cScale) {
        L = j;
        p10 = POW10[j] as number;
        m = Math.round(x * p10) - (cByScale[j] as number);
      }
    }
    let passed: boolean;
    let margin: string;
    let marginApprox: number;
    // Stryker disable next-line ConditionalExpression: equivalent (false) — gradeByString gives every score the same line
    if (m === m) {
      passed = m >= 0;
      // multiplicative hashing: scaled margins share low bits (multiples of 10^(L−j))
      const slot = Math.imul((m | 0) ^ L, 0x9e3779b1) >>> shift;
      // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent (!==, true; false only formats again) — one m never takes one slot at two scales: the keys (m ^ L, L ≤ 22) then differ by d = 1…31, and d × 0x9e3779b1 mod 2^32 is at least 0.021 × 2^32 from 0 (mod 2^32), more than a slot's 1/64 of a table of 64 or more, so a hit always has the same L
      const sameScale = memoL[slot] === L;
      // Stryker disable next-line ConditionalExpression: equivalent (false) — never reusing a text formats it again, the same
      if (memoM[slot] === m && sameScale) {
        margin = memoText[slot] as string;
      } else {
        margin = formatScaled(m, L);
        memoM[slot] = m;
        memoL[slot] = L;
        memoText[slot] = margin;
      }
      marginApprox = m / p10 + 0; // + 0: a score of -0 at a cut-off of 0 has the margin -0, which reads as 0
    } else {
      ({ passed, margin, marginApprox } = gradeByString(model, x));
    }
    if (passed) passedCount++;
    slots[i] = { id: slots[i] as string, score: x + 0, passed, margin, marginApprox }; // x + 0: -0 reads as 0
  }
  return passedCount;
}
