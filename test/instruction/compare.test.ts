/**
 * The same applicant under both rule sets (Q3, Q5 of questions.md and the differences of
 * the two texts), through the public API.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, checkLicence } from '../../src/eligibility/index.js';
import {
  checkEligibilityUnderInstruction,
  COMPARISON_KEYS,
  compareRuleSets,
  type CompareRuleSetsInput,
} from '../../src/instruction/index.js';
import { explain, safe } from '../../src/index.js';
import { ADULT, FULL_I, LONG_WORK, personArb, postArb } from './fixtures.js';

const SOFTWARE = { kind: 'university', level: 'bachelor', field: 'softwareEngineering', awarded: true } as const;
const row = (d: ReturnType<typeof compareRuleSets>, key: string) => {
  const r = d.value.rows.find((x) => x.condition === key);
  if (r === undefined) throw new Error(`no row ${key}`);
  return r;
};

describe('Q3 of questions.md: born 1363/11/17 — 24 under the regulation, 25 under the instruction', () => {
  const person = { ...FULL_I, birthDate: '1363/11/17' };

  it('Q3, Art. 9(ث) and Instruction Art. 5(2): on 1388/11/16 (aged 24) the age is met under the regulation and not under the instruction', () => {
    const d = compareRuleSets({ post: 'manager', asOf: '1388/11/16', person, experience: LONG_WORK, exam: { passed: true } });
    expect(row(d, 'age')).toEqual({
      condition: 'age',
      sameRule: false,
      regulation: { status: 'met', citation: { article: 9, clause: 'ث' } },
      instruction: { status: 'unmet', citation: { article: 5, item: 2, ruleSet: 'instruction-1392' } },
      outcomeDiffers: true,
    });
    const f = d.findings.find((x) => x.data?.['condition'] === 'age')!;
    expect(f.message.en).toBe(
      'Age: Regulation: at least 24; instruction: at least 25. Regulation: met (Art. 9(th)); instruction: not met (Instruction Art. 5(2)).',
    );
    expect(f.message.fa).toBe('سن: آیین نامه: حداقل ۲۴ سال؛ دستورالعمل: حداقل ۲۵ سال. آیین نامه: تأمین است (ماده ۹ بند ث)؛ دستورالعمل: تأمین نیست (ماده ۵ بند ۲ دستورالعمل).');
    expect(d.value.outcomeDifferences).toContain('age');
    expect(d.value.outcomes.instruction).toBe('ineligible');
  });

  it('Q3: on the 25th birthday (1388/11/17) both are met; at 23 (1387/11/16) neither', () => {
    const on = compareRuleSets({ post: 'manager', asOf: '1388/11/17', person });
    expect([row(on, 'age').regulation.status, row(on, 'age').instruction.status]).toEqual(['met', 'met']);
    expect(on.value.outcomeDifferences).not.toContain('age');
    const young = compareRuleSets({ post: 'manager', asOf: '1387/11/16', person });
    expect([row(young, 'age').regulation.status, row(young, 'age').instruction.status]).toEqual(['unmet', 'unmet']);
  });

  it('Q3: «can official employees hold one?» — no, under both (Art. 11(الف), Instruction Art. 8(4))', () => {
    const d = compareRuleSets({ post: 'manager', asOf: '1404/01/01', person: { ...person, stateEmployee: true }, experience: LONG_WORK, exam: { passed: true } });
    expect(row(d, 'stateEmployment').regulation).toEqual({ status: 'unmet', citation: { article: 11, clause: 'الف' } });
    expect(row(d, 'stateEmployment').instruction).toEqual({ status: 'unmet', citation: { article: 8, item: 4, ruleSet: 'instruction-1392' } });
    expect(d.value.outcomes).toEqual({ regulation: 'ineligible', instruction: 'ineligible' });
    expect(d.status).toBe('same');
  });
});

describe('Q5 of questions.md: a bachelor of software-engineering technology', () => {
  const person = { ...FULL_I, degrees: [SOFTWARE] };

  it('Q5, Art. 9(ت) and Instruction Art. 5(1): not a related field for a manager under either', () => {
    const d = compareRuleSets({ post: 'manager', asOf: ADULT, person, experience: LONG_WORK, exam: { passed: true } });
    expect([row(d, 'degree').regulation.status, row(d, 'degree').instruction.status]).toEqual(['unmet', 'unmet']);
    expect(row(d, 'degree').sameRule).toBe(true);
    expect(d.value.outcomes).toEqual({ regulation: 'ineligible', instruction: 'ineligible' });
  });

  it('Q5, Instruction Arts. 3, 7(1): the IT expert post exists only under the instruction — as written it still asks a related degree', () => {
    const d = compareRuleSets({ post: 'itExpert', asOf: ADULT, person });
    expect(d.value.outcomes).toEqual({ regulation: 'noSuchPost', instruction: 'ineligible' });
    expect(d.value.regulation).toBeNull();
    expect(row(d, 'degree').regulation).toEqual({ status: 'absent', citation: { article: 8 } });
    expect(row(d, 'degree').instruction.status).toBe('unmet');
    expect(d.summary.en).toBe('As an IT expert — the 1401 regulation: has no such post; the instruction: not eligible; 14 differences in the rules.');
  });

  it('Q5, Instruction Art. 7(1), option anyField: eligible as IT expert under the instruction', () => {
    const d = compareRuleSets({ post: 'itExpert', asOf: ADULT, person, options: { art7Degree: 'anyField' } });
    expect(d.value.outcomes.instruction).toBe('eligible');
    expect(d.status).toBe('different');
  });
});

describe('the differences of the two texts, explained and cited in both', () => {
  it('Arts. 9–11 and Instruction Arts. 4–8, manager: twelve conditions differ, six are the same', () => {
    const d = compareRuleSets({ post: 'manager', asOf: ADULT, person: FULL_I });
    expect(d.value.rows.map((r) => r.condition)).toEqual([...COMPARISON_KEYS]);
    expect(d.value.differences).toEqual([
      'constitution', 'age', 'dismissal', 'judgeNotaryDismissal', 'computerSkills', 'criminalRecord',
      'fitness', 'affiliation', 'stateEmployment', 'legalPractice', 'exam', 'experience',
    ]);
    expect(d.value.rows.filter((r) => r.sameRule).map((r) => r.condition)).toEqual(['nationality', 'religion', 'degree', 'military', 'addiction', 'commerce']);
  });

  it('every row is cited in both texts: the regulation’s provision (or the list lacking it) and the instruction’s', () => {
    for (const post of ['manager', 'legalExpert', 'itExpert', 'clerical'] as const) {
      const d = compareRuleSets({ post, asOf: ADULT, person: {} });
      for (const f of d.findings) {
        const r = f.data?.['regulationCitation'] as { ruleSet?: string } | null;
        const i = f.data?.['instructionCitation'] as { ruleSet?: string } | null;
        expect(r).not.toBeNull();
        expect(r!.ruleSet).toBeUndefined();
        expect(i!.ruleSet).toBe('instruction-1392');
        expect(f.message.en).toMatch(/Regulation: .*\(Art\. \d+.*\); instruction: .*\(Instruction Art\. \d+/);
      }
    }
  });

  it('Art. 9(ث) and Instruction Art. 6(2), legal expert: 22 against 25; no exam or experience rows', () => {
    const d = compareRuleSets({ post: 'legalExpert', asOf: ADULT, person: FULL_I });
    expect(d.findings.find((f) => f.data?.['condition'] === 'age')!.message.en).toContain('Regulation: at least 22; instruction: at least 25.');
    expect(d.value.rows.map((r) => r.condition)).not.toContain('exam');
    expect(d.value.rows.map((r) => r.condition)).not.toContain('experience');
    expect(d.value.outcomes).toEqual({ regulation: 'eligible', instruction: 'eligible' });
    expect(d.status).toBe('same');
  });

  it('Art. 9 and Instruction Art. 7: the regulation sets no conditions for clerical staff', () => {
    const d = compareRuleSets({ post: 'clerical', asOf: ADULT, person: FULL_I });
    expect(d.value.outcomes).toEqual({ regulation: 'noConditions', instruction: 'eligible' });
    expect(d.value.rows.every((r) => r.regulation.status === 'absent')).toBe(true);
    // The list each condition would be in: Art. 9 (conditions) or Art. 11 (bars), both of the manager and the legal expert only.
    expect(d.value.rows.map((r) => `${r.condition}:${r.regulation.citation.article}`)).toEqual([
      'nationality:9', 'constitution:9', 'religion:9', 'degree:9', 'age:9', 'military:9', 'judgeNotaryDismissal:11', 'computerSkills:9',
      'criminalRecord:9', 'addiction:9', 'fitness:9', 'stateEmployment:11', 'commerce:11', 'legalPractice:11',
    ]);
  });

  it('Arts. 10(الف), 10(ب) and Instruction Art. 5(3): the manager who passed no exam and worked four years', () => {
    const d = compareRuleSets({ post: 'manager', asOf: '1396/01/01', person: FULL_I, experience: { periods: [{ start: '1392/01/01', related: true }] } });
    expect(row(d, 'exam')).toMatchObject({ regulation: { status: 'unknown' }, instruction: { status: 'absent', citation: { article: 5, ruleSet: 'instruction-1392' } } });
    expect(row(d, 'experience')).toMatchObject({ regulation: { status: 'met' }, instruction: { status: 'unmet' } });
    expect(d.missing).toEqual(['exam']);
  });

  it('a full applicant with the exam and six years is eligible under both', () => {
    const d = compareRuleSets({ post: 'manager', asOf: ADULT, person: FULL_I, experience: LONG_WORK, exam: { passed: true } });
    expect(d.value.outcomes).toEqual({ regulation: 'eligible', instruction: 'eligible' });
    expect(d.status).toBe('same');
    expect(explain(d, { lang: 'en' })).toContain('Rule set regulation-1401');
  });
});

describe('properties', () => {
  it('the comparison holds each rule set’s own decision, equal to calling it directly, each recording its own rule set', () => {
    fc.assert(
      fc.property(personArb, postArb, (person, post) => {
        const input: CompareRuleSetsInput = { post, asOf: ADULT, person, experience: LONG_WORK };
        const d = compareRuleSets(input);
        const ins = checkEligibilityUnderInstruction(input);
        const regulation =
          post === 'manager' ? checkLicence({ asOf: ADULT, person, experience: LONG_WORK }) : post === 'legalExpert' ? checkEligibility({ role: 'legalExpert', asOf: ADULT, person }) : null;
        return (
          JSON.stringify(d.value.instruction) === JSON.stringify(ins) &&
          JSON.stringify(d.value.regulation) === JSON.stringify(regulation) &&
          d.value.instruction.ruleSet.id === 'instruction-1392' &&
          (d.value.regulation === null || d.value.regulation.ruleSet.id === 'regulation-1401') &&
          d.value.ruleSets.join() === 'regulation-1401,instruction-1392'
        );
      }),
    );
  });

  it('each row’s statuses are the findings of the two decisions; the status is `same` exactly when the outcomes are equal', () => {
    fc.assert(
      fc.property(personArb, postArb, (person, post) => {
        const d = compareRuleSets({ post, asOf: ADULT, person });
        const ins = d.value.instruction;
        for (const r of d.value.rows) {
          const i = ins.value.conditions.indexOf(r.condition as never);
          const want = i < 0 ? 'absent' : ins.findings[i]!.status;
          if (r.instruction.status !== want) return false;
          if (r.outcomeDiffers !== (r.regulation.status !== r.instruction.status)) return false;
        }
        return (d.status === 'same') === (d.value.outcomes.regulation === d.value.outcomes.instruction);
      }),
    );
  });

  it('a row is unknown exactly when either side is, and the comparison lists every fact either side still needs', () => {
    fc.assert(
      fc.property(personArb, postArb, (person, post) => {
        const d = compareRuleSets({ post, asOf: ADULT, person, experience: LONG_WORK });
        const sides = new Set([...d.value.instruction.missing, ...(d.value.regulation?.missing ?? [])]);
        const rowsOk = d.findings.every((f, k) => {
          const r = d.value.rows[k]!;
          return (f.status === 'unknown') === (r.regulation.status === 'unknown' || r.instruction.status === 'unknown');
        });
        return rowsOk && d.missing.every((m) => sides.has(m));
      }),
    );
  });
});

describe('TSDoc examples and bad input', () => {
  it('TSDoc example: compareRuleSets', () => {
    const d = compareRuleSets({ post: 'manager', asOf: '1388/11/16', person: { birthDate: '1363/11/17' } });
    expect(d.value.rows.find((r) => r.condition === 'age')).toEqual({
      condition: 'age',
      sameRule: false,
      outcomeDiffers: true,
      regulation: { status: 'met', citation: { article: 9, clause: 'ث' } },
      instruction: { status: 'unmet', citation: { article: 5, item: 2, ruleSet: 'instruction-1392' } },
    });
  });

  it('bad input names the field; the regulation’s strict options are not violated by the instruction’s option', () => {
    const r = safe(compareRuleSets)({ post: 'judge', asOf: ADULT, person: {} } as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.field).toBe('post');
    expect(compareRuleSets({ post: 'manager', asOf: ADULT, person: {}, options: { art7Degree: 'anyField', overflow: 'clamp' } }).status).toBeDefined();
  });
});
