/**
 * The inputs of the dates and deadlines (SPEC D1, D3, D13; Arts. 33, 45): the options of
 * the calendar functions, the caller's closed days and calendar choice, and the two
 * deadlines' inputs.
 */
import * as z from 'zod/mini';
import { MAX_YEAR, MIN_YEAR } from '../_lib/jalali.js';
import { CLAUSE_LETTERS } from '../core/citation.js';
import { dateSchema } from '../core/schemas.js';
import { LIMITS } from '../params.js';

// ---------------------------------------------------------------------------
// Options of the calendar functions (SPEC D1, D3)

const overflowSchema = z.optional(z.enum(['nextMonth', 'clamp']));

/** Options of {@link addJalaliMonths}, {@link addJalaliYears}, {@link ageOn} and {@link dateOfAge}. */
export const OverflowOptionsSchema = z.optional(z.object({ overflow: overflowSchema }));
/** Options of {@link addJalaliMonths}, {@link addJalaliYears}, {@link ageOn} and {@link dateOfAge}. */
export type OverflowOptions = z.input<typeof OverflowOptionsSchema>;

/** Options of {@link formatJalali}. */
export const FormatOptionsSchema = z.optional(z.object({ digits: z.optional(z.enum(['latin', 'persian'])) }));
/** Options of {@link formatJalali}. */
export type FormatOptions = z.input<typeof FormatOptionsSchema>;

// ---------------------------------------------------------------------------
// Closed days (CPC Art. 444, SPEC D13)

/** Holidays supplied by the caller: a list of dates (Jalali strings or JS `Date`s). */
export const HolidaysSchema = z.array(dateSchema);
/** Holidays supplied by the caller. */
export type Holidays = z.input<typeof HolidaysSchema>;

/**
 * The closed days a deadline applies: `official` (default: Fridays, Iran's official public
 * holidays of the covered years, and the caller's `holidays`) or `fridaysOnly` (Fridays and
 * the caller's `holidays` only). See docs/interpretation.md, "Art. 444's closed days".
 */
export const CalendarChoiceSchema = z.optional(z.enum(['official', 'fridaysOnly']));

/**
 * Jalali years the official data does not cover whose closed days the caller's `holidays`
 * give completely (so a period touching them is answered, not `incomplete`). A covered
 * year listed here changes nothing: its official holidays are applied all the same.
 */
export const CompleteYearsSchema = z.optional(z.array(z.int().check(z.minimum(MIN_YEAR), z.maximum(MAX_YEAR))));

// ---------------------------------------------------------------------------
// The deadlines from a notification (Arts. 33, 45; SPEC D13)

/** A citation as input: an article of the regulation and, optionally, clause, note, paragraph, grade. */
export const CitationSchema = z.object({
  article: z.int().check(z.minimum(1), z.maximum(54)),
  clause: z.optional(z.enum([...CLAUSE_LETTERS, 'ز2'])),
  note: z.optional(z.int().check(z.minimum(1))),
  paragraph: z.optional(z.int().check(z.minimum(1))),
  grade: z.optional(z.int().check(z.minimum(1), z.maximum(7))),
});

const CountingSchema = z.optional(z.enum(['civilProcedure', 'lastCountedDay']));


/** Input of {@link notificationDeadline}. */
export const NotificationDeadlineInputSchema = z.object({
  /** The day the ruling (or other act) was notified. */
  notifiedOn: dateSchema,
  /** The length of the period in days, a positive integer of at most `LIMITS.maxPeriodDays` (3,650; not a number of the law). */
  days: z.int().check(z.minimum(1), z.maximum(LIMITS.maxPeriodDays)),
  /** The caller's closed days, added to Fridays and (by default) the official holidays: a Thursday closed by order, a local or ad-hoc closure. */
  holidays: z.optional(HolidaysSchema),
  /** `official` (default) or `fridaysOnly`. */
  calendar: CalendarChoiceSchema,
  /** Uncovered Jalali years whose closed days `holidays` gives completely. */
  completeYears: CompleteYearsSchema,
  /** `civilProcedure` (default, SPEC D13) or `lastCountedDay`. */
  counting: CountingSchema,
  /** The day someone acts (or asks); without it the status is `computed`. */
  asOf: z.optional(dateSchema),
  /** The article the period comes from (default Art. 33). */
  citation: z.optional(CitationSchema),
});
/** Input of {@link notificationDeadline}. */
export type NotificationDeadlineInput = z.input<typeof NotificationDeadlineInputSchema>;

/** Input of {@link appealDeadline}. */
export const AppealDeadlineInputSchema = z.object({
  notifiedOn: dateSchema,
  /** The caller's closed days, added to Fridays and (by default) the official holidays. */
  holidays: z.optional(HolidaysSchema),
  /** `official` (default) or `fridaysOnly`. */
  calendar: CalendarChoiceSchema,
  /** Uncovered Jalali years whose closed days `holidays` gives completely. */
  completeYears: CompleteYearsSchema,
  counting: CountingSchema,
  asOf: z.optional(dateSchema),
  /** `art33` (appeal of a first-instance board's ruling, default) or `art45` (appeal of a revocation). */
  basis: z.optional(z.enum(['art33', 'art45'])),
});
/** Input of {@link appealDeadline}. */
export type AppealDeadlineInput = z.input<typeof AppealDeadlineInputSchema>;
