/**
 * The manager's related experience under the instruction (its Art. 5(3)).
 *
 * ۳ – دارا بودن پنج سال سابقه کار مرتبط
 *
 * A flat five years, whatever the degree (the regulation's Art. 10(ب) asks 3, 2 or 1 by
 * degree). Counted as SPEC D5 counts it for the regulation: related periods (relatedness
 * is the caller's fact) merged where they overlap, cut at `asOf`, counted in days
 * inclusive of both ends; N years = N × 365 days (option `daysPerYear`). A period without
 * an end runs on: to `asOf` for the count, beyond it for the date five years are reached.
 */
import { formatDayNumber } from '../_lib/jalali.js';
import type { Finding } from './render.js';
import { finding } from './render.js';
import type { ParsedWorkPeriod } from '../eligibility/schemas.js';
import { iItem } from './cite.js';
import { INSTRUCTION_PARAMETERS } from './params.js';

const CITE_5_3 = iItem(5, 3);

/** The experience of a manager under the instruction, as numbers (day numbers for dates). */
export interface InstructionExperience {
  readonly status: 'met' | 'unmet' | 'unknown';
  readonly finding: Finding;
  readonly requiredDays: number;
  /** Related days up to `asOf` (merged, inclusive). */
  readonly countedDays: number;
  /** Days still missing (0 when met). */
  readonly shortfallDays: number;
  /** The day the requirement is (or, if the related work goes on, will be) complete; null when it will not be. */
  readonly reachedOn: number | null;
}

/** Merge [start, end] intervals (end may be Infinity) into sorted disjoint ones. */
function merge(intervals: readonly (readonly [number, number])[]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1] + 1) {
      if (e > last[1]) last[1] = e;
    } else out.push([s, e]);
  }
  return out;
}

/** Days of merged intervals up to `asOf`, inclusive. */
function countUpTo(merged: readonly (readonly [number, number])[], asOf: number): number {
  let n = 0;
  for (const [s, e] of merged) {
    if (s > asOf) break;
    n += Math.min(e, asOf) - s + 1;
  }
  return n;
}

/** The day the `required`-th related day is worked, or null when the periods end first. */
function dayReached(merged: readonly (readonly [number, number])[], required: number): number | null {
  let n = 0;
  for (const [s, e] of merged) {
    const len = e - s + 1;
    if (n + len >= required) return s + (required - n) - 1;
    n += len;
  }
  return null;
}

/**
 * Art. 5(3) on numbers. `periods` undefined is unknown (`prefix` is listed as missing); a
 * period whose relatedness is unknown makes the finding unknown when it could complete
 * the five years.
 */
export function evaluateInstructionExperience(
  asOf: number,
  periods: readonly ParsedWorkPeriod[] | undefined,
  daysPerYear: number,
  prefix: string,
): InstructionExperience {
  const years = INSTRUCTION_PARAMETERS.managerExperienceYears.value;
  const requiredDays = years * daysPerYear;
  const related: [number, number][] = [];
  const possible: [number, number][] = [];
  const relatednessMissing: string[] = [];
  periods?.forEach((p, i) => {
    if (p.related === false) return;
    const iv: [number, number] = [p.start, p.end ?? Number.POSITIVE_INFINITY];
    possible.push(iv);
    if (p.related === true) related.push(iv);
    else if (p.start <= asOf) relatednessMissing.push(`${prefix}[${i}].related`);
  });
  const mergedRelated = merge(related);
  const countedDays = countUpTo(mergedRelated, asOf);
  const possibleDays = periods === undefined ? Number.POSITIVE_INFINITY : countUpTo(merge(possible), asOf);
  const shortfallDays = Math.max(0, requiredDays - countedDays);
  const reachedOn = dayReached(mergedRelated, requiredDays);
  const status: InstructionExperience['status'] = countedDays >= requiredDays ? 'met' : possibleDays < requiredDays ? 'unmet' : 'unknown';
  const data = {
    requiredDays,
    countedDays,
    shortfallDays,
    reachedOn: reachedOn === null ? null : formatDayNumber(reachedOn),
  };
  let f: Finding;
  if (status === 'met') {
    f = finding({
      code: 'instruction.experience.met',
      status,
      citation: CITE_5_3,
      params: { counted: countedDays, required: requiredDays, years, reachedOn: formatDayNumber(reachedOn as number) },
      data,
    });
  } else if (status === 'unmet') {
    f = finding({
      code: 'instruction.experience.short',
      status,
      citation: CITE_5_3,
      params: { counted: countedDays, required: requiredDays, years, shortfall: shortfallDays, metOn: data.reachedOn },
      data,
    });
  } else {
    f = finding({
      code: 'instruction.experience.unknown',
      status,
      citation: CITE_5_3,
      params: { counted: countedDays, possible: periods === undefined ? null : possibleDays, required: requiredDays },
      missing: periods === undefined ? [prefix] : relatednessMissing,
      data,
    });
  }
  return { status, finding: f, requiredDays, countedDays, shortfallDays, reachedOn };
}
