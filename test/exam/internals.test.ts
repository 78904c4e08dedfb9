import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topCount } from '../../src/exam/cutoff.js';
import { decOf, fastScale, formatScaled, parseDecimal, rat, ratToNumber, ratToScaled, terminatingPlaces } from '../../src/exam/decimal.js';
import { firstRepeat } from '../../src/exam/distinct.js';
import { selectRange, topK } from '../../src/exam/select.js';
import { refDec } from './reference.js';

const doubles = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.tuple(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), fc.integer({ min: 0, max: 22 })).map(([m, p]) => Number(`${m}e-${p}`)),
  fc.integer().map((i) => i / 100),
);

describe('SPEC D6: a number is the decimal its shortest round-trip string shows', () => {
  it('decOf(x) is the decimal of String(x), fast path or not', () => {
    fc.assert(
      fc.property(doubles, (x) => {
        const d = decOf(x);
        const r = refDec(x);
        // same value: m·10^-scale = r.m·10^r.e
        const e = Math.min(-d.scale, r.e);
        expect(d.m * 10n ** BigInt(-d.scale - e)).toBe(r.m * 10n ** BigInt(r.e - e));
        const j = fastScale(x);
        if (j >= 0) expect(j).toBe(Math.max(0, -r.e - countTrailingZeros(r.m)));
      }),
      { numRuns: 2000 },
    );
  });

  it('the fast path covers the usual scores (up to 22 places, below 2^50 when scaled)', () => {
    expect([fastScale(49.98), fastScale(0.1), fastScale(-0.07), fastScale(120), fastScale(-0), fastScale(1e-7)]).toEqual([2, 1, 2, 0, 0, 7]);
    expect(fastScale(0.1 + 0.2)).toBe(-1); // 17 significant digits: BigInt path
    expect(fastScale(2 ** 52)).toBe(-1);
    expect(decOf(1e21)).toEqual({ m: 1n, scale: -21 });
  });

  it('parseDecimal reads the forms String gives and nothing else', () => {
    expect(parseDecimal('1.5e-7')).toEqual({ m: 15n, scale: 8 });
    expect(parseDecimal('-1.2e+21')).toEqual({ m: -12n, scale: -20 });
    expect(parseDecimal('120')).toEqual({ m: 12n, scale: -1 });
    expect(parseDecimal('0')).toEqual({ m: 0n, scale: 0 });
    for (const bad of ['', '1.', '.5', '1e', '--1', '1,5', ' 1', 'NaN', 'Infinity', '0x10']) expect(parseDecimal(bad), bad).toBeNull();
  });

  it('formatScaled writes plain decimals without trailing zeros; parse ∘ format is the identity', () => {
    expect(formatScaled(4998, 2)).toBe('49.98');
    expect(formatScaled(-1, 2)).toBe('-0.01');
    expect(formatScaled(500, 2)).toBe('5');
    expect(formatScaled(7n, -3)).toBe('7000');
    expect(formatScaled(-0, 4)).toBe('0');
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: -5, max: 40 }), (m, scale) => {
        const d = parseDecimal(formatScaled(m, scale)) as { m: bigint; scale: number };
        const e = Math.min(d.scale, scale);
        expect(d.m * 10n ** BigInt(scale - e)).toBe(m * 10n ** BigInt(d.scale - e));
      }),
    );
  });

  it('rationals: terminating places, rounding to nearest and up, nearest double', () => {
    expect(terminatingPlaces(rat(2499n, 50n))).toBe(2);
    expect(terminatingPlaces(rat(2107n, 30n))).toBe(-1);
    expect(ratToScaled(rat(2107n, 30n), 3, 'nearest')).toBe(70233n);
    expect(ratToScaled(rat(2107n, 30n), 3, 'ceil')).toBe(70234n);
    expect(ratToScaled(rat(-2107n, 30n), 3, 'nearest')).toBe(-70233n);
    expect(ratToScaled(rat(-2107n, 30n), 3, 'ceil')).toBe(-70233n);
    expect(ratToScaled(rat(2n, 3n), 0, 'nearest')).toBe(1n);
    expect(ratToNumber(rat(1n, 3n))).toBe(1 / 3);
    expect(ratToNumber(rat(-2499n, 50n))).toBe(-49.98);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const d = decOf(x);
        const r = d.scale >= 0 ? rat(d.m, 10n ** BigInt(d.scale)) : rat(d.m * 10n ** BigInt(-d.scale), 1n);
        expect(ratToNumber(r)).toBe(x + 0);
      }),
      { numRuns: 1000 },
    );
  });
});

function countTrailingZeros(m: bigint): number {
  if (m === 0n) return 0;
  let c = 0;
  while (m % 10n === 0n) {
    m /= 10n;
    c++;
  }
  return c;
}

describe('Art. 10(الف): k = ⌈n/100⌉, at least 1', () => {
  it('topCount(n) is ⌈n/100⌉ for every n up to 100,000 and at 2^32', () => {
    for (let n = 1; n <= 100_000; n++) if (topCount(n) !== Math.ceil(n / 100)) expect.unreachable(`n = ${n}`);
    expect(topCount(2 ** 32)).toBe(Math.ceil(2 ** 32 / 100));
  });
});

describe('Art. 10(الف): the k highest, selected in O(n) without sorting', () => {
  function sortedTop(xs: readonly number[], k: number): number[] {
    return [...xs].sort((a, b) => b - a).slice(0, k);
  }

  it('topK returns the multiset of the k highest, for small and large inputs of every shape', () => {
    const shape = fc.constantFrom('random', 'sorted', 'reversed', 'equal', 'sawtooth', 'organ', 'killer');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 400 }), shape, fc.integer(), (n, kk, s, seed) => {
        const k = Math.min(n, kk);
        let state = seed >>> 0;
        const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
        const xs = Array.from({ length: n }, (_, i) => {
          switch (s) {
            case 'random':
              return (next() % 1000) - 300;
            case 'sorted':
              return i;
            case 'reversed':
              return n - i;
            case 'equal':
              return 7;
            case 'sawtooth':
              return i % 17;
            case 'organ':
              return i < n / 2 ? i : n - i;
            default:
              // a median-of-3 killer-like pattern
              return i % 2 === 0 ? i : n + (i >> 1);
          }
        });
        const input = Float64Array.from(xs);
        const got = [...topK(input, k)].sort((a, b) => b - a);
        expect(got).toEqual(sortedTop(xs, k));
        expect([...input]).toEqual(xs); // not changed
      }),
      { numRuns: 150 },
    );
  });

  it('an input built against the deterministic sample (high values only where it looks) still gives the exact top k', () => {
    // the sample reads positions ⌊i · n/1024⌋; put the high values there and only there,
    // so the threshold it picks is reached by fewer than k scores
    const n = 10_000;
    const k = 100;
    const xs = new Array<number>(n).fill(0);
    for (let i = 0; i < 1024; i++) xs[Math.floor((i * n) / 1024)] = 1000 - i;
    const got = [...topK(Float64Array.from(xs), k)].sort((a, b) => b - a);
    expect(got).toEqual(sortedTop(xs, k));
    // and the opposite: high values everywhere but there, so too many reach the threshold
    const ys = Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < 1024; i++) ys[Math.floor((i * n) / 1024)] = -1;
    expect([...topK(Float64Array.from(ys), k)].sort((a, b) => b - a)).toEqual(sortedTop(ys, k));
  });

  it('selectRange puts the k-th value in place with no larger before and no smaller after', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }), fc.nat(), (xs, pick) => {
        const a = Float64Array.from(xs);
        const kth = pick % xs.length;
        selectRange(a, 0, a.length - 1, kth);
        const v = a[kth] as number;
        expect(v).toBe([...xs].sort((x, y) => x - y)[kth]);
        for (let i = 0; i < kth; i++) expect(a[i] as number).toBeLessThanOrEqual(v);
        for (let i = kth + 1; i < a.length; i++) expect(a[i] as number).toBeGreaterThanOrEqual(v);
      }),
    );
  });
});

describe('SPEC D6 batch: repeated ids are found in O(n)', () => {
  function byMap(ids: readonly string[]): readonly [number, number] | null {
    const seen = new Map<string, number>();
    for (const [i, id] of ids.entries()) {
      const f = seen.get(id);
      if (f !== undefined) return [f, i];
      seen.set(id, i);
    }
    return null;
  }

  it('firstRepeat agrees with a Map on small and large id lists, with and without repeats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }), fc.string(), (n, plants, prefix) => {
        const ids = Array.from({ length: n }, (_, i) => `${prefix}${i.toString(36)}`);
        for (const [a, b] of plants) ids[b % n] = ids[a % n] as string;
        expect(firstRepeat(ids)).toEqual(byMap(ids));
      }),
      { numRuns: 60 },
    );
  });

  it('ids that differ only in non-ASCII characters or that are empty are told apart', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => String.fromCharCode(0x600 + (i % 200)) + String.fromCharCode(0x6f0 + Math.floor(i / 200)));
    expect(firstRepeat(ids)).toBeNull();
    ids.push('');
    expect(firstRepeat(ids)).toBeNull();
    ids.push('');
    expect(firstRepeat(ids)).toEqual([5000, 5001]);
  });
});
