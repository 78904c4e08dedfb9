/**
 * Input schemas of the eligibility domain (Arts. 9, 10, 11, 45), in zod/mini. Types are
 * inferred from them: `XxxInput` is what a caller passes (dates as Jalali strings or JS
 * `Date`s), `ParsedXxx` what the rules read (dates as day numbers).
 *
 * Every fact is optional: a fact left out (`undefined`) is not an error, it makes the
 * finding that needs it `unknown` and the decision `incomplete` (SPEC §3). Unknown keys
 * are dropped, never an error, so a back end can pass its own records; a misspelt fact is
 * therefore reported as unknown (listed in `missing`), never taken as met.
 */
import * as z from 'zod/mini';
import { formatDayNumber } from '../_lib/jalali.js';
import { dateSchema, finiteNumber } from '../core/schemas.js';
import { CalendarChoiceSchema, CompleteYearsSchema } from '../dates/schemas.js';

// ---------------------------------------------------------------------------
// Vocabularies

/** The two posts of Art. 9: the office's manager (مدیر دفتر) and its legal expert (کارشناس حقوقی). */
export const ROLES = ['manager', 'legalExpert'] as const;
/** A post of Art. 9. */
export type Role = (typeof ROLES)[number];

/**
 * University degree levels. `associate` (کاردانی) is listed so a back end can record it;
 * it never qualifies (Art. 9(ت) asks for a bachelor's or higher). `doctorate` is the PhD
 * (دکتری تخصصی) of Art. 10(ب).
 */
export const UNIVERSITY_LEVELS = ['associate', 'bachelor', 'master', 'doctorate'] as const;
/** A university degree level. */
export type UniversityLevel = (typeof UNIVERSITY_LEVELS)[number];

/** Seminary (حوزه علمیه) levels 1–4. */
export const SEMINARY_LEVELS = [1, 2, 3, 4] as const;
/** A seminary level. */
export type SeminaryLevel = (typeof SEMINARY_LEVELS)[number];

/**
 * Fields of study. The first three are the related fields of Art. 9(ت) (SPEC D4); a
 * specialisation of law (international, criminal, private law…) is `law`. The others
 * are named for the questions applicants ask (Q5, Q10) and `other` stands for any field
 * not listed; none of them is related.
 */
export const DEGREE_FIELDS = [
  'law',
  'fiqhAndFoundationsOfIslamicLaw',
  'judicialSciences',
  'politicalScience',
  'softwareEngineering',
  'computerEngineering',
  'management',
  'economics',
  'islamicStudies',
  'other',
] as const;
/** A field of study. */
export type DegreeField = (typeof DEGREE_FIELDS)[number];

/** The related fields of Art. 9(ت): law, fiqh and foundations of Islamic law, judicial sciences. */
export const RELATED_FIELDS: readonly DegreeField[] = ['law', 'fiqhAndFoundationsOfIslamicLaw', 'judicialSciences'];

/**
 * Military-service status (Art. 9(ج)). Only `completionCard` (کارت پایان خدمت) and
 * `permanentExemption` (معافیت دائم) satisfy the clause (SPEC D7); every other status
 * (a temporary or educational exemption, serving now, not yet served, absentee) does not.
 */
export const MILITARY_STATUSES = [
  'completionCard',
  'permanentExemption',
  'temporaryExemption',
  'educationalExemption',
  'serving',
  'notServed',
  'absentee',
  'other',
] as const;
/** A military-service status. */
export type MilitaryStatus = (typeof MILITARY_STATUSES)[number];

/** Sex, which decides whether Art. 9(ج) applies (SPEC D7: men only). */
export const SEXES = ['male', 'female'] as const;
/** Sex. */
export type Sex = (typeof SEXES)[number];

/** Religion, for Art. 9(پ). */
export const RELIGIONS = ['islam', 'other'] as const;
/** Religion. */
export type Religion = (typeof RELIGIONS)[number];

// ---------------------------------------------------------------------------
// Degrees (Art. 9(ت), Art. 10(ب), SPEC D4)

const awardedShape = {
  /** Whether the degree has been awarded (a degree still being studied: `false`). */
  awarded: z.optional(z.boolean()),
  /** The date it was awarded; when given it decides, on `asOf`, whether the degree is held. */
  awardedOn: z.optional(dateSchema),
};

/** A university degree. */
export const UniversityDegreeSchema = z.object({
  kind: z.literal('university'),
  level: z.optional(z.enum(UNIVERSITY_LEVELS)),
  field: z.optional(z.enum(DEGREE_FIELDS)),
  ...awardedShape,
});

/** A seminary degree (its subject does not matter, SPEC D4). */
export const SeminaryDegreeSchema = z.object({
  kind: z.literal('seminary'),
  level: z.optional(z.literal(SEMINARY_LEVELS)),
  field: z.optional(z.enum(DEGREE_FIELDS)),
  ...awardedShape,
});

/** A degree: university or seminary. */
export const DegreeSchema = z.discriminatedUnion('kind', [UniversityDegreeSchema, SeminaryDegreeSchema]);
/** A degree as the caller gives it. */
export type DegreeInput = z.input<typeof DegreeSchema>;
/** A degree as the rules read it. */
export type ParsedDegree = z.output<typeof DegreeSchema>;

// ---------------------------------------------------------------------------
// The person (Arts. 9 and 11)

/**
 * What is known of an applicant or licensee. Every fact is optional; left out it is
 * unknown. Negative conditions are asked as the fact a record would hold (`true` = has
 * it = the condition is unmet).
 */
export const PersonFactsSchema = z.object({
  /** Art. 9(الف): holds the nationality of the Islamic Republic of Iran. */
  iranianNationality: z.optional(z.boolean()),
  /** Art. 9(ب): adheres to the Constitution. */
  adheresToConstitution: z.optional(z.boolean()),
  /** Art. 9(پ): religion. */
  religion: z.optional(z.enum(RELIGIONS)),
  /** Art. 9(پ): practical commitment to Islamic precepts and ethics. */
  practisesIslam: z.optional(z.boolean()),
  /** Art. 9(ت), Art. 10(ب): every degree held or being studied (an empty list: none). */
  degrees: z.optional(z.array(DegreeSchema)),
  /** Art. 9(ث): date of birth. */
  birthDate: z.optional(dateSchema),
  /** Art. 9(ج): sex (the clause applies to men, SPEC D7). */
  sex: z.optional(z.enum(SEXES)),
  /** Art. 9(ج): military-service status. */
  militaryService: z.optional(z.enum(MILITARY_STATUSES)),
  /** Art. 9(چ): convicted to permanent dismissal from state and public service. */
  permanentDismissalConviction: z.optional(z.boolean()),
  /** Art. 9(ح): holds a computer-skills certificate from a recognised body. */
  computerSkillsCertificate: z.optional(z.boolean()),
  /** Art. 9(خ): has an effective criminal record (سوء پیشینه موثر کیفری). */
  effectiveCriminalRecord: z.optional(z.boolean()),
  /** Art. 9(د): addicted to narcotics. */
  drugAddiction: z.optional(z.boolean()),
  /** Art. 9(ذ): member or supporter of parties or groups opposed to the Islamic Republic. */
  opposingGroupAffiliation: z.optional(z.boolean()),
  /**
   * Art. 11(الف): currently employed by a body of Art. 5 of the Civil Service Management
   * Act or Art. 29 of the Sixth Development Plan Act (SPEC D8: while employed).
   */
  stateEmployee: z.optional(z.boolean()),
  /** Art. 11(ب): currently engaged in commerce within Art. 2 of the Commercial Code (brokerage included). */
  engagedInCommerce: z.optional(z.boolean()),
  /** Art. 11(پ): currently a practising attorney (وکیل). */
  attorney: z.optional(z.boolean()),
  /** Art. 11(پ): currently an official expert of the judiciary (کارشناس رسمی دادگستری). */
  officialExpert: z.optional(z.boolean()),
});
/** What is known of a person, as the caller gives it. */
export type PersonFacts = z.input<typeof PersonFactsSchema>;
/** What is known of a person, as the rules read it (dates as day numbers). */
export type ParsedPersonFacts = z.output<typeof PersonFactsSchema>;

// ---------------------------------------------------------------------------
// Options

/** How an anniversary that falls on a day the month lacks is landed (SPEC D3). */
export const OverflowSchema = z.enum(['nextMonth', 'clamp']);

/** Options of an eligibility check. */
export const EligibilityOptionsSchema = z.strictObject({
  /** SPEC D3: `nextMonth` (default) or `clamp`, for the date an age is reached. */
  overflow: z.optional(OverflowSchema),
});

/** The input of {@link checkEligibility}. */
export const EligibilityInputSchema = z.object({
  role: z.enum(ROLES),
  asOf: dateSchema,
  person: PersonFactsSchema,
  options: z.optional(EligibilityOptionsSchema),
});
/** The input of `checkEligibility`. */
export type EligibilityInput = z.input<typeof EligibilityInputSchema>;
/** The parsed input of `checkEligibility`. */
export type ParsedEligibilityInput = z.output<typeof EligibilityInputSchema>;

/** A whole registration round. */
export const EligibilityBatchInputSchema = z.array(EligibilityInputSchema);
/** The input of `checkEligibilityBatch`. */
export type EligibilityBatchInput = z.input<typeof EligibilityBatchInputSchema>;

// ---------------------------------------------------------------------------
// Experience (Art. 10(ب), SPEC D5)

const PERIOD_ORDER = {
  code: 'period_order',
  expected: { en: 'an end on or after the start of the period', fa: 'پایانی هم‌زمان یا پس از آغاز دوره' },
};

/**
 * A period of work. `end` left out: the work goes on. `related` is the caller's fact
 * (whether the work is related, Art. 10(ب)); left out it is unknown.
 */
export const WorkPeriodSchema = z.object({
  start: dateSchema,
  end: z.optional(dateSchema),
  related: z.optional(z.boolean()),
}).check(
  z.superRefine((p: { start: number; end?: number | undefined }, ctx) => {
    // A period without an end (which goes on) is compared with its own start: never out of order.
    const end = p.end ?? p.start;
    if (end < p.start) {
      ctx.issues.push({
        code: 'custom',
        path: ['end'],
        input: formatDayNumber(end),
        message: PERIOD_ORDER.expected.en,
        params: { ...PERIOD_ORDER, detail: { en: 'the period ends before it starts', fa: 'دوره پیش از آغاز به پایان رسیده است' } },
      });
    }
  }),
);
/** A period of work as the caller gives it. */
export type WorkPeriodInput = z.input<typeof WorkPeriodSchema>;
/** A period of work as the rules read it. */
export type ParsedWorkPeriod = z.output<typeof WorkPeriodSchema>;

/** Options of the experience rule. */
export const ExperienceOptionsSchema = z.strictObject({
  /** SPEC D5: days in a year of experience (default 365). */
  daysPerYear: z.optional(z.int().check(z.minimum(1), z.maximum(366))),
});

/** The input of {@link assessExperience}. */
export const ExperienceInputSchema = z.object({
  asOf: dateSchema,
  degrees: z.optional(z.array(DegreeSchema)),
  periods: z.optional(z.array(WorkPeriodSchema)),
  options: z.optional(ExperienceOptionsSchema),
});
/** The input of `assessExperience`. */
export type ExperienceInput = z.input<typeof ExperienceInputSchema>;
/** The parsed input of `assessExperience`. */
export type ParsedExperienceInput = z.output<typeof ExperienceInputSchema>;

// ---------------------------------------------------------------------------
// The licence (Art. 10)

/**
 * The exam fact (Art. 10(الف)): a sitting already graded (`{ passed }`), or the
 * candidate's standardized score with every standardized score of the sitting, the
 * candidate's own included (graded by the exam cut-off rule, SPEC D6). Left out: unknown.
 */
export const ExamFactSchema = z.object({
  /** The sitting's verdict, when it has been graded already. */
  passed: z.optional(z.boolean()),
  /** The candidate's standardized score (نمره تراز). */
  score: z.optional(finiteNumber),
  /** Every standardized score of the sitting, the candidate's own included. */
  sittingScores: z.optional(z.array(finiteNumber).check(z.minLength(1))),
}).check(
  z.superRefine((e: { passed?: boolean | undefined; score?: number | undefined; sittingScores?: number[] | undefined }, ctx) => {
    const issue = (path: string, input: unknown, code: string, en: string, fa: string): void => {
      ctx.issues.push({ code: 'custom', path: [path], input, message: en, params: { code, expected: { en, fa } } });
    };
    if (e.passed !== undefined) {
      if (e.score !== undefined || e.sittingScores !== undefined) {
        issue('passed', e.passed, 'exam_forms', 'either { passed } or { score, sittingScores }, not both', 'یا { passed } یا { score, sittingScores }، نه هر دو');
      }
      return;
    }
    if (e.score === undefined) issue('score', undefined, 'exam_score', 'a score (or give { passed })', 'نمره (یا { passed })');
    if (e.sittingScores === undefined) issue('sittingScores', undefined, 'exam_sitting', "the sitting's scores (or give { passed })", 'نمره‌های همان نوبت (یا { passed })');
    if (e.score !== undefined && e.sittingScores !== undefined && !e.sittingScores.includes(e.score)) {
      issue('score', e.score, 'score_not_in_sitting', 'one of the scores in sittingScores', 'یکی از نمره‌های sittingScores');
    }
  }),
);
/** The exam fact as the caller gives it. */
export type ExamFact = z.input<typeof ExamFactSchema>;

/** Options of a licence check. */
export const LicenceOptionsSchema = z.strictObject({
  overflow: z.optional(OverflowSchema),
  daysPerYear: z.optional(z.int().check(z.minimum(1), z.maximum(366))),
});

/** The experience fact of a licence: the applicant's periods of work. */
export const LicenceExperienceSchema = z.object({ periods: z.array(WorkPeriodSchema) });

/** The input of {@link checkLicence}. */
export const LicenceInputSchema = z.object({
  asOf: dateSchema,
  person: PersonFactsSchema,
  exam: z.optional(ExamFactSchema),
  experience: z.optional(LicenceExperienceSchema),
  options: z.optional(LicenceOptionsSchema),
});
/** The input of `checkLicence`. */
export type LicenceInput = z.input<typeof LicenceInputSchema>;
/** The parsed input of `checkLicence`. */
export type ParsedLicenceInput = z.output<typeof LicenceInputSchema>;

/** A whole round of licence applications. */
export const LicenceBatchInputSchema = z.array(LicenceInputSchema);
/** The input of `checkLicenceBatch`. */
export type LicenceBatchInput = z.input<typeof LicenceBatchInputSchema>;

// ---------------------------------------------------------------------------
// Continuing eligibility (Art. 45)

/** How a period that starts at a notification is counted (SPEC D13). */
export const CountingSchema = z.enum(['civilProcedure', 'lastCountedDay']);

/** Options of the Art. 45 check. */
export const ContinuingOptionsSchema = z.strictObject({
  overflow: z.optional(OverflowSchema),
  daysPerYear: z.optional(z.int().check(z.minimum(1), z.maximum(366))),
  /** SPEC D13: how the 20 days of the appeal are counted (default `civilProcedure`). */
  counting: z.optional(CountingSchema),
  /** The closed days of the appeal's 20 days: `official` (default) or `fridaysOnly` (docs/deadlines.md). */
  calendar: CalendarChoiceSchema,
  /**
   * A condition lacking when the licence was issued but held now: `noGround` (default,
   * the present-perfect reading of Art. 45, «فاقد شرایط بوده است»: still lacking) or
   * `ground` (lacking at issuance suffices).
   */
  curedDefects: z.optional(z.enum(['noGround', 'ground'])),
});

/** What is known of the licence: when it was issued and the facts as they stood then. */
export const LicenceRecordSchema = z.object({
  issuedOn: z.optional(dateSchema),
  /** The person's facts on the day of issue (birth date is taken from `person` when left out). */
  person: z.optional(PersonFactsSchema),
  /** The exam on which the licence was issued (Art. 10(الف)). */
  exam: z.optional(ExamFactSchema),
  /** The experience on which it was issued (Art. 10(ب)), counted up to the day of issue. */
  experience: z.optional(LicenceExperienceSchema),
});

/** The input of {@link checkContinuingEligibility}. */
export const ContinuingInputSchema = z.object({
  asOf: dateSchema,
  person: PersonFactsSchema,
  licence: z.optional(LicenceRecordSchema),
  /** The day the revocation ruling was notified to the manager (starts the 20 days). */
  notifiedOn: z.optional(dateSchema),
  /** The caller's closed days, added to Fridays and (by default) the official holidays (SPEC D13). */
  holidays: z.optional(z.array(dateSchema)),
  /** Uncovered Jalali years whose closed days `holidays` gives completely (docs/deadlines.md). */
  completeYears: CompleteYearsSchema,
  options: z.optional(ContinuingOptionsSchema),
});
/** The input of `checkContinuingEligibility`. */
export type ContinuingInput = z.input<typeof ContinuingInputSchema>;
/** The parsed input of `checkContinuingEligibility`. */
export type ParsedContinuingInput = z.output<typeof ContinuingInputSchema>;
