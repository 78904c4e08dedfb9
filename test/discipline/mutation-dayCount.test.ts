/**
 * Tests written to kill Stryker survivors in src/discipline/dayCount.ts (issue 7, item 5):
 * each day-count band is pinned with its clause, grade, finding code, `data` and the
 * key facts of its message in both languages (band words, days, grade).
 */
import { describe, expect, it } from 'vitest';
import { classifyAbsence, classifyClosure } from '../../src/discipline/index.js';

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
