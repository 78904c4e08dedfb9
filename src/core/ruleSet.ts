/**
 * The rule sets a decision can be made under. A leaf of the core: the citation and the
 * decision model both name a rule set, so it lives apart from either (no import circle).
 * `decision.ts` re-exports everything here.
 */

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
