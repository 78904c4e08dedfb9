import fc from 'fast-check';
import { addDays } from 'date-fns-jalali';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { explain } from '../../src/core/explain.js';
import { InputError, isInputError } from '../../src/core/errors.js';
import { deadlineSteps } from '../../src/dates/deadline.js';
import { addJalaliDays, appealDeadline, AppealDeadlineInputSchema, compareJalali, fixedSolarHolidays, isClosedDay, notificationDeadline, NotificationDeadlineInputSchema } from '../../src/dates/index.js';
import { LIMITS, PARAMETERS } from '../../src/params.js';
import { modelDate, modelDeadline, modelFormat } from '../_lib/calendar-model.js';
import { closedReason, computeDeadline } from '../../src/_lib/deadline.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../../src/calendar/index.js';

function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

const notifiedGen = fc.integer({ min: toDayNumber(1300, 1, 1), max: toDayNumber(1499, 1, 1) }).map(formatDayNumber);
const offsetsGen = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 25 });

/** Holidays `offsets` days after `notifiedOn`, computed on date-fns-jalali's calendar. */
function holidaysAfter(notifiedOn: string, offsets: readonly number[]): string[] {
  const base = modelDate(notifiedOn);
  return offsets.map((o) => modelFormat(addDays(base, o)));
}

describe('Art. 33, SPEC D13 (CPC Arts. 444–445): notificationDeadline', () => {
  it('Art. 33: notified 1403/01/10, 20 days run 1403/01/11–1403/01/30; 1403/01/31 is a Friday, so the last day is 1403/02/01', () => {
    const d = notificationDeadline({ notifiedOn: '1403/01/10', days: 20 });
    expect(d.kind).toBe('notificationDeadline');
    expect(d.status).toBe('computed');
    expect(d.asOf).toBeNull();
    expect(d.value).toEqual({ notifiedOn: '1403/01/10', firstDay: '1403/01/11', periodEnd: '1403/01/30', lastDay: '1403/02/01', days: 20, calendar: 'official', provisional: false });
    expect(d.steps.map((s) => s.code)).toEqual([
      'dates.deadline.notificationDay',
      'dates.deadline.period',
      'dates.deadline.actingDay',
      'dates.deadline.calendar',
      'dates.deadline.skipped',
      'dates.deadline.lastDay',
    ]);
    expect(d.steps[3]?.data).toMatchObject({ calendar: 'official', callerHolidays: 0, completeYears: [], civilProcedureArticle: 444 });
    expect(d.steps[4]?.data).toEqual({ date: '1403/01/31', reason: 'friday', civilProcedureArticle: 444 });
    expect(d.findings).toEqual([]);
    expect(d.missing).toEqual([]);
  });

  it('the steps carry the citation (default Art. 33) and name CPC Arts. 445 and 444 in both languages', () => {
    const d = notificationDeadline({ notifiedOn: '1403/01/10', days: 20 });
    for (const s of d.steps) expect(s.citation).toEqual({ article: 33 });
    expect(d.steps[0]?.message.en).toContain('Civil Procedure Code, Art. 445');
    expect(d.steps[0]?.message.fa).toContain('ماده ۴۴۵');
    expect(d.steps[2]?.message.en).toContain('Art. 445');
    expect(d.steps[3]?.message.en).toContain('official public holidays');
    expect(d.steps[3]?.message.en).toContain('Art. 444');
    expect(d.steps[4]?.message.en).toContain('Friday');
    expect(d.steps[4]?.message.en).toContain('Art. 444');
    expect(d.steps[4]?.message.fa).toContain('جمعه');
    expect(d.steps[4]?.message.fa).toContain('ماده ۴۴۴');
    const cited = notificationDeadline({ notifiedOn: '1403/01/10', days: 10, citation: { article: 45 } });
    for (const s of cited.steps) expect(s.citation).toEqual({ article: 45 });
  });

  it('Persian messages use Persian digits only', () => {
    const d = notificationDeadline({ notifiedOn: '1403/01/10', days: 20, holidays: ['1403/02/01'], asOf: '1403/02/05' });
    for (const text of [d.summary.fa, ...d.steps.map((s) => s.message.fa), ...d.findings.map((f) => f.message.fa)]) {
      expect(text).not.toMatch(/[0-9]/);
    }
  });

  it('a holiday after the Friday moves the last day again, one step per closed day, saying why', () => {
    const d = notificationDeadline({ notifiedOn: '1403/01/10', days: 20, holidays: ['1403/02/01', '1403/02/02'] });
    expect(d.value.lastDay).toBe('1403/02/03');
    const skipped = d.steps.filter((s) => s.code === 'dates.deadline.skipped').map((s) => s.data);
    expect(skipped).toEqual([
      { date: '1403/01/31', reason: 'friday', civilProcedureArticle: 444 },
      { date: '1403/02/01', reason: 'holiday', civilProcedureArticle: 444 },
      { date: '1403/02/02', reason: 'holiday', civilProcedureArticle: 444 },
    ]);
    // a closure the caller gave is said to be the caller's, not an official holiday
    expect(d.steps[5]?.message.en).toContain('is a closure given by the caller');
    expect(d.steps[5]?.message.fa).toContain('درخواست‌کننده');
    expect(d.steps[5]?.message.fa).not.toContain('تعطیل رسمی');
  });

  it('a holiday inside the period changes nothing (only a closed last day moves)', () => {
    const plain = notificationDeadline({ notifiedOn: '1403/02/01', days: 20 });
    const withHolidays = notificationDeadline({ notifiedOn: '1403/02/01', days: 20, holidays: ['1403/02/05', '1403/02/21'] });
    expect(withHolidays.value).toEqual(plain.value);
  });

  it('Art. 33 boundary pair: notified 1403/02/01, acting on the 21st day (1403/02/22, open) is in time, on the 22nd late', () => {
    expect(isClosedDay('1403/02/22').closed).toBe(false);
    const inTime = notificationDeadline({ notifiedOn: '1403/02/01', days: 20, asOf: '1403/02/22' });
    const late = notificationDeadline({ notifiedOn: '1403/02/01', days: 20, asOf: '1403/02/23' });
    expect(inTime.status).toBe('inTime');
    expect(inTime.asOf).toBe('1403/02/22');
    expect(inTime.findings.map((f) => [f.code, f.status])).toEqual([['dates.deadline.inTime', 'met']]);
    expect(late.status).toBe('late');
    expect(late.findings.map((f) => [f.code, f.status])).toEqual([['dates.deadline.late', 'unmet']]);
    expect(late.summary.en).toBe('Last day to act: 1403/02/22; acting on 1403/02/23 is late');
  });

  it('the 21st day is in time and the 22nd late whenever the 21st is open (any notification day, fridaysOnly)', () => {
    fc.assert(
      fc.property(notifiedGen, (notifiedOn) => {
        const day21 = addJalaliDays(notifiedOn, 21);
        fc.pre(!isClosedDay(day21).closed);
        const o = { calendar: 'fridaysOnly' } as const;
        expect(notificationDeadline({ notifiedOn, days: 20, asOf: day21, ...o }).status).toBe('inTime');
        expect(notificationDeadline({ notifiedOn, days: 20, asOf: addJalaliDays(notifiedOn, 22), ...o }).status).toBe('late');
        expect(notificationDeadline({ notifiedOn, days: 20, ...o }).value.lastDay).toBe(day21);
      }),
    );
  });

  it('model: agrees with a day-by-day count over date-fns-jalali\'s calendar (random notification days and holidays)', () => {
    fc.assert(
      fc.property(
        notifiedGen,
        fc.integer({ min: 1, max: 40 }),
        offsetsGen,
        fc.constantFrom('civilProcedure' as const, 'lastCountedDay' as const),
        fc.boolean(),
        (notifiedOn, days, offsets, counting, asDates) => {
          const holidays = holidaysAfter(notifiedOn, offsets);
          // holidays as strings, or as Dates at 00:00 UTC of the same Gregorian day (D1)
          const holidayInput = asDates ? holidays.map(utcDateOf) : holidays;
          // the counting itself, over Fridays and the caller's holidays (the official calendar: official.test.ts)
          const d = notificationDeadline({ notifiedOn, days, holidays: holidayInput, counting, calendar: 'fridaysOnly' });
          const model = modelDeadline(notifiedOn, days, new Set(holidays), counting);
          expect(d.value.lastDay).toBe(model.lastDay);
          expect(d.value.periodEnd).toBe(model.periodEnd);
          expect(d.value.firstDay).toBe(addJalaliDays(notifiedOn, 1));
          const skipped = d.steps.filter((s) => s.code === 'dates.deadline.skipped').map((s) => ({ date: s.data?.['date'], reason: s.data?.['reason'] }));
          expect(skipped).toEqual(model.skipped);
          expect(d.steps).toHaveLength(5 + model.skipped.length);
          expect(d.steps.at(-1)?.data).toEqual({ lastDay: model.lastDay });
        },
      ),
    );
  });

  it('the last day is never closed and never before D+N+1 under the default counting; asOf = last day is in time, the day after late (fridaysOnly)', () => {
    fc.assert(
      fc.property(notifiedGen, fc.integer({ min: 1, max: 40 }), offsetsGen, (notifiedOn, days, offsets) => {
        const holidays = holidaysAfter(notifiedOn, offsets);
        const o = { calendar: 'fridaysOnly' } as const;
        const d = notificationDeadline({ notifiedOn, days, holidays, ...o });
        expect(isClosedDay(d.value.lastDay, { holidays }).closed).toBe(false);
        expect(compareJalali(d.value.lastDay, addJalaliDays(notifiedOn, days + 1))).toBeGreaterThanOrEqual(0);
        expect(notificationDeadline({ notifiedOn, days, holidays, asOf: d.value.lastDay, ...o }).status).toBe('inTime');
        expect(notificationDeadline({ notifiedOn, days, holidays, asOf: addJalaliDays(d.value.lastDay, 1), ...o }).status).toBe('late');
      }),
    );
  });

  it('lastCountedDay: the last day is D+N when open, one day before the default', () => {
    // 1403/02/22 is a Saturday (open); the default's last day is 1403/02/23
    expect(notificationDeadline({ notifiedOn: '1403/02/02', days: 20 }).value.lastDay).toBe('1403/02/23');
    const d = notificationDeadline({ notifiedOn: '1403/02/02', days: 20, counting: 'lastCountedDay' });
    expect(d.value.lastDay).toBe('1403/02/22');
    expect(d.steps.map((s) => s.code)).toContain('dates.deadline.lastCountedDay');
    expect(d.steps.map((s) => s.code)).not.toContain('dates.deadline.actingDay');
  });

  it('holidays may come as Dates (UTC calendar date) and in Persian digits', () => {
    const a = notificationDeadline({ notifiedOn: '1403/01/10', days: 20, holidays: [new Date('2024-04-20')] });
    const b = notificationDeadline({ notifiedOn: '۱۴۰۳/۰۱/۱۰', days: 20, holidays: ['۱۴۰۳/۰۲/۰۱'] });
    expect(a.value.lastDay).toBe('1403/02/02');
    expect(b.value).toEqual(a.value);
  });

  it('fixedSolarHolidays feed it (fridaysOnly): notified 1402/12/10, the last day falls in Nowruz and moves to 1403/01/05', () => {
    const holidays = [...fixedSolarHolidays(1402), ...fixedSolarHolidays(1403)];
    const d = notificationDeadline({ notifiedOn: '1402/12/10', days: 20, holidays, calendar: 'fridaysOnly' });
    // 1402 is common: D+20 = 1403/01/01, D+21 = 1403/01/02 (Nowruz); 1403/01/05 is open (2024-03-24, a Sunday)
    expect(d.value.periodEnd).toBe('1403/01/01');
    expect(d.steps.filter((s) => s.code === 'dates.deadline.skipped').map((s) => s.data?.['date'])).toEqual(['1403/01/02', '1403/01/03', '1403/01/04']);
    expect(d.value.lastDay).toBe('1403/01/05');
  });

  it('the result is plain JSON data and the input is not mutated', () => {
    const input = Object.freeze({ notifiedOn: '1403/01/10', days: 20, holidays: Object.freeze(['1403/02/01']) as string[], asOf: '1403/02/02' });
    const d = notificationDeadline(input);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    expect(input).toEqual({ notifiedOn: '1403/01/10', days: 20, holidays: ['1403/02/01'], asOf: '1403/02/02' });
  });

  it('explain renders it in both languages', () => {
    const d = notificationDeadline({ notifiedOn: '1403/01/10', days: 20 });
    expect(explain(d, { lang: 'en' })).toContain('1. [Art. 33] Notified on 1403/01/10');
    expect(explain(d, { lang: 'fa' })).toContain('۱۴۰۳/۰۲/۰۱');
  });
});

describe('InputError for a bad deadline input, naming the field in fa and en', () => {
  const cases: [string, unknown, string][] = [
    ['no input', undefined, '(input)'],
    ['a bad notification date', { notifiedOn: '1404/12/30', days: 20 }, 'notifiedOn'],
    ['a Gregorian notification date', { notifiedOn: '2024-10-01', days: 20 }, 'notifiedOn'],
    ['zero days', { notifiedOn: '1403/01/10', days: 0 }, 'days'],
    ['fractional days', { notifiedOn: '1403/01/10', days: 2.5 }, 'days'],
    ['days missing', { notifiedOn: '1403/01/10' }, 'days'],
    ['a bad holiday', { notifiedOn: '1403/01/10', days: 20, holidays: ['1403/01/12', 'x'] }, 'holidays[1]'],
    ['holidays not a list', { notifiedOn: '1403/01/10', days: 20, holidays: '1403/01/12' }, 'holidays'],
    ['a bad counting', { notifiedOn: '1403/01/10', days: 20, counting: 'calendar' }, 'counting'],
    ['a bad asOf', { notifiedOn: '1403/01/10', days: 20, asOf: '1403/07/31' }, 'asOf'],
    ['an article the regulation lacks', { notifiedOn: '1403/01/10', days: 20, citation: { article: 55 } }, 'citation.article'],
    ['a last day past 1600', { notifiedOn: '1600/12/20', days: 20 }, 'days'],
    ['a period longer than LIMITS.maxPeriodDays (3,650)', { notifiedOn: '1403/01/10', days: 3_651 }, 'days'],
    ['days = 2^53 − 1 (issue 14: counted for ever before)', { notifiedOn: '1402/12/29', days: Number.MAX_SAFE_INTEGER }, 'days'],
    ['a bad calendar', { notifiedOn: '1403/01/10', days: 20, calendar: 'lunar' }, 'calendar'],
    ['a completeYears year that is not an integer', { notifiedOn: '1403/01/10', days: 20, completeYears: [1406.5] }, 'completeYears[0]'],
    ['a completeYears year outside 1200–1600', { notifiedOn: '1403/01/10', days: 20, completeYears: [2027] }, 'completeYears[0]'],
  ];
  for (const [what, input, field] of cases) {
    it(`Art. 33: ${what} → ${field}`, () => {
      const e = inputErrorOf(() => notificationDeadline(input as never));
      expect(e.issues.map((i) => i.field)).toContain(field);
      expect(e.messages.en).toContain(field);
      expect(e.messages.fa).toContain(field);
    });
  }
  it('appealDeadline: a bad basis → basis', () => {
    const e = inputErrorOf(() => appealDeadline({ notifiedOn: '1403/01/10', basis: 'art44' as never }));
    expect(e.issues[0]?.field).toBe('basis');
  });
  it('the schemas are exported and agree with the functions', () => {
    expect(NotificationDeadlineInputSchema.safeParse({ notifiedOn: '1403/01/10', days: 20 }).success).toBe(true);
    expect(NotificationDeadlineInputSchema.safeParse({ notifiedOn: '1403/01/10', days: 0 }).success).toBe(false);
    expect(AppealDeadlineInputSchema.safeParse({ notifiedOn: '1403/01/10', basis: 'art45' }).success).toBe(true);
  });
});

describe('Arts. 33 and 45: appealDeadline', () => {
  it('Art. 33: 20 days (PARAMETERS.appealDays) from notification, cited to Art. 33', () => {
    const d = appealDeadline({ notifiedOn: '1403/01/10' });
    expect(d.status).toBe('computed');
    expect(d.kind).toBe('appealDeadline');
    expect(d.value.days).toBe(PARAMETERS.appealDays.value);
    expect(d.value.lastDay).toBe('1403/02/01');
    expect(d.summary.en).toBe('Last day to appeal: 1403/02/01 (20 days from notification)');
    for (const s of d.steps) expect(s.citation).toEqual({ article: 33 });
  });
  it('Art. 45: the appeal of a revocation, 20 days (PARAMETERS.revocationAppealDays), cited to Art. 45', () => {
    const d = appealDeadline({ notifiedOn: '1403/01/10', basis: 'art45' });
    expect(d.value.days).toBe(PARAMETERS.revocationAppealDays.value);
    for (const s of d.steps) expect(s.citation).toEqual({ article: 45 });
  });
  it('Art. 33 boundary pair: the last day in time, the day after late', () => {
    const inTime = appealDeadline({ notifiedOn: '1403/01/10', asOf: '1403/02/01' });
    const late = appealDeadline({ notifiedOn: '1403/01/10', asOf: '1403/02/02' });
    expect(inTime.status).toBe('inTime');
    expect(inTime.findings[0]?.citation).toEqual({ article: 33 });
    expect(late.status).toBe('late');
    expect(late.summary.fa).toContain('خارج از مهلت');
  });
  it('is notificationDeadline with the parameter and citation of its article', () => {
    fc.assert(
      fc.property(notifiedGen, offsetsGen, fc.constantFrom('art33' as const, 'art45' as const), (notifiedOn, offsets, basis) => {
        const holidays = holidaysAfter(notifiedOn, offsets);
        const a = appealDeadline({ notifiedOn, holidays, basis });
        const article = basis === 'art33' ? 33 : 45;
        const n = notificationDeadline({ notifiedOn, holidays, days: 20, citation: { article } });
        expect(a.status).toBe(n.status);
        expect(a.findings).toEqual(n.findings);
        expect(a.value).toEqual(n.value);
        expect(a.steps).toEqual(n.steps);
      }),
    );
  });
});

describe('deadlineSteps (for rule modules, day numbers)', () => {
  it('gives the computation and the same steps as notificationDeadline', () => {
    const notified = toDayNumber(1403, 1, 10);
    const { computation, steps, calendar, notCovered } = deadlineSteps(notified, 20, new Set([notified + 22]), 'civilProcedure', { article: 45 });
    expect(calendar).toBe('official');
    expect(notCovered).toEqual([]);
    expect(computation).toEqual({
      notified,
      firstDay: notified + 1,
      periodEnd: notified + 20,
      nominalLastDay: notified + 21,
      lastDay: notified + 23,
      skipped: [
        { day: notified + 21, reason: 'friday' },
        { day: notified + 22, reason: 'holiday' },
      ],
    });
    const d = notificationDeadline({ notifiedOn: '1403/01/10', days: 20, holidays: [formatDayNumber(notified + 22)], citation: { article: 45 } });
    expect(steps).toEqual(d.steps);
  });
  it('throws an InputError naming days when the last day leaves 1200–1600', () => {
    const e = inputErrorOf(() => deadlineSteps(toDayNumber(1600, 12, 20), 20, new Set(), 'civilProcedure', { article: 33 }));
    expect(e.issues[0]?.field).toBe('days');
  });
  it('issue 14: refuses, before counting, a period past LIMITS.maxPeriodDays or past 2^53 (it would count for ever)', () => {
    const n = toDayNumber(1402, 12, 29);
    for (const days of [LIMITS.maxPeriodDays + 1, Number.MAX_SAFE_INTEGER, 2 ** 53, 1e308, 0, 1.5, Number.NaN]) {
      expect(inputErrorOf(() => deadlineSteps(n, days, new Set(), 'civilProcedure', { article: 33 })).issues[0]?.field, String(days)).toBe('days');
    }
    // the boundary pair: the bound itself is counted
    expect(deadlineSteps(n, LIMITS.maxPeriodDays, new Set(), 'civilProcedure', { article: 33 }, { calendar: 'fridaysOnly' }).computation.periodEnd).toBe(n + LIMITS.maxPeriodDays);
  });
});

/** The `Date` at 00:00 UTC of a Jalali date (so read back by its UTC calendar date, D1). */
function utcDateOf(jalali: string): Date {
  const local = modelDate(jalali);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

describe('SPEC D13: the quick reading of a plain input gives what the schema gives (issue 14, item 5)', () => {
  // A null-prototype copy of the same input is read by the zod schema, never by the quick path.
  const viaSchema = <T extends object>(x: T): T => Object.assign(Object.create(null) as T, x);
  it('appealDeadline and notificationDeadline: the same decision either way, for plain inputs of every option', () => {
    fc.assert(
      fc.property(
        notifiedGen,
        fc.integer({ min: 1, max: 400 }),
        fc.record(
          {
            calendar: fc.constantFrom('official' as const, 'fridaysOnly' as const, undefined),
            counting: fc.constantFrom('civilProcedure' as const, 'lastCountedDay' as const, undefined),
            basis: fc.constantFrom('art33' as const, 'art45' as const, undefined),
            asOf: fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined }),
          },
          { requiredKeys: [] },
        ),
        (notifiedOn, days, o) => {
          const asOf = o.asOf === undefined ? undefined : addJalaliDays(notifiedOn, o.asOf);
          const a = { notifiedOn, ...o, asOf };
          expect(appealDeadline(a)).toEqual(appealDeadline(viaSchema(a)));
          const { basis: _basis, ...n } = { ...a, days };
          expect(notificationDeadline(n)).toEqual(notificationDeadline(viaSchema(n)));
        },
      ),
    );
  });
  it('an input the quick path does not take (an unknown key, a Date, Persian digits) is answered the same', () => {
    const base = appealDeadline({ notifiedOn: '1403/12/10' });
    expect(appealDeadline({ notifiedOn: '1403/12/10', extra: 1 } as never)).toEqual(base);
    expect(appealDeadline({ notifiedOn: '۱۴۰۳/۱۲/۱۰' })).toEqual(base);
    expect(appealDeadline({ notifiedOn: new Date('2025-02-28') })).toEqual(base);
    expect(appealDeadline({ notifiedOn: '1403/12/10', holidays: [] })).toEqual(base);
  });
  it('answers from the memo are equal to fresh ones, frozen, and in arrays of their own', () => {
    const a = appealDeadline({ notifiedOn: '1403/12/10' });
    const b = appealDeadline({ notifiedOn: '1403/12/10' });
    expect(b).toEqual(a);
    expect(b.steps).not.toBe(a.steps);
    expect(Object.isFrozen(b.steps[0])).toBe(true);
    expect(() => {
      (b.steps as unknown[]).push(1);
    }).not.toThrow();
    expect(a.steps).toHaveLength(b.steps.length - 1);
  });
  it('property (CPC Arts. 444–445, Arts. 33 and 45): memo answers, whose calendar and closed-day steps are shared, equal steps counted afresh, whatever the citation, calendar and counting', () => {
    const first = toDayNumber(CALENDAR_FIRST_YEAR, 1, 1);
    const last = toDayNumber(CALENDAR_LAST_YEAR, 12, 1);
    const citations = [{ article: 33 }, { article: 45 }, { article: 33, clause: 'الف' as const }, { article: 44 }];
    fc.assert(
      fc.property(
        fc.integer({ min: first, max: last }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom(...citations),
        fc.constantFrom('official' as const, 'fridaysOnly' as const),
        fc.constantFrom('civilProcedure' as const, 'lastCountedDay' as const),
        (notified, days, citation, calendar, counting) => {
          const memo = deadlineSteps(notified, days, new Set(), counting, { ...citation }, { calendar });
          const fresh = deadlineSteps(notified, days, new Set(), counting, { ...citation }, { calendar, completeYears: [] });
          expect(memo).toEqual(fresh);
          for (const st of memo.steps) expect(st.citation).toEqual(citation);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Tests written against Stryker survivors in src/dates/deadline.ts and src/_lib/deadline.ts
// (issue 7, item 5): Arts. 33 and 45 (20 days), counted per SPEC D13 (Civil Procedure Code
// Arts. 444–445). Each step is pinned with its code, citation, `data` and the dates of its
// message in both languages; the decision's finding and summary for each status.
/** Persian digits of a Latin-digit string. */
const fa = (s: string | number) => String(s).replace(/\d/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]!);

// 1403/01/10 notified; 20 days run 1403/01/11 … 1403/01/30; 1403/01/31 is a Friday.
const D = toDayNumber(1403, 1, 10);

describe('D13, _lib: computeDeadline and closedReason — pinned', () => {
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

describe('D13: the explained steps of a period from a notification — pinned', () => {
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

describe('D13: notificationDeadline and appealDeadline decisions — pinned', () => {
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
