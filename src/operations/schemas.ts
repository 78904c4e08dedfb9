/**
 * The inputs of the operations rules (Arts. 3–4, 8, 17–28, 47): the filing log, the staff
 * list, the ranking indices and offices, the boards and their sittings, votes, chairs and
 * rulings, the Center's calendar — with the refinements they check.
 */
import * as z from 'zod/mini';
import { CLAUSE_LETTERS } from '../core/citation.js';
import { type Bilingual } from '../core/text.js';
import { checkUniqueIds, pushIssue } from './shared.js';
import { formatDayNumber, parseJalali } from '../_lib/jalali.js';
import { REGULATION_1401 } from '../core/decision.js';
import { dateSchema, finiteNumber } from '../core/schemas.js';
import { REGULATION_DATES } from '../params.js';

// ---------------------------------------------------------------------------
// boards.ts

// ---------------------------------------------------------------------------
// Input

/** A first-instance board (Art. 23) or the appeal board (Art. 24). */
export const BoardLevelSchema = z.enum(['firstInstance', 'appeal']);

/** A board's level. */
export type BoardLevel = z.output<typeof BoardLevelSchema>;

/** Where a board sits (Art. 22): Tehran, a provincial capital, or elsewhere. */
export const BoardLocationSchema = z.enum(['tehran', 'provincialCapital', 'elsewhere']);

/** What a member is: a judge, the Association's representative, or the Center's. */
export const BoardMemberKindSchema = z.enum(['judge', 'associationRepresentative', 'centerRepresentative']);

/** A board member's kind. */
export type BoardMemberKind = z.output<typeof BoardMemberKindSchema>;

/** One member of a board, principal or alternate, with the facts its seat needs. */
export const BoardMemberSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  kind: BoardMemberKindSchema,
  /** An alternate member (عضو علی البدل, Art. 25). Default `false`. */
  alternate: z.optional(z.boolean()),
  /** Judges: selected by the Head of the Judiciary (Arts. 23, 24). */
  selectedByHeadOfJudiciary: z.optional(z.boolean()),
  /** Judges: judicial grade (پایه قضایی); the appeal board needs 9 or higher (Art. 24). */
  judicialGrade: z.optional(z.int().check(z.minimum(1))),
  /** The Association's representative: an office manager (Art. 23). */
  officeManager: z.optional(z.boolean()),
  /** The Association's representative: a member of the Association's board of directors (must not be, Art. 23). */
  onAssociationBoardOfDirectors: z.optional(z.boolean()),
});

/** A board: its level, where it sits, and its members. */
export const BoardSchema = z.strictObject({
  level: BoardLevelSchema,
  location: z.optional(BoardLocationSchema),
  members: z.array(BoardMemberSchema).check(z.superRefine((members, ctx) => checkUniqueIds(ctx, members, []))),
});

/** A board as the caller gives it. */
export type BoardInput = z.input<typeof BoardSchema>;

export type Board = z.output<typeof BoardSchema>;

export const EXPECTED_MEMBER: Bilingual = { en: "the id of one of the board's members", fa: 'شناسه یکی از اعضای هیات' };

export const EXPECTED_ONE_VOTE: Bilingual = { en: 'one vote per member', fa: 'یک رأی برای هر عضو' };

export function memberIds(board: Board): Set<string> {
  return new Set(board.members.map((m) => m.id));
}

/** The input of {@link checkBoardComposition}. */
export const BoardCompositionInputSchema = z.strictObject({ board: BoardSchema });

/** The input of {@link checkBoardComposition}. */
export type BoardCompositionInput = z.input<typeof BoardCompositionInputSchema>;

/** The input of {@link checkBoardSitting}: the board and the ids of the members present. */
export const BoardSittingInputSchema = z
  .strictObject({
    board: BoardSchema,
    present: z.array(z.string()),
  })
  .check(
    z.superRefine((s, ctx) => {
      const ids = memberIds(s.board);
      s.present.forEach((id, i) => {
        if (!ids.has(id)) pushIssue(ctx, ['present', i], id, EXPECTED_MEMBER, 'unknown_member');
      });
    }),
  );

/** The input of {@link checkBoardSitting}. */
export type BoardSittingInput = z.input<typeof BoardSittingInputSchema>;

/** One member's vote on a ruling. */
export const BoardVoteCastSchema = z.strictObject({
  member: z.string(),
  /** What the member votes for (the caller's label: a grade, "acquit", a draft's id). */
  choice: z.string().check(z.minLength(1)),
});

export function checkVoters(
  s: { board: Board; present: readonly string[]; votes: readonly { member: string }[] },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  const ids = memberIds(s.board);
  s.present.forEach((id, i) => {
    if (!ids.has(id)) pushIssue(ctx, ['present', i], id, EXPECTED_MEMBER, 'unknown_member');
  });
  const voted = new Set<string>();
  s.votes.forEach((v, i) => {
    if (!ids.has(v.member)) pushIssue(ctx, ['votes', i, 'member'], v.member, EXPECTED_MEMBER, 'unknown_member');
    else if (voted.has(v.member)) pushIssue(ctx, ['votes', i, 'member'], v.member, EXPECTED_ONE_VOTE, 'duplicate_vote');
    voted.add(v.member);
  });
}

/** The input of {@link tallyBoardVote}. */
export const BoardVoteInputSchema = z
  .strictObject({
    board: BoardSchema,
    present: z.array(z.string()),
    votes: z.array(BoardVoteCastSchema),
  })
  .check(z.superRefine((s, ctx) => checkVoters(s, ctx)));

/** The input of {@link tallyBoardVote}. */
export type BoardVoteInput = z.input<typeof BoardVoteInputSchema>;

/** The input of {@link electBoardChair}: each member's vote names a candidate (a member's id). */
export const BoardChairElectionInputSchema = z
  .strictObject({
    board: BoardSchema,
    present: z.array(z.string()),
    votes: z.array(z.strictObject({ member: z.string(), candidate: z.string() })),
  })
  .check(
    z.superRefine((s, ctx) => {
      checkVoters(s, ctx);
      const ids = memberIds(s.board);
      s.votes.forEach((v, i) => {
        if (!ids.has(v.candidate)) pushIssue(ctx, ['votes', i, 'candidate'], v.candidate, EXPECTED_MEMBER, 'unknown_member');
      });
    }),
  );

/** The input of {@link electBoardChair}. */
export type BoardChairElectionInput = z.input<typeof BoardChairElectionInputSchema>;

/** The articles of the regulation (Art. 54: «در ۵۴ ماده»). */
export const ARTICLE_COUNT = 54;

/** A rule of this regulation cited by a ruling. */
export const RegulationCitationSchema = z.strictObject({
  article: z.int().check(z.minimum(1), z.maximum(ARTICLE_COUNT)),
  clause: z.optional(z.enum([...CLAUSE_LETTERS, 'ز2'])),
  note: z.optional(z.int().check(z.minimum(1))),
  paragraph: z.optional(z.int().check(z.minimum(1))),
  grade: z.optional(z.int().check(z.minimum(1))),
});

/** The input of {@link checkBoardRuling}. */
export const BoardRulingInputSchema = z.strictObject({
  /** The ruling's reasoning (مستدل); its adequacy is for people to judge, its presence is checked. */
  reasons: z.optional(z.string()),
  /**
   * The rules the ruling applies (مستند به مقررات قانونی): citations of this regulation,
   * or any other law as text (e.g. "Civil Procedure Code, Art. 445").
   */
  citedRules: z.optional(z.array(z.union([RegulationCitationSchema, z.string().check(z.minLength(1))]))),
});

/** The input of {@link checkBoardRuling}. */
export type BoardRulingInput = z.input<typeof BoardRulingInputSchema>;

// ---------------------------------------------------------------------------
// calendar.ts

/** The Center's duties with a date. */
export const CenterDutySchema = z.enum([
  'servicesIdentification',
  'officeAdministrationInstruction',
  'exemptionEnquiry',
  'kioskInstruction',
  'exam',
  'yearlyPublication',
  'yearlyReport',
]);

/** A duty of the Center. */
export type CenterDuty = z.output<typeof CenterDutySchema>;

/** The day of approval as a day number (Art. 54: «در تاریخ ۲۳ / ۵ / ۱۴۰۱ به تصویب ... رسید»). */
export const APPROVED = /* @__PURE__ */ parseJalali(REGULATION_DATES.approval.value) as number;

export const nullableDate = z.optional(z.nullable(dateSchema));

export const EXPECTED_NOT_AFTER_AS_OF: Bilingual = { en: 'a date on or before asOf', fa: 'تاریخی تا asOf' };

export const EXPECTED_AFTER_APPROVAL: Bilingual = {
  en: `a date on or after the regulation's approval (${REGULATION_1401.approved})`,
  fa: `تاریخی از تصویب آیین‌نامه (${REGULATION_1401.approved}) به بعد`,
};

/** The input of {@link centerCalendar}. */
export const CenterCalendarInputSchema = z
  .strictObject({
    asOf: dateSchema,
    /** The day the regulation was communicated (ابلاغ); absent when unknown. */
    communicatedOn: z.optional(dateSchema),
    /** The last exam held (Art. 47(الف)); `null` when none since the communication; absent when unknown. */
    lastExamOn: nullableDate,
    /** The last yearly publication of Art. 47(ب); `null` when none yet; absent when unknown. */
    lastPublicationOn: nullableDate,
    /** The last yearly report of Art. 53; `null` when none yet; absent when unknown. */
    lastReportOn: nullableDate,
    /** When each one-off duty was done; `null` when not yet done; absent when unknown. */
    done: z.optional(
      z.strictObject({
        servicesIdentificationOn: nullableDate,
        officeAdministrationInstructionOn: nullableDate,
        exemptionEnquiryOn: nullableDate,
        kioskInstructionOn: nullableDate,
      }),
    ),
    options: z.optional(
      z.strictObject({
        overflow: z.optional(z.enum(['nextMonth', 'clamp'])),
        /**
         * A recurring duty last done before the regulation's approval (under the 1396
         * regulation it replaced, Art. 54): `ignore` (default) — it is not an act of this
         * regulation, so the first due date is the period after the communication;
         * `count` — the period runs from it, but nothing falls due before the communication.
         */
        earlierActs: z.optional(z.enum(['ignore', 'count'])),
      }),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      // A date absent or null (not done) is never after asOf, nor before the approval.
      const after = (path: (string | number)[], d: number | null | undefined): void => {
        const day = d ?? -Infinity;
        if (day > s.asOf) pushIssue(ctx, path, formatDayNumber(day), EXPECTED_NOT_AFTER_AS_OF, 'after_as_of');
      };
      const comm = s.communicatedOn ?? APPROVED;
      if (comm < APPROVED) pushIssue(ctx, ['communicatedOn'], formatDayNumber(comm), EXPECTED_AFTER_APPROVAL, 'before_approval');
      after(['communicatedOn'], s.communicatedOn);
      after(['lastExamOn'], s.lastExamOn);
      after(['lastPublicationOn'], s.lastPublicationOn);
      after(['lastReportOn'], s.lastReportOn);
      if (s.done !== undefined) for (const [k, v] of Object.entries(s.done)) after(['done', k], v);
    }),
  );

/** The input of {@link centerCalendar}. */
export type CenterCalendarInput = z.input<typeof CenterCalendarInputSchema>;

// ---------------------------------------------------------------------------
// filing.ts

/** Every step either route has. */
export const FilingStepSchema = z.enum([
  'documentsReceived',
  'identityVerified',
  'costsComputed',
  'paidElectronically',
  'convertedToElectronic',
  'shownToApplicant',
  'matchedWithOriginals',
  'trackingCodeIssued',
  'sent',
]);

/** A step of a filing. */
export type FilingStep = z.output<typeof FilingStepSchema>;

/** Through the portal (Art. 3) or through an office (Art. 4). */
export const FilingRouteSchema = z.enum(['portal', 'office']);

/** A filing route. */
export type FilingRoute = z.output<typeof FilingRouteSchema>;

/** The input of {@link checkFilingLog}. */
export const FilingLogInputSchema = z.strictObject({
  route: FilingRouteSchema,
  /** The steps the log records, in the order they happened. */
  events: z.array(FilingStepSchema),
  /**
   * The filing is still under way: steps after the last one recorded are pending rather
   * than missing. Default `false`.
   */
  inProgress: z.optional(z.boolean()),
  options: z.optional(
    z.strictObject({
      /** How Art. 4's order is read: `partial` (default) or `strict` (see {@link FilingOrderReading}). */
      order: z.optional(z.enum(['partial', 'strict'])),
    }),
  ),
});

/** The input of {@link checkFilingLog}. */
export type FilingLogInput = z.input<typeof FilingLogInputSchema>;

// ---------------------------------------------------------------------------
// ranking.ts

// ---------------------------------------------------------------------------
// Input

/**
 * The indices Art. 18 names: client satisfaction, number and type of disciplinary
 * offences, breadth and variety of free services to deprived people, inspection reports,
 * compliance with the rules; `other` for an index of the caller's own («از قبیل»).
 */
export const Article18BasisSchema = z.enum(['clientSatisfaction', 'offences', 'freeServices', 'inspectionReports', 'compliance', 'other']);

export const EXPECTED_SCALE: Bilingual = { en: 'a maximum greater than the minimum', fa: 'بیشینه‌ای بزرگ‌تر از کمینه' };

/**
 * One ranking index: its id, which Art. 18 index it measures, its weight, its scale and
 * its direction. A value `v` on the scale `[min, max]` counts `(v − min) / (max − min)`
 * when higher is better, `(max − v) / (max − min)` when lower is better (offences, say).
 */
export const RankingIndexSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  basis: z.optional(Article18BasisSchema),
  /** The weight (any non-negative number; weights are divided by their sum). */
  weight: finiteNumber.check(z.minimum(0)),
  scale: z
    .strictObject({ min: finiteNumber, max: finiteNumber })
    .check(
      z.superRefine((s, ctx) => {
        if (!(s.max > s.min)) pushIssue(ctx, ['max'], s.max, EXPECTED_SCALE, 'invalid_scale');
      }),
    ),
  direction: z.enum(['higherBetter', 'lowerBetter']),
});

/** A ranking index as the caller gives it. */
export type RankingIndexInput = z.input<typeof RankingIndexSchema>;

/** One office: its id, its value on each index, and the dates of its field inspections. */
export const RankedOfficeSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  /** The office's value on each index, keyed by the index's id; a value not given is unknown. */
  scores: z.record(z.string(), finiteNumber),
  /** The dates of the office's field inspections (Art. 17 note 1); absent when unknown. */
  fieldInspections: z.optional(z.array(dateSchema)),
});

export const EXPECTED_INDEX_ID: Bilingual = { en: 'the id of one of the indices', fa: 'شناسه یکی از شاخص‌ها' };

export const EXPECTED_WEIGHTS: Bilingual = { en: 'weights whose sum is greater than 0', fa: 'وزن‌هایی با جمع بزرگ‌تر از صفر' };

/** The input of {@link rankOffices}. */
export const OfficeRankingInputSchema = z
  .strictObject({
    /** The day of the ranking (and of the field-inspection count). */
    asOf: dateSchema,
    indices: z.array(RankingIndexSchema).check(z.minLength(1)),
    offices: z.array(RankedOfficeSchema).check(z.minLength(1)),
    options: z.optional(
      z.strictObject({
        /**
         * The "year" of Art. 17 note 1: `calendarYear` (default), the Jalali year of
         * `asOf` from Farvardin 1 to `asOf`; or `rolling12Months`, the twelve months
         * ending on `asOf`.
         */
        inspectionYear: z.optional(z.enum(['calendarYear', 'rolling12Months'])),
        /**
         * An office missing a value on an index of positive weight: `incomplete`
         * (default) leaves the national average unknown; `exclude` ranks the others
         * without it.
         */
        unscored: z.optional(z.enum(['incomplete', 'exclude'])),
        /** How twelve months back lands on a day the month lacks (SPEC D3). */
        overflow: z.optional(z.enum(['nextMonth', 'clamp'])),
        /**
         * Art. 19, a privilege for the best N offices when offices tied on the same rank
         * straddle N: `includeTied` (default) grants it to every office whose rank is N or
         * better, so more than N may get it; `excludeTied` withholds it from the whole tied
         * group, so no more than N get it.
         */
        tieAtLimit: z.optional(z.enum(['includeTied', 'excludeTied'])),
      }),
    ),
    /**
     * Privileges of Art. 19 the Center grants by the ranking («متناسب با رتبه بندی»), each
     * to the best `limit` offices (the regulation sets no number: the caller's).
     */
    privileges: z.optional(z.array(z.strictObject({ id: z.string().check(z.minLength(1)), limit: z.int().check(z.minimum(1)) }))),
  })
  .check(
    z.superRefine((s, ctx) => {
      checkUniqueIds(ctx, s.indices, ['indices']);
      checkUniqueIds(ctx, s.offices, ['offices']);
      let total = 0;
      for (const ix of s.indices) total += ix.weight;
      const negative = s.indices.some((ix) => !(ix.weight >= 0));
      if (!negative && !(total > 0)) pushIssue(ctx, ['indices'], total, EXPECTED_WEIGHTS, 'invalid_weights');
      const byId = new Map(s.indices.map((ix) => [ix.id, ix]));
      s.offices.forEach((o, i) => {
        for (const [key, v] of Object.entries(o.scores)) {
          const ix = byId.get(key);
          if (ix === undefined) {
            pushIssue(ctx, ['offices', i, 'scores', key], key, EXPECTED_INDEX_ID, 'unknown_index');
          } else if (v < ix.scale.min || v > ix.scale.max) {
            pushIssue(
              ctx,
              ['offices', i, 'scores', key],
              v,
              {
                en: `a value on the index's scale ${ix.scale.min}–${ix.scale.max}`,
                fa: `مقداری در مقیاس شاخص (${ix.scale.min} تا ${ix.scale.max})`,
              },
              'out_of_scale',
            );
          }
        }
      });
    }),
  );

/** The input of {@link rankOffices}. */
export type OfficeRankingInput = z.input<typeof OfficeRankingInputSchema>;

// ---------------------------------------------------------------------------
// staffing.ts

/** The three components of an office (Art. 8). */
export const StaffRoleSchema = z.enum(['manager', 'legalExpert', 'clerical']);

/** A role on an office's staff. */
export type StaffRole = z.output<typeof StaffRoleSchema>;

/** One person on the staff list. */
export const StaffMemberSchema = z.strictObject({
  /** The person's id (optional; needed to see one person listed in two roles). */
  id: z.optional(z.string().check(z.minLength(1))),
  role: StaffRoleSchema,
  /**
   * The person's facts for the conditions of a manager or legal expert (Arts. 9, 11), in
   * the form `checkEligibility` takes (`PersonFacts`); validated there, and an error names
   * `staff[i].person…`.
   */
  person: z.optional(z.unknown()),
});

export const EXPECTED_ONE_ENTRY: Bilingual = {
  en: 'one entry per person and role',
  fa: 'برای هر شخص در هر سمت یک مورد',
};

/** The input of {@link checkOfficeStaffing}. */
export const OfficeStaffingInputSchema = z.strictObject({
  /** The day the staff list speaks of. */
  asOf: dateSchema,
  /** Everyone working in the office, with their role. */
  staff: z.array(StaffMemberSchema).check(
    z.superRefine((staff, ctx) => {
      const seen = new Set<string>();
      staff.forEach((m, i) => {
        if (m.id === undefined) return;
        const key = `${m.role}\u0000${m.id}`;
        if (seen.has(key)) pushIssue(ctx, [i, 'id'], m.id, EXPECTED_ONE_ENTRY, 'duplicate_id');
        seen.add(key);
      });
    }),
  ),
  options: z.optional(
    z.strictObject({
      /**
       * Let one person fill two roles (say, manager and legal expert). Default `false`:
       * Art. 8 lists the roles as separate components of the office, and Art. 9(ث) sets
       * them different ages, so by default each role needs its own person.
       */
      allowDualRoles: z.optional(z.boolean()),
    }),
  ),
});

/** The input of {@link checkOfficeStaffing}. */
export type OfficeStaffingInput = z.input<typeof OfficeStaffingInputSchema>;
