import fc from 'fast-check';
import { addMonths as dfjAddMonths, addYears as dfjAddYears, getDate, getDay, getDaysInMonth, getMonth, getYear, isLeapYear as dfjIsLeapYear } from 'date-fns-jalali';
import { describe, expect, it, afterEach, vi } from 'vitest';
import { toPersianDigits, toLatinDigits } from '../../src/_lib/digits.js';
import { addMonths, addMonthsYmd, addYears, completedYears, dateOfDayNumber, dayNumberOfDate, daysInclusive, formatDayNumber, fromDayNumber, inRange, isLeapYear, isValidYmd, MAX_DAY, MAX_YEAR, MIN_DAY, MIN_YEAR, monthLength, parseJalali, toDayNumber, weekday } from '../../src/_lib/jalali.js';
import { jalaliUTC as newDate } from './calendar-model.js';

// date-fns-jalali on the UTC calendar: its local `newDate` is not zone-proof (see calendar-model.ts)
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

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Tests written against Stryker survivors in src/_lib/jalali.ts and src/_lib/digits.ts
// (issue 7): the calendar core every date of the library goes through (SPEC D1, D3). They
// pin the edges of the supported range (1200/01/01 – 1600/12/29), the D3 overflow at the
// very end of it, the validity test of a date, and that the library's own date form is
// read by the parser's fast path.
const dn = toDayNumber;

describe('SPEC D1: the day-number core over the whole supported range — pinned', () => {
  it('every day of 1200/01/01 … 1600/12/29 reads back to its own Jalali date, days in order, months and years of the right length', () => {
    const bad: string[] = [];
    let n = MIN_DAY;
    for (let y = MIN_YEAR; y <= MAX_YEAR; y++) {
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= monthLength(y, m); d++, n++) {
          if (dn(y, m, d) !== n) bad.push(`${y}/${m}/${d}: toDayNumber ${dn(y, m, d)}, expected ${n}`);
          const r = fromDayNumber(n);
          if (r.year !== y || r.month !== m || r.day !== d) bad.push(`${n}: ${JSON.stringify(r)}, expected ${y}/${m}/${d}`);
          if (bad.length > 10) break;
        }
      }
    }
    expect(bad).toEqual([]);
    expect(n - 1).toBe(MAX_DAY);
  });

  it('the first day of the seventh month is day 186 of the year (six months of 31 days), of the twelfth day 336', () => {
    expect(dn(1403, 7, 1) - dn(1403, 1, 1)).toBe(186);
    expect(dn(1403, 6, 31) - dn(1403, 1, 1)).toBe(185);
    expect(dn(1403, 12, 1) - dn(1403, 1, 1)).toBe(336);
    expect(fromDayNumber(dn(1403, 1, 1) + 185)).toEqual({ year: 1403, month: 6, day: 31 });
    expect(fromDayNumber(dn(1403, 1, 1) + 186)).toEqual({ year: 1403, month: 7, day: 1 });
  });

  it('the ends of the range: 1200/01/01 and 1600/12/29 (1600 is a common year)', () => {
    expect(isLeapYear(1600)).toBe(false);
    expect(formatDayNumber(MIN_DAY)).toBe('1200/01/01');
    expect(formatDayNumber(MAX_DAY)).toBe('1600/12/29');
    expect(fromDayNumber(MAX_DAY - 365 + 1)).toEqual({ year: 1600, month: 1, day: 1 });
  });
});

describe('SPEC D1: isValidYmd — pinned', () => {
  it('a real date of 1200–1600 is valid; each part out of bounds by one, or not an integer, is not', () => {
    expect(isValidYmd(1403, 1, 1)).toBe(true);
    expect(isValidYmd(1200, 1, 1)).toBe(true);
    expect(isValidYmd(1600, 12, 29)).toBe(true);
    expect(isValidYmd(1403, 12, 30)).toBe(true); // 1403 is a leap year
    expect(isValidYmd(1199, 12, 29)).toBe(false);
    expect(isValidYmd(1601, 1, 1)).toBe(false);
    expect(isValidYmd(1403, 0, 1)).toBe(false);
    expect(isValidYmd(1403, 13, 1)).toBe(false);
    expect(isValidYmd(1403, 1, 0)).toBe(false);
    expect(isValidYmd(1403, 7, 31)).toBe(false);
    expect(isValidYmd(1404, 12, 30)).toBe(false); // 1404 is not
    expect(isValidYmd(1403.5, 1, 1)).toBe(false);
    expect(isValidYmd(1403, 1.5, 1)).toBe(false);
    expect(isValidYmd(1403, 1, 1.5)).toBe(false);
  });
});

describe('SPEC D3: adding months and years at the edges of the range — pinned', () => {
  it('D3: a result in the first or the last supported year is a day; one a year beyond either end is NaN', () => {
    expect(formatDayNumber(addMonths(dn(1201, 1, 1), -12))).toBe('1200/01/01');
    expect(formatDayNumber(addMonths(dn(1599, 1, 1), 12))).toBe('1600/01/01');
    expect(formatDayNumber(addYears(dn(1599, 12, 29), 1))).toBe('1600/12/29');
    expect(addMonths(dn(1200, 6, 1), -12)).toBeNaN();
    expect(addMonths(dn(1600, 6, 1), 12)).toBeNaN();
    expect(addYears(dn(1600, 1, 1), 1)).toBeNaN();
    expect(addMonthsYmd({ year: 1600, month: 12, day: 29 }, 1)).toBeNaN();
  });

  it('D3: NaN (a date left out, or past the range) plus months or years is NaN, under either overflow', () => {
    for (const overflow of [undefined, 'nextMonth', 'clamp'] as const) {
      expect(addMonths(Number.NaN, 3, overflow)).toBeNaN();
      expect(addYears(Number.NaN, 1, overflow)).toBeNaN();
    }
  });

  it('D3 (regression): the 1st of the month after Esfand 1600 is outside the range, so nextMonth gives NaN, not the nonexistent 1600/12/30', () => {
    // 1600/06/31 + 6 months: Esfand 1600 has 29 days; nextMonth would be 1601/01/01.
    expect(addMonths(dn(1600, 6, 31), 6)).toBeNaN();
    expect(addMonths(dn(1600, 6, 31), 6, 'nextMonth')).toBeNaN();
    expect(formatDayNumber(addMonths(dn(1600, 6, 31), 6, 'clamp'))).toBe('1600/12/29');
    // 1597 is a leap year: its Esfand 30 three years on.
    expect(isLeapYear(1597)).toBe(true);
    expect(addYears(dn(1597, 12, 30), 3)).toBeNaN();
    expect(formatDayNumber(addYears(dn(1597, 12, 30), 3, 'clamp'))).toBe('1600/12/29');
    // The same overflow inside the range still lands on the 1st of the next month.
    expect(formatDayNumber(addMonths(dn(1600, 6, 31), 1))).toBe('1600/08/01');
    expect(formatDayNumber(addMonths(dn(1402, 6, 31), 6))).toBe('1403/01/01');
    expect(formatDayNumber(addMonths(dn(1599, 6, 31), 6))).toBe('1600/01/01');
  });

  it('D3: completed years — the birthday completes the year; within the birth year 0; an end of range anniversary is not reached', () => {
    expect(completedYears(dn(1363, 11, 17), dn(1387, 11, 16))).toBe(23);
    expect(completedYears(dn(1363, 11, 17), dn(1387, 11, 17))).toBe(24);
    expect(completedYears(dn(1403, 5, 1), dn(1403, 5, 1))).toBe(0);
    expect(completedYears(dn(1403, 5, 1), dn(1403, 12, 30))).toBe(0);
    expect(completedYears(dn(1403, 5, 2), dn(1403, 5, 1))).toBe(-1);
    expect(completedYears(dn(1403, 5, 2), dn(1401, 1, 1))).toBe(-1);
    expect(completedYears(dn(1597, 12, 30), dn(1600, 12, 29))).toBe(2);
    expect(completedYears(dn(1597, 12, 30), dn(1600, 12, 29), 'clamp')).toBe(3);
  });

  it('days counted inclusively: both ends count; an end before the start gives 0, however far before', () => {
    expect(daysInclusive(10, 10)).toBe(1);
    expect(daysInclusive(10, 12)).toBe(3);
    expect(daysInclusive(10, 9)).toBe(0);
    expect(daysInclusive(10, 5)).toBe(0);
  });
});

describe('SPEC D1: the parser reads the library\'s own form on its fast path', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('plain ASCII YYYY/MM/DD and YYYY-MM-DD, valid or not, are answered without the full parser (no regex clean-up)', () => {
    const inputs = ['1403/05/01', '1289/12/29', '1567-09-30', '1403-12-30', '1404/12/30', '1403/13/01', '1403/00/01', '1403/01/00', '0000/01/01', '2024/10/01'];
    const replace = vi.spyOn(String.prototype, 'replace');
    const out = inputs.map((s) => parseJalali(s));
    const calls = replace.mock.calls.length;
    replace.mockRestore();
    expect(calls).toBe(0);
    expect(out).toEqual([
      dn(1403, 5, 1),
      dn(1289, 12, 29),
      dn(1567, 9, 30),
      dn(1403, 12, 30),
      { reason: 'day', year: 1404, month: 12, day: 30 },
      { reason: 'month', month: 13 },
      { reason: 'month', month: 0 },
      { reason: 'day', year: 1403, month: 1, day: 0 },
      { reason: 'yearRange', year: 0 },
      { reason: 'yearRange', year: 2024 },
    ]);
  });

  it('a ten-character string with a non-digit in the year, month or day is not a date of the fast path: the full parser says "format"', () => {
    for (const s of ['14a3/05/01', '1403/a5/01', '1403/0a/01', '1403/05/a1', '1403/05/0a', '1403/05-01', '1403:05:01', 'abcd/ef/gh']) {
      expect(parseJalali(s), s).toEqual({ reason: 'format' });
    }
  });

  it('ten characters in Persian or Arabic-Indic digits go to the full parser and read the same', () => {
    expect(parseJalali('۱۴۰۳/۰۵/۰۱')).toBe(dn(1403, 5, 1));
    expect(parseJalali('١٤٠٣-٠٥-٠١')).toBe(dn(1403, 5, 1));
  });
});

describe('digits — pinned', () => {
  it('only the ten Persian and the ten Arabic-Indic digits are replaced; letters beside them are kept', () => {
    expect(toLatinDigits('یک کتاب')).toBe('یک کتاب');
    expect(toLatinDigits('\u06fa\u06ff\u066a\u0669\u06f9')).toBe('\u06fa\u06ff\u066a99');
    expect(toLatinDigits('€ ۱٠')).toBe('€ 10');
    expect(toLatinDigits('')).toBe('');
  });

  it('toPersianDigits replaces each Latin digit in place and keeps the text around it', () => {
    expect(toPersianDigits('')).toBe('');
    expect(toPersianDigits('no digits')).toBe('no digits');
    expect(toPersianDigits('0a9')).toBe('۰a۹');
    expect(toPersianDigits('ماده 38، بند ذ')).toBe('ماده ۳۸، بند ذ');
  });
});
