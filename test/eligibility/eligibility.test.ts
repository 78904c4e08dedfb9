import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLeapYear } from '../../src/_lib/jalali.js';
import { isInputError, safe } from '../../src/core/errors.js';
import { checkEligibility, checkEligibilityBatch, CONDITION_CITATIONS, CONDITION_KEYS, EligibilityInputSchema, PersonFactsSchema, type EligibilityInput, type PersonFacts } from '../../src/eligibility/index.js';
import { BOOLEAN_FACTS, clause, deepFreeze, FULL, LAW_BACHELOR, nearFullArb, personArb } from './arbitraries.js';
import { thrown } from '../support/input-error.js';

const ASOF = '1404/01/01';
const check = (person: PersonFacts, role: 'manager' | 'legalExpert' = 'manager', asOf: string | Date = ASOF) => checkEligibility({ role, asOf, person });


describe('checkEligibility: Arts. 9 and 11, one finding per clause', () => {
  it('TSDoc example: checkEligibility', () => {
    const d = checkEligibility({
      role: 'manager',
      asOf: '1404/01/01',
      person: { birthDate: '1380/06/15', degrees: [{ kind: 'university', level: 'bachelor', field: 'law', awarded: true }] },
    });
    expect(d.status).toBe('ineligible');
    expect(d.value.remedies[0]).toMatchObject({ condition: 'nationality', action: 'provideFacts', facts: ['person.iranianNationality'] });
    expect(d.findings[4]?.data).toEqual({ age: 23, minAge: 24, dateOfAge: '1404/06/15', daysToAge: 169 });
  });

  it('TSDoc example: checkEligibilityBatch', () => {
    const out = checkEligibilityBatch([
      { role: 'manager', asOf: '1404/01/01', person: { birthDate: '1370/01/01' } },
      { role: 'legalExpert', asOf: '1404/01/01', person: { birthDate: '1383/01/01' } },
    ]).map((d) => d.findings[4]?.status);
    expect(out).toEqual(['met', 'unmet']);
  });

  it('Arts. 9, 11: a person meeting every condition is eligible, with 14 findings in the order of the text', () => {
    const d = check(FULL);
    expect(d.kind).toBe('eligibility');
    expect(d.status).toBe('eligible');
    expect(d.asOf).toBe(ASOF);
    expect(d.missing).toEqual([]);
    expect(d.findings.map((f) => f.citation)).toEqual(CONDITION_KEYS.map((k) => CONDITION_CITATIONS[k]));
    expect(d.findings.map((f) => `${f.citation.article}(${f.citation.clause})`)).toEqual([
      '9(الف)', '9(ب)', '9(پ)', '9(ت)', '9(ث)', '9(ج)', '9(چ)', '9(ح)', '9(خ)', '9(د)', '9(ذ)', '11(الف)', '11(ب)', '11(پ)',
    ]);
    expect(d.findings.every((f) => f.status === 'met')).toBe(true);
    expect(d.value).toEqual({ role: 'manager', age: 33, remedies: [], eligibleOn: ASOF });
    expect(d.summary.en).toBe('Meets every condition of Arts. 9 and 11 for an office manager.');
  });

  it('Arts. 9, 11: with no fact at all, every finding is unknown and every fact is listed (missing facts are not errors)', () => {
    const d = check({});
    expect(d.status).toBe('incomplete');
    expect(d.findings).toHaveLength(14);
    expect(d.findings.every((f) => f.status === 'unknown')).toBe(true);
    expect([...d.missing].sort()).toEqual(Object.keys(PersonFactsSchema.def.shape).map((k) => `person.${k}`).sort());
    expect(d.value.eligibleOn).toBeNull();
  });

  for (const [fact, good, article, letter] of BOOLEAN_FACTS) {
    it(`Art. ${article}(${letter}): ${fact} = ${String(!good)} is unmet, every other clause still met (no short-circuit)`, () => {
      const d = check({ ...FULL, [fact]: !good });
      expect(d.status).toBe('ineligible');
      expect(clause(d, article, letter).status).toBe('unmet');
      expect(d.findings.filter((f) => f.status === 'unmet')).toHaveLength(1);
      expect(d.findings).toHaveLength(14);
    });
    it(`Art. ${article}(${letter}): ${fact} left out is unknown and listed as person.${fact}`, () => {
      const person: Record<string, unknown> = { ...FULL };
      delete person[fact];
      const d = check(person as PersonFacts);
      expect(d.status).toBe('incomplete');
      expect(clause(d, article, letter).status).toBe('unknown');
      expect(d.missing).toEqual([`person.${fact}`]);
    });
  }

  it('Art. 9(پ): a religion other than Islam is unmet; practical commitment is a second fact', () => {
    expect(clause(check({ ...FULL, religion: 'other' }), 9, 'پ').code).toBe('eligibility.religion.notMuslim');
    expect(clause(check({ ...FULL, practisesIslam: false }), 9, 'پ').code).toBe('eligibility.religion.notPractising');
    const { religion: _r, ...noReligion } = FULL;
    expect(check(noReligion).missing).toEqual(['person.religion']);
    const { religion: _r2, practisesIslam: _p, ...neither } = FULL;
    expect(check(neither).missing).toEqual(['person.religion', 'person.practisesIslam']);
  });

  it('Art. 11(پ): an attorney, an official expert, or both, is barred while practising', () => {
    expect(clause(check({ ...FULL, attorney: true }), 11, 'پ').message.en).toBe('Is an attorney, and is barred while practising.');
    expect(clause(check({ ...FULL, officialExpert: true }), 11, 'پ').message.en).toBe('Is an official expert of the judiciary, and is barred while practising.');
    expect(clause(check({ ...FULL, attorney: true, officialExpert: true }), 11, 'پ').status).toBe('unmet');
    // One fact true settles it even when the other is unknown.
    const { officialExpert: _e, ...noExpert } = FULL;
    expect(clause(check({ ...noExpert, attorney: true }), 11, 'پ').status).toBe('unmet');
  });

  it('Art. 11(الف): a state employee is barred whichever the post (D8)', () => {
    expect(check({ ...FULL, stateEmployee: true }, 'manager').status).toBe('ineligible');
    expect(check({ ...FULL, stateEmployee: true }, 'legalExpert').status).toBe('ineligible');
    const d = check({ ...FULL, stateEmployee: true });
    expect(d.value.remedies).toEqual([{ condition: 'stateEmployment', code: 'eligibility.stateEmployment.unmet', citation: { article: 11, clause: 'الف' }, action: 'cease' }]);
  });
});

describe('Art. 9(ث): age by completed Jalali years (D3)', () => {
  it('Art. 9(ث): a manager aged 23 years on the day before the 24th birthday is under age', () => {
    const d = check({ ...FULL, birthDate: '1380/06/15' }, 'manager', '1404/06/14');
    const f = clause(d, 9, 'ث');
    expect(f.status).toBe('unmet');
    expect(f.data).toEqual({ age: 23, minAge: 24, dateOfAge: '1404/06/15', daysToAge: 1 });
    expect(f.message.en).toBe('Aged 23 (completed years); an office manager must be at least 24, reached on 1404/06/15.');
    expect(f.message.fa).toBe('۲۳ سال تمام دارد و به حداقل سن ۲۴ سال برای مدیر دفتر نرسیده است؛ در ۱۴۰۴/۰۶/۱۵ به این سن می‌رسد.');
    expect(d.value.eligibleOn).toBe('1404/06/15');
    expect(d.value.remedies).toEqual([{ condition: 'age', code: 'eligibility.age.unmet', citation: { article: 9, clause: 'ث' }, action: 'wait', on: '1404/06/15' }]);
  });

  it('Art. 9(ث): a manager on the day of the 24th birthday is of age', () => {
    const d = check({ ...FULL, birthDate: '1380/06/15' }, 'manager', '1404/06/15');
    expect(clause(d, 9, 'ث').status).toBe('met');
    expect(clause(d, 9, 'ث').data).toEqual({ age: 24, minAge: 24 });
    expect(d.status).toBe('eligible');
  });

  it('Art. 9(ث): a legal expert the day before and the day of the 22nd birthday', () => {
    expect(clause(check({ ...FULL, birthDate: '1382/06/15' }, 'legalExpert', '1404/06/14'), 9, 'ث').status).toBe('unmet');
    expect(clause(check({ ...FULL, birthDate: '1382/06/15' }, 'legalExpert', '1404/06/15'), 9, 'ث').status).toBe('met');
    // The same person is too young to manage.
    expect(clause(check({ ...FULL, birthDate: '1382/06/15' }, 'manager', '1404/06/15'), 9, 'ث').status).toBe('unmet');
  });

  it('Art. 9(ث): born on Esfand 30, the birthday in a common year is Farvardin 1 (D3), Esfand 29 under clamp', () => {
    expect(isLeapYear(1375)).toBe(true);
    expect(isLeapYear(1397)).toBe(false);
    const person = { ...FULL, birthDate: '1375/12/30' };
    const before = check(person, 'legalExpert', '1397/12/29');
    expect(clause(before, 9, 'ث').status).toBe('unmet');
    expect(clause(before, 9, 'ث').data?.['dateOfAge']).toBe('1398/01/01');
    expect(clause(check(person, 'legalExpert', '1398/01/01'), 9, 'ث').status).toBe('met');
    const clamp = checkEligibility({ role: 'legalExpert', asOf: '1397/12/29', person, options: { overflow: 'clamp' } });
    expect(clause(clamp, 9, 'ث').status).toBe('met');
  });

  it('Art. 9(ث): someone not yet born on asOf is under age, and the date of age is still given', () => {
    const f = clause(check({ ...FULL, birthDate: '1404/02/01' }, 'manager', '1404/01/01'), 9, 'ث');
    expect(f.status).toBe('unmet');
    expect(f.data?.['dateOfAge']).toBe('1428/02/01');
  });

  it('Art. 9(ث): the birth date left out is unknown, naming the minimum of the post', () => {
    const { birthDate: _b, ...rest } = FULL;
    const f = clause(check(rest, 'legalExpert'), 9, 'ث');
    expect(f.status).toBe('unknown');
    expect(f.missing).toEqual(['person.birthDate']);
    expect(f.message.en).toBe('Date of birth not known; a legal expert must be at least 22.');
  });

  it('Art. 9(ث): a JS Date is read by its UTC calendar date (D1)', () => {
    // 2000-08-31 is 1379/06/10.
    const d = check({ ...FULL, birthDate: new Date('2000-08-31') }, 'manager', new Date('2024-08-30'));
    expect(d.asOf).toBe('1403/06/09');
    expect(clause(d, 9, 'ث').status).toBe('unmet');
    expect(clause(check({ ...FULL, birthDate: new Date('2000-08-31') }, 'manager', '1403/06/10'), 9, 'ث').status).toBe('met');
  });

  it('Art. 9(ث): whoever may manage may serve as legal expert (22 ≤ 24), on any date', () => {
    fc.assert(
      fc.property(nearFullArb, (person) => {
        const m = clause(check(person, 'manager'), 9, 'ث').status;
        const l = clause(check(person, 'legalExpert'), 9, 'ث').status;
        if (m === 'met') expect(l).toBe('met');
        if (l === 'unmet') expect(m).toBe('unmet');
      }),
    );
  });
});

describe('Art. 9(ج): military service, men only (D7)', () => {
  const cases: [Partial<PersonFacts>, string, readonly string[] | undefined][] = [
    [{ sex: 'male', militaryService: 'completionCard' }, 'met', undefined],
    [{ sex: 'male', militaryService: 'permanentExemption' }, 'met', undefined],
    [{ sex: 'male', militaryService: 'temporaryExemption' }, 'unmet', undefined],
    [{ sex: 'male', militaryService: 'educationalExemption' }, 'unmet', undefined],
    [{ sex: 'male', militaryService: 'serving' }, 'unmet', undefined],
    [{ sex: 'male', militaryService: 'absentee' }, 'unmet', undefined],
    [{ sex: 'male', militaryService: undefined }, 'unknown', ['person.militaryService']],
    [{ sex: 'female', militaryService: undefined }, 'met', undefined],
    [{ sex: 'female', militaryService: 'notServed' }, 'met', undefined],
    [{ sex: undefined, militaryService: 'completionCard' }, 'met', undefined],
    [{ sex: undefined, militaryService: 'serving' }, 'unknown', ['person.sex']],
    [{ sex: undefined, militaryService: undefined }, 'unknown', ['person.sex', 'person.militaryService']],
  ];
  for (const [facts, status, missing] of cases) {
    it(`Art. 9(ج): sex ${String(facts.sex)}, status ${String(facts.militaryService)} → ${status}`, () => {
      const person: Record<string, unknown> = { ...FULL, ...facts };
      for (const k of Object.keys(person)) if (person[k] === undefined) delete person[k];
      const f = clause(check(person as PersonFacts), 9, 'ج');
      expect(f.status).toBe(status);
      expect(f.missing).toEqual(missing);
    });
  }

  it('Art. 9(ج): for a woman the clause says it does not apply', () => {
    const f = clause(check({ ...FULL, sex: 'female' }), 9, 'ج');
    expect(f.code).toBe('eligibility.military.notApplicable');
    expect(f.data).toEqual({ applies: false });
  });
});

describe('Art. 9(ت): degrees (D4)', () => {
  const cases: [string, PersonFacts['degrees'], string][] = [
    ["a bachelor's in law", [LAW_BACHELOR], 'met'],
    ["a master's in fiqh and foundations of Islamic law", [{ kind: 'university', level: 'master', field: 'fiqhAndFoundationsOfIslamicLaw', awarded: true }], 'met'],
    ['a PhD in judicial sciences', [{ kind: 'university', level: 'doctorate', field: 'judicialSciences', awarded: true }], 'met'],
    ['an associate degree in law', [{ kind: 'university', level: 'associate', field: 'law', awarded: true }], 'unmet'],
    ["a bachelor's in political science", [{ kind: 'university', level: 'bachelor', field: 'politicalScience', awarded: true }], 'unmet'],
    ['seminary level 2, any subject', [{ kind: 'seminary', level: 2, field: 'other', awarded: true }], 'met'],
    ['seminary level 1', [{ kind: 'seminary', level: 1, awarded: true }], 'unmet'],
    ["a law master's still being studied", [{ kind: 'university', level: 'master', field: 'law', awarded: false }], 'unmet'],
    ['no degree', [], 'unmet'],
    ['an unrelated degree and a related one', [{ kind: 'university', level: 'master', field: 'economics', awarded: true }, LAW_BACHELOR], 'met'],
    ['a seminary degree of unknown level', [{ kind: 'seminary', awarded: true }], 'unknown'],
    ["a law bachelor's not known to be awarded", [{ kind: 'university', level: 'bachelor', field: 'law' }], 'unknown'],
    ["a bachelor's of unknown field", [{ kind: 'university', level: 'bachelor', awarded: true }], 'unknown'],
    ['an unknown-level degree beside a related field that fails', [{ kind: 'seminary', awarded: true }, { kind: 'university', level: 'bachelor', field: 'management', awarded: true }], 'unknown'],
  ];
  for (const [what, degrees, status] of cases) {
    it(`Art. 9(ت): ${what} → ${status}`, () => {
      const d = check({ ...FULL, degrees });
      expect(clause(d, 9, 'ت').status).toBe(status);
    });
  }

  it('Art. 9(ت): a degree awarded on asOf counts; one awarded the day after does not', () => {
    const deg = (awardedOn: string) => [{ kind: 'university' as const, level: 'bachelor' as const, field: 'law' as const, awardedOn }];
    expect(clause(check({ ...FULL, degrees: deg('1404/01/01') }), 9, 'ت').status).toBe('met');
    expect(clause(check({ ...FULL, degrees: deg('1404/01/02') }), 9, 'ت').status).toBe('unmet');
  });

  it('Art. 9(ت): an unmet degree says why, degree by degree', () => {
    const f = clause(check({ ...FULL, degrees: [{ kind: 'university', level: 'master', field: 'politicalScience', awarded: false }] }), 9, 'ت');
    expect(f.data).toEqual({ degrees: [{ index: 0, qualifies: 'no', reasons: ['field', 'notAwarded'] }] });
    expect(f.message.en).toContain('none of the 1 degree given qualifies');
  });

  it('Art. 9(ت): an unknown degree lists exactly the facts that would settle it', () => {
    const d = check({ ...FULL, degrees: [{ kind: 'seminary' }, { kind: 'university', level: 'bachelor', field: 'law' }] });
    expect(d.missing).toEqual(['person.degrees[0].level', 'person.degrees[0].awarded', 'person.degrees[1].awarded']);
  });

  it('Art. 9(ت): the met finding names the degree in both languages', () => {
    const f = clause(check({ ...FULL, degrees: [{ kind: 'university', level: 'master', field: 'law', awarded: true }] }), 9, 'ت');
    expect(f.message).toEqual({ fa: 'مدرک کارشناسی ارشد حقوق شرط مدرک تحصیلی را تأمین می‌کند.', en: "The master's in law meets the degree condition." });
  });
});

describe('Arts. 9, 11: properties', () => {
  it('Arts. 9, 11: status is ineligible iff some finding is unmet, incomplete iff none unmet and some unknown', () => {
    fc.assert(
      fc.property(personArb, fc.constantFrom('manager' as const, 'legalExpert' as const), (person, role) => {
        const d = check(person, role);
        const unmet = d.findings.some((f) => f.status === 'unmet');
        const unknown = d.findings.some((f) => f.status === 'unknown');
        expect(d.status).toBe(unmet ? 'ineligible' : unknown ? 'incomplete' : 'eligible');
        expect(d.findings).toHaveLength(14);
        expect(d.missing.length > 0).toBe(unknown);
      }),
    );
  });

  it('Arts. 9, 11: adding an unmet fact never makes an applicant eligible; giving a missing fact never changes a settled finding', () => {
    fc.assert(
      fc.property(nearFullArb, personArb, (person, extra) => {
        // Fill only the facts `person` lacks, with any value.
        const filled: Record<string, unknown> = { ...person };
        for (const [k, v] of Object.entries(extra)) if (filled[k] === undefined) filled[k] = v;
        const before = check(person);
        const after = check(filled as PersonFacts);
        for (let i = 0; i < 14; i++) {
          const b = before.findings[i]!.status;
          if (b === 'met' || b === 'unmet') expect(after.findings[i]!.status).toBe(b);
        }
        if (before.status === 'ineligible') expect(after.status).toBe('ineligible');
        if (before.status === 'eligible') expect(after.status).toBe('eligible');
      }),
    );
  });

  it('Arts. 9, 11: turning one met yes/no fact to its unmet value makes the applicant ineligible', () => {
    fc.assert(
      fc.property(nearFullArb, fc.constantFrom(...BOOLEAN_FACTS), (person, [fact, good]) => {
        expect(check({ ...person, [fact]: !good }).status).toBe('ineligible');
      }),
    );
  });

  it('Arts. 9, 11: the input is never mutated, and the output is plain JSON', () => {
    fc.assert(
      fc.property(personArb, (person) => {
        const input = deepFreeze({ role: 'manager' as const, asOf: ASOF, person });
        const d = checkEligibility(input);
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
        expect(checkEligibility(input)).toEqual(d);
      }),
    );
  });

  it('Arts. 9, 11: shared findings are frozen, so a caller altering one decision cannot alter the next', () => {
    const d = check(FULL);
    expect(() => {
      (d.findings[0]!.message as { en: string }).en = 'changed';
    }).toThrow(TypeError);
    expect(check(FULL).findings[0]!.message.en).toBe('Holds the nationality of the Islamic Republic of Iran.');
  });

  it('Arts. 9, 11: eligibleOn is the date the age is reached when age is the only bar, and null when another bar or an unknown remains', () => {
    fc.assert(
      fc.property(nearFullArb, (person) => {
        const d = check(person);
        const unmet = d.findings.filter((f) => f.status === 'unmet');
        if (d.status === 'eligible') expect(d.value.eligibleOn).toBe(ASOF);
        else if (d.status === 'incomplete') expect(d.value.eligibleOn).toBeNull();
        else if (unmet.length === 1 && unmet[0]!.code === 'eligibility.age.unmet' && d.missing.length === 0) {
          const on = unmet[0]!.data?.['dateOfAge'] as string;
          expect(d.value.eligibleOn).toBe(on);
          // On that date, nothing else changing, the applicant is eligible.
          expect(check(person, 'manager', on).status).toBe('eligible');
        } else expect(d.value.eligibleOn).toBeNull();
        // Every unmet or unknown finding has exactly one remedy.
        expect(d.value.remedies).toHaveLength(d.findings.filter((f) => f.status !== 'met').length);
      }),
    );
  });
});

describe('Arts. 9, 11: a registration round in one call', () => {
  it('Arts. 9, 11: the batch gives, in order, the decisions of single calls', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nearFullArb, fc.constantFrom('manager' as const, 'legalExpert' as const)), { maxLength: 8 }), (rows) => {
        const inputs: EligibilityInput[] = rows.map(([person, role]) => ({ role, asOf: ASOF, person }));
        expect(checkEligibilityBatch(inputs)).toEqual(inputs.map((i) => checkEligibility(i)));
      }),
    );
  });

  it('Arts. 9, 11: an empty round gives no decisions', () => {
    expect(checkEligibilityBatch([])).toEqual([]);
  });

  it('Arts. 9, 11: a malformed entry fails the whole round, naming its index and field', () => {
    const inputs = [0, 1, 2, 3].map((i) => ({ role: 'manager' as const, asOf: ASOF, person: { ...FULL, birthDate: i === 3 ? '1404/12/30' : FULL.birthDate } }));
    const e = thrown(() => checkEligibilityBatch(inputs));
    expect(e.issues.map((i) => i.field)).toEqual(['[3].person.birthDate']);
    expect(e.issues[0]!.message.en).toContain('1404 is not a leap year');
  });
});

describe('Arts. 9, 11: bad input is a typed error naming the field', () => {
  const base = { role: 'manager' as const, asOf: ASOF, person: FULL };
  const cases: [string, unknown, string][] = [
    ['an impossible Esfand 30', { ...base, person: { ...FULL, birthDate: '1404/12/30' } }, 'person.birthDate'],
    ['month 13', { ...base, asOf: '1403/13/01' }, 'asOf'],
    ['a Gregorian year as a string', { ...base, asOf: '2024/10/01' }, 'asOf'],
    ['an unknown degree level', { ...base, person: { ...FULL, degrees: [{ kind: 'university', level: 'diploma', field: 'law' }] } }, 'person.degrees[0].level'],
    ['an unknown field', { ...base, person: { ...FULL, degrees: [{ kind: 'university', level: 'bachelor', field: 'astrology' }] } }, 'person.degrees[0].field'],
    ['seminary level 5', { ...base, person: { ...FULL, degrees: [{ kind: 'seminary', level: 5 }] } }, 'person.degrees[0].level'],
    ['an unknown role', { ...base, role: 'clerk' }, 'role'],
    ['a missing asOf', { role: 'manager', person: {} }, 'asOf'],
    ['a fact of the wrong type', { ...base, person: { ...FULL, stateEmployee: 'no' } }, 'person.stateEmployee'],
    ['an unknown military status', { ...base, person: { ...FULL, militaryService: 'exempt' } }, 'person.militaryService'],
    ['an unknown option', { ...base, options: { overflow: 'round' } }, 'options.overflow'],
  ];
  for (const [what, input, field] of cases) {
    it(`Arts. 9, 11: ${what} → InputError at ${field}`, () => {
      const e = thrown(() => checkEligibility(input as EligibilityInput));
      expect(e.name).toBe('InputError');
      expect(e.issues.map((i) => i.field)).toContain(field);
      expect(e.messages.fa.length).toBeGreaterThan(0);
    });
  }

  it('Arts. 9, 11: safe() returns the error instead of throwing; junk never throws anything but InputError', () => {
    const r = safe(checkEligibility)({ role: 'manager', asOf: 'x', person: {} });
    expect(r.ok).toBe(false);
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        try {
          checkEligibility(junk as EligibilityInput);
        } catch (e) {
          expect(isInputError(e)).toBe(true);
        }
      }),
    );
  });

  it('Arts. 9, 11: unknown keys are dropped, so a back end may pass its own record', () => {
    const withExtra = { ...base, person: { ...FULL, maritalStatus: 'married', id: 7 } } as EligibilityInput;
    expect(checkEligibility(withExtra)).toEqual(checkEligibility(base));
    expect(EligibilityInputSchema.safeParse(withExtra).success).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation-testing tests for src/eligibility/eligibility.ts (issue 7): the decision's
// status, its summary in both languages (the count of unmet or unknown conditions), the
// value (age, remedies, eligibleOn) and the batch.
const AS_OF = '1404/01/01';

function without(p: PersonFacts, ...keys: (keyof PersonFacts)[]): PersonFacts {
  const out: Record<string, unknown> = { ...p };
  for (const k of keys) delete out[k];
  return out as PersonFacts;
}

describe('eligibility.ts: the summary of Arts. 9 and 11 — pinned', () => {
  it('Arts. 9, 11: eligible: the summary names the post, in both languages', () => {
    const m = checkEligibility({ role: 'manager', asOf: AS_OF, person: FULL });
    expect(m.status).toBe('eligible');
    expect(m.summary).toEqual({ en: 'Meets every condition of Arts. 9 and 11 for an office manager.', fa: 'همه شرایط مواد ۹ و ۱۱ برای مدیر دفتر احراز شد.' });
    const e = checkEligibility({ role: 'legalExpert', asOf: AS_OF, person: FULL });
    expect(e.summary.en).toBe('Meets every condition of Arts. 9 and 11 for a legal expert.');
    expect(e.summary.fa).toBe('همه شرایط مواد ۹ و ۱۱ برای کارشناس حقوقی احراز شد.');
  });

  it('Arts. 9, 11: ineligible: the summary counts the unmet conditions only (2 unmet, 3 unknown)', () => {
    const person = { ...without(FULL, 'iranianNationality', 'religion', 'computerSkillsCertificate'), attorney: true, drugAddiction: true };
    const d = checkEligibility({ role: 'manager', asOf: AS_OF, person });
    expect(d.status).toBe('ineligible');
    expect(d.findings.filter((f) => f.status === 'unmet')).toHaveLength(2);
    expect(d.findings.filter((f) => f.status === 'unknown')).toHaveLength(3);
    expect(d.summary).toEqual({ en: 'Not eligible as an office manager: 2 conditions unmet.', fa: 'شرایط مدیر دفتر را ندارد: ۲ شرط احراز نشد.' });
  });

  it('Arts. 9, 11: incomplete: the summary counts the unknown conditions (3), for the post asked', () => {
    const person = without(FULL, 'iranianNationality', 'birthDate', 'computerSkillsCertificate');
    const d = checkEligibility({ role: 'legalExpert', asOf: AS_OF, person });
    expect(d.status).toBe('incomplete');
    expect(d.summary).toEqual({ en: 'Cannot yet decide for a legal expert: 3 conditions unknown.', fa: 'برای کارشناس حقوقی هنوز نمی‌توان تصمیم گرفت: ۳ شرط معلوم نیست.' });
    const one = checkEligibility({ role: 'manager', asOf: AS_OF, person: without(FULL, 'birthDate') });
    expect(one.summary.en).toBe('Cannot yet decide for an office manager: 1 condition unknown.');
  });

  it('Arts. 9, 11: a summary is rendered once per post, outcome and count and shared by the decisions', () => {
    const a = checkEligibility({ role: 'manager', asOf: AS_OF, person: { ...FULL, attorney: true } });
    const b = checkEligibility({ role: 'manager', asOf: '1404/06/01', person: { ...FULL, drugAddiction: true } });
    expect(b.summary).toBe(a.summary);
    const c = checkEligibility({ role: 'legalExpert', asOf: AS_OF, person: { ...FULL, attorney: true } });
    expect(c.summary).not.toBe(a.summary);
    expect(c.summary.en).toBe('Not eligible as a legal expert: 1 condition unmet.');
    const d = checkEligibility({ role: 'manager', asOf: AS_OF, person: { ...FULL, attorney: true, drugAddiction: true } });
    expect(d.summary.en).toBe('Not eligible as an office manager: 2 conditions unmet.');
  });
});

describe('eligibility.ts: the value — pinned', () => {
  it('Arts. 9, 11: eligible: no remedies, eligible on asOf itself, the age in completed years', () => {
    const d = checkEligibility({ role: 'manager', asOf: '1404/05/10', person: FULL });
    expect(d.value).toEqual({ role: 'manager', age: 34, remedies: [], eligibleOn: '1404/05/10' });
  });

  it('Art. 9(ث): under age with nothing else lacking: eligible on the birthday the age is reached', () => {
    const d = checkEligibility({ role: 'manager', asOf: AS_OF, person: { ...FULL, birthDate: '1380/06/15' } });
    expect(d.status).toBe('ineligible');
    expect(d.value.eligibleOn).toBe('1404/06/15');
    expect(d.value.age).toBe(23);
    expect(d.value.remedies).toEqual([{ condition: 'age', code: 'eligibility.age.unmet', citation: { article: 9, clause: 'ث' }, action: 'wait', on: '1404/06/15' }]);
  });

  it('Art. 9(ث), D3: the option overflow reaches the age: born 1383/12/30 (leap), a legal expert is 22 on 1406/01/01 (nextMonth) or 1405/12/29 (clamp)', () => {
    const person = { ...FULL, birthDate: '1383/12/30' };
    const next = checkEligibility({ role: 'legalExpert', asOf: '1405/12/29', person });
    expect(next.status).toBe('ineligible');
    expect(next.value.eligibleOn).toBe('1406/01/01');
    const dflt = checkEligibility({ role: 'legalExpert', asOf: '1405/12/29', person, options: {} });
    expect(dflt.value.eligibleOn).toBe('1406/01/01');
    const clamp = checkEligibility({ role: 'legalExpert', asOf: '1405/12/29', person, options: { overflow: 'clamp' } });
    expect(clamp.status).toBe('eligible');
    expect(clamp.value.age).toBe(22);
  });
});

describe('eligibility.ts: the batch — pinned', () => {
  it('Arts. 9, 11: a batch gives the decisions of single calls, in order, and an empty batch none', () => {
    const inputs = [
      { role: 'manager' as const, asOf: AS_OF, person: FULL },
      { role: 'legalExpert' as const, asOf: AS_OF, person: { ...FULL, attorney: true } },
      { role: 'manager' as const, asOf: AS_OF, person: without(FULL, 'sex') },
    ];
    const out = checkEligibilityBatch(inputs);
    expect(out).toHaveLength(3);
    expect(out).toEqual(inputs.map((i) => checkEligibility(i)));
    expect(out.map((d) => d.status)).toEqual(['eligible', 'ineligible', 'eligible']);
    expect(checkEligibilityBatch([])).toEqual([]);
  });
});
