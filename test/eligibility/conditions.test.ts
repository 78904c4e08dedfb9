/**
 * Mutation-testing tests for src/eligibility/conditions.ts (issue 7, item 5): each pins a
 * finding's code, status, citation, `missing`, `data` and the key facts of both messages,
 * so that a changed operator, constant or branch in the rule is caught.
 */
import { describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../src/_lib/digits.js';
import type { Finding } from '../../src/core/decision.js';
import {
  checkEligibility,
  CONDITION_CITATIONS,
  CONDITION_KEYS,
  MILITARY_STATUSES,
  type DegreeInput,
  type PersonFacts,
  type Role,
} from '../../src/eligibility/index.js';
import { minimumAge } from '../../src/eligibility/conditions.js';
import { FULL, LAW_BACHELOR } from './arbitraries.js';

const AS_OF = '1404/01/01';

function findingsOf(person: PersonFacts, role: Role = 'manager', asOf = AS_OF, overflow?: 'nextMonth' | 'clamp'): Finding[] {
  const d = overflow === undefined ? checkEligibility({ role, asOf, person }) : checkEligibility({ role, asOf, person, options: { overflow } });
  return d.findings as Finding[];
}
const at = (key: (typeof CONDITION_KEYS)[number]): number => CONDITION_KEYS.indexOf(key);
const one = (key: (typeof CONDITION_KEYS)[number], person: PersonFacts, role: Role = 'manager', asOf = AS_OF, overflow?: 'nextMonth' | 'clamp'): Finding =>
  findingsOf(person, role, asOf, overflow)[at(key)] as Finding;

/** Both messages contain every fact (Latin in English, Persian digits in Persian). */
function saysBoth(f: Finding, ...facts: (string | number)[]): void {
  for (const x of facts) {
    expect(f.message.en).toContain(String(x));
    expect(f.message.fa).toContain(toPersianDigits(String(x)));
  }
}

function without(key: keyof PersonFacts, extra: Partial<PersonFacts> = {}): PersonFacts {
  const p: Record<string, unknown> = { ...FULL, ...extra };
  delete p[key];
  return p as PersonFacts;
}

describe('conditions.ts: the clause table', () => {
  it('Arts. 9 and 11: fourteen conditions in the order of the text, each with its clause', () => {
    expect([...CONDITION_KEYS]).toEqual([
      'nationality', 'constitution', 'religion', 'degree', 'age', 'military', 'dismissal',
      'computerSkills', 'criminalRecord', 'addiction', 'affiliation', 'stateEmployment', 'commerce', 'legalPractice',
    ]);
    expect(CONDITION_CITATIONS).toEqual({
      nationality: { article: 9, clause: 'الف' },
      constitution: { article: 9, clause: 'ب' },
      religion: { article: 9, clause: 'پ' },
      degree: { article: 9, clause: 'ت' },
      age: { article: 9, clause: 'ث' },
      military: { article: 9, clause: 'ج' },
      dismissal: { article: 9, clause: 'چ' },
      computerSkills: { article: 9, clause: 'ح' },
      criminalRecord: { article: 9, clause: 'خ' },
      addiction: { article: 9, clause: 'د' },
      affiliation: { article: 9, clause: 'ذ' },
      stateEmployment: { article: 11, clause: 'الف' },
      commerce: { article: 11, clause: 'ب' },
      legalPractice: { article: 11, clause: 'پ' },
    });
  });

  it('Arts. 9 and 11: a person meeting every condition gets fourteen met findings with their citations', () => {
    const fs = findingsOf(FULL);
    expect(fs.map((f) => f.status)).toEqual(Array(14).fill('met'));
    expect(fs.map((f) => f.citation)).toEqual(CONDITION_KEYS.map((k) => CONDITION_CITATIONS[k]));
    expect(fs.map((f) => f.code)).toEqual(CONDITION_KEYS.map((k) => (k === 'military' ? 'eligibility.military.met' : `eligibility.${k}.met`)));
  });
});

/** [key, fact, value that meets it] for the one-fact clauses. */
const SIMPLE: [(typeof CONDITION_KEYS)[number], keyof PersonFacts, boolean][] = [
  ['nationality', 'iranianNationality', true],
  ['constitution', 'adheresToConstitution', true],
  ['dismissal', 'permanentDismissalConviction', false],
  ['computerSkills', 'computerSkillsCertificate', true],
  ['criminalRecord', 'effectiveCriminalRecord', false],
  ['addiction', 'drugAddiction', false],
  ['affiliation', 'opposingGroupAffiliation', false],
  ['stateEmployment', 'stateEmployee', false],
  ['commerce', 'engagedInCommerce', false],
];

describe('conditions.ts: one-fact clauses of Art. 9 and Art. 11', () => {
  for (const [key, fact, meets] of SIMPLE) {
    const c = CONDITION_CITATIONS[key];
    const label = `Art. ${c.article}(${c.clause})`;
    it(`${label}: ${fact} = ${meets} meets, ${!meets} does not, left out is unknown listing person.${fact}`, () => {
      const met = one(key, { ...FULL, [fact]: meets });
      const unmet = one(key, { ...FULL, [fact]: !meets });
      const unknown = one(key, without(fact));
      expect(met).toMatchObject({ code: `eligibility.${key}.met`, status: 'met', citation: c });
      expect(met.missing).toBeUndefined();
      expect(met.data).toBeUndefined();
      expect(unmet).toMatchObject({ code: `eligibility.${key}.unmet`, status: 'unmet', citation: c });
      expect(unmet.missing).toBeUndefined();
      expect(unknown).toMatchObject({ code: `eligibility.${key}.unknown`, status: 'unknown', citation: c, missing: [`person.${fact}`] });
      for (const f of [met, unmet, unknown]) {
        expect(f.message.fa.length).toBeGreaterThan(0);
        expect(f.message.en.length).toBeGreaterThan(0);
      }
      expect(new Set([met.message.en, unmet.message.en, unknown.message.en]).size).toBe(3);
      expect(new Set([met.message.fa, unmet.message.fa, unknown.message.fa]).size).toBe(3);
    });
  }

  it('Arts. 9, 11: a shared finding is deeply frozen, so one caller cannot alter another\'s decision', () => {
    const f = one('nationality', FULL);
    expect(Object.isFrozen(f)).toBe(true);
    expect(Object.isFrozen(f.message)).toBe(true);
    expect(Object.isFrozen(f.citation)).toBe(true);
    const u = one('nationality', without('iranianNationality'));
    expect(Object.isFrozen(u.missing)).toBe(true);
    const a = one('age', FULL);
    expect(Object.isFrozen(a.data)).toBe(true);
    const m = one('military', FULL);
    expect(Object.isFrozen(m.data)).toBe(true);
    // and a second decision still reads the same values
    expect(one('nationality', FULL)).toEqual(f);
  });
});

describe('Art. 9(پ): profession of Islam and practical commitment, both required', () => {
  const cite = { article: 9, clause: 'پ' };
  const cases: [PersonFacts['religion'], boolean | undefined, string, string, string[] | undefined][] = [
    ['islam', true, 'eligibility.religion.met', 'met', undefined],
    ['islam', false, 'eligibility.religion.notPractising', 'unmet', undefined],
    ['islam', undefined, 'eligibility.religion.unknown', 'unknown', ['person.practisesIslam']],
    ['other', true, 'eligibility.religion.notMuslim', 'unmet', undefined],
    ['other', false, 'eligibility.religion.notMuslim', 'unmet', undefined],
    ['other', undefined, 'eligibility.religion.notMuslim', 'unmet', undefined],
    [undefined, true, 'eligibility.religion.unknown', 'unknown', ['person.religion']],
    [undefined, false, 'eligibility.religion.notPractising', 'unmet', undefined],
    [undefined, undefined, 'eligibility.religion.unknown', 'unknown', ['person.religion', 'person.practisesIslam']],
  ];
  for (const [religion, practises, code, status, missing] of cases) {
    it(`Art. 9(پ): religion ${String(religion)}, practising ${String(practises)} → ${code}`, () => {
      const p: Record<string, unknown> = { ...FULL };
      if (religion === undefined) delete p['religion'];
      else p['religion'] = religion;
      if (practises === undefined) delete p['practisesIslam'];
      else p['practisesIslam'] = practises;
      const f = one('religion', p as PersonFacts);
      expect(f.code).toBe(code);
      expect(f.status).toBe(status);
      expect(f.citation).toEqual(cite);
      expect(f.missing).toEqual(missing);
    });
  }
  it('Art. 9(پ): the messages say which part fails', () => {
    expect(one('religion', { ...FULL, religion: 'other' }).message.en).toBe('Does not profess Islam.');
    expect(one('religion', { ...FULL, practisesIslam: false }).message.en).toBe('Is not committed in practice to Islamic precepts and ethics.');
    expect(one('religion', { ...FULL, religion: 'other' }).message.fa).toContain('اسلام نیست');
    expect(one('religion', { ...FULL, practisesIslam: false }).message.fa).toContain('ندارد');
  });
});

describe('Art. 9(ث): minimum age 24 (manager), 22 (legal expert), completed years (D3)', () => {
  const cite = { article: 9, clause: 'ث' };
  it('Art. 9(ث): minimumAge is 24 for a manager and 22 for a legal expert', () => {
    expect(minimumAge('manager')).toBe(24);
    expect(minimumAge('legalExpert')).toBe(22);
  });
  it('Art. 9(ث): a met age finding is frozen (it is shared)', () => {
    const f = one('age', { ...FULL, birthDate: '1317/01/01' });
    expect(f.data).toEqual({ age: 87, minAge: 24 });
    expect(Object.isFrozen(f)).toBe(true);
    expect(Object.isFrozen(f.data)).toBe(true);
    expect(Object.isFrozen(f.message)).toBe(true);
  });
  it('Art. 9(ث): a manager the day before the 24th birthday is 23 and under age; the date of age and days left are given', () => {
    const f = one('age', { ...FULL, birthDate: '1380/01/02' });
    expect(f.code).toBe('eligibility.age.unmet');
    expect(f.status).toBe('unmet');
    expect(f.citation).toEqual(cite);
    expect(f.data).toEqual({ age: 23, minAge: 24, dateOfAge: '1404/01/02', daysToAge: 1 });
    expect(f.missing).toBeUndefined();
    saysBoth(f, 23, 24, '1404/01/02');
    expect(f.message.en).toContain('office manager');
    expect(f.message.fa).toContain('مدیر');
  });
  it('Art. 9(ث): a manager on the 24th birthday is of age', () => {
    const f = one('age', { ...FULL, birthDate: '1380/01/01' });
    expect(f).toMatchObject({ code: 'eligibility.age.met', status: 'met', citation: cite, data: { age: 24, minAge: 24 } });
    expect(f.data).toEqual({ age: 24, minAge: 24 });
    saysBoth(f, 24);
  });
  it('Art. 9(ث): a legal expert the day before the 22nd birthday is under age, on it of age', () => {
    const before = one('age', { ...FULL, birthDate: '1382/01/02' }, 'legalExpert');
    expect(before.status).toBe('unmet');
    expect(before.data).toEqual({ age: 21, minAge: 22, dateOfAge: '1404/01/02', daysToAge: 1 });
    saysBoth(before, 21, 22, '1404/01/02');
    expect(before.message.en).toContain('legal expert');
    const on = one('age', { ...FULL, birthDate: '1382/01/01' }, 'legalExpert');
    expect(on.status).toBe('met');
    expect(on.data).toEqual({ age: 22, minAge: 22 });
    saysBoth(on, 22);
  });
  it('Art. 9(ث): a 23-year-old meets the legal expert\'s age but not the manager\'s', () => {
    const p = { ...FULL, birthDate: '1380/06/15' };
    expect(one('age', p, 'legalExpert').data).toEqual({ age: 23, minAge: 22 });
    expect(one('age', p, 'manager').data).toEqual({ age: 23, minAge: 24, dateOfAge: '1404/06/15', daysToAge: 169 });
  });
  it('Art. 9(ث): each age gets its own met finding (30 and 31 are told apart, per post)', () => {
    const a30 = one('age', { ...FULL, birthDate: '1374/01/01' });
    const a31 = one('age', { ...FULL, birthDate: '1373/01/01' });
    const a30e = one('age', { ...FULL, birthDate: '1374/01/01' }, 'legalExpert');
    expect(a30.data).toEqual({ age: 30, minAge: 24 });
    expect(a31.data).toEqual({ age: 31, minAge: 24 });
    expect(a30e.data).toEqual({ age: 30, minAge: 22 });
    saysBoth(a31, 31, 24);
    expect(a30e.message.en).toContain('legal expert');
    expect(a30.message.en).toContain('office manager');
  });
  it('Art. 9(ث): a birth date after asOf counts as age 0, never negative', () => {
    const f = one('age', { ...FULL, birthDate: '1404/01/11' });
    expect(f.status).toBe('unmet');
    expect(f.data).toEqual({ age: 0, minAge: 24, dateOfAge: '1428/01/11', daysToAge: expect.any(Number) });
    expect((f.data as { daysToAge: number }).daysToAge).toBeGreaterThan(24 * 365);
  });
  it('Art. 9(ث): when the date of age lies beyond the calendar range it is null, not NaN', () => {
    const f = one('age', { ...FULL, birthDate: '1590/01/01' }, 'manager', '1595/01/01');
    expect(f.status).toBe('unmet');
    expect(f.data).toEqual({ age: 5, minAge: 24, dateOfAge: null, daysToAge: null });
    expect(f.message.en).not.toContain('reached on');
    expect(f.message.en).not.toContain('NaN');
  });
  it('Art. 9(ث), D3: born on Esfand 30 of a leap year, the age is reached on Farvardin 1 (nextMonth) or Esfand 29 (clamp)', () => {
    // 1399 is a leap year (Esfand has 30 days); 1423 is not.
    const birth = '1399/12/30';
    const next = one('age', { ...FULL, birthDate: birth }, 'manager', '1420/01/01', 'nextMonth');
    const clamp = one('age', { ...FULL, birthDate: birth }, 'manager', '1420/01/01', 'clamp');
    expect(next.data).toMatchObject({ age: 20, minAge: 24, dateOfAge: '1424/01/01' });
    expect(clamp.data).toMatchObject({ age: 20, minAge: 24, dateOfAge: '1423/12/29' });
    saysBoth(next, '1424/01/01');
    saysBoth(clamp, '1423/12/29');
  });
  it('Art. 9(ث): birth date left out is unknown, listing person.birthDate and stating the minimum', () => {
    const m = one('age', without('birthDate'));
    expect(m).toMatchObject({ code: 'eligibility.age.unknown', status: 'unknown', citation: cite, missing: ['person.birthDate'] });
    saysBoth(m, 24);
    const e = one('age', without('birthDate'), 'legalExpert');
    expect(e.missing).toEqual(['person.birthDate']);
    saysBoth(e, 22);
    expect(e.message.en).toContain('legal expert');
    expect(checkEligibility({ role: 'manager', asOf: AS_OF, person: without('birthDate') }).value.age).toBeNull();
  });
});

describe('Art. 9(ج), D7: military service, for men only', () => {
  const cite = { article: 9, clause: 'ج' };
  const OK = new Set(['completionCard', 'permanentExemption']);
  for (const s of MILITARY_STATUSES) {
    it(`Art. 9(ج): a man with status ${s} ${OK.has(s) ? 'meets' : 'does not meet'} it; a woman always does`, () => {
      const man = one('military', { ...FULL, sex: 'male', militaryService: s });
      expect(man.code).toBe(OK.has(s) ? 'eligibility.military.met' : 'eligibility.military.unmet');
      expect(man.status).toBe(OK.has(s) ? 'met' : 'unmet');
      expect(man.citation).toEqual(cite);
      expect(man.data).toEqual({ applies: true, status: s });
      expect(man.missing).toBeUndefined();
      const woman = one('military', { ...FULL, sex: 'female', militaryService: s });
      expect(woman).toMatchObject({ code: 'eligibility.military.notApplicable', status: 'met', citation: cite, data: { applies: false } });
      const unknownSex = one('military', without('sex', { militaryService: s }));
      if (OK.has(s)) expect(unknownSex).toEqual(man);
      else expect(unknownSex).toMatchObject({ code: 'eligibility.military.unknown', status: 'unknown', missing: ['person.sex'] });
    });
  }
  it('Art. 9(ج): the messages name the status given', () => {
    const card = one('military', { ...FULL, militaryService: 'completionCard' });
    expect(card.message.en).toBe('Holds a military-service completion card.');
    expect(card.message.fa).toContain('کارت پایان خدمت');
    const temp = one('military', { ...FULL, militaryService: 'temporaryExemption' });
    expect(temp.message.en).toContain('temporary exemption');
    expect(temp.message.fa).toContain('معافیت موقت');
  });
  it('Art. 9(ج): facts left out are listed (sex, status, both); a woman needs no status', () => {
    expect(one('military', without('militaryService')).missing).toEqual(['person.militaryService']);
    expect(one('military', without('militaryService')).status).toBe('unknown');
    expect(one('military', without('militaryService')).code).toBe('eligibility.military.unknown');
    const both: Record<string, unknown> = { ...FULL };
    delete both['sex'];
    delete both['militaryService'];
    expect(one('military', both as PersonFacts)).toMatchObject({ status: 'unknown', missing: ['person.sex', 'person.militaryService'], citation: cite });
    expect(one('military', without('militaryService', { sex: 'female' })).code).toBe('eligibility.military.notApplicable');
  });
});

describe('Art. 11(پ), D8: attorneys and official experts, while practising', () => {
  const cite = { article: 11, clause: 'پ' };
  const vals = [true, false, undefined] as const;
  for (const a of vals) {
    for (const e of vals) {
      it(`Art. 11(پ): attorney ${String(a)}, official expert ${String(e)}`, () => {
        const p: Record<string, unknown> = { ...FULL };
        if (a === undefined) delete p['attorney'];
        else p['attorney'] = a;
        if (e === undefined) delete p['officialExpert'];
        else p['officialExpert'] = e;
        const f = one('legalPractice', p as PersonFacts);
        expect(f.citation).toEqual(cite);
        if (a === true || e === true) {
          expect(f.code).toBe('eligibility.legalPractice.unmet');
          expect(f.status).toBe('unmet');
          expect(f.missing).toBeUndefined();
          const en = a === true && e === true ? 'Is an attorney and an official expert' : a === true ? 'Is an attorney,' : 'Is an official expert';
          expect(f.message.en).toContain(en);
          const fa = a === true && e === true ? 'وکیل و کارشناس' : a === true ? 'وکیل دادگستری' : 'کارشناس رسمی';
          expect(f.message.fa.startsWith(fa)).toBe(true);
        } else if (a === false && e === false) {
          expect(f).toMatchObject({ code: 'eligibility.legalPractice.met', status: 'met' });
          expect(f.missing).toBeUndefined();
        } else {
          const missing = [...(a === undefined ? ['person.attorney'] : []), ...(e === undefined ? ['person.officialExpert'] : [])];
          expect(f).toMatchObject({ code: 'eligibility.legalPractice.unknown', status: 'unknown', missing });
        }
      });
    }
  }
});

describe('Art. 9(ت), D4: the degree condition', () => {
  const cite = { article: 9, clause: 'ت' };
  const ASSOC: DegreeInput = { kind: 'university', level: 'associate', field: 'law', awarded: true };
  it('Art. 9(ت): the met finding names the degree that meets it and its index', () => {
    const f = one('degree', { ...FULL, degrees: [ASSOC, { kind: 'university', level: 'master', field: 'judicialSciences', awarded: true }] });
    expect(f).toMatchObject({ code: 'eligibility.degree.met', status: 'met', citation: cite, data: { degree: 1 } });
    expect(f.message.en).toContain("master's");
    expect(f.message.en).toContain('judicial');
  });
  it('Art. 9(ت): distinct qualifying degrees are told apart (level, field, kind, index)', () => {
    const degs: DegreeInput[] = [
      { kind: 'university', level: 'bachelor', field: 'law', awarded: true },
      { kind: 'university', level: 'doctorate', field: 'law', awarded: true },
      { kind: 'university', level: 'bachelor', field: 'judicialSciences', awarded: true },
      { kind: 'seminary', level: 2, awarded: true },
      { kind: 'seminary', level: 3, awarded: true },
    ];
    const msgs = degs.map((d) => one('degree', { ...FULL, degrees: [d] }).message.en);
    expect(new Set(msgs).size).toBe(degs.length);
    expect(msgs[3]).toContain('seminary level 2');
    expect(msgs[4]).toContain('seminary level 3');
    // the same degree at another index names that index
    expect(one('degree', { ...FULL, degrees: [ASSOC, LAW_BACHELOR] }).data).toEqual({ degree: 1 });
    expect(one('degree', { ...FULL, degrees: [LAW_BACHELOR] }).data).toEqual({ degree: 0 });
  });
  it('Art. 9(ت): a qualifying degree far down the list (index 9) is named by its index', () => {
    const degs: DegreeInput[] = [...Array(9).fill(ASSOC), { kind: 'university', level: 'master', field: 'law', awarded: true }];
    const f = one('degree', { ...FULL, degrees: degs });
    expect(f.data).toEqual({ degree: 9 });
    expect(f.message.en).toContain("master's");
    const g = one('degree', { ...FULL, degrees: [...Array(9).fill(ASSOC), LAW_BACHELOR] });
    expect(g.data).toEqual({ degree: 9 });
    expect(g.message.en).toContain("bachelor's");
  });
  it('Art. 9(ت): a degree is never confused with another at a different index or of a different field', () => {
    const fiqh: DegreeInput = { kind: 'university', level: 'bachelor', field: 'fiqhAndFoundationsOfIslamicLaw', awarded: true };
    const a = one('degree', { ...FULL, degrees: [fiqh] });
    const b = one('degree', { ...FULL, degrees: [ASSOC, LAW_BACHELOR] });
    const c = one('degree', { ...FULL, degrees: [fiqh] });
    expect(a.data).toEqual({ degree: 0 });
    expect(b.data).toEqual({ degree: 1 });
    expect(b.message.en).toBe("The bachelor's in law meets the degree condition.");
    expect(c).toEqual(a);
    expect(a.message.en).not.toBe(b.message.en);
    expect(Object.isFrozen(b)).toBe(true);
    expect(Object.isFrozen(b.data)).toBe(true);
  });
  it('Art. 9(ت): no degree given is unmet with count 0', () => {
    const f = one('degree', { ...FULL, degrees: [] });
    expect(f).toMatchObject({ code: 'eligibility.degree.unmet', status: 'unmet', citation: cite, data: { degrees: [] } });
    expect(f.message.en).toContain('no degree given');
    expect(f.message.fa).toContain('هیچ مدرکی');
    expect(one('degree', { ...FULL, degrees: [] })).toEqual(f);
    expect(Object.isFrozen(f)).toBe(true);
    expect(Object.isFrozen(f.data)).toBe(true);
  });
  it('Art. 9(ت): degrees that do not qualify are unmet, counted, each with its reasons', () => {
    const f = one('degree', { ...FULL, degrees: [ASSOC, { kind: 'university', level: 'bachelor', field: 'other', awarded: false }] } as PersonFacts);
    expect(f.code).toBe('eligibility.degree.unmet');
    expect(f.status).toBe('unmet');
    expect(f.data).toEqual({
      degrees: [
        { index: 0, qualifies: 'no', reasons: ['level'] },
        { index: 1, qualifies: 'no', reasons: ['field', 'notAwarded'] },
      ],
    });
    saysBoth(f, 2);
    expect(f.message.en).toContain('none of the 2');
  });
  it('Art. 9(ت): a degree whose award is not known is unknown, listing the fact and the degrees judged', () => {
    const f = one('degree', { ...FULL, degrees: [ASSOC, { kind: 'university', level: 'bachelor', field: 'law' }] });
    expect(f).toMatchObject({ code: 'eligibility.degree.unknown', status: 'unknown', citation: cite, missing: ['person.degrees[1].awarded'] });
    expect(f.data).toEqual({
      degrees: [
        { index: 0, qualifies: 'no', reasons: ['level'] },
        { index: 1, qualifies: 'unknown', reasons: [] },
      ],
    });
    const none = one('degree', without('degrees'));
    expect(none).toMatchObject({ status: 'unknown', missing: ['person.degrees'], data: { degrees: [] } });
  });
});
