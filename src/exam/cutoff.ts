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
  const num = BigInt(n) * TOP_SHARE.p;
  const k = Number((num + TOP_SHARE.q - 1n) / TOP_SHARE.q);
  return k < 1 ? 1 : k;
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
  /** `cM` as a double when it and its scale allow the fast path, else NaN. */
  readonly cNum: number;
  /** `cNum × 10^(L − cScale)` for each L of the fast path (NaN where not exact). */
  readonly cByScale: Float64Array;
}

/** The exact sum of scores, as a decimal. */
function exactSum(xs: Float64Array): Dec {
  // Fast path: every score has at most 22 places and the scaled integers stay exact.
  let scale = 0;
  let fast = true;
  for (let i = 0; i < xs.length; i++) {
    const j = fastScale(xs[i] as number);
    if (j < 0) {
      fast = false;
      break;
    }
    if (j > scale) scale = j;
  }
  if (fast) {
    const p10 = POW10[scale] as number;
    let sum = 0;
    let abs = 0;
    for (let i = 0; i < xs.length && fast; i++) {
      const s = (xs[i] as number) * p10;
      if (!(s < FAST_LIMIT && s > -FAST_LIMIT)) fast = false;
      const t = Math.round(s);
      sum += t;
      abs += t < 0 ? -t : t;
      if (abs >= 2 ** 53) fast = false;
    }
    if (fast) return { m: BigInt(sum), scale };
  }
  const decs: Dec[] = [];
  scale = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    const d = decOf(xs[i] as number);
    decs.push(d);
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
    if (j < 0) j = decOfString(x).scale;
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
  const roundedPlaces = meanPlaces < 0 || cutoffPlaces < 0 ? maxScale(scores) + ROUND_EXTRA_PLACES : null;
  const mScale = meanPlaces >= 0 ? meanPlaces : (roundedPlaces as number);
  const cScale = cutoffPlaces >= 0 ? cutoffPlaces : (roundedPlaces as number);
  const cM = ratToScaled(cutoff, cScale, 'nearest');
  const cUpM = cutoffPlaces >= 0 ? cM : ratToScaled(cutoff, cScale, 'ceil');
  const cFast = cScale <= MAX_FAST_SCALE && cM < BigInt(FAST_LIMIT) && cM > -BigInt(FAST_LIMIT);
  const cNum = cFast ? Number(cM) : Number.NaN;
  const cByScale = new Float64Array(MAX_FAST_SCALE + 1).fill(Number.NaN);
  if (cFast) {
    for (let L = cScale; L <= MAX_FAST_SCALE; L++) {
      const c = cNum * (POW10[L - cScale] as number);
      if (c < FAST_LIMIT && c > -FAST_LIMIT) cByScale[L] = c;
    }
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
    meanText: formatScaled(ratToScaled(mean, mScale, 'nearest'), mScale),
    cutoffText: formatScaled(cM, cScale),
    meanApprox: ratToNumber(mean),
    cutoffApprox: ratToNumber(cutoff),
    cNum,
    cByScale,
  };
}

/** Exactly: is the decimal of `x` at least the cut-off? */
export function reachesExactly(model: CutoffModel, x: number): boolean {
  const d = decOf(x);
  const { p, q } = model.cutoff;
  return d.scale >= 0 ? d.m * q >= p * pow10n(d.scale) : d.m * pow10n(-d.scale) * q >= p;
}

/** One score graded: pass/fail (exact) and its margin over the cut-off. */
export interface Graded {
  readonly passed: boolean;
  /** score − cut-off: exact when the cut-off terminates, else rounded at `roundedPlaces`. */
  readonly margin: string;
  readonly marginApprox: number;
}

function clampApprox(x: number): number {
  return x > Number.MAX_VALUE ? Number.MAX_VALUE : x < -Number.MAX_VALUE ? -Number.MAX_VALUE : x;
}

/** The slow path of {@link gradeScore}: BigInt throughout. */
export function gradeScoreSlow(model: CutoffModel, x: number, fastFailed = false): Graded {
  const d = fastFailed ? decOfString(x) : decOf(x);
  const L = d.scale > model.cScale ? d.scale : model.cScale;
  const m = rescale(d, L) - model.cM * pow10n(L - model.cScale);
  // «حداقل»: inclusive. When the cut-off does not terminate, the rounded margin has the
  // sign of the exact one (never 0, see ROUND_EXTRA_PLACES); 0 would be decided exactly.
  const passed = model.cutoffExact ? m >= 0n : m > 0n || (m === 0n && reachesExactly(model, x));
  const margin = formatScaled(m, L);
  return { passed, margin, marginApprox: clampApprox(Number(margin)) };
}

/**
 * Grade one score against the sitting's cut-off (the score must belong to the sitting
 * when the cut-off does not terminate, so that its places are counted in `roundedPlaces`).
 */
export function gradeScore(model: CutoffModel, x: number): Graded {
  const j = fastScale(x);
  if (j >= 0) {
    const L = j > model.cScale ? j : model.cScale;
    const c = L <= MAX_FAST_SCALE ? (model.cByScale[L] as number) : Number.NaN;
    const p10 = POW10[L] as number;
    const s = x * p10;
    if (c === c && s < FAST_LIMIT && s > -FAST_LIMIT) {
      const m = Math.round(s) - c;
      const passed = model.cutoffExact ? m >= 0 : m > 0 || (m === 0 && reachesExactly(model, x));
      return { passed, margin: formatScaled(m, L), marginApprox: m / p10 + 0 };
    }
  }
  return gradeScoreSlow(model, x, j < 0);
}

/** Points a score lacks to reach the cut-off (rounded up when the cut-off does not terminate); "0" when it passes. */
export function pointsMissing(model: CutoffModel, x: number, passed: boolean): { text: string; approx: number } {
  if (passed) return { text: '0', approx: 0 };
  const d = decOf(x);
  const L = d.scale > model.cScale ? d.scale : model.cScale;
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
 * exactly, as {@link gradeScoreSlow} gives it but without parsing through a regular
 * expression: `String(x)` read as sign, digits and point (its exponent forms go to
 * {@link gradeScoreSlow}), one BigInt subtraction at L = max(places, cScale).
 */
function gradeByString(model: CutoffModel, x: number): Graded {
  const s = String(x);
  if (s.includes('e')) return gradeScoreSlow(model, x, true);
  const dot = s.indexOf('.');
  const j = dot < 0 ? 0 : s.length - dot - 1;
  const cScale = model.cScale;
  const L = j > cScale ? j : cScale;
  const mx = BigInt(dot < 0 ? s : s.slice(0, dot) + s.slice(dot + 1));
  const m = mx * pow10n(L - j) - model.cM * pow10n(L - cScale);
  // «حداقل»: inclusive; see gradeScoreSlow for the rounded cut-off.
  const passed = model.cutoffExact ? m >= 0n : m > 0n || (m === 0n && reachesExactly(model, x));
  const margin = formatScaled(m, L);
  return { passed, margin, marginApprox: clampApprox(Number(margin)) };
}

/**
 * Grade every score of the sitting, in input order, in O(n), writing each candidate's
 * line over its id in `slots` (which holds the ids on entry and is returned as the
 * results, so that no second array of n is allocated). The fast path is safe-integer
 * arithmetic in doubles (exact): first at the cut-off's own scale (one multiplication,
 * one rounding, one division confirm that the score's decimal has no more places), then
 * at the score's scale; BigInt only for scores neither can hold. Equal margins share one
 * string (a direct-mapped memo keyed by the exact scaled integer and its scale), as
 * scores of a sitting repeat.
 */
export function gradeMany(
  model: CutoffModel,
  xs: Float64Array,
  slots: (string | SittingResult)[],
): { readonly results: SittingResult[]; readonly passed: number } {
  const n = xs.length;
  const { cScale, cByScale, cutoffExact } = model;
  const cAtOwn = cScale <= MAX_FAST_SCALE ? (cByScale[cScale] as number) : Number.NaN;
  const pOwn = cScale <= MAX_FAST_SCALE ? (POW10[cScale] as number) : Number.NaN;
  // about one slot for every four scores: small sittings do not pay for a large memo
  let bits = 6;
  while (bits < MEMO_MAX_BITS && 4 << bits < n) bits++;
  const passed = gradeLines(model, xs, slots, cScale, cByScale, cAtOwn, pOwn, cutoffExact, bits);
  return { results: slots as SittingResult[], passed };
}

/** One candidate's line: the only place lines are made, so that all share one hidden class. */
function line(id: string, score: number, passed: boolean, margin: string, marginApprox: number): SittingResult {
  return { id, score, passed, margin, marginApprox };
}

/**
 * Make the lines' number fields hold references rather than numbers of their own. V8
 * gives a field that has only held numbers a private box per object (16 bytes, twice a
 * line: a third of its memory); once the field's hidden class has held anything else it
 * stores a reference, and equal numbers can then share one box ({@link gradeLines} keeps
 * one per distinct score and margin). This throwaway line does that; the output does not
 * change, only the memory it takes (bench/memory.mjs: about 70 rather than 100 bytes a line).
 */
function widenLines(): void {
  const text = '' as unknown as number;
  line('', text, false, '', text);
}

/**
 * The loop of {@link gradeMany}. It reads only its arguments (numbers, typed arrays and
 * the slots), never the model's properties, except on the rare exact and BigInt paths:
 * a model is a new object each call, and optimised code that read its fields would be
 * thrown away whenever a collection dropped the model's hidden class.
 *
 * The memo maps (scaled margin, scale) to the margin's text, the pass/fail, and the score
 * and approximate margin as shared numbers: the pair fixes the score's decimal (score =
 * (m + cut-off·10^L) / 10^L), so every line with the same pair has the same four values.
 */
function gradeLines(
  model: CutoffModel,
  xs: Float64Array,
  slots: (string | SittingResult)[],
  cScale: number,
  cByScale: Float64Array,
  cAtOwn: number,
  pOwn: number,
  cutoffExact: boolean,
  bits: number,
): number {
  widenLines();
  const n = xs.length;
  const size = 1 << bits;
  const shift = 32 - bits;
  const memoM = new Float64Array(size).fill(Number.NaN);
  const memoL = new Int32Array(size);
  const memoPassed = new Uint8Array(size);
  // filled with strings so that the arrays hold references (boxes), not unboxed doubles
  const memoText = new Array<string>(size).fill('');
  const memoScore = new Array<number>(size).fill('' as unknown as number);
  const memoApprox = new Array<number>(size).fill('' as unknown as number);
  let passedCount = 0;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    let m = Number.NaN;
    let L = cScale;
    let p10 = pOwn;
    // at the cut-off's scale: the score has at most cScale places when x·10^cScale
    // rounds to an integer t below 2^50 with t / 10^cScale === x (see fastScale)
    const s0 = x * pOwn;
    if (s0 < FAST_LIMIT && s0 > -FAST_LIMIT) {
      const t = Math.round(s0);
      if (t / pOwn === x) m = t - cAtOwn;
    }
    let j = 0;
    if (m !== m) {
      j = fastScale(x);
      if (j > cScale) {
        L = j;
        p10 = POW10[j] as number;
        const c = cByScale[j] as number;
        const s = x * p10;
        if (c === c && s < FAST_LIMIT && s > -FAST_LIMIT) m = Math.round(s) - c;
      }
    }
    if (m === m) {
      // multiplicative hashing: scaled margins share low bits (multiples of 10^(L−j))
      const slot = Math.imul((m | 0) ^ L, 0x9e3779b1) >>> shift;
      if (memoM[slot] !== m || memoL[slot] !== L) {
        memoM[slot] = m;
        memoL[slot] = L;
        memoText[slot] = formatScaled(m, L);
        memoScore[slot] = x + 0; // x + 0: -0 reads as 0
        memoApprox[slot] = m / p10 + 0;
        memoPassed[slot] = Number(cutoffExact ? m >= 0 : m > 0 || (m === 0 && reachesExactly(model, x)));
      }
      const passed = memoPassed[slot] === 1;
      if (passed) passedCount++;
      slots[i] = line(slots[i] as string, memoScore[slot] as number, passed, memoText[slot] as string, memoApprox[slot] as number);
    } else {
      const g = j < 0 ? gradeByString(model, x) : gradeScoreSlow(model, x);
      if (g.passed) passedCount++;
      slots[i] = line(slots[i] as string, x + 0, g.passed, g.margin, g.marginApprox);
    }
  }
  return passedCount;
}
