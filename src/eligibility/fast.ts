/**
 * The fast path of input validation. A registration round validates thousands of
 * applicants; zod/mini (which builds no code at run time) costs a few microseconds an
 * object, several times a whole decision. These guards accept exactly the well-formed
 * inputs of the schemas in `schemas.ts` and return the same parsed value; anything they
 * do not accept returns `null`, and the caller then runs the zod schema, which is the
 * specification and produces the typed error naming the field. So a guard may be
 * stricter than its schema (a slower path, never a wrong answer), never looser; a
 * property test compares both on valid and malformed inputs.
 */
import { readDate } from '../core/schemas.js';
import {
  DEGREE_FIELDS,
  MILITARY_STATUSES,
  RELIGIONS,
  SEXES,
  UNIVERSITY_LEVELS,
  type ParsedDegree,
  type ParsedEligibilityInput,
  type ParsedLicenceInput,
  type ParsedPersonFacts,
  type ParsedWorkPeriod,
} from './schemas.js';

const FIELDS: ReadonlySet<unknown> = new Set(DEGREE_FIELDS);
const UNI_LEVELS: ReadonlySet<unknown> = new Set(UNIVERSITY_LEVELS);
const MILITARY: ReadonlySet<unknown> = new Set(MILITARY_STATUSES);
const SEX: ReadonlySet<unknown> = new Set(SEXES);
const RELIGION: ReadonlySet<unknown> = new Set(RELIGIONS);

/** Signals a value the fast path does not accept. */
const FAIL = Symbol('fail');
type Fail = typeof FAIL;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function optBool(v: unknown): boolean | undefined | Fail {
  return v === undefined || typeof v === 'boolean' ? v : FAIL;
}

function optIn(v: unknown, set: ReadonlySet<unknown>): unknown {
  return v === undefined || (typeof v === 'string' && set.has(v)) ? v : FAIL;
}

function date(v: unknown): number | Fail {
  if (typeof v !== 'string' && !(v instanceof Date)) return FAIL;
  const d = readDate(v);
  return typeof d === 'number' ? d : FAIL;
}

function optDate(v: unknown): number | undefined | Fail {
  return v === undefined ? undefined : date(v);
}

// Assign only the keys that have a value (the rules read a missing key and an undefined
// one alike); returns false when a value failed.
type Out = Record<string, unknown>;

function degree(v: unknown): ParsedDegree | null {
  if (!isObject(v)) return null;
  const kind = v['kind'];
  const out: Out = { kind };
  let level: unknown = v['level'];
  if (kind === 'university') {
    if (level !== undefined && !(typeof level === 'string' && UNI_LEVELS.has(level))) return null;
  } else if (kind === 'seminary') {
    if (level !== undefined && level !== 1 && level !== 2 && level !== 3 && level !== 4) return null;
  } else {
    return null;
  }
  if (level !== undefined) out['level'] = level;
  const field = optIn(v['field'], FIELDS);
  if (field === FAIL) return null;
  if (field !== undefined) out['field'] = field;
  const awarded = optBool(v['awarded']);
  if (awarded === FAIL) return null;
  if (awarded !== undefined) out['awarded'] = awarded;
  const awardedOn = optDate(v['awardedOn']);
  if (awardedOn === FAIL) return null;
  if (awardedOn !== undefined) out['awardedOn'] = awardedOn;
  return out as ParsedDegree;
}

/** The person's facts, or null when the fast path does not accept them. */
export function fastPerson(v: unknown): ParsedPersonFacts | null {
  if (!isObject(v)) return null;
  const out: Out = {};
  // Unrolled: a fixed property read each is several times faster than a keyed loop.
  let b: unknown;
  if ((b = v['iranianNationality']) !== undefined) { if (typeof b !== 'boolean') return null; out['iranianNationality'] = b; }
  if ((b = v['adheresToConstitution']) !== undefined) { if (typeof b !== 'boolean') return null; out['adheresToConstitution'] = b; }
  if ((b = v['practisesIslam']) !== undefined) { if (typeof b !== 'boolean') return null; out['practisesIslam'] = b; }
  if ((b = v['permanentDismissalConviction']) !== undefined) { if (typeof b !== 'boolean') return null; out['permanentDismissalConviction'] = b; }
  if ((b = v['computerSkillsCertificate']) !== undefined) { if (typeof b !== 'boolean') return null; out['computerSkillsCertificate'] = b; }
  if ((b = v['effectiveCriminalRecord']) !== undefined) { if (typeof b !== 'boolean') return null; out['effectiveCriminalRecord'] = b; }
  if ((b = v['drugAddiction']) !== undefined) { if (typeof b !== 'boolean') return null; out['drugAddiction'] = b; }
  if ((b = v['opposingGroupAffiliation']) !== undefined) { if (typeof b !== 'boolean') return null; out['opposingGroupAffiliation'] = b; }
  if ((b = v['stateEmployee']) !== undefined) { if (typeof b !== 'boolean') return null; out['stateEmployee'] = b; }
  if ((b = v['engagedInCommerce']) !== undefined) { if (typeof b !== 'boolean') return null; out['engagedInCommerce'] = b; }
  if ((b = v['attorney']) !== undefined) { if (typeof b !== 'boolean') return null; out['attorney'] = b; }
  if ((b = v['officialExpert']) !== undefined) { if (typeof b !== 'boolean') return null; out['officialExpert'] = b; }
  const religion = optIn(v['religion'], RELIGION);
  if (religion === FAIL) return null;
  if (religion !== undefined) out['religion'] = religion;
  const sex = optIn(v['sex'], SEX);
  if (sex === FAIL) return null;
  if (sex !== undefined) out['sex'] = sex;
  const military = optIn(v['militaryService'], MILITARY);
  if (military === FAIL) return null;
  if (military !== undefined) out['militaryService'] = military;
  const birth = optDate(v['birthDate']);
  if (birth === FAIL) return null;
  if (birth !== undefined) out['birthDate'] = birth;
  const degrees = v['degrees'];
  if (degrees !== undefined) {
    if (!Array.isArray(degrees)) return null;
    const ds: ParsedDegree[] = new Array(degrees.length);
    for (let i = 0; i < degrees.length; i++) {
      const d = degree(degrees[i]);
      if (d === null) return null;
      ds[i] = d;
    }
    out['degrees'] = ds;
  }
  return out as ParsedPersonFacts;
}

/** Options objects: only the keys given, each valid (strict objects in the schemas). */
function options(v: unknown, allowed: readonly string[]): Out | undefined | Fail {
  if (v === undefined) return undefined;
  if (!isObject(v)) return FAIL;
  const out: Out = {};
  for (const k in v) {
    if (!allowed.includes(k)) return FAIL;
    const x = v[k];
    if (x === undefined) continue;
    if (k === 'overflow') {
      if (x !== 'nextMonth' && x !== 'clamp') return FAIL;
    } else if (k === 'daysPerYear') {
      if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 1 || x > 366) return FAIL;
    } else {
      return FAIL;
    }
    out[k] = x;
  }
  return out;
}

const ELIGIBILITY_OPTIONS = ['overflow'];
const LICENCE_OPTIONS = ['overflow', 'daysPerYear'];

/** A `checkEligibility` input, or null when the fast path does not accept it. */
export function fastEligibilityInput(v: unknown): ParsedEligibilityInput | null {
  if (!isObject(v)) return null;
  const role = v['role'];
  if (role !== 'manager' && role !== 'legalExpert') return null;
  const asOf = date(v['asOf']);
  if (asOf === FAIL) return null;
  const person = fastPerson(v['person']);
  if (person === null) return null;
  const opts = options(v['options'], ELIGIBILITY_OPTIONS);
  if (opts === FAIL) return null;
  const out: Out = { role, asOf, person };
  if (opts !== undefined) out['options'] = opts;
  return out as ParsedEligibilityInput;
}

/** A batch of `checkEligibility` inputs, or null when the fast path does not accept one. */
export function fastEligibilityBatch(v: unknown): ParsedEligibilityInput[] | null {
  if (!Array.isArray(v)) return null;
  const out: ParsedEligibilityInput[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = fastEligibilityInput(v[i]);
    if (r === null) return null;
    out[i] = r;
  }
  return out;
}

/** Work periods, or null. */
export function fastPeriods(v: unknown): ParsedWorkPeriod[] | null {
  if (!Array.isArray(v)) return null;
  const out: ParsedWorkPeriod[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const p: unknown = v[i];
    if (!isObject(p)) return null;
    const start = date(p['start']);
    if (start === FAIL) return null;
    const end = optDate(p['end']);
    if (end === FAIL || (end !== undefined && end < start)) return null;
    const related = optBool(p['related']);
    if (related === FAIL) return null;
    const o: Out = { start };
    if (end !== undefined) o['end'] = end;
    if (related !== undefined) o['related'] = related;
    out[i] = o as ParsedWorkPeriod;
  }
  return out;
}

function finite(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v);
}

/** A `checkLicence` input, or null. */
export function fastLicenceInput(v: unknown): ParsedLicenceInput | null {
  if (!isObject(v)) return null;
  const asOf = date(v['asOf']);
  if (asOf === FAIL) return null;
  const person = fastPerson(v['person']);
  if (person === null) return null;
  const out: Out = { asOf, person };
  const exam = v['exam'];
  if (exam !== undefined) {
    if (!isObject(exam)) return null;
    const passed = exam['passed'];
    if (typeof passed === 'boolean') {
      if (exam['score'] !== undefined || exam['sittingScores'] !== undefined) return null;
      out['exam'] = { passed };
    } else {
      if (passed !== undefined) return null;
      const score = exam['score'];
      const sitting = exam['sittingScores'];
      if (!finite(score) || !Array.isArray(sitting) || sitting.length === 0) return null;
      for (let i = 0; i < sitting.length; i++) if (!finite(sitting[i])) return null;
      if (!sitting.includes(score)) return null;
      out['exam'] = { score, sittingScores: sitting.slice() };
    }
  }
  const experience = v['experience'];
  if (experience !== undefined) {
    if (!isObject(experience)) return null;
    const periods = fastPeriods(experience['periods']);
    if (periods === null) return null;
    out['experience'] = { periods };
  }
  const opts = options(v['options'], LICENCE_OPTIONS);
  if (opts === FAIL) return null;
  if (opts !== undefined) out['options'] = opts;
  return out as ParsedLicenceInput;
}

/** A batch of `checkLicence` inputs, or null. */
export function fastLicenceBatch(v: unknown): ParsedLicenceInput[] | null {
  if (!Array.isArray(v)) return null;
  const out: ParsedLicenceInput[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const r = fastLicenceInput(v[i]);
    if (r === null) return null;
    out[i] = r;
  }
  return out;
}
