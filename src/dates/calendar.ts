/**
 * The public Jalali calendar functions: parse, format, compare, count, add days, months
 * and years (SPEC D3), and age in completed Jalali years. All arithmetic is done on day
 * numbers by the private core (`src/_lib/jalali.ts`); date-fns-jalali is never on these
 * paths (a test checks the core against it for every day of 1300–1500).
 *
 * SPEC D1: a date is a Jalali `YYYY/MM/DD` string (Persian, Arabic-Indic or Latin digits,
 * `/` or `-`) or a JS `Date`, which is read by its **UTC** calendar date
 * (`new Date('2024-07-22')` is 1403/05/01 on every host). A string with a year outside
 * 1200–1600 (a Gregorian `2024-10-01`, say) is refused: a Gregorian date must come as a
 * `Date`. Outputs are `YYYY/MM/DD` with Latin digits.
 */
import * as z from 'zod/mini';
import { toPersianDigits } from '../_lib/digits.js';
import {
  addMonths,
  addYears,
  completedYears,
  formatDayNumber,
  inRange,
  MAX_YEAR,
  MIN_YEAR,
} from '../_lib/jalali.js';
import { inputError, parseInput } from '../core/errors.js';
import { dateSchema, readDate, type DateInput } from '../core/schemas.js';
import type { Bilingual } from '../core/text.js';
import { FormatOptionsSchema, OverflowOptionsSchema, type FormatOptions, type OverflowOptions } from './schemas.js';

/** How a period that ends on a day its month lacks is landed (SPEC D3). */
export type { Overflow } from '../_lib/jalali.js';


const OUT_OF_RANGE: Bilingual = {
  en: `a value whose result stays within Jalali years ${MIN_YEAR}–${MAX_YEAR}`,
  fa: toPersianDigits(`مقداری که نتیجه آن در سال‌های ${MIN_YEAR} تا ${MAX_YEAR} شمسی بماند`),
};

function outOfRange(field: string, received: unknown): never {
  throw inputError(field, OUT_OF_RANGE, received, {
    en: `the result leaves Jalali years ${MIN_YEAR}–${MAX_YEAR}`,
    fa: toPersianDigits(`نتیجه از سال‌های ${MIN_YEAR} تا ${MAX_YEAR} شمسی بیرون می‌رود`),
  });
}

// ---------------------------------------------------------------------------

const OneDate = z.object({ input: dateSchema });

/**
 * Parse a Jalali date and return it normalised (SPEC D1).
 *
 * @param input - Jalali `YYYY/MM/DD` or `YYYY-MM-DD` (Persian, Arabic-Indic or Latin digits; RTL marks and spaces ignored), or a JS `Date` (its UTC calendar date)
 * @returns the date as `YYYY/MM/DD` with Latin digits
 * @throws {InputError} when the input is not a real Jalali date of years 1200–1600 (field `input`)
 * @example
 * parseJalaliDate('۱۴۰۳/۵/۱');               // '1403/05/01'
 * parseJalaliDate(new Date('2024-07-22'));    // '1403/05/01'
 */
export function parseJalaliDate(input: DateInput): string {
  let day = readDate(input);
  if (typeof day !== 'number') ({ input: day } = parseInput(OneDate, { input }));
  return formatDayNumber(day);
}

const FormatArgs = z.object({ input: dateSchema, options: FormatOptionsSchema });

/**
 * Format a date as Jalali `YYYY/MM/DD`, with Latin digits or, for Persian text, Persian digits.
 *
 * @param input - a Jalali date string or a JS `Date` (its UTC calendar date)
 * @param options - `digits`: `latin` (default) or `persian`
 * @returns the date as `YYYY/MM/DD`
 * @throws {InputError} for a malformed date (field `input`) or option (`options.digits`)
 * @example
 * formatJalali('1403-5-1', { digits: 'persian' }); // '۱۴۰۳/۰۵/۰۱'
 * formatJalali(new Date('2024-03-20'));             // '1403/01/01'
 */
export function formatJalali(input: DateInput, options?: FormatOptions): string {
  let day = readDate(input);
  let digits = options?.digits;
  const plainOptions = options === undefined || (typeof options === 'object' && options !== null && (digits === undefined || digits === 'latin' || digits === 'persian'));
  if (typeof day !== 'number' || !plainOptions) {
    const parsed = parseInput(FormatArgs, { input, options });
    day = parsed.input;
    digits = parsed.options?.digits;
  }
  const text = formatDayNumber(day);
  return digits === 'persian' ? toPersianDigits(text) : text;
}

const TwoDates = z.object({ a: dateSchema, b: dateSchema });

/**
 * Compare two dates.
 *
 * @param a - a Jalali date string or a JS `Date`
 * @param b - a Jalali date string or a JS `Date`
 * @returns -1 when `a` is before `b`, 0 on the same day, 1 when after
 * @throws {InputError} for a malformed date (field `a` or `b`)
 * @example
 * compareJalali('1403/01/01', '1402/12/29'); // 1
 * compareJalali('۱۴۰۳/۰۱/۰۱', '1403-1-1');   // 0
 */
export function compareJalali(a: DateInput, b: DateInput): -1 | 0 | 1 {
  let da = readDate(a);
  let db = readDate(b);
  if (typeof da !== 'number' || typeof db !== 'number') ({ a: da, b: db } = parseInput(TwoDates, { a, b }));
  return da < db ? -1 : da > db ? 1 : 0;
}

const FromTo = z.object({ from: dateSchema, to: dateSchema });

/**
 * The number of days from `from` to `to`, counting both (SPEC D5 counts work periods this way).
 *
 * @param from - the first day
 * @param to - the last day, not before `from`
 * @returns the number of days, at least 1
 * @throws {InputError} for a malformed date, or when `to` is before `from` (field `to`)
 * @example
 * countDaysInclusive('1403/01/01', '1403/01/31'); // 31
 * countDaysInclusive('1403/01/01', '1403/01/01'); // 1
 */
export function countDaysInclusive(from: DateInput, to: DateInput): number {
  const r = parseInput(FromTo, { from, to });
  if (r.to < r.from) {
    throw inputError(
      'to',
      { en: `a date on or after from (${formatDayNumber(r.from)})`, fa: toPersianDigits(`تاریخی برابر یا پس از from (${formatDayNumber(r.from)})`) },
      to,
      { en: 'to is before from', fa: 'to پیش از from است' },
    );
  }
  return r.to - r.from + 1;
}

const AddDaysArgs = z.object({ date: dateSchema, days: z.int() });

/**
 * Add (or, when negative, subtract) whole days.
 *
 * @param date - a Jalali date string or a JS `Date`
 * @param days - an integer number of days
 * @returns the date `days` days later, `YYYY/MM/DD`
 * @throws {InputError} for a malformed date (`date`) or count (`days`), or a result outside years 1200–1600 (`days`)
 * @example
 * addJalaliDays('1403/12/29', 1);  // '1403/12/30' (1403 is a leap year)
 * addJalaliDays('1404/01/01', -1); // '1403/12/30'
 */
export function addJalaliDays(date: DateInput, days: number): string {
  const r = parseInput(AddDaysArgs, { date, days });
  const out = r.date + r.days;
  if (!inRange(out)) outOfRange('days', days);
  return formatDayNumber(out);
}

const AddMonthsArgs = z.object({ date: dateSchema, months: z.int(), options: OverflowOptionsSchema });

/**
 * Add (or subtract) whole Jalali months (SPEC D3): the same day of the month `months`
 * later; where that month lacks the day (the 31st in a 30-day month, Esfand 30 in a
 * common year) the result is the 1st of the next month (`nextMonth`, the default) or the
 * month's last day (`clamp`, as date-fns does).
 *
 * @param date - a Jalali date string or a JS `Date`
 * @param months - an integer number of months
 * @param options - `overflow`: `nextMonth` (default) or `clamp`
 * @returns the date, `YYYY/MM/DD`
 * @throws {InputError} for malformed input, or a result outside years 1200–1600 (`months`)
 * @example
 * addJalaliMonths('1403/06/31', 1);                        // '1403/08/01'
 * addJalaliMonths('1403/06/31', 1, { overflow: 'clamp' }); // '1403/07/30'
 */
export function addJalaliMonths(date: DateInput, months: number, options?: OverflowOptions): string {
  const r = parseInput(AddMonthsArgs, { date, months, options });
  const out = addMonths(r.date, r.months, r.options?.overflow);
  if (!inRange(out)) outOfRange('months', months);
  return formatDayNumber(out);
}

const AddYearsArgs = z.object({ date: dateSchema, years: z.int(), options: OverflowOptionsSchema });

/**
 * Add (or subtract) whole Jalali years (SPEC D3): the same month and day `years` later;
 * Esfand 30 in a year that lacks it becomes Farvardin 1 of the next year by default, or
 * Esfand 29 under `clamp`.
 *
 * @param date - a Jalali date string or a JS `Date`
 * @param years - an integer number of years
 * @param options - `overflow`: `nextMonth` (default) or `clamp`
 * @returns the date, `YYYY/MM/DD`
 * @throws {InputError} for malformed input, or a result outside years 1200–1600 (`years`)
 * @example
 * addJalaliYears('1399/12/30', 1);                        // '1401/01/01'
 * addJalaliYears('1399/12/30', 1, { overflow: 'clamp' }); // '1400/12/29'
 */
export function addJalaliYears(date: DateInput, years: number, options?: OverflowOptions): string {
  const r = parseInput(AddYearsArgs, { date, years, options });
  const out = addYears(r.date, r.years, r.options?.overflow);
  if (!inRange(out)) outOfRange('years', years);
  return formatDayNumber(out);
}

const AgeArgs = z.object({ birthDate: dateSchema, asOf: dateSchema, options: OverflowOptionsSchema });

/**
 * Age in completed Jalali years on a date (SPEC D3): the number of birthdays (by the D3
 * rule) on or before `asOf`. The birthday itself completes the year; someone born on
 * Esfand 30 completes a year, in a common year, on Farvardin 1 (under `clamp`, on Esfand 29).
 *
 * @param birthDate - the date of birth
 * @param asOf - the date the age is asked for, not before `birthDate`
 * @param options - `overflow`: `nextMonth` (default) or `clamp`
 * @returns completed years, 0 or more
 * @throws {InputError} for malformed input, or `asOf` before `birthDate` (field `asOf`)
 * @example
 * ageOn('1363/11/17', '1387/11/16'); // 23
 * ageOn('1363/11/17', '1387/11/17'); // 24
 */
export function ageOn(birthDate: DateInput, asOf: DateInput, options?: OverflowOptions): number {
  const r = parseInput(AgeArgs, { birthDate, asOf, options });
  if (r.asOf < r.birthDate) {
    throw inputError(
      'asOf',
      { en: `a date on or after birthDate (${formatDayNumber(r.birthDate)})`, fa: toPersianDigits(`تاریخی برابر یا پس از birthDate (${formatDayNumber(r.birthDate)})`) },
      asOf,
      { en: 'asOf is before birthDate', fa: 'asOf پیش از birthDate است' },
    );
  }
  return completedYears(r.birthDate, r.asOf, r.options?.overflow);
}

const DateOfAgeArgs = z.object({ birthDate: dateSchema, years: z.int().check(z.minimum(0)), options: OverflowOptionsSchema });

/**
 * The day a person born on `birthDate` completes `years` Jalali years (SPEC D3): the
 * birthday `years` years on, Esfand 30 landing on Farvardin 1 in a common year by default.
 * `ageOn(birthDate, dateOfAge(birthDate, n)) === n`, and the day before gives `n - 1`.
 *
 * @param birthDate - the date of birth
 * @param years - the age, a whole number of years, 0 or more
 * @param options - `overflow`: `nextMonth` (default) or `clamp`
 * @returns the date, `YYYY/MM/DD`
 * @throws {InputError} for malformed input, or a result outside years 1200–1600 (`years`)
 * @example
 * dateOfAge('1363/11/17', 24); // '1387/11/17'
 * dateOfAge('1399/12/30', 24); // '1424/01/01' (1423 has no Esfand 30)
 */
export function dateOfAge(birthDate: DateInput, years: number, options?: OverflowOptions): string {
  const r = parseInput(DateOfAgeArgs, { birthDate, years, options });
  const out = addYears(r.birthDate, r.years, r.options?.overflow);
  if (!inRange(out)) outOfRange('years', years);
  return formatDayNumber(out);
}
