/**
 * The licence of an office (Art. 10): the manager's conditions of Arts. 9 and 11, the
 * exam and the experience, in one decision with every finding.
 *
 * ماده ۱۰- صدور پروانه دفتر توسط رییس مرکز منوط به احراز شرایط زیر است:
 * الف- شرکت در آزمون تخصصی و کسب حداقل هفتاد درصد نمره تراز میانگین یک درصد حائزان
 * بالاترین نمره تراز؛
 * ب- دارا بودن حداقل سه سال سابقه کار مرتبط … (see experience.ts)
 *
 * The licence is the manager's (Art. 10 with Art. 9's «مدیر دفتر»), so Arts. 9 and 11
 * are checked for the post of manager.
 */
import { formatDayNumber } from '../_lib/jalali.js';
import { art } from '../core/citation.js';
import type { Decision, Finding } from './render.js';
import { tallyFindings, type ConditionsStatus } from '../core/decision.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import type { Bilingual } from '../core/text.js';
import { examResult } from '../exam/index.js';
import { PARAMETERS } from '../params.js';
import { deepFreeze } from '../_lib/freeze.js';
import { CONDITION_KEYS, evaluateConditions } from './conditions.js';
import { evaluateExperience } from './experience.js';
import { decideBatch, fastLicenceInput } from './fast.js';
import { remedies, type LicenceConditionKey, type Remedy } from './remedies.js';
import { LicenceBatchInputSchema, LicenceInputSchema, type LicenceBatchInput, type LicenceInput, type ParsedLicenceInput } from './schemas.js';
import { finding, message } from './render.js';

const CITE_10A = art(10, 'الف');
const EXAM_PARAMS = { percent: PARAMETERS.examPassPercent.value, topShare: PARAMETERS.examTopSharePercent.value };
const EXAM_PASSED = deepFreeze(finding({ code: 'eligibility.exam.passed', status: 'met', citation: CITE_10A, params: EXAM_PARAMS, data: { passed: true } }));
const EXAM_FAILED = deepFreeze(finding({ code: 'eligibility.exam.failed', status: 'unmet', citation: CITE_10A, params: EXAM_PARAMS, data: { passed: false } }));
const EXAM_UNKNOWN = deepFreeze(finding({ code: 'eligibility.exam.unknown', status: 'unknown', citation: CITE_10A, params: undefined, missing: ['exam'] }));

/** The exam fact after validation: `passed`, or both `score` and `sittingScores`. */
export interface ParsedExamFact {
  readonly passed?: boolean | undefined;
  readonly score?: number | undefined;
  readonly sittingScores?: readonly number[] | undefined;
}

/**
 * Art. 10(الف): «شرکت در آزمون تخصصی و کسب حداقل هفتاد درصد نمره تراز میانگین یک درصد
 * حائزان بالاترین نمره تراز». A sitting already graded (`{ passed }`), or the score and
 * the sitting's scores (the candidate's own among them), graded by the exam's cut-off
 * rule (SPEC D6, exact at the boundary).
 */
export function examFinding(exam: ParsedExamFact | undefined): Finding {
  if (exam === undefined) return EXAM_UNKNOWN;
  if (exam.passed !== undefined) return exam.passed ? EXAM_PASSED : EXAM_FAILED;
  // The exam domain grades it; its finding (exam.score.met / exam.score.unmet, with the
  // margin and the points missing) is the one this decision combines.
  return examResult({ score: exam.score as number, sittingScores: [...(exam.sittingScores as readonly number[])] }).findings[0] as Finding;
}

/** The value of a licence decision. Dates are `YYYY/MM/DD`. */
export interface LicenceValue {
  /** Completed Jalali years on `asOf`, or null when the birth date is unknown. */
  readonly age: number | null;
  /** The exam: passed (true/false) or unknown (null). */
  readonly examPassed: boolean | null;
  /** Related experience: days required (null when not known), counted, missing, and the day it is (or will be) complete. */
  readonly experience: {
    readonly requiredDays: number | null;
    readonly countedDays: number;
    readonly shortfallDays: number | null;
    readonly reachedOn: string | null;
  };
  /** What would change each unmet or unknown condition. */
  readonly remedies: readonly Remedy[];
  /**
   * The date every unmet condition lifts by time alone (the age; the experience if the
   * related work goes on), when nothing else stands in the way: `asOf` when eligible,
   * null otherwise.
   */
  readonly eligibleOn: string | null;
}

/** The decision of {@link checkLicence}. */
export type LicenceDecision = Decision<'licence', ConditionsStatus, LicenceValue>;

const LICENCE_KEYS: readonly LicenceConditionKey[] = [...CONDITION_KEYS, 'exam', 'experience'];
// Rendered once per (status, count): [status][count].
const SUMMARIES: Record<ConditionsStatus, Bilingual[]> = { eligible: [], ineligible: [], incomplete: [] };

/** The summary of a three-valued outcome; `count` = the findings unmet (ineligible) or unknown (incomplete). */
function summary(status: ConditionsStatus, count: number): Bilingual {
  const cache = SUMMARIES[status];
  let s = cache[count];
  if (s === undefined) {
    s =
      status === 'eligible'
        ? message('eligibility.licence.summary.eligible', undefined)
        : message(status === 'ineligible' ? 'eligibility.licence.summary.ineligible' : 'eligibility.licence.summary.incomplete', { count });
    cache[count] = s;
  }
  return s;
}

/** Decide a parsed licence input. */
export function decideLicence(r: ParsedLicenceInput): LicenceDecision {
  const daysPerYear = r.options?.daysPerYear ?? PARAMETERS.daysPerExperienceYear.value;
  // SPEC D3: overflow left out is `nextMonth` (the date functions' default).
  const c = evaluateConditions('manager', r.asOf, r.person, r.options?.overflow);
  const exam = examFinding(r.exam);
  const xp = evaluateExperience(r.asOf, r.person.degrees, r.experience?.periods, daysPerYear, 'person.degrees', 'experience.periods', c.degrees);
  const findings = c.findings;
  findings.push(exam, xp.finding);
  const { status, count } = tallyFindings(findings);
  const rem = remedies(LICENCE_KEYS, findings, r.asOf);
  const ageData = (findings[4] as Finding).data?.['age'];
  return makeDecision({
    kind: 'licence',
    asOf: r.asOf,
    status,
    value: {
      age: typeof ageData === 'number' ? ageData : null,
      examPassed: exam.status === 'met' ? true : exam.status === 'unmet' ? false : null,
      experience: {
        requiredDays: xp.requiredDays,
        countedDays: xp.countedDays,
        shortfallDays: xp.shortfallDays,
        reachedOn: xp.reachedOn === null ? null : formatDayNumber(xp.reachedOn),
      },
      remedies: rem.remedies,
      eligibleOn: rem.eligibleOn,
    },
    summary: summary(status, count),
    findings,
  });
}

/**
 * Whether the Head of the Center may issue an office's licence (Art. 10): the manager's
 * conditions of Art. 9 and Art. 11 (14 findings), the exam (Art. 10(الف)) and the related
 * experience by the highest qualifying degree (Art. 10(ب), SPEC D4–D5): 16 findings,
 * never short-circuited.
 *
 * @param input - `{ asOf, person, exam?, experience?: { periods }, options?: { overflow, daysPerYear } }`;
 *   `exam` is `{ passed }` or `{ score, sittingScores }` (graded here, SPEC D6)
 * @returns a decision, status `eligible` / `ineligible` / `incomplete`; value with the age,
 *   the exam, the experience, the remedies and `eligibleOn`
 * @throws {InputError} for malformed input, naming the field (e.g. `experience.periods[0].end`)
 * @example
 * const d = checkLicence({
 *   asOf: '1404/01/01',
 *   person: { degrees: [{ kind: 'university', level: 'master', field: 'law', awarded: true }] },
 *   exam: { passed: true },
 *   experience: { periods: [{ start: '1403/01/01', related: true }] },
 * });
 * d.findings.length;            // 16
 * d.value.experience;           // { requiredDays: 730, countedDays: 367, shortfallDays: 363, reachedOn: '1404/12/28' }
 * d.status;                     // 'ineligible': 367 days of the 730 a master's needs
 * d.value.eligibleOn;           // null: other facts are still unknown
 */
export function checkLicence(input: LicenceInput): LicenceDecision {
  const r = fastLicenceInput(input) ?? parseInput(LicenceInputSchema, input);
  return decideLicence(r);
}

/**
 * A whole round of licence applications in one call: each input is decided as by
 * {@link checkLicence}, in order; if any entry is malformed no decision is returned and the
 * error names the entry (e.g. `[3].experience.periods[0].end`). As fast per application as
 * the loop keeping its decisions (bench/eligibility.mjs, "checkLicenceBatch vs the loop it
 * replaces"): each entry is decided as it is read (`decideBatch` in fast.ts).
 *
 * @param inputs - an array of {@link checkLicence} inputs
 * @returns the decisions, in order
 * @throws {InputError} when any entry is malformed
 * @example
 * checkLicenceBatch([
 *   { asOf: '1404/01/01', person: {}, exam: { passed: true } },
 *   { asOf: '1404/01/01', person: {}, exam: { passed: false } },
 * ]).map((d) => d.status); // ['incomplete', 'ineligible']
 */
export function checkLicenceBatch(inputs: LicenceBatchInput): LicenceDecision[] {
  return decideBatch(inputs, fastLicenceInput, (v) => parseInput(LicenceBatchInputSchema, v), decideLicence);
}
