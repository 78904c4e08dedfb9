/**
 * Exact decimal arithmetic for the exam cut-off (SPEC D6), private to the exam domain.
 *
 * A JS number is read as the decimal its shortest round-trip string shows (`String(x)`,
 * exponent forms included): 0.1 is one tenth, not 0.1000000000000000055…. Every such
 * decimal is `m × 10^-scale` with integers `m` and `scale` (scale may be negative, for
 * `1e+300`). The hot path keeps `m` in a double while it is a safe integer; BigInt only
 * where it is not.
 */

/** A decimal `m × 10^-scale`. */
export interface Dec {
  readonly m: bigint;
  readonly scale: number;
}

/** A rational `p / q`, reduced, `q > 0`. */
export interface Rat {
  readonly p: bigint;
  readonly q: bigint;
}

/** Powers of ten that doubles hold exactly (10^0 … 10^22). */
export const POW10: readonly number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** The largest exponent in {@link POW10}. */
export const MAX_FAST_SCALE = 22;

/**
 * Bound on the scaled integers of the fast path. Below 2^50 the product `x · 10^j` is
 * within 1/8 + 1/16 of the true scaled integer, so `Math.round` recovers it exactly,
 * and sums or differences of two such integers stay exact (below 2^53).
 */
export const FAST_LIMIT = 2 ** 50;

/**
 * The number of decimal places of `String(x)` when the fast path applies: the least
 * `j` in 0…22 such that `t = round(x · 10^j)` satisfies `|t| < 2^50` and `t / 10^j === x`;
 * or `-1` when there is none (the caller then reads `String(x)`).
 *
 * Why it is `String(x)`'s decimal: `t / 10^j` is the correctly rounded double of the
 * decimal `t · 10^-j` (both exact doubles), so that decimal round-trips to `x`; the
 * least such `j` gives the fewest significant digits, and with `|t| < 2^50` no other
 * integer is within reach at that scale — which is how `Number::toString` chooses.
 * (A test compares it with `String(x)` on random doubles.)
 */
export function fastScale(x: number): number {
  if (Math.abs(x) < FAST_LIMIT && Math.floor(x) === x) return 0;
  for (let j = 1; j <= MAX_FAST_SCALE; j++) {
    const p10 = POW10[j] as number;
    const s = x * p10;
    if (!(s < FAST_LIMIT && s > -FAST_LIMIT)) return -1;
    if (Math.round(s) / p10 === x) return j;
  }
  return -1;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** Parse a plain or exponent decimal string (the forms `String(x)` gives) exactly. */
export function parseDecimal(s: string): Dec | null {
  const r = DECIMAL.exec(s);
  if (r === null) return null;
  const frac = r[3] ?? '';
  let digits = (r[2] as string) + frac;
  let scale = frac.length - (r[4] === undefined ? 0 : Number(r[4]));
  // normalise: no trailing zeros in m (so 1e+300 is m = 1, scale = -300; "0" is left empty, 0)
  let end = digits.length;
  while (digits.charCodeAt(end - 1) === 48) end--;
  scale -= digits.length - end;
  digits = digits.slice(0, end);
  const m = BigInt(digits);
  return { m: r[1] === '-' ? -m : m, scale: m === 0n ? 0 : scale };
}

/** The exact decimal of a finite number (as its shortest round-trip string shows). */
export function decOf(x: number): Dec {
  const j = fastScale(x);
  if (j >= 0) return { m: BigInt(Math.round(x * (POW10[j] as number))), scale: j };
  return parseDecimal(String(x)) as Dec;
}

/** The exact decimal of a finite number read from its string (when the fast path is known to fail). */
export function decOfString(x: number): Dec {
  return parseDecimal(String(x)) as Dec;
}

const POW10N: bigint[] = [];

/**
 * 10^e as a BigInt (e ≥ 0), kept once computed. The exponents are bounded by the places
 * of finite doubles (|e| below about 700), so the cache stays small.
 */
export function pow10n(e: number): bigint {
  return (POW10N[e] ??= 10n ** BigInt(e));
}

/** `d` scaled to `scale` (≥ d.scale): the integer `d · 10^scale`. */
export function rescale(d: Dec, scale: number): bigint {
  return d.m * pow10n(scale - d.scale);
}

/** The greatest common divisor of `a` and `b > 0` (positive). */
function gcd(a: bigint, b: bigint): bigint {
  // Stryker disable next-line EqualityOperator: equivalent — at a = 0, -a is a (0n has no sign)
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The rational `p / q` reduced, with `q > 0` (q ≠ 0). */
export function rat(p: bigint, q: bigint): Rat {
  // Stryker disable next-line EqualityOperator: equivalent (<=) — differs only at q = 0, which no caller passes (its denominators are powers of ten, 100, k ≥ 1 and products of such)
  if (q < 0n) {
    p = -p;
    q = -q;
  }
  const g = gcd(p, q);
  return { p: p / g, q: q / g };
}

/** A decimal as a rational. */
export function decToRat(d: Dec): Rat {
  return rat(d.m * pow10n(Math.max(0, -d.scale)), pow10n(Math.max(0, d.scale)));
}

/** Product of two rationals. */
export function mulRat(a: Rat, b: Rat): Rat {
  return rat(a.p * b.p, a.q * b.q);
}

/** The rational as text: `p/q`, or `p` when q = 1. */
export function ratToString(r: Rat): string {
  return r.q === 1n ? String(r.p) : `${r.p}/${r.q}`;
}

/**
 * The number of decimal places of a rational's decimal expansion when it terminates
 * (its reduced denominator has no prime factor but 2 and 5), else `-1`.
 */
export function terminatingPlaces(r: Rat): number {
  let q = r.q;
  let twos = 0;
  let fives = 0;
  while (q % 2n === 0n) {
    q /= 2n;
    twos++;
  }
  while (q % 5n === 0n) {
    q /= 5n;
    fives++;
  }
  return q === 1n ? Math.max(twos, fives) : -1;
}

/** How a rational is brought to a decimal at a fixed number of places. */
export type Rounding = 'nearest' | 'ceil';

/**
 * The rational at `places` (≥ 0) decimal places, as the integer `m` of `m · 10^-places`:
 * exact when the expansion stops there, else rounded (to nearest — a non-terminating
 * expansion is never a tie — or up).
 */
export function ratToScaled(r: Rat, places: number, rounding: Rounding): bigint {
  const num = r.p * pow10n(places);
  let m = num / r.q; // truncates toward zero
  const rem = num - m * r.q; // its sign is num's; |rem| < q
  if (rounding === 'ceil') return rem > 0n ? m + 1n : m;
  // Stryker disable next-line EqualityOperator: equivalent — 'nearest' is asked only of values that terminate there (rem = 0) or never do (never a tie: 2·rem ≠ q)
  if (2n * rem >= r.q) return m + 1n;
  // Stryker disable next-line EqualityOperator: equivalent — as above, −2·rem = q would be a tie
  if (-2n * rem >= r.q) return m - 1n;
  return m;
}

/** Format `m · 10^-scale` as a plain decimal string, without trailing zeros (`-0` is `0`). */
export function formatScaled(m: bigint | number, scale: number): string {
  if (m == 0) return '0'; // 0, -0 and 0n
  // Stryker disable next-line EqualityOperator: equivalent (<=) — m = 0 returned above, so here m ≤ 0 means m < 0
  const neg = m < 0;
  let s = String(neg ? -m : m);
  // Stryker disable next-line EqualityOperator: equivalent — at scale 0 both branches leave s as it is
  if (scale > 0) {
    if (s.length <= scale) s = '0'.repeat(scale - s.length + 1) + s;
    const point = s.length - scale;
    let end = s.length;
    while (end > point && s.charCodeAt(end - 1) === 48) end--;
    s = end === point ? s.slice(0, point) : `${s.slice(0, point)}.${s.slice(point, end)}`;
  } else {
    s += '0'.repeat(-scale);
  }
  return neg ? `-${s}` : s;
}

/** A rational as the nearest double (within an ulp), clamped to ±Number.MAX_VALUE. */
export function ratToNumber(r: Rat): number {
  const neg = r.p < 0n;
  const p = neg ? -r.p : r.p;
  // scale so that the integer quotient has about 25 significant digits
  const e = String(p).length - String(r.q).length - 25;
  const quotient = (p * pow10n(Math.max(0, -e))) / (r.q * pow10n(Math.max(0, e)));
  const x = Math.min(Number(`${quotient}e${e}`), Number.MAX_VALUE);
  return neg ? -x : x;
}
