/**
 * The inputs of the fee rules (Arts. 13, 14): the tariff table and a look-up in it, an
 * exemption claim of Art. 14 and its evidence, an assessment, what an office collected.
 */
import * as z from 'zod/mini';
import { formatDayNumber } from '../_lib/jalali.js';
import { dateSchema } from '../core/schemas.js';
import type { Bilingual } from '../core/text.js';
import { RialsSchema } from './money.js';

// ---------------------------------------------------------------------------
// The tariff table (Art. 13)

const EXPECTED_UNIQUE_FROM: Bilingual = {
  en: 'a date no other tariff of the table starts on',
  fa: 'تاریخی که تعرفه دیگری از جدول در آن آغاز نشود',
};

/** One tariff: the amount of each service (by the caller's service code), from a date. */
export const TariffSchema = z.strictObject({
  /** The first day this tariff is in force (Jalali `YYYY/MM/DD` or a `Date`). */
  effectiveFrom: dateSchema,
  /** The amount of each service in rials, keyed by the caller's service code. */
  services: z.record(z.string().check(z.minLength(1)), RialsSchema),
  /** The approval it rests on (Art. 13), free text, carried through to the answer. */
  reference: z.optional(z.string()),
});

/**
 * A dated tariff table: several tariffs side by side (one per year, say). Each is in
 * force from its `effectiveFrom` until the day before the next one's; two tariffs may
 * not start on the same day.
 */
export const TariffTableSchema = z.array(TariffSchema).check(
  z.superRefine((table, ctx) => {
    const seen = new Set<number>();
    table.forEach((t, i) => {
      if (seen.has(t.effectiveFrom)) {
        ctx.issues.push({
          code: 'custom',
          path: [i, 'effectiveFrom'],
          input: formatDayNumber(t.effectiveFrom),
          message: EXPECTED_UNIQUE_FROM.en,
          params: { code: 'duplicate_tariff_date', expected: EXPECTED_UNIQUE_FROM },
        });
      }
      seen.add(t.effectiveFrom);
    });
  }),
);

/** A tariff table as the caller gives it. */
export type TariffTableInput = z.input<typeof TariffTableSchema>;

/** A tariff table after parsing (dates as day numbers). */
export type TariffTable = z.output<typeof TariffTableSchema>;

/** The input of {@link tariffInForce}. */
export const TariffLookupInputSchema = z.strictObject({
  tariffs: TariffTableSchema,
  /** The caller's service code. */
  service: z.string().check(z.minLength(1)),
  /** The day the service is given. */
  on: dateSchema,
});

/** The input of {@link tariffInForce}. */
export type TariffLookupInput = z.input<typeof TariffLookupInputSchema>;

// ---------------------------------------------------------------------------
// Art. 14: the exempt groups and the evidence each needs

/**
 * The three groups Art. 14 exempts from the offices' tariff:
 * - `reliefCommittee`: people covered by the Imam Khomeini Relief Committee;
 * - `welfarePensioner`: pension-receiving clients of the Welfare Organization;
 * - `indigentPrisoner`: indigent prisoners, confirmed by the Prisons Organization.
 */
export const ExemptGroupSchema = z.enum(['reliefCommittee', 'welfarePensioner', 'indigentPrisoner']);

/** An exempt group of Art. 14. */
export type ExemptGroup = z.output<typeof ExemptGroupSchema>;

/** The bodies whose confirmation proves membership of an exempt group. */
export const ConfirmingBodySchema = z.enum(['reliefCommittee', 'welfareOrganization', 'prisonsOrganization']);

/** A body that confirms membership of an exempt group. */
export type ConfirmingBody = z.output<typeof ConfirmingBodySchema>;


// ---------------------------------------------------------------------------
// Input

/** An applicant's claim to an exemption of Art. 14 and its evidence. */
export const ExemptionClaimSchema = z.strictObject({
  /** The group the applicant claims to belong to. */
  group: ExemptGroupSchema,
  /**
   * The body that confirmed the claim (by its document or the electronic enquiry of
   * Art. 14 para. 2); `null` or absent when nothing confirms it yet: an unproven claim
   * is not an exemption, and the applicant pays the tariff.
   */
  confirmedBy: z.optional(z.nullable(ConfirmingBodySchema)),
});

/** The input of {@link assessFee}. */
export const FeeAssessmentInputSchema = z.strictObject({
  /** The day the service is given (chooses the tariff in force). */
  serviceDate: dateSchema,
  /** The caller's service code (needed with `tariffs`). */
  service: z.optional(z.string().check(z.minLength(1))),
  /** The office's tariff for this service in rials, when the caller has it at hand. */
  tariff: z.optional(RialsSchema),
  /** Or a dated tariff table (give `tariff` or `tariffs`, not both). */
  tariffs: z.optional(TariffTableSchema),
  /** The judicial costs (هزینه خدمات قضایی, Art. 1(ژ)) the system computed, in rials. */
  judicialCosts: z.optional(RialsSchema),
  /** The applicant's exemption claim, if any. */
  exemption: z.optional(ExemptionClaimSchema),
});

/** The input of {@link assessFee}. */
export type FeeAssessmentInput = z.input<typeof FeeAssessmentInputSchema>;

/** What the office collected from the applicant for the service. */
export const FeeCollectionSchema = z.strictObject({
  /** The office's fee taken from the applicant, in rials. */
  officeFee: z.optional(RialsSchema),
  /** The judicial costs taken from the applicant, in rials. */
  judicialCosts: z.optional(RialsSchema),
  /** Whether the applicant was given a receipt for the sums (Art. 13 note 1, Art. 35(ت)). */
  receiptIssued: z.optional(z.boolean()),
  /** How the sums were received: by a method the Center set, or otherwise (Art. 13 note 1). */
  method: z.optional(z.enum(['centerMethod', 'other'])),
});

/** The input of {@link checkFeeCollection}: the assessment's input and what was collected. */
export const FeeCollectionInputSchema = z.extend(FeeAssessmentInputSchema, {
  collected: FeeCollectionSchema,
});

/** The input of {@link checkFeeCollection}. */
export type FeeCollectionInput = z.input<typeof FeeCollectionInputSchema>;
