import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import { classifyAbsence, classifyClosure } from '../../src/discipline/index.js';

const grade = (d: { value: { grade: number | null } }) => d.value.grade;
const abs = (days: number, daysPerMonth?: number) =>
  grade(classifyAbsence(daysPerMonth === undefined ? { days } : { days, options: { daysPerMonth } }));
const clo = (days: number) => grade(classifyClosure({ days }));

/** Positive day counts, integer and fractional. */
const positiveDays = fc.oneof(fc.integer({ min: 1, max: 400 }), fc.double({ min: Number.MIN_VALUE, max: 400, noNaN: true }));

describe("D9: the manager's unexcused absence (Arts. 37(ج), 38(چ), 39(ب), 40(ث))", () => {
  it('TSDoc example: classifyAbsence', () => {
    expect(classifyAbsence({ days: 3 }).value.grade).toBe(4);
    expect(classifyAbsence({ days: 4 }).value.offence?.id).toBe('art38-ch');
    expect(classifyAbsence({ days: 31 }).value.grade).toBe(7);
    expect(classifyAbsence({ days: 0 }).status).toBe('noOffence');
  });

  it('Art. 37(ج): up to three days is grade 4; 3 days is still grade 4, a little more is grade 5', () => {
    expect(abs(1)).toBe(4);
    expect(abs(3)).toBe(4);
    expect(abs(3.5)).toBe(5);
    expect(abs(4)).toBe(5);
  });

  it('Art. 38(چ): more than 3 up to 10 days is grade 5; 10 days grade 5, 11 days grade 6', () => {
    expect(abs(10)).toBe(5);
    expect(abs(10.5)).toBe(6);
    expect(abs(11)).toBe(6);
  });

  it('Art. 39(ب): more than 10 days up to one month (30 days) is grade 6; 30 days grade 6, 31 days grade 7 (Art. 40(ث))', () => {
    expect(abs(30)).toBe(6);
    expect(abs(30.5)).toBe(7);
    expect(abs(31)).toBe(7);
  });

  it('D9 option: a month of 31 days moves the grade 6/7 boundary', () => {
    expect(abs(31, 31)).toBe(6);
    expect(abs(32, 31)).toBe(7);
  });

  it('D9: daysPerMonth must exceed 10, or the grade 6 band would be empty', () => {
    expect(() => classifyAbsence({ days: 5, options: { daysPerMonth: 10 } })).toThrow(/options\.daysPerMonth/);
  });

  it('the finding cites the clause the days fall in', () => {
    const d = classifyAbsence({ days: 12 });
    expect(d.findings[0]?.citation).toEqual({ article: 39, clause: 'ب' });
    expect(d.findings[0]?.message.fa).toContain('۱۲ روز');
    expect(d.value.offence?.title).toMatch(/more than ten days/);
  });

  it('zero days is no offence, with no grade', () => {
    const d = classifyAbsence({ days: 0 });
    expect(d.value).toEqual({ days: 0, grade: null, offence: null });
  });

  it('negative, NaN, infinite or non-numeric days are an InputError naming `days`', () => {
    for (const days of [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, '3', null]) {
      try {
        classifyAbsence({ days } as never);
        expect.unreachable();
      } catch (e) {
        expect(isInputError(e)).toBe(true);
        expect((e as { issues: { field: string }[] }).issues[0]?.field).toBe('days');
      }
    }
  });

  it('is total over the positive numbers: one band each, bands neither gap nor overlap', () => {
    fc.assert(
      fc.property(positiveDays, (days) => {
        const g = abs(days);
        const expected = days <= 3 ? 4 : days <= 10 ? 5 : days <= 30 ? 6 : 7;
        expect(g).toBe(expected);
      }),
    );
  });

  it('is monotone: more absence never lowers the grade', () => {
    fc.assert(
      fc.property(positiveDays, positiveDays, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(abs(hi) as number).toBeGreaterThanOrEqual(abs(lo) as number);
      }),
    );
  });
});

describe('D9: the office closed in office hours (Arts. 38(خ), 39(الف), 40(پ))', () => {
  it('TSDoc example: classifyClosure', () => {
    expect(classifyClosure({ days: 1 }).value.grade).toBe(5);
    expect(classifyClosure({ days: 1.5 }).value.grade).toBe(6);
    expect(classifyClosure({ days: 4 }).value.offence?.id).toBe('art40-p');
  });

  it('Art. 38(خ): up to one day is grade 5; half a day grade 5, one day grade 5, two days grade 6', () => {
    expect(clo(0.5)).toBe(5);
    expect(clo(1)).toBe(5);
    expect(clo(2)).toBe(6);
  });

  it('Art. 39(الف): more than 1 up to 3 days is grade 6; 3 days grade 6, 4 days grade 7 (Art. 40(پ))', () => {
    expect(clo(3)).toBe(6);
    expect(clo(3.25)).toBe(7);
    expect(clo(4)).toBe(7);
  });

  it('zero days is no offence; a negative count is an InputError', () => {
    expect(classifyClosure({ days: 0 }).status).toBe('noOffence');
    expect(() => classifyClosure({ days: -1 })).toThrow(/days/);
  });

  it('is total and exact at 1 and 3 days', () => {
    fc.assert(
      fc.property(positiveDays, (days) => {
        expect(clo(days)).toBe(days <= 1 ? 5 : days <= 3 ? 6 : 7);
      }),
    );
  });

  it('is monotone: a longer closure never lowers the grade', () => {
    fc.assert(
      fc.property(positiveDays, positiveDays, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(clo(hi) as number).toBeGreaterThanOrEqual(clo(lo) as number);
      }),
    );
  });

  it('does not mutate its input', () => {
    const input = Object.freeze({ days: 2 });
    classifyClosure(input);
    expect(input).toEqual({ days: 2 });
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Tests written to kill Stryker survivors in src/discipline/dayCount.ts (issue 7, item 5):
// each day-count band is pinned with its clause, grade, finding code, `data` and the
// key facts of its message in both languages (band words, days, grade).
type AnyDecision = ReturnType<typeof classifyAbsence> | ReturnType<typeof classifyClosure>;

/** The single finding of a day-count decision. */
function only(d: AnyDecision) {
  expect(d.findings).toHaveLength(1);
  return d.findings[0]!;
}

/** Persian digits of a Latin-digit string. */
const fa = (s: string | number) => String(s).replace(/\d/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]!);

interface BandCase {
  readonly days: number;
  readonly id: string;
  readonly grade: number;
  readonly article: number;
  readonly clause: string;
  /** Key words of the band in Persian (digits Latin here; rendered Persian). */
  readonly bandFa: string;
  readonly bandEn: string;
}

const ABSENCE: readonly BandCase[] = [
  { days: 3, id: 'art37-j', grade: 4, article: 37, clause: 'ج', bandFa: 'تا 3 روز', bandEn: 'up to 3 days' },
  { days: 4, id: 'art38-ch', grade: 5, article: 38, clause: 'چ', bandFa: 'بیش از 3 روز تا 10 روز', bandEn: 'more than 3 up to 10 days' },
  { days: 30, id: 'art39-b', grade: 6, article: 39, clause: 'ب', bandFa: 'بیش از 10 روز تا یک ماه (30 روز)', bandEn: 'more than 10 days up to one month (30 days)' },
  { days: 31, id: 'art40-th', grade: 7, article: 40, clause: 'ث', bandFa: 'بیش از یک ماه (30 روز)', bandEn: 'more than one month (30 days)' },
];

const CLOSURE: readonly BandCase[] = [
  { days: 1, id: 'art38-kh', grade: 5, article: 38, clause: 'خ', bandFa: 'تا 1 روز', bandEn: 'up to 1 day' },
  { days: 3, id: 'art39-a', grade: 6, article: 39, clause: 'الف', bandFa: 'بیش از 1 روز تا 3 روز', bandEn: 'more than 1 up to 3 days' },
  { days: 4, id: 'art40-p', grade: 7, article: 40, clause: 'پ', bandFa: 'بیش از 3 روز', bandEn: 'more than 3 days' },
];

describe("D9, mutation: the manager's unexcused absence, each band's finding and message", () => {
  for (const c of ABSENCE) {
    it(`Art. ${c.article}(${c.clause}): an absence of ${c.days} days is an offence of grade ${c.grade}, with its band in both languages`, () => {
      const d = classifyAbsence({ days: c.days });
      expect(d.kind).toBe('discipline.absence');
      expect(d.status).toBe('offence');
      expect(d.asOf).toBeNull();
      expect(d.value).toMatchObject({ days: c.days, grade: c.grade, offence: { id: c.id, grade: c.grade, citation: { article: c.article, clause: c.clause } } });
      const f = only(d);
      expect(f.code).toBe('discipline.absence.offence');
      expect(f.status).toBe('info');
      expect(f.citation).toEqual({ article: c.article, clause: c.clause });
      expect(f.data).toEqual({ days: c.days, offenceId: c.id, grade: c.grade });
      expect(f.message.fa).toContain(`(${fa(c.bandFa)})`);
      expect(f.message.fa).toContain(`به مدت ${fa(c.days)} روز`);
      expect(f.message.fa).toContain(`درجه ${fa(c.grade)}`);
      expect(f.message.en).toContain(`(${c.bandEn})`);
      expect(f.message.en).toContain(`of ${c.days} ${c.days === 1 ? 'day' : 'days'} (`);
      expect(f.message.en).toContain(`grade ${c.grade}.`);
      expect(d.summary).toEqual({ fa: `تخلف مستوجب مجازات درجه ${fa(c.grade)}`, en: `An offence of grade ${c.grade}` });
    });
  }

  it('Art. 39(ب) with daysPerMonth 31: the band names the month as 31 days, in both languages', () => {
    const f = only(classifyAbsence({ days: 31, options: { daysPerMonth: 31 } }));
    expect(f.data).toEqual({ days: 31, offenceId: 'art39-b', grade: 6 });
    expect(f.message.en).toContain('(more than 10 days up to one month (31 days))');
    expect(f.message.fa).toContain(fa('(بیش از 10 روز تا یک ماه (31 روز))'));
  });

  it('Art. 37(ج): zero days of absence is no offence; the finding says so, cites Art. 37(ج) and carries the days', () => {
    const d = classifyAbsence({ days: 0 });
    expect(d.kind).toBe('discipline.absence');
    expect(d.status).toBe('noOffence');
    expect(d.value).toEqual({ days: 0, grade: null, offence: null });
    const f = only(d);
    expect(f.code).toBe('discipline.absence.none');
    expect(f.status).toBe('info');
    expect(f.citation).toEqual({ article: 37, clause: 'ج' });
    expect(f.data).toEqual({ days: 0 });
    expect(f.message).toEqual({ fa: 'غیبتی نبوده است (صفر روز): تخلفی نیست.', en: 'No absence (zero days): no offence.' });
    expect(d.summary).toEqual({ fa: 'تخلفی نیست', en: 'No offence' });
  });
});

describe('D9, mutation: the service closed in office hours, each band\'s finding and message', () => {
  for (const c of CLOSURE) {
    it(`Art. ${c.article}(${c.clause}): a closure of ${c.days} days is an offence of grade ${c.grade}, with its band in both languages`, () => {
      const d = classifyClosure({ days: c.days });
      expect(d.kind).toBe('discipline.closure');
      expect(d.status).toBe('offence');
      expect(d.value).toMatchObject({ days: c.days, grade: c.grade, offence: { id: c.id, grade: c.grade, citation: { article: c.article, clause: c.clause } } });
      const f = only(d);
      expect(f.code).toBe('discipline.closure.offence');
      expect(f.status).toBe('info');
      expect(f.citation).toEqual({ article: c.article, clause: c.clause });
      expect(f.data).toEqual({ days: c.days, offenceId: c.id, grade: c.grade });
      expect(f.message.fa).toContain(`(${fa(c.bandFa)})`);
      expect(f.message.fa).toContain(`به مدت ${fa(c.days)} روز`);
      expect(f.message.fa).toContain(`درجه ${fa(c.grade)}`);
      expect(f.message.en).toContain(`(${c.bandEn})`);
      expect(f.message.en).toContain(`for ${c.days} ${c.days === 1 ? 'day' : 'days'} (`);
      expect(f.message.en).toContain(`grade ${c.grade}.`);
      expect(d.summary).toEqual({ fa: `تخلف مستوجب مجازات درجه ${fa(c.grade)}`, en: `An offence of grade ${c.grade}` });
    });
  }

  it('Art. 38(خ): zero days of closure is no offence; the finding says so, cites Art. 38(خ) and carries the days', () => {
    const d = classifyClosure({ days: 0 });
    expect(d.kind).toBe('discipline.closure');
    expect(d.status).toBe('noOffence');
    expect(d.value).toEqual({ days: 0, grade: null, offence: null });
    const f = only(d);
    expect(f.code).toBe('discipline.closure.none');
    expect(f.status).toBe('info');
    expect(f.citation).toEqual({ article: 38, clause: 'خ' });
    expect(f.data).toEqual({ days: 0 });
    expect(f.message).toEqual({ fa: 'خدمت تعطیل نشده است (صفر روز): تخلفی نیست.', en: 'The service was not closed (zero days): no offence.' });
    expect(d.summary).toEqual({ fa: 'تخلفی نیست', en: 'No offence' });
  });
});
