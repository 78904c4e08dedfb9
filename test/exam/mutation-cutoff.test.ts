/**
 * Mutation tests for src/exam/cutoff.ts (Art. 10(الف), SPEC D6): the exact top sum past
 * 2^53, which places are rounded (the mean decides), every candidate's line carrying its
 * own score (the margin memo), the fast path's limits (a huge cut-off), and the clamping
 * of approximate margins.
 */
import { describe, expect, it } from 'vitest';
import { computeCutoff, gradeMany, gradeScore, pointsMissing, topCount } from '../../src/exam/cutoff.js';
import { examCutoff, examResult, gradeSitting } from '../../src/exam/index.js';
import { fractionOf, reference } from './reference.js';

const entriesOf = (scores: readonly number[]): { id: string; score: number }[] => scores.map((score, i) => ({ id: `c${i}`, score }));

describe('Art. 10(الف): the top sum is exact however large', () => {
  it('Art. 10(الف): ten top scores near 2^50 sum exactly past 2^53 (where doubles would lose the last unit)', () => {
    const top = Array.from({ length: 10 }, (_, i) => 2 ** 50 - 1 - i);
    const scores = [...top, ...new Array<number>(990).fill(0)]; // n = 1000, k = 10
    const exact = top.reduce((s, x) => s + BigInt(x), 0n);
    expect(exact).toBe(11258999068426185n);
    const v = examCutoff({ scores }).value;
    expect(v.k).toBe(10);
    expect(v.topSum).toBe('11258999068426185');
    expect(v.topMeanRational).toBe('2251799813685237/2');
    expect(v.cutoff).toBe('788129934789832.95');
  });

  it('Art. 10(الف): the same with negative scores', () => {
    const scores = Array.from({ length: 1000 }, (_, i) => -(2 ** 50 - 1 - i)); // the top ten are the least negative
    const v = examCutoff({ scores }).value;
    expect(v.topSum).toBe('-11258999068416285');
    expect(v.cutoff).toBe('-788129934789139.95');
  });

  it('Art. 10(الف): a score scaled past 2^50 to the finest places is summed exactly (32885.91 at 11 places is not 3288591000000000.5 rounded)', () => {
    // n = 101, k = 2: the top two are 32885.91 and 1e-11
    expect(32885.91 * 1e11).toBe(3288591000000000.5);
    const v = examCutoff({ scores: [32885.91, 1e-11, ...new Array<number>(99).fill(-1)] }).value;
    expect(v.k).toBe(2);
    expect(v.topSum).toBe('32885.91000000001');
    expect(v.topMean).toBe('16442.955000000005');
  });

  it('Art. 10(الف): scores at different places sum at the finest (the BigInt path, with one 17-digit score)', () => {
    const v = examCutoff({ scores: [0.1 + 0.2, 1, ...new Array<number>(199).fill(0)] }).value; // n = 201, k = 3
    expect(v.k).toBe(3);
    expect(v.topSum).toBe('1.30000000000000004');
  });
});

describe('Art. 10(الف): which values are rounded', () => {
  it('Art. 10(الف): an integer mean and cut-off are exact: nothing is rounded', () => {
    const d = examCutoff({ scores: [10, 3] });
    expect(d.value).toMatchObject({ topMean: '10', topMeanExact: true, cutoff: '7', cutoffExact: true, roundedPlaces: null });
    expect(d.findings).toEqual([]);
  });

  it('Art. 10(الف): a mean of 10/7 does not terminate though its 70%, 1, does: the mean is rounded, the cut-off is exact', () => {
    // n = 650, k = 7, the top seven sum to 10
    const scores = [4, 1, 1, 1, 1, 1, 1, ...new Array<number>(643).fill(0)];
    const d = examCutoff({ scores });
    expect(d.value).toMatchObject({
      k: 7,
      topSum: '10',
      topMean: '1.4285714286',
      topMeanExact: false,
      topMeanRational: '10/7',
      cutoff: '1',
      cutoffExact: true,
      cutoffRational: '1',
      roundedPlaces: 10,
    });
    expect(d.findings.map((f) => [f.code, f.data])).toEqual([['exam.rounded', { roundedPlaces: 10 }]]);
  });

  it('Art. 10(الف): rounded places count the finest score of the sitting, a 17-digit one included', () => {
    const scores = [101, 100, 100, 0.1 + 0.2, ...new Array<number>(246).fill(0)]; // k = 3
    const v = gradeSitting({ entries: entriesOf(scores) }).value;
    expect(v.roundedPlaces).toBe(27);
    expect(v.cutoff).toBe('70.233333333333333333333333333');
    expect(v.results[3]?.margin).toBe('-69.933333333333333293333333333');
  });
});

describe('Art. 10(الف): every line is its own candidate’s (the shared margin texts)', () => {
  it('Art. 10(الف): 20,000 scores at one to four places: each line has its input score and its exact margin', () => {
    let state = 12345;
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    const scores = Array.from({ length: 20_000 }, () => {
      const places = 1 + (next() % 4);
      return Number(`${(next() % 2_000_000) - 400_000}e-${places}`);
    });
    const ref = reference(scores);
    const v = gradeSitting({ entries: entriesOf(scores) }).value;
    expect(v.cutoffExact).toBe(true);
    for (const [i, r] of v.results.entries()) {
      const x = scores[i] as number;
      if (r.id !== `c${i}` || !Object.is(r.score, x)) expect.unreachable(`line ${i}: ${r.id} ${r.score}, not ${x}`);
      const [num, den] = ref.margin(x);
      const [sn, sd] = fractionOf(r.margin);
      if (num * sd !== sn * den) expect.unreachable(`margin of ${x}: ${r.margin}`);
      if (r.passed !== ref.passed(x)) expect.unreachable(`verdict of ${x}`);
      if (r.marginApprox !== Number(r.margin)) expect.unreachable(`approximate margin of ${x}`);
    }
  });

  it('Art. 10(الف): -0 is graded as 0, in the line and in its margin', () => {
    const v = gradeSitting({ entries: [{ id: 'a', score: -0 }, { id: 'b', score: 10 }, { id: 'c', score: 7 }] }).value;
    expect(v.cutoff).toBe('7');
    expect(Object.is(v.results[0]?.score, 0)).toBe(true);
    expect(v.results[0]?.margin).toBe('-7');
    expect(Object.is(v.results[2]?.marginApprox, 0)).toBe(true);
    expect(v.results[2]).toEqual({ id: 'c', score: 7, passed: true, margin: '0', marginApprox: 0 });
    // at a cut-off of 0, -0 is exactly on it: margin 0, not -0
    const z = gradeSitting({ entries: [{ id: 'a', score: -0 }, { id: 'b', score: 0 }] }).value;
    expect(z.cutoff).toBe('0');
    expect(Object.is(z.results[0]?.marginApprox, 0)).toBe(true);
    expect(Object.is(z.results[0]?.score, 0)).toBe(true);
    expect(z.results[0]?.passed).toBe(true);
  });
});

describe('Art. 10(الف): the fast path’s limits', () => {
  it('Art. 10(الف): a cut-off beyond 2^50 (7·10^20) grades a small score exactly, not in doubles', () => {
    const v = gradeSitting({ entries: [{ id: 'a', score: 1e21 }, { id: 'b', score: 0.5 }] }).value;
    expect(v.cutoff).toBe('700000000000000000000');
    expect(v.results).toEqual([
      { id: 'a', score: 1e21, passed: true, margin: '300000000000000000000', marginApprox: 3e20 },
      { id: 'b', score: 0.5, passed: false, margin: '-699999999999999999999.5', marginApprox: -7e20 },
    ]);
  });

  it('Art. 10(الف): a score beyond 2^50 at a cut-off of 0 is written out in full, not as 1e+21', () => {
    // n = 101, k = 2: the top two are 1e21 and −1e21, so the mean and the cut-off are 0
    const v = gradeSitting({ entries: entriesOf([1e21, ...new Array<number>(100).fill(-1e21)]) }).value;
    expect(v.cutoff).toBe('0');
    expect(v.results[0]).toEqual({ id: 'c0', score: 1e21, passed: true, margin: '1000000000000000000000', marginApprox: 1e21 });
    expect(v.results[1]?.margin).toBe('-1000000000000000000000');
  });

  it('Art. 10(الف): a score with more places than the cut-off is graded at its own places', () => {
    const v = gradeSitting({ entries: entriesOf([10, 7.25, 6.999, 7]) }).value; // cut-off 7
    expect(v.results.map((r) => [r.passed, r.margin, r.marginApprox])).toEqual([
      [true, '3', 3],
      [true, '0.25', 0.25],
      [false, '-0.001', -0.001],
      [true, '0', 0],
    ]);
  });

  it('Art. 10(الف): a margin beyond the largest double is clamped in marginApprox, exact in margin', () => {
    // n = 250, k = 3: the top three are MAX, −MAX, −MAX, so the cut-off is −0.7·MAX/3
    const scores = [Number.MAX_VALUE, ...new Array<number>(249).fill(-Number.MAX_VALUE)];
    const v = gradeSitting({ entries: entriesOf(scores) }).value;
    expect(v.k).toBe(3);
    expect(v.results[0]?.marginApprox).toBe(Number.MAX_VALUE);
    expect(v.results[0]?.margin.startsWith('221715486633018936333')).toBe(true);
    expect(v.results[1]?.marginApprox).toBe(-1.378231403394442e308);
  });

  it('Art. 10(الف): a 17-digit score’s approximate margin and points missing are the nearest doubles of the exact ones', () => {
    const r = examResult({ score: 0.1 + 0.2, sittingScores: [0.1 + 0.2, 1] }).value; // cut-off 0.7
    expect(r.margin).toBe('-0.39999999999999996');
    expect(r.marginApprox).toBe(-0.39999999999999996);
    expect(r.pointsMissing).toBe('0.39999999999999996');
    expect(r.pointsMissingApprox).toBe(0.39999999999999996);
  });
});

describe('Art. 10(الف): the model used by each entry point', () => {
  it('Art. 10(الف): k = ⌈n/100⌉ for n = 1 (the least a sitting has) and at each step of 100', () => {
    expect([topCount(1), topCount(100), topCount(101), topCount(199), topCount(200), topCount(201)]).toEqual([1, 1, 2, 2, 2, 3]);
  });

  it('Art. 10(الف): one score graded alone agrees with the batch, at the cut-off and on either side', () => {
    const xs = Float64Array.from([71.4, 49.98, 49.97, 1e-7, 0.1 + 0.2, -3]);
    const model = computeCutoff(xs);
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const { results, passed } = gradeMany(model, xs, [...ids]);
    expect(passed).toBe(2);
    for (const [i, x] of xs.entries()) {
      const g = gradeScore(model, x);
      expect([g.passed, g.margin, g.marginApprox]).toEqual([results[i]?.passed, results[i]?.margin, results[i]?.marginApprox]);
    }
    expect(gradeScore(model, 49.98)).toEqual({ passed: true, margin: '0', marginApprox: 0 });
    expect(pointsMissing(model, 49.97, false)).toEqual({ text: '0.01', approx: 0.01 });
    expect(pointsMissing(model, 71.4, true)).toEqual({ text: '0', approx: 0 });
    expect(pointsMissing(model, 1e-7, false)).toEqual({ text: '49.9799999', approx: 49.9799999 });
  });

  it('Art. 10(الف): a non-terminating cut-off: points missing are rounded up, the margin to nearest', () => {
    const model = computeCutoff(Float64Array.from([101, 100, 100, 70.23, ...new Array<number>(246).fill(0)]));
    expect(model.roundedPlaces).toBe(12);
    expect(gradeScore(model, 70.23)).toEqual({ passed: false, margin: '-0.003333333333', marginApprox: -0.003333333333 });
    expect(pointsMissing(model, 70.23, false)).toEqual({ text: '0.003333333334', approx: 0.003333333334 });
  });
});

describe('Art. 10(الف), at least: a score in exponent form equal to the cut-off passes', () => {
  it('Art. 10(الف): 7e-30 is exactly 70% of the top score 1e-29, so it passes with margin 0, and the top score passes by 3e-30', () => {
    const d = gradeSitting({ entries: [{ id: 'top', score: 1e-29 }, { id: 'at', score: 7e-30 }, { id: 'below', score: 6.9e-30 }] });
    expect(d.value.cutoff).toBe(`0.${'0'.repeat(29)}7`);
    const [top, at, below] = d.value.results;
    expect(at).toEqual({ id: 'at', score: 7e-30, passed: true, margin: '0', marginApprox: 0 });
    expect(top?.passed).toBe(true);
    expect(top?.margin).toBe(`0.${'0'.repeat(29)}3`);
    expect(below?.passed).toBe(false);
    expect(below?.margin).toBe(`-0.${'0'.repeat(30)}1`);
    expect(d.value.passed).toBe(2);
    expect(examResult({ score: 7e-30, sittingScores: [1e-29, 7e-30, 6.9e-30] }).status).toBe('passed');
  });
});

describe('Art. 10(الف), at least: one score graded alone at the cut-off', () => {
  it('Art. 10(الف): a 16-digit score equal to the cut-off (70% of 16.1000000000001 is 11.27000000000007) passes with margin 0 in the batch too', () => {
    // 11.27000000000007 × 10^14 is past 2^50: graded from its digits, not in doubles
    const d = gradeSitting({ entries: [{ id: 'top', score: 16.1000000000001 }, { id: 'at', score: 11.27000000000007 }, { id: 'below', score: 11.27000000000006 }] });
    expect(d.value.cutoff).toBe('11.27000000000007');
    expect(d.value.results[1]).toEqual({ id: 'at', score: 11.27000000000007, passed: true, margin: '0', marginApprox: 0 });
    expect(d.value.results[2]?.passed).toBe(false);
    expect(d.value.results[2]?.margin).toBe('-0.00000000000001');
  });

  it('Art. 10(الف): examResult of 49.98 against the top score 71.4 (cut-off exactly 49.98) is passed with margin 0 and nothing missing', () => {
    const d = examResult({ score: 49.98, sittingScores: [71.4, 49.98, 49.97] });
    expect(d.status).toBe('passed');
    expect(d.value.margin).toBe('0');
    expect(d.value.pointsMissing).toBe('0');
    const below = examResult({ score: 49.97, sittingScores: [71.4, 49.98, 49.97] });
    expect(below.status).toBe('failed');
    expect(below.value.margin).toBe('-0.01');
  });
});

describe('Art. 10(الف): exact where doubles would round the last unit', () => {
  it('Art. 10(الف): a top score whose thousandths pass 2^52 is summed exactly (8900000000007.3 × 1000 is 8900000000007301 in doubles)', () => {
    // k = 2 (n = 101): the top two are 8900000000007.3 and 0.001, at 3 places: 8900000000007300 + 1
    expect(8900000000007.3 * 1000).toBe(8900000000007301); // what the double product gives
    const scores = [8900000000007.3, 0.001, ...new Array<number>(99).fill(0)];
    const v = examCutoff({ scores }).value;
    expect(v.k).toBe(2);
    expect(v.topSum).toBe('8900000000007.301');
    expect(v.topMean).toBe('4450000000003.6505');
    expect(v.cutoff).toBe('3115000000002.55535');
  });
});
