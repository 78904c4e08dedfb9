/**
 * What this file buys (kept because the benchmark says so): the eligibility decisions'
 * validation at a fraction of zod's cost. bench/eligibility.mjs, row "(a) the zod schema
 * alone, no decision": the schema alone validates 180–215 k applicants/s, while the whole
 * `checkEligibility` decision with this validator runs 670–820 k/s (same run, taking
 * turns, load 2–3): without it a decision would cost the schema's ≈ 5 µs on top of its
 * ≈ 1.3 µs, about 4–5× slower, far from the target of 1/10 of the hand-written floor.
 * It is property-tested against the zod schemas, which stay the specification
 * (test/eligibility/fast.test.ts: valid inputs are accepted with the value zod gives;
 * inputs corrupted at any path are never accepted where zod refuses; for the licence and
 * the degrees too; the field-by-field cases follow in the same file).
 *
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

/** `undefined` or a member of `set` (the sets hold strings only, and `has` matches no other type). */
function optIn(v: unknown, set: ReadonlySet<unknown>): unknown {
  return v === undefined || set.has(v) ? v : FAIL;
}

/** A date (readDate refuses, with null, anything but a string or a Date). */
function date(v: unknown): number | Fail {
  const d = readDate(v);
  return typeof d === 'number' ? d : FAIL;
}

function optDate(v: unknown): number | undefined | Fail {
  return v === undefined ? undefined : date(v);
}

// The parsed objects have a fixed shape: every key present, `undefined` when the fact is
// not given (the rules read a missing key and an undefined one alike). One literal with a
// fixed set of keys is several times cheaper to build than keys added one by one.
type Out = Record<string, unknown>;

/** `undefined` or a boolean. */
function isOptBool(v: unknown): boolean {
  return v === undefined || typeof v === 'boolean';
}

function degree(v: unknown): ParsedDegree | null {
  if (!isObject(v)) return null;
  const kind = v['kind'];
  const level: unknown = v['level'];
  if (kind === 'university') {
    if (level !== undefined && !UNI_LEVELS.has(level)) return null;
  } else if (kind === 'seminary') {
    if (level !== undefined && level !== 1 && level !== 2 && level !== 3 && level !== 4) return null;
  } else {
    return null;
  }
  const field = v['field'];
  if (field !== undefined && !FIELDS.has(field)) return null;
  const awarded = v['awarded'];
  if (!isOptBool(awarded)) return null;
  const awardedOn = optDate(v['awardedOn']);
  if (awardedOn === FAIL) return null;
  return { kind, level, field, awarded, awardedOn } as ParsedDegree;
}

/** The person's facts, or null when the fast path does not accept them. */
export function fastPerson(v: unknown): ParsedPersonFacts | null {
  if (!isObject(v)) return null;
  // Fixed property reads: several times faster than a keyed loop.
  const iranianNationality = v['iranianNationality'];
  const adheresToConstitution = v['adheresToConstitution'];
  const practisesIslam = v['practisesIslam'];
  const permanentDismissalConviction = v['permanentDismissalConviction'];
  const computerSkillsCertificate = v['computerSkillsCertificate'];
  const effectiveCriminalRecord = v['effectiveCriminalRecord'];
  const drugAddiction = v['drugAddiction'];
  const opposingGroupAffiliation = v['opposingGroupAffiliation'];
  const stateEmployee = v['stateEmployee'];
  const engagedInCommerce = v['engagedInCommerce'];
  const attorney = v['attorney'];
  const officialExpert = v['officialExpert'];
  if (
    !isOptBool(iranianNationality) ||
    !isOptBool(adheresToConstitution) ||
    !isOptBool(practisesIslam) ||
    !isOptBool(permanentDismissalConviction) ||
    !isOptBool(computerSkillsCertificate) ||
    !isOptBool(effectiveCriminalRecord) ||
    !isOptBool(drugAddiction) ||
    !isOptBool(opposingGroupAffiliation) ||
    !isOptBool(stateEmployee) ||
    !isOptBool(engagedInCommerce) ||
    !isOptBool(attorney) ||
    !isOptBool(officialExpert)
  ) {
    return null;
  }
  const religion = v['religion'];
  if (optIn(religion, RELIGION) === FAIL) return null;
  const sex = v['sex'];
  if (optIn(sex, SEX) === FAIL) return null;
  const militaryService = v['militaryService'];
  if (optIn(militaryService, MILITARY) === FAIL) return null;
  const birthDate = optDate(v['birthDate']);
  if (birthDate === FAIL) return null;
  const given = v['degrees'];
  let degrees: ParsedDegree[] | undefined;
  if (given !== undefined) {
    if (!Array.isArray(given)) return null;
    // Stryker disable next-line ArrayDeclaration: equivalent — the length is a preallocation; every index is assigned below
    degrees = new Array(given.length);
    for (let i = 0; i < given.length; i++) {
      const d = degree(given[i]);
      if (d === null) return null;
      degrees[i] = d;
    }
  }
  return {
    iranianNationality,
    adheresToConstitution,
    religion,
    practisesIslam,
    degrees,
    birthDate,
    sex,
    militaryService,
    permanentDismissalConviction,
    computerSkillsCertificate,
    effectiveCriminalRecord,
    drugAddiction,
    opposingGroupAffiliation,
    stateEmployee,
    engagedInCommerce,
    attorney,
    officialExpert,
  } as ParsedPersonFacts;
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
    } else if (!Number.isSafeInteger(x) || (x as number) < 1 || (x as number) > 366) {
      return FAIL; // `daysPerYear`, the only other key allowed
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
  return { role, asOf, person, options: opts } as ParsedEligibilityInput;
}

/** Work periods, or null. */
export function fastPeriods(v: unknown): ParsedWorkPeriod[] | null {
  if (!Array.isArray(v)) return null;
  // Stryker disable next-line ArrayDeclaration: equivalent — the length is a preallocation; every index is assigned below
  const out: ParsedWorkPeriod[] = new Array(v.length);
  for (let i = 0; i < v.length; i++) {
    const p: unknown = v[i];
    if (!isObject(p)) return null;
    const start = date(p['start']);
    if (start === FAIL) return null;
    const end = optDate(p['end']);
    // A period without an end (which goes on) is compared with its own start: never out of order.
    if (end === FAIL || (end ?? start) < start) return null;
    const related = p['related'];
    if (!isOptBool(related)) return null;
    // A fixed shape, as for the person (the rules read a missing key and an undefined one alike).
    out[i] = { start, end, related } as ParsedWorkPeriod;
  }
  return out;
}

/** A `checkLicence` input, or null. */
export function fastLicenceInput(v: unknown): ParsedLicenceInput | null {
  if (!isObject(v)) return null;
  const asOf = date(v['asOf']);
  if (asOf === FAIL) return null;
  const person = fastPerson(v['person']);
  if (person === null) return null;
  const exam = v['exam'];
  let examOut: Out | undefined;
  if (exam !== undefined) {
    if (!isObject(exam)) return null;
    const passed = exam['passed'];
    if (typeof passed === 'boolean') {
      if (exam['score'] !== undefined || exam['sittingScores'] !== undefined) return null;
      examOut = { passed };
    } else {
      if (passed !== undefined) return null;
      const score = exam['score'];
      const sitting = exam['sittingScores'];
      if (!Number.isFinite(score) || !Array.isArray(sitting)) return null;
      for (let i = 0; i < sitting.length; i++) if (!Number.isFinite(sitting[i])) return null;
      // The score is one of the sitting's (so the sitting is not empty).
      if (!sitting.includes(score)) return null;
      examOut = { score, sittingScores: sitting.slice() };
    }
  }
  const experience = v['experience'];
  let experienceOut: Out | undefined;
  if (experience !== undefined) {
    if (!isObject(experience)) return null;
    const periods = fastPeriods(experience['periods']);
    if (periods === null) return null;
    experienceOut = { periods };
  }
  const opts = options(v['options'], LICENCE_OPTIONS);
  if (opts === FAIL) return null;
  // A fixed shape, as for the person.
  return { asOf, person, exam: examOut, experience: experienceOut, options: opts } as ParsedLicenceInput;
}

/**
 * A batch decided as it is read: each entry the fast path accepts is decided at once, so
 * its parsed input dies young, as in the loop the batch replaces (reading the whole array
 * first and deciding after kept every parsed input alive and made `checkLicenceBatch` 0.7×
 * the loop keeping its decisions: bench/eligibility.mjs, rows "checkLicence in a loop,
 * decisions kept" and "checkLicenceBatch"). When an entry is not accepted (or `inputs` is
 * not an array), the decisions made so far are dropped and `slow` (the batch's zod schema)
 * reads the whole array: it throws the typed error naming the entry (`[3].asOf`), or, where
 * the guard was stricter than the schema, returns every entry, which is then decided. The
 * decisions are pure, so deciding an entry before a later one is refused is never seen.
 */
export function decideBatch<P, D>(
  inputs: unknown,
  fast: (v: unknown) => P | null,
  slow: (v: unknown) => readonly P[],
  decide: (p: P) => D,
): D[] {
  if (Array.isArray(inputs)) {
    // Stryker disable next-line ArrayDeclaration: equivalent — the length is a preallocation; every index is assigned below
    const out: D[] = new Array(inputs.length);
    let i = 0;
    for (; i < inputs.length; i++) {
      const r = fast(inputs[i]);
      if (r === null) break;
      out[i] = decide(r);
    }
    if (i === inputs.length) return out;
  }
  const parsed = slow(inputs);
  // Stryker disable next-line ArrayDeclaration: equivalent — the length is a preallocation; every index is assigned below
  const out: D[] = new Array(parsed.length);
  for (let i = 0; i < parsed.length; i++) out[i] = decide(parsed[i] as P);
  return out;
}
