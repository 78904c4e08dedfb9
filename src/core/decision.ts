import type { Citation } from './citation.js';
import type { Bilingual } from './text.js';
import type { MessageCode } from '../messages.js';

/**
 * The rule sets this library knows, each chosen explicitly by the caller:
 * - `regulation-1401`: the Executive Regulation approved 1401/05/23 — the default everywhere;
 * - `instruction-1392`: the earlier instruction on establishing offices (26 articles, 9
 *   notes). Its text states no date; `1392` is the year public reports give it
 *   (1392/02/26), not a date the text states, and not a date of force.
 */
export const RULE_SET_IDS = ['regulation-1401', 'instruction-1392'] as const;

/** The rule sets this library knows. The 1401 regulation is the default everywhere. */
export type RuleSetId = (typeof RULE_SET_IDS)[number];

/** Which rule set produced a decision, and which edition of its data. */
export interface RuleSetRef {
  readonly id: RuleSetId;
  /** The date the text was approved (Jalali); see `approvedSource` for how it is known. */
  readonly approved: string;
  /**
   * How `approved` is known: `text` (the text itself states it) or `publicReport` (the
   * text states no date; the date is the one public reports give). Absent = `text`.
   */
  readonly approvedSource?: 'text' | 'publicReport';
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
 * The earlier instruction («دستورالعمل ضوابط و شرایط تاسیس، فعالیت و انحلال دفتر خدمات
 * الکترونیک قضایی», 26 articles, 9 notes), approved by the Head of the Judiciary (its
 * closing line). It states no date: `approved` is the date public reports give it
 * (1392/02/26), marked `approvedSource: 'publicReport'`. Neither text says when it
 * stopped applying; the caller chooses it explicitly (see docs/rule-sets.md).
 */
export const INSTRUCTION_1392: RuleSetRef = Object.freeze({
  id: 'instruction-1392',
  approved: '1392/02/26',
  approvedSource: 'publicReport',
  version: '0.1.0',
});

/** Every rule set by id. */
export const RULE_SETS: Readonly<Record<RuleSetId, RuleSetRef>> = Object.freeze({
  'regulation-1401': REGULATION_1401,
  'instruction-1392': INSTRUCTION_1392,
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

/** The missing facts of a list of findings, deduplicated, in order. */
export function collectMissing(findings: readonly Finding[]): string[] {
  let i = 0;
  while (i < findings.length && (findings[i] as Finding).missing === undefined) i++;
  if (i === findings.length) return []; // the common case: every fact given
  const seen = new Set<string>();
  for (; i < findings.length; i++) for (const m of (findings[i] as Finding).missing ?? []) seen.add(m);
  return [...seen];
}
