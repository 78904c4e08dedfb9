import type { Decision as CoreDecision, Finding as CoreFinding, Step as CoreStep } from '../core/decision.js';
import { buildersFor, type CodesOf } from '../core/findings.js';
import type { EligibilityCode } from '../eligibility/render.js';
import { instructionMessages } from './messages.js';

/**
 * This domain's builders of findings, steps and messages, bound to its own message table
 * (so a bundle carries only the messages of the domains it uses).
 */
export const { finding, step, message } = /* @__PURE__ */ buildersFor(instructionMessages);

/**
 * Every message code a finding or step of this rule set's decisions can carry: its own
 * table's, and those of the 1401 eligibility (the comparison of the two rule sets carries its findings).
 */
export type InstructionCode = CodesOf<typeof instructionMessages> | EligibilityCode;
/** A finding of this rule set: its code is one of {@link InstructionCode}. */
export type Finding = CoreFinding<InstructionCode>;
/** A step of this rule set. */
export type Step = CoreStep<InstructionCode>;
/** A decision of this rule set (kind, status, value), its codes those of {@link InstructionCode}. */
export type Decision<K extends string, S extends string, V> = CoreDecision<K, S, V, InstructionCode>;
