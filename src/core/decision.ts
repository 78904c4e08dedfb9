import type { Citation } from './citation.js';
import type { RuleSetRef } from './ruleSet.js';
import type { Bilingual } from './text.js';

export { INSTRUCTION_1392, REGULATION_1401, RULE_SET_IDS, RULE_SETS } from './ruleSet.js';
export type { RuleSetId, RuleSetRef } from './ruleSet.js';

/**
 * The status of one condition: `met`, `unmet`, `unknown` (a fact the caller did not
 * give), or `info` (a consequence the law attaches, nothing to satisfy).
 */
export type FindingStatus = 'met' | 'unmet' | 'unknown' | 'info';

/** Plain JSON data attached to a finding or step. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * One condition checked, with the text it comes from and what was found. `C` is the union
 * of message codes it may carry: each rule set narrows it to its own codes (its
 * `render.ts`), and the package's top entry defaults it to the whole catalogue
 * (`MessageCode`); the foundation itself knows no rule set's codes.
 */
export interface Finding<C extends string = string> {
  readonly code: C;
  readonly status: FindingStatus;
  readonly citation: Citation;
  readonly message: Bilingual;
  /** Input facts (dotted paths) this finding needed and did not get. */
  readonly missing?: readonly string[];
  readonly data?: { readonly [key: string]: JsonValue };
}

/** One step of a computed chain (a deadline, a sentence), with its citation. `C` as in {@link Finding}. */
export interface Step<C extends string = string> {
  readonly code: C;
  readonly citation: Citation;
  readonly message: Bilingual;
  readonly data?: { readonly [key: string]: JsonValue };
}

/**
 * The envelope of every answer: what was decided (`kind`), under which rule set and on
 * which date, the outcome (`status`, `value`), every finding (never short-circuited),
 * the steps of any computation, and the facts still missing. `C` is the union of the
 * message codes its findings and steps carry (see {@link Finding}).
 */
export interface Decision<K extends string = string, S extends string = string, V = unknown, C extends string = string> {
  readonly kind: K;
  readonly ruleSet: RuleSetRef;
  /** The date the decision speaks of (`YYYY/MM/DD`), or null when it speaks of none. */
  readonly asOf: string | null;
  readonly status: S;
  readonly value: V;
  readonly summary: Bilingual;
  readonly findings: readonly Finding<C>[];
  readonly steps: readonly Step<C>[];
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

/**
 * {@link combineFindings} and how many findings decide it, in one pass: the `unmet` ones
 * when `ineligible`, the `unknown` ones when `incomplete`, 0 when `eligible`.
 */
export function tallyFindings(findings: readonly Finding[]): { readonly status: ConditionsStatus; readonly count: number } {
  let unmet = 0;
  let unknown = 0;
  for (const f of findings) {
    if (f.status === 'unmet') unmet++;
    else if (f.status === 'unknown') unknown++;
  }
  return unmet > 0 ? { status: 'ineligible', count: unmet } : { status: unknown > 0 ? 'incomplete' : 'eligible', count: unknown };
}

/** No missing fact: one frozen empty array shared by every decision (a batch keeps them all). */
const NONE_MISSING: readonly string[] = Object.freeze([]);

/** The missing facts of a list of findings, deduplicated, in order. */
export function collectMissing(findings: readonly Finding[]): readonly string[] {
  let i = 0;
  while (i < findings.length && (findings[i] as Finding).missing === undefined) i++;
  if (i === findings.length) return NONE_MISSING; // the common case: every fact given (one frozen array, shared)
  const seen = new Set<string>();
  for (; i < findings.length; i++) for (const m of (findings[i] as Finding).missing ?? []) seen.add(m);
  return [...seen];
}
