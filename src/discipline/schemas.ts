/**
 * Input schemas of the discipline domain (zod/mini). Every public function parses its
 * input with one of these first; malformed input throws an `InputError` naming the field.
 */
import * as z from 'zod/mini';
import { formatDayNumber } from '../_lib/jalali.js';
import { persianText, type Bilingual } from '../core/text.js';
import { dateSchema, noNegativeZero } from '../core/schemas.js';
import { CalendarChoiceSchema, CompleteYearsSchema, HolidaysSchema } from '../dates/schemas.js';
import { PARAMETERS } from '../params.js';
import { isOffenceId, UNLISTED_BREACH_ID, type OffenceId, type PenaltyGrade } from './catalogue.js';

function bi(en: string, fa: string): Bilingual {
  return { en, fa: persianText(fa) };
}

type Issues = { issues: unknown[] };

// In the date-order checks below a date left out is read as NaN, which compares false with
// every date: it is neither before nor after anything, so it raises no issue.

/** Push one custom issue at `path` (zod's `ctx.issues` of a refinement). */
function issue(ctx: Issues, path: (string | number)[], input: unknown, expected: Bilingual, code = 'custom', detail?: Bilingual): void {
  ctx.issues.push({ code: 'custom', path, input, message: expected.en, params: { code, expected, ...(detail ? { detail } : {}) } });
}

// ---------------------------------------------------------------------------
// Grades and days

const G = PARAMETERS.penaltyGrades;

/** A penalty grade of Art. 29, an integer from 1 to 7. */
export const PenaltyGradeSchema = z.pipe(
  z.int().check(z.minimum(G.min), z.maximum(G.max)),
  z.transform((g: number) => g as PenaltyGrade),
);

/** A number of days: finite and not negative (SPEC D9: zero is no offence; negative is an error). */
export const DayCountSchema = z.number().check(
  z.refine((n: number) => Number.isFinite(n), { params: { expected: bi('a finite number of days', 'تعداد روزِ متناهی') } }),
  z.minimum(0),
);

/** How a period that ends on a day the month lacks is landed (SPEC D3). */
export const OverflowSchema = z.optional(z.enum(['nextMonth', 'clamp']));

/**
 * `daysPerMonth`: the days of the month in Art. 39(ب) «تا یک ماه» (SPEC D9: 30, as Art. 443
 * of the Civil Procedure Code counts a month). It must exceed the 10 days of Art. 38(چ),
 * or the grade 6 band of absence would be empty.
 */
const DaysPerMonthSchema = z.optional(
  z.number().check(
    z.refine((n: number) => Number.isFinite(n), { params: { expected: bi('a finite number', 'عددی متناهی') } }),
    z.gt(PARAMETERS.absenceGrade5MaxDays.value),
  ),
);

/** Input of `classifyAbsence`. */
export const ClassifyAbsenceInputSchema = z.object({
  /** Days of the manager's unexcused absence (may be fractional). */
  days: DayCountSchema,
  options: z.optional(z.object({ daysPerMonth: DaysPerMonthSchema })),
});
/** Input of `classifyAbsence`. */
export type ClassifyAbsenceInput = z.input<typeof ClassifyAbsenceInputSchema>;

/** Input of `classifyClosure`. */
export const ClassifyClosureInputSchema = z.object({
  /** Days the service was closed in office hours (may be fractional). */
  days: DayCountSchema,
});
/** Input of `classifyClosure`. */
export type ClassifyClosureInput = z.input<typeof ClassifyClosureInputSchema>;

/** Input of `penaltyOfGrade`. */
export const PenaltyOfGradeInputSchema = PenaltyGradeSchema;

/** Input of `checkSuspension`. */
export const CheckSuspensionInputSchema = z.object({
  /** 5 (three months to one year) or 6 (more than one year to three years). */
  grade: z.literal([5, 6]),
  /** The length chosen, in whole months. */
  months: z.int().check(z.minimum(0), noNegativeZero),
  /** The first day of the suspension; with it, the end date is computed. */
  start: z.optional(dateSchema),
  options: z.optional(z.object({ overflow: OverflowSchema })),
});
/** Input of `checkSuspension`. */
export type CheckSuspensionInput = z.input<typeof CheckSuspensionInputSchema>;

// ---------------------------------------------------------------------------
// Offences

/** The reference of an offence: a catalogue id, `art41`, or a day-count offence. */
export type OffenceRef = OffenceId | typeof UNLISTED_BREACH_ID | 'absence' | 'closure';

const OFFENCE_REF_EXPECTED = bi(
  'an offence id of Arts. 34–40 (e.g. "art38-dh"), "art41", "absence" or "closure"',
  'شناسه تخلفی از مواد ۳۴ تا ۴۰ (مانند "art38-dh")، "art41"، "absence" یا "closure"',
);

function isOffenceRef(v: unknown): v is OffenceRef {
  return isOffenceId(v) || v === UNLISTED_BREACH_ID || v === 'absence' || v === 'closure';
}

const U = PARAMETERS.unlistedBreachGrades;
const ART41_GRADE = bi(`an integer from ${U.min} to ${U.max} (Art. 41: the board's grade)`, `عدد صحیحی از ${U.min} تا ${U.max} (ماده ۴۱: درجه انتخابی هیات)`);
const POSITIVE_DAYS = bi('a number of days greater than 0 (zero days is no offence)', 'تعداد روزی بیش از صفر (صفر روز تخلف نیست)');

/**
 * One offence judged: `id` a catalogue id (`art37-j` …), or `art41` with the board's
 * `grade` (2–4), or `absence` / `closure` with the number of `days` (SPEC D9). `date` is
 * the day it was committed (needed for the repeat of Art. 43 when there are priors).
 */
export const OffenceInputSchema = z.object(offenceFields()).check(z.superRefine((o, ctx) => checkOffence(o, ctx)));

/** The fields of an offence judged (shared by `OffenceInputSchema` and `CaseOffenceSchema`). */
function offenceFields() {
  return {
    id: z.custom<OffenceRef>((v) => isOffenceRef(v), { params: { code: 'unknown_offence', expected: OFFENCE_REF_EXPECTED } }),
    /** Only for `art41`: the grade the board chose, 2–4. */
    grade: z.optional(z.int()),
    /** Only for `absence` and `closure`: the number of days, more than 0. */
    days: z.optional(DayCountSchema),
    date: z.optional(dateSchema),
  };
}

/** The grade and days an offence reference takes (Art. 41's grade; the day-count offences' days). */
function checkOffence(o: { id: OffenceRef; grade?: number | undefined; days?: number | undefined }, ctx: Issues): void {
  if (o.id === UNLISTED_BREACH_ID) {
    if (o.grade === undefined || o.grade < U.min || o.grade > U.max) issue(ctx, ['grade'], o.grade, ART41_GRADE);
  } else if (o.grade !== undefined) {
    issue(ctx, ['grade'], o.grade, bi('no grade: the law fixes the grade of this offence (only art41 takes one)', 'بدون درجه: درجه این تخلف را قانون تعیین کرده است (فقط art41 درجه می‌گیرد)'));
  }
  if (o.id === 'absence' || o.id === 'closure') {
    // A negative count is already refused by DayCountSchema.
    if (o.days === undefined || o.days === 0) issue(ctx, ['days'], o.days, POSITIVE_DAYS);
  } else if (o.days !== undefined) {
    issue(ctx, ['days'], o.days, bi('no days: only "absence" and "closure" take a number of days', 'بدون تعداد روز: فقط "absence" و "closure" تعداد روز می‌گیرند'));
  }
}
/** One offence judged. */
export type OffenceInput = z.input<typeof OffenceInputSchema>;

/** The grounds of mitigation Art. 32 names, in its order. */
export const MITIGATING_GROUNDS = [
  'officeActivityPeriod',
  'noDisciplinaryRecord',
  'personalSocialSituation',
  'circumstancesOfOffence',
  'prospectOfReform',
  'remorse',
  'compensation',
  'complainantForgiveness',
] as const;
/** A ground of mitigation Art. 32 names. */
export type MitigatingGround = (typeof MITIGATING_GROUNDS)[number];

/** A prior final disciplinary conviction: its grade and the day its sentence was carried out. */
export const PriorConvictionSchema = z.object({
  grade: PenaltyGradeSchema,
  carriedOut: z.optional(dateSchema),
});
/** A prior final disciplinary conviction. */
export type PriorConvictionInput = z.input<typeof PriorConvictionSchema>;

const MIT = PARAMETERS.mitigationGrades;

/** The board's actual choices, checked against the law. */
export const BoardChoiceSchema = z.object({
  /** Whether the board used Art. 44's optional aggravation by one grade (mixed grades). */
  aggravation: z.optional(z.boolean()),
  /** Grades of mitigation under Art. 32: 0, 1 or 2. More than 0 needs a named ground. */
  mitigation: z.optional(z.int().check(z.minimum(0), z.maximum(MIT.max), noNegativeZero)),
  /** The grade imposed. */
  grade: z.optional(PenaltyGradeSchema),
  /** For a grade 5 or 6 penalty: the length of the suspension in whole months. */
  suspensionMonths: z.optional(z.int().check(z.minimum(0), noNegativeZero)),
});
/** The board's actual choices. */
export type BoardChoiceInput = z.input<typeof BoardChoiceSchema>;

/** Art. 32: a board's mitigation needs a ground the article names. */
function checkMitigationGround(s: { board?: { mitigation?: number | undefined } | undefined; mitigatingGrounds?: readonly string[] | undefined }, ctx: Issues): void {
  const m = s.board?.mitigation;
  if ((m ?? 0) > 0 && (s.mitigatingGrounds ?? []).length === 0) {
    issue(
      ctx,
      ['board', 'mitigation'],
      m,
      bi('0, or a mitigatingGrounds list naming a ground of Art. 32', 'صفر، یا فهرست mitigatingGrounds با جهتی از جهات ماده ۳۲'),
      'mitigation_without_ground',
      bi('Art. 32 allows mitigation only on a ground it names', 'ماده ۳۲ تخفیف را فقط با جهات مذکور در آن اجازه می‌دهد'),
    );
  }
}

/** Readings of Art. 44 (see `sentence`). */
export const MultipleOffencesReadingSchema = z.optional(z.enum(['highestGroup', 'literal']));

/**
 * Readings of Art. 43 with several offences (see `sentence`): `combined` (default, + 1 on
 * the combined sentence) or `perOffence` (+ 1 on each repeat offence, before Art. 44).
 */
export const RepeatScopeSchema = z.optional(z.enum(['combined', 'perOffence']));

/**
 * Readings of Art. 33's «مجازات درجه چهار تا هفت» (see `sentence`): `imposed` (default, the
 * grade the board imposes) or `statutory` (the grade the law sets before the board's choices).
 */
export const AppealGradeReadingSchema = z.optional(z.enum(['imposed', 'statutory']));

const AFTER_AS_OF = (asOf: number): Bilingual =>
  bi(`a date on or before asOf (${formatDayNumber(asOf)})`, `تاریخی نه دیرتر از asOf (${formatDayNumber(asOf)})`);

/** Input of `sentence`. */
export const SentenceInputSchema = z
  .object({
    /** The day of the ruling. No offence or prior may be dated after it. */
    asOf: dateSchema,
    /** The offences judged together (at least one). */
    offences: z.array(OffenceInputSchema).check(z.minLength(1)),
    /** Prior final disciplinary convictions; `[]` for none. Left out, the repeat of Art. 43 is unknown. */
    priors: z.optional(z.array(PriorConvictionSchema)),
    /** The grounds of Art. 32 the board found. Left out: none. */
    mitigatingGrounds: z.optional(z.array(z.enum(MITIGATING_GROUNDS))),
    /** The board's actual choices, to be checked. */
    board: z.optional(BoardChoiceSchema),
    options: z.optional(
      z.object({
        overflow: OverflowSchema,
        multipleOffences: MultipleOffencesReadingSchema,
        daysPerMonth: DaysPerMonthSchema,
        repeatScope: RepeatScopeSchema,
        appealGrade: AppealGradeReadingSchema,
      }),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      s.offences.forEach((o, i) => {
        const date = o.date ?? Number.NaN;
        if (date > s.asOf) issue(ctx, ['offences', i, 'date'], formatDayNumber(date), AFTER_AS_OF(s.asOf), 'date_order');
      });
      s.priors?.forEach((p, i) => {
        const carriedOut = p.carriedOut ?? Number.NaN;
        if (carriedOut > s.asOf) issue(ctx, ['priors', i, 'carriedOut'], formatDayNumber(carriedOut), AFTER_AS_OF(s.asOf), 'date_order');
      });
      checkMitigationGround(s, ctx);
    }),
  );
/** Input of `sentence`. */
export type SentenceInput = z.input<typeof SentenceInputSchema>;

/** Readings of Art. 31's «تخلفات مشمول مجازاتهای درجه یک تا چهار» (see `suspendProsecution`). */
export const SuspensionGradeReadingSchema = z.optional(z.enum(['eachOffence', 'combined']));

/** Input of `suspendProsecution`. */
export const SuspendProsecutionInputSchema = z
  .object({
    /** The offences whose prosecution would be suspended. */
    offences: z.array(OffenceInputSchema).check(z.minLength(1)),
    /** The day the order suspending prosecution is issued. */
    decidedOn: z.optional(dateSchema),
    /** The period: `years` and `months` add up (1 to 2 years). Left out, the period is not checked. */
    years: z.optional(z.int().check(z.minimum(0), noNegativeZero)),
    months: z.optional(z.int().check(z.minimum(0), noNegativeZero)),
    /** A new offence committed after the order: its date and whether it ended in a final conviction. */
    newOffence: z.optional(z.object({ committedOn: z.optional(dateSchema), finalConviction: z.optional(z.boolean()) })),
    /** Prior final disciplinary convictions (Art. 43); read only under `suspensionGrade: 'combined'`. */
    priors: z.optional(z.array(PriorConvictionSchema)),
    options: z.optional(
      z.object({
        overflow: OverflowSchema,
        daysPerMonth: DaysPerMonthSchema,
        /**
         * Art. 31 «تخلفات مشمول مجازاتهای درجه یک تا چهار»: each offence's own grade
         * (`eachOffence`, default) or the grade after Arts. 44 and 43 (`combined`).
         */
        suspensionGrade: SuspensionGradeReadingSchema,
        multipleOffences: MultipleOffencesReadingSchema,
        repeatScope: RepeatScopeSchema,
      }),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      const d = s.decidedOn ?? Number.NaN;
      s.offences.forEach((o, i) => {
        const date = o.date ?? Number.NaN;
        if (date > d) {
          issue(ctx, ['offences', i, 'date'], formatDayNumber(date), bi(`a date on or before decidedOn (${formatDayNumber(d)})`, `تاریخی نه دیرتر از decidedOn (${formatDayNumber(d)})`), 'date_order');
        }
      });
    }),
  );
/** Input of `suspendProsecution`. */
export type SuspendProsecutionInput = z.input<typeof SuspendProsecutionInputSchema>;

/** Input of `prosecutionBars`. */
export const ProsecutionBarsInputSchema = z
  .object({
    /** The day the question is asked. */
    asOf: dateSchema,
    offence: z.object({
      /** The day the offence was committed (its first day, for a continuing offence). */
      committedOn: z.optional(dateSchema),
      /** For a continuing offence: its last day, from which the limitation runs (SPEC D12). */
      endedOn: z.optional(dateSchema),
    }),
    /** The dates of the acts of prosecution; `[]` for none. Left out: unknown. */
    prosecutionActs: z.optional(z.array(dateSchema)),
    /** Art. 30(الف): the offence is res judicata. */
    resJudicata: z.optional(z.boolean()),
    /** Art. 30(پ): the manager has been permanently separated from managing the office. */
    permanentlySeparated: z.optional(z.boolean()),
    /** Art. 30(ت): the manager has died. */
    deceased: z.optional(z.boolean()),
    options: z.optional(z.object({ overflow: OverflowSchema })),
  })
  .check(
    z.superRefine((s, ctx) => {
      const committedOn = s.offence.committedOn ?? Number.NaN;
      const endedOn = s.offence.endedOn ?? Number.NaN;
      if (committedOn > s.asOf) issue(ctx, ['offence', 'committedOn'], formatDayNumber(committedOn), AFTER_AS_OF(s.asOf), 'date_order');
      if (endedOn > s.asOf) issue(ctx, ['offence', 'endedOn'], formatDayNumber(endedOn), AFTER_AS_OF(s.asOf), 'date_order');
      if (endedOn < committedOn) {
        issue(ctx, ['offence', 'endedOn'], formatDayNumber(endedOn), bi(`a date on or after committedOn (${formatDayNumber(committedOn)})`, `تاریخی نه زودتر از committedOn (${formatDayNumber(committedOn)})`), 'date_order');
      }
      s.prosecutionActs?.forEach((a, i) => {
        if (a > s.asOf) issue(ctx, ['prosecutionActs', i], formatDayNumber(a), AFTER_AS_OF(s.asOf), 'date_order');
        else if (a < committedOn) {
          issue(ctx, ['prosecutionActs', i], formatDayNumber(a), bi(`a date on or after the offence (${formatDayNumber(committedOn)})`, `تاریخی نه زودتر از وقوع تخلف (${formatDayNumber(committedOn)})`), 'date_order');
        }
      });
    }),
  );
/** Input of `prosecutionBars`. */
export type ProsecutionBarsInput = z.input<typeof ProsecutionBarsInputSchema>;

/** The kind of ruling (Arts. 33, 45). */
export const RulingSchema = z.enum(['conviction', 'acquittal', 'revocation']);
/** The kind of ruling. */
export type Ruling = z.output<typeof RulingSchema>;

/** Input of `appealability`. */
export const AppealabilityInputSchema = z.object({
  /** `conviction`, `acquittal` (Art. 33) or `revocation` of the licence (Art. 45). */
  ruling: RulingSchema,
  /** For a conviction: the grade imposed. For an acquittal: the grade the offence carries. Not used for a revocation. */
  grade: z.optional(PenaltyGradeSchema),
});
/** Input of `appealability`. */
export type AppealabilityInput = z.input<typeof AppealabilityInputSchema>;

/** Input of `disciplinaryAppealDeadline`. */
export const DisciplinaryAppealDeadlineInputSchema = z
  .object({
    ruling: RulingSchema,
    grade: z.optional(PenaltyGradeSchema),
    /** The day the ruling was notified. */
    notifiedOn: dateSchema,
    /** The caller's closed days, added to Fridays and (by default) the official holidays: a Thursday closed by order, a local or ad-hoc closure. */
    holidays: z.optional(HolidaysSchema),
    /** Uncovered Jalali years whose closed days `holidays` gives completely (see docs/deadlines.md). */
    completeYears: CompleteYearsSchema,
    /** The day of the appeal, to say whether it is in time. */
    asOf: z.optional(dateSchema),
    /** `counting` (SPEC D13) and `calendar`: `official` (default) or `fridaysOnly`. */
    options: z.optional(z.object({ counting: z.optional(z.enum(['civilProcedure', 'lastCountedDay'])), calendar: CalendarChoiceSchema })),
  })
  .check(
    z.superRefine((s, ctx) => {
      const asOf = s.asOf ?? Number.NaN;
      if (asOf < s.notifiedOn) {
        issue(ctx, ['asOf'], formatDayNumber(asOf), bi(`a date on or after notifiedOn (${formatDayNumber(s.notifiedOn)})`, `تاریخی نه زودتر از notifiedOn (${formatDayNumber(s.notifiedOn)})`), 'date_order');
      }
    }),
  );
/** Input of `disciplinaryAppealDeadline`. */
export type DisciplinaryAppealDeadlineInput = z.input<typeof DisciplinaryAppealDeadlineInputSchema>;

// ---------------------------------------------------------------------------
// One case from the complaint to the last day (judgeCase)

/**
 * One offence of a case: what `sentence` takes (`id`, `grade` for Art. 41, `days` for the
 * day-count offences), with the facts of Art. 30 for it: `date` the day it was committed
 * (its first day, for a continuing offence), `endedOn` the last day of a continuing
 * offence (the limitation runs from it, and Art. 43 reads it as the day of the offence),
 * `prosecutionActs` the acts of prosecution of this offence, `resJudicata` Art. 30(الف).
 */
export const CaseOffenceSchema = z
  .object({
    ...offenceFields(),
    endedOn: z.optional(dateSchema),
    /** The acts of prosecution of this offence; `[]` for none. Left out: the case's `prosecutionActs` (if any). */
    prosecutionActs: z.optional(z.array(dateSchema)),
    /** Art. 30(الف): this offence is res judicata. */
    resJudicata: z.optional(z.boolean()),
  })
  .check(z.superRefine((o, ctx) => checkOffence(o, ctx)));
/** One offence of a case. */
export type CaseOffenceInput = z.input<typeof CaseOffenceSchema>;

/**
 * The appeal part of a case: the day the ruling was notified and the other fields of
 * `disciplinaryAppealDeadline`'s input (`holidays`, `asOf` the day of the appeal,
 * `options`, …), passed to it as given (the ruling and the grade come from the case).
 */
export const CaseAppealSchema = z.looseObject({
  /** The day the ruling was notified. */
  notifiedOn: dateSchema,
  holidays: z.optional(HolidaysSchema),
  /** The day of the appeal, to say whether it is in time. */
  asOf: z.optional(dateSchema),
});

/** Input of `judgeCase`. */
export const JudgeCaseInputSchema = z
  .object({
    /** The day of the hearing and of the ruling: the bars are read on it, the sentence given on it. */
    hearingDate: dateSchema,
    /** The offences of the complaint (at least one). */
    offences: z.array(CaseOffenceSchema).check(z.minLength(1)),
    /** Acts of prosecution of the whole case; each counts for the offences committed on or before it. */
    prosecutionActs: z.optional(z.array(dateSchema)),
    /** Art. 30(پ): the manager has been permanently separated from managing the office. */
    permanentlySeparated: z.optional(z.boolean()),
    /** Art. 30(ت): the manager has died. */
    deceased: z.optional(z.boolean()),
    /** Prior final disciplinary convictions (Art. 43); `[]` for none. */
    priors: z.optional(z.array(PriorConvictionSchema)),
    /** The grounds of Art. 32 the board found. Left out: none. */
    mitigatingGrounds: z.optional(z.array(z.enum(MITIGATING_GROUNDS))),
    /** The board's actual choices, to be checked (as in `sentence`). */
    board: z.optional(BoardChoiceSchema),
    /** The notification of the ruling and the facts of the appeal period. */
    appeal: z.optional(CaseAppealSchema),
    options: z.optional(
      z.object({
        overflow: OverflowSchema,
        daysPerMonth: DaysPerMonthSchema,
        multipleOffences: MultipleOffencesReadingSchema,
        repeatScope: RepeatScopeSchema,
        appealGrade: AppealGradeReadingSchema,
        suspensionGrade: SuspensionGradeReadingSchema,
      }),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      const h = s.hearingDate;
      s.offences.forEach((o, i) => {
        const date = o.date ?? Number.NaN;
        const endedOn = o.endedOn ?? Number.NaN;
        if (date > h) issue(ctx, ['offences', i, 'date'], formatDayNumber(date), AFTER_HEARING(h), 'date_order');
        if (endedOn > h) issue(ctx, ['offences', i, 'endedOn'], formatDayNumber(endedOn), AFTER_HEARING(h), 'date_order');
        if (endedOn < date) issue(ctx, ['offences', i, 'endedOn'], formatDayNumber(endedOn), bi(`a date on or after the offence's date (${formatDayNumber(date)})`, `تاریخی نه زودتر از تاریخ تخلف (${formatDayNumber(date)})`), 'date_order');
        o.prosecutionActs?.forEach((a, k) => {
          if (a > h) issue(ctx, ['offences', i, 'prosecutionActs', k], formatDayNumber(a), AFTER_HEARING(h), 'date_order');
          else if (a < date) issue(ctx, ['offences', i, 'prosecutionActs', k], formatDayNumber(a), bi(`a date on or after the offence (${formatDayNumber(date)})`, `تاریخی نه زودتر از وقوع تخلف (${formatDayNumber(date)})`), 'date_order');
        });
      });
      s.prosecutionActs?.forEach((a, k) => {
        if (a > h) issue(ctx, ['prosecutionActs', k], formatDayNumber(a), AFTER_HEARING(h), 'date_order');
      });
      s.priors?.forEach((p, i) => {
        const carriedOut = p.carriedOut ?? Number.NaN;
        if (carriedOut > h) issue(ctx, ['priors', i, 'carriedOut'], formatDayNumber(carriedOut), AFTER_HEARING(h), 'date_order');
      });
      if (s.appeal !== undefined && s.appeal.notifiedOn < h) {
        issue(ctx, ['appeal', 'notifiedOn'], formatDayNumber(s.appeal.notifiedOn), bi(`a date on or after hearingDate (${formatDayNumber(h)})`, `تاریخی نه زودتر از hearingDate (${formatDayNumber(h)})`), 'date_order');
      }
      checkMitigationGround(s, ctx);
    }),
  );
/** Input of `judgeCase`. */
export type JudgeCaseInput = z.input<typeof JudgeCaseInputSchema>;

const AFTER_HEARING = (h: number): Bilingual => bi(`a date on or before hearingDate (${formatDayNumber(h)})`, `تاریخی نه دیرتر از hearingDate (${formatDayNumber(h)})`);
