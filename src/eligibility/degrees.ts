/**
 * Degrees (SPEC D4): which degree meets Art. 9(ت), and how much experience Art. 10(ب)
 * asks of its holder. Three-valued: a degree qualifies (`yes`), does not (`no`), or
 * cannot yet be told (`unknown`, with the facts missing).
 */
import type { Bilingual } from '../core/text.js';
import { PARAMETERS } from '../params.js';
import { FIELD_LABELS, LEVEL_LABELS } from './messages.js';
import { RELATED_FIELDS, type DegreeField, type ParsedDegree } from './schemas.js';

/** Three-valued truth. */
export type Tri = 'yes' | 'no' | 'unknown';

/** Why a degree does not (or might not) qualify. */
export type DegreeShortcoming = 'level' | 'field' | 'notAwarded';

/** One degree judged against Art. 9(ت) on a date. */
export interface DegreeAssessment {
  readonly index: number;
  readonly qualifies: Tri;
  /** What keeps it from qualifying (when `no`). */
  readonly reasons: readonly DegreeShortcoming[];
  /** The facts still unknown (dotted paths), when `unknown`. */
  readonly missing: readonly string[];
  /**
   * Years of experience Art. 10(ب) asks of its holder: for a qualifying degree its
   * requirement; for an `unknown` one the least it could be once known; null for `no`.
   */
  readonly years: number | null;
}

const RELATED: ReadonlySet<DegreeField> = new Set(RELATED_FIELDS);

// Art. 10(ب): «سه سال … برای دارندگان مدرک کارشناسی یا سطح دو حوزه علمیه، دو سال برای
// دارندگان مدرک کارشناسی ارشد یا سطح سه حوزه علمیه و یک سال برای دارندگان مدرک دکتری
// تخصصی یا سطح چهار حوزه علمیه.»
const YEARS_BACHELOR = PARAMETERS.experienceYearsBachelor.value;
const YEARS_MASTER = PARAMETERS.experienceYearsMaster.value;
const YEARS_DOCTORATE = PARAMETERS.experienceYearsDoctorate.value;

/** Years of experience for a university level (null: the level does not qualify). */
function universityYears(level: string): number | null {
  switch (level) {
    case 'bachelor':
      return YEARS_BACHELOR;
    case 'master':
      return YEARS_MASTER;
    case 'doctorate':
      return YEARS_DOCTORATE;
    default:
      return null;
  }
}

/** Years of experience for a seminary level (null: level 1 does not qualify). */
function seminaryYears(level: number): number | null {
  switch (level) {
    case 2:
      return YEARS_BACHELOR;
    case 3:
      return YEARS_MASTER;
    case 4:
      return YEARS_DOCTORATE;
    default:
      return null;
  }
}

const NONE: readonly never[] = Object.freeze([]);
/** The shortcomings of each combination of bits, in the order level, field, not awarded. */
const REASONS: readonly (readonly DegreeShortcoming[])[] = /* @__PURE__ */ Array.from({ length: 8 }, (_, bits) =>
  Object.freeze((['level', 'field', 'notAwarded'] as const).filter((_, i) => (bits & (1 << i)) !== 0)),
);

/**
 * Judge one degree on `asOf` (SPEC D4).
 *
 * ت - دارا بودن مدرک کارشناسی با بالاتر در رشته های مرتبط با حقوق، فقه و مبانی حقوق
 * اسلامی و علوم قضایی از دانشگاهها و مؤسسات آموزش عالی یا مدرک سطح دو یا بالاتر از
 * حوزه های علمیه؛
 *
 * - University: bachelor or higher AND a related field. Seminary: level 2 or higher,
 *   whatever its subject (D4).
 * - «دارا بودن» (holding): a degree not yet awarded does not count (D4). When
 *   `awardedOn` is given it decides (awarded on or before `asOf`); else `awarded`.
 */
export function assessDegree(d: ParsedDegree, index: number, asOf: number, prefix: string): DegreeAssessment {
  // Shortcomings as bits (level 1, field 2, not awarded 4): the arrays are shared, built once.
  let bits = 0;
  let missing: string[] | undefined;
  let years: number | null = null;
  if (d.kind === 'university') {
    if (d.level === undefined) {
      (missing ??= []).push(`${prefix}[${index}].level`);
      years = YEARS_DOCTORATE;
    } else {
      years = universityYears(d.level);
      if (years === null) bits |= 1;
    }
    if (d.field === undefined) (missing ??= []).push(`${prefix}[${index}].field`);
    else if (!RELATED.has(d.field)) bits |= 2;
  } else if (d.level === undefined) {
    (missing ??= []).push(`${prefix}[${index}].level`);
    years = YEARS_DOCTORATE;
  } else {
    years = seminaryYears(d.level);
    if (years === null) bits |= 1;
  }
  const awarded = d.awardedOn !== undefined ? d.awardedOn <= asOf : d.awarded;
  if (awarded === undefined) (missing ??= []).push(`${prefix}[${index}].awarded`);
  else if (!awarded) bits |= 4;
  if (bits !== 0) return { index, qualifies: 'no', reasons: REASONS[bits] as readonly DegreeShortcoming[], missing: NONE, years: null };
  return missing === undefined
    ? { index, qualifies: 'yes', reasons: NONE, missing: NONE, years }
    : { index, qualifies: 'unknown', reasons: NONE, missing, years };
}

/** The degrees judged together: the condition of Art. 9(ت) and the requirement of Art. 10(ب). */
export interface DegreesAssessment {
  /** Art. 9(ت): some degree qualifies (`yes`), none can (`no`), or it depends on facts unknown. */
  readonly qualifies: Tri;
  readonly degrees: readonly DegreeAssessment[];
  /** Index of the highest qualifying degree (fewest years required), or null. */
  readonly governing: number | null;
  /** Years required by the highest qualifying degree (null when none is known to qualify). */
  readonly knownYears: number | null;
  /** The least the requirement could be once the unknown facts are known (null when no degree could qualify). */
  readonly possibleYears: number | null;
  /** Facts that would settle the degree condition or the requirement. */
  readonly missing: readonly string[];
}

/**
 * Judge every degree (SPEC D4): the condition of Art. 9(ت) is met when any degree
 * qualifies; the requirement of Art. 10(ب) is set by the highest *qualifying* degree
 * (the fewest years). `degrees` undefined: unknown (`prefix` is listed as missing).
 */
export function assessDegrees(degrees: readonly ParsedDegree[] | undefined, asOf: number, prefix: string): DegreesAssessment {
  if (degrees === undefined) {
    return { qualifies: 'unknown', degrees: [], governing: null, knownYears: null, possibleYears: YEARS_DOCTORATE, missing: [prefix] };
  }
  const out: DegreeAssessment[] = [];
  let governing: number | null = null;
  let knownYears: number | null = null;
  let possibleYears: number | null = null;
  const missing: string[] = [];
  for (let i = 0; i < degrees.length; i++) {
    const a = assessDegree(degrees[i] as ParsedDegree, i, asOf, prefix);
    out.push(a);
    if (a.years === null) continue;
    possibleYears = possibleYears === null ? a.years : Math.min(possibleYears, a.years);
    if (a.qualifies === 'yes') {
      if (knownYears === null || a.years < knownYears) {
        knownYears = a.years;
        governing = i;
      }
    } else {
      for (const m of a.missing) missing.push(m);
    }
  }
  const qualifies: Tri = knownYears !== null ? 'yes' : possibleYears !== null ? 'unknown' : 'no';
  return { qualifies, degrees: out, governing, knownYears, possibleYears, missing };
}

/** The degree as words, e.g. "master's in law" / "کارشناسی ارشد حقوق", "seminary level 2". */
export function describeDegree(d: ParsedDegree): Bilingual {
  if (d.kind === 'seminary') {
    return d.level === undefined
      ? { fa: 'مدرک حوزه علمیه', en: 'seminary degree' }
      : { fa: `سطح ${d.level} حوزه علمیه`, en: `seminary level ${d.level}` };
  }
  const level = d.level === undefined ? { fa: 'مدرک دانشگاهی', en: 'university degree' } : (LEVEL_LABELS[d.level] as Bilingual);
  if (d.field === undefined) return level;
  const field = FIELD_LABELS[d.field] as Bilingual;
  return { fa: `${level.fa} ${field.fa}`, en: `${level.en} in ${field.en}` };
}
