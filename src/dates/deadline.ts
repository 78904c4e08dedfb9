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
 * - Art. 444: when that last day is a day the offices are closed («تعطیل»), the last day
 *   is the first day they open again.
 * Closed days (docs/interpretation.md, "Art. 444's closed days"): by default
 * (`calendar: 'official'`) every Friday, Iran's official public holidays from the built-in
 * calendar (`iran-judicial-eservices/calendar`, Jalali years CALENDAR_FIRST_YEAR …
 * CALENDAR_LAST_YEAR), plus the closures the caller gives (`holidays`: a Thursday closed by
 * order, a local or ad-hoc closure). A period that touches a year the data does not cover
 * is `incomplete` (a cited finding, the provisional last day) unless the caller declared
 * its `holidays` complete for that year (`completeYears`) or chose `calendar: 'fridaysOnly'`
 * (Fridays and the caller's holidays only, the library's behaviour before 0.2).
 * The other reading of the counting (the last day is D+N) is the `lastCountedDay` option.
 */
import { deepFreeze } from '../_lib/freeze.js';
import { computeDeadline, type Counting, type DeadlineComputation } from '../_lib/deadline.js';
import { formatDayNumber, inRange, MAX_DAY, MAX_YEAR, MIN_YEAR } from '../_lib/jalali.js';
import { HOLIDAY_SOURCES, CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, type OfficialHoliday } from '../calendar/data.js';
import { isOfficialHoliday, officialHolidaysOnDay, uncoveredYears } from '../calendar/official.js';
import { toPersianDigits } from '../_lib/digits.js';
import { art, compactCitation, type Citation } from '../core/citation.js';
import type { Decision, Finding, Step } from './render.js';
import { inputError, parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { readDate } from '../core/schemas.js';
import type { Bilingual } from '../core/text.js';
import { LIMITS, PARAMETERS } from '../params.js';
import { AppealDeadlineInputSchema, NotificationDeadlineInputSchema, type AppealDeadlineInput, type NotificationDeadlineInput } from './schemas.js';
import { finding, message, step } from './render.js';

export type { Counting, DeadlineComputation, SkipReason } from '../_lib/deadline.js';

/** The Civil Procedure Code articles the counting follows (cited in the step messages and data). */
const CPC_NOT_COUNTED = 445;
const CPC_CLOSED_LAST_DAY = 444;

/** Which closed days a deadline applies (docs/interpretation.md, "Art. 444's closed days"). */
export type CalendarChoice = 'official' | 'fridaysOnly';

/** How a rule module asks for the closed days of a deadline. */
export interface CalendarOptions {
  /** `official` (default): Fridays, the official holidays and the caller's; `fridaysOnly`: Fridays and the caller's. */
  readonly calendar?: CalendarChoice | undefined;
  /** Jalali years the data does not cover whose closed days the caller's `holidays` give completely. */
  readonly completeYears?: readonly number[] | undefined;
}

/** The steps of a deadline, and the years it touches that no calendar answers for. */
export interface DeadlineSteps {
  readonly computation: DeadlineComputation;
  readonly steps: Step[];
  /** The calendar applied. */
  readonly calendar: CalendarChoice;
  /**
   * Jalali years from the notification to the last day that the official data does not
   * cover and the caller did not declare complete (always empty under `fridaysOnly`): the
   * last day is then provisional (it can only move later).
   */
  readonly notCovered: readonly number[];
}

function sourceLabel(id: string, lang: 'fa' | 'en'): string {
  const s = HOLIDAY_SOURCES.find((x) => x.id === id);
  if (s === undefined) return id;
  const name = s.name as string | { readonly fa: string; readonly en: string };
  return typeof name === 'string' ? name : name[lang];
}

/** The names and sources of the official holidays of one day, in both languages. */
function holidayNote(list: readonly OfficialHoliday[]): { fa: string; en: string } {
  const part = (lang: 'fa' | 'en'): string =>
    list
      .map((h) => `${h.name[lang]}${lang === 'fa' ? '، منبع: ' : '; source: '}${h.sources.map((id) => sourceLabel(id, lang)).join(lang === 'fa' ? '، ' : ', ')}`)
      .join(lang === 'fa' ? '؛ ' : '; ');
  return { fa: part('fa'), en: part('en') };
}

const OUT_OF_RANGE = {
  en: `a period of at most ${LIMITS.maxPeriodDays} days whose last day stays within Jalali years ${MIN_YEAR}–${MAX_YEAR}`,
  fa: toPersianDigits(`مدتی حداکثر ${LIMITS.maxPeriodDays} روز که آخرین روز آن در سال‌های ${MIN_YEAR} تا ${MAX_YEAR} شمسی بماند`),
};

/**
 * The steps of a period that starts at a notification (SPEC D13), on day numbers. For rule
 * modules: callers validate their input first (`days` ≥ 1, day numbers in range).
 *
 * Steps, in order, each carrying `citation`: the day of notification is not counted (CPC
 * Art. 445); the `days` days run `firstDay` … `periodEnd`; the day of acting is not counted
 * either, so the last day is `periodEnd + 1` (CPC Art. 445; under `lastCountedDay` it is
 * `periodEnd`); the closed days applied (`dates.deadline.calendar`: the calendar, the years
 * the official data covers, how many closures the caller gave); one step per closed day
 * skipped, saying Friday, official holiday (its name and sources) or the caller's closure
 * (CPC Art. 444); the last day.
 *
 * @param notified - day number of the notification
 * @param days - the length of the period, in days (a positive integer, at most `LIMITS.maxPeriodDays`)
 * @param holidays - day numbers of the caller's closed days (Fridays are always closed)
 * @param counting - `civilProcedure` (D13) or `lastCountedDay`
 * @param citation - the article the period comes from; every step carries it
 * @param options - `calendar` (`official` by default, or `fridaysOnly`) and `completeYears`
 * @returns the computation (day numbers), the explained steps, the calendar applied and the years no calendar answers for
 * @throws {InputError} (field `days`) when the period is longer than `LIMITS.maxPeriodDays` or its last day falls outside years 1200–1600
 * @example
 * // 1403/01/10 is day 19811; 1403/01/31 (day 19832) is a Friday.
 * const { computation, steps } = deadlineSteps(19811, 20, new Set(), 'civilProcedure', { article: 33 });
 * computation.lastDay; // 19833, i.e. 1403/02/01
 * steps.length;        // 6 (with the calendar step)
 */
export function deadlineSteps(
  notified: number,
  days: number,
  holidays: ReadonlySet<number>,
  counting: Counting,
  citation: Citation,
  options?: CalendarOptions,
): DeadlineSteps {
  // Bounded time: refuse before counting (past 2^53 the walk over closed days never ends).
  if (!inRange(notified) || !Number.isSafeInteger(days) || days < 1 || days > LIMITS.maxPeriodDays || notified + days > MAX_DAY) {
    throw inputError('days', OUT_OF_RANGE, days);
  }
  // Without a caller's list the steps depend on the day, the length, the counting, the
  // calendar and the citation only: the memo answers (issue 14, item 5).
  if (holidays.size === 0 && options?.completeYears === undefined) {
    const calendar = options?.calendar ?? 'official';
    const slot = (notified * 31 + days) & (MEMO_SLOTS - 1);
    const hit = memoSteps[slot];
    if (hit !== undefined && hit.notified === notified && hit.days === days && hit.counting === counting && hit.calendar === calendar && sameCitation(hit.citation, citation)) {
      const v = hit.value;
      return { computation: v.computation, steps: v.steps.slice(), calendar: v.calendar, notCovered: v.notCovered };
    }
    const value = deepFreeze(countSteps(notified, days, holidays, counting, citation, options, true));
    memoSteps[slot] = { notified, days, counting, calendar, citation: deepFreeze({ ...citation }), value };
    return { computation: value.computation, steps: value.steps.slice(), calendar: value.calendar, notCovered: value.notCovered };
  }
  return countSteps(notified, days, holidays, counting, citation, options, false);
}

// A direct-mapped memo of the steps of deadlines counted without a caller's list (slot =
// low bits of the day and length). Invisible but for one thing: its steps (and their
// data, messages, citations) are frozen objects shared between answers, as the
// eligibility findings are; each answer gets its own arrays.
const MEMO_SLOTS = 4096;
interface MemoEntry {
  readonly notified: number;
  readonly days: number;
  readonly counting: Counting;
  readonly calendar: CalendarChoice;
  readonly citation: Citation;
  readonly value: DeadlineSteps;
}
const memoSteps: (MemoEntry | undefined)[] = /* @__PURE__ */ new Array<undefined>(MEMO_SLOTS);

function sameCitation(a: Citation, b: Citation): boolean {
  return a === b || (a.article === b.article && a.clause === b.clause && a.note === b.note && a.paragraph === b.paragraph && a.grade === b.grade);
}

// Steps that are the same in many answers, shared (frozen) between the memo's answers:
// the calendar step (it depends on the calendar and the citation only when the caller
// gave no list) and each closed day's step (the day, why it is closed, the citation). A
// miss of the memo then renders only the steps of its own dates (bench/deadlines.mjs,
// row "notifications over 1390–1405").
const sharedCalendarStep: { calendar: CalendarChoice; citation: Citation; step: Step }[] = [];
const SKIPPED_SLOTS = 2048;
const sharedSkipped: ({ readonly day: number; readonly reason: string; readonly citation: Citation; readonly step: Step } | undefined)[] =
  /* @__PURE__ */ new Array<undefined>(SKIPPED_SLOTS);

/** `make()` once per key, shared when `shared` (the memo's answers), made afresh otherwise. */
function calendarStepFor(shared: boolean, calendar: CalendarChoice, citation: Citation, make: () => Step): Step {
  if (!shared) return make();
  for (const e of sharedCalendarStep) if (e.calendar === calendar && sameCitation(e.citation, citation)) return e.step;
  const made = deepFreeze(make());
  // A handful of (calendar, citation) pairs exist; the list is bounded all the same.
  if (sharedCalendarStep.length < 64) sharedCalendarStep.push({ calendar, citation: deepFreeze({ ...citation }), step: made });
  return made;
}

function skippedStepFor(shared: boolean, day: number, reason: string, citation: Citation, make: () => Step): Step {
  if (!shared) return make();
  const slot = day & (SKIPPED_SLOTS - 1);
  const hit = sharedSkipped[slot];
  if (hit !== undefined && hit.day === day && hit.reason === reason && sameCitation(hit.citation, citation)) return hit.step;
  const made = deepFreeze(make());
  sharedSkipped[slot] = { day, reason, citation: deepFreeze({ ...citation }), step: made };
  return made;
}

function countSteps(
  notified: number,
  days: number,
  holidays: ReadonlySet<number>,
  counting: Counting,
  citation: Citation,
  options: CalendarOptions | undefined,
  shared: boolean,
): DeadlineSteps {
  const calendar: CalendarChoice = options?.calendar ?? 'official';
  const official = calendar === 'official';
  const computation = computeDeadline(notified, days, holidays, counting, official ? isOfficialHoliday : null);
  if (!inRange(computation.lastDay)) throw inputError('days', OUT_OF_RANGE, days);
  const complete = options?.completeYears;
  const notCovered = official ? uncoveredYears(notified, computation.lastDay, complete === undefined ? undefined : new Set(complete)) : [];
  const f = formatDayNumber;
  const notifiedOn = f(notified);
  const firstDay = f(computation.firstDay);
  const periodEnd = f(computation.periodEnd);
  const nominal = f(computation.nominalLastDay);
  const lastDay = f(computation.lastDay);
  const declared = complete === undefined ? [] : [...new Set(complete)].filter((y) => y < CALENDAR_FIRST_YEAR || y > CALENDAR_LAST_YEAR).sort((a, b) => a - b);
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
    calendarStepFor(shared, calendar, citation, () =>
      step({
        code: 'dates.deadline.calendar',
        citation,
        params: { calendar, first: CALENDAR_FIRST_YEAR, last: CALENDAR_LAST_YEAR, given: holidays.size, complete: declared },
        data: official
          ? { calendar, coveredYears: [CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR], completeYears: declared, callerHolidays: holidays.size, civilProcedureArticle: CPC_CLOSED_LAST_DAY }
          : { calendar, callerHolidays: holidays.size, civilProcedureArticle: CPC_CLOSED_LAST_DAY },
      }),
    ),
  ];
  for (const s of computation.skipped) {
    steps.push(
      skippedStepFor(shared, s.day, s.reason, citation, () => {
        const date = f(s.day);
        const next = f(s.day + 1);
        if (s.reason === 'officialHoliday') {
          const list = officialHolidaysOnDay(s.day);
          return step({
            code: 'dates.deadline.skipped',
            citation,
            params: { date, reason: s.reason, next, holiday: holidayNote(list) },
            data: {
              date,
              reason: s.reason,
              holidays: list.map((h) => ({ id: h.id, name: { fa: h.name.fa, en: h.name.en }, sources: [...h.sources] })),
              civilProcedureArticle: CPC_CLOSED_LAST_DAY,
            },
          });
        }
        return step({
          code: 'dates.deadline.skipped',
          citation,
          params: { date, reason: s.reason, next, holiday: null },
          data: { date, reason: s.reason, civilProcedureArticle: CPC_CLOSED_LAST_DAY },
        });
      }),
    );
  }
  steps.push(step({ code: 'dates.deadline.lastDay', citation, params: { date: lastDay }, data: { lastDay } }));
  return { computation, steps, calendar, notCovered };
}

/**
 * The finding of a deadline whose period touches years the official data does not cover
 * (status `unknown`; `missing`: `holidays.<year>` for each): the last day given is
 * provisional, the earliest it can be. For rule modules that count a deadline.
 *
 * @param notCovered - the years (from {@link deadlineSteps})
 * @param lastDay - the provisional last day (day number)
 * @param citation - the article the period comes from
 * @returns the finding
 * @example
 * calendarNotCoveredFinding([1420], 31000, { article: 33 }).missing; // ['holidays.1420']
 */
export function calendarNotCoveredFinding(notCovered: readonly number[], lastDay: number, citation: Citation): Finding {
  const last = formatDayNumber(lastDay);
  return finding({
    code: 'dates.calendar.notCovered',
    status: 'unknown',
    citation,
    params: { years: notCovered, first: CALENDAR_FIRST_YEAR, last: CALENDAR_LAST_YEAR, lastDay: last },
    missing: notCovered.map((y) => `holidays.${y}`),
    data: { years: [...notCovered], coveredYears: [CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR], provisionalLastDay: last, civilProcedureArticle: CPC_CLOSED_LAST_DAY },
  });
}

// ---------------------------------------------------------------------------
// Public API


/**
 * Status of a deadline: `computed` (no `asOf`), `inTime` (`asOf` ≤ last day), `late`, or
 * `incomplete` (the period touches a year the official calendar does not cover; the last
 * day given is provisional, see the `dates.calendar.notCovered` finding).
 */
export type DeadlineStatus = 'computed' | 'inTime' | 'late' | 'incomplete';

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
  /** The closed days applied: `official` (the default) or `fridaysOnly`. */
  readonly calendar: CalendarChoice;
  /**
   * True when the last day is provisional (status `incomplete`): the period touches a year
   * the official calendar does not cover, whose holidays could only move it later.
   */
  readonly provisional: boolean;
}

/** The decision of {@link notificationDeadline}. */
export type NotificationDeadlineDecision = Decision<'notificationDeadline', DeadlineStatus, DeadlineValue>;
/** The decision of {@link appealDeadline}. */
export type AppealDeadlineDecision = Decision<'appealDeadline', DeadlineStatus, DeadlineValue>;

type SummaryPrefix = 'dates.deadline.summary' | 'dates.appeal.summary';

/** The default citation of notificationDeadline (frozen: the memo shares it). */
const ART_33: Citation = /* @__PURE__ */ Object.freeze(art(33));

/** The parsed inputs every deadline decision shares. */
interface DeadlineArgs {
  readonly notifiedOn: number;
  readonly holidays?: readonly number[] | undefined;
  readonly calendar?: CalendarChoice | undefined;
  readonly completeYears?: readonly number[] | undefined;
  readonly counting?: Counting | undefined;
  readonly asOf?: number | undefined;
}

// The summaries of computed deadlines, memoised like the steps (a frozen, shared Bilingual).
const memoSummary: ({ readonly prefix: SummaryPrefix; readonly lastDay: number; readonly days: number; readonly value: Bilingual } | undefined)[] = /* @__PURE__ */ new Array<undefined>(MEMO_SLOTS);

function computedSummary(prefix: SummaryPrefix, lastDay: number, days: number): Bilingual {
  const slot = (lastDay * 31 + days) & (MEMO_SLOTS - 1);
  const hit = memoSummary[slot];
  if (hit !== undefined && hit.lastDay === lastDay && hit.days === days && hit.prefix === prefix) return hit.value;
  const value = deepFreeze(message(`${prefix}.computed`, { lastDay: formatDayNumber(lastDay), days }));
  memoSummary[slot] = { prefix, lastDay, days, value };
  return value;
}

/**
 * The common input of a deadline read without zod: a plain object whose keys are all
 * known and whose values are valid and simple (`notifiedOn` and `asOf` dates, `counting`,
 * `calendar`, `basis`, `days`; no `holidays`, `completeYears` or `citation`). Anything else
 * gives null and goes to the schema, which answers the same for these inputs and names
 * the field for every other.
 */
function quickArgs(input: unknown, withDays: boolean): (DeadlineArgs & { readonly days: number; readonly basis?: 'art33' | 'art45' | undefined }) | null {
  if (typeof input !== 'object' || input === null || Object.getPrototypeOf(input) !== Object.prototype) return null;
  const o = input as Record<string, unknown>;
  let notifiedOn = Number.NaN;
  let asOf: number | undefined;
  let days = 0;
  let counting: Counting | undefined;
  let calendar: CalendarChoice | undefined;
  let basis: 'art33' | 'art45' | undefined;
  for (const k of Object.keys(o)) {
    const v = o[k];
    switch (k) {
      case 'notifiedOn': {
        const d = readDate(v);
        if (typeof d !== 'number') return null;
        notifiedOn = d;
        break;
      }
      case 'asOf': {
        if (v === undefined) break;
        const d = readDate(v);
        if (typeof d !== 'number') return null;
        asOf = d;
        break;
      }
      case 'days':
        if (!withDays || !Number.isInteger(v) || (v as number) < 1 || (v as number) > LIMITS.maxPeriodDays) return null;
        days = v as number;
        break;
      case 'counting':
        if (v !== undefined && v !== 'civilProcedure' && v !== 'lastCountedDay') return null;
        counting = v;
        break;
      case 'calendar':
        if (v !== undefined && v !== 'official' && v !== 'fridaysOnly') return null;
        calendar = v;
        break;
      case 'basis':
        if (withDays || (v !== undefined && v !== 'art33' && v !== 'art45')) return null;
        basis = v as 'art33' | 'art45' | undefined;
        break;
      case 'holidays':
      case 'completeYears':
      case 'citation':
        if (v !== undefined) return null;
        break;
      default:
        return null;
    }
  }
  if (Number.isNaN(notifiedOn) || (withDays && days === 0)) return null;
  return { notifiedOn, asOf, days, counting, calendar, basis };
}

function deadlineDecision<K extends string>(kind: K, summary: SummaryPrefix, r: DeadlineArgs, days: number, citation: Citation): Decision<K, DeadlineStatus, DeadlineValue> {
  const notified = r.notifiedOn;
  const { computation, steps, calendar, notCovered } = deadlineSteps(notified, days, new Set(r.holidays), r.counting ?? 'civilProcedure', citation, r);
  const provisional = notCovered.length > 0;
  const value: DeadlineValue = {
    notifiedOn: formatDayNumber(notified),
    firstDay: formatDayNumber(computation.firstDay),
    periodEnd: formatDayNumber(computation.periodEnd),
    lastDay: formatDayNumber(computation.lastDay),
    days,
    calendar,
    provisional,
  };
  const asOf = r.asOf;
  if (provisional) {
    return makeDecision({
      kind,
      asOf: asOf ?? null,
      status: 'incomplete',
      value,
      summary: message(`${summary}.incomplete`, { lastDay: value.lastDay, years: notCovered }),
      findings: [calendarNotCoveredFinding(notCovered, computation.lastDay, citation)],
      steps,
    });
  }
  if (asOf === undefined) {
    return makeDecision({
      kind,
      asOf: null,
      status: 'computed',
      value,
      summary: computedSummary(summary, computation.lastDay, days),
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
 * Closed days: Fridays, the official public holidays (default `calendar: 'official'`;
 * `fridaysOnly` leaves them out) and the caller's `holidays`. A period touching a Jalali
 * year the official calendar does not cover is `incomplete` (finding
 * `dates.calendar.notCovered`, the provisional last day) unless that year is in
 * `completeYears` (the caller's `holidays` are then its complete closed days).
 *
 * @param input - `notifiedOn`, `days` (1–3,650), and optionally `holidays`, `calendar`, `completeYears`, `counting`, `asOf`, `citation` (default Art. 33)
 * @returns a decision: status `computed` (no `asOf`), `inTime`, `late` or `incomplete`; value `{ notifiedOn, firstDay, periodEnd, lastDay, days, calendar, provisional }`; the steps of the counting
 * @throws {InputError} for malformed input, naming the field
 * @example
 * notificationDeadline({ notifiedOn: '1403/01/10', days: 20 }).value;
 * // { notifiedOn: '1403/01/10', firstDay: '1403/01/11', periodEnd: '1403/01/30',
 * //   lastDay: '1403/02/01', days: 20, calendar: 'official', provisional: false }   (1403/01/31 is a Friday)
 * notificationDeadline({ notifiedOn: '1403/01/10', days: 20, asOf: '1403/02/02' }).status; // 'late'
 * // The official holidays apply by default: the 21st day, 1404/01/01, opens Nowruz.
 * notificationDeadline({ notifiedOn: '1403/12/10', days: 20 }).value.lastDay;                            // '1404/01/05'
 * notificationDeadline({ notifiedOn: '1403/12/10', days: 20, calendar: 'fridaysOnly' }).value.lastDay;   // '1404/01/02'
 * // A year the official calendar does not cover: incomplete, unless its closed days are given.
 * notificationDeadline({ notifiedOn: '1420/12/20', days: 20 }).status;                                   // 'incomplete'
 * notificationDeadline({ notifiedOn: '1420/12/20', days: 20, holidays: [], completeYears: [1420, 1421] }).status; // 'computed'
 */
export function notificationDeadline(input: NotificationDeadlineInput): NotificationDeadlineDecision {
  const q = quickArgs(input, true);
  if (q !== null) return deadlineDecision('notificationDeadline', 'dates.deadline.summary', q, q.days, ART_33);
  const r = parseInput(NotificationDeadlineInputSchema, input);
  const citation = r.citation === undefined ? art(33) : compactCitation(r.citation);
  return deadlineDecision('notificationDeadline', 'dates.deadline.summary', r, r.days, citation);
}

/**
 * The last day to appeal to the appeal board (SPEC D13): 20 days from notification of a
 * first-instance board's ruling (Art. 33, `PARAMETERS.appealDays`) or of a revocation of
 * the licence (Art. 45, `PARAMETERS.revocationAppealDays`), counted as
 * {@link notificationDeadline} counts (the official calendar by default).
 *
 * ماده ۳۳: «… ظرف مهلت بیست روز از تاریخ ابلاغ قابل اعتراض در هیأت تجدید نظر میباشد …»
 * ماده ۴۵: «… این رای ظرف بیست روز قابل اعتراض در هیأت تجدید نظر است.»
 *
 * @param input - `notifiedOn`, and optionally `holidays`, `calendar`, `completeYears`, `counting`, `asOf`, `basis` (`art33` default, or `art45`)
 * @returns a decision like {@link notificationDeadline}'s, kind `appealDeadline`, cited to Art. 33 or 45
 * @throws {InputError} for malformed input, naming the field
 * @example
 * appealDeadline({ notifiedOn: '1403/12/10' }).value.lastDay;                      // '1404/01/05' (past Nowruz)
 * appealDeadline({ notifiedOn: '1403/01/10' }).value.lastDay;                      // '1403/02/01'
 * appealDeadline({ notifiedOn: '1403/01/10', asOf: '1403/02/01' }).status;         // 'inTime'
 * appealDeadline({ notifiedOn: '1403/01/10', basis: 'art45' }).steps[0]?.citation; // { article: 45 }
 */
export function appealDeadline(input: AppealDeadlineInput): AppealDeadlineDecision {
  const r = quickArgs(input, false) ?? parseInput(AppealDeadlineInputSchema, input);
  const parameter = r.basis === 'art45' ? PARAMETERS.revocationAppealDays : PARAMETERS.appealDays;
  return deadlineDecision('appealDeadline', 'dates.appeal.summary', r, parameter.value, parameter.citation);
}
