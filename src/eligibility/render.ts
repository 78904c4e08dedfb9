import type { Decision as CoreDecision, Finding as CoreFinding, Step as CoreStep } from '../core/decision.js';
import { buildersFor, type CodesOf } from '../core/findings.js';
import type { ExamCode } from '../exam/render.js';
import type { DatesCode } from '../dates/render.js';
import { eligibilityMessages } from './messages.js';

/**
 * This domain's builders of findings, steps and messages, bound to its own message table
 * (so a bundle carries only the messages of the domains it uses).
 */
export const { finding, step, message } = /* @__PURE__ */ buildersFor(eligibilityMessages);

/**
 * Every message code a finding or step of this rule set's decisions can carry: its own
 * table's, and those of the rule sets whose findings and steps it carries (the exam's result in the licence, the appeal deadline's steps in a revocation).
 */
export type EligibilityCode = CodesOf<typeof eligibilityMessages> | ExamCode | DatesCode;
/** A finding of this rule set: its code is one of {@link EligibilityCode}. */
export type Finding = CoreFinding<EligibilityCode>;
/** A step of this rule set. */
export type Step = CoreStep<EligibilityCode>;
/** A decision of this rule set (kind, status, value), its codes those of {@link EligibilityCode}. */
export type Decision<K extends string, S extends string, V> = CoreDecision<K, S, V, EligibilityCode>;
