/**
 * Input schemas of the earlier instruction's rule set (zod/mini). The applicant's facts
 * are the regulation's `PersonFactsSchema` extended with the facts only the instruction
 * asks about, so the same record can be judged under both rule sets (the regulation's
 * functions drop the extra keys). Every fact is optional: left out, it is unknown.
 */
import * as z from 'zod/mini';
import { countSchema, dateSchema } from '../core/schemas.js';
import { LicenceExperienceSchema, OverflowSchema, PersonFactsSchema, ExamFactSchema } from '../eligibility/schemas.js';

/**
 * The four posts of the instruction (Arts. 3–7): the office manager (مدیر دفتر), the legal
 * expert (کارشناس حقوقی), the IT expert (کارشناس فناوری اطلاعات) and the clerical staff
 * (کارمندان دفتری).
 */
export const INSTRUCTION_POSTS = ['manager', 'legalExpert', 'itExpert', 'clerical'] as const;
/** A post of the instruction. */
export type InstructionPost = (typeof INSTRUCTION_POSTS)[number];

/**
 * What is known of a person, for the instruction: every fact of the regulation's
 * `PersonFacts` (those the two texts share are read the same way) and these:
 */
export const InstructionPersonFactsSchema = z.extend(PersonFactsSchema, {
  /** Art. 4(2): practical commitment to velayat-e faqih (ولایت فقیه), besides the Constitution (`adheresToConstitution`). */
  adheresToVelayatFaqih: z.optional(z.boolean()),
  /**
   * Art. 4(5): has any criminal record (سوءپیشینه کیفری). The regulation's Art. 9(خ) asks
   * only about an *effective* record (`effectiveCriminalRecord`); an effective record is a
   * record, so `effectiveCriminalRecord: true` settles this one too, but `false` does not.
   */
  criminalRecord: z.optional(z.boolean()),
  /** Art. 4(7): has the physical and mental capacity required (توانایی جسمی و روحی لازم). */
  physicallyAndMentallyFit: z.optional(z.boolean()),
  /**
   * Arts. 5(4), 6(3), 7(3): basic computer knowledge and skills approved by the
   * Directorate-General for the post. Not the regulation's certificate from a recognised
   * body (`computerSkillsCertificate`), which does not settle it.
   */
  computerSkillsApproved: z.optional(z.boolean()),
  /** Art. 8(1): currently an adviser «موضوع ماده ۱۸۷» (the text names no act). */
  article187Adviser: z.optional(z.boolean()),
  /** Art. 8(2): a judge or notary (سردفتر) finally sentenced to permanent dismissal (انفصال دائم). */
  dismissedJudgeOrNotary: z.optional(z.boolean()),
  /** Art. 5, note: has service records approved by the Directorate-General (a priority, not a condition). */
  approvedServiceRecord: z.optional(z.boolean()),
});
/** What is known of a person, for the instruction, as the caller gives it. */
export type InstructionPersonFacts = z.input<typeof InstructionPersonFactsSchema>;
/** The same, as the rules read it. */
export type ParsedInstructionPersonFacts = z.output<typeof InstructionPersonFactsSchema>;

/**
 * How Art. 7(1) is read for the IT expert and the clerical staff. `asWritten` (default):
 * as the text writes it, the same degree as the manager's — a bachelor's or higher in a
 * field related to law, fiqh or judicial sciences, or seminary level 2 or higher.
 * `anyField`: the level alone (a bachelor's or higher in any field, or seminary level 2
 * or higher), for a reader who takes the list of fields as copied from Art. 5 by mistake.
 */
export const Art7DegreeReadingSchema = z.enum(['asWritten', 'anyField']);
/** A reading of Art. 7(1). */
export type Art7DegreeReading = z.output<typeof Art7DegreeReadingSchema>;

/** Options of an eligibility check under the instruction. */
export const InstructionEligibilityOptionsSchema = z.strictObject({
  /** SPEC D3: `nextMonth` (default) or `clamp`, for the date an age is reached. */
  overflow: z.optional(OverflowSchema),
  /** SPEC D5: days in a year of experience (default 365). */
  daysPerYear: z.optional(z.int().check(z.minimum(1), z.maximum(366))),
  /** Art. 7(1): `asWritten` (default) or `anyField`. */
  art7Degree: z.optional(Art7DegreeReadingSchema),
});

/** The input of {@link checkEligibilityUnderInstruction}. */
export const InstructionEligibilityInputSchema = z.object({
  post: z.enum(INSTRUCTION_POSTS),
  asOf: dateSchema,
  person: InstructionPersonFactsSchema,
  /** The manager's related work (Art. 5(3)), as the regulation's licence takes it: `{ periods }`. */
  experience: z.optional(LicenceExperienceSchema),
  options: z.optional(InstructionEligibilityOptionsSchema),
});
/** The input of `checkEligibilityUnderInstruction`. */
export type InstructionEligibilityInput = z.input<typeof InstructionEligibilityInputSchema>;
/** The parsed input. */
export type ParsedInstructionEligibilityInput = z.output<typeof InstructionEligibilityInputSchema>;

/** One person on an office's staff list (Art. 3). */
export const InstructionStaffMemberSchema = z.strictObject({
  /** The person's id (optional; needed to see one person listed in two posts). */
  id: z.optional(z.string().check(z.minLength(1))),
  post: z.enum(INSTRUCTION_POSTS),
  /** For the manager: whether present in the office full time (Art. 3). */
  fullTime: z.optional(z.boolean()),
  /** The person's facts; when given, the conditions of the post (Arts. 4–8) are checked. */
  person: z.optional(InstructionPersonFactsSchema),
  /** The manager's related work (Art. 5(3)). */
  experience: z.optional(LicenceExperienceSchema),
});

/** The input of {@link instructionStaffing}. */
export const InstructionStaffingInputSchema = z.strictObject({
  asOf: dateSchema,
  staff: z.array(InstructionStaffMemberSchema),
  options: z.optional(
    z.strictObject({
      /**
       * Let one person fill two posts. Default `false`: Art. 3 asks for the staff «علاوه
       * بر مدیر دفتر» (besides the manager) and counts each post apart.
       */
      allowDualRoles: z.optional(z.boolean()),
      overflow: z.optional(OverflowSchema),
      daysPerYear: z.optional(z.int().check(z.minimum(1), z.maximum(366))),
      art7Degree: z.optional(Art7DegreeReadingSchema),
    }),
  ),
});
/** The input of `instructionStaffing`. */
export type InstructionStaffingInput = z.input<typeof InstructionStaffingInputSchema>;

/** A measure of Art. 23: 1 (oral warning) … 6 (permanent revocation). */
export const InstructionMeasureSchema = z.int().check(z.minimum(1), z.maximum(6));

/** The input of {@link checkInstructionSuspension}. */
export const InstructionSuspensionInputSchema = z.strictObject({
  /** The length chosen, in whole months. */
  months: countSchema,
  /** The day the suspension starts (for its end date). */
  start: z.optional(dateSchema),
  options: z.optional(z.strictObject({ overflow: z.optional(OverflowSchema) })),
});
/** The input of `checkInstructionSuspension`. */
export type InstructionSuspensionInput = z.input<typeof InstructionSuspensionInputSchema>;

/** The input of {@link instructionAppealability}: the measure imposed (left out: unknown). */
export const InstructionAppealabilityInputSchema = z.strictObject({
  measure: z.optional(InstructionMeasureSchema),
});
/** The input of `instructionAppealability`. */
export type InstructionAppealabilityInput = z.input<typeof InstructionAppealabilityInputSchema>;

/** Who committed the offence: the office manager or one of the staff (Art. 25 covers both). */
export const OFFENDERS = ['manager', 'staff'] as const;
/** Who committed the offence. */
export type Offender = (typeof OFFENDERS)[number];

/** A prior disciplinary conviction (Art. 26 note 3). */
export const InstructionPriorSchema = z.strictObject({
  /** The measure imposed (1–6). */
  measure: InstructionMeasureSchema,
  /** The day the ruling became final (قطعیت). */
  finalOn: z.optional(dateSchema),
});

/** The input of {@link instructionSentence}. */
export const InstructionSentenceInputSchema = z.strictObject({
  offender: z.optional(z.enum(OFFENDERS)),
  /** The day the new offence was committed. */
  offenceOn: z.optional(dateSchema),
  /** The offender's prior conviction, if any (left out: none known). */
  prior: z.optional(InstructionPriorSchema),
  /** Whether the complaint was withdrawn (Art. 26 note 2). */
  complaintWithdrawn: z.optional(z.boolean()),
  /** The measure the board chose, to check it against the range. */
  chosenMeasure: z.optional(InstructionMeasureSchema),
});
/** The input of `instructionSentence`. */
export type InstructionSentenceInput = z.input<typeof InstructionSentenceInputSchema>;

/** The input of {@link compareRuleSets}. */
export const CompareRuleSetsInputSchema = z.object({
  post: z.enum(INSTRUCTION_POSTS),
  asOf: dateSchema,
  person: InstructionPersonFactsSchema,
  /** The related work (the regulation's Art. 10(ب), the instruction's Art. 5(3)); for the manager. */
  experience: z.optional(LicenceExperienceSchema),
  /** The regulation's exam (Art. 10(الف)); for the manager. The instruction has no exam. */
  exam: z.optional(ExamFactSchema),
  options: z.optional(InstructionEligibilityOptionsSchema),
});
/** The input of `compareRuleSets`. */
export type CompareRuleSetsInput = z.input<typeof CompareRuleSetsInputSchema>;
