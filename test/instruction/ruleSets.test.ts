/**
 * Choosing the rule set: the regulation by default, the instruction when named; every
 * decision records the rule set that produced it; the instruction's parameters and
 * citations point at its own text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { makeDecision } from '../../src/core/findings.js';
import { checkEligibility } from '../../src/eligibility/index.js';
import {
  checkEligibilityUnder,
  checkEligibilityUnderInstruction,
  checkInstructionSuspension,
  compareRuleSets,
  DEFAULT_RULE_SET,
  INSTRUCTION_PARAMETERS,
  instructionAppealability,
  instructionSentence,
  instructionStaffing,
  ruleSetRef,
} from '../../src/instruction/index.js';
import {
  explain,
  INSTRUCTION_1392,
  REGULATION_1401,
  RULE_SET_IDS,
  RULE_SETS,
  safe,
  type Decision,
} from '../../src/index.js';
import { getInstructionProvision } from '../../src/text/index.js';
import { ADULT, asOfArb, citationsOf, FULL_I, LONG_WORK, personArb, postArb, POSTS } from './fixtures.js';

describe('the rule sets', () => {
  it('two rule sets; the regulation is the default and is unchanged; the instruction’s date is marked as publicly reported', () => {
    expect(RULE_SET_IDS).toEqual(['regulation-1401', 'instruction-1392']);
    expect(DEFAULT_RULE_SET).toBe('regulation-1401');
    expect(REGULATION_1401).toEqual({ id: 'regulation-1401', approved: '1401/05/23', version: '0.1.0' });
    expect(INSTRUCTION_1392).toEqual({ id: 'instruction-1392', approved: '1392/02/26', approvedSource: 'publicReport', version: '0.1.0' });
    expect(RULE_SETS['instruction-1392']).toBe(INSTRUCTION_1392);
    expect(Object.isFrozen(INSTRUCTION_1392)).toBe(true);
    expect(makeDecision({ kind: 'x', asOf: null, status: 's', value: null, summary: { fa: '', en: '' } }).ruleSet).toBe(REGULATION_1401);
  });

  it('TSDoc example: ruleSetRef', () => {
    expect(ruleSetRef('instruction-1392')).toEqual({ id: 'instruction-1392', approved: '1392/02/26', approvedSource: 'publicReport', version: '0.1.0' });
    expect(ruleSetRef().id).toBe('regulation-1401');
    const r = safe(ruleSetRef)('instruction-1388' as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.field).toBe('ruleSet');
  });

  it('explain() says the instruction’s date is only reported; the regulation’s line is as before', () => {
    const d = checkEligibilityUnderInstruction({ post: 'clerical', asOf: ADULT, person: {} });
    expect(explain(d, { lang: 'en' }).split('\n')[1]).toBe('Rule set instruction-1392 (1392/02/26: approval date as publicly reported; the text states none), as of 1396/01/01');
    expect(explain(d, { lang: 'fa' }).split('\n')[1]).toBe('مجموعه قواعد instruction-1392 (۱۳۹۲/۰۲/۲۶: تاریخ تصویب به گزارش منابع عمومی؛ متن تاریخی ندارد)، به تاریخ ۱۳۹۶/۰۱/۰۱');
    expect(explain(checkEligibility({ role: 'manager', asOf: ADULT, person: {} }), { lang: 'en' }).split('\n')[1]).toBe('Rule set regulation-1401 (approved 1401/05/23), as of 1396/01/01');
  });
});

describe('checkEligibilityUnder: the caller names the rule set', () => {
  it('TSDoc example: checkEligibilityUnder', () => {
    const person = { birthDate: '1363/11/17' };
    expect(checkEligibilityUnder('regulation-1401', { role: 'manager', asOf: '1388/11/16', person }).findings[4]!.status).toBe('met');
    expect(checkEligibilityUnder('instruction-1392', { post: 'manager', asOf: '1388/11/16', person }).findings[8]!.status).toBe('unmet');
    expect(checkEligibilityUnder(undefined, { role: 'manager', asOf: '1388/11/16', person }).ruleSet.id).toBe('regulation-1401');
  });

  it('the rule set recorded in every decision is the one chosen; undefined chooses the regulation', () => {
    fc.assert(
      fc.property(personArb, postArb, asOfArb, fc.constantFrom(undefined, 'regulation-1401' as const, 'instruction-1392' as const), (person, post, asOf, ruleSet) => {
        const d =
          ruleSet === 'instruction-1392'
            ? checkEligibilityUnder(ruleSet, { post, asOf, person })
            : checkEligibilityUnder(ruleSet, { role: post === 'legalExpert' ? 'legalExpert' : 'manager', asOf, person });
        return d.ruleSet.id === (ruleSet ?? 'regulation-1401') && d.ruleSet === RULE_SETS[ruleSet ?? 'regulation-1401'];
      }),
    );
  });

  it('the dispatcher gives exactly what the chosen function gives', () => {
    fc.assert(
      fc.property(personArb, postArb, (person, post) => {
        const i = checkEligibilityUnder('instruction-1392', { post, asOf: ADULT, person });
        const role = post === 'legalExpert' ? 'legalExpert' : 'manager';
        const r = checkEligibilityUnder(undefined, { role, asOf: ADULT, person });
        return (
          JSON.stringify(i) === JSON.stringify(checkEligibilityUnderInstruction({ post, asOf: ADULT, person })) &&
          JSON.stringify(r) === JSON.stringify(checkEligibility({ role, asOf: ADULT, person }))
        );
      }),
    );
  });

  it('an unknown rule set is an InputError naming `ruleSet`; each rule set validates its own input', () => {
    const r = safe(checkEligibilityUnder)('regulation-1396' as never, { role: 'manager', asOf: ADULT, person: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.field).toBe('ruleSet');
    // The regulation has no IT expert; the instruction has no `role`.
    expect(safe(checkEligibilityUnder)(undefined, { role: 'itExpert', asOf: ADULT, person: {} } as never).ok).toBe(false);
    expect(safe(checkEligibilityUnder)('instruction-1392', { role: 'manager', asOf: ADULT, person: {} } as never).ok).toBe(false);
  });
});

describe('every decision under the instruction records it, and cites only its text', () => {
  const decisions = (): Decision[] => [
    ...POSTS.map((post) => checkEligibilityUnderInstruction({ post, asOf: ADULT, person: FULL_I, experience: LONG_WORK })),
    ...POSTS.map((post) => checkEligibilityUnderInstruction({ post, asOf: ADULT, person: {} })),
    instructionStaffing({ asOf: ADULT, staff: [{ post: 'manager', person: {} }, { post: 'itExpert' }] }),
    checkInstructionSuspension({ months: 3, start: '1395/01/01' }),
    checkInstructionSuspension({ months: 30 }),
    instructionAppealability({ measure: 5 }),
    instructionAppealability({ measure: 2 }),
    instructionAppealability({}),
    instructionSentence({ offender: 'manager', offenceOn: '1396/01/01', prior: { measure: 2, finalOn: '1395/01/01' }, complaintWithdrawn: true, chosenMeasure: 4 }),
    instructionSentence({ offender: 'staff', prior: { measure: 2 } }),
    instructionSentence({ prior: { measure: 6 }, complaintWithdrawn: false }),
  ];

  it('ruleSet is INSTRUCTION_1392 in each; every finding and step cites a provision the instruction has', () => {
    for (const d of decisions()) {
      expect(d.ruleSet, d.kind).toBe(INSTRUCTION_1392);
      for (const c of citationsOf(d)) {
        expect(c.ruleSet, `${d.kind} ${JSON.stringify(c)}`).toBe('instruction-1392');
        const { ruleSet: _, ...plain } = c;
        expect(getInstructionProvision(plain as never), cite(c, 'en')).toBeDefined();
      }
    }
  });

  it('every message is in both languages; Persian uses Persian digits', () => {
    for (const d of decisions()) {
      for (const m of [d.summary, ...d.findings.map((f) => f.message), ...d.steps.map((s) => s.message)]) {
        expect(m.fa.length).toBeGreaterThan(0);
        expect(m.en.length).toBeGreaterThan(0);
        expect(/[0-9]/.test(m.fa.replace(/[A-Za-z][A-Za-z0-9.[\]]*/g, ''))).toBe(false);
      }
    }
  });

  it('the comparison cites both texts and records the regulation (the default) as its own rule set', () => {
    const d = compareRuleSets({ post: 'manager', asOf: ADULT, person: {} });
    expect(d.ruleSet).toBe(REGULATION_1401);
    const sets = new Set(d.findings.map((f) => f.citation.ruleSet ?? 'regulation-1401'));
    expect([...sets].sort()).toEqual(['instruction-1392', 'regulation-1401']);
  });
});

describe('INSTRUCTION_PARAMETERS: every number of the instruction, cited', () => {
  it('every parameter cites a provision the instruction has, labelled in both languages', () => {
    for (const [name, p] of Object.entries(INSTRUCTION_PARAMETERS)) {
      expect(p.citation.ruleSet, name).toBe('instruction-1392');
      const { ruleSet: _, ...plain } = p.citation;
      expect(getInstructionProvision(plain as never), name).toBeDefined();
      expect(/[\u0600-\u06ff]/.test(p.label.fa), name).toBe(true);
      expect(/[\u0600-\u06ff]/.test(p.label.en), name).toBe(false);
      if ('value' in p) expect(Number.isFinite(p.value), name).toBe(true);
      else expect(p.min, name).toBeLessThan(p.max);
    }
  });

  it('pins the numbers the instruction writes (Instruction Arts. 3, 5, 6, 7, 10, 13, 23, 24, 26)', () => {
    const P = INSTRUCTION_PARAMETERS;
    expect([P.managerMinAge.value, P.legalExpertMinAge.value, P.itAndClericalMinAge.value]).toEqual([25, 25, 25]);
    expect(P.managerExperienceYears.value).toBe(5);
    expect([P.managers.value, P.legalExpertsMin.value, P.itExpertsMin.value, P.clericalMin.value]).toEqual([1, 1, 1, 2]);
    expect([P.measures.min, P.measures.max]).toEqual([1, 6]);
    expect([P.suspensionMonths.min, P.suspensionMonths.max]).toEqual([3, 24]);
    expect(P.finalMaxMeasure.value).toBe(4);
    expect(P.repeatPriorMaxMeasure.value).toBe(4);
    expect([P.councilMembers.value, P.boardJudgeMinYears.value, P.boardTermYears.value]).toEqual([5, 10, 3]);
  });

  it('the provisions the numbers come from say them in words', () => {
    expect(getInstructionProvision({ article: 5, item: 2 })!.text).toContain('بیستوپنج');
    expect(getInstructionProvision({ article: 5, item: 3 })!.text).toContain('پنج سال');
    expect(getInstructionProvision({ article: 23, item: 5 })!.text).toContain('سه ماه تا دو سال');
    expect(getInstructionProvision({ article: 3 })!.text).toContain('دو کارمند دفتری');
    expect(getInstructionProvision({ article: 10 })!.text).toContain('پنج نفر');
  });
});
