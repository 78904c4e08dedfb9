// Tests written to kill Stryker's survivors in src/operations/staffing.ts and shared.ts:
// each finding's status and message, people without ids, the order of dual roles, the
// input errors' codes and messages, and the shared id comparison.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/decision.js';
import { isInputError, type InputIssue } from '../../src/core/errors.js';
import { checkEligibility, type PersonFacts } from '../../src/eligibility/index.js';
import { checkOfficeStaffing } from '../../src/operations/index.js';
import { compareIds } from '../../src/operations/shared.js';

function issuesOf(fn: () => unknown): InputIssue[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return [...e.issues];
    throw e;
  }
  throw new Error('no error');
}

const brief = (f: Finding): unknown[] => [f.code, f.status, f.citation, f.missing ?? []];

/** A person meeting every condition of Arts. 9 and 11 on 1404/01/01 (born 1370/05/10, a man). */
const ELIGIBLE: PersonFacts = {
  iranianNationality: true,
  adheresToConstitution: true,
  religion: 'islam',
  practisesIslam: true,
  degrees: [{ kind: 'university', level: 'bachelor', field: 'law', awarded: true }],
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

describe('Art. 8: every finding of the staff list', () => {
  it('Arts. 8, 9, 11: a manager and a legal expert meeting every condition, and clerical staff: all met', () => {
    expect(checkEligibility({ role: 'manager', asOf: '1404/01/01', person: ELIGIBLE }).status).toBe('eligible');
    const d = checkOfficeStaffing({
      asOf: '1404/01/01',
      staff: [
        { id: 'm', role: 'manager', person: ELIGIBLE },
        { role: 'legalExpert', person: ELIGIBLE },
        { id: 'c1', role: 'clerical' },
        { id: 'c2', role: 'clerical' },
      ],
    });
    expect(d.kind).toBe('operations.staffing');
    expect(d.status).toBe('compliant');
    expect(d.findings.map(brief)).toEqual([
      ['operations.staffing.role', 'met', { article: 8 }, []],
      ['operations.staffing.role', 'met', { article: 8 }, []],
      ['operations.staffing.role', 'met', { article: 8 }, []],
      ['operations.staffing.person', 'met', { article: 9 }, []],
      ['operations.staffing.person', 'met', { article: 9 }, []],
    ]);
    expect(d.findings.map((f) => f.message.en)).toEqual([
      'Manager: 1.',
      'Legal expert: 1.',
      'Clerical staff: 2.',
      'Manager "m": meets the conditions of Arts. 9 and 11.',
      'Legal expert (entry 1): meets the conditions of Arts. 9 and 11.',
    ]);
    expect(d.findings[2]?.message.fa).toBe('کارکنان دفتری: ۲ نفر.');
    expect(d.findings[4]?.message.fa).toBe('کارشناس حقوقی (ردیف ۱): شرایط مواد ۹ و ۱۱ را دارد.');
    expect(d.summary).toEqual({
      en: "The office's staff is complete (manager 1, legal expert 1, clerical 2).",
      fa: 'ترکیب کارکنان دفتر کامل است (مدیر ۱، کارشناس حقوقی ۱، کارکنان دفتری ۲).',
    });
  });

  it('Art. 8: a role no one holds is unmet, named in both languages', () => {
    const d = checkOfficeStaffing({ asOf: '1404/01/01', staff: [{ role: 'manager' }, { role: 'clerical' }] });
    expect(d.findings[1]?.message).toEqual({
      en: 'The office has no legal expert; an office consists of a manager, a legal expert and clerical staff.',
      fa: 'دفتر کارشناس حقوقی ندارد؛ دفتر از مدیر دفتر، کارشناس حقوقی و کارکنان دفتری تشکیل می‌شود.',
    });
    expect(d.findings[3]?.message.en).toBe('The conditions of Arts. 9 and 11 for manager (entry 0) were not checked: no facts were given.');
  });

  it('Art. 8: people without ids are never taken for one person: two clerks, or one in each role', () => {
    const d = checkOfficeStaffing({ asOf: '1404/01/01', staff: [{ role: 'manager' }, { role: 'legalExpert' }, { role: 'clerical' }, { role: 'clerical' }] });
    expect(d.status).toBe('compliant');
    expect(d.value.dualRoles).toEqual([]);
    expect(d.findings.filter((f) => f.code === 'operations.staffing.dualRole')).toEqual([]);
  });

  it('Art. 8: people listed in two roles are reported in id order, with their roles in the order of Art. 8', () => {
    const d = checkOfficeStaffing({
      asOf: '1404/01/01',
      staff: [
        { id: 'b', role: 'clerical' },
        { id: 'b', role: 'manager' },
        { id: 'a', role: 'clerical' },
        { id: 'a', role: 'legalExpert' },
      ],
    });
    expect(d.value.dualRoles).toEqual([
      { id: 'a', roles: ['legalExpert', 'clerical'] },
      { id: 'b', roles: ['manager', 'clerical'] },
    ]);
    expect(d.findings.filter((f) => f.code === 'operations.staffing.dualRole').map((f) => f.message.en)).toEqual([
      '"a" is listed in several roles (legal expert, clerical staff); each role needs its own person.',
      '"b" is listed in several roles (manager, clerical staff); each role needs its own person.',
    ]);
  });

  it('Art. 8: one person listed twice in one role is an input error with its code', () => {
    const issues = issuesOf(() => checkOfficeStaffing({ asOf: '1404/01/01', staff: [{ id: 'x', role: 'clerical' }, { id: 'x', role: 'clerical' }] }));
    expect(issues.map((i) => [i.field, i.code])).toEqual([['staff[1].id', 'duplicate_id']]);
  });

  it("Arts. 9, 11: a person's input error reads as the eligibility rules' own, its field moved under staff[i]", () => {
    const person = { birthDate: '1370/13/40' };
    const [direct] = issuesOf(() => checkEligibility({ role: 'manager', asOf: '1404/01/01', person }));
    const [nested] = issuesOf(() => checkOfficeStaffing({ asOf: '1404/01/01', staff: [{ role: 'clerical' }, { role: 'manager', person }] }));
    expect(direct?.field).toBe('person.birthDate');
    expect(nested?.field).toBe('staff[1].person.birthDate');
    expect(nested?.message.en).toBe(`staff[1].${direct?.message.en ?? ''}`);
    expect(nested?.message.fa).toBe(`staff[1].${direct?.message.fa ?? ''}`);
  });

  it("an exception that is not an input error (a caller's throwing getter) passes through unchanged", () => {
    const person = {
      get birthDate(): string {
        throw new Error('the caller’s own error');
      },
    };
    expect(() => checkOfficeStaffing({ asOf: '1404/01/01', staff: [{ role: 'manager', person }] })).toThrow('the caller’s own error');
  });
});

describe('ids compared by code units (shared)', () => {
  it('compareIds: -1 before, 1 after, 0 for the same id', () => {
    expect(compareIds('a', 'b')).toBe(-1);
    expect(compareIds('b', 'a')).toBe(1);
    expect(compareIds('a', 'a')).toBe(0);
    expect(compareIds('B', 'a')).toBe(-1);
  });
});
