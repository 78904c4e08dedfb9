/**
 * Choosing the rule set. The caller names it explicitly; the 1401 regulation is the
 * default everywhere (a function of the regulation never consults the instruction).
 */
import * as z from 'zod/mini';
import { RULE_SET_IDS, RULE_SETS, type RuleSetId, type RuleSetRef } from '../core/decision.js';
import { parseInput } from '../core/errors.js';
import { checkEligibility, type EligibilityDecision, type EligibilityInput } from '../eligibility/index.js';
import { checkEligibilityUnderInstruction, type InstructionEligibilityDecision } from './eligibility.js';
import type { InstructionEligibilityInput } from './schemas.js';

/** A rule-set id: `regulation-1401` or `instruction-1392`. */
export const RuleSetIdSchema = z.enum(RULE_SET_IDS);

/** The id of the rule set used when none is named: the 1401 regulation. */
export const DEFAULT_RULE_SET: RuleSetId = 'regulation-1401';

/**
 * The reference of a rule set (what every decision under it records).
 *
 * @param id - `regulation-1401` or `instruction-1392`; left out, the default (the regulation)
 * @returns the rule set's reference
 * @throws {InputError} for an unknown id
 * @example
 * ruleSetRef('instruction-1392'); // { id: 'instruction-1392', approved: '1392/02/26', approvedSource: 'publicReport', version: '0.1.0' }
 * ruleSetRef().id;                 // 'regulation-1401'
 */
export function ruleSetRef(id?: RuleSetId): RuleSetRef {
  return RULE_SETS[id === undefined ? DEFAULT_RULE_SET : parseInput(RuleSetIdSchema, id, 'ruleSet')];
}

/**
 * Eligibility under the rule set the caller names: the regulation's
 * {@link checkEligibility} (Arts. 9, 11; `role: 'manager' | 'legalExpert'`) or the
 * instruction's {@link checkEligibilityUnderInstruction} (Arts. 4–8; `post`, one of four).
 * `undefined` is the regulation. The decision records the rule set that produced it.
 *
 * @param ruleSet - `'regulation-1401'` (or undefined) or `'instruction-1392'`
 * @param input - the input of the function named above
 * @returns that function's decision
 * @throws {InputError} for an unknown rule set (field `ruleSet`) or malformed input
 * @example
 * const person = { birthDate: '1363/11/17' };
 * checkEligibilityUnder('regulation-1401', { role: 'manager', asOf: '1388/11/16', person }).findings[4].status;  // 'met' (24)
 * checkEligibilityUnder('instruction-1392', { post: 'manager', asOf: '1388/11/16', person }).findings[8].status; // 'unmet' (25)
 * checkEligibilityUnder(undefined, { role: 'manager', asOf: '1388/11/16', person }).ruleSet.id;                  // 'regulation-1401'
 */
export function checkEligibilityUnder(ruleSet: 'regulation-1401' | undefined, input: EligibilityInput): EligibilityDecision;
export function checkEligibilityUnder(ruleSet: 'instruction-1392', input: InstructionEligibilityInput): InstructionEligibilityDecision;
export function checkEligibilityUnder(
  ruleSet: RuleSetId | undefined,
  input: EligibilityInput | InstructionEligibilityInput,
): EligibilityDecision | InstructionEligibilityDecision;
export function checkEligibilityUnder(
  ruleSet: RuleSetId | undefined,
  input: EligibilityInput | InstructionEligibilityInput,
): EligibilityDecision | InstructionEligibilityDecision {
  const id = ruleSetRef(ruleSet).id;
  return id === 'instruction-1392'
    ? checkEligibilityUnderInstruction(input as InstructionEligibilityInput)
    : checkEligibility(input as EligibilityInput);
}
