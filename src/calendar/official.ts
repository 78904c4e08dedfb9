/**
 * The official calendar as the deadlines read it (private, lean): which day numbers are
 * official public holidays of Iran, for the Jalali years the data covers
 * (`CALENDAR_FIRST_YEAR` … `CALENDAR_LAST_YEAR`, see `./data.ts` and docs/calendar.md).
 *
 * The lookup is a `Uint16Array` over the covered day range, built once on first use:
 * slot `day - FIRST_DAY` holds 1 + the index in `OFFICIAL_HOLIDAYS` of the first holiday
 * on that day (0: none). So a deadline asks "is this day an official holiday?" with one
 * subtraction and one array read, whatever the number of holidays.
 */
import { fromDayNumber, toDayNumber } from '../_lib/jalali.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, OFFICIAL_HOLIDAYS, type OfficialHoliday } from './data.js';

/** First day number of the covered years (Farvardin 1 of `CALENDAR_FIRST_YEAR`). */
export function coveredFirstDay(): number {
  return toDayNumber(CALENDAR_FIRST_YEAR, 1, 1);
}

/** Last day number of the covered years (the last day of Esfand of `CALENDAR_LAST_YEAR`). */
export function coveredLastDay(): number {
  return toDayNumber(CALENDAR_LAST_YEAR + 1, 1, 1) - 1;
}

let first = 0;
let slots: Uint16Array | undefined;

function build(): Uint16Array {
  first = coveredFirstDay();
  const out = new Uint16Array(coveredLastDay() - first + 1);
  // OFFICIAL_HOLIDAYS is ascending by day: walking it backwards leaves each slot with the
  // first holiday of its day.
  for (let i = OFFICIAL_HOLIDAYS.length - 1; i >= 0; i--) out[(OFFICIAL_HOLIDAYS[i] as OfficialHoliday).day - first] = i + 1;
  return out;
}

/**
 * The index in `OFFICIAL_HOLIDAYS` of the first official holiday on day number `day`, or
 * -1 when there is none (and for every day outside the covered years: ask
 * {@link isCoveredYear} first where that matters).
 */
export function officialIndex(day: number): number {
  const s = slots ?? (slots = build());
  const k = day - first;
  return k >= 0 && k < s.length ? (s[k] as number) - 1 : -1;
}

/** True when day number `day` is an official holiday (false outside the covered years). */
export function isOfficialHoliday(day: number): boolean {
  return officialIndex(day) >= 0;
}

/** Every official holiday on day number `day` (usually one; empty when none or not covered). */
export function officialHolidaysOnDay(day: number): OfficialHoliday[] {
  const out: OfficialHoliday[] = [];
  for (let i = officialIndex(day); i >= 0 && i < OFFICIAL_HOLIDAYS.length && (OFFICIAL_HOLIDAYS[i] as OfficialHoliday).day === day; i++) {
    out.push(OFFICIAL_HOLIDAYS[i] as OfficialHoliday);
  }
  return out;
}

/** True when the data covers every day of Jalali year `year`. */
export function isCoveredYear(year: number): boolean {
  return year >= CALENDAR_FIRST_YEAR && year <= CALENDAR_LAST_YEAR;
}

/**
 * The Jalali years from day `from` to day `to` (inclusive) that the data does not cover
 * and the caller has not declared complete (`completeYears`), ascending.
 */
export function uncoveredYears(from: number, to: number, completeYears: ReadonlySet<number> | undefined): number[] {
  const out: number[] = [];
  const last = fromDayNumber(to).year;
  for (let y = fromDayNumber(from).year; y <= last; y++) {
    if (!isCoveredYear(y) && completeYears?.has(y) !== true) out.push(y);
  }
  return out;
}
