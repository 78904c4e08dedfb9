import type { Decision as CoreDecision, Finding as CoreFinding, Step as CoreStep } from '../core/decision.js';
import { buildersFor, type CodesOf } from '../core/findings.js';
import { feesMessages } from './messages.js';

/**
 * This domain's builders of findings, steps and messages, bound to its own message table
 * (so a bundle carries only the messages of the domains it uses).
 */
export const { finding, step, message } = /* @__PURE__ */ buildersFor(feesMessages);

/** Every message code a finding or step of this rule set can carry. */
export type FeesCode = CodesOf<typeof feesMessages>;
/** A finding of this rule set: its code is one of {@link FeesCode}. */
export type Finding = CoreFinding<FeesCode>;
/** A step of this rule set. */
export type Step = CoreStep<FeesCode>;
/** A decision of this rule set (kind, status, value), its codes those of {@link FeesCode}. */
export type Decision<K extends string, S extends string, V> = CoreDecision<K, S, V, FeesCode>;
