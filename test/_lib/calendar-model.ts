/**
 * A plain model of the Jalali calendar for tests, built on date-fns-jalali (the authority)
 * and independent of `src/_lib/jalali.ts`. date-fns-jalali reads and writes a `Date`
 * through its LOCAL getters and setters (0-based months). A local-time reference is not
 * zone-proof: some zones skipped whole days (Pacific/Kiritimati has no 1994-12-31, the
 * day it moved across the date line), so a local `newDate(1373, 9, 10)` lands on
 * 1995-01-01 there. Every date here is therefore a {@link UTCDate}: a `Date` whose local
 * getters and setters are the UTC ones, so date-fns-jalali computes on the UTC calendar
 * whatever the host's zone (TZ). Months are 1-based outside this file's `jalaliUTC`.
 */
import { addDays, getDate, getDay, getMonth, getYear, set } from 'date-fns-jalali';

/** date-fns (and date-fns-jalali) build new dates of the same class through this symbol. */
const CONSTRUCT_FROM = Symbol.for('constructDateFrom');

/**
 * A `Date` read and written in UTC through its local methods (as `@date-fns/utc` does), so
 * date-fns-jalali, which uses the local methods, computes on the UTC calendar in every zone.
 */
export class UTCDate extends Date {
  constructor(time: number) {
    super(time);
  }
  override getFullYear(): number { return this.getUTCFullYear(); }
  override getMonth(): number { return this.getUTCMonth(); }
  override getDate(): number { return this.getUTCDate(); }
  override getDay(): number { return this.getUTCDay(); }
  override getHours(): number { return this.getUTCHours(); }
  override getMinutes(): number { return this.getUTCMinutes(); }
  override getSeconds(): number { return this.getUTCSeconds(); }
  override getMilliseconds(): number { return this.getUTCMilliseconds(); }
  override getTimezoneOffset(): number { return 0; }
  override setFullYear(y: number, m?: number, d?: number): number {
    return this.setUTCFullYear(y, m ?? this.getUTCMonth(), d ?? this.getUTCDate());
  }
  override setMonth(m: number, d?: number): number { return this.setUTCMonth(m, d ?? this.getUTCDate()); }
  override setDate(d: number): number { return this.setUTCDate(d); }
  override setHours(h: number, min?: number, s?: number, ms?: number): number {
    return this.setUTCHours(h, min ?? this.getUTCMinutes(), s ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setMinutes(min: number, s?: number, ms?: number): number {
    return this.setUTCMinutes(min, s ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setSeconds(s: number, ms?: number): number { return this.setUTCSeconds(s, ms ?? this.getUTCMilliseconds()); }
  override setMilliseconds(ms: number): number { return this.setUTCMilliseconds(ms); }
  [CONSTRUCT_FROM](value: Date | number | string): UTCDate {
    return new UTCDate(new Date(value).getTime());
  }
}

/**
 * date-fns-jalali's date for Jalali year `y`, 0-based month `m0`, day `d`, on the UTC
 * calendar (its `newDate` builds a LOCAL date, which a skipped day in the host's zone
 * would move). Starts from 2000-01-01 UTC (1378/10/11: day 11 exists in every month).
 */
export function jalaliUTC(y: number, m0: number, d: number): UTCDate {
  return set(new UTCDate(Date.UTC(2000, 0, 1)), { year: y, month: m0, date: d }) as UTCDate;
}

/** A Jalali date as `YYYY/MM/DD` (Latin digits) from date-fns-jalali's reading (UTC). */
export function modelFormat(d: Date): string {
  const y = getYear(d);
  const m = getMonth(d) + 1;
  const day = getDate(d);
  return `${y}/${m < 10 ? '0' : ''}${m}/${day < 10 ? '0' : ''}${day}`;
}

/** The UTC-midnight date of a Jalali `YYYY/MM/DD` string (Latin digits, valid date). */
export function modelDate(s: string): Date {
  const [y, m, d] = s.split('/').map(Number) as [number, number, number];
  return jalaliUTC(y, m - 1, d);
}

/** The next calendar day. */
export function modelNext(d: Date): Date {
  return addDays(d, 1);
}

/** True on a Friday (date-fns: 0 = Sunday … 5 = Friday). */
export function modelIsFriday(d: Date): boolean {
  return getDay(d) === 5;
}

/**
 * The last day to act, counted day by day over the calendar (SPEC D13): step over the
 * day of notification, count `days` days, then (civilProcedure) step to the day of
 * acting, then walk forward while the day is a Friday or one of `holidays`.
 */
export function modelDeadline(
  notifiedOn: string,
  days: number,
  holidays: ReadonlySet<string>,
  counting: 'civilProcedure' | 'lastCountedDay' = 'civilProcedure',
): { lastDay: string; periodEnd: string; skipped: { date: string; reason: 'friday' | 'holiday' }[] } {
  let cur = modelDate(notifiedOn);
  for (let counted = 0; counted < days; counted++) cur = modelNext(cur);
  const periodEnd = modelFormat(cur);
  if (counting === 'civilProcedure') cur = modelNext(cur);
  const skipped: { date: string; reason: 'friday' | 'holiday' }[] = [];
  for (;;) {
    const key = modelFormat(cur);
    if (modelIsFriday(cur)) skipped.push({ date: key, reason: 'friday' });
    else if (holidays.has(key)) skipped.push({ date: key, reason: 'holiday' });
    else break;
    cur = modelNext(cur);
  }
  return { lastDay: modelFormat(cur), periodEnd, skipped };
}
