/**
 * Shared input schemas (zod/mini, which builds no code at run time and keeps bundles
 * small). A date comes as a Jalali string or a JS `Date` (read by its UTC calendar
 * date, SPEC D1) and parses to a day number.
 */
import * as z from 'zod/mini';
import { dayNumberOfDate, inRange, MAX_YEAR, MIN_YEAR, parseJalali, type DateParseFailure } from '../_lib/jalali.js';
import { persianText, type Bilingual } from './text.js';

/** A date as callers give it: Jalali `YYYY/MM/DD` (any digits) or a JS `Date` (UTC calendar date). */
export type DateInput = string | Date;

/** What a date field expects, in both languages (also for a date that is missing or of another type). */
export const EXPECTED_DATE: Bilingual = {
  en: `a Jalali date YYYY/MM/DD (years ${MIN_YEAR}–${MAX_YEAR}) or a JS Date`,
  fa: persianText(`تاریخ شمسی به شکل YYYY/MM/DD (سال‌های ${MIN_YEAR} تا ${MAX_YEAR}) یا یک Date`),
};

/** Why a date was refused, in both languages. */
export function dateFailureDetail(f: DateParseFailure): Bilingual {
  switch (f.reason) {
    case 'format':
      return { en: 'not of the form YYYY/MM/DD', fa: 'به شکل YYYY/MM/DD نیست' };
    case 'yearRange':
      return {
        en: `year ${f.year} is outside ${MIN_YEAR}–${MAX_YEAR}; a Gregorian date must come as a JS Date, not a string`,
        fa: persianText(`سال ${f.year} خارج از بازه ${MIN_YEAR} تا ${MAX_YEAR} است؛ تاریخ میلادی باید به صورت Date داده شود، نه متن`),
      };
    case 'month':
      return { en: `there is no month ${f.month}`, fa: persianText(`ماه ${f.month} وجود ندارد`) };
    case 'day':
      return f.month === 12 && f.day === 30
        ? { en: `${f.year} is not a leap year, so Esfand has 29 days`, fa: persianText(`سال ${f.year} کبیسه نیست و اسفند ۲۹ روز دارد`) }
        : { en: `month ${f.month} of ${f.year} has no day ${f.day}`, fa: persianText(`ماه ${f.month} سال ${f.year} روز ${f.day} ندارد`) };
  }
}

/** Parse a date input to a day number, or give the failure's detail. */
export function readDate(input: unknown): number | Bilingual | null {
  if (typeof input === 'string') {
    const r = parseJalali(input);
    return typeof r === 'number' ? r : dateFailureDetail(r);
  }
  if (input instanceof Date) {
    const t = input.getTime();
    if (Number.isNaN(t)) return { en: 'the Date is invalid', fa: 'Date نامعتبر است' };
    const d = dayNumberOfDate(input);
    return inRange(d)
      ? d
      : { en: `the Date falls outside Jalali years ${MIN_YEAR}–${MAX_YEAR}`, fa: persianText(`Date خارج از سال‌های ${MIN_YEAR} تا ${MAX_YEAR} شمسی است`) };
  }
  return null;
}

/**
 * A date: Jalali `YYYY/MM/DD` or `YYYY-MM-DD` (Persian, Arabic-Indic or Latin digits) or a
 * JS `Date` (its UTC calendar date). Parses to a day number.
 */
export const dateSchema = z.pipe(
  z.union([z.string(), z.date()]),
  z.transform((input: string | Date, ctx) => {
    const r = readDate(input);
    if (typeof r === 'number') return r;
    ctx.issues.push({
      code: 'custom',
      input,
      message: EXPECTED_DATE.en,
      params: { code: 'invalid_date', expected: EXPECTED_DATE, ...(r === null ? {} : { detail: r }) },
    });
    return z.NEVER;
  }),
);

/** A check that reads -0 as 0, so that no output carries a -0 (which JSON writes as 0). */
export const noNegativeZero = z.overwrite((n: number) => (n === 0 ? 0 : n));

/** A finite number (no NaN, no ±Infinity); -0 reads as 0. */
export const finiteNumber = z.number().check(
  z.refine((n: number) => Number.isFinite(n), {
    params: { expected: { en: 'a finite number', fa: 'عددی متناهی' } },
  }),
  noNegativeZero,
);

/** A non-negative safe integer; -0 reads as 0. */
export const countSchema = z.int().check(z.minimum(0), noNegativeZero);
