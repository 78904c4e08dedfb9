/**
 * The official calendar in the deadlines (issue 14): Art. 444's closed days are Fridays,
 * Iran's official public holidays and the caller's closures; a year the data does not
 * cover is never answered as if it had no holidays.
 */
import fc from 'fast-check';
import { addDays } from 'date-fns-jalali';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, fromDayNumber, toDayNumber, weekday } from '../../src/_lib/jalali.js';
import { thrown } from '../support/input-error.js';
import {
  CALENDAR_FIRST_YEAR,
  CALENDAR_LAST_YEAR,
  HOLIDAY_SOURCES,
  OFFICIAL_HOLIDAYS,
  officialHolidayOn,
  officialHolidays,
} from '../../src/calendar/index.js';
import { appealDeadline, notificationDeadline } from '../../src/dates/index.js';
import { disciplinaryAppealDeadline } from '../../src/discipline/index.js';
import { checkContinuingEligibility } from '../../src/eligibility/index.js';
import { modelDate, modelDeadline, modelFormat } from '../_lib/calendar-model.js';

const inputErrorOf = thrown;

const skippedOf = (d: { steps: readonly { code: string; data?: Record<string, unknown> }[] }) => d.steps.filter((s) => s.code === 'dates.deadline.skipped').map((s) => s.data);
/** The official holidays' Jalali dates, as the data writes them (not their day numbers). */
const OFFICIAL_DATES = new Set(OFFICIAL_HOLIDAYS.map((h) => h.date));
const FIRST = toDayNumber(CALENDAR_FIRST_YEAR, 1, 1);
const LAST = toDayNumber(CALENDAR_LAST_YEAR + 1, 1, 1) - 1;
/** A notification whose 20-day appeal stays inside the covered years. */
const coveredNotification = fc.integer({ min: FIRST, max: LAST - 60 });
const offsetsGen = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 12 });
const holidaysAfter = (notified: number, offsets: readonly number[]): string[] => offsets.map((o) => formatDayNumber(notified + o));

describe('Art. 33, CPC Art. 444: the official calendar is applied by default', () => {
  it('issue 14: appealDeadline({ notifiedOn: "1403/12/10" }) gives 1404/01/05, the steps naming Nowruz and its source', () => {
    // 1403 is a leap year: D+20 = 1403/12/30, D+21 = 1404/01/01 (a Friday, and Nowruz); 01/02–01/04 are Nowruz
    expect(officialHolidayOn('1404/01/05')).toEqual([]);
    expect(weekday(toDayNumber(1404, 1, 5))).not.toBe(5);
    const d = appealDeadline({ notifiedOn: '1403/12/10' });
    expect(d.status).toBe('computed');
    expect(d.value).toMatchObject({ periodEnd: '1403/12/30', lastDay: '1404/01/05', calendar: 'official', provisional: false });
    const skipped = skippedOf(d);
    expect(skipped.map((s) => [s?.['date'], s?.['reason']])).toEqual([
      ['1404/01/01', 'friday'],
      ['1404/01/02', 'officialHoliday'],
      ['1404/01/03', 'officialHoliday'],
      ['1404/01/04', 'officialHoliday'],
    ]);
    for (const s of d.steps.filter((x) => x.data?.['reason'] === 'officialHoliday')) {
      const hs = s.data?.['holidays'] as { name: { en: string; fa: string }; sources: string[] }[];
      expect(hs.map((h) => h.name.en).join()).toMatch(/Nowruz/);
      expect(hs.every((h) => h.sources.length > 0 && h.sources.every((id) => HOLIDAY_SOURCES.some((x) => x.id === id)))).toBe(true);
      expect(s.message.en).toMatch(/official public holiday \(.*Nowruz.*source: /);
      expect(s.message.fa).toContain('نوروز');
      expect(s.message.fa).toContain('منبع');
      expect(s.citation).toEqual({ article: 33 });
    }
    const cal = d.steps.find((s) => s.code === 'dates.deadline.calendar');
    expect(cal?.data).toEqual({
      calendar: 'official',
      coveredYears: [CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR],
      completeYears: [],
      callerHolidays: 0,
      civilProcedureArticle: 444,
    });
  });

  it('the same without the official calendar (fridaysOnly) is 1404/01/02: the answer the library gave before', () => {
    const d = appealDeadline({ notifiedOn: '1403/12/10', calendar: 'fridaysOnly' });
    expect(d.value).toMatchObject({ lastDay: '1404/01/02', calendar: 'fridaysOnly', provisional: false });
    expect(d.steps.find((s) => s.code === 'dates.deadline.calendar')?.data).toEqual({ calendar: 'fridaysOnly', callerHolidays: 0, civilProcedureArticle: 444 });
    expect(d.steps.find((s) => s.code === 'dates.deadline.calendar')?.message.en).toContain('official calendar was not applied');
  });

  it('boundary pair before the Nowruz block: notified 1403/12/07 → 1403/12/28 (open); 1403/12/08 → 12/29 (oil), 12/30 (leap year, «از ۲۹ اسفند تا چهارم فروردین»), Nowruz → 1404/01/05', () => {
    // nominal last day 1403/12/28, a Tuesday, open: no move
    const open = appealDeadline({ notifiedOn: '1403/12/07' });
    expect(skippedOf(open)).toEqual([]);
    expect(open.value.lastDay).toBe('1403/12/28');
    // a day later the nominal day is 12/29 (the oil industry's nationalisation); 1403 is a leap
    // year, so 12/30 lies inside the law's «۲۹ اسفند تا چهارم فروردین»; then Nowruz
    const before = appealDeadline({ notifiedOn: '1403/12/08' });
    expect(skippedOf(before).map((s) => [s?.['date'], s?.['reason']])).toEqual([
      ['1403/12/29', 'officialHoliday'],
      ['1403/12/30', 'officialHoliday'],
      ['1404/01/01', 'friday'],
      ['1404/01/02', 'officialHoliday'],
      ['1404/01/03', 'officialHoliday'],
      ['1404/01/04', 'officialHoliday'],
    ]);
    expect(before.value.lastDay).toBe('1404/01/05');
    expect(officialHolidayOn('1403/12/30').map((h) => h.id)).toEqual(['esfand-30']);
    // 1402 is not a leap year: its Esfand ends on the 29th, and no esfand-30 exists
    expect(officialHolidays(1402).some((h) => h.id === 'esfand-30')).toBe(false);
  });

  it('boundary pair after the Nowruz block: notified 1403/12/13 → 1404/01/04 moves to 01/05; 1403/12/14 → 01/05 itself', () => {
    const last = appealDeadline({ notifiedOn: '1403/12/13' });
    expect(skippedOf(last).map((s) => s?.['date'])).toEqual(['1404/01/04']);
    expect(last.value.lastDay).toBe('1404/01/05');
    const after = appealDeadline({ notifiedOn: '1403/12/14' });
    expect(skippedOf(after)).toEqual([]);
    expect(after.value.lastDay).toBe('1404/01/05');
  });

  it("the caller's holidays are still added, and said to be the caller's: 1404/01/05 closed locally → 1404/01/06", () => {
    const d = appealDeadline({ notifiedOn: '1403/12/10', holidays: ['1404/01/05'] });
    expect(d.value.lastDay).toBe('1404/01/06');
    const last = skippedOf(d).at(-1);
    expect(last).toEqual({ date: '1404/01/05', reason: 'holiday', civilProcedureArticle: 444 });
    const step = d.steps.filter((s) => s.code === 'dates.deadline.skipped').at(-1);
    expect(step?.message.en).toContain('a closure given by the caller');
    expect(d.steps.find((s) => s.code === 'dates.deadline.calendar')?.data?.['callerHolidays']).toBe(1);
  });

  it('a day both official and in the caller\'s list is reported as the official holiday', () => {
    const d = appealDeadline({ notifiedOn: '1403/12/10', holidays: ['1404/01/02'] });
    expect(skippedOf(d).find((s) => s?.['date'] === '1404/01/02')?.['reason']).toBe('officialHoliday');
    expect(d.value.lastDay).toBe('1404/01/05');
  });

  it('model: the official calendar agrees with a day-by-day count over date-fns-jalali with the data\'s Jalali dates', () => {
    fc.assert(
      fc.property(coveredNotification, fc.integer({ min: 1, max: 40 }), offsetsGen, fc.constantFrom('civilProcedure' as const, 'lastCountedDay' as const), (n, days, offsets, counting) => {
        const notifiedOn = formatDayNumber(n);
        const caller = holidaysAfter(n, offsets);
        const d = notificationDeadline({ notifiedOn, days, holidays: caller, counting });
        expect(d.status).toBe('computed');
        // the model counts over the data's `date` strings, the library over its `day` numbers
        const model = modelDeadline(notifiedOn, days, new Set([...OFFICIAL_DATES, ...caller]), counting);
        expect(d.value.lastDay).toBe(model.lastDay);
        expect(skippedOf(d).map((s) => s?.['date'])).toEqual(model.skipped.map((s) => s.date));
        for (const s of skippedOf(d)) {
          const date = s?.['date'] as string;
          const expected = weekday(toDayNumber(...(date.split('/').map(Number) as [number, number, number]))) === 5 ? 'friday' : OFFICIAL_DATES.has(date) ? 'officialHoliday' : 'holiday';
          expect(s?.['reason']).toBe(expected);
        }
      }),
    );
  });

  it('property: the last day under the official calendar is never earlier than under fridaysOnly', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber(1300, 1, 1), max: toDayNumber(1500, 1, 1) }), fc.integer({ min: 1, max: 400 }), offsetsGen, (n, days, offsets) => {
        const input = { notifiedOn: formatDayNumber(n), days, holidays: holidaysAfter(n, offsets) };
        const official = notificationDeadline(input).value.lastDay;
        const fridays = notificationDeadline({ ...input, calendar: 'fridaysOnly' }).value.lastDay;
        expect(official >= fridays).toBe(true);
      }),
    );
  });

  it('property: adding holidays never moves the last day earlier (either calendar)', () => {
    fc.assert(
      fc.property(coveredNotification, fc.integer({ min: 1, max: 60 }), offsetsGen, offsetsGen, fc.constantFrom('official' as const, 'fridaysOnly' as const), (n, days, a, b, calendar) => {
        const some = holidaysAfter(n, a);
        const more = [...some, ...holidaysAfter(n, b)];
        const x = notificationDeadline({ notifiedOn: formatDayNumber(n), days, holidays: some, calendar }).value.lastDay;
        const y = notificationDeadline({ notifiedOn: formatDayNumber(n), days, holidays: more, calendar }).value.lastDay;
        expect(y >= x).toBe(true);
      }),
    );
  });

  it('property: the last day is always open — not a Friday, not an official holiday, not a closure the caller gave', () => {
    fc.assert(
      fc.property(coveredNotification, fc.integer({ min: 1, max: 60 }), offsetsGen, (n, days, offsets) => {
        const holidays = holidaysAfter(n, offsets);
        const d = notificationDeadline({ notifiedOn: formatDayNumber(n), days, holidays });
        const last = d.value.lastDay;
        const day = toDayNumber(...(last.split('/').map(Number) as [number, number, number]));
        expect(weekday(day)).not.toBe(5);
        expect(holidays).not.toContain(last);
        if (fromDayNumber(day).year <= CALENDAR_LAST_YEAR) expect(officialHolidayOn(last)).toEqual([]);
        expect(OFFICIAL_DATES.has(last)).toBe(false);
      }),
    );
  });
});

describe('Art. 33, CPC Art. 444: a year the official calendar does not cover is never answered silently', () => {
  const beyond = CALENDAR_LAST_YEAR + 1;
  // notified in Esfand of the last covered year: the 20 days run into the next year
  const crossing = `${CALENDAR_LAST_YEAR}/12/20`;

  it(`a period crossing into ${beyond} (uncovered) is incomplete: a cited finding, the provisional last day, missing holidays.${beyond}`, () => {
    const d = appealDeadline({ notifiedOn: crossing });
    expect(d.status).toBe('incomplete');
    expect(d.value.provisional).toBe(true);
    expect(d.value.calendar).toBe('official');
    expect(d.findings.map((f) => [f.code, f.status])).toEqual([['dates.calendar.notCovered', 'unknown']]);
    expect(d.findings[0]?.citation).toEqual({ article: 33 });
    expect(d.findings[0]?.data).toMatchObject({ years: [beyond], coveredYears: [CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR], provisionalLastDay: d.value.lastDay });
    expect(d.missing).toEqual([`holidays.${beyond}`]);
    expect(d.summary.en).toContain('at the earliest');
    expect(d.findings[0]?.message.en).toContain('provisional');
    expect(d.findings[0]?.message.fa).toContain('موقت');
    // the provisional day is the Fridays-only answer (no official data for that year)
    expect(d.value.lastDay).toBe(appealDeadline({ notifiedOn: crossing, calendar: 'fridaysOnly' }).value.lastDay);
  });

  it('the boundary pair: notified so that the last day is the last covered day → computed; a day later → incomplete', () => {
    // find the latest notification whose last day stays in the covered years
    let n = LAST - 40;
    while (appealDeadline({ notifiedOn: formatDayNumber(n + 1) }).status === 'computed') n++;
    const inside = appealDeadline({ notifiedOn: formatDayNumber(n) });
    const outside = appealDeadline({ notifiedOn: formatDayNumber(n + 1) });
    expect(inside.status).toBe('computed');
    expect(fromDayNumber(toDayNumber(...(inside.value.lastDay.split('/').map(Number) as [number, number, number]))).year).toBe(CALENDAR_LAST_YEAR);
    expect(outside.status).toBe('incomplete');
    expect(outside.missing).toEqual([`holidays.${beyond}`]);
  });

  it('with asOf, still incomplete (no inTime/late finding), the asOf kept', () => {
    const d = appealDeadline({ notifiedOn: crossing, asOf: `${beyond}/01/20` });
    expect(d.status).toBe('incomplete');
    expect(d.asOf).toBe(`${beyond}/01/20`);
    expect(d.findings.map((f) => f.code)).toEqual(['dates.calendar.notCovered']);
  });

  it('a notification before the covered years is incomplete too (the years touched start at the notification)', () => {
    const d = notificationDeadline({ notifiedOn: `${CALENDAR_FIRST_YEAR - 1}/12/25`, days: 20 });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual([`holidays.${CALENDAR_FIRST_YEAR - 1}`]);
  });

  it('fridaysOnly → computed, the same last day', () => {
    const d = appealDeadline({ notifiedOn: crossing, calendar: 'fridaysOnly' });
    expect(d.status).toBe('computed');
    expect(d.findings).toEqual([]);
    expect(d.value.provisional).toBe(false);
  });

  it(`completeYears: [${beyond}] with that year's holidays → computed, and the holidays move the day`, () => {
    const open = appealDeadline({ notifiedOn: crossing, completeYears: [beyond] });
    expect(open.status).toBe('computed');
    expect(open.missing).toEqual([]);
    const last = open.value.lastDay;
    const closed = appealDeadline({ notifiedOn: crossing, completeYears: [beyond], holidays: [last] });
    expect(closed.status).toBe('computed');
    expect(closed.value.lastDay > last).toBe(true);
    expect(closed.steps.find((s) => s.code === 'dates.deadline.calendar')?.data?.['completeYears']).toEqual([beyond]);
    expect(closed.steps.find((s) => s.code === 'dates.deadline.calendar')?.message.en).toContain(`complete list for ${beyond}`);
  });

  it('completeYears for another year does not answer this one', () => {
    const d = appealDeadline({ notifiedOn: crossing, completeYears: [beyond + 1] });
    expect(d.status).toBe('incomplete');
  });

  it('a period spanning several uncovered years lists each', () => {
    const d = notificationDeadline({ notifiedOn: `${CALENDAR_LAST_YEAR}/06/01`, days: 1_200 });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual([`holidays.${beyond}`, `holidays.${beyond + 1}`, `holidays.${beyond + 2}`]);
  });

  it('property: any period touching an uncovered year is incomplete under official, computed under fridaysOnly, same last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber(1300, 1, 1), max: toDayNumber(1500, 1, 1) }), fc.integer({ min: 1, max: 400 }), (n, days) => {
        const input = { notifiedOn: formatDayNumber(n), days };
        const official = notificationDeadline(input);
        const fridays = notificationDeadline({ ...input, calendar: 'fridaysOnly' });
        const touched: number[] = [];
        for (let y = fromDayNumber(n).year; y <= fromDayNumber(toDayNumber(...(official.value.lastDay.split('/').map(Number) as [number, number, number]))).year; y++) touched.push(y);
        const uncovered = touched.filter((y) => y < CALENDAR_FIRST_YEAR || y > CALENDAR_LAST_YEAR);
        expect(official.status).toBe(uncovered.length > 0 ? 'incomplete' : 'computed');
        expect(official.missing).toEqual(uncovered.map((y) => `holidays.${y}`));
        expect(fridays.status).toBe('computed');
        if (uncovered.length === touched.length) expect(official.value.lastDay).toBe(fridays.value.lastDay);
      }),
    );
  });
});

describe('Arts. 33, 45: the other deadlines apply the same calendar', () => {
  it('disciplinaryAppealDeadline: 1403/12/10 → 1404/01/05 by default, 1404/01/02 under fridaysOnly', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 5, notifiedOn: '1403/12/10' });
    expect(d.status).toBe('appealable');
    expect(d.value.lastDay).toBe('1404/01/05');
    expect(d.value.provisional).toBe(false);
    expect(d.steps.some((s) => s.data?.['reason'] === 'officialHoliday')).toBe(true);
    const f = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 5, notifiedOn: '1403/12/10', options: { calendar: 'fridaysOnly' } });
    expect(f.value.lastDay).toBe('1404/01/02');
  });

  it('disciplinaryAppealDeadline: an uncovered year → incomplete, provisional, inTime null; completeYears → appealable', () => {
    const notifiedOn = `${CALENDAR_LAST_YEAR}/12/20`;
    const d = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 5, notifiedOn, asOf: `${CALENDAR_LAST_YEAR}/12/21` });
    expect(d.status).toBe('incomplete');
    expect(d.value.provisional).toBe(true);
    expect(d.value.inTime).toBeNull();
    expect(d.missing).toEqual([`holidays.${CALENDAR_LAST_YEAR + 1}`]);
    expect(d.summary.en).toContain('at the earliest');
    const c = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 5, notifiedOn, asOf: `${CALENDAR_LAST_YEAR}/12/21`, completeYears: [CALENDAR_LAST_YEAR + 1] });
    expect(c.status).toBe('appealable');
    expect(c.value.inTime).toBe(true);
  });

  it('checkContinuingEligibility (Art. 45): the appeal of a revocation notified 1403/12/10 ends 1404/01/05; an uncovered year is said so', () => {
    const person = { birthDate: '1360/01/01' };
    const d = checkContinuingEligibility({ asOf: '1403/12/10', person, notifiedOn: '1403/12/10' });
    expect(d.value.appeal.lastDay).toBe('1404/01/05');
    expect(d.steps.some((s) => s.data?.['reason'] === 'officialHoliday')).toBe(true);
    const f = checkContinuingEligibility({ asOf: '1403/12/10', person, notifiedOn: '1403/12/10', options: { calendar: 'fridaysOnly' } });
    expect(f.value.appeal.lastDay).toBe('1404/01/02');
    const u = checkContinuingEligibility({ asOf: `${CALENDAR_LAST_YEAR}/12/20`, person, notifiedOn: `${CALENDAR_LAST_YEAR}/12/20` });
    expect(u.findings.some((x) => x.code === 'dates.calendar.notCovered' && x.status === 'unknown')).toBe(true);
    expect(u.missing).toContain(`holidays.${CALENDAR_LAST_YEAR + 1}`);
    const c = checkContinuingEligibility({ asOf: `${CALENDAR_LAST_YEAR}/12/20`, person, notifiedOn: `${CALENDAR_LAST_YEAR}/12/20`, completeYears: [CALENDAR_LAST_YEAR + 1] });
    expect(c.findings.some((x) => x.code === 'dates.calendar.notCovered')).toBe(false);
  });
});

describe('iran-judicial-eservices/calendar: officialHolidays, officialHolidayOn', () => {
  it('officialHolidays(1404) holds Nowruz 1404/01/01–04, each with a name in both languages and a source', () => {
    const list = officialHolidays(1404);
    for (const date of ['1404/01/01', '1404/01/02', '1404/01/03', '1404/01/04']) expect(list.some((h) => h.date === date)).toBe(true);
    for (const h of list) {
      expect(h.date.startsWith('1404/')).toBe(true);
      expect(h.name.fa.length).toBeGreaterThan(0);
      expect(h.name.en.length).toBeGreaterThan(0);
      expect(h.sources.length).toBeGreaterThan(0);
      expect(formatDayNumber(h.day)).toBe(h.date);
    }
  });

  it('every covered year has its holidays, ascending, and their day numbers match their dates', () => {
    for (let y = CALENDAR_FIRST_YEAR; y <= CALENDAR_LAST_YEAR; y++) {
      const list = officialHolidays(y);
      expect(list.length, String(y)).toBeGreaterThanOrEqual(20);
      for (let i = 1; i < list.length; i++) expect((list[i] as { day: number }).day >= (list[i - 1] as { day: number }).day).toBe(true);
      for (const h of list) expect(formatDayNumber(h.day)).toBe(h.date);
    }
  });

  it('officialHolidayOn agrees with the data for every day of the covered years (the lookup over day numbers)', () => {
    const byDate = new Map<string, string[]>();
    for (const h of OFFICIAL_HOLIDAYS) byDate.set(h.date, [...(byDate.get(h.date) ?? []), h.id]);
    for (let d = FIRST; d <= LAST; d++) {
      const date = formatDayNumber(d);
      expect(officialHolidayOn(date).map((h) => h.id), date).toEqual(byDate.get(date) ?? []);
    }
  });

  it('officialHolidayOn reads a Date by its UTC calendar date and Persian digits', () => {
    // 1404/01/02 is Nowruz and, that year, the martyrdom of Imam Ali (21 Ramadan 1446): two holidays
    expect(officialHolidayOn(new Date('2025-03-22')).map((h) => [h.date, h.id])).toEqual([['1404/01/02', 'nowruz-2'], ['1404/01/02', 'imam-ali-martyrdom']]);
    expect(officialHolidayOn('۱۴۰۴/۰۱/۰۲')).toEqual(officialHolidayOn('1404/01/02'));
  });

  it('boundary pairs: the first and last covered years answer, the years beside them are refused with the typed error', () => {
    expect(officialHolidays(CALENDAR_FIRST_YEAR).length).toBeGreaterThan(0);
    expect(officialHolidays(CALENDAR_LAST_YEAR).length).toBeGreaterThan(0);
    for (const y of [CALENDAR_FIRST_YEAR - 1, CALENDAR_LAST_YEAR + 1]) {
      const e = inputErrorOf(() => officialHolidays(y));
      expect(e.issues[0]?.field).toBe('year');
      expect(e.messages.en).toContain(`${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`);
      expect(e.messages.en).toContain(`does not cover ${y}`);
    }
    expect(officialHolidayOn(`${CALENDAR_LAST_YEAR}/12/29`)).toBeDefined();
    expect(inputErrorOf(() => officialHolidayOn(`${CALENDAR_LAST_YEAR + 1}/01/01`)).issues[0]?.field).toBe('date');
    expect(inputErrorOf(() => officialHolidayOn(`${CALENDAR_FIRST_YEAR - 1}/12/29`)).issues[0]?.field).toBe('date');
  });

  it('malformed input is refused with the typed error naming the field', () => {
    for (const y of [1403.5, '1403', Number.NaN, 1e308, Number.MAX_SAFE_INTEGER]) expect(inputErrorOf(() => officialHolidays(y as never)).issues[0]?.field).toBe('year');
    for (const d of ['1404/13/01', 'x', 1404, null]) expect(inputErrorOf(() => officialHolidayOn(d as never)).issues[0]?.field).toBe('date');
  });

  it('the model reads the data\'s Jalali dates with date-fns-jalali (UTC) the same way the library reads them', () => {
    for (const h of OFFICIAL_HOLIDAYS.slice(0, 50)) expect(modelFormat(addDays(modelDate(h.date), 0))).toBe(formatDayNumber(h.day));
  });
});
