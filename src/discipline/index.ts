/**
 * The discipline domain (Arts. 29–45): the offence catalogue, the penalty scale,
 * sentencing, suspension of prosecution, the bars to prosecution, appeals and Art. 42.
 */
export {
  ARTICLE_GRADES,
  getOffence,
  GetOffenceInputSchema,
  isOffenceId,
  OFFENCE_IDS,
  offenceCatalogue,
  UNLISTED_BREACH_ID,
  unlistedBreach,
} from './catalogue.js';
export type { DayCountKind, OffenceEntry, OffenceId, PenaltyGrade } from './catalogue.js';
export { classifyAbsence, classifyClosure } from './dayCount.js';
export type { DayCountDecision, DayCountOffence, DayCountValue } from './dayCount.js';
export { checkSuspension, PENALTY_SCALE, penaltyOfGrade } from './penalties.js';
export type { Penalty, PenaltyKind, SuspensionDecision, SuspensionRange, SuspensionValue } from './penalties.js';
export { MITIGATING_GROUND_LABELS, sentence } from './sentencing.js';
export type {
  AppealByGrade,
  AppealGradeReading,
  JudgedOffence,
  MultipleOffencesReading,
  RepeatScope,
  SentenceDecision,
  SentenceStatus,
  SentenceValue,
} from './sentencing.js';
export { suspendProsecution } from './prosecutionSuspension.js';
export type { ProsecutionSuspensionDecision, ProsecutionSuspensionStatus, ProsecutionSuspensionValue } from './prosecutionSuspension.js';
export { prosecutionBars } from './limitation.js';
export type { LimitationValue, ProsecutionBar, ProsecutionBarsDecision, ProsecutionBarsStatus, ProsecutionBarsValue } from './limitation.js';
export { appealability, disciplinaryAppealDeadline } from './appeals.js';
export type {
  Appellant,
  AppealabilityDecision,
  AppealabilityStatus,
  AppealabilityValue,
  DisciplinaryAppealDeadlineDecision,
  DisciplinaryAppealDeadlineValue,
} from './appeals.js';
export { judgeCase } from './case.js';
export type { CaseDecision, CaseOffenceBars, CaseStatus, CaseValue } from './case.js';
export { crimeReferral } from './crimeReferral.js';
export type { CrimeReferralDecision } from './crimeReferral.js';
export {
  AppealabilityInputSchema,
  BoardChoiceSchema,
  CaseAppealSchema,
  CaseOffenceSchema,
  CheckSuspensionInputSchema,
  ClassifyAbsenceInputSchema,
  ClassifyClosureInputSchema,
  DisciplinaryAppealDeadlineInputSchema,
  JudgeCaseInputSchema,
  MITIGATING_GROUNDS,
  OffenceInputSchema,
  PenaltyGradeSchema,
  PriorConvictionSchema,
  ProsecutionBarsInputSchema,
  SentenceInputSchema,
  SuspendProsecutionInputSchema,
} from './schemas.js';
export type {
  AppealabilityInput,
  BoardChoiceInput,
  CaseOffenceInput,
  CheckSuspensionInput,
  ClassifyAbsenceInput,
  ClassifyClosureInput,
  DisciplinaryAppealDeadlineInput,
  JudgeCaseInput,
  MitigatingGround,
  OffenceInput,
  OffenceRef,
  PriorConvictionInput,
  ProsecutionBarsInput,
  Ruling,
  SentenceInput,
  SuspendProsecutionInput,
} from './schemas.js';
