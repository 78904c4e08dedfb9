/**
 * A plain model of the Jalali calendar for tests, built on date-fns-jalali (the authority)
 * and independent of `src/_lib/jalali.ts`. date-fns-jalali works in LOCAL time with 0-based
 * months; this file hides both: every date here is a local-midnight `Date` read through
 * date-fns-jalali's local getters, months 1-based, so the model is right under any TZ.
 */
import { addDays, getDate, getDay, getMonth, getYear, newDate } from 'date-fns-jalali';

/** A Jalali date as `YYYY/MM/DD` (Latin digits) from date-fns-jalali's local reading. */
export function modelFormat(d: Date): string {
  const y = getYear(d);
  const m = getMonth(d) + 1;
  const day = getDate(d);
  return `${y}/${m < 10 ? '0' : ''}${m}/${day < 10 ? '0' : ''}${day}`;
}

/** The local-midnight `Date` of a Jalali `YYYY/MM/DD` string (Latin digits, valid date). */
export function modelDate(s: string): Date {
  const [y, m, d] = s.split('/').map(Number) as [number, number, number];
  return newDate(y, m - 1, d);
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
