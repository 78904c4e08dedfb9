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
  FormatOptionsSchema,
  OverflowOptionsSchema,
  parseJalaliDate,
} from './calendar.js';
export type { FormatOptions, Overflow, OverflowOptions } from './calendar.js';
export { CalendarChoiceSchema, CompleteYearsSchema, FIXED_SOLAR_HOLIDAYS, fixedSolarHolidays, HolidaysSchema, isClosedDay } from './closedDays.js';
export type { ClosedReason, Holidays, IsClosedDayOptions } from './closedDays.js';
export {
  appealDeadline,
  AppealDeadlineInputSchema,
  notificationDeadline,
  NotificationDeadlineInputSchema,
} from './deadline.js';
export type {
  AppealDeadlineDecision,
  AppealDeadlineInput,
  CalendarChoice,
  Counting,
  DeadlineStatus,
  DeadlineValue,
  NotificationDeadlineDecision,
  NotificationDeadlineInput,
  SkipReason,
} from './deadline.js';
