/**
 * The earlier instruction as a second rule set (`instruction-1392`), chosen explicitly by
 * the caller: eligibility for its four posts (Arts. 4–8), staffing (Art. 3), its six
 * measures and their appeal (Arts. 23, 24), its offences (Art. 25, without measures),
 * the withdrawal of the complaint and the repeat (Art. 26 notes 2, 3), and a comparison
 * of the same applicant under both rule sets. The 1401 regulation stays the default.
 */
export { INSTRUCTION_1392, RULE_SET_IDS, RULE_SETS } from '../core/decision.js';
export { INSTRUCTION_CLAUSE_LETTERS, INSTRUCTION_CLAUSE_TRANSLITERATION, type InstructionClauseLetter } from '../core/citation.js';
export { DEFAULT_RULE_SET, RuleSetIdSchema, checkEligibilityUnder, ruleSetRef } from './ruleSets.js';
export { INSTRUCTION_PARAMETERS, type InstructionParameterName } from './params.js';
export {
  checkEligibilityUnderInstruction,
  conditionsOfPost,
  INSTRUCTION_CONDITION_KEYS,
  instructionConditionCitation,
  instructionMinimumAge,
  type InstructionConditionKey,
  type InstructionEligibilityDecision,
  type InstructionEligibilityValue,
} from './eligibility.js';
export { instructionStaffing, type InstructionStaffingDecision, type InstructionStaffingValue } from './staffing.js';
export {
  checkInstructionSuspension,
  INSTRUCTION_OFFENCES,
  INSTRUCTION_PENALTIES,
  instructionAppealability,
  instructionPenalty,
  instructionSentence,
  type InstructionAppealabilityDecision,
  type InstructionAppealabilityStatus,
  type InstructionAppealabilityValue,
  type InstructionAppellant,
  type InstructionMeasure,
  type InstructionMeasureKind,
  type InstructionOffence,
  type InstructionPenalty,
  type InstructionSentenceDecision,
  type InstructionSentenceStatus,
  type InstructionSentenceValue,
  type InstructionSuspensionDecision,
  type InstructionSuspensionValue,
} from './discipline.js';
export {
  COMPARISON_KEYS,
  compareRuleSets,
  type ComparisonDecision,
  type ComparisonKey,
  type ComparisonRow,
  type ComparisonSide,
  type ComparisonStatus,
  type ComparisonValue,
  type RegulationOutcome,
} from './compare.js';
export {
  Art7DegreeReadingSchema,
  CompareRuleSetsInputSchema,
  INSTRUCTION_POSTS,
  InstructionAppealabilityInputSchema,
  InstructionEligibilityInputSchema,
  InstructionPersonFactsSchema,
  InstructionSentenceInputSchema,
  InstructionStaffingInputSchema,
  InstructionSuspensionInputSchema,
  OFFENDERS,
  type Art7DegreeReading,
  type CompareRuleSetsInput,
  type InstructionAppealabilityInput,
  type InstructionEligibilityInput,
  type InstructionPersonFacts,
  type InstructionPost,
  type InstructionSentenceInput,
  type InstructionStaffingInput,
  type InstructionSuspensionInput,
  type Offender,
} from './schemas.js';
