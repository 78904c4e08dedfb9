/**
 * Tests written against Stryker survivors in src/dates/deadline.ts and src/_lib/deadline.ts
 * (issue 7, item 5): Arts. 33 and 45 (20 days), counted per SPEC D13 (Civil Procedure Code
 * Arts. 444–445). Each step is pinned with its code, citation, `data` and the dates of its
 * message in both languages; the decision's finding and summary for each status.
 */
import { describe, expect, it } from 'vitest';
import { closedReason, computeDeadline } from '../../src/_lib/deadline.js';
import { toDayNumber } from '../../src/_lib/jalali.js';
import { isInputError } from '../../src/core/errors.js';
import { deadlineSteps } from '../../src/dates/deadline.js';
import { appealDeadline, notificationDeadline } from '../../src/dates/index.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../../src/calendar/index.js';

/** Persian digits of a Latin-digit string. */
const fa = (s: string | number) => String(s).replace(/\d/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]!);

// 1403/01/10 notified; 20 days run 1403/01/11 … 1403/01/30; 1403/01/31 is a Friday.
const D = toDayNumber(1403, 1, 10);

describe('D13, _lib (mutation): computeDeadline and closedReason', () => {
  it('CPC Art. 445: the period is D+1 … D+N and the last day D+N+1; under lastCountedDay D+N', () => {
    const plain = computeDeadline(D, 5, new Set());
    expect(plain).toEqual({ notified: D, firstDay: D + 1, periodEnd: D + 5, nominalLastDay: D + 6, lastDay: D + 6, skipped: [] });
    const last = computeDeadline(D, 5, new Set(), 'lastCountedDay');
    expect(last).toEqual({ notified: D, firstDay: D + 1, periodEnd: D + 5, nominalLastDay: D + 5, lastDay: D + 5, skipped: [] });
  });

  it('CPC Art. 444: a Friday and then a holiday at the end are skipped in order, each with its reason', () => {
    const fri = toDayNumber(1403, 1, 31);
    const c = computeDeadline(D, 20, new Set([fri + 1]));
    expect(c.nominalLastDay).toBe(fri);
    expect(c.skipped).toEqual([
      { day: fri, reason: 'friday' },
      { day: fri + 1, reason: 'holiday' },
    ]);
    expect(c.lastDay).toBe(fri + 2);
  });

  it('closed days: a Friday is "friday" even when also a holiday; a holiday "holiday"; an open day null', () => {
    const fri = toDayNumber(1403, 1, 31);
    expect(closedReason(fri, new Set([fri]))).toBe('friday');
    expect(closedReason(fri + 1, new Set([fri + 1]))).toBe('holiday');
    expect(closedReason(fri + 1, new Set())).toBeNull();
    expect(closedReason(fri - 1, new Set())).toBeNull();
  });
});

describe('D13 (mutation): the explained steps of a period from a notification', () => {
  it('Art. 33, 20 days from 1403/01/10: six steps — notification, period, acting day, the calendar, the Friday skipped, the last day — with data and dates in both languages', () => {
    const { computation, steps } = deadlineSteps(D, 20, new Set(), 'civilProcedure', { article: 33 });
    expect(computation.lastDay).toBe(toDayNumber(1403, 2, 1));
    expect(steps.map((s) => s.code)).toEqual([
      'dates.deadline.notificationDay',
      'dates.deadline.period',
      'dates.deadline.actingDay',
      'dates.deadline.calendar',
      'dates.deadline.skipped',
      'dates.deadline.lastDay',
    ]);
    for (const s of steps) expect(s.citation).toEqual({ article: 33 });
    const [n, p, a, c, k, l] = steps as [(typeof steps)[0], (typeof steps)[0], (typeof steps)[0], (typeof steps)[0], (typeof steps)[0], (typeof steps)[0]];
    expect(c.data).toEqual({ calendar: 'official', coveredYears: [CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR], completeYears: [], callerHolidays: 0, civilProcedureArticle: 444 });
    expect(c.message.en).toBe(
      `Closed days: Fridays, Iran's official public holidays of ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR} (this library's official calendar, each day with its source), and 0 closed day(s) given by the caller (Civil Procedure Code, Art. 444).`,
    );
    expect(c.message.fa).toContain(`تعطیلات رسمی کشور در سال‌های ${fa(CALENDAR_FIRST_YEAR)} تا ${fa(CALENDAR_LAST_YEAR)}`);
    expect(n.data).toEqual({ notifiedOn: '1403/01/10', civilProcedureArticle: 445 });
    expect(n.message.en).toBe('Notified on 1403/01/10: the day of notification is not counted (Civil Procedure Code, Art. 445).');
    expect(n.message.fa).toContain(fa('1403/01/10'));
    expect(p.data).toEqual({ days: 20, firstDay: '1403/01/11', periodEnd: '1403/01/30' });
    expect(p.message.en).toBe('The 20 days run from 1403/01/11 to 1403/01/30.');
    expect(p.message.fa).toBe(`مدت ${fa(20)} روز از ${fa('1403/01/11')} تا ${fa('1403/01/30')} شمرده می‌شود.`);
    expect(a.data).toEqual({ periodEnd: '1403/01/30', nominalLastDay: '1403/01/31', civilProcedureArticle: 445 });
    expect(a.message.en).toContain('the last day to act is the day after 1403/01/30: 1403/01/31.');
    expect(a.message.fa).toContain(`${fa('1403/01/30')}، یعنی ${fa('1403/01/31')}`);
    expect(k.data).toEqual({ date: '1403/01/31', reason: 'friday', civilProcedureArticle: 444 });
    expect(k.message.en).toBe('1403/01/31 is a Friday, when the offices are closed; the last day moves to the next day, 1403/02/01 (Civil Procedure Code, Art. 444).');
    expect(k.message.fa).toContain(`${fa('1403/01/31')} جمعه است`);
    expect(k.message.fa).toContain(fa('1403/02/01'));
    expect(l.data).toEqual({ lastDay: '1403/02/01' });
    expect(l.message).toEqual({ fa: `آخرین روز مهلت ${fa('1403/02/01')} است.`, en: 'The last day to act is 1403/02/01.' });
  });

  it('D13, lastCountedDay: the third step is "lastCountedDay" with the nominal day, no Art. 445 acting-day step', () => {
    const { steps } = deadlineSteps(D, 5, new Set(), 'lastCountedDay', { article: 45 });
    expect(steps.map((s) => s.code)).toEqual(['dates.deadline.notificationDay', 'dates.deadline.period', 'dates.deadline.lastCountedDay', 'dates.deadline.calendar', 'dates.deadline.lastDay']);
    expect(steps[2]!.data).toEqual({ nominalLastDay: '1403/01/15' });
    expect(steps[2]!.message.en).toBe('Under the "last counted day" counting, the last day to act is the last day of the period, 1403/01/15.');
    expect(steps[2]!.citation).toEqual({ article: 45 });
  });

  it("CPC Art. 444: a caller's holiday step names it the caller's closure in both languages", () => {
    const h = toDayNumber(1403, 1, 16); // D + 6, a Thursday
    const { steps } = deadlineSteps(D, 5, new Set([h]), 'civilProcedure', { article: 33 });
    const k = steps.find((s) => s.code === 'dates.deadline.skipped')!;
    expect(k.data).toEqual({ date: '1403/01/16', reason: 'holiday', civilProcedureArticle: 444 });
    expect(k.message.en).toBe('1403/01/16 is a closure given by the caller, when the offices are closed; the last day moves to the next day, 1403/01/17 (Civil Procedure Code, Art. 444).');
    expect(k.message.fa).toContain(`${fa('1403/01/16')} تعطیلیِ اعلام‌شده از سوی درخواست‌کننده است`);
    expect(k.message.fa).not.toContain('تعطیل رسمی');
    // under fridaysOnly the calendar step says the official calendar was not applied
    const f = deadlineSteps(D, 5, new Set([h]), 'civilProcedure', { article: 33 }, { calendar: 'fridaysOnly' }).steps.find((s) => s.code === 'dates.deadline.calendar')!;
    expect(f.data).toEqual({ calendar: 'fridaysOnly', callerHolidays: 1, civilProcedureArticle: 444 });
    expect(f.message.en).toBe('Closed days: as the caller chose (fridaysOnly), Fridays and the 1 closed day(s) it gave only; the official calendar was not applied (Civil Procedure Code, Art. 444).');
  });

  it('D13: a period whose last day leaves years 1200–1600 is an InputError on days; a notification before 1200 too, even when its last day is in range', () => {
    const end = toDayNumber(1600, 12, 20);
    try {
      deadlineSteps(end, 20, new Set(), 'civilProcedure', { article: 33 });
      expect.unreachable();
    } catch (e) {
      expect(isInputError(e)).toBe(true);
      if (!isInputError(e)) return;
      expect(e.issues).toHaveLength(1);
      const issue = e.issues[0]!;
      expect(issue.field).toBe('days');
      expect(issue.expected).toEqual({
        en: 'a period of at most 3650 days whose last day stays within Jalali years 1200–1600',
        fa: 'مدتی حداکثر ۳۶۵۰ روز که آخرین روز آن در سال‌های ۱۲۰۰ تا ۱۶۰۰ شمسی بماند',
      });
    }
    const before = toDayNumber(1200, 1, 1) - 1;
    expect(() => deadlineSteps(before, 5, new Set(), 'civilProcedure', { article: 33 })).toThrow();
    expect(() => deadlineSteps(before + 1, 5, new Set(), 'civilProcedure', { article: 33 })).not.toThrow();
    expect(() => deadlineSteps(toDayNumber(1600, 12, 1), 5, new Set(), 'civilProcedure', { article: 33 })).not.toThrow();
  });
});

describe('D13 (mutation): notificationDeadline and appealDeadline decisions', () => {
  it('notificationDeadline without asOf: computed, no findings, summary with the last day and the days', () => {
    const d = notificationDeadline({ notifiedOn: '1403/01/10', days: 20 });
    expect(d.kind).toBe('notificationDeadline');
    expect(d.status).toBe('computed');
    expect(d.asOf).toBeNull();
    expect(d.findings).toEqual([]);
    expect(d.value).toEqual({ notifiedOn: '1403/01/10', firstDay: '1403/01/11', periodEnd: '1403/01/30', lastDay: '1403/02/01', days: 20, calendar: 'official', provisional: false });
    expect(d.summary).toEqual({ fa: `آخرین روز مهلت: ${fa('1403/02/01')} (${fa(20)} روز از ابلاغ)`, en: 'Last day to act: 1403/02/01 (20 days from notification)' });
    expect(d.steps[0]!.citation).toEqual({ article: 33 });
  });

  it('CPC Art. 444: acting on the moved last day is in time (met), the day after is late (unmet)', () => {
    const inTime = notificationDeadline({ notifiedOn: '1403/01/10', days: 20, asOf: '1403/02/01' });
    expect(inTime.status).toBe('inTime');
    expect(inTime.findings).toHaveLength(1);
    const f = inTime.findings[0]!;
    expect(f.code).toBe('dates.deadline.inTime');
    expect(f.status).toBe('met');
    expect(f.citation).toEqual({ article: 33 });
    expect(f.data).toEqual({ asOf: '1403/02/01', lastDay: '1403/02/01' });
    expect(f.message.en).toBe('Acting on 1403/02/01 is in time (last day: 1403/02/01).');
    expect(inTime.summary.en).toBe('Last day to act: 1403/02/01; acting on 1403/02/01 is in time');
    expect(inTime.summary.fa).toContain('در مهلت است');
    const late = notificationDeadline({ notifiedOn: '1403/01/10', days: 20, asOf: '1403/02/02' });
    expect(late.status).toBe('late');
    const g = late.findings[0]!;
    expect(g.code).toBe('dates.deadline.late');
    expect(g.status).toBe('unmet');
    expect(g.data).toEqual({ asOf: '1403/02/02', lastDay: '1403/02/01' });
    expect(g.message.en).toBe('Acting on 1403/02/02 is late (last day: 1403/02/01).');
    expect(g.message.fa).toContain('خارج از مهلت');
    expect(late.summary.en).toBe('Last day to act: 1403/02/01; acting on 1403/02/02 is late');
  });

  it('notificationDeadline: holidays and counting options are applied; a citation given is carried with only its given keys', () => {
    const d = notificationDeadline({ notifiedOn: '1403/01/10', days: 20, holidays: ['1403/02/01'], counting: 'civilProcedure', citation: { article: 45 } });
    expect(d.value.lastDay).toBe('1403/02/02');
    expect(d.steps.every((s) => JSON.stringify(s.citation) === '{"article":45}')).toBe(true);
    const l = notificationDeadline({ notifiedOn: '1403/01/10', days: 5, counting: 'lastCountedDay' });
    expect(l.value.lastDay).toBe('1403/01/15');
    const c = notificationDeadline({ notifiedOn: '1403/01/10', days: 5, citation: { article: 29, clause: 'الف', note: 1, paragraph: 2, grade: 5 } });
    expect(c.steps[0]!.citation).toEqual({ article: 29, clause: 'الف', note: 1, paragraph: 2, grade: 5 });
    // keys not given are absent (not present with the value undefined): the output is plain JSON data
    expect(Object.keys(d.steps[0]!.citation)).toEqual(['article']);
  });

  it('Art. 33 and Art. 45: appealDeadline counts 20 days, cites the article of its basis, and says "appeal" in its summaries', () => {
    const a33 = appealDeadline({ notifiedOn: '1403/01/10' });
    expect(a33.kind).toBe('appealDeadline');
    expect(a33.value.days).toBe(20);
    expect(a33.value.lastDay).toBe('1403/02/01');
    expect(a33.steps[0]!.citation).toEqual({ article: 33 });
    expect(a33.summary.en).toBe('Last day to appeal: 1403/02/01 (20 days from notification)');
    const a45 = appealDeadline({ notifiedOn: '1403/01/10', basis: 'art45' });
    expect(a45.steps[0]!.citation).toEqual({ article: 45 });
    const late = appealDeadline({ notifiedOn: '1403/01/10', asOf: '1403/02/02', holidays: [], counting: 'lastCountedDay' });
    expect(late.value.lastDay).toBe('1403/01/30');
    expect(late.summary.en).toBe('Last day to appeal: 1403/01/30; an appeal on 1403/02/02 is late');
    const inTime = appealDeadline({ notifiedOn: '1403/01/10', asOf: '1403/01/20' });
    expect(inTime.summary.en).toBe('Last day to appeal: 1403/02/01; an appeal on 1403/01/20 is in time');
    expect(inTime.summary.fa).toContain('اعتراض');
  });
});
