/**
 * Shared fixtures and fast-check arbitraries for the eligibility tests. Inputs are built
 * from known-good values with `.map`, not filtered.
 */
import fc from 'fast-check';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { toPersianDigits } from '../../src/_lib/digits.js';
import type { Decision, Finding } from '../../src/core/decision.js';
import {
  DEGREE_FIELDS,
  MILITARY_STATUSES,
  UNIVERSITY_LEVELS,
  type DegreeInput,
  type PersonFacts,
  type WorkPeriodInput,
} from '../../src/eligibility/index.js';

/** A day number from a Jalali date (month 1-based). */
export const day = (y: number, m: number, d: number): number => toDayNumber(y, m, d);
/** A Jalali date string `n` days after a day number. */
export const dateAt = (dayNumber: number, plus = 0): string => formatDayNumber(dayNumber + plus);

/** A bachelor's in law, awarded. */
export const LAW_BACHELOR: DegreeInput = { kind: 'university', level: 'bachelor', field: 'law', awarded: true };

/** An applicant meeting every condition of Arts. 9 and 11 on 1404/01/01 (born 1370/05/10, a man). */
export const FULL: PersonFacts = {
  iranianNationality: true,
  adheresToConstitution: true,
  religion: 'islam',
  practisesIslam: true,
  degrees: [LAW_BACHELOR],
  birthDate: '1370/05/10',
  sex: 'male',
  militaryService: 'completionCard',
  permanentDismissalConviction: false,
  computerSkillsCertificate: true,
  effectiveCriminalRecord: false,
  drugAddiction: false,
  opposingGroupAffiliation: false,
  stateEmployee: false,
  engagedInCommerce: false,
  attorney: false,
  officialExpert: false,
};

/** The yes/no facts, each with the value that meets its condition. */
export const BOOLEAN_FACTS = [
  ['iranianNationality', true, 9, 'الف'],
  ['adheresToConstitution', true, 9, 'ب'],
  ['practisesIslam', true, 9, 'پ'],
  ['permanentDismissalConviction', false, 9, 'چ'],
  ['computerSkillsCertificate', true, 9, 'ح'],
  ['effectiveCriminalRecord', false, 9, 'خ'],
  ['drugAddiction', false, 9, 'د'],
  ['opposingGroupAffiliation', false, 9, 'ذ'],
  ['stateEmployee', false, 11, 'الف'],
  ['engagedInCommerce', false, 11, 'ب'],
  ['attorney', false, 11, 'پ'],
  ['officialExpert', false, 11, 'پ'],
] as const;

/** The finding of a clause. */
export function clause(d: Decision, article: number, letter?: string): Finding {
  const f = d.findings.find((x) => x.citation.article === article && x.citation.clause === letter);
  if (f === undefined) throw new Error(`no finding for Art. ${article}(${letter})`);
  return f;
}

/** Deep-freeze an input, so any mutation by the code under test throws. */
export function deepFreeze<T>(x: T): T {
  if (x !== null && typeof x === 'object' && !(x instanceof Date) && !Object.isFrozen(x)) {
    for (const v of Object.values(x)) deepFreeze(v);
    Object.freeze(x);
  }
  return x;
}

/** A day number in 1300–1450. */
export const dayArb = fc.integer({ min: day(1300, 1, 1), max: day(1450, 12, 29) });

/** A date string, in Latin or Persian digits, or a JS Date at UTC midnight. */
export const dateInputArb = fc
  .tuple(dayArb, fc.constantFrom('latin', 'persian', 'date'))
  .map(([d, form]) => (form === 'date' ? new Date(d * 86_400_000) : form === 'persian' ? toPersianDigits(formatDayNumber(d)) : formatDayNumber(d)));

const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 3 });

/** A degree, possibly with facts missing. */
export const degreeArb: fc.Arbitrary<DegreeInput> = fc.oneof(
  fc.record(
    {
      kind: fc.constant('university' as const),
      level: fc.constantFrom(...UNIVERSITY_LEVELS),
      field: fc.constantFrom(...DEGREE_FIELDS),
      awarded: fc.boolean(),
      awardedOn: dateInputArb,
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record(
    {
      kind: fc.constant('seminary' as const),
      level: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
      awarded: fc.boolean(),
      awardedOn: dateInputArb,
    },
    { requiredKeys: ['kind'] },
  ),
);

/** Any person: every fact present or missing, any value. */
export const personArb: fc.Arbitrary<PersonFacts> = fc.record(
  {
    iranianNationality: fc.boolean(),
    adheresToConstitution: fc.boolean(),
    religion: fc.constantFrom('islam' as const, 'other' as const),
    practisesIslam: fc.boolean(),
    degrees: fc.array(degreeArb, { maxLength: 3 }),
    birthDate: dateInputArb,
    sex: fc.constantFrom('male' as const, 'female' as const),
    militaryService: fc.constantFrom(...MILITARY_STATUSES),
    permanentDismissalConviction: fc.boolean(),
    computerSkillsCertificate: fc.boolean(),
    effectiveCriminalRecord: fc.boolean(),
    drugAddiction: fc.boolean(),
    opposingGroupAffiliation: fc.boolean(),
    stateEmployee: fc.boolean(),
    engagedInCommerce: fc.boolean(),
    attorney: fc.boolean(),
    officialExpert: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** A person who is most often close to eligible (so that every status occurs). */
export const nearFullArb: fc.Arbitrary<PersonFacts> = fc
  .tuple(personArb, fc.array(fc.constantFrom(...(Object.keys(FULL) as (keyof PersonFacts)[])), { maxLength: 4 }), fc.boolean())
  .map(([random, keys, keepFull]) => {
    const out: Record<string, unknown> = { ...FULL };
    for (const k of keys) {
      if (keepFull) delete out[k];
      else out[k] = (random as Record<string, unknown>)[k];
    }
    for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
    return out as PersonFacts;
  });

/** A work period: start, optional end (≥ start), relatedness. */
export const periodArb: fc.Arbitrary<WorkPeriodInput> = fc
  .record({
    start: fc.integer({ min: day(1390, 1, 1), max: day(1405, 12, 29) }),
    length: opt(fc.integer({ min: 0, max: 1500 })),
    related: opt(fc.boolean()),
  })
  .map(({ start, length, related }) => {
    const p: { start: string; end?: string; related?: boolean } = { start: formatDayNumber(start) };
    if (length !== undefined) p.end = formatDayNumber(start + length);
    if (related !== undefined) p.related = related;
    return p;
  });

/** A related work period. */
export const relatedPeriodArb: fc.Arbitrary<WorkPeriodInput> = periodArb.map((p) => ({ ...p, related: true }));

export { opt };
