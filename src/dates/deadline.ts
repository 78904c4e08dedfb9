/**
 * Periods that start at a notification (SPEC D13), with the steps that explain them.
 *
 * ماده ۳۳: «… ظرف مهلت بیست روز از تاریخ ابلاغ قابل اعتراض در هیأت تجدید نظر میباشد …»
 * ماده ۴۵: «… این رای ظرف بیست روز قابل اعتراض در هیأت تجدید نظر است.»
 *
 * The regulation does not say how the 20 days are counted, so they are counted as the
 * Civil Procedure Code counts every period that starts at a notification (SPEC D13):
 * - Art. 445: neither the day of notification nor the day of acting is counted; with
 *   notification on day D the N days are D+1 … D+N and acting on D+N+1 is in time;
 * - Art. 444: when that last day is a day the offices are closed, the last day is the
 *   first day they open again.
 * Closed days are every Friday plus the holidays the caller supplies (see
 * {@link fixedSolarHolidays}; lunar holidays and ad-hoc closures come from the caller).
 * The other reading (the last day is D+N) is the `lastCountedDay` option.
 */
import * as z from 'zod/mini';
import { computeDeadline, type Counting, type DeadlineComputation } from '../_lib/deadline.js';
import { formatDayNumber, inRange, MAX_YEAR, MIN_YEAR } from '../_lib/jalali.js';
import { toPersianDigits } from '../_lib/digits.js';
import { art, CLAUSE_LETTERS, compactCitation, type Citation } from '../core/citation.js';
import type { Decision, Finding, Step } from './render.js';
import { inputError, parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { dateSchema } from '../core/schemas.js';
import { PARAMETERS } from '../params.js';
import { HolidaysSchema } from './closedDays.js';
import { finding, message, step } from './render.js';

export type { Counting, DeadlineComputation } from '../_lib/deadline.js';

/** The Civil Procedure Code articles the counting follows (cited in the step messages and data). */
const CPC_NOT_COUNTED = 445;
const CPC_CLOSED_LAST_DAY = 444;

/**
 * The steps of a period that starts at a notification (SPEC D13), on day numbers. For rule
 * modules: callers validate their input first (`days` ≥ 1, day numbers in range).
 *
 * Steps, in order, each carrying `citation`: the day of notification is not counted (CPC
 * Art. 445); the `days` days run `firstDay` … `periodEnd`; the day of acting is not counted
 * either, so the last day is `periodEnd + 1` (CPC Art. 445; under `lastCountedDay` it is
 * `periodEnd`); one step per closed day skipped, saying Friday or holiday (CPC Art. 444);
 * the last day.
 *
 * @param notified - day number of the notification
 * @param days - the length of the period, in days (a positive integer)
 * @param holidays - day numbers of the holidays (Fridays are always closed)
 * @param counting - `civilProcedure` (D13) or `lastCountedDay`
 * @param citation - the article the period comes from; every step carries it
 * @returns the computation (day numbers) and the explained steps
 * @throws {InputError} (field `days`) when the last day falls outside years 1200–1600
 * @example
 * // 1403/01/10 is day 19811; 1403/01/31 (day 19832) is a Friday.
 * const { computation, steps } = deadlineSteps(19811, 20, new Set(), 'civilProcedure', { article: 33 });
 * computation.lastDay; // 19833, i.e. 1403/02/01
 * steps.length;        // 5
 */
export function deadlineSteps(
  notified: number,
  days: number,
  holidays: ReadonlySet<number>,
  counting: Counting,
  citation: Citation,
): { computation: DeadlineComputation; steps: Step[] } {
  const computation = computeDeadline(notified, days, holidays, counting);
  if (!inRange(notified) || !inRange(computation.lastDay)) {
    throw inputError(
      'days',
      {
        en: `a period whose last day stays within Jalali years ${MIN_YEAR}–${MAX_YEAR}`,
        fa: toPersianDigits(`مدتی که آخرین روز آن در سال‌های ${MIN_YEAR} تا ${MAX_YEAR} شمسی بماند`),
      },
      days,
    );
  }
  const f = formatDayNumber;
  const notifiedOn = f(notified);
  const firstDay = f(computation.firstDay);
  const periodEnd = f(computation.periodEnd);
  const nominal = f(computation.nominalLastDay);
  const lastDay = f(computation.lastDay);
  const steps: Step[] = [
    step({
      code: 'dates.deadline.notificationDay',
      citation,
      params: { date: notifiedOn },
      data: { notifiedOn, civilProcedureArticle: CPC_NOT_COUNTED },
    }),
    step({
      code: 'dates.deadline.period',
      citation,
      params: { days, firstDay, periodEnd },
      data: { days, firstDay, periodEnd },
    }),
    counting === 'civilProcedure'
      ? step({
          code: 'dates.deadline.actingDay',
          citation,
          params: { periodEnd, date: nominal },
          data: { periodEnd, nominalLastDay: nominal, civilProcedureArticle: CPC_NOT_COUNTED },
        })
      : step({
          code: 'dates.deadline.lastCountedDay',
          citation,
          params: { date: nominal },
          data: { nominalLastDay: nominal },
        }),
  ];
  for (const s of computation.skipped) {
    const date = f(s.day);
    const next = f(s.day + 1);
    steps.push(
      step({
        code: 'dates.deadline.skipped',
        citation,
        params: { date, reason: s.reason, next },
        data: { date, reason: s.reason, civilProcedureArticle: CPC_CLOSED_LAST_DAY },
      }),
    );
  }
  steps.push(step({ code: 'dates.deadline.lastDay', citation, params: { date: lastDay }, data: { lastDay } }));
  return { computation, steps };
}

// ---------------------------------------------------------------------------
// Public API

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
  /** The length of the period in days, a positive integer. */
  days: z.int().check(z.minimum(1)),
  /** Holidays besides Fridays (e.g. `fixedSolarHolidays(y)` plus the lunar holidays). */
  holidays: z.optional(HolidaysSchema),
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
  holidays: z.optional(HolidaysSchema),
  counting: CountingSchema,
  asOf: z.optional(dateSchema),
  /** `art33` (appeal of a first-instance board's ruling, default) or `art45` (appeal of a revocation). */
  basis: z.optional(z.enum(['art33', 'art45'])),
});
/** Input of {@link appealDeadline}. */
export type AppealDeadlineInput = z.input<typeof AppealDeadlineInputSchema>;

/** Status of a deadline: `computed` (no `asOf`), `inTime` (`asOf` ≤ last day), `late`. */
export type DeadlineStatus = 'computed' | 'inTime' | 'late';

/** The value of a deadline decision (dates `YYYY/MM/DD`). */
export interface DeadlineValue {
  readonly notifiedOn: string;
  /** The first day counted (the day after notification). */
  readonly firstDay: string;
  /** The last of the `days` days counted. */
  readonly periodEnd: string;
  /** The last day to act, after any move past closed days. */
  readonly lastDay: string;
  readonly days: number;
}

/** The decision of {@link notificationDeadline}. */
export type NotificationDeadlineDecision = Decision<'notificationDeadline', DeadlineStatus, DeadlineValue>;
/** The decision of {@link appealDeadline}. */
export type AppealDeadlineDecision = Decision<'appealDeadline', DeadlineStatus, DeadlineValue>;

type SummaryPrefix = 'dates.deadline.summary' | 'dates.appeal.summary';

function deadlineDecision<K extends string>(
  kind: K,
  summary: SummaryPrefix,
  notified: number,
  days: number,
  holidays: readonly number[] | undefined,
  counting: Counting,
  asOf: number | undefined,
  citation: Citation,
): Decision<K, DeadlineStatus, DeadlineValue> {
  const { computation, steps } = deadlineSteps(notified, days, new Set(holidays), counting, citation);
  const value: DeadlineValue = {
    notifiedOn: formatDayNumber(notified),
    firstDay: formatDayNumber(computation.firstDay),
    periodEnd: formatDayNumber(computation.periodEnd),
    lastDay: formatDayNumber(computation.lastDay),
    days,
  };
  if (asOf === undefined) {
    return makeDecision({
      kind,
      asOf: null,
      status: 'computed',
      value,
      summary: message(`${summary}.computed`, { lastDay: value.lastDay, days }),
      steps,
    });
  }
  const status = asOf <= computation.lastDay ? 'inTime' : 'late';
  const params = { asOf: formatDayNumber(asOf), lastDay: value.lastDay };
  const findings: Finding[] = [
    finding({
      code: status === 'inTime' ? 'dates.deadline.inTime' : 'dates.deadline.late',
      status: status === 'inTime' ? 'met' : 'unmet',
      citation,
      params,
      data: { asOf: params.asOf, lastDay: value.lastDay },
    }),
  ];
  return makeDecision({
    kind,
    asOf,
    status,
    value,
    summary: message(`${summary}.${status}`, params),
    findings,
    steps,
  });
}


/**
 * The last day to act in a period of `days` days that starts at a notification (SPEC D13,
 * Civil Procedure Code Arts. 444–445): the day of notification and the day of acting are
 * not counted, so the last day is notification + days + 1, moved past Fridays and the
 * holidays given. With `asOf`, whether acting on that day is in time.
 *
 * @param input - `notifiedOn`, `days`, and optionally `holidays`, `counting`, `asOf`, `citation` (default Art. 33)
 * @returns a decision: status `computed` (no `asOf`), `inTime` or `late`; value `{ notifiedOn, firstDay, periodEnd, lastDay, days }`; the steps of the counting
 * @throws {InputError} for malformed input, naming the field
 * @example
 * notificationDeadline({ notifiedOn: '1403/01/10', days: 20 }).value;
 * // { notifiedOn: '1403/01/10', firstDay: '1403/01/11', periodEnd: '1403/01/30',
 * //   lastDay: '1403/02/01', days: 20 }   (1403/01/31 is a Friday)
 * notificationDeadline({ notifiedOn: '1403/01/10', days: 20, asOf: '1403/02/02' }).status; // 'late'
 */
export function notificationDeadline(input: NotificationDeadlineInput): NotificationDeadlineDecision {
  const r = parseInput(NotificationDeadlineInputSchema, input);
  const citation = r.citation === undefined ? art(33) : compactCitation(r.citation);
  return deadlineDecision(
    'notificationDeadline',
    'dates.deadline.summary',
    r.notifiedOn,
    r.days,
    r.holidays,
    r.counting ?? 'civilProcedure',
    r.asOf,
    citation,
  );
}

/**
 * The last day to appeal to the appeal board (SPEC D13): 20 days from notification of a
 * first-instance board's ruling (Art. 33, `PARAMETERS.appealDays`) or of a revocation of
 * the licence (Art. 45, `PARAMETERS.revocationAppealDays`), counted as
 * {@link notificationDeadline} counts.
 *
 * ماده ۳۳: «… ظرف مهلت بیست روز از تاریخ ابلاغ قابل اعتراض در هیأت تجدید نظر میباشد …»
 * ماده ۴۵: «… این رای ظرف بیست روز قابل اعتراض در هیأت تجدید نظر است.»
 *
 * @param input - `notifiedOn`, and optionally `holidays`, `counting`, `asOf`, `basis` (`art33` default, or `art45`)
 * @returns a decision like {@link notificationDeadline}'s, kind `appealDeadline`, cited to Art. 33 or 45
 * @throws {InputError} for malformed input, naming the field
 * @example
 * appealDeadline({ notifiedOn: '1403/01/10' }).value.lastDay;                      // '1403/02/01'
 * appealDeadline({ notifiedOn: '1403/01/10', asOf: '1403/02/01' }).status;         // 'inTime'
 * appealDeadline({ notifiedOn: '1403/01/10', basis: 'art45' }).steps[0]?.citation; // { article: 45 }
 */
export function appealDeadline(input: AppealDeadlineInput): AppealDeadlineDecision {
  const r = parseInput(AppealDeadlineInputSchema, input);
  const parameter = r.basis === 'art45' ? PARAMETERS.revocationAppealDays : PARAMETERS.appealDays;
  return deadlineDecision(
    'appealDeadline',
    'dates.appeal.summary',
    r.notifiedOn,
    parameter.value,
    r.holidays,
    r.counting ?? 'civilProcedure',
    r.asOf,
    parameter.citation,
  );
}
