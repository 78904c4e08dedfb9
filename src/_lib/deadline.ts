/**
 * The counting of a period that starts at a notification (SPEC D13), on day numbers.
 *
 * Civil Procedure Code, Art. 445: neither the day of notification nor the day of acting
 * is counted, so with notification on day D a period of N days is D+1 … D+N and the
 * last day to act is D+N. Art. 444: if that last
 * day is a day the offices are closed, the last day becomes the first day they open again.
 * Closed days: every Friday, plus the holidays the caller supplies.
 */
import { FRIDAY, weekday } from './jalali.js';

/** Why a day is closed. */
export type ClosedReason = 'friday' | 'holiday';

/** How the days of a period are counted. */
export type Counting =
  /** D13 default: the day of notification is not counted (D+1 … D+N); a closed last day moves to the next open day. */
  | 'civilProcedure'
  /** The day of notification counts as day 1 (D … D+N−1); a closed last day still moves. */
  | 'includeNotificationDay';

/** Why a day number is closed, or null when the offices are open. */
export function closedReason(day: number, holidays: ReadonlySet<number>): ClosedReason | null {
  if (weekday(day) === FRIDAY) return 'friday';
  if (holidays.has(day)) return 'holiday';
  return null;
}

/** The result of counting a period from a notification. */
export interface DeadlineComputation {
  /** The day of notification. */
  readonly notified: number;
  /** The first day counted. */
  readonly firstDay: number;
  /** The N-th counted day, before any move for closed days. */
  readonly nominalLastDay: number;
  /** The last day to act (the nominal last day, moved past closed days). */
  readonly lastDay: number;
  /** Each closed day skipped at the end, in order, with why. */
  readonly skipped: readonly { readonly day: number; readonly reason: ClosedReason }[];
}

/**
 * Count `days` days from a notification and move a closed last day to the next open day.
 * `days` must be a positive integer; the caller validates.
 */
export function computeDeadline(
  notified: number,
  days: number,
  holidays: ReadonlySet<number>,
  counting: Counting = 'civilProcedure',
): DeadlineComputation {
  const firstDay = counting === 'civilProcedure' ? notified + 1 : notified;
  const nominalLastDay = firstDay + days - 1;
  const skipped: { day: number; reason: ClosedReason }[] = [];
  let lastDay = nominalLastDay;
  for (let reason = closedReason(lastDay, holidays); reason !== null; reason = closedReason(lastDay, holidays)) {
    skipped.push({ day: lastDay, reason });
    lastDay++;
  }
  return { notified, firstDay, nominalLastDay, lastDay, skipped };
}
