/**
 * iran-judicial-eservices: Iran's Executive Regulation of Judicial Electronic Services
 * Offices and their Association (approved 1401/05/23) as typed, pure, cited functions.
 *
 * This main entry is the foundation every rule stands on: citations, the decision model
 * and its renderer, the typed input error, the parameters of the regulation, and the
 * Jalali dates and deadlines. Each rule set lives in its own entry point, so an app
 * bundles only what it uses:
 *
 * - `iran-judicial-eservices/eligibility` — Arts. 9–11, 45: eligibility, experience, licence
 * - `iran-judicial-eservices/exam` — Art. 10(الف): the exam cut-off
 * - `iran-judicial-eservices/discipline` — Arts. 29–45: offences, sentencing, bars, appeals
 * - `iran-judicial-eservices/fees` — Arts. 13–14
 * - `iran-judicial-eservices/operations` — Arts. 3–4, 8, 17–19, 22–28, 47
 * - `iran-judicial-eservices/instruction` — the earlier instruction (rule set instruction-1392)
 * - `iran-judicial-eservices/text` — the texts themselves
 * - `iran-judicial-eservices/messages` — the whole message catalogue
 */
export { cite, CLAUSE_LETTERS, CLAUSE_TRANSLITERATION } from './core/citation.js';
export type { Citation, ClauseId, ClauseLetter, Lang } from './core/citation.js';
export type { Bilingual } from './core/text.js';
export { INSTRUCTION_1392, REGULATION_1401, RULE_SET_IDS, RULE_SETS } from './core/decision.js';
export type { ConditionsStatus, FindingStatus, JsonValue, RuleSetId, RuleSetRef } from './core/decision.js';
import type { Decision as CoreDecision, Finding as CoreFinding, Step as CoreStep } from './core/decision.js';
import type { MessageCode } from './messages.js';

/**
 * One condition checked (see `Decision`). Its code defaults to the whole catalogue
 * ({@link MessageCode}); each rule set's decisions narrow it to their own codes.
 *
 * @example
 * const ageFindings = (d: Decision) => d.findings.filter((f: Finding) => f.code === 'eligibility.age.met');
 */
export type Finding<C extends string = MessageCode> = CoreFinding<C>;

/**
 * One step of a computed chain (a deadline, a sentence). Its code defaults to the whole
 * catalogue ({@link MessageCode}).
 *
 * @example
 * const codes = (d: Decision) => d.steps.map((s: Step) => s.code);
 */
export type Step<C extends string = MessageCode> = CoreStep<C>;

/**
 * The envelope of every answer (kind, rule set, date, status, value, findings, steps,
 * missing facts). `C`, the codes its findings and steps carry, defaults to the whole
 * catalogue ({@link MessageCode}); each rule set's decision types narrow it.
 *
 * @example
 * const unmet = (d: Decision) => d.findings.filter((f) => f.status === 'unmet').map((f) => f.code);
 */
export type Decision<K extends string = string, S extends string = string, V = unknown, C extends string = MessageCode> = CoreDecision<K, S, V, C>;
export { explain } from './core/explain.js';
export type { ExplainOptions } from './core/explain.js';
export { InputError, isInputError, safe } from './core/errors.js';
export type { InputIssue, Result } from './core/errors.js';
export { dateSchema } from './core/schemas.js';
export type { DateInput } from './core/schemas.js';
export type { MessageCode, MessageParams } from './messages.js';
export { LIMITS, PARAMETERS, REGULATION_DATES } from './params.js';
export type { Parameter, ParameterName, ParameterUnit, RangeParameter, ScalarParameter } from './params.js';

export * from './dates/index.js';
