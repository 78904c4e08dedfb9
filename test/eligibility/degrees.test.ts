/**
 * Mutation-testing tests for src/eligibility/degrees.ts and the shared degree and age
 * findings of src/eligibility/conditions.ts (issue 7): each degree's verdict, reasons and
 * missing facts, the degree that governs, the words a degree is named by, and the
 * findings built once and shared between decisions (frozen, and never given to the
 * wrong degree).
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/decision.js';
import { assessDegree, assessDegrees, describeDegree } from '../../src/eligibility/degrees.js';
import { assessExperience, checkEligibility, checkLicence, type DegreeInput, type PersonFacts } from '../../src/eligibility/index.js';
import type { ParsedDegree } from '../../src/eligibility/schemas.js';
import { day, FULL } from './arbitraries.js';

const AS_OF = '1404/01/01';
const ASOF = day(1404, 1, 1);
const DEGREE = 3; // index of Art. 9(ت) among the 14 findings
const AGE = 4;

const degreeOf = (degrees: DegreeInput[], person: PersonFacts = FULL): Finding =>
  checkEligibility({ role: 'manager', asOf: AS_OF, person: { ...person, degrees } }).findings[DEGREE] as Finding;

const uni = (level: DegreeInput['level'] | undefined, field: DegreeInput['field'] | undefined, awarded: boolean | undefined = true): DegreeInput => {
  const d: Record<string, unknown> = { kind: 'university' };
  if (level !== undefined) d['level'] = level;
  if (field !== undefined) d['field'] = field;
  if (awarded !== undefined) d['awarded'] = awarded;
  return d as DegreeInput;
};
const sem = (level: 1 | 2 | 3 | 4 | undefined, awarded = true): DegreeInput =>
  (level === undefined ? { kind: 'seminary', awarded } : { kind: 'seminary', level, awarded }) as DegreeInput;

describe('degrees.ts, SPEC D4: one degree judged against Art. 9(ت)', () => {
  it('Art. 9(ت): a university degree whose level is not given is unknown (it could be a PhD), listing its level', () => {
    const f = degreeOf([uni(undefined, 'law')]);
    expect(f).toMatchObject({ code: 'eligibility.degree.unknown', status: 'unknown', citation: { article: 9, clause: 'ت' } });
    expect(f.missing).toEqual(['person.degrees[0].level']);
    expect(f.data).toEqual({ degrees: [{ index: 0, qualifies: 'unknown', reasons: [] }] });
    const a = assessDegree({ kind: 'university', field: 'law', awarded: true }, 2, ASOF, 'p');
    expect(a).toEqual({ index: 2, qualifies: 'unknown', reasons: [], missing: ['p[2].level'], years: 1 });
  });

  it('Art. 9(ت): a university degree whose field is not given is unknown, listing its field', () => {
    const f = degreeOf([uni('master', undefined)]);
    expect(f).toMatchObject({ code: 'eligibility.degree.unknown', status: 'unknown' });
    expect(f.missing).toEqual(['person.degrees[0].field']);
    expect(assessDegree({ kind: 'university', level: 'master', awarded: true }, 1, ASOF, 'q')).toEqual({
      index: 1,
      qualifies: 'unknown',
      reasons: [],
      missing: ['q[1].field'],
      years: 2,
    });
  });

  it('Art. 9(ت): level, field and award all unknown are listed in that order', () => {
    expect(assessDegree({ kind: 'university' }, 0, ASOF, 'person.degrees').missing).toEqual([
      'person.degrees[0].level',
      'person.degrees[0].field',
      'person.degrees[0].awarded',
    ]);
    expect(assessDegree({ kind: 'seminary' }, 3, ASOF, 'd').missing).toEqual(['d[3].level', 'd[3].awarded']);
  });

  it('Art. 9(ت): an associate degree (کاردانی) in law, awarded, falls short by its level', () => {
    const f = degreeOf([uni('associate', 'law')]);
    expect(f).toMatchObject({ code: 'eligibility.degree.unmet', status: 'unmet' });
    expect(f.data).toEqual({ degrees: [{ index: 0, qualifies: 'no', reasons: ['level'] }] });
    expect(assessDegree({ kind: 'university', level: 'associate', field: 'law', awarded: true }, 0, ASOF, 'p')).toEqual({
      index: 0,
      qualifies: 'no',
      reasons: ['level'],
      missing: [],
      years: null,
    });
  });

  it('Art. 9(ت): seminary level 1 falls short by its level; level 2 qualifies (3 years of Art. 10(ب))', () => {
    expect(degreeOf([sem(1)]).data).toEqual({ degrees: [{ index: 0, qualifies: 'no', reasons: ['level'] }] });
    expect(assessDegree({ kind: 'seminary', level: 2, awarded: true }, 0, ASOF, 'p')).toEqual({ index: 0, qualifies: 'yes', reasons: [], missing: [], years: 3 });
  });

  it('Art. 9(ت): every shortcoming is given, in the order level, field, not awarded', () => {
    expect(assessDegree({ kind: 'university', level: 'associate', field: 'economics', awarded: false }, 0, ASOF, 'p').reasons).toEqual([
      'level',
      'field',
      'notAwarded',
    ]);
    expect(assessDegree({ kind: 'university', level: 'bachelor', field: 'economics', awarded: false }, 0, ASOF, 'p').reasons).toEqual(['field', 'notAwarded']);
  });
});

describe('degrees.ts, SPEC D4: the degrees judged together', () => {
  it('Art. 9(ت): no degree at all: the condition is not met, no requirement, nothing missing', () => {
    expect(assessDegrees([], ASOF, 'p')).toEqual({ qualifies: 'no', degrees: [], governing: null, knownYears: null, possibleYears: null, missing: [] });
  });

  it('Art. 9(ت): degrees not given: unknown, the list itself missing, the requirement at least 1 year', () => {
    expect(assessDegrees(undefined, ASOF, 'person.degrees')).toEqual({
      qualifies: 'unknown',
      degrees: [],
      governing: null,
      knownYears: null,
      possibleYears: 1,
      missing: ['person.degrees'],
    });
  });

  it('Art. 10(ب): of two degrees that might qualify, the least requirement is the lower one, in either order', () => {
    const bachelor: ParsedDegree = { kind: 'university', level: 'bachelor', field: 'law' };
    const phd: ParsedDegree = { kind: 'university', level: 'doctorate', field: 'law' };
    expect(assessDegrees([bachelor, phd], ASOF, 'p').possibleYears).toBe(1);
    expect(assessDegrees([phd, bachelor], ASOF, 'p').possibleYears).toBe(1);
    expect(assessDegrees([bachelor, phd], ASOF, 'p').qualifies).toBe('unknown');
    expect(assessDegrees([bachelor, phd], ASOF, 'p').missing).toEqual(['p[0].awarded', 'p[1].awarded']);
  });

  it('Art. 10(ب), D4: a qualifying bachelor governs (3 years) while an unawarded-or-not PhD could still lower it to 1', () => {
    const a = assessDegrees([{ kind: 'university', level: 'doctorate', field: 'law' }, { kind: 'university', level: 'bachelor', field: 'law', awarded: true }], ASOF, 'p');
    expect(a).toMatchObject({ qualifies: 'yes', governing: 1, knownYears: 3, possibleYears: 1, missing: ['p[0].awarded'] });
  });

  it('Art. 9(ت), D4: of two equally high qualifying degrees, the first one given governs', () => {
    const degrees = [uni('bachelor', 'law'), uni('bachelor', 'judicialSciences')];
    const f = degreeOf(degrees);
    expect(f.data).toEqual({ degree: 0 });
    expect(f.message.en).toBe("The bachelor's in law meets the degree condition.");
    expect(assessDegrees(degrees as ParsedDegree[], ASOF, 'p').governing).toBe(0);
    expect(assessExperience({ asOf: AS_OF, degrees, periods: [] }).value.governingDegree).toBe(0);
    expect(assessDegrees([uni('master', 'law'), uni('bachelor', 'law'), uni('master', 'judicialSciences')] as ParsedDegree[], ASOF, 'p').governing).toBe(0);
  });
});

describe('degrees.ts: describeDegree, the words a degree is named by', () => {
  it('Art. 9(ت): a seminary degree is named by its level, or as a seminary degree when the level is not given', () => {
    expect(describeDegree({ kind: 'seminary', level: 3 })).toEqual({ fa: 'سطح 3 حوزه علمیه', en: 'seminary level 3' });
    expect(describeDegree({ kind: 'seminary' })).toEqual({ fa: 'مدرک حوزه علمیه', en: 'seminary degree' });
    expect(describeDegree({ kind: 'seminary', level: 2, field: 'law' })).toEqual({ fa: 'سطح 2 حوزه علمیه', en: 'seminary level 2' });
  });

  it('Art. 9(ت): a university degree is named by its level and field, each when given', () => {
    expect(describeDegree({ kind: 'university', level: 'master', field: 'judicialSciences' })).toEqual({ fa: 'کارشناسی ارشد علوم قضایی', en: "master's in judicial sciences" });
    expect(describeDegree({ kind: 'university', level: 'doctorate' })).toEqual({ fa: 'دکتری تخصصی', en: 'PhD' });
    expect(describeDegree({ kind: 'university', field: 'law' })).toEqual({ fa: 'مدرک دانشگاهی حقوق', en: 'university degree in law' });
    expect(describeDegree({ kind: 'university' })).toEqual({ fa: 'مدرک دانشگاهی', en: 'university degree' });
  });
});

describe('conditions.ts: degree and age findings built once and shared', () => {
  it('Art. 9(ت): the met finding of the same degree at the same place is one frozen object, shared by decisions', () => {
    const a = degreeOf([uni('master', 'law')]);
    const b = degreeOf([uni('master', 'law')], { ...FULL, birthDate: '1360/01/01' });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.message)).toBe(true);
    // The same degree at index 1 is another finding (its data names index 1).
    const c = degreeOf([uni('associate', 'law'), uni('master', 'law')]);
    expect(c).not.toBe(a);
    expect(c.data).toEqual({ degree: 1 });
    expect(degreeOf([uni('associate', 'law'), uni('master', 'law')])).toBe(c);
  });

  it('Art. 9(ت): a shared met finding is never given to another degree (level, field, kind and index told apart)', () => {
    const cases: [DegreeInput[], string, number][] = [
      [[uni('bachelor', 'law')], "The bachelor's in law meets the degree condition.", 0],
      [[uni('master', 'law')], "The master's in law meets the degree condition.", 0],
      [[uni('bachelor', 'judicialSciences')], "The bachelor's in judicial sciences meets the degree condition.", 0],
      [[sem(2)], 'The seminary level 2 meets the degree condition.', 0],
      [[uni('associate', 'law'), uni('bachelor', 'law')], "The bachelor's in law meets the degree condition.", 1],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [degrees, en, index] of cases) {
        const f = degreeOf(degrees);
        expect(f.message.en).toBe(en);
        expect(f.data).toEqual({ degree: index });
      }
    }
  });

  it('Art. 9(ت): a qualifying degree at index 8 or further is named rightly each time (those are not shared)', () => {
    const eight = Array.from({ length: 8 }, () => uni('associate', 'law'));
    for (let round = 0; round < 2; round++) {
      const m = degreeOf([...eight, uni('master', 'law')]);
      expect(m.data).toEqual({ degree: 8 });
      expect(m.message.en).toBe("The master's in law meets the degree condition.");
      const b = degreeOf([...eight, uni('bachelor', 'judicialSciences')]);
      expect(b.data).toEqual({ degree: 8 });
      expect(b.message.en).toBe("The bachelor's in judicial sciences meets the degree condition.");
    }
  });

  it('Art. 9(ت): the unmet finding of the same shortcomings is one frozen object, for 0 to 3 degrees', () => {
    const sets: DegreeInput[][] = [
      [],
      [uni('associate', 'law')],
      [uni('associate', 'law'), uni('bachelor', 'economics')],
      [uni('associate', 'law'), uni('bachelor', 'economics'), uni('master', 'law', false)],
    ];
    for (const degrees of sets) {
      const a = degreeOf(degrees);
      expect(a.status).toBe('unmet');
      expect(degreeOf(degrees, { ...FULL, birthDate: '1360/01/01' })).toBe(a);
      expect(Object.isFrozen(a)).toBe(true);
    }
  });

  it('Art. 9(ت): unmet findings are never shared across different shortcomings or counts', () => {
    const cases: [DegreeInput[], string[][]][] = [
      [[uni('associate', 'law')], [['level']]],
      [[uni('bachelor', 'economics')], [['field']]],
      [[uni('bachelor', 'law', false)], [['notAwarded']]],
      [[uni('associate', 'economics', false)], [['level', 'field', 'notAwarded']]],
      [[uni('bachelor', 'economics'), uni('associate', 'law')], [['field'], ['level']]],
      [[uni('associate', 'law'), uni('bachelor', 'economics')], [['level'], ['field']]],
      [[uni('associate', 'law'), uni('associate', 'law'), uni('associate', 'law')], [['level'], ['level'], ['level']]],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [degrees, reasons] of cases) {
        const f = degreeOf(degrees);
        expect(f.data).toEqual({ degrees: reasons.map((r, index) => ({ index, qualifies: 'no', reasons: r })) });
        expect(f.message.en).toContain(`none of the ${degrees.length} ${degrees.length === 1 ? 'degree' : 'degrees'} given qualifies`);
      }
    }
  });

  it('Art. 9(ت): four or more unmet degrees (not shared) are reported each time with their own reasons', () => {
    const four = [uni('associate', 'law'), uni('associate', 'law'), uni('associate', 'law'), uni('bachelor', 'economics')];
    const five = [uni('bachelor', 'economics'), ...four];
    for (let round = 0; round < 2; round++) {
      const f4 = degreeOf(four);
      expect(f4.data).toEqual({ degrees: [['level'], ['level'], ['level'], ['field']].map((reasons, index) => ({ index, qualifies: 'no', reasons })) });
      expect(f4.message.en).toContain('none of the 4 degrees');
      const f5 = degreeOf(five);
      expect(f5.data).toEqual({ degrees: [['field'], ['level'], ['level'], ['level'], ['field']].map((reasons, index) => ({ index, qualifies: 'no', reasons })) });
      expect(f5.message.en).toContain('none of the 5 degrees');
    }
    const other = [uni('bachelor', 'economics'), uni('bachelor', 'economics'), uni('bachelor', 'economics'), uni('bachelor', 'economics')];
    expect(degreeOf(other).data).toEqual({ degrees: [0, 1, 2, 3].map((index) => ({ index, qualifies: 'no', reasons: ['field'] })) });
  });

  it('Art. 9(ث): the met age finding of the same post and age is one frozen object, shared by decisions', () => {
    const a = checkEligibility({ role: 'manager', asOf: AS_OF, person: { birthDate: '1370/05/10' } }).findings[AGE] as Finding;
    const b = checkEligibility({ role: 'manager', asOf: AS_OF, person: { ...FULL, birthDate: '1370/02/01' } }).findings[AGE] as Finding;
    expect(a.data).toEqual({ age: 33, minAge: 24 });
    expect(b).toBe(a);
    expect(Object.isFrozen(a.data)).toBe(true);
    // The licence checks the same post: the same finding again.
    expect(checkLicence({ asOf: AS_OF, person: { birthDate: '1370/05/10' } }).findings[AGE]).toBe(a);
  });
});
