/**
 * Eligibility under the earlier instruction (its Arts. 4–8), through the public API.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, completedYears } from '../../src/_lib/jalali.js';
import { combineFindings } from '../../src/core/decision.js';
import { checkEligibility } from '../../src/eligibility/index.js';
import {
  checkEligibilityUnderInstruction,
  conditionsOfPost,
  instructionConditionCitation,
  instructionMinimumAge,
  type InstructionEligibilityInput,
  type InstructionPersonFacts,
} from '../../src/instruction/index.js';
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
