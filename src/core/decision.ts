import type { Citation } from './citation.js';
import type { Bilingual } from './text.js';
import type { MessageCode } from '../messages.js';

/** The rule sets this library knows. The 1401 regulation is the default everywhere. */
export type RuleSetId = 'regulation-1401';

/** Which rule set produced a decision, and which edition of its data. */
export interface RuleSetRef {
  readonly id: RuleSetId;
  /** The date the text was approved (Jalali). */
  readonly approved: string;
  /** Version of this library's encoding of the text (semver of the package). */
  readonly version: string;
}

/** The 1401 regulation, approved 1401/05/23 by the Head of the Judiciary. */
export const REGULATION_1401: RuleSetRef = Object.freeze({
  id: 'regulation-1401',
  approved: '1401/05/23',
  version: '0.1.0',
});

/**
 * The status of one condition: `met`, `unmet`, `unknown` (a fact the caller did not
 * give), or `info` (a consequence the law attaches, nothing to satisfy).
 */
export type FindingStatus = 'met' | 'unmet' | 'unknown' | 'info';

/** Plain JSON data attached to a finding or step. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** One condition checked, with the text it comes from and what was found. */
export interface Finding {
  readonly code: MessageCode;
  readonly status: FindingStatus;
  readonly citation: Citation;
  readonly message: Bilingual;
  /** Input facts (dotted paths) this finding needed and did not get. */
  readonly missing?: readonly string[];
  readonly data?: { readonly [key: string]: JsonValue };
}

/** One step of a computed chain (a deadline, a sentence), with its citation. */
export interface Step {
  readonly code: MessageCode;
  readonly citation: Citation;
  readonly message: Bilingual;
  readonly data?: { readonly [key: string]: JsonValue };
}

/**
 * The envelope of every answer: what was decided (`kind`), under which rule set and on
 * which date, the outcome (`status`, `value`), every finding (never short-circuited),
 * the steps of any computation, and the facts still missing.
 */
export interface Decision<K extends string = string, S extends string = string, V = unknown> {
  readonly kind: K;
  readonly ruleSet: RuleSetRef;
  /** The date the decision speaks of (`YYYY/MM/DD`), or null when it speaks of none. */
  readonly asOf: string | null;
  readonly status: S;
  readonly value: V;
  readonly summary: Bilingual;
  readonly findings: readonly Finding[];
  readonly steps: readonly Step[];
  /** Every fact (dotted input path) still unknown, in the order first met. */
  readonly missing: readonly string[];
}

/** The three-valued outcome of a set of conditions. */
export type ConditionsStatus = 'eligible' | 'ineligible' | 'incomplete';

/**
 * Combine findings without short-circuiting: any `unmet` → `ineligible`; else any
 * `unknown` → `incomplete`; else `eligible`.
 */
export function combineFindings(findings: readonly Finding[]): ConditionsStatus {
  let unknown = false;
  for (const f of findings) {
    if (f.status === 'unmet') return 'ineligible';
    if (f.status === 'unknown') unknown = true;
  }
  return unknown ? 'incomplete' : 'eligible';
}

/** The missing facts of a list of findings, deduplicated, in order. */
export function collectMissing(findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  for (const f of findings) for (const m of f.missing ?? []) seen.add(m);
  return [...seen];
}
