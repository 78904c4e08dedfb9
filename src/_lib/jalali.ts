/**
 * The Jalali date core (private). Dates are handled as **day numbers**: the number of
 * days since 1970-01-01 in UTC, the same count `Date.UTC(...) / 86_400_000` gives. So a
 * JS `Date` is read by its UTC calendar date (SPEC D1) with one division, and nothing
 * depends on the host's time zone.
 *
 * Months are 1-based everywhere in this library (Farvardin = 1 … Esfand = 12); the
 * 0-based month index of date-fns-jalali never leaves the test that compares with it.
 *
 * Leap years follow the 33-year arithmetic rule, which agrees with date-fns-jalali (and
 * the astronomical calendar) for every year of the supported range; a property test
 * checks every day of 1300–1500 against date-fns-jalali.
 */

import { toLatinDigits } from './digits.js';

/** A Jalali calendar date, month 1-based. */
export interface JalaliYmd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** First supported Jalali year. */
export const MIN_YEAR = 1200;
/** Last supported Jalali year. */
export const MAX_YEAR = 1600;

const MS_PER_DAY = 86_400_000;

/** Leap year by the 33-year arithmetic rule. */
export function isLeapYear(year: number): boolean {
  return (((25 * year + 11) % 33) + 33) % 33 < 8;
}

/** Days in a Jalali month (month 1-based). */
export function monthLength(year: number, month: number): number {
  if (month <= 6) return 31;
  if (month <= 11) return 30;
  return isLeapYear(year) ? 30 : 29;
}

/** Day of the year (0-based) of the first day of a month (month 1-based). */
function monthOffset(month: number): number {
  return month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30;
}

// Day number of Farvardin 1 of every supported year, and of MAX_YEAR + 1.
// Anchor: 1400/01/01 = 2021-03-21 (UTC day 18707).
const ANCHOR_YEAR = 1400;
const ANCHOR_DAY = Date.UTC(2021, 2, 21) / MS_PER_DAY;
const YEAR_START = new Int32Array(MAX_YEAR - MIN_YEAR + 2);
{
  let d = ANCHOR_DAY;
  for (let y = ANCHOR_YEAR; y > MIN_YEAR; y--) d -= isLeapYear(y - 1) ? 366 : 365;
  for (let y = MIN_YEAR; y <= MAX_YEAR + 1; y++) {
    YEAR_START[y - MIN_YEAR] = d;
    d += isLeapYear(y) ? 366 : 365;
  }
}

/** First and last day numbers of the supported range. */
export const MIN_DAY = YEAR_START[0] as number;
export const MAX_DAY = (YEAR_START[MAX_YEAR - MIN_YEAR + 1] as number) - 1;

/** True when year, month and day name a real Jalali date in the supported range. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= monthLength(year, month)
  );
}

/**
 * Day number of a Jalali date. The caller guarantees validity (see {@link isValidYmd});
 * a day past the month's end simply runs on into the next month.
 */
export function toDayNumber(year: number, month: number, day: number): number {
  return (YEAR_START[year - MIN_YEAR] as number) + monthOffset(month) + day - 1;
}

/** The Jalali date of a day number in the supported range. */
export function fromDayNumber(dayNumber: number): JalaliYmd {
  // Estimate the year, then correct it. Over the supported range the estimate is never too
  // high and at most one year too low (a test checks every day of 1200–1600), so one
  // step up is all the correction there is.
  let year = MIN_YEAR + Math.floor((dayNumber - MIN_DAY) / 365.2422);
  if (dayNumber >= (YEAR_START[year - MIN_YEAR + 1] as number)) year++;
  const dayOfYear = dayNumber - (YEAR_START[year - MIN_YEAR] as number);
  let month: number;
  let day: number;
  // Days 0–185 are the six 31-day months.
  if (dayOfYear <= 185) {
    month = Math.floor(dayOfYear / 31) + 1;
    day = (dayOfYear % 31) + 1;
  } else {
    month = Math.floor((dayOfYear - 186) / 30) + 7;
    day = ((dayOfYear - 186) % 30) + 1;
  }
  return { year, month, day };
}

/** True when a day number lies in the supported range. */
export function inRange(dayNumber: number): boolean {
  return Number.isInteger(dayNumber) && dayNumber >= MIN_DAY && dayNumber <= MAX_DAY;
}

/** Day number of a JS `Date`, by its UTC calendar date (SPEC D1). */
export function dayNumberOfDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** A `Date` at 00:00 UTC of a day number. */
export function dateOfDayNumber(dayNumber: number): Date {
  return new Date(dayNumber * MS_PER_DAY);
}

/** Day of the week: 0 = Sunday … 5 = Friday, 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Friday, the weekly day of rest. */
export const FRIDAY = 5;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `YYYY/MM/DD` with Latin digits. */
export function formatYmd(ymd: JalaliYmd): string {
  return `${ymd.year}/${pad2(ymd.month)}/${pad2(ymd.day)}`;
}

// A direct-mapped memo of the last dates formatted (slot = the day number's low bits): a
// registration round formats the same few dates (its `asOf`, the dates reached) again and
// again. Invisible: the same day number always gives the same text.
const MEMO_SLOTS = 1024;
const memoDay = /* @__PURE__ */ new Float64Array(MEMO_SLOTS).fill(Number.NaN);
const memoText: string[] = /* @__PURE__ */ new Array<string>(MEMO_SLOTS).fill('');

/** `YYYY/MM/DD` with Latin digits of a day number. */
export function formatDayNumber(dayNumber: number): string {
  const slot = dayNumber & (MEMO_SLOTS - 1);
  if (memoDay[slot] === dayNumber) return memoText[slot] as string;
  const text = formatYmd(fromDayNumber(dayNumber));
  memoDay[slot] = dayNumber;
  memoText[slot] = text;
  return text;
}

/** How to land a period that ends on a day the month does not have (SPEC D3). */
export type Overflow = 'nextMonth' | 'clamp';

/**
 * Add whole months to a Jalali date (SPEC D3). The same day number `months` later;
 * where that day does not exist (Esfand 30 in a common year, the 31st in a 30-day
 * month) the result is the 1st of the next month (`nextMonth`, the default, also when
 * `overflow` is left out) or the month's last day (`clamp`). Returns a day number of the
 * supported range, or NaN when the result leaves it.
 */
export function addMonthsYmd(ymd: JalaliYmd, months: number, overflow?: Overflow): number {
  const total = ymd.year * 12 + (ymd.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  if (year < MIN_YEAR || year > MAX_YEAR) return Number.NaN;
  const length = monthLength(year, month);
  if (ymd.day <= length) return toDayNumber(year, month, ymd.day);
  if (overflow === 'clamp') return toDayNumber(year, month, length);
  // `nextMonth` (the default, `overflow` left out): the 1st of the next month, which after
  // Esfand of the last supported year (1600/12/29 + 1 = 1601/01/01) leaves the range.
  const next = toDayNumber(year, month, length) + 1;
  return inRange(next) ? next : Number.NaN;
}

/** Add whole months to a day number (SPEC D3; `overflow` defaults to `nextMonth`); NaN when the result leaves the range. */
export function addMonths(dayNumber: number, months: number, overflow?: Overflow): number {
  return addMonthsYmd(fromDayNumber(dayNumber), months, overflow);
}

/** Add whole years to a day number (SPEC D3; `overflow` defaults to `nextMonth`); NaN when the result leaves the range. */
export function addYears(dayNumber: number, years: number, overflow?: Overflow): number {
  return addMonthsYmd(fromDayNumber(dayNumber), years * 12, overflow);
}

/** Days from `start` to `end` counting both ends (0 when `end` is before `start`). */
export function daysInclusive(start: number, end: number): number {
  return end < start ? 0 : end - start + 1;
}

/**
 * Completed Jalali years from `birth` to `on` (SPEC D3): the number of anniversaries,
 * by the D3 rule, that fall on or before `on`. Someone born on Esfand 30 completes a
 * year in a common year on Farvardin 1.
 */
export function completedYears(birth: number, on: number, overflow?: Overflow): number {
  if (on < birth) return -1;
  const b = fromDayNumber(birth);
  const o = fromDayNumber(on);
  const years = o.year - b.year;
  // Has the anniversary of this year been reached? (With `years` 0 the "anniversary" is
  // the birth itself, which `on` never precedes here.) NaN — past the range — is not.
  return addMonthsYmd(b, years * 12, overflow) <= on ? years : years - 1;
}

// ---------------------------------------------------------------------------
// Parsing

/** Why a date string was refused. */
export type DateParseFailure =
  | { readonly reason: 'format' }
  | { readonly reason: 'yearRange'; readonly year: number }
  | { readonly reason: 'month'; readonly month: number }
  | { readonly reason: 'day'; readonly year: number; readonly month: number; readonly day: number };

// Bidi controls, zero-width characters, Arabic letter mark, tatweel and BOM, all of which
// text copied from Persian documents tends to carry.
const STRAY = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u0640]/g;
const SHAPE = /^(\d{1,4})\s*([/-])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/;

/**
 * Parse a Jalali `YYYY/MM/DD` (or `YYYY-MM-DD`) into a day number. Persian,
 * Arabic-Indic and Latin digits; bidi marks, zero-width characters and surrounding
 * or separating spaces are ignored. Returns the failure's reason otherwise.
 */
export function parseJalali(input: string): number | DateParseFailure {
  // Fast path: plain ASCII `YYYY/MM/DD` or `YYYY-MM-DD` (the form every output of this
  // library has) is answered here, valid or not; anything else goes on to the full parser,
  // which gives the same answers more slowly (a test checks that this form never reaches it).
  if (input.length === 10) {
    const c4 = input.charCodeAt(4);
    if ((c4 === 47 || c4 === 45) && input.charCodeAt(7) === c4) {
      const y = digits4(input, 0);
      const m = digits2(input, 5);
      const d = digits2(input, 8);
      if (y >= 0 && m >= 0 && d >= 0) return check(y, m, d);
    }
  }
  const cleaned = toLatinDigits(input.replace(STRAY, '')).trim();
  const match = SHAPE.exec(cleaned);
  if (match === null) return { reason: 'format' };
  return check(Number(match[1]), Number(match[3]), Number(match[4]));
}

function check(year: number, month: number, day: number): number | DateParseFailure {
  if (year < MIN_YEAR || year > MAX_YEAR) return { reason: 'yearRange', year };
  if (month < 1 || month > 12) return { reason: 'month', month };
  if (day < 1 || day > monthLength(year, month)) return { reason: 'day', year, month, day };
  return toDayNumber(year, month, day);
}

// A non-digit makes the whole value negative whatever its position: the sentinel is
// larger than any sum of the other digits (a sentinel of -1000 in the last place of a
// year would let `220x` read as 1200).
const NOT_A_DIGIT = -100_000;
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NOT_A_DIGIT;
}
/** Two ASCII digits' value; negative when either is not a digit. */
function digits2(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}
/** Four ASCII digits' value; negative when any is not a digit. */
function digits4(s: string, i: number): number {
  return digit(s, i) * 1000 + digit(s, i + 1) * 100 + digit(s, i + 2) * 10 + digit(s, i + 3);
}

