/**
 * Fees (Arts. 13, 14; SPEC D14): the tariff in force, what the applicant pays, what the
 * Association pays for an exempt applicant, and whether a collection was lawful.
 */
export { RialsSchema } from './money.js';
export { TariffSchema, TariffTableSchema, TariffLookupInputSchema, tariffInForce } from './tariff.js';
export type { TariffTableInput, TariffTable, TariffLookupInput, TariffInForce } from './tariff.js';
export {
  ExemptGroupSchema,
  ConfirmingBodySchema,
  EXEMPTION_EVIDENCE,
  ExemptionClaimSchema,
  FeeAssessmentInputSchema,
  FeeCollectionSchema,
  FeeCollectionInputSchema,
  assessFee,
  checkFeeCollection,
} from './assessment.js';
export type {
  ExemptGroup,
  ConfirmingBody,
  FeeAssessmentInput,
  FeeCollectionInput,
  FeeAssessment,
  FeeAssessmentStatus,
  FeeAssessmentDecision,
  FeeCollectionCheck,
  FeeCollectionStatus,
  FeeCollectionDecision,
} from './assessment.js';
