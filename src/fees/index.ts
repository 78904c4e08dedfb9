/**
 * Fees (Arts. 13, 14; SPEC D14): the tariff in force, what the applicant pays, what the
 * Association pays for an exempt applicant, and whether a collection was lawful. The
 * public surface: the inputs (./schemas.ts), the rules (./tariff.ts, ./assessment.ts).
 */
export { RialsSchema } from './money.js';
export {
  TariffSchema,
  TariffTableSchema,
  TariffLookupInputSchema,
  ExemptGroupSchema,
  ConfirmingBodySchema,
  ExemptionClaimSchema,
  FeeAssessmentInputSchema,
  FeeCollectionSchema,
  FeeCollectionInputSchema,
} from './schemas.js';
export type { TariffTableInput, TariffTable, TariffLookupInput, ExemptGroup, ConfirmingBody, FeeAssessmentInput, FeeCollectionInput } from './schemas.js';
export { tariffInForce } from './tariff.js';
export type { TariffInForce } from './tariff.js';
export { EXEMPTION_EVIDENCE, assessFee, checkFeeCollection } from './assessment.js';
export type {
  FeeAssessment,
  FeeAssessmentStatus,
  FeeAssessmentDecision,
  FeeCollectionCheck,
  FeeCollectionStatus,
  FeeCollectionDecision,
} from './assessment.js';
