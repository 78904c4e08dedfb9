/**
 * The questions real applicants asked (shared/questions.md, Q1–Q10), answered through
 * the public API. Where a question leaves a fact open, the answer lists it as unknown.
 */
import { describe, expect, it } from 'vitest';
import { completedYears } from '../../src/_lib/jalali.js';
import {
  assessExperience,
  checkEligibility,
  checkLicence,
  PersonFactsSchema,
  type LicenceInput,
  type PersonFacts,
} from '../../src/eligibility/index.js';
import { clause, day, FULL } from './arbitraries.js';

const ASOF = '1404/01/01';

describe('Q1–Q10 of questions.md', () => {
  it('Q1, Arts. 9, 10, 11(ب): a law graduate running a real-estate agency is barred while it continues; relatedness of the work and the exam stay open', () => {
    const d = checkLicence({
      asOf: ASOF,
      person: {
        degrees: [{ kind: 'university', level: 'bachelor', field: 'law', awarded: true }],
        computerSkillsCertificate: true,
        engagedInCommerce: true, // brokerage: Art. 2 of the Commercial Code
      },
      // 20 years as a real-estate consultant and manager; whether it is *related* is the caller's fact.
      experience: { periods: [{ start: '1384/01/01' }] },
    });
    expect(d.status).toBe('ineligible');
    expect(clause(d, 11, 'ب').status).toBe('unmet');
    expect(clause(d, 9, 'ت').status).toBe('met');
    expect(clause(d, 9, 'ح').status).toBe('met');
    expect(clause(d, 10, 'الف').status).toBe('unknown');
    expect(clause(d, 10, 'ب').status).toBe('unknown');
    expect(d.missing).toContain('experience.periods[0].related');
    expect(d.missing).toContain('exam');
    expect(d.value.remedies.find((r) => r.condition === 'commerce')?.action).toBe('cease');
    // If the work is related, 20 years are more than the 3 a bachelor needs.
    const related = checkLicence({ asOf: ASOF, person: { degrees: [{ kind: 'university', level: 'bachelor', field: 'law', awarded: true }] }, experience: { periods: [{ start: '1384/01/01', related: true }] } });
    expect(clause(related, 10, 'ب').status).toBe('met');
  });

  it('Q2, Arts. 10(ب), 11(الف): a fiqh graduate employed two years at a justice department: barred while employed, one year short, and the date three years are reached', () => {
    // Two years (730 days) of related work up to asOf, still going on.
    const start = day(1402, 1, 1) + 2; // 1402/01/03
    const input: LicenceInput = {
      asOf: ASOF,
      person: { degrees: [{ kind: 'university', level: 'bachelor', field: 'fiqhAndFoundationsOfIslamicLaw', awarded: true }], stateEmployee: true },
      experience: { periods: [{ start: '1402/01/03', related: true }] },
    };
    const d = checkLicence(input);
    expect(clause(d, 11, 'الف').status).toBe('unmet');
    expect(d.value.experience.countedDays).toBe(day(1404, 1, 1) - start + 1);
    expect(d.value.experience.countedDays).toBe(730);
    expect(d.value.experience.requiredDays).toBe(1095);
    expect(d.value.experience.shortfallDays).toBe(365);
    expect(d.value.experience.reachedOn).toBe('1405/01/01');
    const xp = d.value.remedies.find((r) => r.condition === 'experience');
    expect(xp).toMatchObject({ action: 'accrueExperience', daysMissing: 365, on: '1405/01/01' });
    // On that day the experience is met (the employment still bars).
    expect(clause(checkLicence({ ...input, asOf: '1405/01/01' }), 10, 'ب').status).toBe('met');
  });

  it('Q3, Arts. 9(ث), 11(الف): born 1363/11/17: 24 (not 25) for a manager under the 1401 regulation, reached on 1387/11/17; state employees barred', () => {
    const person: PersonFacts = { ...FULL, birthDate: '1363/11/17' };
    expect(clause(checkEligibility({ role: 'manager', asOf: '1387/11/16', person }), 9, 'ث').status).toBe('unmet');
    expect(clause(checkEligibility({ role: 'manager', asOf: '1387/11/17', person }), 9, 'ث').status).toBe('met');
    const today = checkEligibility({ role: 'manager', asOf: ASOF, person });
    expect(today.value.age).toBe(completedYears(day(1363, 11, 17), day(1404, 1, 1)));
    expect(today.value.age).toBe(40);
    expect(today.status).toBe('eligible');
    expect(checkEligibility({ role: 'manager', asOf: ASOF, person: { ...person, stateEmployee: true } }).status).toBe('ineligible');
  });

  it('Q4, Art. 11(الف): an employee of the justice department cannot register an office while employed', () => {
    const d = checkEligibility({ role: 'manager', asOf: ASOF, person: { stateEmployee: true } });
    expect(d.status).toBe('ineligible');
    expect(clause(d, 11, 'الف').message.en).toContain('barred while so employed');
    expect(d.value.remedies.find((r) => r.condition === 'stateEmployment')).toMatchObject({ action: 'cease' });
    // Once the employment ends (and the other facts are given), the bar is gone.
    expect(checkEligibility({ role: 'manager', asOf: ASOF, person: { ...FULL, stateEmployee: false } }).status).toBe('eligible');
  });

  it('Q5, Art. 9(ت): a bachelor of software-engineering technology: not a related field', () => {
    const d = checkEligibility({ role: 'manager', asOf: ASOF, person: { ...FULL, degrees: [{ kind: 'university', level: 'bachelor', field: 'softwareEngineering', awarded: true }] } });
    expect(d.status).toBe('ineligible');
    const f = clause(d, 9, 'ت');
    expect(f.status).toBe('unmet');
    expect(f.data).toEqual({ degrees: [{ index: 0, qualifies: 'no', reasons: ['field'] }] });
    expect(d.value.remedies).toEqual([{ condition: 'degree', code: 'eligibility.degree.unmet', citation: { article: 9, clause: 'ت' }, action: 'obtain' }]);
  });

  it('Q6, Arts. 9(ت), 10(ب): a cleric: incomplete until the seminary level is known; level 2+ qualifies, the level sets the experience', () => {
    const cleric = (level?: 1 | 2 | 3 | 4): LicenceInput => ({
      asOf: ASOF,
      person: { ...FULL, degrees: [{ kind: 'seminary', awarded: true, ...(level === undefined ? {} : { level }) }] },
      exam: { passed: true },
      experience: { periods: [{ start: '1402/06/01', related: true }] }, // 1 year 7 months
    });
    const unknown = checkLicence(cleric());
    expect(unknown.status).toBe('incomplete');
    expect(clause(unknown, 9, 'ت').status).toBe('unknown');
    expect(unknown.missing).toEqual(['person.degrees[0].level']);
    expect(checkLicence(cleric(1)).status).toBe('ineligible');
    expect(clause(checkLicence(cleric(2)), 10, 'ب').status).toBe('unmet'); // 3 years
    expect(checkLicence(cleric(3)).status).toBe('ineligible'); // 2 years
    expect(checkLicence(cleric(4)).status).toBe('eligible'); // 1 year
  });

  it("Q7, Arts. 9(ت), 10: a master's in international law: related field, 2 years' experience, the exam; the rest listed as unknown", () => {
    const d = checkLicence({ asOf: ASOF, person: { degrees: [{ kind: 'university', level: 'master', field: 'law', awarded: true }] } });
    expect(clause(d, 9, 'ت').status).toBe('met');
    expect(d.status).toBe('incomplete');
    expect(d.missing).toContain('exam');
    expect(d.missing).toContain('experience.periods');
    expect(d.missing).toContain('person.birthDate');
    expect(d.missing).not.toContain('person.degrees');
    expect(assessExperience({ asOf: ASOF, degrees: [{ kind: 'university', level: 'master', field: 'law', awarded: true }], periods: [] }).value.requiredDays).toBe(730);
  });

  it('Q8, Arts. 9, 11: the town (a provincial capital) is no condition of the 1401 regulation', () => {
    expect(Object.keys(PersonFactsSchema.def.shape).some((k) => /city|town|province|capital/i.test(k))).toBe(false);
    const person = { ...FULL, degrees: [{ kind: 'university' as const, level: 'master' as const, field: 'law' as const, awarded: true }] };
    const withCity = checkEligibility({ role: 'manager', asOf: ASOF, person: { ...person, provincialCapital: true } as PersonFacts });
    expect(withCity).toEqual(checkEligibility({ role: 'manager', asOf: ASOF, person }));
    expect(withCity.status).toBe('eligible');
  });

  it("Q9, Art. 10(ب): a bachelor of law needs 3 years' experience; marital status is no condition", () => {
    expect(assessExperience({ asOf: ASOF, degrees: [{ kind: 'university', level: 'bachelor', field: 'law', awarded: true }], periods: [] }).value.requiredDays).toBe(1095);
    const married = checkEligibility({ role: 'manager', asOf: ASOF, person: { ...FULL, maritalStatus: 'married' } as PersonFacts });
    expect(married).toEqual(checkEligibility({ role: 'manager', asOf: ASOF, person: FULL }));
  });

  it("Q10, Art. 9(ت): a master's student of political science: a degree being studied does not count, nor an unrelated field; a related bachelor's would", () => {
    const student = { ...FULL, degrees: [{ kind: 'university' as const, level: 'master' as const, field: 'politicalScience' as const, awarded: false }] };
    const d = checkEligibility({ role: 'manager', asOf: ASOF, person: student });
    expect(clause(d, 9, 'ت').status).toBe('unmet');
    expect(clause(d, 9, 'ت').data).toEqual({ degrees: [{ index: 0, qualifies: 'no', reasons: ['field', 'notAwarded'] }] });
    const withLaw = { ...student, degrees: [...student.degrees, { kind: 'university' as const, level: 'bachelor' as const, field: 'law' as const, awarded: true }] };
    expect(clause(checkEligibility({ role: 'manager', asOf: ASOF, person: withLaw }), 9, 'ت').status).toBe('met');
  });
});
