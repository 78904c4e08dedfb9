/**
 * The office's staff under the earlier instruction (its Art. 3).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOfficeStaffing } from '../../src/operations/index.js';
import { instructionStaffing, type InstructionStaffingInput } from '../../src/instruction/index.js';
import { safe } from '../../src/index.js';
import { ADULT, FULL_I, LONG_WORK } from './fixtures.js';
import { INSTRUCTION_1392 } from '../../src/core/decision.js';

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

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation tests for the office's staff under the instruction (Art. 3, with Arts. 4–8 for
// each person): every finding's code, status, citation, data and message, the dual roles
// and their order, the options passed on to each person's check, and the decision's kind
// and summary.
const RS = 'instruction-1392' as const;
const ART_3 = { article: 3, ruleSet: RS };
const ART_4 = { article: 4, ruleSet: RS };
const ASOF = '1396/01/01';

describe('Instruction Art. 3: the staff list, pinned', () => {
  it('Instruction Arts. 3, 4–8: a list with a part-time manager, two people in two posts each, and people checked or not (every finding)', () => {
    const d = instructionStaffing({
      asOf: ASOF,
      staff: [
        { id: 'z', post: 'manager', fullTime: false },
        { id: 'b', post: 'legalExpert', person: FULL_I },
        { id: 'b', post: 'itExpert' },
        { id: 'z', post: 'clerical', person: { ...FULL_I, stateEmployee: true } },
        { post: 'clerical', person: { ...FULL_I, drugAddiction: undefined } },
      ],
    });
    expect(d.kind).toBe('instruction.staffing');
    expect(d.ruleSet).toEqual(INSTRUCTION_1392);
    expect(d.asOf).toBe(ASOF);
    expect(d.status).toBe('noncompliant');
    expect(d.summary).toEqual({ fa: 'کارکنان دفتر با ماده ۳ دستورالعمل مطابق نیست.', en: "The office's staff does not meet the instruction's Art. 3." });
    expect(d.findings.map((f) => [f.code, f.status, f.citation, f.data ?? null, f.missing ?? []])).toEqual([
      ['instruction.staffing.post', 'met', ART_3, { post: 'manager', count: 1, min: 1 }, []],
      ['instruction.staffing.post', 'met', ART_3, { post: 'legalExpert', count: 1, min: 1 }, []],
      ['instruction.staffing.post', 'met', ART_3, { post: 'itExpert', count: 1, min: 1 }, []],
      ['instruction.staffing.post', 'met', ART_3, { post: 'clerical', count: 2, min: 2 }, []],
      ['instruction.staffing.fullTime.unmet', 'unmet', ART_3, null, []],
      ['instruction.staffing.dualRole', 'unmet', ART_3, null, []],
      ['instruction.staffing.dualRole', 'unmet', ART_3, null, []],
      ['instruction.staffing.personNotChecked', 'info', ART_4, null, []],
      ['instruction.staffing.person', 'met', ART_4, null, []],
      ['instruction.staffing.personNotChecked', 'info', ART_4, null, []],
      ['instruction.staffing.person', 'unmet', ART_4, null, []],
      ['instruction.staffing.person', 'unknown', ART_4, null, ['staff[4].person.drugAddiction']],
      ['instruction.staffing.more', 'info', { article: 3, note: 1, ruleSet: RS }, null, []],
    ]);
    expect(d.findings.map((f) => f.message.en)).toEqual([
      '1 listed as an office manager; at least 1 required.',
      '1 listed as a legal expert; at least 1 required.',
      '1 listed as an IT expert; at least 1 required.',
      '2 listed as a clerical employee; at least 2 required.',
      'The manager is not present in the office full time.',
      'Person b is listed in several posts (legalExpert, itExpert); Art. 3 asks for the staff "besides the manager" and counts each post apart.',
      'Person z is listed in several posts (manager, clerical); Art. 3 asks for the staff "besides the manager" and counts each post apart.',
      'The conditions of an office manager (entry 0, z) were not checked: no facts given.',
      'A legal expert (entry 1, b): meets the conditions.',
      'The conditions of an IT expert (entry 2, b) were not checked: no facts given.',
      'A clerical employee (entry 3, z): does not meet the conditions.',
      'A clerical employee (entry 4): conditions not yet known.',
      'If the volume of services grows, the Directorate-General may require the office to take on more staff.',
    ]);
    expect(d.findings[3]!.message.fa).toBe('۲ کارمند دفتری دارد؛ دست‌کم ۲ لازم است.');
    expect(d.findings[6]!.message.fa).toBe('شخص z در چند سمت آمده است (مدیر دفتر، کارمند دفتری)؛ ماده ۳ کارکنان را «علاوه بر مدیر دفتر» و هر سمت را جدا می‌شمارد.');
    expect(d.findings[11]!.message.fa).toBe('کارمند دفتری (ردیف ۴): داشتن شرایط معلوم نیست.');
    expect(d.value.counts).toEqual({ manager: 1, legalExpert: 1, itExpert: 1, clerical: 2 });
    expect(d.value.minimum).toEqual({ manager: 1, legalExpert: 1, itExpert: 1, clerical: 2 });
    expect(d.value.dualRoles).toEqual([
      { id: 'b', posts: ['legalExpert', 'itExpert'] },
      { id: 'z', posts: ['manager', 'clerical'] },
    ]);
    expect(d.value.people.map((p) => [p.index, p.id, p.post, p.eligibility.status])).toEqual([
      [1, 'b', 'legalExpert', 'eligible'],
      [3, 'z', 'clerical', 'ineligible'],
      [4, null, 'clerical', 'incomplete'],
    ]);
    expect(d.missing).toEqual(['staff[4].person.drugAddiction']);
  });

  it('Instruction Art. 3: a post with fewer than its minimum is unmet (no IT expert, one clerical employee of two)', () => {
    const d = instructionStaffing({ asOf: ASOF, staff: [{ post: 'manager', fullTime: true }, { post: 'legalExpert' }, { post: 'clerical' }] });
    expect(d.findings.slice(0, 4).map((f) => f.status)).toEqual(['met', 'met', 'unmet', 'unmet']);
    expect(d.findings[2]!.message.en).toBe('0 listed as an IT expert; at least 1 required.');
    expect(d.findings[4]!.code).toBe('instruction.staffing.fullTime.met');
    expect(d.findings[4]!.status).toBe('met');
    expect(d.findings[4]!.message.en).toBe('The manager is present in the office full time.');
  });

  it('Instruction Art. 3: whether the manager is full time not known — unknown, listing staff[i].fullTime', () => {
    const d = instructionStaffing({ asOf: ASOF, staff: [{ post: 'clerical' }, { post: 'manager' }] });
    const f = d.findings.find((x) => x.code.startsWith('instruction.staffing.fullTime'))!;
    expect([f.code, f.status, f.missing]).toEqual(['instruction.staffing.fullTime.unknown', 'unknown', ['staff[1].fullTime']]);
    expect(f.message.en).toBe('Whether the manager is present full time is not known.');
  });

  it('Instruction Art. 3: people without an id are never taken for one person in two posts; distinct ids are not dual roles', () => {
    const d = instructionStaffing({
      asOf: ASOF,
      staff: [{ post: 'manager', fullTime: true }, { post: 'legalExpert' }, { id: 'i', post: 'itExpert' }, { id: 'c1', post: 'clerical' }, { id: 'c2', post: 'clerical' }],
    });
    expect(d.value.dualRoles).toEqual([]);
    expect(d.findings.filter((f) => f.code === 'instruction.staffing.dualRole')).toEqual([]);
    expect(d.status).toBe('compliant');
    expect(d.summary).toEqual({ fa: 'کارکنان دفتر با ماده ۳ دستورالعمل مطابق است.', en: "The office's staff meets the instruction's Art. 3." });
  });

  it('Instruction Art. 3: dual roles are listed by id in order, whatever the order of the list; allowed by the option they are info', () => {
    const staff = [
      { id: 'y', post: 'clerical' },
      { id: 'x', post: 'itExpert' },
      { id: 'y', post: 'legalExpert' },
      { id: 'x', post: 'clerical' },
      { post: 'manager', fullTime: true },
    ] as const;
    const d = instructionStaffing({ asOf: ASOF, staff: staff.map((s) => ({ ...s })), options: { allowDualRoles: true } });
    expect(d.value.dualRoles).toEqual([
      { id: 'x', posts: ['itExpert', 'clerical'] },
      { id: 'y', posts: ['legalExpert', 'clerical'] },
    ]);
    const dual = d.findings.filter((f) => f.code === 'instruction.staffing.dualRole');
    expect(dual.map((f) => f.status)).toEqual(['info', 'info']);
    expect(dual[0]!.message.en).toBe("Person x is listed in several posts (itExpert, clerical); accepted by the caller's option.");
    expect(d.status).toBe('compliant');
  });

  it('the options reach each person’s check: overflow (SPEC D3), daysPerYear (D5), art7Degree (Instruction Art. 7(1))', () => {
    // Born on Esfand 30 of leap 1375: in 1400 (common) the 25th birthday is 1401/01/01 (nextMonth) or 1400/12/29 (clamp).
    const person = { ...FULL_I, birthDate: '1375/12/30' };
    const on = '1400/12/29';
    const next = instructionStaffing({ asOf: on, staff: [{ post: 'clerical', person }] });
    const clamp = instructionStaffing({ asOf: on, staff: [{ post: 'clerical', person }], options: { overflow: 'clamp' } });
    expect(next.value.people[0]!.eligibility.status).toBe('ineligible');
    expect(clamp.value.people[0]!.eligibility.status).toBe('eligible');

    const work = { periods: [{ start: '1393/01/01', related: true }] };
    const manager = { post: 'manager' as const, fullTime: true, person: FULL_I, experience: work };
    expect(instructionStaffing({ asOf: ASOF, staff: [manager] }).value.people[0]!.eligibility.value.experience?.requiredDays).toBe(1825);
    const short = instructionStaffing({ asOf: ASOF, staff: [manager], options: { daysPerYear: 200 } });
    expect(short.value.people[0]!.eligibility.value.experience).toEqual({ requiredDays: 1000, countedDays: 1097, shortfallDays: 0, reachedOn: '1395/09/24' });
    expect(short.value.people[0]!.eligibility.status).toBe('eligible');

    const software = { ...FULL_I, degrees: [{ kind: 'university' as const, level: 'bachelor' as const, field: 'softwareEngineering' as const, awarded: true }] };
    expect(instructionStaffing({ asOf: ASOF, staff: [{ post: 'itExpert', person: software }] }).value.people[0]!.eligibility.status).toBe('ineligible');
    expect(instructionStaffing({ asOf: ASOF, staff: [{ post: 'itExpert', person: software }], options: { art7Degree: 'anyField' } }).value.people[0]!.eligibility.status).toBe('eligible');
  });
});
