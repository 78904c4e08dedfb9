/**
 * The dates domain: the Jalali calendar as the law counts it (SPEC D1, D3) and periods
 * that start at a notification (SPEC D13). A date comes as a Jalali `YYYY/MM/DD` string
 * (any digits) or a JS `Date`, **read by its UTC calendar date**; dates go out as
 * `YYYY/MM/DD` with Latin digits.
 */
export {
  addJalaliDays,
  addJalaliMonths,
  addJalaliYears,
  ageOn,
  compareJalali,
  countDaysInclusive,
  dateOfAge,
  formatJalali,
  parseJalaliDate,
} from './calendar.js';
export type { Overflow } from './calendar.js';
export { FIXED_SOLAR_HOLIDAYS, fixedSolarHolidays, isClosedDay } from './closedDays.js';
export type { ClosedReason, IsClosedDayOptions } from './closedDays.js';
export { appealDeadline, notificationDeadline } from './deadline.js';
export {
  AppealDeadlineInputSchema,
  CalendarChoiceSchema,
  CompleteYearsSchema,
  FormatOptionsSchema,
  HolidaysSchema,
  NotificationDeadlineInputSchema,
  OverflowOptionsSchema,
} from './schemas.js';
export type { AppealDeadlineInput, FormatOptions, Holidays, NotificationDeadlineInput, OverflowOptions } from './schemas.js';
export type {
  AppealDeadlineDecision,
  CalendarChoice,
  Counting,
  DeadlineStatus,
  DeadlineValue,
  NotificationDeadlineDecision,
  SkipReason,
} from './deadline.js';
