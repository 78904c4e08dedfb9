/**
 * iran-judicial-eservices: Iran's Executive Regulation of Judicial Electronic Services
 * Offices and their Association (approved 1401/05/23) as typed, pure, cited functions.
 *
 * The regulation's text lives in its own entry point, `iran-judicial-eservices/text`.
 */
export { cite, CLAUSE_LETTERS, CLAUSE_TRANSLITERATION } from './core/citation.js';
export type { Citation, ClauseId, ClauseLetter, Lang } from './core/citation.js';
export type { Bilingual } from './core/text.js';
export { REGULATION_1401 } from './core/decision.js';
export type {
  ConditionsStatus,
  Decision,
  Finding,
  FindingStatus,
  JsonValue,
  RuleSetId,
  RuleSetRef,
  Step,
} from './core/decision.js';
export { explain } from './core/explain.js';
export type { ExplainOptions } from './core/explain.js';
export { InputError, isInputError, safe } from './core/errors.js';
export type { InputIssue, Result } from './core/errors.js';
export { dateSchema } from './core/schemas.js';
export type { DateInput } from './core/schemas.js';
export { MESSAGES, message } from './messages.js';
export type { MessageCode, MessageParams } from './messages.js';
export { PARAMETERS } from './params.js';
export type { Parameter, ParameterName, ParameterUnit, RangeParameter, ScalarParameter } from './params.js';

export * from './dates/index.js';
export * from './eligibility/index.js';
export * from './exam/index.js';
export * from './discipline/index.js';
export * from './fees/index.js';
export * from './operations/index.js';
export * from './instruction/index.js';
