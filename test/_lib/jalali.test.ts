import fc from 'fast-check';
import {
  addMonths as dfjAddMonths,
  addYears as dfjAddYears,
  getDate,
  getDay,
  getDaysInMonth,
  getMonth,
  getYear,
  isLeapYear as dfjIsLeapYear,
} from 'date-fns-jalali';
import { describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../src/_lib/digits.js';
import {
  addMonths,
  addMonthsYmd,
  addYears,
  completedYears,
  dateOfDayNumber,
  dayNumberOfDate,
  daysInclusive,
  formatDayNumber,
  fromDayNumber,
  inRange,
  isLeapYear,
  isValidYmd,
  MAX_DAY,
  MAX_YEAR,
  MIN_DAY,
  MIN_YEAR,
  monthLength,
  parseJalali,
  toDayNumber,
  weekday,
} from '../../src/_lib/jalali.js';
// date-fns-jalali on the UTC calendar: its local `newDate` is not zone-proof (see calendar-model.ts)
import { jalaliUTC as newDate } from './calendar-model.js';

const day = (s: string): number => {
  const r = parseJalali(s);
  if (typeof r !== 'number') throw new Error(`bad test date ${s}`);
  return r;
};

// Every day number of 1300/01/01 … 1500/12/29, and a generator of them.
const FIRST = toDayNumber(1300, 1, 1);
const LAST = toDayNumber(1500, 12, 29);
const anyDay = fc.integer({ min: FIRST, max: LAST });

describe('SPEC D1: the day-number core agrees with date-fns-jalali for every day of 1300–1500', () => {
  it('leap years (the 33-year rule) agree with date-fns-jalali for 1300–1500', () => {
    let leaps = 0;
    for (let y = 1300; y <= 1500; y++) {
      expect(isLeapYear(y), `year ${y}`).toBe(dfjIsLeapYear(newDate(y, 0, 1)));
      if (isLeapYear(y)) leaps++;
    }
    // 201 years hold 48 or 49 leap years (8 in 33)
    expect(leaps).toBeGreaterThanOrEqual(48);
    expect(leaps).toBeLessThanOrEqual(49);
  });

  it('month lengths agree with date-fns-jalali for every month of 1300–1500', () => {
    for (let y = 1300; y <= 1500; y++) {
      for (let m = 1; m <= 12; m++) {
        expect(monthLength(y, m), `${y}/${m}`).toBe(getDaysInMonth(newDate(y, m - 1, 1)));
      }
    }
  });

  it('toDayNumber/fromDayNumber round trip, the Gregorian date and the weekday agree for every day 1300/01/01–1500/12/29', () => {
    let expected = FIRST;
    let checked = 0;
    const mismatches: string[] = [];
    for (let y = 1300; y <= 1500; y++) {
      for (let m = 1; m <= 12; m++) {
        const len = monthLength(y, m);
        for (let d = 1; d <= len; d++) {
          const n = toDayNumber(y, m, d);
          // consecutive days have consecutive day numbers
          if (n !== expected) mismatches.push(`${y}/${m}/${d}: day number ${n}, expected ${expected}`);
          expected = n + 1;
          const back = fromDayNumber(n);
          if (back.year !== y || back.month !== m || back.day !== d) mismatches.push(`${y}/${m}/${d}: fromDayNumber gave ${JSON.stringify(back)}`);
          // date-fns-jalali's Date for the same Jalali date (on the UTC calendar, 0-based month)
          const ref = newDate(y, m - 1, d);
          if (getYear(ref) !== y || getMonth(ref) !== m - 1 || getDate(ref) !== d) mismatches.push(`${y}/${m}/${d}: date-fns-jalali reads it back differently`);
          // our UTC day vs its day (read through its UTC-backed getters): the same Gregorian calendar date
          const ours = dateOfDayNumber(n);
          if (ours.getUTCFullYear() !== ref.getFullYear() || ours.getUTCMonth() !== ref.getMonth() || ours.getUTCDate() !== ref.getDate()) {
            mismatches.push(`${y}/${m}/${d}: Gregorian ${ours.toISOString().slice(0, 10)} vs ${ref.getFullYear()}-${ref.getMonth() + 1}-${ref.getDate()}`);
          }
          if (weekday(n) !== getDay(ref)) mismatches.push(`${y}/${m}/${d}: weekday ${weekday(n)} vs ${getDay(ref)}`);
          if (mismatches.length > 10) break;
          checked++;
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(expected - 1).toBe(LAST);
    expect(checked).toBe(LAST - FIRST + 1);
  });

  it('parseJalali reads every day 1300–1500 in Latin and Persian digits, and formatDayNumber writes it back', () => {
    const mismatches: string[] = [];
    for (let n = FIRST; n <= LAST; n++) {
      const s = formatDayNumber(n);
      if (parseJalali(s) !== n) mismatches.push(s);
      if (parseJalali(toPersianDigits(s)) !== n) mismatches.push(`fa ${s}`);
      if (mismatches.length > 10) break;
    }
    expect(mismatches).toEqual([]);
  });

  it('the reference is zone-proof: 1373/10/10 is 1994-12-31, a Saturday, a day Pacific/Kiritimati skipped', () => {
    // date-fns-jalali's local newDate gives 1995-01-01 there; the UTC-backed reference does not
    const ref = newDate(1373, 9, 10);
    expect(ref.toISOString()).toBe('1994-12-31T00:00:00.000Z');
    expect([getYear(ref), getMonth(ref), getDate(ref), getDay(ref)]).toEqual([1373, 9, 10, 6]);
    expect(dateOfDayNumber(toDayNumber(1373, 10, 10)).toISOString()).toBe('1994-12-31T00:00:00.000Z');
  });

  it('1403/01/01 is 2024-03-20 (a Wednesday), the anchor every reader can check', () => {
    const n = toDayNumber(1403, 1, 1);
    expect(dateOfDayNumber(n).toISOString()).toBe('2024-03-20T00:00:00.000Z');
    expect(weekday(n)).toBe(3);
  });

  it('the supported range is Farvardin 1, 1200 to the last day of Esfand 1600', () => {
    expect(formatDayNumber(MIN_DAY)).toBe(`${MIN_YEAR}/01/01`);
    expect(formatDayNumber(MAX_DAY)).toBe(`${MAX_YEAR}/12/${monthLength(MAX_YEAR, 12)}`);
    expect(inRange(MIN_DAY)).toBe(true);
    expect(inRange(MIN_DAY - 1)).toBe(false);
    expect(inRange(MAX_DAY)).toBe(true);
    expect(inRange(MAX_DAY + 1)).toBe(false);
    expect(inRange(MIN_DAY + 0.5)).toBe(false);
  });

  it('fromDayNumber inverts toDayNumber over the whole supported range 1200–1600', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (n) => {
        const { year, month, day: d } = fromDayNumber(n);
        expect(isValidYmd(year, month, d)).toBe(true);
        expect(toDayNumber(year, month, d)).toBe(n);
      }),
    );
  });
});

describe('SPEC D1: a Date is read by its UTC calendar date', () => {
  it('new Date("2024-07-22") is 1403/05/01 whatever the host time zone', () => {
    expect(formatDayNumber(dayNumberOfDate(new Date('2024-07-22')))).toBe('1403/05/01');
  });
  it('2024-07-21T23:30:00-08:00 is 2024-07-22 in UTC, so 1403/05/01', () => {
    expect(formatDayNumber(dayNumberOfDate(new Date('2024-07-21T23:30:00-08:00')))).toBe('1403/05/01');
  });
  it('the last millisecond of a UTC day still belongs to it', () => {
    expect(formatDayNumber(dayNumberOfDate(new Date('2024-07-22T23:59:59.999Z')))).toBe('1403/05/01');
    expect(formatDayNumber(dayNumberOfDate(new Date('2024-07-23T00:00:00.000Z')))).toBe('1403/05/02');
  });
  it('dateOfDayNumber and dayNumberOfDate are inverse', () => {
    fc.assert(fc.property(anyDay, (n) => {
      expect(dayNumberOfDate(dateOfDayNumber(n))).toBe(n);
    }));
  });
});

describe('SPEC D1: parseJalali', () => {
  it('reads Persian, Arabic-Indic and Latin digits, / and -, with or without zero padding', () => {
    const n = toDayNumber(1403, 5, 1);
    for (const s of ['1403/05/01', '1403-05-01', '1403/5/1', '۱۴۰۳/۰۵/۰۱', '١٤٠٣/٠٥/٠١', '۱۴۰۳-۵-۱', '14۰3/05/01']) {
      expect(parseJalali(s), s).toBe(n);
    }
  });
  it('ignores RTL marks, zero-width characters and spaces', () => {
    const n = toDayNumber(1403, 5, 1);
    for (const s of ['\u200f1403/05/01\u200f', ' 1403 / 05 / 01 ', '\u202b۱۴۰۳/۰۵/۰۱\u202c', '\u200e1403\u200c/05/01', '\ufeff1403/05/01', '\t1403/05/01\n']) {
      expect(parseJalali(s), JSON.stringify(s)).toBe(n);
    }
  });
  it('refuses a mix of separators and other shapes', () => {
    for (const s of ['1403/05-01', '1403.05.01', '14030501', '1403/05', '', '1403/05/01/01', 'abcd/ef/gh', '1403/005/01', '01/05/1403']) {
      expect(parseJalali(s), s).toEqual({ reason: 'format' });
    }
  });
  it('the fast path never reads a non-digit as a digit (220x/01/01 is no date)', () => {
    for (const s of ['220x/01/01', '140a/01/01', '1a03/01/01', '1403/0x/01', '1403/01/0x', '14 3/01/01']) {
      const r = parseJalali(s);
      expect(typeof r === 'number' ? formatDayNumber(r) : r.reason, s).not.toMatch(/^\d/);
    }
  });
  it('impossible dates: 1404/12/30 (1404 is common), 1403/13/01, 1403/07/31, 1403/01/00', () => {
    expect(parseJalali('1404/12/30')).toEqual({ reason: 'day', year: 1404, month: 12, day: 30 });
    expect(parseJalali('1403/13/01')).toEqual({ reason: 'month', month: 13 });
    expect(parseJalali('1403/00/01')).toEqual({ reason: 'month', month: 0 });
    expect(parseJalali('1403/07/31')).toEqual({ reason: 'day', year: 1403, month: 7, day: 31 });
    expect(parseJalali('1403/01/00')).toEqual({ reason: 'day', year: 1403, month: 1, day: 0 });
  });
  it('Esfand 30 exists in a leap year: 1403/12/30 (day before 1404/01/01)', () => {
    expect(parseJalali('1403/12/30')).toBe(toDayNumber(1404, 1, 1) - 1);
    expect(parseJalali('1403/12/29')).toBe(toDayNumber(1404, 1, 1) - 2);
  });
  it('a Gregorian string such as 2024-10-01 is refused by its year', () => {
    expect(parseJalali('2024-10-01')).toEqual({ reason: 'yearRange', year: 2024 });
    expect(parseJalali('1199/12/29')).toEqual({ reason: 'yearRange', year: 1199 });
    expect(parseJalali('1601/01/01')).toEqual({ reason: 'yearRange', year: 1601 });
    expect(parseJalali('1200/01/01')).toBe(MIN_DAY);
  });
  it('the ASCII fast path and the general path agree on every input they both read', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('/', '-'),
        (y, m, d, sep) => {
          const fast = `${y}${sep}${String(m).padStart(2, '0')}${sep}${String(d).padStart(2, '0')}`;
          // a leading space takes the general path
          expect(parseJalali(fast)).toEqual(parseJalali(` ${fast}`));
        },
      ),
    );
  });
});

describe('SPEC D3: adding months and years', () => {
  it('1399/12/30 + 1 year = 1401/01/01 under the default, 1400/12/29 under clamp', () => {
    expect(formatDayNumber(addYears(day('1399/12/30'), 1))).toBe('1401/01/01');
    expect(formatDayNumber(addYears(day('1399/12/30'), 1, 'clamp'))).toBe('1400/12/29');
  });
  it('1403/06/31 + 1 month = 1403/08/01 under the default, 1403/07/30 under clamp', () => {
    expect(formatDayNumber(addMonths(day('1403/06/31'), 1))).toBe('1403/08/01');
    expect(formatDayNumber(addMonths(day('1403/06/31'), 1, 'clamp'))).toBe('1403/07/30');
  });
  it('a day every month has is moved unchanged: 1403/06/15 + 7 months = 1404/01/15', () => {
    expect(formatDayNumber(addMonths(day('1403/06/15'), 7))).toBe('1404/01/15');
    expect(formatDayNumber(addMonths(day('1403/06/15'), -7))).toBe('1402/11/15');
  });
  it('clamp agrees with date-fns-jalali addMonths and addYears (the other reading)', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -600, max: 600 }), (n, months) => {
        const { year, month, day: d } = fromDayNumber(n);
        const ref = dfjAddMonths(newDate(year, month - 1, d), months);
        const ours = fromDayNumber(addMonths(n, months, 'clamp'));
        expect([ours.year, ours.month - 1, ours.day]).toEqual([getYear(ref), getMonth(ref), getDate(ref)]);
      }),
    );
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -50, max: 50 }), (n, years) => {
        const { year, month, day: d } = fromDayNumber(n);
        const ref = dfjAddYears(newDate(year, month - 1, d), years);
        const ours = fromDayNumber(addYears(n, years, 'clamp'));
        expect([ours.year, ours.month - 1, ours.day]).toEqual([getYear(ref), getMonth(ref), getDate(ref)]);
      }),
    );
  });
  it('nextMonth ≥ clamp, and they differ by at most one day (only where the day is missing)', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -600, max: 600 }), (n, months) => {
        const next = addMonths(n, months, 'nextMonth');
        const clamp = addMonths(n, months, 'clamp');
        expect(next - clamp).toBeGreaterThanOrEqual(0);
        expect(next - clamp).toBeLessThanOrEqual(1);
        const src = fromDayNumber(n);
        const target = fromDayNumber(clamp);
        // they differ exactly when the target month lacks the day
        expect(next !== clamp).toBe(src.day > monthLength(target.year, target.month));
      }),
    );
  });
  it('adding months never goes backwards: non-decreasing in the count and in the date', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -600, max: 600 }), fc.constantFrom('nextMonth' as const, 'clamp' as const), (n, months, overflow) => {
        expect(addMonths(n, months + 1, overflow)).toBeGreaterThan(addMonths(n, months, overflow));
        expect(addMonths(n + 1, months, overflow)).toBeGreaterThanOrEqual(addMonths(n, months, overflow));
        if (months >= 0) expect(addMonths(n, months, overflow)).toBeGreaterThanOrEqual(n);
      }),
    );
  });
  it('adding years is adding 12 months', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -50, max: 50 }), (n, years) => {
        expect(addYears(n, years)).toBe(addMonths(n, years * 12));
        expect(addYears(n, years, 'clamp')).toBe(addMonths(n, years * 12, 'clamp'));
      }),
    );
  });
  it('a result outside years 1200–1600 is NaN', () => {
    expect(addYears(day('1600/01/01'), 1)).toBeNaN();
    expect(addMonths(day('1200/01/01'), -1)).toBeNaN();
    expect(addMonthsYmd({ year: 1600, month: 12, day: 1 }, 1)).toBeNaN();
  });
});

describe('SPEC D3: completed years (age)', () => {
  it('Art. 9(ث): born 1363/11/17, 23 on 1387/11/16 (the day before), 24 on 1387/11/17 (the 24th birthday)', () => {
    expect(completedYears(day('1363/11/17'), day('1387/11/16'))).toBe(23);
    expect(completedYears(day('1363/11/17'), day('1387/11/17'))).toBe(24);
  });
  it('born Esfand 30 (1399, leap) completes a year in a common year on Farvardin 1', () => {
    expect(completedYears(day('1399/12/30'), day('1400/12/29'))).toBe(0);
    expect(completedYears(day('1399/12/30'), day('1401/01/01'))).toBe(1);
    // under clamp, on Esfand 29
    expect(completedYears(day('1399/12/30'), day('1400/12/28'), 'clamp')).toBe(0);
    expect(completedYears(day('1399/12/30'), day('1400/12/29'), 'clamp')).toBe(1);
    // in a leap year, on Esfand 30 itself (1403 is leap)
    expect(completedYears(day('1399/12/30'), day('1403/12/29'))).toBe(3);
    expect(completedYears(day('1399/12/30'), day('1403/12/30'))).toBe(4);
  });
  it('the birthday (D3) is the first day of each completed year, the day before is not', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 80 }), fc.constantFrom('nextMonth' as const, 'clamp' as const), (birth, years, overflow) => {
        const birthday = addYears(birth, years, overflow);
        fc.pre(inRange(birthday));
        expect(completedYears(birth, birthday, overflow)).toBe(years);
        expect(completedYears(birth, birthday - 1, overflow)).toBe(years - 1);
      }),
    );
  });
  it('age never decreases as the date advances, and grows by at most one a day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 40_000 }), (birth, k) => {
        const on = birth + k;
        fc.pre(inRange(on + 1));
        const a = completedYears(birth, on);
        const b = completedYears(birth, on + 1);
        expect(b - a === 0 || b - a === 1).toBe(true);
      }),
    );
  });
  it('before birth it is -1 (the public API refuses that input)', () => {
    expect(completedYears(day('1403/01/02'), day('1403/01/01'))).toBe(-1);
    expect(completedYears(day('1403/01/01'), day('1403/01/01'))).toBe(0);
  });
});

describe('daysInclusive and weekday', () => {
  it('counts both ends', () => {
    expect(daysInclusive(day('1403/01/01'), day('1403/01/31'))).toBe(31);
    expect(daysInclusive(day('1403/01/01'), day('1403/01/01'))).toBe(1);
    expect(daysInclusive(day('1403/01/02'), day('1403/01/01'))).toBe(0);
  });
  it('1403/01/31 (2024-04-19) is a Friday', () => {
    expect(weekday(day('1403/01/31'))).toBe(5);
  });
});
