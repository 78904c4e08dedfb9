import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekday } from '../../src/_lib/jalali.js';
import { checkContinuingEligibility, type ContinuingInput } from '../../src/eligibility/index.js';
import { BOOLEAN_FACTS, day, deepFreeze, FULL, nearFullArb } from './arbitraries.js';
import { thrown } from '../support/input-error.js';


const ISSUED = '1402/01/15';

describe('checkContinuingEligibility: Art. 45', () => {
  it('TSDoc example: checkContinuingEligibility', () => {
    const d = checkContinuingEligibility({
      asOf: '1404/03/01',
      person: { stateEmployee: true },
      licence: { issuedOn: '1402/01/15', person: { stateEmployee: false } },
      notifiedOn: '1404/03/10',
    });
    expect(d.status).toBe('revoke');
    expect(d.value.grounds).toEqual([{ condition: 'stateEmployment', citation: { article: 11, clause: 'الف' }, origin: 'lost' }]);
    expect(d.value.appeal.lastDay).toBe('1404/03/31');
  });

  it('Art. 45: a manager still meeting every condition: no ground, nothing to appeal', () => {
    const d = checkContinuingEligibility({ asOf: '1404/03/01', person: FULL });
    expect(d.kind).toBe('continuingEligibility');
    expect(d.status).toBe('noGround');
    expect(d.value.revocation).toBe(false);
    expect(d.value.appeal.appealable).toBe(false);
    expect(d.findings.at(-1)!.code).toBe('eligibility.revocation.none');
    expect(d.steps).toEqual([]);
  });

  it('Art. 45: a condition held at issue and lacking now was lost («از دست داده»)', () => {
    const d = checkContinuingEligibility({ asOf: '1404/03/01', person: { ...FULL, engagedInCommerce: true }, licence: { issuedOn: ISSUED, person: FULL } });
    expect(d.status).toBe('revoke');
    expect(d.value.grounds).toEqual([{ condition: 'commerce', citation: { article: 11, clause: 'ب' }, origin: 'lost' }]);
    const ground = d.findings.find((f) => f.code === 'eligibility.revocation.lost')!;
    expect(ground.citation).toEqual({ article: 45 });
    expect(ground.message.en).toBe('The condition of Art. 11(b) was held when the licence was issued and has been lost.');
    expect(ground.message.fa).toBe('شرط ماده ۱۱ بند ب پس از صدور پروانه از دست رفته است.');
  });

  it('Art. 45: a condition lacking at issue and still lacking was never held («از ابتدا فاقد شرایط بوده»)', () => {
    const d = checkContinuingEligibility({ asOf: '1404/03/01', person: { ...FULL, computerSkillsCertificate: false }, licence: { issuedOn: ISSUED, person: { ...FULL, computerSkillsCertificate: false } } });
    expect(d.value.grounds).toEqual([{ condition: 'computerSkills', citation: { article: 9, clause: 'ح' }, origin: 'neverHeld' }]);
  });

  it('Art. 45: under age at issue is a defect never held; the birth date is taken from the present facts', () => {
    // Born 1380/06/15: 21 at issue (1402/01/15), 23 on 1404/03/01.
    const d = checkContinuingEligibility({ asOf: '1404/03/01', person: { ...FULL, birthDate: '1380/06/15' }, licence: { issuedOn: ISSUED } });
    expect(d.value.grounds).toEqual([{ condition: 'age', citation: { article: 9, clause: 'ث' }, origin: 'neverHeld' }]);
  });

  it('Art. 45: a condition lacking now whose state at issue is unknown is a ground all the same', () => {
    const d = checkContinuingEligibility({ asOf: '1404/03/01', person: { ...FULL, drugAddiction: true } });
    expect(d.status).toBe('revoke');
    expect(d.value.grounds).toEqual([{ condition: 'addiction', citation: { article: 9, clause: 'د' }, origin: 'unknown' }]);
  });

  it('Art. 45: a defect at issue cured since is no ground by default; option curedDefects: ground makes it one', () => {
    const input: ContinuingInput = { asOf: '1404/03/01', person: FULL, licence: { issuedOn: ISSUED, person: { ...FULL, stateEmployee: true } } };
    const d = checkContinuingEligibility(input);
    expect(d.status).toBe('noGround');
    expect(d.value.cured).toEqual([{ condition: 'stateEmployment', citation: { article: 11, clause: 'الف' }, origin: 'cured' }]);
    const strict = checkContinuingEligibility({ ...input, options: { curedDefects: 'ground' } });
    expect(strict.status).toBe('revoke');
    expect(strict.value.grounds).toEqual([{ condition: 'stateEmployment', citation: { article: 11, clause: 'الف' }, origin: 'cured' }]);
  });

  it('Art. 45: an exam failed at issue (Art. 10(الف)) was never held', () => {
    const d = checkContinuingEligibility({ asOf: '1404/03/01', person: FULL, licence: { issuedOn: ISSUED, exam: { score: 30, sittingScores: [71.4, 49.98, 30] } } });
    expect(d.value.grounds).toEqual([{ condition: 'exam', citation: { article: 10, clause: 'الف' }, origin: 'neverHeld' }]);
  });

  it('Art. 45: experience short at issue (Art. 10(ب)) is a ground, unless it is complete now (cured)', () => {
    const short = { periods: [{ start: '1401/01/01', end: '1402/01/01', related: true }] };
    const d = checkContinuingEligibility({ asOf: '1404/03/01', person: FULL, licence: { issuedOn: ISSUED, experience: short } });
    expect(d.value.grounds).toEqual([{ condition: 'experience', citation: { article: 10, clause: 'ب' }, origin: 'neverHeld' }]);
    const goingOn = { periods: [{ start: '1401/01/01', related: true }] };
    const cured = checkContinuingEligibility({ asOf: '1404/03/01', person: FULL, licence: { issuedOn: ISSUED, experience: goingOn } });
    expect(cured.status).toBe('noGround');
    expect(cured.value.cured.map((g) => g.condition)).toEqual(['experience']);
  });

  it('Art. 45: experience given without the day of issue cannot be counted as it stood then: unknown, licence.issuedOn listed', () => {
    const d = checkContinuingEligibility({ asOf: '1404/03/01', person: FULL, licence: { experience: { periods: [{ start: '1401/01/01', related: true }] } } });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['licence.issuedOn']);
  });

  it('Art. 45: no ground and facts unknown: incomplete, revocation undetermined', () => {
    const { drugAddiction: _d, ...rest } = FULL;
    const d = checkContinuingEligibility({ asOf: '1404/03/01', person: rest });
    expect(d.status).toBe('incomplete');
    expect(d.value.revocation).toBeNull();
    expect(d.missing).toEqual(['person.drugAddiction']);
  });

  it('Art. 45: the revocation is appealable by the manager within 20 days; notified 1403/01/10, the last day is 1403/02/01 (1403/01/31 a Friday)', () => {
    expect(weekday(day(1403, 1, 31))).toBe(5);
    const d = checkContinuingEligibility({ asOf: '1403/01/05', person: { ...FULL, attorney: true }, notifiedOn: '1403/01/10' });
    expect(d.value.appeal).toEqual({ appealable: true, by: 'manager', to: 'appealBoard', days: 20, notifiedOn: '1403/01/10', lastDay: '1403/02/01' });
    expect(d.steps.length).toBeGreaterThan(0);
    expect(d.steps.every((s) => s.citation.article === 45)).toBe(true);
    const appeal = d.findings.find((f) => f.code === 'eligibility.revocation.appeal')!;
    expect(appeal.message.en).toBe('The revocation may be appealed by the manager to the appeal board within 20 days of notification; the last day to appeal is 1403/02/01.');
  });

  it('Art. 45: a holiday on the last day moves it to the next open day; the other counting is an option (D13)', () => {
    const base = { asOf: '1403/01/05', person: { ...FULL, attorney: true }, notifiedOn: '1403/01/10' };
    expect(checkContinuingEligibility({ ...base, holidays: ['1403/02/01'] }).value.appeal.lastDay).toBe('1403/02/02');
    expect(checkContinuingEligibility({ ...base, options: { counting: 'lastCountedDay' } }).value.appeal.lastDay).toBe('1403/01/30');
  });

  it('Art. 45: without notification the appeal is stated without a last day', () => {
    const d = checkContinuingEligibility({ asOf: '1404/03/01', person: { ...FULL, attorney: true } });
    expect(d.value.appeal).toMatchObject({ appealable: true, notifiedOn: null, lastDay: null });
    expect(d.steps).toEqual([]);
  });

  it('Art. 45: revoke iff some condition lacks now (default reading); the input is not mutated', () => {
    fc.assert(
      fc.property(nearFullArb, nearFullArb, (now, then) => {
        const d = checkContinuingEligibility(deepFreeze({ asOf: '1404/03/01', person: now, licence: { issuedOn: ISSUED, person: then } }));
        const lacking = d.findings.slice(0, 14).some((f) => f.status === 'unmet');
        expect(d.status === 'revoke').toBe(lacking);
        expect(d.status === 'revoke').toBe(d.findings.some((f) => f.status === 'unmet'));
        for (const g of d.value.grounds) expect(['lost', 'neverHeld', 'unknown']).toContain(g.origin);
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
      }),
    );
  });

  it('Art. 45: every yes/no condition lost since issue is reported lost', () => {
    for (const [fact, good] of BOOLEAN_FACTS) {
      const d = checkContinuingEligibility({ asOf: '1404/03/01', person: { ...FULL, [fact]: !good }, licence: { issuedOn: ISSUED, person: FULL } });
      expect(d.value.grounds.map((g) => g.origin), fact).toEqual(['lost']);
    }
  });

  it('Art. 45: bad input is a typed error naming the field', () => {
    expect(thrown(() => checkContinuingEligibility({ asOf: '1404/03/01', person: {}, notifiedOn: '1404/13/01' })).issues[0]!.field).toBe('notifiedOn');
    expect(thrown(() => checkContinuingEligibility({ asOf: '1404/03/01', person: {}, holidays: ['x'] })).issues[0]!.field).toBe('holidays[0]');
    expect(thrown(() => checkContinuingEligibility({ asOf: '1404/03/01', person: {}, licence: { issuedOn: '1403/12/31' } })).issues[0]!.field).toBe('licence.issuedOn');
  });
});
