/**
 * The office's staff under the earlier instruction (its Art. 3).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOfficeStaffing } from '../../src/operations/index.js';
import { instructionStaffing, type InstructionStaffingInput } from '../../src/instruction/index.js';
import { safe } from '../../src/index.js';
import { ADULT, FULL_I, LONG_WORK } from './fixtures.js';

type Member = InstructionStaffingInput['staff'][number];
const OFFICE: Member[] = [
  { id: 'm', post: 'manager', fullTime: true },
  { id: 'l', post: 'legalExpert' },
  { id: 'i', post: 'itExpert' },
  { id: 'c1', post: 'clerical' },
  { id: 'c2', post: 'clerical' },
];

describe('Instruction Art. 3: a manager full time, a legal expert, an IT expert, two clerical staff', () => {
  it('Instruction Art. 3: the complete office is compliant; the note is an info finding', () => {
    const d = instructionStaffing({ asOf: ADULT, staff: OFFICE });
    expect(d.status).toBe('compliant');
    expect(d.value.counts).toEqual({ manager: 1, legalExpert: 1, itExpert: 1, clerical: 2 });
    expect(d.value.minimum).toEqual({ manager: 1, legalExpert: 1, itExpert: 1, clerical: 2 });
    expect(d.ruleSet.id).toBe('instruction-1392');
    const note = d.findings.find((f) => f.code === 'instruction.staffing.more')!;
    expect(note.status).toBe('info');
    expect(note.citation).toEqual({ article: 3, note: 1, ruleSet: 'instruction-1392' });
  });

  it('Instruction Art. 3: one clerical employee is one too few; two suffice', () => {
    expect(instructionStaffing({ asOf: ADULT, staff: OFFICE.slice(0, 4) }).status).toBe('noncompliant');
    expect(instructionStaffing({ asOf: ADULT, staff: OFFICE }).status).toBe('compliant');
  });

  it('Instruction Art. 3 beside the regulation’s Art. 8: no IT expert is noncompliant under the instruction only', () => {
    const noIt = OFFICE.filter((m) => m.post !== 'itExpert');
    const d = instructionStaffing({ asOf: ADULT, staff: noIt });
    expect(d.status).toBe('noncompliant');
    expect(d.findings.find((f) => f.data?.['post'] === 'itExpert')?.status).toBe('unmet');
    const regulation = checkOfficeStaffing({ asOf: ADULT, staff: noIt.map((m) => ({ id: m.id as string, role: m.post as 'manager' | 'legalExpert' | 'clerical' })) });
    expect(regulation.status).toBe('compliant');
    expect(regulation.ruleSet.id).toBe('regulation-1401');
  });

  it('Instruction Art. 3: the manager must be present full time — not, noncompliant; not known, incomplete', () => {
    const part = instructionStaffing({ asOf: ADULT, staff: [{ ...OFFICE[0]!, fullTime: false }, ...OFFICE.slice(1)] });
    expect(part.status).toBe('noncompliant');
    const unknown = instructionStaffing({ asOf: ADULT, staff: [{ id: 'm', post: 'manager' }, ...OFFICE.slice(1)] });
    expect(unknown.status).toBe('incomplete');
    expect(unknown.missing).toEqual(['staff[0].fullTime']);
  });

  it('Instruction Art. 3: «علاوه بر مدیر دفتر» — one person in two posts is unmet by default, info with allowDualRoles', () => {
    const staff: Member[] = [...OFFICE, { id: 'm', post: 'legalExpert' }];
    const d = instructionStaffing({ asOf: ADULT, staff });
    expect(d.status).toBe('noncompliant');
    expect(d.value.dualRoles).toEqual([{ id: 'm', posts: ['manager', 'legalExpert'] }]);
    expect(instructionStaffing({ asOf: ADULT, staff, options: { allowDualRoles: true } }).status).toBe('compliant');
  });

  it('Instruction Arts. 3, 4–8: each person whose facts are given is checked for their post; the missing facts are named under staff[i]', () => {
    const staff: Member[] = [
      { id: 'm', post: 'manager', fullTime: true, person: FULL_I, experience: LONG_WORK },
      { id: 'l', post: 'legalExpert', person: FULL_I },
      { id: 'i', post: 'itExpert', person: { ...FULL_I, birthDate: '1372/01/01' } },
      { id: 'c1', post: 'clerical', person: { ...FULL_I, birthDate: undefined } as never },
      { id: 'c2', post: 'clerical' },
    ];
    const d = instructionStaffing({ asOf: '1396/06/01', staff });
    expect(d.value.people.map((p) => [p.id, p.eligibility.status])).toEqual([
      ['m', 'eligible'],
      ['l', 'eligible'],
      ['i', 'ineligible'],
      ['c1', 'incomplete'],
    ]);
    expect(d.status).toBe('noncompliant');
    expect(d.missing).toContain('staff[3].person.birthDate');
    for (const p of d.value.people) expect(p.eligibility.ruleSet.id).toBe('instruction-1392');
  });

  it('Instruction Art. 3: the manager’s experience periods missing are named under staff[i]', () => {
    const d = instructionStaffing({ asOf: ADULT, staff: [{ id: 'm', post: 'manager', fullTime: true, person: FULL_I }, ...OFFICE.slice(1)] });
    expect(d.missing).toEqual(['staff[0].experience.periods']);
  });

  it('more staff never makes a compliant office noncompliant (no dual roles)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('manager' as const, 'legalExpert' as const, 'itExpert' as const, 'clerical' as const), { maxLength: 6 }), (extra) => {
        const staff: Member[] = [...OFFICE, ...extra.map((post, i) => ({ id: `x${i}`, post, ...(post === 'manager' ? { fullTime: true } : {}) }))];
        return instructionStaffing({ asOf: ADULT, staff }).status === 'compliant';
      }),
    );
  });

  it('TSDoc example: instructionStaffing', () => {
    const d = instructionStaffing({
      asOf: '1395/01/01',
      staff: [
        { id: 'm', post: 'manager', fullTime: true },
        { id: 'l', post: 'legalExpert' },
        { id: 'c', post: 'clerical' },
      ],
    });
    expect(d.value.counts).toEqual({ manager: 1, legalExpert: 1, itExpert: 0, clerical: 1 });
    expect(d.status).toBe('noncompliant');
  });

  it('bad input names the field', () => {
    const r1 = safe(instructionStaffing)({ asOf: ADULT, staff: [{ post: 'intern' }] } as never);
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.error.issues[0]!.field).toBe('staff[0].post');
    const r2 = safe(instructionStaffing)({ asOf: ADULT, staff: [{ post: 'clerical', person: { birthDate: '1370/12/31' } }] });
    expect(r2.ok).toBe(false);
    if (!r2.ok) expect(r2.error.issues[0]!.field).toBe('staff[0].person.birthDate');
  });
});
