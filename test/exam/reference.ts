/**
 * A simpler model of Art. 10(الف) (SPEC D6) for the property tests: it SORTS every score
 * (as exact BigInt decimals read from `String(x)`), takes the k highest, and compares
 * 100·k·score ≥ 70·S at one common scale. No fast paths, no selection, no rounding.
 */
import { PARAMETERS } from '../../src/params.js';

export interface RefDec {
  readonly m: bigint;
  readonly e: number; // value = m × 10^e
}

/** The decimal `String(x)` shows, read by splitting the text. */
export function refDec(x: number): RefDec {
  const [mant = '', exp = '0'] = String(x).split('e');
  const neg = mant.startsWith('-');
  const [ip = '', fp = ''] = (neg ? mant.slice(1) : mant).split('.');
  const m = BigInt(ip + fp);
  return { m: neg ? -m : m, e: Number(exp) - fp.length };
}

/** `d` as an integer at exponent `e` (e ≤ d.e). */
export function at(d: RefDec, e: number): bigint {
  return d.m * 10n ** BigInt(d.e - e);
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** The reference answer for a sitting. */
export interface RefSitting {
  readonly k: number;
  /** The cut-off as a reduced fraction p/q. */
  readonly p: bigint;
  readonly q: bigint;
  readonly passed: (x: number) => boolean;
  /** score − cut-off as a fraction over q·10^-e: returns [num, den]. */
  readonly margin: (x: number) => readonly [bigint, bigint];
}

/** Sort, take the top k, compare exactly. */
export function reference(scores: readonly number[]): RefSitting {
  const n = scores.length;
  const share = PARAMETERS.examTopSharePercent.value;
  const pass = BigInt(PARAMETERS.examPassPercent.value);
  const k = Math.max(1, Math.ceil((n * share) / 100));
  const decs = scores.map(refDec);
  let e = 0;
  for (const d of decs) e = Math.min(e, d.e);
  // every score as an integer at one common exponent, sorted from the highest
  const sorted = decs.map((d) => at(d, e)).sort((a, b) => (a > b ? -1 : a < b ? 1 : 0));
  const S = sorted.slice(0, k).reduce((s, x) => s + x, 0n);
  // cut-off = pass·S·10^e / (100·k)
  const num = pass * S;
  const den = 100n * BigInt(k) * 10n ** BigInt(-e);
  const g = gcd(num, den);
  return {
    k,
    p: num / g,
    q: den / g,
    passed: (x) => 100n * BigInt(k) * at(refDec(x), e) >= pass * S,
    margin: (x) => {
      const d = refDec(x);
      const ee = Math.min(e, d.e);
      // x − pass·S/(100k) at exponent ee
      const dd = 100n * BigInt(k) * 10n ** BigInt(-ee);
      return [100n * BigInt(k) * at(d, ee) - pass * S * 10n ** BigInt(e - ee), dd];
    },
  };
}

/** A decimal string (as the library outputs) as a fraction [num, den]. */
export function fractionOf(s: string): readonly [bigint, bigint] {
  const neg = s.startsWith('-');
  const [ip = '', fp = ''] = (neg ? s.slice(1) : s).split('.');
  const m = BigInt(ip + fp);
  return [neg ? -m : m, 10n ** BigInt(fp.length)];
}

/** a/b vs c/d (b, d > 0). */
export function cmpFrac(a: readonly [bigint, bigint], b: readonly [bigint, bigint]): number {
  const l = a[0] * b[1];
  const r = b[0] * a[1];
  return l < r ? -1 : l > r ? 1 : 0;
}
