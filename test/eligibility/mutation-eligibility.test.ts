/**
 * Mutation-testing tests for src/eligibility/eligibility.ts (issue 7): the decision's
 * status, its summary in both languages (the count of unmet or unknown conditions), the
 * value (age, remedies, eligibleOn) and the batch.
 */
import { describe, expect, it } from 'vitest';
import { checkEligibility, checkEligibilityBatch, type PersonFacts } from '../../src/eligibility/index.js';
import { FULL } from './arbitraries.js';

const AS_OF = '1404/01/01';

function without(p: PersonFacts, ...keys: (keyof PersonFacts)[]): PersonFacts {
  const out: Record<string, unknown> = { ...p };
  for (const k of keys) delete out[k];
  return out as PersonFacts;
}

describe('eligibility.ts: the summary of Arts. 9 and 11', () => {
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

describe('eligibility.ts: the value', () => {
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

describe('eligibility.ts: the batch', () => {
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
