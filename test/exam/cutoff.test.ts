import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { combineFindings } from '../../src/core/decision.js';
import { InputError } from '../../src/core/errors.js';
import { thrown } from './helpers.js';
import { ExamCutoffInputSchema, ExamResultInputSchema, GradeSittingInputSchema, examCutoff, examResult, gradeSitting } from '../../src/exam/index.js';
import { computeCutoff, gradeMany, gradeScore, pointsMissing, topCount } from '../../src/exam/cutoff.js';
import { fractionOf, reference } from './reference.js';

/** n scores: the given ones first, then zeros. */
function sittingOf(n: number, top: readonly number[]): number[] {
  return [...top, ...new Array<number>(n - top.length).fill(0)];
}

function entriesOf(scores: readonly number[]): { id: string; score: number }[] {
  return scores.map((score, i) => ({ id: `c${i}`, score }));
}


function deepFreeze<T>(x: T): T {
  if (typeof x === 'object' && x !== null) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

describe('Art. 10(الف): k = ⌈n/100⌉ top scorers, at least 1 (SPEC D6)', () => {
  it.each([
    [1, 1],
    [2, 1],
    [99, 1],
    [100, 1],
    [101, 2],
    [200, 2],
    [201, 3],
    [1000, 10],
    [1001, 11],
  ])('Art. 10(الف): a sitting of %i scores has k = %i', (n, k) => {
    expect(examCutoff({ scores: sittingOf(n, [90]) }).value.k).toBe(k);
  });

  it('Art. 10(الف): with 100 scores only the top one counts; with 101 the top two', () => {
    const at100 = examCutoff({ scores: sittingOf(100, [90, 80]) }).value;
    const at101 = examCutoff({ scores: sittingOf(101, [90, 80]) }).value;
    expect([at100.topMean, at100.cutoff]).toEqual(['90', '63']);
    expect([at101.topMean, at101.cutoff]).toEqual(['85', '59.5']);
  });
});

describe('Art. 10(الف): the cut-off is at least 70% of the mean of the top 1% (SPEC D6)', () => {
  it('Art. 10(الف): 70% of the top score 71.4 is exactly 49.98', () => {
    const v = examCutoff({ scores: [71.4, 60, 49.98] }).value;
    expect(v).toMatchObject({ n: 3, k: 1, topSum: '71.4', topMean: '71.4', cutoff: '49.98', cutoffExact: true, cutoffRational: '2499/50', roundedPlaces: null });
    expect(v.cutoffApprox).toBe(49.98);
  });

  it('Art. 10(الف) «حداقل»: a score equal to the exact cut-off passes where the float comparison says no', () => {
    // the trap the exact comparison avoids
    expect(49.98 >= 0.7 * 71.4).toBe(false);
    expect(5.81 >= 0.7 * 8.3).toBe(false);
    expect(examResult({ score: 49.98, sittingScores: [71.4, 49.98] }).status).toBe('passed');
    expect(examResult({ score: 5.81, sittingScores: [8.3, 5.81] }).status).toBe('passed');
  });

  it('Art. 10(الف): boundary pair — the cut-off passes, one hundredth below fails', () => {
    const d = gradeSitting({ entries: entriesOf([71.4, 49.98, 49.97]) });
    expect(d.value.results.map((r) => [r.passed, r.margin])).toEqual([
      [true, '21.42'],
      [true, '0'],
      [false, '-0.01'],
    ]);
    expect([d.value.passed, d.value.failed]).toEqual([2, 1]);
  });

  it('Art. 10(الف): boundary pair with k = 2 — mean 85 of 90 and 80, cut-off 59.5', () => {
    const scores = sittingOf(101, [90, 80, 59.5, 59.49]);
    expect(examResult({ score: 59.5, sittingScores: scores }).status).toBe('passed');
    expect(examResult({ score: 59.49, sittingScores: scores }).status).toBe('failed');
  });

  it('Art. 10(الف): a non-terminating cut-off (k = 3) is given as a fraction and rounded; pass/fail stay exact', () => {
    const scores = sittingOf(250, [101, 100, 100, 70.24, 70.23]);
    const v = examCutoff({ scores }).value;
    expect(v).toMatchObject({
      k: 3,
      topSum: '301',
      topMean: '100.333333333333',
      topMeanRational: '301/3',
      topMeanExact: false,
      cutoff: '70.233333333333',
      cutoffRational: '2107/30',
      cutoffExact: false,
      roundedPlaces: 12, // two places in the scores + 10
    });
    const above = examResult({ score: 70.24, sittingScores: scores });
    const below = examResult({ score: 70.23, sittingScores: scores });
    expect(above.status).toBe('passed');
    expect(above.value.margin).toBe('0.006666666667');
    expect(below.status).toBe('failed');
    expect(below.value.margin).toBe('-0.003333333333');
    // rounded up, so that 70.23 + pointsMissing reaches 2107/30
    expect(below.value.pointsMissing).toBe('0.003333333334');
    expect(below.findings.map((f) => f.code)).toContain('exam.rounded');
  });

  it('Art. 10(الف) with negative standardized scores: the formula stays as written', () => {
    // top mean 10 → cut-off 7: −5 fails
    expect(gradeSitting({ entries: entriesOf([10, -5, 7]) }).value.results.map((r) => r.passed)).toEqual([true, false, true]);
    // top mean −10 → cut-off −7, above every score: no one passes (70% of a negative mean is above it)
    const d = gradeSitting({ entries: entriesOf([-10, -20, -30]) });
    expect(d.value.cutoff).toBe('-7');
    expect(d.value.passed).toBe(0);
    // but a mixed top 1% with a negative mean lets a score above 0.7 × mean pass
    const mixed = sittingOf(101, [-1, -2]).map((x, i) => (i >= 2 ? -100 : x));
    expect(examCutoff({ scores: mixed }).value.cutoff).toBe('-1.05');
    expect(examResult({ score: -1, sittingScores: mixed }).status).toBe('passed');
    expect(examResult({ score: -2, sittingScores: mixed }).status).toBe('failed');
  });

  it('Art. 10(الف): numbers are read as the decimal their shortest string shows, exponent forms included', () => {
    expect(examCutoff({ scores: [1e-7, 5e-8] }).value.cutoff).toBe('0.00000007');
    expect(gradeSitting({ entries: entriesOf([1e-7, 7e-8, 6.9e-8]) }).value.results.map((r) => r.passed)).toEqual([true, true, false]);
    expect(examCutoff({ scores: [1e21] }).value.cutoff).toBe('700000000000000000000');
    expect(examResult({ score: 7e20, sittingScores: [1e21, 7e20] }).status).toBe('passed');
    // 0.1 + 0.2 is 0.30000000000000004, and that decimal is what counts
    expect(examCutoff({ scores: [0.1 + 0.2] }).value.cutoff).toBe('0.210000000000000028');
    // −0 is 0
    expect(examCutoff({ scores: [-0, -1] }).value.cutoff).toBe('0');
    expect(examResult({ score: -0, sittingScores: [0, -1] }).value.margin).toBe('0');
  });

  it('Art. 10(الف): with a cut-off of 0, every margin is the score itself (35,354 scores, 7 scales, shared margin texts)', () => {
    // k = ⌈35354/100⌉ = 354 zeros on top, then −m·10^-L for m < 5000 and L < 7: the same
    // scaled integer m recurs at every scale, and each must keep its own text
    const scores = new Array<number>(354).fill(0);
    for (let L = 0; L < 7; L++) for (let m = 1; m <= 5000; m++) scores.push(Number(`-${m}e-${L}`));
    const d = gradeSitting({ entries: entriesOf(scores) });
    expect([d.value.k, d.value.cutoff]).toEqual([354, '0']);
    for (const r of d.value.results) {
      if (Number(r.margin) !== r.score) expect.unreachable(`margin ${r.margin} for ${r.score}`);
      if (r.passed !== r.score >= 0) expect.unreachable(`verdict for ${r.score}`);
    }
  });

  it('Art. 10(الف): the largest and smallest doubles stay exact', () => {
    const max = Number.MAX_VALUE;
    const v = examCutoff({ scores: [max, -max, 5e-324] }).value;
    // 0.7 × 17976931348623157e292, every digit
    expect(v.cutoff).toBe(`125838519440362099${'0'.repeat(291)}`);
    expect(v.cutoffApprox).toBe(1.25838519440362099e308);
    const r = examResult({ score: -max, sittingScores: [max, -max] });
    expect(r.status).toBe('failed');
    expect(r.value.marginApprox).toBe(-Number.MAX_VALUE); // clamped, the exact margin is in `margin`
    expect(examResult({ score: 5e-324, sittingScores: [5e-324, 0] }).status).toBe('passed');
  });
});

describe('Art. 10(الف): decisions, steps and messages', () => {
  it('Art. 10(الف): every step cites Art. 10(الف) and shows n, k, the mean, the cut-off and the comparison', () => {
    const d = examResult({ score: 30, sittingScores: [71.4, 49.98, 30] });
    expect(d.steps.map((s) => s.code)).toEqual(['exam.step.n', 'exam.step.k', 'exam.step.topMean', 'exam.step.cutoff', 'exam.step.compare']);
    for (const s of d.steps) expect(cite(s.citation, 'en')).toBe('Art. 10(a)');
    expect(d.steps[1]?.message.en).toContain('k = ⌈3 × 1%⌉ = 1');
    expect(d.steps[3]?.message.fa).toContain('۴۹٫۹۸');
  });

  it('Art. 10(الف): a failed candidate learns the points missing and, Art. 47(الف), that the next sitting has its own cut-off', () => {
    const d = examResult({ score: 30, sittingScores: [71.4, 49.98, 30] });
    expect(d.status).toBe('failed');
    expect(d.value).toMatchObject({ score: 30, cutoff: '49.98', margin: '-19.98', marginApprox: -19.98, pointsMissing: '19.98', pointsMissingApprox: 19.98 });
    expect(d.findings.map((f) => [f.code, f.status, cite(f.citation, 'en')])).toEqual([
      ['exam.score.unmet', 'unmet', 'Art. 10(a)'],
      ['exam.retake', 'info', 'Art. 47(a)'],
    ]);
    expect(d.findings[0]?.message.en).toContain('19.98 points');
    expect(d.findings[1]?.message.en).toContain('every 2 years');
    expect(combineFindings(d.findings)).toBe('ineligible');
    expect(d.summary.en).toBe('Failed: score 30, cut-off 49.98; 19.98 points missing.');
  });

  it('Art. 10(الف): a passed candidate has one met finding and no points missing', () => {
    const d = examResult({ score: 60, sittingScores: [71.4, 60] });
    expect(d.findings.map((f) => [f.code, f.status])).toEqual([['exam.score.met', 'met']]);
    expect(combineFindings(d.findings)).toBe('eligible');
    expect(d.value.pointsMissing).toBe('0');
    expect(d.asOf).toBeNull();
    expect(d.missing).toEqual([]);
  });

  it('Art. 10(الف): Persian messages carry Persian digits only; English and Persian both present', () => {
    const ds = [
      examCutoff({ scores: sittingOf(250, [101, 100, 100]) }),
      gradeSitting({ entries: entriesOf([71.4, 49.98, 49.97]) }),
      examResult({ score: 30, sittingScores: [71.4, 30] }),
    ];
    for (const d of ds) {
      for (const m of [d.summary, ...d.steps.map((s) => s.message), ...d.findings.map((f) => f.message)]) {
        expect(m.fa.length).toBeGreaterThan(0);
        expect(m.en.length).toBeGreaterThan(0);
        expect(/[0-9]/.test(m.fa), m.fa).toBe(false);
      }
    }
  });

  it('Art. 10(الف): decisions are plain JSON data and inputs are not mutated', () => {
    const entries = deepFreeze(entriesOf([3, 1, 2, 2.5]));
    const copy = structuredClone(entries);
    const d = gradeSitting({ entries });
    expect(entries).toEqual(copy);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    const scores = deepFreeze([5, 4, 3]);
    const r = examResult({ score: 3, sittingScores: scores });
    expect(scores).toEqual([5, 4, 3]);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('Art. 10(الف): the results keep the input order and ids', () => {
    const d = gradeSitting({ entries: [{ id: 'z', score: 1 }, { id: 'a', score: 10 }, { id: 'm', score: 7 }] });
    expect(d.value.results.map((r) => [r.id, r.score, r.passed])).toEqual([
      ['z', 1, false],
      ['a', 10, true],
      ['m', 7, true],
    ]);
  });
});

describe('SPEC D6: bad input is an InputError naming the field', () => {
  it.each([
    ['an empty sitting', { scores: [] }, 'scores'],
    ['NaN', { scores: [1, 2, 3, Number.NaN] }, 'scores[3]'],
    ['Infinity', { scores: [1, Number.POSITIVE_INFINITY] }, 'scores[1]'],
    ['-Infinity', { scores: [Number.NEGATIVE_INFINITY] }, 'scores[0]'],
    ['a string', { scores: [1, '2'] }, 'scores[1]'],
    ['null', { scores: [null] }, 'scores[0]'],
    ['a hole', { scores: [1, , 3] }, 'scores[1]'],
    ['no scores', {}, 'scores'],
  ])('examCutoff: %s', (_what, input, field) => {
    const e = thrown(() => examCutoff(input as never));
    expect(e).toBeInstanceOf(InputError);
    expect(e.issues.map((i) => i.field)).toContain(field);
  });

  it('examCutoff: a non-object input', () => {
    expect(thrown(() => examCutoff(null as never)).issues[0]?.field).toBe('(input)');
    expect(thrown(() => examCutoff([1, 2] as never)).issues[0]?.field).toBe('(input)');
  });

  it.each([
    ['an empty sitting', { entries: [] }, 'entries'],
    ['NaN', { entries: [{ id: 'a', score: 1 }, { id: 'b', score: 2 }, { id: 'c', score: 3 }, { id: 'd', score: Number.NaN }] }, 'entries[3].score'],
    ['Infinity', { entries: [{ id: 'a', score: Number.POSITIVE_INFINITY }] }, 'entries[0].score'],
    ['a missing id', { entries: [{ score: 1 }] }, 'entries[0].id'],
    ['a numeric id', { entries: [{ id: 7, score: 1 }] }, 'entries[0].id'],
    ['an entry that is not an object', { entries: [{ id: 'a', score: 1 }, 5] }, 'entries[1]'],
    ['an entry that is an array', { entries: [['a', 1]] }, 'entries[0]'],
    ['a repeated id', { entries: [{ id: 'a', score: 1 }, { id: 'b', score: 2 }, { id: 'a', score: 3 }] }, 'entries[2].id'],
  ])('gradeSitting: %s', (_what, input, field) => {
    expect(thrown(() => gradeSitting(input as never)).issues.map((i) => i.field)).toContain(field);
  });

  it('gradeSitting: a repeated id in a large sitting names the first repeat and the earlier entry', () => {
    const entries = entriesOf(new Array<number>(10_000).fill(1));
    entries[9000] = { id: 'c123', score: 2 };
    const e = thrown(() => gradeSitting({ entries }));
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ field: 'entries[9000].id', code: 'duplicate_id' });
    expect(e.issues[0]?.message.en).toContain('also at entries[123].id');
  });

  it.each([
    ['a NaN score', { score: Number.NaN, sittingScores: [1] }, 'score'],
    ['a score outside the sitting', { score: 5, sittingScores: [1, 2] }, 'score'],
    ['an empty sitting', { score: 5, sittingScores: [] }, 'sittingScores'],
    ['a non-finite sitting score', { score: 5, sittingScores: [5, Number.NaN] }, 'sittingScores[1]'],
  ])('examResult: %s', (_what, input, field) => {
    expect(thrown(() => examResult(input as never)).issues.map((i) => i.field)).toContain(field);
  });

  it('the exported schemas reject what the functions reject', () => {
    expect(ExamCutoffInputSchema.safeParse({ scores: [] }).success).toBe(false);
    expect(GradeSittingInputSchema.safeParse({ entries: [{ id: 'a', score: 1 }, { id: 'a', score: 1 }] }).success).toBe(false);
    expect(ExamResultInputSchema.safeParse({ score: 3, sittingScores: [1, 2] }).success).toBe(false);
    expect(ExamResultInputSchema.safeParse({ score: 2, sittingScores: [1, 2] }).success).toBe(true);
  });
});

describe('TSDoc examples run as written', () => {
  it('TSDoc example: examCutoff', () => {
    const d = examCutoff({ scores: [71.4, 60, 49.98] });
    expect(d.value.k).toBe(1);
    expect(d.value.cutoff).toBe('49.98');
    expect(0.7 * 71.4).toBe(49.980000000000004);
  });

  it('TSDoc example: gradeSitting', () => {
    const d = gradeSitting({ entries: [{ id: 'a', score: 71.4 }, { id: 'b', score: 49.98 }, { id: 'c', score: 49.97 }] });
    expect(d.value.cutoff).toBe('49.98');
    expect(d.value.results.map((r) => r.passed)).toEqual([true, true, false]);
    expect(d.value.results.map((r) => r.margin)).toEqual(['21.42', '0', '-0.01']);
  });

  it('TSDoc example: examResult', () => {
    const d = examResult({ score: 49.98, sittingScores: [71.4, 49.98, 30] });
    expect(d.status).toBe('passed');
    expect(49.98 >= 0.7 * 71.4).toBe(false);
    expect(d.value.margin).toBe('0');
    expect(examResult({ score: 30, sittingScores: [71.4, 49.98, 30] }).value.pointsMissing).toBe('19.98');
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation tests for src/exam/cutoff.ts (Art. 10(الف), SPEC D6): the exact top sum past
// 2^53, which places are rounded (the mean decides), every candidate's line carrying its
// own score (the margin memo), the fast path's limits (a huge cut-off), and the clamping
// of approximate margins.
const entriesOfPinned = (scores: readonly number[]): { id: string; score: number }[] => scores.map((score, i) => ({ id: `c${i}`, score }));

describe('Art. 10(الف): the top sum is exact however large — pinned', () => {
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

describe('Art. 10(الف): which values are rounded — pinned', () => {
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
    const v = gradeSitting({ entries: entriesOfPinned(scores) }).value;
    expect(v.roundedPlaces).toBe(27);
    expect(v.cutoff).toBe('70.233333333333333333333333333');
    expect(v.results[3]?.margin).toBe('-69.933333333333333293333333333');
  });
});

describe('Art. 10(الف): every line is its own candidate’s (the shared margin texts) — pinned', () => {
  it('Art. 10(الف): 20,000 scores at one to four places: each line has its input score and its exact margin', () => {
    let state = 12345;
    const next = (): number => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    const scores = Array.from({ length: 20_000 }, () => {
      const places = 1 + (next() % 4);
      return Number(`${(next() % 2_000_000) - 400_000}e-${places}`);
    });
    const ref = reference(scores);
    const v = gradeSitting({ entries: entriesOfPinned(scores) }).value;
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

describe('Art. 10(الف): the fast path’s limits — pinned', () => {
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
    const v = gradeSitting({ entries: entriesOfPinned([1e21, ...new Array<number>(100).fill(-1e21)]) }).value;
    expect(v.cutoff).toBe('0');
    expect(v.results[0]).toEqual({ id: 'c0', score: 1e21, passed: true, margin: '1000000000000000000000', marginApprox: 1e21 });
    expect(v.results[1]?.margin).toBe('-1000000000000000000000');
  });

  it('Art. 10(الف): a score with more places than the cut-off is graded at its own places', () => {
    const v = gradeSitting({ entries: entriesOfPinned([10, 7.25, 6.999, 7]) }).value; // cut-off 7
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
    const v = gradeSitting({ entries: entriesOfPinned(scores) }).value;
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

describe('Art. 10(الف): the model used by each entry point — pinned', () => {
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

describe('Art. 10(الف), at least: a score in exponent form equal to the cut-off passes — pinned', () => {
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

describe('Art. 10(الف), at least: one score graded alone at the cut-off — pinned', () => {
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

describe('Art. 10(الف): exact where doubles would round the last unit — pinned', () => {
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

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation tests for src/exam/index.ts (Art. 10(الف), Art. 47(الف), SPEC D6): each
// decision's kind and status, every step's and finding's code, citation, data and key
// numbers in both languages, the input errors in both languages, and inputs that reach
// the schema only on a second reading.
const CUTOFF_STEPS = [
  { code: 'exam.step.n', data: { n: 3 } },
  { code: 'exam.step.k', data: { n: 3, k: 1 } },
  { code: 'exam.step.topMean', data: { k: 1, topSum: '71.4', topMean: '71.4', topMeanRational: '357/5' } },
  { code: 'exam.step.cutoff', data: { cutoff: '49.98', cutoffRational: '2499/50', cutoffExact: true } },
];

describe('Art. 10(الف): the decisions, step by step — pinned', () => {
  it('Art. 10(الف): examCutoff is "examCutoff" / "computed", with the four steps and their data', () => {
    const d = examCutoff({ scores: [71.4, 60, 49.98] });
    expect([d.kind, d.status, d.asOf]).toEqual(['examCutoff', 'computed', null]);
    expect(d.steps.map((s) => ({ code: s.code, data: s.data }))).toEqual(CUTOFF_STEPS);
    for (const s of d.steps) expect(cite(s.citation, 'en')).toBe('Art. 10(a)');
    expect(d.steps.map((s) => s.message.en)).toEqual([
      'Standardized scores in the sitting: n = 3.',
      '"1 per cent of those with the highest standardized scores": k = ⌈3 × 1%⌉ = 1 (at least 1).',
      'Mean of the 1 highest standardized scores: 71.4 ÷ 1 = 71.4.',
      'Cut-off: 70% of the mean = 49.98; a score equal to it passes ("at least").',
    ]);
    expect(d.steps[3]?.message.fa).toBe('حد نصاب قبولی: ۷۰ درصد میانگین = ۴۹٫۹۸؛ نمره برابر با حد نصاب قبول است («حداقل»).');
    expect(d.summary).toEqual({ en: 'Cut-off of the sitting: 49.98 (n = 3, k = 1).', fa: 'حد نصاب قبولی این نوبت: ۴۹٫۹۸ (n = ۳، k = ۱).' });
    expect(d.findings).toEqual([]);
  });

  it('Art. 10(الف): gradeSitting is "examSitting" / "graded", with a fifth step counting passes and failures', () => {
    const d = gradeSitting({ entries: [{ id: 'a', score: 71.4 }, { id: 'b', score: 60 }, { id: 'c', score: 49.98 }, { id: 'd', score: 49.97 }] });
    expect([d.kind, d.status, d.asOf]).toEqual(['examSitting', 'graded', null]);
    expect(d.steps.map((s) => ({ code: s.code, data: s.data }))).toEqual([
      { code: 'exam.step.n', data: { n: 4 } },
      { code: 'exam.step.k', data: { n: 4, k: 1 } },
      CUTOFF_STEPS[2],
      CUTOFF_STEPS[3],
      { code: 'exam.step.graded', data: { passed: 3, failed: 1 } },
    ]);
    expect(cite(d.steps[4]!.citation, 'en')).toBe('Art. 10(a)');
    expect(d.steps[4]?.message.en).toBe('4 scores compared with the cut-off 49.98: 3 passed, 1 failed.');
    expect(d.steps[4]?.message.fa).toBe('مقایسه ۴ نمره با حد نصاب ۴۹٫۹۸: ۳ نفر قبول و ۱ نفر مردود.');
    expect(d.summary.en).toBe('3 of 4 candidates reached the cut-off 49.98.');
    expect([d.value.passed, d.value.failed]).toEqual([3, 1]);
  });

  it('Art. 10(الف): examResult passed — "examResult" / "passed", a met finding with the margin, and the comparison step', () => {
    const d = examResult({ score: 60, sittingScores: [71.4, 60, 49.98] });
    expect([d.kind, d.status]).toEqual(['examResult', 'passed']);
    expect(d.findings.map((f) => ({ code: f.code, status: f.status, data: f.data }))).toEqual([
      { code: 'exam.score.met', status: 'met', data: { margin: '10.02' } },
    ]);
    expect(d.findings[0]?.message.en).toBe('The specialist exam condition is met: the score 60 reaches the cut-off 49.98 (by 10.02).');
    expect(d.steps.map((s) => s.code)).toEqual([...CUTOFF_STEPS.map((s) => s.code), 'exam.step.compare']);
    expect(d.steps[4]?.data).toEqual({ score: 60, margin: '10.02', passed: true });
    expect(d.steps[4]?.message.en).toBe('The score 60 is at least the cut-off 49.98 (difference: 10.02).');
    expect(d.summary.en).toBe('Passed: score 60, cut-off 49.98.');
  });

  it('Art. 10(الف) and Art. 47(الف): examResult failed — an unmet finding with margin and points missing, then the retake', () => {
    const d = examResult({ score: 49.97, sittingScores: [71.4, 60, 49.97] });
    expect([d.kind, d.status]).toEqual(['examResult', 'failed']);
    expect(d.findings.map((f) => ({ code: f.code, status: f.status, data: f.data }))).toEqual([
      { code: 'exam.score.unmet', status: 'unmet', data: { margin: '-0.01', pointsMissing: '0.01' } },
      { code: 'exam.retake', status: 'info', data: undefined },
    ]);
    expect(d.findings[0]?.message.fa).toContain('۰٫۰۱ نمره');
    expect(d.steps[4]?.data).toEqual({ score: 49.97, margin: '-0.01', passed: false });
    expect(d.steps[4]?.message.en).toBe('The score 49.97 is below the cut-off 49.98 (difference: -0.01).');
  });

  it('Art. 10(الف): a rounded cut-off adds the "rounded" finding with its places, in both languages', () => {
    const d = examCutoff({ scores: [101, 100, 100, ...new Array<number>(247).fill(0)] });
    expect(d.findings.map((f) => ({ code: f.code, status: f.status, data: f.data }))).toEqual([
      { code: 'exam.rounded', status: 'info', data: { roundedPlaces: 10 } },
    ]);
    expect(cite(d.findings[0]!.citation, 'en')).toBe('Art. 10(a)');
    expect(d.findings[0]?.message.en).toContain('rounded to 10 decimal places');
    expect(d.findings[0]?.message.fa).toContain('تا ۱۰ رقم');
  });

  it('Art. 10(الف): examResult reads -0 as 0 (as a JSON round trip would)', () => {
    const d = examResult({ score: -0, sittingScores: [10, -0] });
    expect(Object.is(d.value.score, 0)).toBe(true);
    expect(d.steps[4]?.data).toEqual({ score: 0, margin: '-7', passed: false });
  });
});

describe('SPEC D6: input errors in both languages — pinned', () => {
  it('SPEC D6: a repeated id names both entries', () => {
    const e = thrown(() => gradeSitting({ entries: [{ id: 'a', score: 1 }, { id: 'b', score: 2 }, { id: 'a', score: 3 }] }));
    expect(e.issues).toEqual([
      {
        path: ['entries', 2, 'id'],
        field: 'entries[2].id',
        code: 'duplicate_id',
        expected: { en: 'an id not used by another entry', fa: 'شناسه‌ای که در ردیف دیگری نیامده باشد' },
        received: '"a"',
        message: {
          en: 'entries[2].id: expected an id not used by another entry, received "a" (also at entries[0].id)',
          fa: 'entries[2].id: شناسه‌ای که در ردیف دیگری نیامده باشد لازم است، اما "a" آمد (در entries[0].id نیز آمده است)',
        },
      },
    ]);
  });

  it('SPEC D6: a score outside its sitting says why the sitting must hold it', () => {
    const e = thrown(() => examResult({ score: 5, sittingScores: [1, 2] }));
    expect(e.issues).toEqual([
      {
        path: ['score'],
        field: 'score',
        code: 'score_not_in_sitting',
        expected: { en: 'one of the scores in sittingScores', fa: 'یکی از نمره‌های sittingScores' },
        received: '5',
        message: {
          en: 'score: expected one of the scores in sittingScores, received 5 (the cut-off is computed from every score of the sitting, the candidate’s own included)',
          fa: 'score: یکی از نمره‌های sittingScores لازم است، اما 5 آمد (حد نصاب از همه نمره‌های همان نوبت، از جمله نمره خود داوطلب، محاسبه می‌شود)',
        },
      },
    ]);
  });

  it('SPEC D6: the exported schemas give the same two checks their own messages (for callers validating with zod)', () => {
    const repeated = GradeSittingInputSchema.safeParse({ entries: [{ id: 'a', score: 1 }, { id: 'a', score: 2 }] });
    expect(repeated.success).toBe(false);
    expect(repeated.error?.issues.map((i) => [i.path, i.message])).toEqual([[['entries', 1, 'id'], 'an id not used by another entry']]);
    const outside = ExamResultInputSchema.safeParse({ score: 5, sittingScores: [1, 2] });
    expect(outside.success).toBe(false);
    expect(outside.error?.issues.map((i) => [i.path, i.message])).toEqual([[['score'], 'a score that appears in sittingScores']]);
  });

  it('SPEC D6: a score given as a string is refused, even when the sitting holds that number', () => {
    const e = thrown(() => examResult({ score: '5', sittingScores: [5] } as never));
    expect(e.issues.map((i) => [i.field, i.code])).toEqual([['score', 'invalid_type']]);
    expect(e.messages.en).toBe('Invalid input: score: expected a value of type number, received "5"');
  });

  it('SPEC D6: inputs that are not objects, and entries that are null, are InputErrors (never a TypeError)', () => {
    expect(thrown(() => examResult(null as never)).issues[0]?.field).toBe('(input)');
    expect(thrown(() => examResult(7 as never)).issues[0]?.field).toBe('(input)');
    expect(thrown(() => gradeSitting(null as never)).issues[0]?.field).toBe('(input)');
    expect(thrown(() => gradeSitting({ entries: [null] } as never)).issues[0]?.field).toBe('entries[0]');
    expect(thrown(() => gradeSitting({ entries: [null, { id: 'a', score: 1 }] } as never)).issues[0]?.field).toBe('entries[0]');
    expect(thrown(() => examCutoff({ scores: null } as never)).issues[0]?.field).toBe('scores');
  });
});

describe('SPEC D6: an input the fast check declines is read again by the schema — pinned', () => {
  /** An object whose property gives `first` on the first read and `later` after. */
  function readTwice<T>(key: string, first: unknown, later: T): Record<string, T> {
    let reads = 0;
    return Object.defineProperty({}, key, { enumerable: true, get: () => (reads++ === 0 ? first : later) }) as Record<string, T>;
  }

  it('SPEC D6: gradeSitting grades what the schema read', () => {
    const input = readTwice('entries', 'not yet', [{ id: 'a', score: 10 }, { id: 'b', score: 7 }]);
    const d = gradeSitting(input as never);
    expect(d.value.results).toEqual([
      { id: 'a', score: 10, passed: true, margin: '3', marginApprox: 3 },
      { id: 'b', score: 7, passed: true, margin: '0', marginApprox: 0 },
    ]);
  });

  it('SPEC D6: examCutoff and examResult compute from what the schema read', () => {
    expect(examCutoff(readTwice('scores', 'not yet', [10, 7]) as never).value.cutoff).toBe('7');
    const input = Object.defineProperty(readTwice('sittingScores', 'not yet', [10, 7]), 'score', { enumerable: true, value: 7 });
    expect(examResult(input as never).value.margin).toBe('0');
  });
});
