import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { skipReason } from '../../src/_lib/deadline.js';
import { isOfficialHoliday } from '../../src/calendar/official.js';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { appealability, crimeReferral, disciplinaryAppealDeadline } from '../../src/discipline/index.js';

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
