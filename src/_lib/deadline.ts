/**
 * The counting of a period that starts at a notification (SPEC D13), on day numbers.
 *
 * Civil Procedure Code, Art. 445: neither the day of notification nor the day of acting
 * is counted. With notification on day D, a period of N days is D+1 … D+N, and acting
 * on D+N+1 is in time: D+N+1 is the last day to act. Art. 444: if that last day is a day
 * the offices are closed, the last day becomes the first day they open again. Closed
 * days: every Friday, the official public holidays (when the caller of this module passes
 * the official calendar's lookup), plus the holidays the caller supplies.
 */
import { FRIDAY, weekday } from './jalali.js';

/** Why a day is closed: a Friday, or a holiday the caller gave. */
export type ClosedReason = 'friday' | 'holiday';

/**
 * Why a day of a deadline is closed: a Friday, an official public holiday (the built-in
 * calendar, src/calendar), or a closure the caller gave (`holiday`).
 */
export type SkipReason = ClosedReason | 'officialHoliday';

/**
 * How the days of a period are counted.
 * - `civilProcedure` (D13, default): D+1 … D+N are counted, the day of acting is not, so
 *   the last day to act is D+N+1.
 * - `lastCountedDay`: the other reading, the last day to act is D+N (the N-th counted day).
 * Under both, a closed last day moves to the next open day (Art. 444).
 */
export type Counting = 'civilProcedure' | 'lastCountedDay';

/** Why a day number is closed (Friday, then the caller's holidays), or null when the offices are open. */
export function closedReason(day: number, holidays: ReadonlySet<number>): ClosedReason | null {
  if (weekday(day) === FRIDAY) return 'friday';
  if (holidays.has(day)) return 'holiday';
  return null;
}

/**
 * Why a day number of a deadline is closed, or null when open: Friday first, then an
 * official holiday (when `official` is given), then the caller's holidays.
 */
export function skipReason(day: number, holidays: ReadonlySet<number>, official: ((day: number) => boolean) | null): SkipReason | null {
  if (weekday(day) === FRIDAY) return 'friday';
  if (official !== null && official(day)) return 'officialHoliday';
  if (holidays.has(day)) return 'holiday';
  return null;
}

/** The result of counting a period from a notification. */
export interface DeadlineComputation {
  /** The day of notification (not counted). */
  readonly notified: number;
  /** The first day counted (D+1). */
  readonly firstDay: number;
  /** The N-th counted day (D+N). */
  readonly periodEnd: number;
  /** The last day to act before any move for closed days (D+N+1, or D+N under `lastCountedDay`). */
  readonly nominalLastDay: number;
  /** The last day to act: the nominal last day moved past closed days. */
  readonly lastDay: number;
  /** Each closed day skipped at the end, in order, with why. */
  readonly skipped: readonly { readonly day: number; readonly reason: SkipReason }[];
}

/**
 * Count `days` days from a notification and move a closed last day to the next open day.
 * `days` must be a positive safe integer and `notified + days + 1` a safe integer (the
 * caller validates; past 2^53 `lastDay++` would stop moving and the walk never end). The
 * walk then ends: the closed days are Fridays (one in seven) and finitely many holidays.
 * `official`: the official calendar's lookup, or null (Fridays and the caller's holidays only).
 */
export function computeDeadline(
  notified: number,
  days: number,
  holidays: ReadonlySet<number>,
  counting: Counting = 'civilProcedure',
  official: ((day: number) => boolean) | null = null,
): DeadlineComputation {
  const firstDay = notified + 1;
  const periodEnd = notified + days;
  const nominalLastDay = counting === 'civilProcedure' ? periodEnd + 1 : periodEnd;
  const skipped: { day: number; reason: SkipReason }[] = [];
  let lastDay = nominalLastDay;
  for (let reason = skipReason(lastDay, holidays, official); reason !== null; reason = skipReason(lastDay, holidays, official)) {
    skipped.push({ day: lastDay, reason });
    lastDay++;
  }
  return { notified, firstDay, periodEnd, nominalLastDay, lastDay, skipped };
}
