/**
 * Closed days (SPEC D13, CPC Art. 444). The deadlines close every Friday, Iran's official
 * public holidays of the years the built-in calendar covers (`src/calendar`, entry
 * `iran-judicial-eservices/calendar`, fixed solar and lunar), and the caller's `holidays`
 * (a Thursday closed by order, a closure for weather or pollution), unless the caller
 * chooses `calendar: 'fridaysOnly'`. This module holds the schemas of those inputs,
 * {@link isClosedDay} (Fridays and a given list only) and the fixed solar-calendar
 * holidays of any year ({@link fixedSolarHolidays}), for a year the official calendar
 * does not cover.
 */
import * as z from 'zod/mini';
import { closedReason, type ClosedReason } from '../_lib/deadline.js';
import { formatYmd, MAX_YEAR, MIN_YEAR } from '../_lib/jalali.js';
import { parseInput } from '../core/errors.js';
import { dateSchema, type DateInput } from '../core/schemas.js';
import { HolidaysSchema } from './schemas.js';

export type { ClosedReason } from '../_lib/deadline.js';


/**
 * Iran's public holidays fixed in the solar calendar (month 1-based), the same every year.
 * Lunar holidays (Tasua, Ashura, Arbaeen, the Prophet's demise, Eid al-Fitr, Eid al-Adha,
 * Eid al-Ghadir, Mab'ath, the 15th of Sha'ban, the birthdays and martyrdoms of the Imams …)
 * move every solar year and are NOT here. The deadlines do not need this list for the
 * years the official calendar covers (they apply its holidays, solar and lunar, by
 * default); for another year pass these with that year's lunar holidays as `holidays`,
 * and the year in `completeYears`.
 */
export const FIXED_SOLAR_HOLIDAYS: readonly { readonly month: number; readonly day: number; readonly name: { readonly fa: string; readonly en: string } }[] = [
  { month: 1, day: 1, name: { fa: 'عید نوروز', en: 'Nowruz' } },
  { month: 1, day: 2, name: { fa: 'عید نوروز', en: 'Nowruz' } },
  { month: 1, day: 3, name: { fa: 'عید نوروز', en: 'Nowruz' } },
  { month: 1, day: 4, name: { fa: 'عید نوروز', en: 'Nowruz' } },
  { month: 1, day: 12, name: { fa: 'روز جمهوری اسلامی', en: 'Islamic Republic Day' } },
  { month: 1, day: 13, name: { fa: 'روز طبیعت', en: 'Nature Day (Sizdah Bedar)' } },
  { month: 3, day: 14, name: { fa: 'رحلت امام خمینی', en: 'Death of Imam Khomeini' } },
  { month: 3, day: 15, name: { fa: 'قیام ۱۵ خرداد', en: 'Uprising of 15 Khordad' } },
  { month: 11, day: 22, name: { fa: 'پیروزی انقلاب اسلامی', en: 'Victory of the Islamic Revolution' } },
  { month: 12, day: 29, name: { fa: 'ملی شدن صنعت نفت', en: 'Nationalization of the oil industry' } },
];

const IsClosedArgs = z.object({ date: dateSchema, options: z.optional(z.object({ holidays: z.optional(HolidaysSchema) })) });

/** Options of {@link isClosedDay}. */
export type IsClosedDayOptions = z.input<typeof IsClosedArgs>['options'];

/**
 * Whether the offices are closed on a day, by Fridays and a list of holidays (SPEC D13):
 * every Friday, and every holiday the caller supplies. A Friday is reported as `friday`
 * even when it is also a holiday. It does not consult the official calendar (the
 * deadlines do, by default): for the official holidays of a day ask `officialHolidayOn`
 * (`iran-judicial-eservices/calendar`), or pass them here.
 *
 * @param date - a Jalali date string or a JS `Date` (its UTC calendar date)
 * @param options - `holidays`: the dates of the holidays (e.g. {@link fixedSolarHolidays} plus the lunar ones)
 * @returns `{ closed, reason }`, `reason` `friday`, `holiday` or null when open
 * @throws {InputError} for a malformed date (`date`, `options.holidays[i]`)
 * @example
 * isClosedDay('1403/01/31');                               // { closed: true, reason: 'friday' }
 * isClosedDay('1403/01/12', { holidays: ['1403/01/12'] }); // { closed: true, reason: 'holiday' }
 * isClosedDay('1403/02/01');                               // { closed: false, reason: null }
 */
export function isClosedDay(date: DateInput, options?: IsClosedDayOptions): { readonly closed: boolean; readonly reason: ClosedReason | null } {
  const r = parseInput(IsClosedArgs, { date, options });
  const reason = closedReason(r.date, new Set(r.options?.holidays));
  return { closed: reason !== null, reason };
}

const YearSchema = z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR));

/**
 * Iran's fixed solar-calendar public holidays of a Jalali year, in order: Farvardin 1–4
 * (Nowruz), 12 (Islamic Republic Day), 13 (Nature Day); Khordad 14 and 15; Bahman 22;
 * Esfand 29 (see {@link FIXED_SOLAR_HOLIDAYS}). Lunar holidays and ad-hoc closures are
 * not included. For the years the official calendar covers, the deadlines need neither
 * (`officialHolidays(year)` of `iran-judicial-eservices/calendar` lists them all); for
 * another year, add the lunar ones and pass the year in `completeYears`.
 *
 * @param year - a Jalali year, 1200–1600
 * @returns the holidays as `YYYY/MM/DD`, ascending
 * @throws {InputError} for a year that is not an integer of 1200–1600 (field `year`)
 * @example
 * fixedSolarHolidays(1403);
 * // ['1403/01/01', '1403/01/02', '1403/01/03', '1403/01/04', '1403/01/12', '1403/01/13',
 * //  '1403/03/14', '1403/03/15', '1403/11/22', '1403/12/29']
 */
export function fixedSolarHolidays(year: number): string[] {
  const y = parseInput(YearSchema, year, 'year');
  return FIXED_SOLAR_HOLIDAYS.map((h) => formatYmd({ year: y, month: h.month, day: h.day }));
}
