import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekday } from '../../src/_lib/jalali.js';
import { checkContinuingEligibility, type ContinuingInput, type DegreeInput, type PersonFacts } from '../../src/eligibility/index.js';
import { BOOLEAN_FACTS, day, deepFreeze, FULL, nearFullArb } from './arbitraries.js';
import { thrown } from '../support/input-error.js';
import { type Finding } from '../../src/core/decision.js';

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

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation-testing tests for src/eligibility/continuing.ts (issue 7): Art. 45. Each pins
// the grounds and their origin, the finding of each ground (code, status, citation, data,
// message), the closing finding and the summary with their counts, the appeal, the facts
// at issue taken from the present ones, Art. 10 as it stood on the day of issue, and the
// remedies by condition.
const AS_OF = '1404/03/01';
const LAW_BACHELOR: DegreeInput = { kind: 'university', level: 'bachelor', field: 'law', awarded: true };
const LAW_PHD: DegreeInput = { kind: 'university', level: 'doctorate', field: 'law', awarded: true };

function without(p: PersonFacts, ...keys: (keyof PersonFacts)[]): PersonFacts {
  const out: Record<string, unknown> = { ...p };
  for (const k of keys) delete out[k];
  return out as PersonFacts;
}
const check = (input: Partial<ContinuingInput>) => checkContinuingEligibility({ asOf: AS_OF, person: FULL, ...input });
const after14 = (fs: readonly Finding[]): string[] => fs.slice(14).map((f) => f.code);

describe('continuing.ts, Art. 45: the grounds and their findings — pinned', () => {
  it('Art. 45: a condition lost since issue: one ground, its finding, the closing finding, the appeal, the summary, the remedy', () => {
    const d = check({ person: { ...FULL, engagedInCommerce: true }, licence: { issuedOn: ISSUED, person: FULL } });
    expect(d.status).toBe('revoke');
    expect(d.value.revocation).toBe(true);
    expect(d.value.cured).toEqual([]);
    expect(after14(d.findings)).toEqual(['eligibility.revocation.lost', 'eligibility.revocation.follows', 'eligibility.revocation.appeal']);
    const [ground, follows, appeal] = d.findings.slice(14) as [Finding, Finding, Finding];
    expect(ground.status).toBe('info');
    expect(ground.citation).toEqual({ article: 45 });
    expect(ground.data).toEqual({ condition: 'commerce', clause: { fa: 'ماده ۱۱ بند ب', en: 'Art. 11(b)' }, origin: 'lost' });
    expect(follows).toMatchObject({ status: 'info', citation: { article: 45 }, data: { revocation: true } });
    expect(follows.message.en).toBe('With 1 condition lacking, the first-instance board is to rule that the licence be revoked.');
    expect(follows.message.fa).toBe('هیات بدوی با احراز ۱ مورد فقدان شرایط، به لغو پروانه رای خواهد داد.');
    expect(appeal).toMatchObject({ status: 'info', citation: { article: 45 }, data: { by: 'manager', to: 'appealBoard', days: 20, lastDay: null } });
    expect(appeal.message.en).toBe('The revocation may be appealed by the manager to the appeal board within 20 days of notification.');
    expect(d.summary).toEqual({ en: 'The licence is to be revoked (Art. 45): 1 condition lacking.', fa: 'پروانه باید لغو شود (ماده ۴۵): ۱ شرط وجود ندارد.' });
    expect(d.value.remedies).toEqual([{ condition: 'commerce', code: 'eligibility.commerce.unmet', citation: { article: 11, clause: 'ب' }, action: 'cease' }]);
  });

  it('Art. 45: lacking at issue and now is «از ابتدا فاقد شرایط» (neverHeld); its finding says so', () => {
    const d = check({ person: { ...FULL, attorney: true }, licence: { issuedOn: ISSUED, person: { ...FULL, attorney: true } } });
    const g = d.findings[14] as Finding;
    expect(g.code).toBe('eligibility.revocation.neverHeld');
    expect(g.status).toBe('info');
    expect(g.data).toEqual({ condition: 'legalPractice', clause: { fa: 'ماده ۱۱ بند پ', en: 'Art. 11(p)' }, origin: 'neverHeld' });
    expect(g.message.en).toBe('The condition of Art. 11(p) was lacking from the start (when the licence was issued) and still is.');
  });

  it('Art. 45: two grounds are counted in the closing finding and the summary', () => {
    const d = check({ person: { ...FULL, attorney: true, drugAddiction: true }, licence: { issuedOn: ISSUED, person: FULL } });
    expect(d.value.grounds.map((g) => g.condition)).toEqual(['addiction', 'legalPractice']);
    expect(after14(d.findings)).toEqual(['eligibility.revocation.lost', 'eligibility.revocation.lost', 'eligibility.revocation.follows', 'eligibility.revocation.appeal']);
    expect(d.findings[16]!.message.en).toContain('With 2 conditions lacking');
    expect(d.summary.en).toBe('The licence is to be revoked (Art. 45): 2 conditions lacking.');
  });

  it('Art. 45: without the day of issue the state at issue is unknown (even with the facts at issue): origin unknown, nothing cured', () => {
    const d = check({ person: { ...FULL, stateEmployee: true }, licence: { person: { ...FULL, computerSkillsCertificate: false } } });
    expect(d.value.grounds).toEqual([{ condition: 'stateEmployment', citation: { article: 11, clause: 'الف' }, origin: 'unknown' }]);
    expect(d.value.cured).toEqual([]);
    const g = d.findings[14] as Finding;
    expect(g.code).toBe('eligibility.revocation.unmetNow');
    expect(g.data).toEqual({ condition: 'stateEmployment', clause: { fa: 'ماده ۱۱ بند الف', en: 'Art. 11(a)' }, origin: 'unknown' });
    expect(g.message.en).toBe('The condition of Art. 11(a) is lacking now (whether it was held when the licence was issued is not known).');
  });

  it('Art. 45: every condition held at issue and now: no ground, nothing cured, no appeal; the closing finding and summary say so', () => {
    const d = check({ licence: { issuedOn: ISSUED, person: FULL } });
    expect(d.status).toBe('noGround');
    expect(d.value.revocation).toBe(false);
    expect(d.value.grounds).toEqual([]);
    expect(d.value.cured).toEqual([]);
    expect(d.value.remedies).toEqual([]);
    expect(d.value.appeal.appealable).toBe(false);
    expect(after14(d.findings)).toEqual(['eligibility.revocation.none']);
    expect(d.findings[14]).toMatchObject({ status: 'info', citation: { article: 45 }, data: { revocation: false } });
    expect(d.findings[14]!.message.en).toBe('No ground for revoking the licence is established.');
    expect(d.summary).toEqual({ en: 'The manager meets every condition; no ground to revoke the licence.', fa: 'مدیر دفتر همه شرایط را دارد؛ موجبی برای لغو پروانه نیست.' });
  });

  it('Art. 45: a condition unknown now is not cured even if it was lacking at issue; the unknowns are counted (2)', () => {
    const d = check({ person: without(FULL, 'computerSkillsCertificate', 'drugAddiction'), licence: { issuedOn: ISSUED, person: { ...FULL, computerSkillsCertificate: false } } });
    expect(d.status).toBe('incomplete');
    expect(d.value.revocation).toBeNull();
    expect(d.value.cured).toEqual([]);
    expect(after14(d.findings)).toEqual(['eligibility.revocation.undetermined']);
    expect(d.findings[14]).toMatchObject({ status: 'info', citation: { article: 45 }, data: { revocation: null } });
    expect(d.findings[14]!.message.en).toBe('No ground for revocation is established, but 2 conditions are unknown.');
    expect(d.summary).toEqual({ en: 'Cannot yet decide on revocation: 2 conditions unknown.', fa: 'درباره لغو پروانه هنوز نمی‌توان تصمیم گرفت: ۲ شرط معلوم نیست.' });
    expect(d.value.remedies.map((r) => [r.condition, r.action, r.facts])).toEqual([
      ['computerSkills', 'provideFacts', ['person.computerSkillsCertificate']],
      ['addiction', 'provideFacts', ['person.drugAddiction']],
    ]);
  });

  it('Art. 45: a defect cured since issue: an info finding by default; a ground (unmet finding) under curedDefects: ground', () => {
    const input: ContinuingInput = { asOf: AS_OF, person: FULL, licence: { issuedOn: ISSUED, person: { ...FULL, computerSkillsCertificate: false } } };
    const d = checkContinuingEligibility(input);
    expect(after14(d.findings)).toEqual(['eligibility.revocation.cured', 'eligibility.revocation.none']);
    expect(d.findings[14]).toMatchObject({ status: 'info', data: { condition: 'computerSkills', origin: 'cured' } });
    expect(d.findings[14]!.message.en).toContain('is no ground for revocation');
    const g = checkContinuingEligibility({ ...input, options: { curedDefects: 'ground' } });
    expect(after14(g.findings)).toEqual(['eligibility.revocation.curedGround', 'eligibility.revocation.follows', 'eligibility.revocation.appeal']);
    expect(g.findings[14]).toMatchObject({ status: 'unmet', citation: { article: 45 }, data: { condition: 'computerSkills', origin: 'cured' } });
    expect(g.findings[14]!.message.en).toContain('the chosen reading makes it a ground for revocation');
    expect(g.value.cured).toEqual([]);
    expect(g.summary.en).toBe('The licence is to be revoked (Art. 45): 1 condition lacking.');
  });
});

describe('continuing.ts, Art. 45: the facts at issue — pinned', () => {
  it('Art. 9(ج), D7: the sex at issue is taken from the present facts: a man who had not served then nor now never held it', () => {
    const d = check({
      person: { ...FULL, sex: 'male', militaryService: 'notServed' },
      licence: { issuedOn: ISSUED, person: without({ ...FULL, militaryService: 'notServed' }, 'sex') },
    });
    expect(d.value.grounds).toEqual([{ condition: 'military', citation: { article: 9, clause: 'ج' }, origin: 'neverHeld' }]);
  });

  it('Art. 9(ج), D7: the sex recorded at issue is used for the day of issue even when the present facts leave it out: a defect cured', () => {
    const d = check({
      person: without({ ...FULL, militaryService: 'completionCard' }, 'sex'),
      licence: { issuedOn: ISSUED, person: { ...FULL, sex: 'male', militaryService: 'notServed' } },
    });
    expect(d.value.cured).toEqual([{ condition: 'military', citation: { article: 9, clause: 'ج' }, origin: 'cured' }]);
  });

  it('Art. 9(ث): a birth date recorded at issue is used for the day of issue (a record corrected since): held then, lacking now', () => {
    const d = check({ person: { ...FULL, birthDate: '1381/01/01' }, licence: { issuedOn: ISSUED, person: { ...FULL, birthDate: '1370/01/01' } } });
    expect(d.value.grounds).toEqual([{ condition: 'age', citation: { article: 9, clause: 'ث' }, origin: 'lost' }]);
  });
});

describe('continuing.ts, Art. 45 with Art. 10 as it stood at issue — pinned', () => {
  it('Art. 10(الف): an exam passed at issue is no ground; its finding follows the 14, with no remedy', () => {
    const d = check({ licence: { issuedOn: ISSUED, person: FULL, exam: { passed: true } } });
    expect(d.status).toBe('noGround');
    expect(after14(d.findings)).toEqual(['eligibility.exam.passed', 'eligibility.revocation.none']);
    expect(d.value.grounds).toEqual([]);
  });

  it('Art. 10(الف): an exam failed at issue was never held: its ground finding and the remedy name the exam', () => {
    const d = check({ licence: { issuedOn: ISSUED, person: FULL, exam: { passed: false } } });
    expect(d.value.grounds).toEqual([{ condition: 'exam', citation: { article: 10, clause: 'الف' }, origin: 'neverHeld' }]);
    expect(after14(d.findings)).toEqual(['eligibility.exam.failed', 'eligibility.revocation.neverHeldAtIssue', 'eligibility.revocation.follows', 'eligibility.revocation.appeal']);
    expect(d.findings[15]).toMatchObject({ status: 'info', data: { condition: 'exam', clause: { en: 'Art. 10(a)' }, origin: 'neverHeld' } });
    expect(d.findings[15]!.message.en).toBe('The licensing condition of Art. 10(a) was lacking when the licence was issued.');
    expect(d.value.remedies).toEqual([{ condition: 'exam', code: 'eligibility.exam.failed', citation: { article: 10, clause: 'الف' }, action: 'passExam' }]);
  });

  it('Art. 10(ب): experience complete at issue is no ground and nothing cured; its met finding is the one given', () => {
    const d = check({ licence: { issuedOn: ISSUED, person: FULL, experience: { periods: [{ start: '1395/01/01', end: '1400/01/01', related: true }] } } });
    expect(d.status).toBe('noGround');
    expect(d.value.cured).toEqual([]);
    expect(after14(d.findings)).toEqual(['eligibility.experience.met', 'eligibility.revocation.none']);
  });

  it('Art. 10(ب): short at issue and still short: never held; the remedy names the experience and the days missing (729 of 1095)', () => {
    const d = check({ licence: { issuedOn: ISSUED, person: FULL, experience: { periods: [{ start: '1401/01/01', end: '1402/01/01', related: true }] } } });
    expect(after14(d.findings)).toEqual(['eligibility.experience.short', 'eligibility.revocation.neverHeldAtIssue', 'eligibility.revocation.follows', 'eligibility.revocation.appeal']);
    expect(d.findings[15]).toMatchObject({ status: 'info', data: { condition: 'experience', clause: { en: 'Art. 10(b)' }, origin: 'neverHeld' } });
    expect(d.value.remedies).toEqual([{ condition: 'experience', code: 'eligibility.experience.short', citation: { article: 10, clause: 'ب' }, action: 'accrueExperience', daysMissing: 729 }]);
  });

  it('Art. 10(ب), D4: short at issue for a bachelor, complete now by a PhD earned since: cured by the present degrees', () => {
    const periods = [{ start: '1400/01/01', end: '1402/06/01', related: true }];
    const input: ContinuingInput = { asOf: AS_OF, person: { ...FULL, degrees: [LAW_PHD] }, licence: { issuedOn: ISSUED, person: { ...FULL, degrees: [LAW_BACHELOR] }, experience: { periods } } };
    const d = checkContinuingEligibility(input);
    expect(d.status).toBe('noGround');
    expect(d.value.cured).toEqual([{ condition: 'experience', citation: { article: 10, clause: 'ب' }, origin: 'cured' }]);
    expect(after14(d.findings)).toEqual(['eligibility.experience.met', 'eligibility.revocation.cured', 'eligibility.revocation.none']);
    expect(d.findings[15]).toMatchObject({ status: 'info', data: { condition: 'experience', origin: 'cured' } });
    // Under curedDefects: ground, the finding at issue (short) and an unmet ground.
    const g = checkContinuingEligibility({ ...input, options: { curedDefects: 'ground' } });
    expect(g.status).toBe('revoke');
    expect(g.value.grounds).toEqual([{ condition: 'experience', citation: { article: 10, clause: 'ب' }, origin: 'cured' }]);
    expect(g.value.cured).toEqual([]);
    expect(after14(g.findings)).toEqual(['eligibility.experience.short', 'eligibility.revocation.curedGround', 'eligibility.revocation.follows', 'eligibility.revocation.appeal']);
    expect(g.findings[15]).toMatchObject({ status: 'unmet', data: { condition: 'experience', origin: 'cured' } });
    // With the bachelor still the only degree it is short now too: never held.
    const still = checkContinuingEligibility({ ...input, person: { ...FULL, degrees: [LAW_BACHELOR] } });
    expect(still.value.grounds.map((x) => x.origin)).toEqual(['neverHeld']);
  });

  it('Art. 10(ب): the degree facts missing at issue are named where they were given (licence.person or person)', () => {
    const unsure: DegreeInput = { kind: 'university', level: 'bachelor', field: 'law' };
    const periods = [{ start: '1395/01/01', end: '1400/01/01', related: true }];
    const fromLicence = check({ person: { ...FULL, degrees: [LAW_BACHELOR] }, licence: { issuedOn: ISSUED, person: { ...FULL, degrees: [unsure] }, experience: { periods } } });
    expect(fromLicence.findings[14]!.code).toBe('eligibility.experience.unknown');
    expect(fromLicence.findings[14]!.missing).toEqual(['licence.person.degrees[0].awarded']);
    const fromPerson = check({ person: { ...FULL, degrees: [unsure] }, licence: { issuedOn: ISSUED, experience: { periods } } });
    expect(fromPerson.findings[14]!.missing).toEqual(['person.degrees[0].awarded']);
    // A period whose relatedness is not known is named under licence.experience.periods.
    const unrelated = check({ licence: { issuedOn: ISSUED, person: FULL, experience: { periods: [{ start: '1395/01/01', end: '1400/01/01' }] } } });
    expect(unrelated.findings[14]!.code).toBe('eligibility.experience.unknown');
    expect(unrelated.findings[14]!.missing).toEqual(['licence.experience.periods[0].related']);
  });

  it('Art. 10(ب): experience without the day of issue: unknown, listing licence.issuedOn, with the days counted up to asOf', () => {
    const d = check({ licence: { experience: { periods: [{ start: '1403/01/01', end: '1403/01/10', related: true }, { start: '1403/02/01', end: '1403/02/05' }] } } });
    expect(d.status).toBe('incomplete');
    const f = d.findings[14] as Finding;
    expect(f).toMatchObject({ code: 'eligibility.experience.unknown', status: 'unknown', citation: { article: 10, clause: 'ب' }, missing: ['licence.issuedOn'] });
    expect(f.data).toEqual({ countedDaysAsOf: 10 });
    expect(f.message.en).toBe(
      'The experience required, or whether the work is related, is not yet known; 10 days of related work established, up to 15 days possibly related.',
    );
    expect(d.value.remedies).toEqual([{ condition: 'experience', code: 'eligibility.experience.unknown', citation: { article: 10, clause: 'ب' }, action: 'provideFacts', facts: ['licence.issuedOn'] }]);
  });
});

describe('continuing.ts, Art. 45: the appeal — pinned', () => {
  it('Art. 45, D13: a ruling notified is appealable even when no ground is found now; the last day is given', () => {
    const d = check({ notifiedOn: '1404/03/10' });
    expect(d.status).toBe('noGround');
    expect(d.value.appeal).toEqual({ appealable: true, by: 'manager', to: 'appealBoard', days: 20, notifiedOn: '1404/03/10', lastDay: '1404/03/31' });
    const appeal = d.findings.at(-1) as Finding;
    expect(appeal).toMatchObject({ code: 'eligibility.revocation.appeal', status: 'info', citation: { article: 45 }, data: { by: 'manager', to: 'appealBoard', days: 20, lastDay: '1404/03/31' } });
    expect(appeal.message.fa).toContain('۱۴۰۴/۰۳/۳۱');
  });

  it('Art. 45, D13: no holidays given: only Fridays close the offices', () => {
    const d = check({ person: { ...FULL, attorney: true }, notifiedOn: '1403/01/10' });
    expect(d.value.appeal.lastDay).toBe('1403/02/01');
    expect(check({ person: { ...FULL, attorney: true }, notifiedOn: '1403/01/10', holidays: [] }).value.appeal.lastDay).toBe('1403/02/01');
  });
});
