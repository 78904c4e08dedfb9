import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import {
  ExamCutoffInputSchema,
  ExamResultInputSchema,
  GradeSittingInputSchema,
  examCutoff,
  examResult,
  gradeSitting,
} from '../../src/exam/index.js';
import { cmpFrac, fractionOf, reference } from './reference.js';
import { prng } from './helpers.js';

// ---------------------------------------------------------------------------
// Arbitraries: decimal scores built from integers scaled by powers of ten (negatives
// included), some ties, and a few arbitrary doubles for the exact slow paths.

const decimalScore = fc
  .tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 0, max: 6 }))
  .map(([m, p]) => Number(`${m}e-${p}`));
const tiedScore = fc.integer({ min: -30, max: 120 }).map((m) => m / 2);
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const oddScore = fc.constantFrom(0, -0, 1e-7, 5e-8, 5e-324, 1e21, 0.1 + 0.2, 1.7976931348623157e308, -1.7976931348623157e308);
const score = fc.oneof(
  { weight: 10, arbitrary: decimalScore },
  { weight: 6, arbitrary: tiedScore },
  { weight: 1, arbitrary: anyDouble },
  { weight: 1, arbitrary: oddScore },
);
/** Up to 450 scores, so that k runs from 1 to 5 (non-terminating means at k = 3). */
const sitting = fc.array(score, { minLength: 1, maxLength: 450 });

function entriesOf(scores: readonly number[]): { id: string; score: number }[] {
  return scores.map((s, i) => ({ id: `c${i}`, score: s }));
}

function ratText(p: bigint, q: bigint): string {
  return q === 1n ? String(p) : `${p}/${q}`;
}

describe('Art. 10(الف) against an exact BigInt reference that sorts (SPEC D6)', () => {
  it('Art. 10(الف): same k, same cut-off, same pass/fail for everyone, margins exact (or rounded within half a unit)', () => {
    fc.assert(
      fc.property(sitting, (scores) => {
        const ref = reference(scores);
        const d = gradeSitting({ entries: entriesOf(scores) });
        const v = d.value;
        expect(v.k).toBe(ref.k);
        expect(v.cutoffRational).toBe(ratText(ref.p, ref.q));
        let passed = 0;
        for (const [i, r] of v.results.entries()) {
          const x = scores[i] as number;
          expect(r.passed, `score ${x}`).toBe(ref.passed(x));
          if (r.passed) passed++;
          const exact = ref.margin(x);
          const shown = fractionOf(r.margin);
          if (v.cutoffExact) {
            expect(cmpFrac(shown, exact), `margin of ${x}`).toBe(0);
          } else {
            // |shown − exact| ≤ ½ · 10^-roundedPlaces, and the sign is the exact one
            const half: readonly [bigint, bigint] = [1n, 2n * 10n ** BigInt(v.roundedPlaces as number)];
            const diff: readonly [bigint, bigint] = [shown[0] * exact[1] - exact[0] * shown[1], shown[1] * exact[1]];
            const absDiff: readonly [bigint, bigint] = [diff[0] < 0n ? -diff[0] : diff[0], diff[1]];
            expect(cmpFrac(absDiff, half)).toBeLessThanOrEqual(0);
            expect(Math.sign(cmpFrac(shown, [0n, 1n]))).toBe(r.passed ? 1 : -1);
          }
        }
        expect([v.passed, v.failed]).toEqual([passed, scores.length - passed]);
      }),
      { numRuns: 150 },
    );
  });

  it('Art. 10(الف): the cut-off text is the exact decimal when it terminates', () => {
    fc.assert(
      fc.property(sitting, (scores) => {
        const ref = reference(scores);
        const v = examCutoff({ scores }).value;
        if (v.cutoffExact) expect(cmpFrac(fractionOf(v.cutoff), [ref.p, ref.q])).toBe(0);
        else expect(v.roundedPlaces).not.toBeNull();
      }),
    );
  });
});

describe('Art. 10(الف): the batch, the cut-off alone and one result agree (equivalence of paths)', () => {
  it('Art. 10(الف): examCutoff, gradeSitting and examResult give the same figures and verdicts', () => {
    fc.assert(
      fc.property(sitting, fc.nat(), (scores, pick) => {
        const cut = examCutoff({ scores }).value;
        const graded = gradeSitting({ entries: entriesOf(scores) }).value;
        const { passed, failed, results, ...figures } = graded;
        void passed;
        void failed;
        expect(figures).toEqual(cut);
        const i = pick % scores.length;
        const one = examResult({ score: scores[i] as number, sittingScores: scores });
        const line = results[i];
        expect(one.status).toBe(line?.passed ? 'passed' : 'failed');
        expect(one.value.margin).toBe(line?.margin);
        expect(one.value.marginApprox).toBe(line?.marginApprox);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Art. 10(الف): invariants', () => {
  it('Art. 10(الف): a higher score never fails where a lower one passes', () => {
    fc.assert(
      fc.property(sitting, (scores) => {
        const { results } = gradeSitting({ entries: entriesOf(scores) }).value;
        const passedMin = Math.min(...results.filter((r) => r.passed).map((r) => r.score));
        const failedMax = Math.max(...results.filter((r) => !r.passed).map((r) => r.score));
        expect(failedMax < passedMin).toBe(true);
      }),
    );
  });

  it('Art. 10(الف): the order of the entries changes nothing (each id keeps its result)', () => {
    const withPermutation = sitting.chain((scores) =>
      fc.tuple(fc.constant(entriesOf(scores)), fc.shuffledSubarray(entriesOf(scores), { minLength: scores.length, maxLength: scores.length })),
    );
    fc.assert(
      fc.property(withPermutation, ([entries, shuffled]) => {
        const a = gradeSitting({ entries }).value;
        const b = gradeSitting({ entries: shuffled }).value;
        const { results: ra, ...fa } = a;
        const { results: rb, ...fb } = b;
        expect(fb).toEqual(fa);
        const byId = new Map(rb.map((r) => [r.id, r]));
        for (const r of ra) expect(byId.get(r.id)).toEqual(r);
      }),
      { numRuns: 100 },
    );
  });

  it('Art. 10(الف): adding a score below the top k does not move the cut-off while k stays the same', () => {
    fc.assert(
      fc.property(sitting, fc.integer({ min: 1, max: 1000 }), (scores, below) => {
        const before = examCutoff({ scores }).value;
        const sorted = [...scores].sort((x, y) => y - x);
        const kth = sorted[before.k - 1] as number;
        const lower = kth - below; // strictly below the k-th highest (finite: scores are below MAX)
        fc.pre(Number.isFinite(lower) && lower < kth);
        const after = examCutoff({ scores: [...scores, lower] }).value;
        fc.pre(after.k === before.k);
        expect([after.cutoffRational, after.topMeanRational]).toEqual([before.cutoffRational, before.topMeanRational]);
      }),
    );
  });

  it('Art. 10(الف): when the top mean is not negative, the top scorer passes; when it is negative and k = 1, no one does', () => {
    fc.assert(
      fc.property(sitting, (scores) => {
        const d = gradeSitting({ entries: entriesOf(scores) }).value;
        const top = Math.max(...scores);
        const topLine = d.results.find((r) => r.score === top);
        const meanSign = Math.sign(cmpFrac(fractionOf(d.topMean), [0n, 1n]));
        if (meanSign >= 0) {
          expect(topLine?.passed).toBe(true);
          expect(d.passed).toBeGreaterThanOrEqual(1);
        } else if (d.k === 1) {
          expect(d.passed).toBe(0);
        }
      }),
    );
  });

  it('Art. 10(الف): points missing bring a failed score to the cut-off exactly (or just past it when rounded up)', () => {
    fc.assert(
      fc.property(sitting, fc.nat(), (scores, pick) => {
        const x = scores[pick % scores.length] as number;
        const r = examResult({ score: x, sittingScores: scores });
        const ref = reference(scores);
        if (r.status === 'passed') {
          expect(r.value.pointsMissing).toBe('0');
          return;
        }
        // x + pointsMissing − cut-off ≥ 0, and = 0 when the cut-off terminates
        const m = ref.margin(x); // x − cut-off
        const pm = fractionOf(r.value.pointsMissing);
        const sum: readonly [bigint, bigint] = [m[0] * pm[1] + pm[0] * m[1], m[1] * pm[1]];
        const sign = cmpFrac(sum, [0n, 1n]);
        if (r.value.cutoffExact) expect(sign).toBe(0);
        else expect(sign).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('SPEC D6: the fast input check accepts exactly what the schemas accept', () => {
  const entry = fc.oneof(
    { weight: 6, arbitrary: fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), score: score }) },
    { weight: 1, arbitrary: fc.record({ id: fc.anything(), score: fc.anything() }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.anything() },
  );
  const scoreish = fc.oneof({ weight: 8, arbitrary: score }, { weight: 1, arbitrary: fc.anything() }, { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity) });

  function outcome(fn: () => unknown): 'ok' | 'input-error' {
    try {
      fn();
      return 'ok';
    } catch (e) {
      if (isInputError(e)) return 'input-error';
      throw e; // anything else is a defect
    }
  }

  it('gradeSitting throws an InputError exactly when GradeSittingInputSchema refuses', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 8, arbitrary: fc.record({ entries: fc.array(entry, { maxLength: 6 }) }) }, { weight: 1, arbitrary: fc.anything() }), (input) => {
        const expected = GradeSittingInputSchema.safeParse(input).success ? 'ok' : 'input-error';
        expect(outcome(() => gradeSitting(input as never))).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it('examCutoff and examResult throw an InputError exactly when their schemas refuse', () => {
    fc.assert(
      fc.property(fc.array(scoreish, { maxLength: 5 }), scoreish, fc.boolean(), (scores, x, include) => {
        const sittingScores = include ? [...scores, x] : scores;
        const a = { scores };
        expect(outcome(() => examCutoff(a as never))).toBe(ExamCutoffInputSchema.safeParse(a).success ? 'ok' : 'input-error');
        const b = { score: x, sittingScores };
        expect(outcome(() => examResult(b as never))).toBe(ExamResultInputSchema.safeParse(b).success ? 'ok' : 'input-error');
      }),
      { numRuns: 400 },
    );
  });
});

describe('Art. 10(الف): large sittings (the sampled selection and the bucketed id check)', () => {

  const shapes = ['random', 'ascending', 'descending', 'equal', 'two values', 'organ pipe', 'few distinct'] as const;

  function bigSitting(seed: number, n: number, shape: (typeof shapes)[number]): number[] {
    const rnd = prng(seed);
    return Array.from({ length: n }, (_, i) => {
      switch (shape) {
        case 'random':
          return Math.round((rnd() * 150 - 25) * 100) / 100;
        case 'ascending':
          return i / 100;
        case 'descending':
          return (n - i) / 100;
        case 'equal':
          return 42.5;
        case 'two values':
          return rnd() < 0.995 ? 10 : 90;
        case 'organ pipe':
          return i < n / 2 ? i : n - i;
        case 'few distinct':
          return Math.floor(rnd() * 7) - 3;
      }
    });
  }

  it('Art. 10(الف): 4,096 to 30,000 scores of every shape agree with the sorting reference', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 4096, max: 30_000 }), fc.constantFrom(...shapes), (seed, n, shape) => {
        const scores = bigSitting(seed, n, shape);
        const ref = reference(scores);
        const d = gradeSitting({ entries: entriesOf(scores) }).value;
        expect(d.k).toBe(ref.k);
        expect(d.cutoffRational).toBe(ratText(ref.p, ref.q));
        for (const [i, r] of d.results.entries()) {
          if (r.passed !== ref.passed(scores[i] as number)) expect.unreachable(`score ${scores[i]} graded wrongly`);
        }
      }),
      { numRuns: 25 },
    );
  });
});
