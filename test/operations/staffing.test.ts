import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError, type InputIssue } from '../../src/core/errors.js';
import { checkEligibility, type PersonFacts } from '../../src/eligibility/index.js';
import { checkOfficeStaffing, type OfficeStaffingInput, type StaffRole } from '../../src/operations/index.js';
import { type Finding } from '../../src/core/decision.js';
import { compareIds } from '../../src/operations/shared.js';

function issuesOf(fn: () => unknown): { field: string; en: string; fa: string }[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return e.issues.map((i) => ({ field: i.field, en: i.message.en, fa: i.message.fa }));
    throw e;
  }
  throw new Error('no error');
}

const FULL: OfficeStaffingInput = {
  asOf: '1403/07/01',
  staff: [
    { id: 'm', role: 'manager' },
    { id: 'l', role: 'legalExpert' },
    { id: 'c1', role: 'clerical' },
    { id: 'c2', role: 'clerical' },
  ],
};

// Facts in the form the eligibility rules take (`PersonFacts`).
const PERSON: PersonFacts = {
  iranianNationality: true,
  degrees: [{ kind: 'university', level: 'bachelor', field: 'law', awarded: true }],
  birthDate: '1370/01/01',
  sex: 'female',
};

describe('Art. 8: the office consists of a manager, a legal expert and clerical staff', () => {
  it('TSDoc example: checkOfficeStaffing without a legal expert is noncompliant', () => {
    expect(
      checkOfficeStaffing({
        asOf: '1403/07/01',
        staff: [{ id: 'a', role: 'manager' }, { id: 'b', role: 'clerical' }],
      }).status,
    ).toBe('noncompliant');
  });

  it('Art. 8: one of each role is compliant; counts are reported', () => {
    const d = checkOfficeStaffing(FULL);
    expect(d.status).toBe('compliant');
    expect(d.value.counts).toEqual({ manager: 1, legalExpert: 1, clerical: 2 });
    expect(d.findings.filter((f) => f.code === 'operations.staffing.role').map((f) => f.status)).toEqual(['met', 'met', 'met']);
    expect(d.findings.every((f) => f.citation.article === 8 || f.citation.article === 9)).toBe(true);
  });

  it.each<StaffRole>(['manager', 'legalExpert', 'clerical'])('Art. 8: an office without its %s is noncompliant', (role) => {
    const d = checkOfficeStaffing({ ...FULL, staff: FULL.staff.filter((s) => s.role !== role) });
    expect(d.status).toBe('noncompliant');
    const f = d.findings.find((x) => x.code === 'operations.staffing.role' && x.status === 'unmet');
    expect(f?.citation).toEqual({ article: 8 });
    expect(f?.message.fa).toContain('دفتر از مدیر دفتر، کارشناس حقوقی و کارکنان دفتری تشکیل می‌شود');
  });

  it('Art. 8: an empty list lacks all three roles', () => {
    const d = checkOfficeStaffing({ asOf: '1403/07/01', staff: [] });
    expect(d.findings.filter((f) => f.status === 'unmet')).toHaveLength(3);
  });

  it('Art. 8: one person in two roles is noncompliant by default, allowed by option', () => {
    const staff = [
      { id: 'x', role: 'manager' as const },
      { id: 'x', role: 'legalExpert' as const },
      { id: 'c', role: 'clerical' as const },
    ];
    const strict = checkOfficeStaffing({ asOf: '1403/07/01', staff });
    expect(strict.status).toBe('noncompliant');
    expect(strict.value.dualRoles).toEqual([{ id: 'x', roles: ['manager', 'legalExpert'] }]);
    const lax = checkOfficeStaffing({ asOf: '1403/07/01', staff, options: { allowDualRoles: true } });
    expect(lax.status).toBe('compliant');
    expect(lax.findings.find((f) => f.code === 'operations.staffing.dualRole')?.status).toBe('info');
  });

  it('Art. 8 (property): adding a person never makes a compliant staff noncompliant (without dual roles), and order does not matter', () => {
    const member = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), role: fc.constantFrom<StaffRole>('manager', 'legalExpert', 'clerical') });
    fc.assert(
      fc.property(fc.uniqueArray(member, { selector: (m) => m.id, maxLength: 6 }), (staff) => {
        const all = checkOfficeStaffing({ asOf: '1403/07/01', staff, options: { allowDualRoles: true } });
        const reversed = checkOfficeStaffing({ asOf: '1403/07/01', staff: [...staff].reverse(), options: { allowDualRoles: true } });
        expect(reversed.status).toBe(all.status);
        expect(reversed.value.counts).toEqual(all.value.counts);
        if (staff.length > 0) {
          const fewer = checkOfficeStaffing({ asOf: '1403/07/01', staff: staff.slice(1), options: { allowDualRoles: true } });
          if (fewer.status === 'compliant') expect(all.status).toBe('compliant');
        }
      }),
    );
  });

  it('Arts. 9, 11: without facts, a manager\'s and a legal expert\'s conditions are noted as not checked', () => {
    const d = checkOfficeStaffing(FULL);
    const notes = d.findings.filter((f) => f.code === 'operations.staffing.personNotChecked');
    expect(notes.map((f) => f.status)).toEqual(['info', 'info']);
    expect(notes[0]?.citation).toEqual({ article: 9 });
    expect(d.value.people).toEqual([]);
  });

  it('Arts. 9, 11: a manager\'s facts are checked with the eligibility rules on asOf (same answer as checkEligibility)', () => {
    const d = checkOfficeStaffing({
      asOf: '1403/07/01',
      staff: [
        { id: 'm', role: 'manager', person: PERSON },
        { id: 'c', role: 'clerical' },
        { id: 'l', role: 'legalExpert', person: { birthDate: '1381/07/01' } },
      ],
    });
    const direct = checkEligibility({ role: 'manager', asOf: '1403/07/01', person: PERSON });
    expect(d.value.people.map((p) => [p.index, p.id, p.role])).toEqual([
      [0, 'm', 'manager'],
      [2, 'l', 'legalExpert'],
    ]);
    expect(d.value.people[0]?.eligibility).toEqual(direct);
    const checked = d.findings.filter((f) => f.code === 'operations.staffing.person');
    expect(checked[0]?.status).toBe({ eligible: 'met', ineligible: 'unmet', incomplete: 'unknown' }[direct.status]);
    expect(checked.every((f) => f.citation.article === 9)).toBe(true);
  });

  it('Art. 9(ث): a legal expert a day short of 22 makes the staff noncompliant; on the birthday it is not unmet', () => {
    const staff = (birthDate: string): OfficeStaffingInput['staff'] => [
      { id: 'm', role: 'manager' },
      { id: 'l', role: 'legalExpert', person: { birthDate } },
      { id: 'c', role: 'clerical' },
    ];
    const dayBefore = checkOfficeStaffing({ asOf: '1403/07/01', staff: staff('1381/07/02') });
    expect(dayBefore.status).toBe('noncompliant');
    expect(dayBefore.findings.find((f) => f.code === 'operations.staffing.person')?.status).toBe('unmet');
    const dayOf = checkOfficeStaffing({ asOf: '1403/07/01', staff: staff('1381/07/01') });
    expect(dayOf.findings.find((f) => f.code === 'operations.staffing.person')?.status).toBe('unknown');
    expect(dayOf.status).toBe('incomplete');
  });

  it('Arts. 9, 11: a person\'s missing facts make the staffing incomplete, listed under staff[i]', () => {
    const d = checkOfficeStaffing({
      asOf: '1403/07/01',
      staff: [
        { id: 'm', role: 'manager', person: { birthDate: '1370/01/01' } },
        { id: 'l', role: 'legalExpert' },
        { id: 'c', role: 'clerical' },
      ],
    });
    expect(d.status).toBe('incomplete');
    expect(d.missing.length).toBeGreaterThan(0);
    expect(d.missing.every((m) => m.startsWith('staff[0].person.'))).toBe(true);
  });

  it('a malformed person is an InputError naming staff[i].person…', () => {
    const issues = issuesOf(() =>
      checkOfficeStaffing({
        asOf: '1403/07/01',
        staff: [
          { id: 'c', role: 'clerical' },
          { id: 'm', role: 'manager', person: { birthDate: '1370/13/40' } },
        ],
      }),
    );
    expect(issues.map((i) => i.field)).toEqual(['staff[1].person.birthDate']);
    expect(issues[0]?.en.startsWith('staff[1].person.birthDate')).toBe(true);
    expect(issues[0]?.fa.startsWith('staff[1].person.birthDate')).toBe(true);
  });

  it('bad input is an InputError naming the field', () => {
    expect(issuesOf(() => checkOfficeStaffing({ asOf: '1403/07/01', staff: [{ role: 'boss' as StaffRole }] })).map((i) => i.field)).toEqual(['staff[0].role']);
    expect(
      issuesOf(() =>
        checkOfficeStaffing({
          asOf: '1403/07/01',
          staff: [
            { id: 'a', role: 'clerical' },
            { id: 'a', role: 'clerical' },
          ],
        }),
      ).map((i) => i.field),
    ).toEqual(['staff[1].id']);
    expect(issuesOf(() => checkOfficeStaffing({ asOf: 'yesterday', staff: [] })).map((i) => i.field)).toEqual(['asOf']);
  });

  it('does not mutate its input', () => {
    const input = structuredClone({ ...FULL, staff: [...FULL.staff, { id: 'p', role: 'manager' as const, person: PERSON }] });
    const copy = structuredClone(input);
    checkOfficeStaffing(input);
    expect(input).toEqual(copy);
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).

// Tests written to kill Stryker's survivors in src/operations/staffing.ts and shared.ts:
// each finding's status and message, people without ids, the order of dual roles, the
// input errors' codes and messages, and the shared id comparison.
function issuesOfPinned(fn: () => unknown): InputIssue[] {
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

describe('Art. 8: every finding of the staff list — pinned', () => {
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
    const issues = issuesOfPinned(() => checkOfficeStaffing({ asOf: '1404/01/01', staff: [{ id: 'x', role: 'clerical' }, { id: 'x', role: 'clerical' }] }));
    expect(issues.map((i) => [i.field, i.code])).toEqual([['staff[1].id', 'duplicate_id']]);
  });

  it("Arts. 9, 11: a person's input error reads as the eligibility rules' own, its field moved under staff[i]", () => {
    const person = { birthDate: '1370/13/40' };
    const [direct] = issuesOfPinned(() => checkEligibility({ role: 'manager', asOf: '1404/01/01', person }));
    const [nested] = issuesOfPinned(() => checkOfficeStaffing({ asOf: '1404/01/01', staff: [{ role: 'clerical' }, { role: 'manager', person }] }));
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

describe('ids compared by code units (shared) — pinned', () => {
  it('compareIds: -1 before, 1 after, 0 for the same id', () => {
    expect(compareIds('a', 'b')).toBe(-1);
    expect(compareIds('b', 'a')).toBe(1);
    expect(compareIds('a', 'a')).toBe(0);
    expect(compareIds('B', 'a')).toBe(-1);
  });
});
