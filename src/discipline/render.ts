import type { Decision as CoreDecision, Finding as CoreFinding, Step as CoreStep } from '../core/decision.js';
import { buildersFor, type CodesOf } from '../core/findings.js';
import type { DatesCode } from '../dates/render.js';
import { disciplineMessages } from './messages.js';

/**
 * This domain's builders of findings, steps and messages, bound to its own message table
 * (so a bundle carries only the messages of the domains it uses).
 */
export const { finding, step, message } = /* @__PURE__ */ buildersFor(disciplineMessages);

/**
 * Every message code a finding or step of this rule set's decisions can carry: its own
 * table's, and the deadline steps of `dates` (the appeal's last day).
 */
export type DisciplineCode = CodesOf<typeof disciplineMessages> | DatesCode;
/** A finding of this rule set: its code is one of {@link DisciplineCode}. */
export type Finding = CoreFinding<DisciplineCode>;
/** A step of this rule set. */
export type Step = CoreStep<DisciplineCode>;
/** A decision of this rule set (kind, status, value), its codes those of {@link DisciplineCode}. */
export type Decision<K extends string, S extends string, V> = CoreDecision<K, S, V, DisciplineCode>;
