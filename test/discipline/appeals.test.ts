import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skipReason } from '../../src/_lib/deadline.js';
import { isOfficialHoliday } from '../../src/calendar/official.js';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { appealability, crimeReferral, disciplinaryAppealDeadline } from '../../src/discipline/index.js';
import { appealabilityOf } from '../../src/discipline/appeals.js';

const dn = (s: string) => {
  const [y, m, d] = s.split('/').map(Number) as [number, number, number];
  return toDayNumber(y, m, d);
};

describe('Art. 33: appealability (D13)', () => {
  it('TSDoc example: appealability', () => {
    expect(appealability({ ruling: 'conviction', grade: 4 }).value.appellants).toEqual(['convictedManager', 'headOfCenter']);
    expect(appealability({ ruling: 'conviction', grade: 3 }).status).toBe('final');
    expect(appealability({ ruling: 'acquittal', grade: 5 }).value.appellants).toEqual(['headOfCenter']);
  });

  it('Art. 33 «مگر در مجازات درجه چهار تا هفت»: a conviction of grade 3 is final, grade 4 appealable', () => {
    const table = [1, 2, 3, 4, 5, 6, 7].map((grade) => appealability({ ruling: 'conviction', grade }).status);
    expect(table).toEqual(['final', 'final', 'final', 'appealable', 'appealable', 'appealable', 'appealable']);
  });

  it('Art. 33 «آراء برائت … درجه پنج تا هفت … توسط رییس مرکز»: an acquittal of grade 4 is final, of grade 5 appealable by the head of the Center only', () => {
    const table = [1, 2, 3, 4, 5, 6, 7].map((grade) => appealability({ ruling: 'acquittal', grade }).status);
    expect(table).toEqual(['final', 'final', 'final', 'final', 'appealable', 'appealable', 'appealable']);
    expect(appealability({ ruling: 'acquittal', grade: 7 }).findings[0]?.message.fa).toContain('رییس مرکز');
  });

  it('Art. 45: a revocation is appealable by the manager within 20 days', () => {
    const d = appealability({ ruling: 'revocation' });
    expect(d.value).toMatchObject({ appealable: true, appellants: ['manager'], days: 20, citation: { article: 45 } });
  });

  it('missing facts: a conviction without its grade is incomplete', () => {
    const d = appealability({ ruling: 'conviction' });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['grade']);
  });

  it('bad input: an unknown ruling or grade 0', () => {
    expect(() => appealability({ ruling: 'pardon' as 'conviction', grade: 4 })).toThrow(/ruling/);
    expect(() => appealability({ ruling: 'conviction', grade: 0 })).toThrow(/grade/);
  });
});

describe('Arts. 33, 45: the last day to appeal (D13)', () => {
  it('TSDoc example: disciplinaryAppealDeadline', () => {
    expect(disciplinaryAppealDeadline({ ruling: 'conviction', grade: 5, notifiedOn: '1403/01/10' }).value.lastDay).toBe('1403/02/01');
    expect(disciplinaryAppealDeadline({ ruling: 'conviction', grade: 2, notifiedOn: '1403/01/10' }).value.lastDay).toBeNull();
  });

  it('D13: notified 1403/02/01 (a Saturday): the 20 days run 02/02–02/21 and an appeal on 02/22 (D+21) is in time, on 02/23 late', () => {
    const base = { ruling: 'conviction' as const, grade: 4, notifiedOn: '1403/02/01' };
    expect(disciplinaryAppealDeadline(base).value.lastDay).toBe('1403/02/22');
    expect(disciplinaryAppealDeadline({ ...base, asOf: '1403/02/22' }).value.inTime).toBe(true);
    expect(disciplinaryAppealDeadline({ ...base, asOf: '1403/02/23' }).value.inTime).toBe(false);
  });

  it('Civil Procedure Code Art. 444: a closed last day moves to the next open day (Friday, then a holiday the caller gives)', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 7, notifiedOn: '1403/01/10', holidays: ['1403/02/01'] });
    expect(d.value.lastDay).toBe('1403/02/02');
    expect(d.steps.filter((s) => s.code === 'dates.deadline.skipped')).toHaveLength(2);
    expect(d.steps.every((s) => s.citation.article === 33)).toBe(true);
  });

  it('Art. 45: a revocation is counted the same way, cited to Art. 45', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'revocation', notifiedOn: '1403/02/01' });
    expect(d.value.lastDay).toBe('1403/02/22');
    expect(d.steps[0]?.citation).toEqual({ article: 45 });
  });

  it('option counting lastCountedDay: the last day is D+20 (notified 1403/02/02: 02/22, not 02/23)', () => {
    expect(disciplinaryAppealDeadline({ ruling: 'acquittal', grade: 6, notifiedOn: '1403/02/02', options: { counting: 'lastCountedDay' } }).value.lastDay).toBe('1403/02/22');
    expect(disciplinaryAppealDeadline({ ruling: 'acquittal', grade: 6, notifiedOn: '1403/02/02' }).value.lastDay).toBe('1403/02/23');
  });

  it('a final ruling has no deadline and no steps; an unknown grade still gets the last day, incomplete', () => {
    const final = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 3, notifiedOn: '1403/02/01', asOf: '1403/02/05' });
    expect(final.status).toBe('final');
    expect(final.steps).toEqual([]);
    expect(final.value.inTime).toBeNull();
    const unknown = disciplinaryAppealDeadline({ ruling: 'conviction', notifiedOn: '1403/02/01' });
    expect(unknown.status).toBe('incomplete');
    expect(unknown.value.lastDay).toBe('1403/02/22');
  });

  it('bad input: asOf before the notification, a malformed holiday', () => {
    expect(() => disciplinaryAppealDeadline({ ruling: 'revocation', notifiedOn: '1403/02/01', asOf: '1403/01/31' })).toThrow(/asOf/);
    expect(() => disciplinaryAppealDeadline({ ruling: 'revocation', notifiedOn: '1403/02/01', holidays: ['1403/02/32'] })).toThrow(/holidays\[0\]/);
  });

  it('the last day to appeal is never before D+21 and never a closed day', () => {
    const FIRST = toDayNumber(1400, 1, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST, max: FIRST + 2000 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 12 }),
        fc.integer({ min: 4, max: 7 }),
        (notified, offsets, grade) => {
          const holidays = offsets.map((o) => notified + o);
          const d = disciplinaryAppealDeadline({ ruling: 'conviction', grade, notifiedOn: formatDayNumber(notified), holidays: holidays.map(formatDayNumber) });
          const last = dn(d.value.lastDay as string);
          expect(last).toBeGreaterThanOrEqual(notified + 21);
          // Closed: a Friday, an official holiday (the default calendar, issue 14) or the caller's.
          expect(skipReason(last, new Set(holidays), isOfficialHoliday)).toBeNull();
          // Every day between D+21 and the last day is closed (the move is minimal).
          for (let x = notified + 21; x < last; x++) expect(skipReason(x, new Set(holidays), isOfficialHoliday)).not.toBeNull();
        },
      ),
    );
  });
});

describe('Art. 42: a crime found in a disciplinary case', () => {
  it('TSDoc example: crimeReferral', () => {
    expect(crimeReferral().value).toEqual({ report: true, disciplinaryCaseContinues: true });
    expect(crimeReferral().findings.map((f) => f.code)).toEqual(['discipline.crime.report', 'discipline.crime.continues']);
  });

  it('Art. 42: both findings are info, cited to Art. 42, in both languages', () => {
    for (const f of crimeReferral().findings) {
      expect(f).toMatchObject({ status: 'info', citation: { article: 42 } });
      expect(f.message.fa.length).toBeGreaterThan(10);
    }
    expect(crimeReferral().findings[0]?.message.fa).toContain('مرجع قضایی صلاحیت‌دار');
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Tests written against Stryker survivors in src/discipline/appeals.ts and
// src/discipline/crimeReferral.ts (issue 7): Arts. 33, 42 and 45. They pin each decision's
// status, value, summary and finding (code, status, citation, data, message in both
// languages, Persian with Persian digits), and the steps of the counting (SPEC D13).
/** Persian digits of a Latin-digit string. */
const fa = (s: string | number) => String(s).replace(/\d/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]!);

describe('Art. 33: appealability, pinned', () => {
  it('Art. 33 «مگر در مجازات درجه چهار تا هفت»: a grade 4 conviction is appealable by the convicted manager or the head of the Center within 20 days', () => {
    const d = appealability({ ruling: 'conviction', grade: 4 });
    expect(d.kind).toBe('discipline.appealability');
    expect(d.asOf).toBeNull();
    expect(d.status).toBe('appealable');
    expect(d.value).toEqual({ ruling: 'conviction', grade: 4, appealable: true, appellants: ['convictedManager', 'headOfCenter'], days: 20, citation: { article: 33 } });
    expect(d.summary).toEqual({ fa: 'رای قابل اعتراض است', en: 'The ruling is appealable' });
    expect(d.steps).toEqual([]);
    expect(d.missing).toEqual([]);
    expect(d.findings).toHaveLength(1);
    const f = d.findings[0]!;
    expect(f.code).toBe('discipline.appeal.conviction');
    expect(f.status).toBe('info');
    expect(f.citation).toEqual({ article: 33 });
    expect(f.data).toEqual({ appealable: true, appellants: ['convictedManager', 'headOfCenter'], days: 20, grade: 4 });
    expect(f.message.en).toBe('A conviction with a grade 4 penalty: appealable to the appeal board by the convicted manager or the head of the Center within twenty days of notification.');
    expect(f.message.fa).toBe(`رای محکومیت به مجازات درجه ${fa(4)}: ظرف بیست روز از ابلاغ توسط محکوم علیه یا رییس مرکز قابل اعتراض در هیات تجدیدنظر است.`);
  });

  it('Art. 33: a grade 3 conviction is final: no appellant, no days; the finding says so in both languages', () => {
    const d = appealability({ ruling: 'conviction', grade: 3 });
    expect(d.status).toBe('final');
    expect(d.value).toEqual({ ruling: 'conviction', grade: 3, appealable: false, appellants: [], days: null, citation: { article: 33 } });
    expect(d.summary).toEqual({ fa: 'رای قطعی است', en: 'The ruling is final' });
    expect(d.findings[0]).toMatchObject({ code: 'discipline.appeal.conviction', status: 'info', citation: { article: 33 }, data: { appealable: false, appellants: [], days: null, grade: 3 } });
    expect(d.findings[0]!.message).toEqual({ fa: `رای محکومیت به مجازات درجه ${fa(3)} قطعی است.`, en: 'A conviction with a grade 3 penalty is final.' });
  });

  it('Art. 33 «آراء برائت … درجه پنج تا هفت»: an acquittal of a grade 4 offence is final, of grade 5 appealable by the head of the Center only', () => {
    const four = appealability({ ruling: 'acquittal', grade: 4 });
    expect(four.status).toBe('final');
    expect(four.value).toEqual({ ruling: 'acquittal', grade: 4, appealable: false, appellants: [], days: null, citation: { article: 33 } });
    expect(four.findings[0]).toMatchObject({ code: 'discipline.appeal.acquittal', status: 'info', data: { appealable: false, grade: 4 } });
    expect(four.findings[0]!.message.en).toBe('An acquittal of an offence of grade 4 is final.');
    const five = appealability({ ruling: 'acquittal', grade: 5 });
    expect(five.status).toBe('appealable');
    expect(five.value).toEqual({ ruling: 'acquittal', grade: 5, appealable: true, appellants: ['headOfCenter'], days: 20, citation: { article: 33 } });
    expect(five.findings[0]).toMatchObject({ code: 'discipline.appeal.acquittal', status: 'info', citation: { article: 33 }, data: { appealable: true, appellants: ['headOfCenter'], days: 20, grade: 5 } });
    expect(five.findings[0]!.message).toEqual({
      fa: `رای برائت از تخلف مستوجب مجازات درجه ${fa(5)}: ظرف بیست روز از ابلاغ توسط رییس مرکز قابل اعتراض است.`,
      en: 'An acquittal of an offence of grade 5: appealable by the head of the Center within twenty days of notification.',
    });
  });

  it('Art. 45: a revocation is appealable by the manager within 20 days, whatever grade is given; cited to Art. 45', () => {
    for (const grade of [undefined, 1, 7]) {
      const d = appealability(grade === undefined ? { ruling: 'revocation' } : { ruling: 'revocation', grade });
      expect(d.status).toBe('appealable');
      expect(d.value).toEqual({ ruling: 'revocation', grade: null, appealable: true, appellants: ['manager'], days: 20, citation: { article: 45 } });
      expect(d.findings).toHaveLength(1);
      expect(d.findings[0]).toMatchObject({ code: 'discipline.appeal.revocation', status: 'info', citation: { article: 45 }, data: { appealable: true, appellants: ['manager'], days: 20 } });
      expect(d.findings[0]!.message.en).toBe('A revocation of the licence for lost or missing conditions: appealable to the appeal board within twenty days.');
    }
  });

  it('missing facts: an acquittal without the grade is incomplete, the finding unknown and listing `grade`', () => {
    const d = appealability({ ruling: 'acquittal' });
    expect(d.status).toBe('incomplete');
    expect(d.value).toEqual({ ruling: 'acquittal', grade: null, appealable: null, appellants: [], days: null, citation: { article: 33 } });
    expect(d.summary).toEqual({ fa: 'قابل اعتراض بودن رای معلوم نیست', en: 'Whether the ruling is appealable is unknown' });
    expect(d.findings).toHaveLength(1);
    expect(d.findings[0]).toMatchObject({ code: 'discipline.appeal.unknown', status: 'unknown', citation: { article: 33 }, missing: ['grade'] });
    expect(d.missing).toEqual(['grade']);
  });

  it('appealabilityOf (internal): a null grade is unknown like an undefined one', () => {
    expect(appealabilityOf('conviction', null)).toEqual({ ruling: 'conviction', grade: null, appealable: null, appellants: [], days: null, citation: { article: 33 } });
    expect(appealabilityOf('conviction', undefined)).toEqual(appealabilityOf('conviction', null));
  });
});

describe('Arts. 33, 45: the last day to appeal, pinned', () => {
  it('Art. 33: a grade 3 conviction is final: no steps, no last day, no in-time finding even with asOf; asOf kept', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 3, notifiedOn: '1403/02/01', asOf: '1403/02/05' });
    expect(d.kind).toBe('discipline.appealDeadline');
    expect(d.status).toBe('final');
    expect(d.asOf).toBe('1403/02/05');
    expect(d.value).toEqual({ ruling: 'conviction', grade: 3, appealable: false, appellants: [], days: null, citation: { article: 33 }, notifiedOn: '1403/02/01', lastDay: null, inTime: null, provisional: false });
    expect(d.summary).toEqual({ fa: 'رای قطعی است؛ مهلت اعتراضی نیست', en: 'The ruling is final; there is no time to appeal' });
    expect(d.findings.map((f) => f.code)).toEqual(['discipline.appeal.conviction']);
    expect(d.steps).toEqual([]);
  });

  it('Art. 45 + D13: a revocation notified 1403/02/01: last day 02/22; an appeal on 02/23 is late (finding unmet, cited to Art. 45)', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'revocation', notifiedOn: '1403/02/01', asOf: '1403/02/23' });
    expect(d.status).toBe('appealable');
    expect(d.asOf).toBe('1403/02/23');
    expect(d.value).toEqual({ ruling: 'revocation', grade: null, appealable: true, appellants: ['manager'], days: 20, citation: { article: 45 }, notifiedOn: '1403/02/01', lastDay: '1403/02/22', inTime: false, provisional: false });
    expect(d.summary).toEqual({ fa: `آخرین روز اعتراض: ${fa('1403/02/22')}`, en: 'Last day to appeal: 1403/02/22' });
    expect(d.findings.map((f) => f.code)).toEqual(['discipline.appeal.revocation', 'discipline.appeal.late']);
    const late = d.findings[1]!;
    expect(late).toMatchObject({ status: 'unmet', citation: { article: 45 }, data: { asOf: '1403/02/23', lastDay: '1403/02/22' } });
    expect(late.message).toEqual({ fa: `اعتراض در ${fa('1403/02/23')} خارج از مهلت است (آخرین روز: ${fa('1403/02/22')}).`, en: 'An appeal on 1403/02/23 is late (last day: 1403/02/22).' });
    expect(d.steps.map((s) => s.code)).toEqual(['dates.deadline.notificationDay', 'dates.deadline.period', 'dates.deadline.actingDay', 'dates.deadline.calendar', 'dates.deadline.lastDay']);
    for (const s of d.steps) expect(s.citation).toEqual({ article: 45 });
    expect(d.steps[1]!.data).toEqual({ days: 20, firstDay: '1403/02/02', periodEnd: '1403/02/21' });
  });

  it('Art. 33 + D13: a grade 5 conviction, an appeal on the last day (02/22) is in time (finding met, cited to Art. 33)', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 5, notifiedOn: '1403/02/01', asOf: '1403/02/22' });
    expect(d.status).toBe('appealable');
    expect(d.value.inTime).toBe(true);
    expect(d.value.lastDay).toBe('1403/02/22');
    const inTime = d.findings[1]!;
    expect(inTime).toMatchObject({ code: 'discipline.appeal.inTime', status: 'met', citation: { article: 33 }, data: { asOf: '1403/02/22', lastDay: '1403/02/22' } });
    expect(inTime.message).toEqual({ fa: `اعتراض در ${fa('1403/02/22')} در مهلت است (آخرین روز: ${fa('1403/02/22')}).`, en: 'An appeal on 1403/02/22 is in time (last day: 1403/02/22).' });
    expect(d.steps.every((s) => s.citation.article === 33)).toBe(true);
    expect(d.steps[1]!.data).toEqual({ days: 20, firstDay: '1403/02/02', periodEnd: '1403/02/21' });
  });

  it('D13: without asOf the decision is dated the notification, inTime is null and there is no in-time finding', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 6, notifiedOn: '1403/02/01' });
    expect(d.asOf).toBe('1403/02/01');
    expect(d.value.inTime).toBeNull();
    expect(d.findings.map((f) => f.code)).toEqual(['discipline.appeal.conviction']);
  });

  it('D13: a grade left out still gets the last day; summary says "if the ruling is appealable" in both languages', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'conviction', notifiedOn: '1403/02/01', asOf: '1403/02/22' });
    expect(d.status).toBe('incomplete');
    expect(d.value).toMatchObject({ grade: null, appealable: null, lastDay: '1403/02/22', inTime: true });
    expect(d.summary).toEqual({ fa: `آخرین روز اعتراض: ${fa('1403/02/22')} (اگر رای قابل اعتراض باشد)`, en: 'Last day to appeal: 1403/02/22 (if the ruling is appealable)' });
    expect(d.missing).toEqual(['grade']);
    expect(d.findings.map((f) => f.code)).toEqual(['discipline.appeal.unknown', 'discipline.appeal.inTime']);
  });

  it('CPC Art. 444: holidays given are closed days (notified 1403/02/01, 02/22 a holiday: last day 02/23)', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 4, notifiedOn: '1403/02/01', holidays: ['1403/02/22'] });
    expect(d.value.lastDay).toBe('1403/02/23');
    expect(d.steps.find((s) => s.code === 'dates.deadline.skipped')?.data).toEqual({ date: '1403/02/22', reason: 'holiday', civilProcedureArticle: 444 });
  });

  it('D13 lastCountedDay: notified 1403/02/02, the last day is D+20 (02/22), the third step the last counted day', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 4, notifiedOn: '1403/02/02', options: { counting: 'lastCountedDay' } });
    expect(d.value.lastDay).toBe('1403/02/22');
    expect(d.steps.map((s) => s.code)).toEqual(['dates.deadline.notificationDay', 'dates.deadline.period', 'dates.deadline.lastCountedDay', 'dates.deadline.calendar', 'dates.deadline.lastDay']);
  });

  it('input: asOf the day of notification is accepted (in time); the day before names `asOf`', () => {
    expect(disciplinaryAppealDeadline({ ruling: 'revocation', notifiedOn: '1403/02/01', asOf: '1403/02/01' }).value.inTime).toBe(true);
    expect(() => disciplinaryAppealDeadline({ ruling: 'revocation', notifiedOn: '1403/02/01', asOf: '1403/01/31' })).toThrow(/asOf/);
  });
});

describe('Art. 42: a crime found in a disciplinary case, pinned', () => {
  it('Art. 42: status report, value, summary and the two info findings with their messages', () => {
    const d = crimeReferral();
    expect(d.kind).toBe('discipline.crimeReferral');
    expect(d.asOf).toBeNull();
    expect(d.status).toBe('report');
    expect(d.value).toEqual({ report: true, disciplinaryCaseContinues: true });
    expect(d.summary).toEqual({ fa: 'جرم را به مرجع قضایی اعلام کنید و رسیدگی انتظامی را ادامه دهید', en: 'Report the crime to the judicial authority and go on with the disciplinary case' });
    expect(d.findings.map((f) => [f.code, f.status, f.citation])).toEqual([
      ['discipline.crime.report', 'info', { article: 42 }],
      ['discipline.crime.continues', 'info', { article: 42 }],
    ]);
    expect(d.findings[0]!.message.en).toBe('A first-instance or appeal board that learns, while hearing a case, of a crime with a public aspect must report it to the competent judicial authority.');
    expect(d.findings[1]!.message.en).toBe("The judicial authority's hearing of the crime does not stop the hearing of the disciplinary offence.");
    expect(d.steps).toEqual([]);
    expect(d.missing).toEqual([]);
  });
});
