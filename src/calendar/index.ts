/**
 * `iran-judicial-eservices/calendar`: Iran's official public holidays as data, with their
 * sources (issue 14). The same data is what the deadlines of the main entry apply by
 * default (`calendar: 'official'`, see docs/deadlines.md and docs/interpretation.md,
 * "Art. 444's closed days"); how it was built and every date where the sources disagree
 * is in docs/calendar.md.
 *
 * The data covers whole Jalali years, `CALENDAR_FIRST_YEAR` … `CALENDAR_LAST_YEAR`. A year
 * outside them is never answered as if it had no holidays: {@link officialHolidays} and
 * {@link officialHolidayOn} refuse it with the typed `InputError` (field `year` or
 * `date`, saying which years are covered).
 */
import * as z from 'zod/mini';
import { toPersianDigits } from '../_lib/digits.js';
import { formatDayNumber, fromDayNumber, MAX_YEAR, MIN_YEAR, toDayNumber } from '../_lib/jalali.js';
import { inputError, parseInput } from '../core/errors.js';
import { dateSchema, readDate, type DateInput } from '../core/schemas.js';
import type { Bilingual } from '../core/text.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, OFFICIAL_HOLIDAYS, type OfficialHoliday } from './data.js';
import { isCoveredYear, officialHolidaysOnDay } from './official.js';

export { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, HOLIDAY_SOURCES, OFFICIAL_HOLIDAYS, SOURCE_DISAGREEMENTS } from './data.js';
export type { HolidaySource, OfficialHoliday } from './data.js';

const COVERED: Bilingual = {
  en: `a Jalali year the official calendar covers, ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`,
  fa: toPersianDigits(`سالی که تقویم رسمی این کتابخانه دارد: ${CALENDAR_FIRST_YEAR} تا ${CALENDAR_LAST_YEAR}`),
};

function notCovered(field: string, received: unknown, year: number): never {
  throw inputError(field, COVERED, received, {
    en: `the official calendar does not cover ${year} (its holidays are not known here: give them as holidays, see docs/calendar.md)`,
    fa: toPersianDigits(`تقویم رسمی سال ${year} را ندارد (تعطیلات آن این‌جا معلوم نیست؛ آن‌ها را در holidays بدهید، نک. docs/calendar.md)`),
  });
}

const YearSchema = z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR));

/**
 * The official public holidays of a Jalali year the data covers, ascending by day: the
 * fixed solar ones and the lunar ones, each with its date, name (fa, en), Hijri date
 * (lunar), and the ids of its sources (see `HOLIDAY_SOURCES`).
 *
 * @param year - a Jalali year of `CALENDAR_FIRST_YEAR` … `CALENDAR_LAST_YEAR`
 * @returns the holidays of that year (frozen records of the data)
 * @throws {InputError} (field `year`) for a year that is not an integer of 1200–1600, or that the data does not cover
 * @example
 * officialHolidays(1404).filter((h) => h.id === 'nowruz-2').map((h) => h.date); // ['1404/01/02']
 * officialHolidays(1404).every((h) => h.date.startsWith('1404/'));             // true
 */
export function officialHolidays(year: number): readonly OfficialHoliday[] {
  const y = parseInput(YearSchema, year, 'year');
  if (!isCoveredYear(y)) notCovered('year', year, y);
  const from = toDayNumber(y, 1, 1);
  const to = toDayNumber(y + 1, 1, 1);
  return OFFICIAL_HOLIDAYS.filter((h) => h.day >= from && h.day < to);
}

const OneDate = z.object({ date: dateSchema });

/**
 * The official public holidays on one day (usually none or one; two when a lunar holiday
 * falls on a solar one), for a day of a covered year.
 *
 * @param date - a Jalali date string or a JS `Date` (its UTC calendar date)
 * @returns the holidays on that day, empty when it is not one
 * @throws {InputError} (field `date`) for a malformed date, or a date of a year the data does not cover
 * @example
 * officialHolidayOn('1404/01/03').map((h) => h.name.en); // ['Nowruz']
 * officialHolidayOn('1404/01/05');                       // []
 */
export function officialHolidayOn(date: DateInput): readonly OfficialHoliday[] {
  let day = readDate(date);
  if (typeof day !== 'number') ({ date: day } = parseInput(OneDate, { date }));
  const { year } = fromDayNumber(day);
  if (!isCoveredYear(year)) notCovered('date', formatDayNumber(day), year);
  return officialHolidaysOnDay(day);
}
