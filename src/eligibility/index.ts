/**
 * Eligibility of an office's manager and legal expert (Arts. 9, 11), the experience of
 * Art. 10(ب), the licence (Art. 10) and continuing eligibility (Art. 45).
 */
export { checkEligibility, checkEligibilityBatch, type EligibilityDecision, type EligibilityValue } from './eligibility.js';
export { assessExperience, type ExperienceDecision, type ExperienceStatus, type ExperienceValue } from './experience.js';
export { checkLicence, checkLicenceBatch, type LicenceDecision, type LicenceValue } from './licence.js';
export {
  checkContinuingEligibility,
  type ContinuingDecision,
  type ContinuingStatus,
  type ContinuingValue,
  type GroundOrigin,
  type RevocationAppeal,
  type RevocationGround,
} from './continuing.js';
export { CONDITION_CITATIONS, CONDITION_KEYS, type ConditionKey } from './conditions.js';
export type { LicenceConditionKey, Remedy, RemedyAction } from './remedies.js';
export {
  ContinuingInputSchema,
  DEGREE_FIELDS,
  DegreeSchema,
  EligibilityBatchInputSchema,
  EligibilityInputSchema,
  ExamFactSchema,
  ExperienceInputSchema,
  LicenceBatchInputSchema,
  LicenceInputSchema,
  MILITARY_STATUSES,
  PersonFactsSchema,
  RELATED_FIELDS,
  ROLES,
  SEMINARY_LEVELS,
  UNIVERSITY_LEVELS,
  WorkPeriodSchema,
  type ContinuingInput,
  type DegreeField,
  type DegreeInput,
  type EligibilityBatchInput,
  type EligibilityInput,
  type ExamFact,
  type ExperienceInput,
  type LicenceBatchInput,
  type LicenceInput,
  type MilitaryStatus,
  type PersonFacts,
  type Religion,
  type Role,
  type SeminaryLevel,
  type Sex,
  type UniversityLevel,
  type WorkPeriodInput,
} from './schemas.js';
