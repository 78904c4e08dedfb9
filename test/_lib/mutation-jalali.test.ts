/**
 * Tests written against Stryker survivors in src/_lib/jalali.ts and src/_lib/digits.ts
 * (issue 7): the calendar core every date of the library goes through (SPEC D1, D3). They
 * pin the edges of the supported range (1200/01/01 – 1600/12/29), the D3 overflow at the
 * very end of it, the validity test of a date, and that the library's own date form is
 * read by the parser's fast path.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toLatinDigits, toPersianDigits } from '../../src/_lib/digits.js';
import {
  addMonths,
  addMonthsYmd,
  addYears,
  completedYears,
  daysInclusive,
  formatDayNumber,
  fromDayNumber,
  isLeapYear,
  isValidYmd,
  MAX_DAY,
  MAX_YEAR,
  MIN_DAY,
  MIN_YEAR,
  monthLength,
  parseJalali,
  toDayNumber,
} from '../../src/_lib/jalali.js';

const dn = toDayNumber;

describe('SPEC D1 (mutation): the day-number core over the whole supported range', () => {
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

describe('SPEC D1 (mutation): isValidYmd', () => {
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

describe('SPEC D3 (mutation): adding months and years at the edges of the range', () => {
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

describe('SPEC D1 (mutation): the parser reads the library\'s own form on its fast path', () => {
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

describe('digits (mutation)', () => {
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
