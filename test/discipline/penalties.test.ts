import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import { checkSuspension, PENALTY_SCALE, penaltyOfGrade } from '../../src/discipline/index.js';
import { getOffence, isOffenceId, offenceById } from '../../src/discipline/catalogue.js';
import { inSuspensionRange, penaltyAt, suspensionFinding, suspensionRangeText } from '../../src/discipline/penalties.js';

describe('Art. 29: the seven grades', () => {
  it('TSDoc example: penaltyOfGrade', () => {
    expect(penaltyOfGrade(4).kind).toBe('reprimandPublished');
    expect(penaltyOfGrade(6).suspensionMonths).toEqual({ min: 12, max: 36, minExclusive: true });
    expect(penaltyOfGrade(7).text).toBe('لغو دائم پروانه');
  });

  it('Art. 29: grades 1–7 in order, each cited to its grade, with the text as published', () => {
    expect(PENALTY_SCALE.map((p) => p.grade)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(PENALTY_SCALE.map((p) => p.text)).toEqual([
      'تذکر شفاهی',
      'اخطار کتبی',
      'توبیخ کتبی با درج در پرونده',
      'توبیخ با درج در پایگاه اطلاع رسانی مرکز',
      'تعلیق موقت به مدت سه ماه تا یک سال از مدیریت دفتر',
      'تعلیق موقت بیش از یک سال تا سه سال از مدیریت دفتر',
      'لغو دائم پروانه',
    ]);
    for (const p of PENALTY_SCALE) expect(p.citation).toEqual({ article: 29, grade: p.grade });
  });

  it('Art. 29: grade 5 is three months to one year, both included', () => {
    expect(penaltyOfGrade(5).suspensionMonths).toEqual({ min: 3, max: 12, minExclusive: false });
    expect(penaltyOfGrade(4).suspensionMonths).toBeUndefined();
  });

  it('a grade outside 1–7 or not an integer is an InputError naming `grade`', () => {
    for (const g of [0, 8, 2.5, Number.NaN, '3']) {
      try {
        penaltyOfGrade(g as number);
        expect.unreachable();
      } catch (e) {
        expect(isInputError(e)).toBe(true);
        expect((e as { issues: { field: string }[] }).issues[0]?.field).toBe('grade');
      }
    }
  });
});

describe('Art. 29: suspension lengths', () => {
  it('TSDoc example: checkSuspension', () => {
    expect(checkSuspension({ grade: 5, months: 3, start: '1403/01/15' }).value.end).toBe('1403/04/15');
    expect(checkSuspension({ grade: 6, months: 12 }).status).toBe('unlawful');
    expect(checkSuspension({ grade: 5, months: 3, start: '1403/06/31' }).value.end).toBe('1403/10/01');
  });

  it('Art. 29 grade 5 «سه ماه تا یک سال»: 2 months unlawful, 3 lawful; 12 lawful, 13 unlawful', () => {
    expect(checkSuspension({ grade: 5, months: 2 }).status).toBe('unlawful');
    expect(checkSuspension({ grade: 5, months: 3 }).status).toBe('lawful');
    expect(checkSuspension({ grade: 5, months: 12 }).status).toBe('lawful');
    expect(checkSuspension({ grade: 5, months: 13 }).status).toBe('unlawful');
  });

  it('Art. 29 grade 6 «بیش از یک سال تا سه سال»: 12 months unlawful, 13 lawful; 36 lawful, 37 unlawful', () => {
    expect(checkSuspension({ grade: 6, months: 12 }).status).toBe('unlawful');
    expect(checkSuspension({ grade: 6, months: 13 }).status).toBe('lawful');
    expect(checkSuspension({ grade: 6, months: 36 }).status).toBe('lawful');
    expect(checkSuspension({ grade: 6, months: 37 }).status).toBe('unlawful');
  });

  it('grade 5 and grade 6 never both accept a length (no overlap), and together cover 3–36 months (no gap)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (months) => {
        const five = checkSuspension({ grade: 5, months }).value.lawful;
        const six = checkSuspension({ grade: 6, months }).value.lawful;
        expect(five && six).toBe(false);
        expect(five || six).toBe(months >= 3 && months <= 36);
      }),
    );
  });

  it('D3: a suspension from Esfand 30 of a leap year ends on Farvardin 1 when the year after is common; clamp gives Esfand 29', () => {
    expect(checkSuspension({ grade: 5, months: 12, start: '1403/12/30' }).value.end).toBe('1405/01/01');
    expect(checkSuspension({ grade: 5, months: 12, start: '1403/12/30', options: { overflow: 'clamp' } }).value.end).toBe('1404/12/29');
  });

  it('the end date is a step cited to the grade; the finding names the range', () => {
    const d = checkSuspension({ grade: 6, months: 18, start: '1402/07/01' });
    expect(d.value).toMatchObject({ start: '1402/07/01', end: '1404/01/01', lawful: true });
    expect(d.steps[0]?.citation).toEqual({ article: 29, grade: 6 });
    expect(d.findings[0]?.message.en).toContain('more than one year up to three years');
    expect(d.asOf).toBe('1402/07/01');
  });

  it('a grade other than 5 or 6, or negative or fractional months, is an InputError', () => {
    expect(() => checkSuspension({ grade: 4 as 5, months: 3 })).toThrow(/grade/);
    expect(() => checkSuspension({ grade: 5, months: -1 })).toThrow(/months/);
    expect(() => checkSuspension({ grade: 5, months: 3.5 })).toThrow(/months/);
    expect(() => checkSuspension({ grade: 5, months: 3, start: '1403/13/01' })).toThrow(/start/);
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Tests written against Stryker survivors in src/discipline/penalties.ts and
// src/discipline/catalogue.ts (issue 7): Art. 29 (the penalty scale, the suspension lengths
// of grades 5 and 6, the end date by SPEC D3) and the catalogue look-ups of Arts. 34–41.
// They pin the finding (code, status, citation, data, messages in both languages with
// Persian digits), the end step and its data, the value and the summary.
/** Persian digits of a Latin-digit string. */
const fa = (s: string | number) => String(s).replace(/\d/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]!);

describe('Art. 29: the penalty of each grade — pinned', () => {
  it('Art. 29: penaltyOfGrade(g) is the g-th entry of the scale, for every grade 1–7', () => {
    for (let g = 1; g <= 7; g++) {
      expect(penaltyOfGrade(g)).toBe(PENALTY_SCALE[g - 1]);
      expect(penaltyOfGrade(g).grade).toBe(g);
      expect(penaltyAt(g).grade).toBe(g);
    }
    expect(PENALTY_SCALE.map((p) => p.kind)).toEqual(['oralWarning', 'writtenWarning', 'writtenReprimandOnFile', 'reprimandPublished', 'suspension', 'longSuspension', 'permanentRevocation']);
  });

  it('Art. 29 grades 5 «سه ماه تا یک سال» and 6 «بیش از یک سال تا سه سال»: the range words in both languages', () => {
    expect(suspensionRangeText(5)).toEqual({ fa: 'سه ماه تا یک سال', en: 'three months to one year' });
    expect(suspensionRangeText(6)).toEqual({ fa: 'بیش از یک سال تا سه سال', en: 'more than one year up to three years' });
  });

  it('Art. 29: the bounds of a range — an inclusive minimum takes the minimum, an exclusive one does not; the maximum is included', () => {
    const incl = { min: 3, max: 12, minExclusive: false };
    const excl = { min: 12, max: 36, minExclusive: true };
    expect([2, 3, 12, 13].map((m) => inSuspensionRange(m, incl))).toEqual([false, true, true, false]);
    expect([12, 13, 36, 37].map((m) => inSuspensionRange(m, excl))).toEqual([false, true, true, false]);
  });
});

describe('Art. 29: checking a suspension length — pinned', () => {
  it('Art. 29 grade 5: 3 months from 1403/01/15, lawful, ends 1403/04/15 — finding, step, value and summary pinned', () => {
    const d = checkSuspension({ grade: 5, months: 3, start: '1403/01/15' });
    expect(d.kind).toBe('discipline.suspension');
    expect(d.asOf).toBe('1403/01/15');
    expect(d.status).toBe('lawful');
    expect(d.value).toEqual({ grade: 5, months: 3, lawful: true, range: { min: 3, max: 12, minExclusive: false }, start: '1403/01/15', end: '1403/04/15' });
    expect(d.summary).toEqual({ fa: `تعلیق ${fa(3)} ماهه برای مجازات درجه ${fa(5)} قانونی است`, en: 'A suspension of 3 months is lawful for grade 5' });
    expect(d.findings).toHaveLength(1);
    const f = d.findings[0]!;
    expect(f).toMatchObject({ code: 'discipline.suspension.inRange', status: 'met', citation: { article: 29, grade: 5 } });
    expect(f.data).toEqual({ grade: 5, months: 3, min: 3, max: 12, minExclusive: false });
    expect(f.message).toEqual({
      fa: `تعلیق ${fa(3)} ماهه در حدود مجازات درجه ${fa(5)} (سه ماه تا یک سال) است.`,
      en: 'A suspension of 3 months is within grade 5 (three months to one year).',
    });
    expect(d.steps).toHaveLength(1);
    const s = d.steps[0]!;
    expect(s).toMatchObject({ code: 'discipline.suspension.end', citation: { article: 29, grade: 5 } });
    expect(s.data).toEqual({ start: '1403/01/15', months: 3, end: '1403/04/15', overflow: 'nextMonth' });
    expect(s.message).toEqual({
      fa: `تعلیق از ${fa('1403/01/15')} به مدت ${fa(3)} ماه، در ${fa('1403/04/15')} پایان می‌یابد.`,
      en: 'Suspended from 1403/01/15 for 3 months: the suspension ends on 1403/04/15.',
    });
  });

  it('Art. 29 grade 6 «بیش از یک سال»: 12 months is unlawful — finding unmet with the range, no start: no step, dates null', () => {
    const d = checkSuspension({ grade: 6, months: 12 });
    expect(d.status).toBe('unlawful');
    expect(d.asOf).toBeNull();
    expect(d.value).toEqual({ grade: 6, months: 12, lawful: false, range: { min: 12, max: 36, minExclusive: true }, start: null, end: null });
    expect(d.summary).toEqual({ fa: `تعلیق ${fa(12)} ماهه برای مجازات درجه ${fa(6)} قانونی نیست`, en: 'A suspension of 12 months is not lawful for grade 6' });
    const f = d.findings[0]!;
    expect(f).toMatchObject({ code: 'discipline.suspension.outOfRange', status: 'unmet', citation: { article: 29, grade: 6 } });
    expect(f.data).toEqual({ grade: 6, months: 12, min: 12, max: 36, minExclusive: true });
    expect(f.message).toEqual({
      fa: `تعلیق ${fa(12)} ماهه خارج از حدود مجازات درجه ${fa(6)} (بیش از یک سال تا سه سال) است.`,
      en: 'A suspension of 12 months is outside grade 6 (more than one year up to three years).',
    });
    expect(d.steps).toEqual([]);
  });

  it('D3 clamp: from 1403/06/31, 3 months under clamp ends 1403/09/30 and the step records the overflow', () => {
    const d = checkSuspension({ grade: 5, months: 3, start: '1403/06/31', options: { overflow: 'clamp' } });
    expect(d.value.end).toBe('1403/09/30');
    expect(d.steps[0]!.data).toEqual({ start: '1403/06/31', months: 3, end: '1403/09/30', overflow: 'clamp' });
  });

  it('D3: an end past the supported years (1600) is null and gives no step; the length is still judged', () => {
    const d = checkSuspension({ grade: 6, months: 24, start: '1599/06/01' });
    expect(d.status).toBe('lawful');
    expect(d.value).toMatchObject({ start: '1599/06/01', end: null, lawful: true });
    expect(d.steps).toEqual([]);
  });

  it('D3 (regression): a suspension whose end would be the day after Esfand 1600 (1601/01/01) has no end — not the nonexistent 1600/12/30', () => {
    // 1600 is a common year: Esfand has 29 days, so 1600/06/31 + 6 months overflows (nextMonth) past the range.
    const d = checkSuspension({ grade: 5, months: 6, start: '1600/06/31' });
    expect(d.value).toMatchObject({ start: '1600/06/31', end: null, lawful: true });
    expect(d.steps).toEqual([]);
    expect(checkSuspension({ grade: 5, months: 6, start: '1600/06/31', options: { overflow: 'clamp' } }).value.end).toBe('1600/12/29');
  });

  it('suspensionFinding (shared with sentence): grade 5, 13 months is out of range', () => {
    const f = suspensionFinding(5, 13);
    expect(f).toMatchObject({ code: 'discipline.suspension.outOfRange', status: 'unmet', citation: { article: 29, grade: 5 }, data: { grade: 5, months: 13, min: 3, max: 12, minExclusive: false } });
  });
});

describe('Arts. 34–40: catalogue look-ups — pinned', () => {
  it('isOffenceId: only strings that are catalogue ids (a non-string with a matching text is not)', () => {
    expect(isOffenceId('art38-dh')).toBe(true);
    expect(isOffenceId({ toString: () => 'art38-dh' })).toBe(false);
    expect(isOffenceId(['art38-dh'])).toBe(false);
    expect(isOffenceId('art41')).toBe(false);
  });

  it('offenceById / getOffence return the same entry, with its Art. 38(ذ) citation, grade and text', () => {
    const e = getOffence('art38-dh');
    expect(e).toBe(offenceById('art38-dh'));
    expect(e).toMatchObject({ id: 'art38-dh', article: 38, clause: 'ذ', grade: 5, citation: { article: 38, clause: 'ذ' }, text: 'دریافت وجه بیشتر از هزینه های تعیین شده' });
    expect(getOffence('art37-j').dayCount).toBe('absence');
  });
});
