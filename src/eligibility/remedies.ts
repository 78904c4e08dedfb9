/**
 * "Why not, and when": for every condition unmet or unknown, what would change it. Time
 * lifts two of them by itself: the age (Art. 9(ث)) on the birthday it is reached, and the
 * experience (Art. 10(ب)) on the day it is completed if the related work goes on. The
 * exam says how many points were missing; an unknown condition lists the facts to give.
 */
import { formatDayNumber } from '../_lib/jalali.js';
import type { Citation } from '../core/citation.js';
import type { Finding, JsonValue } from '../core/decision.js';
import type { EligibilityCode } from './render.js';
import type { ConditionKey } from './conditions.js';

/** What would lift a condition. */
export type RemedyAction =
  /** Time alone: the age is reached on `on`. */
  | 'wait'
  /** More related work: `daysMissing` days, completed on `on` if the work goes on. */
  | 'accrueExperience'
  /** Pass the exam (`pointsMissing` when the score and the sitting were given). */
  | 'passExam'
  /** Give the facts still unknown (`facts`). */
  | 'provideFacts'
  /** Obtain what is lacking (a degree, a certificate, the completion card, the nationality). */
  | 'obtain'
  /** End the activity or state that bars (Art. 11, addiction, affiliation). */
  | 'cease'
  /** Nothing the regulation provides lifts it. */
  | 'none';

/** A condition of the licence: Arts. 9 and 11, the exam and the experience of Art. 10. */
export type LicenceConditionKey = ConditionKey | 'exam' | 'experience';

/** What would change one unmet or unknown finding (`C`: the codes its finding can carry). */
export interface Remedy<C extends string = EligibilityCode> {
  readonly condition: LicenceConditionKey;
  /** The code of the finding it answers. */
  readonly code: C;
  readonly citation: Citation;
  readonly action: RemedyAction;
  /** The date the condition lifts if nothing else changes (`YYYY/MM/DD`). */
  readonly on?: string;
  /** Days of related experience missing. */
  readonly daysMissing?: number;
  /** Points missing on the exam (exact decimal). */
  readonly pointsMissing?: string;
  /** Facts still unknown (dotted input paths). */
  readonly facts?: readonly string[];
}

const UNMET_ACTION: Readonly<Record<LicenceConditionKey, RemedyAction>> = {
  nationality: 'obtain',
  constitution: 'none',
  religion: 'none',
  degree: 'obtain',
  age: 'wait',
  military: 'obtain',
  dismissal: 'none',
  computerSkills: 'obtain',
  criminalRecord: 'none',
  addiction: 'cease',
  affiliation: 'cease',
  stateEmployment: 'cease',
  commerce: 'cease',
  legalPractice: 'cease',
  exam: 'passExam',
  experience: 'accrueExperience',
};

const NO_DATA: Readonly<Record<string, JsonValue>> = {};

function str(v: JsonValue | undefined): string | null {
  return typeof v === 'string' ? v : null;
}

/** The remedy of one finding (null when it is met or informational). */
export function remedyOf<C extends string>(condition: LicenceConditionKey, f: Finding<C>): Remedy<C> | null {
  if (f.status === 'unknown') {
    const out: { condition: LicenceConditionKey; code: C; citation: Citation; action: RemedyAction; facts: readonly string[]; daysMissing?: number } = {
      condition,
      code: f.code,
      citation: f.citation,
      action: 'provideFacts',
      // Stryker disable next-line ArrayDeclaration: equivalent — every unknown finding lists its missing facts
      facts: f.missing ?? [],
    };
    return out;
  }
  if (f.status !== 'unmet') return null;
  const out: {
    condition: LicenceConditionKey;
    code: C;
    citation: Citation;
    action: RemedyAction;
    on?: string;
    daysMissing?: number;
    pointsMissing?: string;
  } = { condition, code: f.code, citation: f.citation, action: UNMET_ACTION[condition] };
  const d = f.data ?? NO_DATA;
  if (condition === 'age') {
    const on = str(d['dateOfAge']);
    if (on !== null) out.on = on;
  } else if (condition === 'experience') {
    const short = d['shortfallDays'];
    if (typeof short === 'number') out.daysMissing = short;
    else out.action = 'obtain'; // no qualifying degree: the degree is what is lacking
    // The day the requirement is completed, when the related work goes on that long (an
    // unmet requirement is reached only by work going on past the day it is judged on).
    const on = str(d['reachedOn']);
    if (on !== null) out.on = on;
  } else if (condition === 'exam') {
    const pm = str(d['pointsMissing']);
    if (pm !== null) out.pointsMissing = pm;
  }
  return out;
}

/**
 * Every remedy of a list of findings (`keys[i]` names the condition of `findings[i]`),
 * and the date every unmet condition will have lifted by time alone: the latest `on` when
 * every unmet condition has one and nothing is unknown (`asOf` itself when all are met),
 * else null.
 */
export function remedies<C extends string>(
  keys: readonly LicenceConditionKey[],
  findings: readonly Finding<C>[],
  asOf: number,
): { remedies: Remedy<C>[]; eligibleOn: string | null } {
  // Sized exactly: a decision keeps its remedies, and an array grown by push keeps room
  // for 16 (bench/eligibility: the batch keeps every decision of a round alive).
  let n = 0;
  for (let i = 0; i < findings.length; i++) {
    const s = (findings[i] as Finding<C>).status;
    if (s === 'unmet' || s === 'unknown') n++;
  }
  // Stryker disable next-line ArrayDeclaration: equivalent — the length is a preallocation; every index is assigned below
  const out: Remedy<C>[] = new Array(n);
  // `dated`: every remedy so far has a date (an unknown finding's never has); `latest`:
  // the latest of them, '' for none yet (asOf itself, formatted only when it is the answer).
  let dated = true;
  let latest = '';
  for (let i = 0, j = 0; i < findings.length; i++) {
    const f = findings[i] as Finding<C>;
    if (f.status === 'met' || f.status === 'info') continue;
    const r = remedyOf(keys[i] as LicenceConditionKey, f) as Remedy<C>; // unmet or unknown: never null
    out[j++] = r;
    if (r.on === undefined) dated = false;
    else if (r.on > latest) latest = r.on;
  }
  return { remedies: out, eligibleOn: !dated ? null : latest === '' ? formatDayNumber(asOf) : latest };
}
