import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { combineFindings } from '../../src/core/decision.js';
import { InputError } from '../../src/core/errors.js';
import { thrown } from './helpers.js';
import {
  ExamCutoffInputSchema,
  ExamResultInputSchema,
  GradeSittingInputSchema,
  examCutoff,
  examResult,
  gradeSitting,
} from '../../src/exam/index.js';

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
