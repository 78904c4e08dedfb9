/**
 * Related work experience, Art. 10(ب), SPEC D4–D5.
 *
 * ب- دارا بودن حداقل سه سال سابقه کار مرتبط برای دارندگان مدرک کارشناسی یا سطح دو حوزه
 * علمیه، دو سال برای دارندگان مدرک کارشناسی ارشد یا سطح سه حوزه علمیه و یک سال برای
 * دارندگان مدرک دکتری تخصصی یا سطح چهار حوزه علمیه.
 *
 * - D4: the highest *qualifying* degree sets the requirement (3 / 2 / 1 years).
 * - D5: related periods (relatedness is the caller's fact) are merged where they overlap,
 *   cut at `asOf`, counted in days inclusive of both ends; N years = N × 365 days
 *   (option `daysPerYear`). A period without an end runs on: to `asOf` for the count, and
 *   beyond it for the date the requirement will be met.
 * - The text does not ask that the work follow the degree, so every related period counts.
 */
import { formatDayNumber } from '../_lib/jalali.js';
import { art } from '../core/citation.js';
import type { Decision, Finding } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { PARAMETERS } from '../params.js';
import { assessDegrees, describeDegree, type DegreesAssessment } from './degrees.js';
import { ExperienceInputSchema, type ExperienceInput, type ParsedDegree, type ParsedWorkPeriod } from './schemas.js';
import { finding } from './render.js';

const CITE_10B = art(10, 'ب');
const DEFAULT_DAYS_PER_YEAR = PARAMETERS.daysPerExperienceYear.value;

/** The outcome of the experience rule, as numbers (day numbers for dates). */
export interface ExperienceEvaluation {
  readonly status: 'met' | 'unmet' | 'unknown';
  readonly finding: Finding;
  /** Years required by the highest qualifying degree (null when not known). */
  readonly requiredYears: number | null;
  /** Days required (null when not known). */
  readonly requiredDays: number | null;
  /** The least the requirement could be once unknown facts are known (null when no degree could qualify). */
  readonly minimumRequiredDays: number | null;
  /** Related days up to `asOf` (merged, inclusive). */
  readonly countedDays: number;
  /** Related days if every period of unknown relatedness turns out related. */
  readonly possibleDays: number;
  /** Days still missing against the requirement (or its least value when not known); null when none applies. */
  readonly shortfallDays: number | null;
  /** The day the requirement is (or, if the work goes on, will be) completed; null when it will not be. */
  readonly reachedOn: number | null;
  /** Whether related work goes on past `asOf`. */
  readonly ongoing: boolean;
  readonly governingDegree: number | null;
}

/** Merge [start, end] intervals (end may be Infinity); returns sorted, disjoint intervals. */
function merge(intervals: number[][]): number[][] {
  if (intervals.length <= 1) return intervals;
  intervals.sort((a, b) => (a[0] as number) - (b[0] as number));
  const out: number[][] = [intervals[0] as number[]];
  for (let i = 1; i < intervals.length; i++) {
    const cur = intervals[i] as number[];
    const last = out[out.length - 1] as number[];
    // Overlapping or touching intervals become one (touching changes no count).
    if ((cur[0] as number) <= (last[1] as number) + 1) {
      if ((cur[1] as number) > (last[1] as number)) last[1] = cur[1] as number;
    } else {
      out.push([cur[0] as number, cur[1] as number]);
    }
  }
  return out;
}

/** Days of merged intervals up to `asOf`, inclusive. */
function countUpTo(merged: readonly number[][], asOf: number): number {
  let n = 0;
  for (const [s, e] of merged as [number, number][]) {
    if (s > asOf) break;
    n += (e < asOf ? e : asOf) - s + 1;
  }
  return n;
}

/** The day the `required`-th related day is worked, or null when the periods end first. */
function dayReached(merged: readonly number[][], required: number): number | null {
  let n = 0;
  for (const [s, e] of merged as [number, number][]) {
    const len = e - s + 1;
    if (n + len >= required) return s + (required - n) - 1;
    n += len;
  }
  return null;
}

/**
 * The experience rule on numbers (for the licence and Art. 45 as well). `degrees` and
 * `periods` undefined are unknown; `degreesPrefix` and `periodsPrefix` name them in
 * `missing`.
 */
export function evaluateExperience(
  asOf: number,
  degrees: readonly ParsedDegree[] | undefined,
  periods: readonly ParsedWorkPeriod[] | undefined,
  daysPerYear: number,
  degreesPrefix: string,
  periodsPrefix: string,
  assessed?: DegreesAssessment,
): ExperienceEvaluation {
  const deg = assessed ?? assessDegrees(degrees, asOf, degreesPrefix);
  const related: number[][] = [];
  const possible: number[][] = [];
  const relatednessMissing: string[] = [];
  if (periods !== undefined) {
    for (let i = 0; i < periods.length; i++) {
      const p = periods[i] as ParsedWorkPeriod;
      if (p.related === false) continue;
      const iv = [p.start, p.end ?? Number.POSITIVE_INFINITY];
      possible.push([iv[0] as number, iv[1] as number]);
      if (p.related === true) related.push(iv);
      else if (p.start <= asOf) relatednessMissing.push(`${periodsPrefix}[${i}].related`);
    }
  }
  const mergedRelated = merge(related);
  const counted = countUpTo(mergedRelated, asOf);
  const possibleDays = periods === undefined ? Number.POSITIVE_INFINITY : countUpTo(merge(possible), asOf);
  let ongoing = false;
  for (const iv of mergedRelated) if ((iv[1] as number) > asOf) ongoing = true;

  const requiredYears = deg.knownYears;
  const requiredDays = requiredYears === null ? null : requiredYears * daysPerYear;
  const minimumRequiredDays = deg.possibleYears === null ? null : deg.possibleYears * daysPerYear;
  const target = requiredDays ?? minimumRequiredDays;
  const shortfallDays = target === null ? null : Math.max(0, target - counted);
  const reachedOn = target === null ? null : dayReached(mergedRelated, target);

  let status: 'met' | 'unmet' | 'unknown';
  if (requiredDays !== null && counted >= requiredDays) status = 'met';
  else if (minimumRequiredDays === null || possibleDays < minimumRequiredDays) status = 'unmet';
  else status = 'unknown';

  const governing = deg.governing;
  let f: Finding;
  if (status === 'met') {
    const d = describeDegree((degrees as readonly ParsedDegree[])[governing as number] as ParsedDegree);
    const reached = formatDayNumber(reachedOn as number);
    f = finding({
      code: 'eligibility.experience.met',
      status,
      citation: CITE_10B,
      params: { degree: d, counted, required: requiredDays as number, years: requiredYears as number, reachedOn: reached },
      data: { requiredYears, requiredDays, countedDays: counted, shortfallDays: 0, reachedOn: reached, ongoing, governingDegree: governing },
    });
  } else if (minimumRequiredDays === null) {
    f = finding({
      code: 'eligibility.experience.noQualifyingDegree',
      status,
      citation: CITE_10B,
      params: undefined,
      data: { requiredYears: null, requiredDays: null, countedDays: counted, shortfallDays: null, reachedOn: null, ongoing, governingDegree: null },
    });
  } else if (status === 'unmet' && requiredDays !== null) {
    const d = describeDegree((degrees as readonly ParsedDegree[])[governing as number] as ParsedDegree);
    const metOn = reachedOn === null ? null : formatDayNumber(reachedOn);
    f = finding({
      code: 'eligibility.experience.short',
      status,
      citation: CITE_10B,
      params: { degree: d, counted, required: requiredDays, years: requiredYears as number, shortfall: shortfallDays as number, metOn },
      data: { requiredYears, requiredDays, countedDays: counted, shortfallDays, reachedOn: metOn, ongoing, governingDegree: governing },
    });
  } else if (status === 'unmet') {
    // The requirement is not known, but even its least value is not reached.
    const metOn = reachedOn === null ? null : formatDayNumber(reachedOn);
    f = finding({
      code: 'eligibility.experience.shortOfLeast',
      status,
      citation: CITE_10B,
      params: { counted, least: minimumRequiredDays, shortfall: shortfallDays as number, metOn },
      data: { requiredYears, requiredDays, minimumRequiredDays, countedDays: counted, shortfallDays, reachedOn: metOn, ongoing, governingDegree: governing },
    });
  } else {
    // Unknown: list the degree facts that could still lower the requirement, and the
    // relatedness of the periods that could still complete it.
    const missing: string[] = [];
    if (degrees === undefined) missing.push(degreesPrefix);
    else if (requiredYears === null) for (const m of deg.missing) missing.push(m);
    else for (const a of deg.degrees) if (a.qualifies === 'unknown' && (a.years as number) < requiredYears) for (const m of a.missing) missing.push(m);
    if (periods === undefined) missing.push(periodsPrefix);
    else if (possibleDays > counted) for (const m of relatednessMissing) missing.push(m);
    const metOn = reachedOn === null ? null : formatDayNumber(reachedOn);
    f = finding({
      code: 'eligibility.experience.unknown',
      status,
      citation: CITE_10B,
      params: { counted, possible: Number.isFinite(possibleDays) ? possibleDays : counted },
      missing,
      data: {
        requiredYears,
        requiredDays,
        minimumRequiredDays,
        countedDays: counted,
        shortfallDays,
        reachedOn: metOn,
        ongoing,
        governingDegree: governing,
      },
    });
  }
  return {
    status,
    finding: f,
    requiredYears,
    requiredDays,
    minimumRequiredDays,
    countedDays: counted,
    possibleDays: Number.isFinite(possibleDays) ? possibleDays : counted,
    shortfallDays,
    reachedOn,
    ongoing,
    governingDegree: governing,
  };
}

/** The value of an experience decision. Dates are `YYYY/MM/DD`. */
export interface ExperienceValue {
  /** Years required by the highest qualifying degree (null when not known). */
  readonly requiredYears: number | null;
  /** Days required, `requiredYears × daysPerYear` (null when not known). */
  readonly requiredDays: number | null;
  /** The least the requirement could be once unknown degree facts are known (null: no degree could qualify). */
  readonly minimumRequiredDays: number | null;
  /** Related days counted up to `asOf` (overlaps merged, both ends inclusive). */
  readonly countedDays: number;
  /** Days still missing (against the requirement, or its least value when not known); null when no degree could qualify. */
  readonly shortfallDays: number | null;
  /**
   * The day the requirement was met, or will be met if the related work goes on as
   * given (null when the given periods end before it).
   */
  readonly reachedOn: string | null;
  /** Whether related work goes on past `asOf`. */
  readonly ongoing: boolean;
  /** Index in `degrees` of the degree that sets the requirement. */
  readonly governingDegree: number | null;
}

/** Status of an experience decision. */
export type ExperienceStatus = 'sufficient' | 'insufficient' | 'incomplete';

/** The decision of {@link assessExperience}. */
export type ExperienceDecision = Decision<'experience', ExperienceStatus, ExperienceValue>;

const STATUS: Readonly<Record<'met' | 'unmet' | 'unknown', ExperienceStatus>> = {
  met: 'sufficient',
  unmet: 'insufficient',
  unknown: 'incomplete',
};

/**
 * Art. 10(ب): the related experience a licence needs, by the highest qualifying degree
 * (SPEC D4), and what has been worked (SPEC D5): periods merged, cut at `asOf`, counted in
 * days inclusive of both ends, N years = N × 365 days.
 *
 * @param input - `asOf`; `degrees` (as in {@link PersonFacts}); `periods`
 *   (`{ start, end?, related? }[]`, `end` left out = the work goes on); `options.daysPerYear`
 * @returns a decision, status `sufficient` / `insufficient` / `incomplete`, value
 *   `{ requiredYears, requiredDays, minimumRequiredDays, countedDays, shortfallDays, reachedOn, ongoing, governingDegree }`
 * @throws {InputError} for malformed input, e.g. a period that ends before it starts
 *   (field `periods[i].end`)
 * @example
 * assessExperience({
 *   asOf: '1404/01/01',
 *   degrees: [{ kind: 'university', level: 'bachelor', field: 'law', awarded: true }],
 *   periods: [{ start: '1402/01/01', related: true }],
 * }).value;
 * // { requiredYears: 3, requiredDays: 1095, minimumRequiredDays: 1095, countedDays: 732,
 * //   shortfallDays: 363, reachedOn: '1404/12/28', ongoing: true, governingDegree: 0 }
 */
export function assessExperience(input: ExperienceInput): ExperienceDecision {
  const r = parseInput(ExperienceInputSchema, input);
  const e = evaluateExperience(
    r.asOf,
    r.degrees,
    r.periods,
    r.options?.daysPerYear ?? DEFAULT_DAYS_PER_YEAR,
    'degrees',
    'periods',
  );
  return makeDecision({
    kind: 'experience',
    asOf: r.asOf,
    status: STATUS[e.status],
    value: {
      requiredYears: e.requiredYears,
      requiredDays: e.requiredDays,
      minimumRequiredDays: e.minimumRequiredDays,
      countedDays: e.countedDays,
      shortfallDays: e.shortfallDays,
      reachedOn: e.reachedOn === null ? null : formatDayNumber(e.reachedOn),
      ongoing: e.ongoing,
      governingDegree: e.governingDegree,
    },
    summary: e.finding.message,
    findings: [e.finding],
  });
}

