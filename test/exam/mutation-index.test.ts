/**
 * Mutation tests for src/exam/index.ts (Art. 10(الف), Art. 47(الف), SPEC D6): each
 * decision's kind and status, every step's and finding's code, citation, data and key
 * numbers in both languages, the input errors in both languages, and inputs that reach
 * the schema only on a second reading.
 */
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { ExamResultInputSchema, examCutoff, examResult, GradeSittingInputSchema, gradeSitting } from '../../src/exam/index.js';
import { thrown } from './helpers.js';


const CUTOFF_STEPS = [
  { code: 'exam.step.n', data: { n: 3 } },
  { code: 'exam.step.k', data: { n: 3, k: 1 } },
  { code: 'exam.step.topMean', data: { k: 1, topSum: '71.4', topMean: '71.4', topMeanRational: '357/5' } },
  { code: 'exam.step.cutoff', data: { cutoff: '49.98', cutoffRational: '2499/50', cutoffExact: true } },
];

describe('Art. 10(الف): the decisions, step by step', () => {
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

describe('SPEC D6: input errors in both languages', () => {
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

describe('SPEC D6: an input the fast check declines is read again by the schema', () => {
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
