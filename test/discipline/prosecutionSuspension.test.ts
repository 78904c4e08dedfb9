import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { OFFENCE_IDS, getOffence, suspendProsecution } from '../../src/discipline/index.js';

describe('Art. 31: suspension of prosecution (D11)', () => {
  it('TSDoc example: suspendProsecution', () => {
    expect(suspendProsecution({ offences: [{ id: 'art36-b' }], decidedOn: '1403/02/10', years: 1 }).value.end).toBe('1404/02/10');
    expect(suspendProsecution({ offences: [{ id: 'art38-dh' }] }).status).toBe('unavailable');
    expect(
      suspendProsecution({ offences: [{ id: 'art36-b' }], decidedOn: '1403/02/10', years: 1, newOffence: { committedOn: '1403/09/01', finalConviction: true } }).status,
    ).toBe('revoked');
  });

  it('Art. 31 «درجه یک تا چهار»: available exactly for offences of grade 1–4', () => {
    for (const id of OFFENCE_IDS) {
      const d = suspendProsecution({ offences: [{ id }] });
      expect(d.value.available).toBe(getOffence(id).grade <= 4);
    }
  });

  it('Art. 31: Art. 41 breaches (grade 2–4) qualify; 3 days of absence (grade 4) qualify, 4 days (grade 5) do not', () => {
    expect(suspendProsecution({ offences: [{ id: 'art41', grade: 4 }] }).status).toBe('available');
    expect(suspendProsecution({ offences: [{ id: 'absence', days: 3 }] }).status).toBe('available');
    expect(suspendProsecution({ offences: [{ id: 'absence', days: 4 }] }).status).toBe('unavailable');
  });

  it('D11: one offence of grade 5 among several makes it unavailable', () => {
    const d = suspendProsecution({ offences: [{ id: 'art34-a' }, { id: 'art38-a' }] });
    expect(d.value.highestGrade).toBe(5);
    expect(d.findings[0]).toMatchObject({ status: 'unmet', citation: { article: 31 } });
  });

  it('Art. 31 «یک تا دو سال»: 11 months unlawful, 12 lawful; 24 lawful, 25 unlawful; years and months add up', () => {
    const st = (y: number, m: number) => suspendProsecution({ offences: [{ id: 'art34-a' }], years: y, months: m }).value.periodLawful;
    expect(st(0, 11)).toBe(false);
    expect(st(1, 0)).toBe(true);
    expect(st(1, 6)).toBe(true);
    expect(st(2, 0)).toBe(true);
    expect(st(2, 1)).toBe(false);
    expect(suspendProsecution({ offences: [{ id: 'art34-a' }], months: 25 }).status).toBe('unavailable');
  });

  it('D3: a suspension decided on Esfand 30 1403 for one year ends on 1405/01/01', () => {
    expect(suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1403/12/30', years: 1 }).value.end).toBe('1405/01/01');
  });

  it('Art. 31: a new offence on the last day of the period ending in a final conviction revokes; the day after does not', () => {
    const base = { offences: [{ id: 'art34-a' as const }], decidedOn: '1403/02/10', years: 1 };
    expect(suspendProsecution({ ...base, newOffence: { committedOn: '1404/02/10', finalConviction: true } }).status).toBe('revoked');
    const after = suspendProsecution({ ...base, newOffence: { committedOn: '1404/02/11', finalConviction: true } });
    expect(after.status).toBe('available');
    expect(after.findings.at(-1)?.code).toBe('discipline.prosecutionSuspension.outside');
  });

  it('Art. 31: on revocation both offences are sentenced under Art. 44', () => {
    const d = suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1403/02/10', years: 1, newOffence: { committedOn: '1403/05/01', finalConviction: true } });
    expect(d.value.revoked).toBe(true);
    expect(d.findings.at(-1)).toMatchObject({ code: 'discipline.prosecutionSuspension.art44', citation: { article: 44 } });
  });

  it('Art. 31 «منجر به محکومیت قطعی»: without a final conviction, no revocation; unknown conviction → incomplete', () => {
    const base = { offences: [{ id: 'art34-a' as const }], decidedOn: '1403/02/10', years: 1 };
    expect(suspendProsecution({ ...base, newOffence: { committedOn: '1403/05/01', finalConviction: false } }).status).toBe('available');
    const d = suspendProsecution({ ...base, newOffence: { committedOn: '1403/05/01' } });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['newOffence.finalConviction']);
  });

  it('missing facts: a new offence without the order date or period is incomplete', () => {
    const d = suspendProsecution({ offences: [{ id: 'art34-a' }], newOffence: { committedOn: '1403/05/01', finalConviction: true } });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['decidedOn', 'years']);
  });

  it('bad input: an offence after the order, an unknown id, negative years', () => {
    expect(() => suspendProsecution({ offences: [{ id: 'art34-a', date: '1403/02/11' }], decidedOn: '1403/02/10' })).toThrow(/offences\[0\]\.date/);
    expect(() => suspendProsecution({ offences: [{ id: 'nope' as 'art34-a' }] })).toThrow(/offences\[0\]\.id/);
    expect(() => suspendProsecution({ offences: [{ id: 'art34-a' }], years: -1 })).toThrow(/years/);
  });

  it('the end is never before the order and a new offence inside [order, end] with a final conviction always revokes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 24 }), fc.integer({ min: 0, max: 800 }), (months, offset) => {
        const d = suspendProsecution({ offences: [{ id: 'art35-a' }], decidedOn: '1402/01/15', months });
        const end = d.value.end as string;
        expect(end > '1402/01/15').toBe(true);
        const committed = suspendProsecution({ offences: [{ id: 'art35-a' }], decidedOn: '1402/01/15', months, newOffence: { committedOn: dayPlus('1402/01/15', offset), finalConviction: true } });
        expect(committed.status).toBe(dayPlus('1402/01/15', offset) <= end ? 'revoked' : 'available');
      }),
    );
  });
});

function dayPlus(date: string, n: number): string {
  const [y, m, d] = date.split('/').map(Number) as [number, number, number];
  return formatDayNumber(toDayNumber(y, m, d) + n);
}

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Tests written against Stryker survivors in src/discipline/prosecutionSuspension.ts
// (issue 7): Art. 31, SPEC D11. They pin each finding's code, status, citation and data,
// the messages in both languages (Persian digits), the end step, the value and the status
// for every branch: availability by the highest statutory grade, the period of one to two
// years, the end date (SPEC D3), and the new offence that revokes the order.
/** Persian digits of a Latin-digit string. */
const fa = (s: string | number) => String(s).replace(/\d/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]!);

const base = { offences: [{ id: 'art34-a' as const }], decidedOn: '1403/02/10', years: 1 };

describe('Art. 31: availability by the highest statutory grade — pinned', () => {
  it('Art. 31 «درجه یک تا چهار»: a grade 3 offence, one year from 1403/02/10: available, period in range, end 1404/02/10 — pinned', () => {
    const d = suspendProsecution({ offences: [{ id: 'art36-b' }], decidedOn: '1403/02/10', years: 1 });
    expect(d.kind).toBe('discipline.prosecutionSuspension');
    expect(d.asOf).toBe('1403/02/10');
    expect(d.status).toBe('available');
    expect(d.value).toEqual({ available: true, highestGrade: 3, combinedGrade: null, months: 12, periodLawful: true, from: '1403/02/10', end: '1404/02/10', revoked: false });
    expect(d.summary).toEqual({ fa: 'تعلیق تعقیب ممکن است', en: 'Prosecution may be suspended' });
    expect(d.missing).toEqual([]);
    expect(d.findings).toHaveLength(2);
    const [avail, period] = d.findings as [(typeof d.findings)[0], (typeof d.findings)[0]];
    expect(avail).toMatchObject({ code: 'discipline.prosecutionSuspension.available', status: 'met', citation: { article: 31 }, data: { highestGrade: 3, reading: 'eachOffence' } });
    expect(avail.message).toEqual({
      fa: `تخلف مستوجب مجازات درجه ${fa(3)} است (حداکثر ${fa(4)}): تعلیق تعقیب ممکن است.`,
      en: 'The offence carries grade 3 (at most 4): prosecution may be suspended.',
    });
    expect(period).toMatchObject({ code: 'discipline.prosecutionSuspension.periodInRange', status: 'met', citation: { article: 31 } });
    expect(period.message).toEqual({
      fa: `مدت ${fa(12)} ماه در حدود یک تا دو سال (${fa(12)} تا ${fa(24)} ماه) است.`,
      en: 'A period of 12 months is within one to two years (12 to 24 months).',
    });
    expect(d.steps).toHaveLength(1);
    expect(d.steps[0]).toMatchObject({ code: 'discipline.prosecutionSuspension.end', citation: { article: 31 } });
    expect(d.steps[0]!.message).toEqual({
      fa: `تعلیق تعقیب از تاریخ صدور قرار، ${fa('1403/02/10')}، به مدت ${fa(12)} ماه تا ${fa('1404/02/10')}.`,
      en: 'Prosecution suspended from the order, 1403/02/10, for 12 months, until 1404/02/10.',
    });
  });

  it('D11: the highest grade counts whatever the order of the offences (grade 5 first, grade 1 after: unavailable, highest 5)', () => {
    for (const offences of [[{ id: 'art38-dh' as const }, { id: 'art34-a' as const }], [{ id: 'art34-a' as const }, { id: 'art38-dh' as const }]]) {
      const d = suspendProsecution({ offences });
      expect(d.status).toBe('unavailable');
      expect(d.value.highestGrade).toBe(5);
      expect(d.findings[0]).toMatchObject({ code: 'discipline.prosecutionSuspension.unavailable', status: 'unmet', citation: { article: 31 }, data: { highestGrade: 5 } });
      expect(d.findings[0]!.message).toEqual({
        fa: `تخلف مستوجب مجازات درجه ${fa(5)} است (بیش از ${fa(4)}): تعلیق تعقیب ممکن نیست.`,
        en: 'The offence carries grade 5 (above 4): prosecution may not be suspended.',
      });
      expect(d.summary).toEqual({ fa: 'تعلیق تعقیب ممکن نیست', en: 'Prosecution may not be suspended' });
    }
    expect(suspendProsecution({ offences: [{ id: 'art37-a' }, { id: 'art35-a' }] }).value.highestGrade).toBe(4);
  });

  it('Art. 31 + Art. 41: an Art. 41 breach counts with the grade the board chose (2 and 4 available)', () => {
    expect(suspendProsecution({ offences: [{ id: 'art41', grade: 2 }] }).value).toMatchObject({ available: true, highestGrade: 2 });
    expect(suspendProsecution({ offences: [{ id: 'art41', grade: 4 }, { id: 'art34-a' }] }).value).toMatchObject({ available: true, highestGrade: 4 });
  });

  it('Arts. 37(ج)–40(ث) + D9: absence counts by its band (3 days grade 4; 35 days grade 7, or grade 6 with daysPerMonth 40)', () => {
    expect(suspendProsecution({ offences: [{ id: 'absence', days: 3 }] }).value).toMatchObject({ available: true, highestGrade: 4 });
    expect(suspendProsecution({ offences: [{ id: 'absence', days: 35 }] }).value).toMatchObject({ available: false, highestGrade: 7 });
    expect(suspendProsecution({ offences: [{ id: 'absence', days: 35 }], options: { daysPerMonth: 40 } }).value).toMatchObject({ available: false, highestGrade: 6 });
  });

  it('Arts. 38(خ)–40(پ) + D9: closure counts by its band (1 day grade 5, 2 days grade 6, 4 days grade 7): never available', () => {
    expect(suspendProsecution({ offences: [{ id: 'closure', days: 1 }] }).value).toMatchObject({ available: false, highestGrade: 5 });
    expect(suspendProsecution({ offences: [{ id: 'closure', days: 2 }] }).value).toMatchObject({ available: false, highestGrade: 6 });
    expect(suspendProsecution({ offences: [{ id: 'closure', days: 4 }] }).value).toMatchObject({ available: false, highestGrade: 7 });
  });
});

describe('Art. 31: the period «به مدت یک تا دو سال» and its end (SPEC D3) — pinned', () => {
  it('Art. 31: 25 months is out of range: finding unmet with both bounds; status unavailable even for a grade 1 offence', () => {
    const d = suspendProsecution({ offences: [{ id: 'art34-a' }], months: 25 });
    expect(d.status).toBe('unavailable');
    expect(d.value).toEqual({ available: true, highestGrade: 1, combinedGrade: null, months: 25, periodLawful: false, from: null, end: null, revoked: false });
    expect(d.asOf).toBeNull();
    expect(d.findings[1]).toMatchObject({ code: 'discipline.prosecutionSuspension.periodOutOfRange', status: 'unmet', citation: { article: 31 } });
    expect(d.findings[1]!.message).toEqual({
      fa: `مدت ${fa(25)} ماه خارج از حدود یک تا دو سال (${fa(12)} تا ${fa(24)} ماه) است.`,
      en: 'A period of 25 months is outside one to two years (12 to 24 months).',
    });
    expect(d.steps).toEqual([]);
  });

  it('Art. 31: years alone, months alone, and both add up (1 year = 12, 18 months, 1 year 6 months = 18)', () => {
    expect(suspendProsecution({ offences: [{ id: 'art34-a' }], years: 1 }).value.months).toBe(12);
    expect(suspendProsecution({ offences: [{ id: 'art34-a' }], months: 18 }).value.months).toBe(18);
    expect(suspendProsecution({ offences: [{ id: 'art34-a' }], years: 1, months: 6 }).value.months).toBe(18);
    expect(suspendProsecution({ offences: [{ id: 'art34-a' }], years: 2, months: 0 }).value).toMatchObject({ months: 24, periodLawful: true });
  });

  it('Art. 31: with no period there is no period finding and no end, even with the order date', () => {
    const d = suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1403/02/10' });
    expect(d.value).toEqual({ available: true, highestGrade: 1, combinedGrade: null, months: null, periodLawful: null, from: '1403/02/10', end: null, revoked: false });
    expect(d.findings.map((f) => f.code)).toEqual(['discipline.prosecutionSuspension.available']);
    expect(d.steps).toEqual([]);
    expect(d.status).toBe('available');
  });

  it('D3: the end is the same day months later, 1st of the next month by default, the last day under clamp (1403/06/31 + 13 months)', () => {
    const next = suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1403/06/31', months: 13 });
    expect(next.value.end).toBe('1404/08/01');
    const clamp = suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1403/06/31', months: 13, options: { overflow: 'clamp' } });
    expect(clamp.value.end).toBe('1404/07/30');
    expect(clamp.steps[0]!.message.en).toBe('Prosecution suspended from the order, 1403/06/31, for 13 months, until 1404/07/30.');
  });

  it('D3 (regression): an end on the day after Esfand 1600 (nextMonth from a 31st) is null — not the nonexistent 1600/12/30', () => {
    const d = suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1599/06/31', months: 18 });
    expect(d.value).toMatchObject({ from: '1599/06/31', end: null, periodLawful: true });
    expect(d.steps).toEqual([]);
    expect(suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1599/06/31', months: 18, options: { overflow: 'clamp' } }).value.end).toBe('1600/12/29');
  });

  it('D3: an end beyond the supported years (1600) is left null, with no end step', () => {
    const d = suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1599/06/01', years: 2 });
    expect(d.value).toMatchObject({ from: '1599/06/01', end: null, periodLawful: true });
    expect(d.steps).toEqual([]);
  });
});

describe('Art. 31: a new offence «از تاریخ صدور قرار تعلیق تعقیب تا پایان آن … منجر به محکومیت قطعی» — pinned', () => {
  it('Art. 31: a final conviction for an offence inside the period revokes the order: revoked finding and the Art. 44 finding', () => {
    const d = suspendProsecution({ ...base, newOffence: { committedOn: '1403/05/01', finalConviction: true } });
    expect(d.status).toBe('revoked');
    expect(d.value.revoked).toBe(true);
    expect(d.summary).toEqual({ fa: 'قرار تعلیق تعقیب لغو می‌شود', en: 'The suspension of prosecution is revoked' });
    expect(d.findings.map((f) => [f.code, f.status, f.citation])).toEqual([
      ['discipline.prosecutionSuspension.available', 'met', { article: 31 }],
      ['discipline.prosecutionSuspension.periodInRange', 'met', { article: 31 }],
      ['discipline.prosecutionSuspension.revoked', 'info', { article: 31 }],
      ['discipline.prosecutionSuspension.art44', 'info', { article: 44 }],
    ]);
    expect(d.findings[2]!.message).toEqual({
      fa: `تخلف ارتکابی در ${fa('1403/05/01')}، در مدت تعلیق، به محکومیت قطعی انجامیده است: هیات قرار تعلیق تعقیب را لغو و به موضوع رسیدگی می‌کند.`,
      en: 'The offence of 1403/05/01, within the period, ended in a final conviction: the board revokes the suspension and hears the case.',
    });
    expect(d.findings[3]!.message.en).toBe('If convicted, both offences are sentenced together under Art. 44 (several offences).');
  });

  it('Art. 31: the order day itself is inside the period (revokes); the day before is outside, with both ends in the message', () => {
    expect(suspendProsecution({ ...base, newOffence: { committedOn: '1403/02/10', finalConviction: true } }).status).toBe('revoked');
    const before = suspendProsecution({ ...base, newOffence: { committedOn: '1403/02/09', finalConviction: true } });
    expect(before.status).toBe('available');
    expect(before.value.revoked).toBe(false);
    const f = before.findings.at(-1)!;
    expect(f).toMatchObject({ code: 'discipline.prosecutionSuspension.outside', status: 'info', citation: { article: 31 } });
    expect(f.message).toEqual({
      fa: `تخلف ارتکابی در ${fa('1403/02/09')} خارج از مدت تعلیق (${fa('1403/02/10')} تا ${fa('1404/02/10')}) است: موجب لغو قرار نیست.`,
      en: 'The offence of 1403/02/09 is outside the period (1403/02/10 to 1404/02/10): it does not revoke the order.',
    });
  });

  it('Art. 31: with an end beyond 1600 (unknown), any offence from the order day on is inside; one before is outside, end shown as "-"', () => {
    const far = { offences: [{ id: 'art34-a' as const }], decidedOn: '1599/06/01', years: 2 };
    expect(suspendProsecution({ ...far, newOffence: { committedOn: '1600/12/29', finalConviction: true } }).status).toBe('revoked');
    const before = suspendProsecution({ ...far, newOffence: { committedOn: '1599/05/31', finalConviction: true } });
    expect(before.status).toBe('available');
    expect(before.findings.at(-1)!.message.en).toBe('The offence of 1599/05/31 is outside the period (1599/06/01 to -): it does not revoke the order.');
  });

  it('Art. 31 «منجر به محکومیت قطعی»: not (yet) a final conviction: pending, the order stands', () => {
    const d = suspendProsecution({ ...base, newOffence: { committedOn: '1403/05/01', finalConviction: false } });
    expect(d.status).toBe('available');
    expect(d.value.revoked).toBe(false);
    const f = d.findings.at(-1)!;
    expect(f).toMatchObject({ code: 'discipline.prosecutionSuspension.pending', status: 'info', citation: { article: 31 } });
    expect(f.message).toEqual({
      fa: `تخلف ارتکابی در ${fa('1403/05/01')} در مدت تعلیق است، اما هنوز به محکومیت قطعی نینجامیده است: قرار لغو نمی‌شود.`,
      en: 'The offence of 1403/05/01 is within the period but has not ended in a final conviction: the order is not revoked.',
    });
  });

  it('missing facts: conviction unknown → incomplete, finding unknown listing newOffence.finalConviction', () => {
    const d = suspendProsecution({ ...base, newOffence: { committedOn: '1403/05/01' } });
    expect(d.status).toBe('incomplete');
    expect(d.value.revoked).toBeNull();
    expect(d.summary).toEqual({ fa: 'اطلاعات برای تصمیم کامل نیست', en: 'Not enough facts to decide' });
    const f = d.findings.at(-1)!;
    expect(f).toMatchObject({ code: 'discipline.prosecutionSuspension.convictionUnknown', status: 'unknown', citation: { article: 31 }, missing: ['newOffence.finalConviction'] });
    expect(f.message.en).toBe('The offence of 1403/05/01 is within the period; unknown whether it ended in a final conviction.');
    expect(f.message.fa).toContain(fa('1403/05/01'));
  });

  it('missing facts: each of the order date, the period and the new offence date is listed when left out, in that order', () => {
    const all = suspendProsecution({ offences: [{ id: 'art34-a' }], newOffence: { finalConviction: true } });
    expect(all.status).toBe('incomplete');
    expect(all.value.revoked).toBeNull();
    expect(all.findings.at(-1)).toMatchObject({ code: 'discipline.prosecutionSuspension.periodUnknown', status: 'unknown', citation: { article: 31 }, missing: ['decidedOn', 'years', 'newOffence.committedOn'] });
    expect(all.missing).toEqual(['decidedOn', 'years', 'newOffence.committedOn']);
    expect(suspendProsecution({ ...base, newOffence: { finalConviction: true } }).missing).toEqual(['newOffence.committedOn']);
    expect(suspendProsecution({ offences: base.offences, years: 1, newOffence: { committedOn: '1403/05/01', finalConviction: true } }).missing).toEqual(['decidedOn']);
    expect(suspendProsecution({ offences: base.offences, decidedOn: '1403/02/10', newOffence: { committedOn: '1403/05/01', finalConviction: true } }).missing).toEqual(['years']);
  });

  it('Art. 31: a new offence is not weighed when no suspension is possible (grade 5, or a period out of range)', () => {
    const grade5 = suspendProsecution({ offences: [{ id: 'art38-dh' }], decidedOn: '1403/02/10', years: 1, newOffence: { committedOn: '1403/05/01', finalConviction: true } });
    expect(grade5.status).toBe('unavailable');
    expect(grade5.value.revoked).toBe(false);
    expect(grade5.findings.map((f) => f.code)).toEqual(['discipline.prosecutionSuspension.unavailable', 'discipline.prosecutionSuspension.periodInRange']);
    const long = suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1403/02/10', years: 3, newOffence: { committedOn: '1403/05/01' } });
    expect(long.status).toBe('unavailable');
    expect(long.value.revoked).toBe(false);
    expect(long.missing).toEqual([]);
    expect(long.findings.map((f) => f.code)).toEqual(['discipline.prosecutionSuspension.available', 'discipline.prosecutionSuspension.periodOutOfRange']);
  });
});
