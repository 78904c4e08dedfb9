/**
 * Mutation tests for src/exam/select.ts: the selection of the k highest scores of Art.
 * 10(الف) («یک درصد حائزان بالاترین نمره تراز», SPEC D6). They pin the parts the end-to-end
 * tests cannot see: the pivots (the median of three, the median of medians and its
 * 30/70 guarantee), the exact rank of every position after a selection, and the sampled
 * threshold (which must find the k highest of an ordinary sitting, and give up — null —
 * when it cannot).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median3, medianOfMedians, selectRange, topK, topKBySample } from '../../src/exam/select.js';
import { prng } from './helpers.js';

const desc = (xs: Iterable<number>): number[] => [...xs].sort((a, b) => b - a);
const asc = (xs: Iterable<number>): number[] => [...xs].sort((a, b) => a - b);

/**
 * The median of medians as medianOfMedians documents it, from a plain sort: the groups of 5
 * from lo (the last may be shorter), each group's median, and the median of those — of an
 * even count, the lower one.
 */
function medianOfMediansReference(xs: readonly number[], lo: number, hi: number): number {
  const medians: number[] = [];
  for (let i = lo; i <= hi; i += 5) {
    const group = asc(xs.slice(i, Math.min(i + 4, hi) + 1));
    medians.push(group[(group.length - 1) >> 1] as number);
  }
  return asc(medians)[(medians.length - 1) >> 1] as number;
}


/** n standardized scores with two decimals, roughly normal around 50, as a sitting gives them. */
function ordinarySitting(n: number, seed: number): Float64Array {
  const rnd = prng(seed);
  const xs = new Float64Array(n);
  for (let i = 0; i < n; i++) xs[i] = Math.round((50 + 15 * (rnd() + rnd() + rnd() + rnd() - 2) * Math.sqrt(3)) * 100) / 100;
  return xs;
}

describe('Art. 10(الف): the pivots of the selection', () => {
  it('Art. 10(الف): median3 is the median of its three values, in every order and with ties', () => {
    const triples = [
      [1, 2, 3],
      [1, 1, 2],
      [1, 2, 2],
      [5, 5, 5],
      [-1, 0, -2],
    ];
    for (const t of triples) {
      const median = asc(t)[1];
      for (const [x, y, z] of [
        [t[0], t[1], t[2]],
        [t[0], t[2], t[1]],
        [t[1], t[0], t[2]],
        [t[1], t[2], t[0]],
        [t[2], t[0], t[1]],
        [t[2], t[1], t[0]],
      ] as [number, number, number][]) {
        expect(median3(x, y, z), `${x}, ${y}, ${z}`).toBe(median);
      }
    }
  });

  it('Art. 10(الف): the median of medians is a value of the range that splits it at worst 30/70, and touches nothing outside it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -40, max: 40 }), { minLength: 1, maxLength: 1500 }),
        fc.nat(),
        fc.nat(),
        (xs, p, q) => {
          const lo = p % xs.length;
          const hi = lo + (q % (xs.length - lo));
          const a = Float64Array.from(xs);
          const v = medianOfMedians(a, lo, hi);
          const range = xs.slice(lo, hi + 1);
          expect(asc(a.subarray(lo, hi + 1))).toEqual(asc(range)); // a permutation of the range
          expect([...a.subarray(0, lo)]).toEqual(xs.slice(0, lo));
          expect([...a.subarray(hi + 1)]).toEqual(xs.slice(hi + 1));
          const n = range.length;
          expect(v).toBe(medianOfMediansReference(xs, lo, hi));
          const least = 3 * (Math.ceil(Math.ceil(n / 5) / 2) - 1);
          expect(range.filter((x) => x <= v).length).toBeGreaterThanOrEqual(least);
          expect(range.filter((x) => x >= v).length).toBeGreaterThanOrEqual(least);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('Art. 10(الف): the median of medians is exactly the (lower) median of the group medians — a short last group counts, and only the medians are ranked', () => {
    // n = 6: groups [3 1 4 1 5] (median 3) and [0]: medians {3, 0}, lower median 0
    expect(medianOfMedians(Float64Array.from([3, 1, 4, 1, 5, 0]), 0, 5)).toBe(0);
    // n = 17: groups of 5, 5, 5 and 2; medians 12, 7, 2 and 20 (lower of 20, 30): lower median 7
    const xs = [10, 11, 12, 13, 14, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 20, 30];
    expect(medianOfMedians(Float64Array.from(xs), 0, 16)).toBe(7);
    expect(medianOfMediansReference(xs, 0, 16)).toBe(7);
    // sizes around a multiple of 5 (a last group of 1 to 5), in a sub-range, with many ties
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 7 }),
        fc.array(fc.integer({ min: -3, max: 3 }), { minLength: 70, maxLength: 70 }),
        (n, lo, xs) => {
          const a = Float64Array.from(xs);
          expect(medianOfMedians(a, lo, lo + n - 1)).toBe(medianOfMediansReference(xs, lo, lo + n - 1));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('Art. 10(الف): a selection puts every rank in its place', () => {
  it('Art. 10(الف): for every position, the value of that rank lands there with no larger before and no smaller after', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -6, max: 6 }), { minLength: 17, maxLength: 160 }), (xs) => {
        const sorted = asc(xs);
        for (let kth = 0; kth < xs.length; kth++) {
          const a = Float64Array.from(xs);
          selectRange(a, 0, a.length - 1, kth);
          const v = a[kth] as number;
          if (v !== sorted[kth]) expect.unreachable(`rank ${kth}: ${v}, not ${sorted[kth]}`);
          for (let i = 0; i < kth; i++) if ((a[i] as number) > v) expect.unreachable(`a[${i}] > a[${kth}]`);
          for (let i = kth + 1; i < a.length; i++) if ((a[i] as number) < v) expect.unreachable(`a[${i}] < a[${kth}]`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('Art. 10(الف): a selection inside a sub-range leaves the rest of the array alone', () => {
    const xs = Array.from({ length: 200 }, (_, i) => (i * 37) % 101);
    const a = Float64Array.from(xs);
    selectRange(a, 50, 149, 120);
    expect([...a.subarray(0, 50)]).toEqual(xs.slice(0, 50));
    expect([...a.subarray(150)]).toEqual(xs.slice(150));
    expect(a[120]).toBe(asc(xs.slice(50, 150))[70]);
  });
});

describe('Art. 10(الف): the sampled threshold of a large sitting', () => {
  it.each([
    [5000, 1],
    [20_000, 2],
    [100_000, 3],
  ])('Art. 10(الف): an ordinary sitting of %i scores: the sample finds exactly the k highest (k = ⌈n/100⌉)', (n, seed) => {
    const xs = ordinarySitting(n, seed);
    const k = Math.ceil(n / 100);
    const got = topKBySample(xs, k);
    expect(got).not.toBeNull();
    expect(desc(got as Float64Array)).toEqual(desc(xs).slice(0, k));
    expect(desc(topK(xs, k))).toEqual(desc(xs).slice(0, k));
  });

  it('Art. 10(الف): the sample gives up (null) when fewer than k scores reach its threshold, and topK still answers', () => {
    // high values only where the sample reads (⌊i · n/1024⌋): its threshold is above the k-th highest
    const n = 10_000;
    const k = 100;
    const xs = new Float64Array(n);
    for (let i = 0; i < 1024; i++) xs[Math.floor((i * n) / 1024)] = 1000 - i;
    expect(topKBySample(xs, k)).toBeNull();
    expect(desc(topK(xs, k))).toEqual(desc(xs).slice(0, k));
  });

  it('Art. 10(الف): the sample gives up (null) when too many scores reach its threshold, and topK still answers', () => {
    const n = 10_000;
    const k = 100;
    // everywhere high but where the sample reads
    const ys = Float64Array.from({ length: n }, (_, i) => i);
    for (let i = 0; i < 1024; i++) ys[Math.floor((i * n) / 1024)] = -1;
    expect(topKBySample(ys, k)).toBeNull();
    expect(desc(topK(ys, k))).toEqual(desc(ys).slice(0, k));
    // every score equal: all of them reach the threshold
    const equal = new Float64Array(n).fill(42.5);
    expect(topKBySample(equal, k)).toBeNull();
    expect([...topK(equal, k)]).toEqual(new Array<number>(k).fill(42.5));
  });

  it('Art. 10(الف): top scores tied where the sample reads: the threshold is their score, every score reaching it (≥) is selected among, and exactly k of them suffice', () => {
    const n = 4096; // the sample reads every 4th score (1,024 of them)
    const k = 100;
    const rest = (i: number): number => (i * 37) % 61; // below 90
    for (const [every, tied] of [
      [20, 200], // 200 scores of 90, all read by the sample: more than k reach the threshold
      [40, 103], // 103 of them
      [40, 100], // exactly k of them (at 0, 40, …, 3960), every one read by the sample
    ] as const) {
      const xs = Float64Array.from({ length: n }, (_, i) => (i % every === 0 && i / every < tied ? 90 : rest(i)));
      const got = topKBySample(xs, k);
      expect(got, `${tied} tied`).not.toBeNull();
      expect([...(got as Float64Array)]).toEqual(new Array<number>(k).fill(90));
    }
  });

  it('Art. 10(الف): a sitting with a few high scores far above the rest: the sample still finds them', () => {
    const n = 50_000;
    const xs = ordinarySitting(n, 7);
    for (let i = 0; i < 300; i++) xs[(i * 7919) % n] = 200 + i / 100;
    const k = Math.ceil(n / 100);
    const got = topKBySample(xs, k);
    expect(got).not.toBeNull();
    expect(desc(got as Float64Array)).toEqual(desc(xs).slice(0, k));
  });
});
