/**
 * Tests written against Stryker survivors in src/discipline/penalties.ts and
 * src/discipline/catalogue.ts (issue 7): Art. 29 (the penalty scale, the suspension lengths
 * of grades 5 and 6, the end date by SPEC D3) and the catalogue look-ups of Arts. 34–41.
 * They pin the finding (code, status, citation, data, messages in both languages with
 * Persian digits), the end step and its data, the value and the summary.
 */
import { describe, expect, it } from 'vitest';
import { getOffence, isOffenceId, offenceById } from '../../src/discipline/catalogue.js';
import { checkSuspension, penaltyOfGrade, PENALTY_SCALE } from '../../src/discipline/index.js';
import { inSuspensionRange, penaltyAt, suspensionFinding, suspensionRangeText } from '../../src/discipline/penalties.js';

/** Persian digits of a Latin-digit string. */
const fa = (s: string | number) => String(s).replace(/\d/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]!);

describe('Art. 29 (mutation): the penalty of each grade', () => {
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

describe('Art. 29 (mutation): checking a suspension length', () => {
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

describe('Arts. 34–40 (mutation): catalogue look-ups', () => {
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
