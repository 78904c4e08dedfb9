/**
 * Eligibility under the earlier instruction (its Arts. 4–8), through the public API.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, completedYears } from '../../src/_lib/jalali.js';
import { combineFindings } from '../../src/core/decision.js';
import { checkEligibility } from '../../src/eligibility/index.js';
import { checkEligibilityUnderInstruction, conditionsOfPost, instructionConditionCitation, instructionMinimumAge, type InstructionEligibilityInput, type InstructionPersonFacts, INSTRUCTION_CONDITION_KEYS, type InstructionPost } from '../../src/instruction/index.js';
import { INSTRUCTION_1392, InputError, safe } from '../../src/index.js';
import { deepFreeze } from '../eligibility/arbitraries.js';
import { ADULT, asOfArb, at, date, day, FULL_I, isLeapYear, LAW_BACHELOR, LONG_WORK, personArb, postArb, POSTS, reg } from './fixtures.js';

const SOFTWARE = { kind: 'university', level: 'bachelor', field: 'softwareEngineering', awarded: true } as const;

describe('Instruction Arts. 4–8: the four posts', () => {
  it('Instruction Arts. 3–8: a person meeting every condition is eligible for each of the four posts', () => {
    for (const post of POSTS) {
      const d = checkEligibilityUnderInstruction({ post, asOf: ADULT, person: FULL_I, ...(post === 'manager' ? { experience: LONG_WORK } : {}) });
      expect(d.status, post).toBe('eligible');
      expect(d.ruleSet).toEqual(INSTRUCTION_1392);
      expect(d.value.eligibleOn).toBe(ADULT);
      expect(d.missing).toEqual([]);
    }
  });

  it('Instruction Arts. 4, 5, 8: the manager has 16 findings (7 general, 4 special, the note, 4 bars); the other posts 14', () => {
    const counts = POSTS.map((post) => checkEligibilityUnderInstruction({ post, asOf: ADULT, person: {} }).findings.length);
    expect(counts).toEqual([16, 14, 14, 14]);
    expect(conditionsOfPost('manager')).toEqual([
      'nationality', 'constitution', 'religion', 'addiction', 'criminalRecord', 'military', 'fitness',
      'degree', 'age', 'experience', 'computerSkills', 'priority',
      'legalPractice', 'judgeNotaryDismissal', 'commerce', 'stateEmployment',
    ]);
    expect(conditionsOfPost('legalExpert')).not.toContain('experience');
  });

  it('every finding cites the instruction, in the order of its text (Instruction Arts. 4, then 5/6/7, then 8)', () => {
    const d = checkEligibilityUnderInstruction({ post: 'itExpert', asOf: ADULT, person: {} });
    expect(d.findings.map((f) => `${f.citation.article}(${f.citation.item})`)).toEqual([
      '4(1)', '4(2)', '4(3)', '4(4)', '4(5)', '4(6)', '4(7)', '7(1)', '7(2)', '7(3)', '8(1)', '8(2)', '8(3)', '8(4)',
    ]);
    for (const f of d.findings) expect(f.citation.ruleSet).toBe('instruction-1392');
    expect(instructionConditionCitation('legalExpert', 'computerSkills')).toEqual({ article: 6, item: 3, ruleSet: 'instruction-1392' });
    expect(instructionConditionCitation('clerical', 'experience')).toBeNull();
  });
});

describe('Instruction Arts. 5(2), 6(2), 7(2): at least 25, for every post', () => {
  it('Instruction Art. 5(2): born 1363/11/17 (Q3), aged 24 years 364 days on 1388/11/16 is under age; of age on 1388/11/17', () => {
    const person = { ...FULL_I, birthDate: '1363/11/17' };
    for (const post of POSTS) {
      const before = checkEligibilityUnderInstruction({ post, asOf: '1388/11/16', person });
      const on = checkEligibilityUnderInstruction({ post, asOf: '1388/11/17', person });
      const i = before.value.conditions.indexOf('age');
      expect(before.findings[i]!.status, post).toBe('unmet');
      expect(before.findings[i]!.data).toEqual({ age: 24, minAge: 25, dateOfAge: '1388/11/17', daysToAge: 1 });
      expect(on.findings[i]!.status, post).toBe('met');
      expect(on.value.age).toBe(25);
    }
    // The regulation asks 24 of a manager: met a year earlier.
    expect(reg(checkEligibility({ role: 'manager', asOf: '1388/11/16', person }), 9, 'ث').status).toBe('met');
  });

  it('Instruction Art. 5(2), SPEC D3: born on Esfand 30, the 25th birthday in a common year is Farvardin 1', () => {
    // 1375 is a leap year; 1400 is not: 25 years after 1375/12/30 is 1401/01/01.
    expect(isLeapYear(1375)).toBe(true);
    expect(isLeapYear(1400)).toBe(false);
    const person = { birthDate: '1375/12/30' };
    const f = (asOf: string, overflow?: 'clamp') =>
      at(checkEligibilityUnderInstruction({ post: 'legalExpert', asOf, person, ...(overflow ? { options: { overflow } } : {}) }), 6, { item: 2 });
    expect(f('1400/12/29').status).toBe('unmet');
    expect(f('1400/12/29').data?.['dateOfAge']).toBe('1401/01/01');
    expect(f('1401/01/01').status).toBe('met');
    expect(f('1400/12/29', 'clamp').status).toBe('met');
  });

  it('TSDoc example: instructionMinimumAge', () => {
    expect(instructionMinimumAge('manager')).toBe(25);
    expect(POSTS.map(instructionMinimumAge)).toEqual([25, 25, 25, 25]);
  });

  it('Instruction Art. 5(2): a fact of age met under the instruction is always met under the regulation (25 ≥ 24 and 22)', () => {
    fc.assert(
      fc.property(fc.integer({ min: day(1340, 1, 1), max: day(1385, 12, 29) }), asOfArb, fc.constantFrom('manager' as const, 'legalExpert' as const), (birth, asOf, post) => {
        const person = { birthDate: date(birth) };
        const ins = at(checkEligibilityUnderInstruction({ post, asOf, person }), post === 'manager' ? 5 : 6, { item: 2 });
        const regulation = reg(checkEligibility({ role: post, asOf, person }), 9, 'ث');
        return ins.status !== 'met' || regulation.status === 'met';
      }),
    );
  });

  it('Instruction Art. 5(2): once of age, always of age later (monotone in asOf)', () => {
    fc.assert(
      fc.property(fc.integer({ min: day(1340, 1, 1), max: day(1385, 12, 29) }), fc.integer({ min: day(1380, 1, 1), max: day(1405, 1, 1) }), fc.integer({ min: 0, max: 4000 }), (birth, asOf, later) => {
        const f = (d: number) => at(checkEligibilityUnderInstruction({ post: 'manager', asOf: date(d), person: { birthDate: date(birth) } }), 5, { item: 2 }).status;
        return f(asOf) !== 'met' || f(asOf + later) === 'met';
      }),
    );
  });

  it('Instruction Art. 5(2): the age is completed Jalali years, and the date of age is the 25th birthday (D3)', () => {
    fc.assert(
      fc.property(fc.integer({ min: day(1340, 1, 1), max: day(1385, 12, 29) }), asOfArb, (birth, asOf) => {
        const d = checkEligibilityUnderInstruction({ post: 'clerical', asOf, person: { birthDate: date(birth) } });
        const f = at(d, 7, { item: 2 });
        const years = Math.max(0, completedYears(birth, day(...(asOf.split('/').map(Number) as [number, number, number]))));
        return d.value.age === years && (f.status === 'met' ? years >= 25 : f.data?.['dateOfAge'] === date(addYears(birth, 25)));
      }),
    );
  });
});

describe('Instruction Art. 5(3): five years of related experience (the manager)', () => {
  const start = day(1390, 3, 1);
  const input = (asOfDay: number): InstructionEligibilityInput => ({
    post: 'manager',
    asOf: date(asOfDay),
    person: { ...FULL_I, birthDate: '1360/01/01' },
    experience: { periods: [{ start: date(start), related: true }] },
  });

  it('Instruction Art. 5(3): 1824 days of related work are one short; the 1825th day completes five years (D5)', () => {
    const short = checkEligibilityUnderInstruction(input(start + 1823));
    expect(at(short, 5, { item: 3 }).status).toBe('unmet');
    expect(short.value.experience).toEqual({ requiredDays: 1825, countedDays: 1824, shortfallDays: 1, reachedOn: date(start + 1824) });
    expect(short.status).toBe('ineligible');
    expect(short.value.eligibleOn).toBe(date(start + 1824));
    const met = checkEligibilityUnderInstruction(input(start + 1824));
    expect(at(met, 5, { item: 3 }).status).toBe('met');
    expect(met.status).toBe('eligible');
  });

  it('Instruction Art. 5(3): five years whatever the degree — a PhD does not shorten it (the regulation asks one year of a PhD)', () => {
    const phd = { kind: 'university', level: 'doctorate', field: 'law', awarded: true } as const;
    const d = checkEligibilityUnderInstruction({ ...input(start + 400), person: { ...FULL_I, degrees: [phd] } });
    expect(at(d, 5, { item: 3 }).status).toBe('unmet');
    expect(d.value.experience?.requiredDays).toBe(1825);
  });

  it('Instruction Art. 5(3): periods left out are unknown; a period of unknown relatedness that could complete it is unknown', () => {
    const none = checkEligibilityUnderInstruction({ post: 'manager', asOf: ADULT, person: FULL_I });
    expect(at(none, 5, { item: 3 }).status).toBe('unknown');
    expect(none.missing).toEqual(['experience.periods']);
    expect(none.status).toBe('incomplete');
    const open = checkEligibilityUnderInstruction({ post: 'manager', asOf: ADULT, person: FULL_I, experience: { periods: [{ start: '1380/01/01' }] } });
    expect(open.missing).toEqual(['experience.periods[0].related']);
    const tooShort = checkEligibilityUnderInstruction({ post: 'manager', asOf: ADULT, person: FULL_I, experience: { periods: [{ start: '1395/01/01' }] } });
    expect(at(tooShort, 5, { item: 3 }).status).toBe('unmet');
  });

  it('Instruction Arts. 5(2), 5(3): eligibleOn is the later of the 25th birthday and the fifth year, when only time stands in the way', () => {
    const person = { ...FULL_I, birthDate: '1370/05/10' };
    const d = checkEligibilityUnderInstruction({ post: 'manager', asOf: '1394/01/01', person, experience: { periods: [{ start: '1391/01/01', related: true }] } });
    expect(d.status).toBe('ineligible');
    expect(at(d, 5, { item: 2 }).data?.['dateOfAge']).toBe('1395/05/10');
    expect(d.value.eligibleOn).toBe(d.value.experience?.reachedOn);
    expect(d.value.eligibleOn! > '1395/05/10').toBe(true);
    // A bar that does not lift by time: no date.
    expect(checkEligibilityUnderInstruction({ post: 'manager', asOf: '1394/01/01', person: { ...person, stateEmployee: true }, experience: LONG_WORK }).value.eligibleOn).toBeNull();
  });

  it('Instruction Art. 6: the legal expert has no experience condition', () => {
    const d = checkEligibilityUnderInstruction({ post: 'legalExpert', asOf: ADULT, person: FULL_I });
    expect(d.value.experience).toBeNull();
    expect(d.status).toBe('eligible');
  });
});

describe('Instruction Arts. 5(1), 6(1), 7(1): the degree', () => {
  it('Instruction Art. 5(1): a bachelor of law, fiqh or judicial sciences, or seminary level 2, qualifies (D4); seminary level 1 does not', () => {
    const f = (degrees: NonNullable<InstructionEligibilityInput['person']['degrees']>) => at(checkEligibilityUnderInstruction({ post: 'manager', asOf: ADULT, person: { degrees } }), 5, { item: 1 }).status;
    expect(f([LAW_BACHELOR])).toBe('met');
    expect(f([{ kind: 'university', level: 'bachelor', field: 'fiqhAndFoundationsOfIslamicLaw', awarded: true }])).toBe('met');
    expect(f([{ kind: 'seminary', level: 2, awarded: true }])).toBe('met');
    expect(f([{ kind: 'seminary', level: 1, awarded: true }])).toBe('unmet');
    expect(f([{ kind: 'university', level: 'associate', field: 'law', awarded: true }])).toBe('unmet');
    expect(f([{ kind: 'university', level: 'master', field: 'law', awarded: false }])).toBe('unmet');
    expect(f([{ kind: 'university', level: 'master', field: 'law' }])).toBe('unknown');
  });

  it('Instruction Art. 7(1), as written: the IT expert and the clerical staff need the same related degree; a software-engineering bachelor (Q5) does not qualify', () => {
    for (const post of ['itExpert', 'clerical'] as const) {
      const d = checkEligibilityUnderInstruction({ post, asOf: ADULT, person: { ...FULL_I, degrees: [SOFTWARE] } });
      const f = at(d, 7, { item: 1 });
      expect(f.status).toBe('unmet');
      expect(f.message.en).toContain('Art. 7, as written');
      expect(f.data?.['reading']).toBe('asWritten');
      expect(d.status).toBe('ineligible');
    }
  });

  it('Instruction Art. 7(1), option anyField: the level alone — the software-engineering bachelor qualifies as IT expert; the manager is unaffected', () => {
    const d = checkEligibilityUnderInstruction({ post: 'itExpert', asOf: ADULT, person: { ...FULL_I, degrees: [SOFTWARE] }, options: { art7Degree: 'anyField' } });
    expect(at(d, 7, { item: 1 }).status).toBe('met');
    expect(d.status).toBe('eligible');
    const manager = checkEligibilityUnderInstruction({ post: 'manager', asOf: ADULT, person: { ...FULL_I, degrees: [SOFTWARE] }, experience: LONG_WORK, options: { art7Degree: 'anyField' } });
    expect(at(manager, 5, { item: 1 }).status).toBe('unmet');
    // The level still matters under anyField; an unknown field no longer does.
    const assoc = checkEligibilityUnderInstruction({ post: 'clerical', asOf: ADULT, person: { degrees: [{ kind: 'university', level: 'associate', field: 'other', awarded: true }] }, options: { art7Degree: 'anyField' } });
    expect(at(assoc, 7, { item: 1 }).status).toBe('unmet');
    const noField = checkEligibilityUnderInstruction({ post: 'clerical', asOf: ADULT, person: { degrees: [{ kind: 'university', level: 'bachelor', awarded: true }] }, options: { art7Degree: 'anyField' } });
    expect(at(noField, 7, { item: 1 }).status).toBe('met');
  });

  it('Instruction Art. 7(1): anyField never turns a met degree unmet (it only drops the field)', () => {
    fc.assert(
      fc.property(personArb, (person) => {
        const f = (art7Degree: 'asWritten' | 'anyField') => at(checkEligibilityUnderInstruction({ post: 'itExpert', asOf: ADULT, person, options: { art7Degree } }), 7, { item: 1 }).status;
        return f('asWritten') !== 'met' || f('anyField') === 'met';
      }),
    );
  });
});

describe('Instruction Art. 4: the general conditions', () => {
  const one = (person: InstructionEligibilityInput['person'], item: number) => at(checkEligibilityUnderInstruction({ post: 'clerical', asOf: ADULT, person }), 4, { item });

  it('Instruction Art. 4(2): the Constitution and velayat-e faqih, both', () => {
    expect(one({ adheresToConstitution: true, adheresToVelayatFaqih: true }, 2).status).toBe('met');
    expect(one({ adheresToConstitution: true, adheresToVelayatFaqih: false }, 2).message.en).toBe('Is not committed in practice to velayat-e faqih.');
    expect(one({ adheresToConstitution: false }, 2).status).toBe('unmet');
    const u = one({ adheresToConstitution: true }, 2);
    expect(u.status).toBe('unknown');
    expect(u.missing).toEqual(['person.adheresToVelayatFaqih']);
  });

  it('Instruction Art. 4(3): profession of Islam and practical commitment, as the regulation', () => {
    expect(one({ religion: 'islam', practisesIslam: true }, 3).status).toBe('met');
    expect(one({ religion: 'other' }, 3).status).toBe('unmet');
    expect(one({ religion: 'islam', practisesIslam: false }, 3).status).toBe('unmet');
    expect(one({ religion: 'islam' }, 3).missing).toEqual(['person.practisesIslam']);
  });

  it('Instruction Art. 4(4): no addiction', () => {
    expect(one({ drugAddiction: false }, 4).status).toBe('met');
    expect(one({ drugAddiction: true }, 4).status).toBe('unmet');
  });

  it('Instruction Art. 4(5): any criminal record bars — an effective one settles it, no effective one does not', () => {
    expect(one({ criminalRecord: false }, 5).status).toBe('met');
    expect(one({ criminalRecord: true, effectiveCriminalRecord: false }, 5).status).toBe('unmet');
    expect(one({ effectiveCriminalRecord: true }, 5).status).toBe('unmet');
    const u = one({ effectiveCriminalRecord: false }, 5);
    expect(u.status).toBe('unknown');
    expect(u.missing).toEqual(['person.criminalRecord']);
    expect(u.message.en).toContain('no effective record, which the regulation asks, is not enough');
    // The regulation's Art. 9(خ) is met by the same facts.
    expect(reg(checkEligibility({ role: 'manager', asOf: ADULT, person: { effectiveCriminalRecord: false } }), 9, 'خ').status).toBe('met');
  });

  it('Instruction Art. 4(6): military service for men only (D7)', () => {
    expect(one({ sex: 'female' }, 6).status).toBe('met');
    expect(one({ sex: 'male', militaryService: 'permanentExemption' }, 6).status).toBe('met');
    expect(one({ sex: 'male', militaryService: 'temporaryExemption' }, 6).status).toBe('unmet');
    expect(one({ militaryService: 'completionCard' }, 6).status).toBe('met');
    expect(one({ militaryService: 'serving' }, 6).missing).toEqual(['person.sex']);
    expect(one({ sex: 'male' }, 6).missing).toEqual(['person.militaryService']);
  });

  it('Instruction Art. 4(7): the physical and mental capacity required (no such condition in the regulation)', () => {
    expect(one({ physicallyAndMentallyFit: true }, 7).status).toBe('met');
    expect(one({ physicallyAndMentallyFit: false }, 7).status).toBe('unmet');
    expect(one({}, 7).missing).toEqual(['person.physicallyAndMentallyFit']);
  });

  it('Instruction Art. 4(1)–4(7): a fact the two texts share is judged the same way under both (nationality, religion, addiction, military)', () => {
    fc.assert(
      fc.property(personArb, fc.constantFrom('manager' as const, 'legalExpert' as const), (person, role) => {
        const r = checkEligibility({ role, asOf: ADULT, person });
        const i = checkEligibilityUnderInstruction({ post: role, asOf: ADULT, person });
        return (
          reg(r, 9, 'الف').status === at(i, 4, { item: 1 }).status &&
          reg(r, 9, 'پ').status === at(i, 4, { item: 3 }).status &&
          reg(r, 9, 'د').status === at(i, 4, { item: 4 }).status &&
          reg(r, 9, 'ج').status === at(i, 4, { item: 6 }).status &&
          reg(r, 11, 'ب').status === at(i, 8, { item: 3 }).status &&
          reg(r, 11, 'الف').status === at(i, 8, { item: 4 }).status
        );
      }),
    );
  });
});

describe('Instruction Arts. 5(4), 6(3), 7(3) and the note of Instruction Art. 5', () => {
  it('Instruction Art. 5(4): the Directorate-General’s approval, which a certificate from a recognised body does not replace', () => {
    const f = (person: InstructionEligibilityInput['person']) => at(checkEligibilityUnderInstruction({ post: 'manager', asOf: ADULT, person }), 5, { item: 4 });
    expect(f({ computerSkillsApproved: true }).status).toBe('met');
    expect(f({ computerSkillsApproved: false, computerSkillsCertificate: true }).status).toBe('unmet');
    const u = f({ computerSkillsCertificate: true });
    expect(u.status).toBe('unknown');
    expect(u.message.en).toContain("is not the Directorate-General's approval");
    expect(at(checkEligibilityUnderInstruction({ post: 'legalExpert', asOf: ADULT, person: {} }), 6, { item: 3 }).missing).toEqual(['person.computerSkillsApproved']);
  });

  it('Instruction Art. 5, note: approved service records give priority, never a condition (info, the status unchanged)', () => {
    for (const approvedServiceRecord of [true, false, undefined]) {
      const person = approvedServiceRecord === undefined ? FULL_I : { ...FULL_I, approvedServiceRecord };
      const d = checkEligibilityUnderInstruction({ post: 'manager', asOf: ADULT, person, experience: LONG_WORK });
      expect(at(d, 5, { note: 1 }).status).toBe('info');
      expect(d.status).toBe('eligible');
    }
  });
});

describe('Instruction Art. 8: the persons barred', () => {
  const bar = (person: InstructionEligibilityInput['person'], item: number) => at(checkEligibilityUnderInstruction({ post: 'legalExpert', asOf: ADULT, person: { ...FULL_I, ...person } }), 8, { item });

  it('Instruction Art. 8(1): attorneys, advisers «موضوع ماده ۱۸۷» and official experts — the regulation’s Art. 11(پ) has no advisers', () => {
    const f = bar({ article187Adviser: true }, 1);
    expect(f.status).toBe('unmet');
    expect(f.message.en).toContain('an adviser under «Art. 187»');
    // One record judged under both: the regulation's functions ignore the instruction's extra facts.
    const adviser: InstructionPersonFacts = { ...FULL_I, article187Adviser: true };
    expect(reg(checkEligibility({ role: 'legalExpert', asOf: ADULT, person: adviser }), 11, 'پ').status).toBe('met');
    expect(bar({ attorney: true, officialExpert: true }, 1).message.en).toContain('a practising attorney and an official expert of the judiciary');
    expect(at(checkEligibilityUnderInstruction({ post: 'legalExpert', asOf: ADULT, person: { attorney: false } }), 8, { item: 1 }).missing).toEqual(['person.article187Adviser', 'person.officialExpert']);
  });

  it('Instruction Art. 8(2): a judge or notary finally sentenced to permanent dismissal', () => {
    expect(bar({ dismissedJudgeOrNotary: true }, 2).status).toBe('unmet');
    expect(bar({ dismissedJudgeOrNotary: false }, 2).status).toBe('met');
  });

  it('Instruction Art. 8(3), 8(4): commerce and state employment bar while they continue (Q3, Q4: an official employee cannot)', () => {
    expect(bar({ engagedInCommerce: true }, 3).status).toBe('unmet');
    const s = bar({ stateEmployee: true }, 4);
    expect(s.status).toBe('unmet');
    expect(s.message.en).toContain('barred while so employed');
  });
});

describe('properties', () => {
  it('every condition is judged (never short-circuited), the status combines the findings, and the rule set is the instruction', () => {
    fc.assert(
      fc.property(personArb, postArb, asOfArb, (person, post, asOf) => {
        const d = checkEligibilityUnderInstruction({ post, asOf, person, experience: LONG_WORK });
        return (
          d.findings.length === conditionsOfPost(post).length &&
          d.status === combineFindings(d.findings) &&
          d.ruleSet.id === 'instruction-1392' &&
          d.findings.every((f) => f.citation.ruleSet === 'instruction-1392') &&
          (d.status === 'incomplete') === (d.missing.length > 0 && !d.findings.some((f) => f.status === 'unmet'))
        );
      }),
    );
  });

  it('does not mutate its input, and the decision survives JSON', () => {
    fc.assert(
      fc.property(personArb, postArb, (person, post) => {
        const input = deepFreeze({ post, asOf: ADULT, person: structuredClone(person), experience: structuredClone(LONG_WORK) });
        const d = checkEligibilityUnderInstruction(input);
        return JSON.stringify(JSON.parse(JSON.stringify(d))) === JSON.stringify(d);
      }),
    );
  });
});

describe('bad input is an InputError naming the field', () => {
  it.each([
    [{ post: 'director', asOf: ADULT, person: {} }, 'post'],
    [{ post: 'manager', asOf: '1404/13/01', person: {} }, 'asOf'],
    [{ post: 'manager', asOf: ADULT, person: { criminalRecord: 'no' } }, 'person.criminalRecord'],
    [{ post: 'manager', asOf: ADULT, person: {}, options: { art7Degree: 'loose' } }, 'options.art7Degree'],
    [{ post: 'manager', asOf: ADULT, person: {}, experience: { periods: [{ start: '1395/01/01', end: '1394/01/01' }] } }, 'experience.periods[0].end'],
    [{ post: 'manager', asOf: ADULT }, 'person'],
  ])('%j → %s', (input, field) => {
    const r = safe(checkEligibilityUnderInstruction)(input as never);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(InputError);
      expect(r.error.issues[0]!.field).toBe(field);
    }
  });

  it('a missing fact is not an error: an empty person is incomplete', () => {
    expect(checkEligibilityUnderInstruction({ post: 'clerical', asOf: ADULT, person: {} }).status).toBe('incomplete');
  });
});

describe('TSDoc examples', () => {
  it('TSDoc example: instructionConditionCitation', () => {
    expect(instructionConditionCitation('legalExpert', 'age')).toEqual({ article: 6, item: 2, ruleSet: 'instruction-1392' });
    expect(instructionConditionCitation('clerical', 'experience')).toBeNull();
  });

  it('TSDoc example: conditionsOfPost', () => {
    expect(conditionsOfPost('manager').length).toBe(16);
    expect(conditionsOfPost('clerical').length).toBe(14);
  });

  it('TSDoc example: checkEligibilityUnderInstruction', () => {
    const d = checkEligibilityUnderInstruction({ post: 'manager', asOf: '1388/11/16', person: { birthDate: '1363/11/17' } });
    expect(d.ruleSet.id).toBe('instruction-1392');
    expect(d.value.age).toBe(24);
    expect(d.findings[8]!.status).toBe('unmet');
    expect(d.findings[8]!.data).toEqual({ age: 24, minAge: 25, dateOfAge: '1388/11/17', daysToAge: 1 });
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation tests for eligibility under the instruction (Arts. 4–8): they pin what the
// other tests leave loose — where each condition is written for each post, each finding's
// code, status, citation, missing facts, data and message (both languages), the summary's
// count, `value.age`, `value.experience.reachedOn` and `value.eligibleOn`.
const RS = 'instruction-1392' as const;
const item = (article: number, n: number) => ({ article, item: n, ruleSet: RS });
const ADULTPinned = '1396/01/01';

const decide = (post: InstructionPost, person: InstructionPersonFacts, extra: object = {}) =>
  checkEligibilityUnderInstruction({ post, asOf: ADULTPinned, person, ...extra });
const findingOf = (post: InstructionPost, person: InstructionPersonFacts, key: string, extra: object = {}) => {
  const d = decide(post, person, extra);
  return d.findings[d.value.conditions.indexOf(key as never)]!;
};

describe('Instruction Arts. 4–8: where each condition is written, for each post — pinned', () => {
  it('Instruction Arts. 4–8: the citation of every condition of every post (Art. 4 general, 5/6/7 special, the note of Art. 5, Art. 8 bars)', () => {
    const table = (post: InstructionPost) => Object.fromEntries(INSTRUCTION_CONDITION_KEYS.map((k) => [k, instructionConditionCitation(post, k)]));
    const general = {
      nationality: item(4, 1),
      constitution: item(4, 2),
      religion: item(4, 3),
      addiction: item(4, 4),
      criminalRecord: item(4, 5),
      military: item(4, 6),
      fitness: item(4, 7),
      legalPractice: item(8, 1),
      judgeNotaryDismissal: item(8, 2),
      commerce: item(8, 3),
      stateEmployment: item(8, 4),
    };
    expect(table('manager')).toEqual({
      ...general,
      degree: item(5, 1),
      age: item(5, 2),
      experience: item(5, 3),
      computerSkills: item(5, 4),
      priority: { article: 5, note: 1, ruleSet: RS },
    });
    expect(table('legalExpert')).toEqual({ ...general, degree: item(6, 1), age: item(6, 2), experience: null, computerSkills: item(6, 3), priority: null });
    for (const post of ['itExpert', 'clerical'] as const) {
      expect(table(post)).toEqual({ ...general, degree: item(7, 1), age: item(7, 2), experience: null, computerSkills: item(7, 3), priority: null });
    }
  });

  it('an unknown condition key is refused with an InputError naming the field `key` and listing the keys', () => {
    const r = safe(instructionConditionCitation)('manager', 'exam' as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(InputError);
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]!.field).toBe('key');
    expect(r.error.issues[0]!.expected).toEqual({
      en: `one of ${INSTRUCTION_CONDITION_KEYS.join(', ')}`,
      fa: `یکی از ${INSTRUCTION_CONDITION_KEYS.join('، ')}`,
    });
    expect(r.error.issues[0]!.expected.en).toMatch(/^one of nationality, constitution, religion, .*, stateEmployment$/);
    expect(r.error.issues[0]!.expected.fa).toMatch(/^یکی از nationality، constitution، /);
  });

  it('Instruction Art. 3: anything but the four posts is refused (an unknown name, an inherited key, a non-string), naming the field `post`', () => {
    const expected = { en: "'manager', 'legalExpert', 'itExpert' or 'clerical'", fa: "'manager'، 'legalExpert'، 'itExpert' یا 'clerical'" };
    const impostor = { toString: () => 'manager' };
    for (const bad of ['judge', 'toString', impostor, 5, undefined]) {
      const calls: (() => unknown)[] = [
        () => instructionMinimumAge(bad as never),
        () => conditionsOfPost(bad as never),
        () => instructionConditionCitation(bad as never, 'age'),
      ];
      for (const fn of calls) {
        const r = safe(fn)();
        expect(r.ok, String(bad)).toBe(false);
        if (r.ok) continue;
        expect(r.error).toBeInstanceOf(InputError);
        expect(r.error.issues[0]!.field).toBe('post');
        expect(r.error.issues[0]!.expected).toEqual(expected);
      }
    }
    expect(POSTS.map((p) => instructionMinimumAge(p))).toEqual([25, 25, 25, 25]);
  });
});

describe('Instruction Arts. 4–8: nothing known — pinned', () => {
  it('Instruction Arts. 4, 5, 8: a manager of whom nothing is known — every condition unknown, each listing its own facts; the note is info', () => {
    const d = decide('manager', {});
    expect(d.kind).toBe('instruction.eligibility');
    expect(d.status).toBe('incomplete');
    expect(d.findings.map((f) => [f.code, f.status, f.citation, f.missing ?? []])).toEqual([
      ['instruction.nationality.unknown', 'unknown', item(4, 1), ['person.iranianNationality']],
      ['instruction.constitution.unknown', 'unknown', item(4, 2), ['person.adheresToConstitution', 'person.adheresToVelayatFaqih']],
      ['instruction.religion.unknown', 'unknown', item(4, 3), ['person.religion', 'person.practisesIslam']],
      ['instruction.addiction.unknown', 'unknown', item(4, 4), ['person.drugAddiction']],
      ['instruction.criminalRecord.unknown', 'unknown', item(4, 5), ['person.criminalRecord']],
      ['instruction.military.unknown', 'unknown', item(4, 6), ['person.sex', 'person.militaryService']],
      ['instruction.fitness.unknown', 'unknown', item(4, 7), ['person.physicallyAndMentallyFit']],
      ['instruction.degree.unknown', 'unknown', item(5, 1), ['person.degrees']],
      ['instruction.age.unknown', 'unknown', item(5, 2), ['person.birthDate']],
      ['instruction.experience.unknown', 'unknown', item(5, 3), ['experience.periods']],
      ['instruction.computerSkills.unknown', 'unknown', item(5, 4), ['person.computerSkillsApproved']],
      ['instruction.priority', 'info', { article: 5, note: 1, ruleSet: RS }, []],
      ['instruction.legalPractice.unknown', 'unknown', item(8, 1), ['person.attorney', 'person.article187Adviser', 'person.officialExpert']],
      ['instruction.judgeNotaryDismissal.unknown', 'unknown', item(8, 2), ['person.dismissedJudgeOrNotary']],
      ['instruction.commerce.unknown', 'unknown', item(8, 3), ['person.engagedInCommerce']],
      ['instruction.stateEmployment.unknown', 'unknown', item(8, 4), ['person.stateEmployee']],
    ]);
    expect(d.findings[7]!.data).toEqual({ reading: 'asWritten', degrees: [] });
    expect(d.findings[8]!.message).toEqual({
      fa: 'تاریخ تولد معلوم نیست؛ حداقل سن مدیر دفتر در دستورالعمل ۲۵ سال است.',
      en: 'Date of birth not known; under the instruction an office manager must be at least 25.',
    });
    expect(d.findings[11]!.data).toEqual({ approvedServiceRecord: null });
    expect(d.findings[11]!.message).toEqual({
      fa: 'شرط نیست: دارندگان سوابق خدمتی تأییدشده به تشخیص اداره کل در اولویت‌اند.',
      en: "Not a condition: people with approved service records have priority, at the Directorate-General's discretion.",
    });
    expect(d.summary).toEqual({
      fa: 'طبق دستورالعمل، داشتن شرایط مدیر دفتر هنوز معلوم نیست (۱۵ شرط نامعلوم).',
      en: 'Under the instruction, whether the conditions of an office manager are met is not yet known (15 conditions unknown).',
    });
    expect(d.value).toEqual({
      post: 'manager',
      conditions: conditionsOfPost('manager'),
      age: null,
      experience: { requiredDays: 1825, countedDays: 0, shortfallDays: 1825, reachedOn: null },
      eligibleOn: null,
    });
  });

  it('Instruction Arts. 4–8: the yes/no conditions, each with its messages when unknown', () => {
    const d = decide('clerical', {});
    const msg = (code: string) => d.findings.find((f) => f.code === code)!.message;
    expect(msg('instruction.nationality.unknown')).toEqual({ fa: 'تابعیت معلوم نیست.', en: 'Nationality is not known.' });
    expect(msg('instruction.addiction.unknown')).toEqual({ fa: 'اعتیاد به مواد مخدر معلوم نیست.', en: 'Whether addicted to narcotics is not known.' });
    expect(msg('instruction.fitness.unknown')).toEqual({ fa: 'توانایی جسمی و روحی لازم معلوم نیست.', en: 'Physical and mental capacity is not known.' });
    expect(msg('instruction.commerce.unknown')).toEqual({ fa: 'اشتغال به امر تجارت معلوم نیست.', en: 'Whether engaged in commerce is not known.' });
    expect(msg('instruction.criminalRecord.unknown')).toEqual({ fa: 'معلوم نیست سوءپیشینه کیفری دارد یا نه.', en: 'Whether there is any criminal record is not known.' });
    expect(msg('instruction.computerSkills.unknown')).toEqual({
      fa: 'تأیید اداره کل درباره مهارت کار با رایانه معلوم نیست.',
      en: 'Whether the Directorate-General approved the computer skills is not known.',
    });
  });
});

describe('Instruction Arts. 4–8: a person meeting every condition — pinned', () => {
  it('Instruction Arts. 4, 7, 8: an IT expert meeting every condition — every finding met, with its message; the summary says so', () => {
    const d = decide('itExpert', FULL_I);
    expect(d.status).toBe('eligible');
    expect(d.findings.map((f) => [f.code, f.status])).toEqual([
      ['instruction.nationality.met', 'met'],
      ['instruction.constitution.met', 'met'],
      ['instruction.religion.met', 'met'],
      ['instruction.addiction.met', 'met'],
      ['instruction.criminalRecord.met', 'met'],
      ['instruction.military.met', 'met'],
      ['instruction.fitness.met', 'met'],
      ['instruction.degree.met', 'met'],
      ['instruction.age.met', 'met'],
      ['instruction.computerSkills.met', 'met'],
      ['instruction.legalPractice.met', 'met'],
      ['instruction.judgeNotaryDismissal.met', 'met'],
      ['instruction.commerce.met', 'met'],
      ['instruction.stateEmployment.met', 'met'],
    ]);
    const m = d.findings.map((f) => f.message.en);
    expect(m).toEqual([
      'Holds the nationality of the Islamic Republic of Iran.',
      'Is committed in practice to the Constitution and to velayat-e faqih.',
      'Professes Islam and is committed in practice to Islamic precepts and ethics.',
      'Is not addicted to narcotics.',
      'Has no criminal record.',
      'Has a military-service completion card.',
      'Has the physical and mental capacity required.',
      "The bachelor's in law meets the degree condition.",
      'Aged 25 (completed years); under the instruction an IT expert must be at least 25.',
      'Has basic computer knowledge and skills approved by the Directorate-General for this post.',
      'Is not a practising attorney, an adviser under «Art. 187», nor an official expert of the judiciary.',
      'Is not a judge or notary finally sentenced to permanent dismissal.',
      'Is not engaged in commerce (Art. 2 of the Commercial Code).',
      'Is not an employee of the State or of a non-governmental public institution.',
    ]);
    expect(d.findings[5]!.data).toEqual({ applies: true, status: 'completionCard' });
    expect(d.findings[5]!.message.fa).toBe('کارت پایان خدمت دارد.');
    expect(d.findings[7]!.data).toEqual({ reading: 'asWritten', degrees: [{ index: 0, qualifies: 'yes', reasons: [] }], degree: 0 });
    expect(d.findings[7]!.message.fa).toBe('مدرک کارشناسی حقوق شرط مدرک تحصیلی را تأمین می‌کند.');
    expect(d.findings[8]!.data).toEqual({ age: 25, minAge: 25 });
    expect(d.findings[8]!.message.fa).toBe('۲۵ سال تمام دارد؛ حداقل سن کارشناس فناوری اطلاعات در دستورالعمل ۲۵ سال است.');
    expect(d.findings[10]!.message.fa).toBe('وکیل دادگستری، مشاور موضوع ماده ۱۸۷ یا کارشناس رسمی دادگستری نیست.');
    expect(d.summary).toEqual({ fa: 'طبق دستورالعمل، شرایط کارشناس فناوری اطلاعات را دارد.', en: 'Under the instruction, meets the conditions of an IT expert.' });
    expect(d.value.age).toBe(25);
    expect(d.value.experience).toBeNull();
    expect(d.value.eligibleOn).toBe(ADULTPinned);
  });
});

describe('Instruction Art. 4(2): the Constitution and velayat-e faqih, two facts — pinned', () => {
  it('Instruction Art. 4(2): either fact false is unmet, naming what is lacking; both false names both', () => {
    const cases = [
      [false, false, 'both', 'Is not committed in practice to the Constitution and velayat-e faqih.', 'التزام عملی به قانون اساسی و ولایت فقیه ندارد.'],
      [false, true, 'constitution', 'Is not committed in practice to the Constitution.', 'التزام عملی به قانون اساسی ندارد.'],
      [false, undefined, 'constitution', 'Is not committed in practice to the Constitution.', 'التزام عملی به قانون اساسی ندارد.'],
      [true, false, 'velayat', 'Is not committed in practice to velayat-e faqih.', 'التزام عملی به ولایت فقیه ندارد.'],
      [undefined, false, 'velayat', 'Is not committed in practice to velayat-e faqih.', 'التزام عملی به ولایت فقیه ندارد.'],
    ] as const;
    for (const [c, v, lacking, en, fa] of cases) {
      const f = findingOf('manager', { adheresToConstitution: c, adheresToVelayatFaqih: v }, 'constitution');
      expect([f.code, f.status, f.missing], lacking).toEqual(['instruction.constitution.unmet', 'unmet', undefined]);
      expect(f.message).toEqual({ en, fa });
    }
  });

  it('Instruction Art. 4(2): one fact true and the other unknown is unknown, listing only the unknown one; both true is met', () => {
    const c = findingOf('manager', { adheresToConstitution: true }, 'constitution');
    expect([c.code, c.status, c.missing]).toEqual(['instruction.constitution.unknown', 'unknown', ['person.adheresToVelayatFaqih']]);
    expect(c.message.en).toBe('Practical commitment to the Constitution and to velayat-e faqih is not known.');
    const v = findingOf('manager', { adheresToVelayatFaqih: true }, 'constitution');
    expect([v.code, v.status, v.missing]).toEqual(['instruction.constitution.unknown', 'unknown', ['person.adheresToConstitution']]);
    const both = findingOf('manager', { adheresToConstitution: true, adheresToVelayatFaqih: true }, 'constitution');
    expect([both.code, both.status]).toEqual(['instruction.constitution.met', 'met']);
  });
});

describe('Instruction Art. 4(3): religion, two facts — pinned', () => {
  it('Instruction Art. 4(3): not a Muslim, or not practising, is unmet with its own message', () => {
    const other = findingOf('clerical', { religion: 'other', practisesIslam: true }, 'religion');
    expect([other.code, other.status]).toEqual(['instruction.religion.notMuslim', 'unmet']);
    expect(other.message).toEqual({ fa: 'متدین به دین مبین اسلام نیست.', en: 'Does not profess Islam.' });
    const lax = findingOf('clerical', { religion: 'islam', practisesIslam: false }, 'religion');
    expect([lax.code, lax.status]).toEqual(['instruction.religion.notPractising', 'unmet']);
    expect(lax.message).toEqual({ fa: 'التزام عملی به احکام و اخلاق اسلامی ندارد.', en: 'Is not committed in practice to Islamic precepts and ethics.' });
  });

  it('Instruction Art. 4(3): one fact known to hold and the other left out lists only the one left out', () => {
    expect(findingOf('clerical', { religion: 'islam' }, 'religion').missing).toEqual(['person.practisesIslam']);
    expect(findingOf('clerical', { practisesIslam: true }, 'religion').missing).toEqual(['person.religion']);
    expect(findingOf('clerical', { religion: 'islam' }, 'religion').message.en).toBe('Profession of Islam or practical commitment to its precepts is not known.');
  });
});

describe('Instruction Art. 4(5): any criminal record — pinned', () => {
  it('Instruction Art. 4(5): no effective record (the regulation’s test) leaves it unknown, and the message says why', () => {
    const f = findingOf('manager', { effectiveCriminalRecord: false }, 'criminalRecord');
    expect([f.code, f.status, f.missing]).toEqual(['instruction.criminalRecord.unknown', 'unknown', ['person.criminalRecord']]);
    expect(f.message).toEqual({
      fa: 'معلوم نیست سوءپیشینه کیفری دارد یا نه (نداشتن سوءپیشینه مؤثر، که آیین نامه می‌خواهد، برای دستورالعمل کافی نیست).',
      en: 'Whether there is any criminal record is not known (no effective record, which the regulation asks, is not enough for the instruction).',
    });
  });

  it('Instruction Art. 4(5): an effective record is a record — unmet, with its message', () => {
    const f = findingOf('manager', { effectiveCriminalRecord: true }, 'criminalRecord');
    expect([f.code, f.status]).toEqual(['instruction.criminalRecord.unmet', 'unmet']);
    expect(f.message.en).toBe('Has a criminal record; the instruction bars any criminal record, not only an effective one.');
  });
});

describe('Instruction Art. 4(6): military service, men only (SPEC D7) — pinned', () => {
  it('Instruction Art. 4(6): a woman — met as not applicable, data says it does not apply', () => {
    const f = findingOf('manager', { sex: 'female' }, 'military');
    expect(f).toMatchObject({ code: 'instruction.military.notApplicable', status: 'met', data: { applies: false } });
    expect(f.message).toEqual({ fa: 'شرط خدمت نظام وظیفه فقط برای داوطلبان مرد است.', en: 'The military-service condition applies to men only.' });
  });

  it('Instruction Art. 4(6): a man serving is unmet, data naming the status; a permanent exemption with sex unknown is met', () => {
    const f = findingOf('manager', { sex: 'male', militaryService: 'serving' }, 'military');
    expect([f.code, f.status, f.data]).toEqual(['instruction.military.unmet', 'unmet', { applies: true, status: 'serving' }]);
    const ex = findingOf('manager', { militaryService: 'permanentExemption' }, 'military');
    expect([ex.code, ex.status, ex.data]).toEqual(['instruction.military.met', 'met', { applies: true, status: 'permanentExemption' }]);
  });
});

describe('Instruction Arts. 5(1), 6(1), 7(1): the degree — pinned', () => {
  it('Instruction Art. 7(1), option anyField: no degrees given is unknown (the degrees listed as missing), data records the reading', () => {
    for (const post of ['itExpert', 'clerical'] as const) {
      const f = findingOf(post, {}, 'degree', { options: { art7Degree: 'anyField' } });
      expect([f.code, f.status, f.missing, f.data]).toEqual(['instruction.degree.unknown', 'unknown', ['person.degrees'], { reading: 'anyField', degrees: [] }]);
    }
  });

  it('Instruction Art. 5(1): the manager’s degree is read as written whatever the option (data.reading asWritten)', () => {
    const f = findingOf('manager', { degrees: [{ kind: 'university', level: 'bachelor', field: 'softwareEngineering', awarded: true }] }, 'degree', {
      options: { art7Degree: 'anyField' },
    });
    expect([f.code, f.status]).toEqual(['instruction.degree.unmet', 'unmet']);
    expect(f.data).toEqual({ reading: 'asWritten', degrees: [{ index: 0, qualifies: 'no', reasons: ['field'] }] });
  });

  it('Instruction Art. 7(1), option anyField: a seminary level-2 degree qualifies and is described as such', () => {
    const f = findingOf('clerical', { degrees: [{ kind: 'seminary', level: 2, awarded: true }] }, 'degree', { options: { art7Degree: 'anyField' } });
    expect([f.code, f.status]).toEqual(['instruction.degree.met', 'met']);
    expect(f.data).toEqual({ reading: 'anyField', degrees: [{ index: 0, qualifies: 'yes', reasons: [] }], degree: 0 });
    expect(f.message.en).toBe('The seminary level 2 meets the degree condition.');
  });
});

describe('Instruction Arts. 5(4), 6(3), 7(3): computer skills approved by the Directorate-General — pinned', () => {
  it('Instruction Art. 6(3): a certificate from a recognised body does not settle the approval, and the message says so', () => {
    const f = findingOf('legalExpert', { computerSkillsCertificate: true }, 'computerSkills');
    expect([f.code, f.status, f.citation, f.missing]).toEqual(['instruction.computerSkills.unknown', 'unknown', item(6, 3), ['person.computerSkillsApproved']]);
    expect(f.message.en).toBe(
      "Whether the Directorate-General approved the computer skills is not known (a certificate from a recognised body, the regulation's condition, is not the Directorate-General's approval).",
    );
    expect(f.message.fa).toContain('جای تأیید اداره کل را نمی‌گیرد');
  });

  it('Instruction Art. 6(3): approval refused is unmet', () => {
    const f = findingOf('legalExpert', { computerSkillsApproved: false }, 'computerSkills');
    expect([f.code, f.status]).toEqual(['instruction.computerSkills.unmet', 'unmet']);
    expect(f.message.en).toBe('Lacks basic computer knowledge and skills approved by the Directorate-General for this post.');
  });
});

describe('Instruction Art. 5, note: the priority of approved service records (info) — pinned', () => {
  it('Instruction Art. 5, note: records approved — priority, said in both languages; none — said too; always info', () => {
    const yes = findingOf('manager', { approvedServiceRecord: true }, 'priority');
    expect([yes.status, yes.data]).toEqual(['info', { approvedServiceRecord: true }]);
    expect(yes.message.en).toBe("Not a condition: people with approved service records have priority, at the Directorate-General's discretion; has approved service records.");
    expect(yes.message.fa).toContain('؛ سوابق خدمتی تأییدشده دارد.');
    const no = findingOf('manager', { approvedServiceRecord: false }, 'priority');
    expect([no.status, no.data]).toEqual(['info', { approvedServiceRecord: false }]);
    expect(no.message.en).toBe("Not a condition: people with approved service records have priority, at the Directorate-General's discretion; has no approved service records.");
    expect(no.message.fa).toContain('؛ سوابق خدمتی تأییدشده ندارد.');
  });
});

describe('Instruction Art. 8(1): attorneys, advisers of «Art. 187», official experts — pinned', () => {
  it('Instruction Art. 8(1): each role alone bars the post, the message naming it; the others unknown do not matter', () => {
    const roles = [
      ['attorney', { attorney: true }],
      ['adviser', { article187Adviser: true }],
      ['officialExpert', { officialExpert: true }],
    ] as const;
    for (const [role, person] of roles) {
      const f = findingOf('clerical', person, 'legalPractice');
      expect([f.code, f.status, f.missing], role).toEqual(['instruction.legalPractice.unmet', 'unmet', undefined]);
    }
    expect(roles.map(([, person]) => findingOf('clerical', person, 'legalPractice').message.en)).toEqual([
      'Is a practising attorney: barred from a licence and from working in an office while it continues.',
      'Is an adviser under «Art. 187»: barred from a licence and from working in an office while it continues.',
      'Is an official expert of the judiciary: barred from a licence and from working in an office while it continues.',
    ]);
    expect(findingOf('clerical', { article187Adviser: true }, 'legalPractice').message.fa).toBe(
      'مشاور موضوع ماده ۱۸۷ است و تا این فعالیت ادامه دارد نمی‌تواند پروانه بگیرد یا در دفتر شاغل باشد.',
    );
    expect(findingOf('clerical', { attorney: true, article187Adviser: true, officialExpert: true }, 'legalPractice').message.en).toBe(
      'Is a practising attorney, an adviser under «Art. 187» and an official expert of the judiciary: barred from a licence and from working in an office while it continues.',
    );
    expect(findingOf('clerical', { attorney: true, article187Adviser: true, officialExpert: true }, 'legalPractice').message.fa).toBe(
      'وکیل دادگستری، مشاور موضوع ماده ۱۸۷ و کارشناس رسمی دادگستری است و تا این فعالیت ادامه دارد نمی‌تواند پروانه بگیرد یا در دفتر شاغل باشد.',
    );
  });

  it('Instruction Art. 8(1): with two roles known not to be held, only the third is listed as missing', () => {
    expect(findingOf('clerical', { article187Adviser: false, officialExpert: false }, 'legalPractice').missing).toEqual(['person.attorney']);
    expect(findingOf('clerical', { attorney: false, officialExpert: false }, 'legalPractice').missing).toEqual(['person.article187Adviser']);
    expect(findingOf('clerical', { attorney: false, article187Adviser: false }, 'legalPractice').missing).toEqual(['person.officialExpert']);
  });
});

describe('Instruction Arts. 5(2), 5(3): when time alone lifts the unmet conditions (value.eligibleOn) — pinned', () => {
  const born = '1371/05/10';
  it('Instruction Art. 5(2): aged 24 and otherwise eligible — eligibleOn is the 25th birthday; the summary counts one unmet', () => {
    const d = decide('legalExpert', { ...FULL_I, birthDate: born });
    expect(d.status).toBe('ineligible');
    expect(d.value.age).toBe(24);
    expect(d.value.eligibleOn).toBe('1396/05/10');
    expect(d.findings[8]!.data).toEqual({ age: 24, minAge: 25, dateOfAge: '1396/05/10', daysToAge: 133 });
    expect(d.findings[8]!.message.en).toBe('Aged 24 (completed years); under the instruction a legal expert must be at least 25, reached on 1396/05/10.');
    expect(d.findings[8]!.message.fa).toBe('۲۴ سال تمام دارد؛ حداقل سن کارشناس حقوقی در دستورالعمل ۲۵ سال است؛ در ۱۳۹۶/۰۵/۱۰ به این سن می‌رسد.');
    expect(d.summary).toEqual({
      fa: 'طبق دستورالعمل، شرایط کارشناس حقوقی را ندارد (۱ شرط تأمین نیست).',
      en: 'Under the instruction, does not meet the conditions of a legal expert (1 condition not met).',
    });
  });

  it('Instruction Arts. 4, 5(2): under age and another fact unknown — ineligible, but eligibleOn is null (the unknown may bar too)', () => {
    const d = decide('legalExpert', { ...FULL_I, birthDate: born, physicallyAndMentallyFit: undefined });
    expect(d.status).toBe('ineligible');
    expect(d.value.eligibleOn).toBeNull();
    expect(d.summary.en).toBe('Under the instruction, does not meet the conditions of a legal expert (1 condition not met).');
  });

  it('Instruction Arts. 5(2), 8(4): under age and a state employee — ineligible with two unmet; a bar does not lift by time, so eligibleOn is null', () => {
    const d = decide('legalExpert', { ...FULL_I, birthDate: born, stateEmployee: true });
    expect(d.value.eligibleOn).toBeNull();
    expect(d.summary.en).toBe('Under the instruction, does not meet the conditions of a legal expert (2 conditions not met).');
    expect(d.summary.fa).toBe('طبق دستورالعمل، شرایط کارشناس حقوقی را ندارد (۲ شرط تأمین نیست).');
  });

  it('Instruction Art. 5(2), SPEC D3: when the 25th birthday lies beyond the calendar (after 1600) its date is null and so is eligibleOn', () => {
    const d = checkEligibilityUnderInstruction({ post: 'clerical', asOf: '1590/01/01', person: { ...FULL_I, birthDate: '1580/01/01' } });
    expect(d.status).toBe('ineligible');
    expect(d.findings[8]!.data).toEqual({ age: 10, minAge: 25, dateOfAge: null, daysToAge: null });
    expect(d.findings[8]!.message.en).toBe('Aged 10 (completed years); under the instruction a clerical employee must be at least 25.');
    expect(d.value.eligibleOn).toBeNull();
  });

  it('Instruction Art. 5(3): related work ended short of five years — ineligible, reachedOn null, eligibleOn null', () => {
    const d = decide('manager', FULL_I, { experience: { periods: [{ start: '1390/01/01', end: '1392/12/29', related: true }] } });
    expect(d.status).toBe('ineligible');
    expect(d.value.experience).toEqual({ requiredDays: 1825, countedDays: 1096, shortfallDays: 729, reachedOn: null });
    expect(d.value.eligibleOn).toBeNull();
  });

  it('Instruction Art. 5(3): related work going on — eligibleOn is the day the fifth year is complete (also when later than the birthday)', () => {
    const d = decide('manager', FULL_I, { experience: { periods: [{ start: '1393/01/01', related: true }] } });
    expect(d.status).toBe('ineligible');
    expect(d.value.experience?.reachedOn).toBe('1397/12/28');
    expect(d.value.eligibleOn).toBe('1397/12/28');
    const young = decide('manager', { ...FULL_I, birthDate: born }, { experience: { periods: [{ start: '1393/01/01', related: true }] } });
    expect(young.value.eligibleOn).toBe('1397/12/28');
    const younger = decide('manager', { ...FULL_I, birthDate: '1373/05/10' }, { experience: { periods: [{ start: '1393/01/01', related: true }] } });
    expect(younger.value.eligibleOn).toBe('1398/05/10');
  });
});
