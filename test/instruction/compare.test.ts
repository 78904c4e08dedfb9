/**
 * The same applicant under both rule sets (Q3, Q5 of questions.md and the differences of
 * the two texts), through the public API.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, checkLicence } from '../../src/eligibility/index.js';
import { checkEligibilityUnderInstruction, COMPARISON_KEYS, compareRuleSets, type CompareRuleSetsInput, type ComparisonKey } from '../../src/instruction/index.js';
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

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation tests for the comparison of the two rule sets: every row of every post — the
// rule in words under each text, both sides' status and citation (the list a text would
// hold a condition it lacks), the missing facts of both sides, the options passed on to
// each rule set, and the decision's kind and summary.
describe('Arts. 9–11 and the instruction: the comparison, pinned (its own fixtures)', () => {
  const RS = 'instruction-1392' as const;
  const ins = (article: number, item?: number) => (item === undefined ? { article, ruleSet: RS } : { article, item, ruleSet: RS });
  const ASOF = '1396/01/01';

  type D = ReturnType<typeof compareRuleSets>;
  const rowFinding = (d: D, key: ComparisonKey) => d.findings.find((f) => f.data?.['condition'] === key)!;
  const row = (d: D, key: ComparisonKey) => d.value.rows.find((r) => r.condition === key)!;

  // Built inside each test (not when the file is collected), so that Stryker's per-test
  // coverage sees the code each test runs.
  const managerD = () => compareRuleSets({ post: 'manager', asOf: ASOF, person: FULL_I, experience: LONG_WORK, exam: { passed: true } });
  const legalExpertD = () => compareRuleSets({ post: 'legalExpert', asOf: ASOF, person: {} });

  describe('compareRuleSets: the manager, row by row — pinned', () => {

    it('Arts. 9–11 and Instruction Arts. 4, 5, 8: eighteen rows, each cited in both texts (absent: the list it would be in)', () => {
      const d = managerD();
      expect(d.kind).toBe('instruction.comparison');
      expect(d.findings.map((f) => [f.data?.['condition'], f.status, f.citation, f.data?.['sameRule'], f.data?.['regulationStatus'], f.data?.['instructionStatus'], f.data?.['regulationCitation'], f.data?.['instructionCitation']])).toEqual([
        ['nationality', 'info', { article: 9, clause: 'الف' }, true, 'met', 'met', { article: 9, clause: 'الف' }, ins(4, 1)],
        ['constitution', 'info', { article: 9, clause: 'ب' }, false, 'met', 'met', { article: 9, clause: 'ب' }, ins(4, 2)],
        ['religion', 'info', { article: 9, clause: 'پ' }, true, 'met', 'met', { article: 9, clause: 'پ' }, ins(4, 3)],
        ['degree', 'info', { article: 9, clause: 'ت' }, true, 'met', 'met', { article: 9, clause: 'ت' }, ins(5, 1)],
        ['age', 'info', { article: 9, clause: 'ث' }, false, 'met', 'met', { article: 9, clause: 'ث' }, ins(5, 2)],
        ['military', 'info', { article: 9, clause: 'ج' }, true, 'met', 'met', { article: 9, clause: 'ج' }, ins(4, 6)],
        ['dismissal', 'info', { article: 9, clause: 'چ' }, false, 'met', 'absent', { article: 9, clause: 'چ' }, ins(8)],
        ['judgeNotaryDismissal', 'info', ins(8, 2), false, 'absent', 'met', { article: 11 }, ins(8, 2)],
        ['computerSkills', 'info', { article: 9, clause: 'ح' }, false, 'met', 'met', { article: 9, clause: 'ح' }, ins(5, 4)],
        ['criminalRecord', 'info', { article: 9, clause: 'خ' }, false, 'met', 'met', { article: 9, clause: 'خ' }, ins(4, 5)],
        ['addiction', 'info', { article: 9, clause: 'د' }, true, 'met', 'met', { article: 9, clause: 'د' }, ins(4, 4)],
        ['fitness', 'info', ins(4, 7), false, 'absent', 'met', { article: 9 }, ins(4, 7)],
        ['affiliation', 'info', { article: 9, clause: 'ذ' }, false, 'met', 'absent', { article: 9, clause: 'ذ' }, ins(4)],
        ['stateEmployment', 'info', { article: 11, clause: 'الف' }, false, 'met', 'met', { article: 11, clause: 'الف' }, ins(8, 4)],
        ['commerce', 'info', { article: 11, clause: 'ب' }, true, 'met', 'met', { article: 11, clause: 'ب' }, ins(8, 3)],
        ['legalPractice', 'info', { article: 11, clause: 'پ' }, false, 'met', 'met', { article: 11, clause: 'پ' }, ins(8, 1)],
        ['exam', 'info', { article: 10, clause: 'الف' }, false, 'met', 'absent', { article: 10, clause: 'الف' }, ins(5)],
        ['experience', 'info', { article: 10, clause: 'ب' }, false, 'met', 'met', { article: 10, clause: 'ب' }, ins(5, 3)],
      ]);
      expect(row(d, 'dismissal')).toEqual({
        condition: 'dismissal',
        sameRule: false,
        regulation: { status: 'met', citation: { article: 9, clause: 'چ' } },
        instruction: { status: 'absent', citation: ins(8) },
        outcomeDiffers: true,
      });
    });

    it('Arts. 9–11 and Instruction Arts. 4, 5, 8: each row says the rule under each text, the same where it is (every row, in English)', () => {
      const d = managerD();
      expect(d.findings.map((f) => f.message.en)).toEqual([
        'Nationality: The same under both: Iranian nationality. Regulation: met (Art. 9(a)); instruction: met (Instruction Art. 4(1)).',
        'The Constitution: Regulation: adherence to the Constitution; instruction: practical commitment to the Constitution and to velayat-e faqih. Regulation: met (Art. 9(b)); instruction: met (Instruction Art. 4(2)).',
        'Religion: The same under both: profession of Islam and commitment to its precepts and ethics. Regulation: met (Art. 9(p)); instruction: met (Instruction Art. 4(3)).',
        "Degree: The same under both: a bachelor's or higher in law, fiqh and foundations of Islamic law or judicial sciences, or seminary level 2 or higher. Regulation: met (Art. 9(t)); instruction: met (Instruction Art. 5(1)).",
        'Age: Regulation: at least 24; instruction: at least 25. Regulation: met (Art. 9(th)); instruction: met (Instruction Art. 5(2)).',
        'Military service: The same under both: a completion card or permanent exemption, for men. Regulation: met (Art. 9(j)); instruction: met (Instruction Art. 4(6)).',
        'Permanent dismissal from state service: Regulation: no conviction to permanent dismissal from state and public service; the instruction has no such condition. Regulation: met (Art. 9(ch)); instruction: no such condition (Instruction Art. 8).',
        'Judge or notary permanently dismissed: The regulation has no such condition; instruction: not a judge or notary finally sentenced to permanent dismissal. Regulation: no such condition (Art. 11); instruction: met (Instruction Art. 8(2)).',
        'Computer skills: Regulation: a computer-skills certificate from a recognised body; instruction: basic computer skills approved by the Directorate-General for the post. Regulation: met (Art. 9(h)); instruction: met (Instruction Art. 5(4)).',
        'Criminal record: Regulation: no effective criminal record; instruction: no criminal record at all. Regulation: met (Art. 9(kh)); instruction: met (Instruction Art. 4(5)).',
        'Addiction: The same under both: no addiction to narcotics. Regulation: met (Art. 9(d)); instruction: met (Instruction Art. 4(4)).',
        'Physical and mental capacity: The regulation has no such condition; instruction: the physical and mental capacity required. Regulation: no such condition (Art. 9); instruction: met (Instruction Art. 4(7)).',
        'Opposing groups: Regulation: no membership in or support of groups opposed to the Islamic Republic; the instruction has no such condition. Regulation: met (Art. 9(dh)); instruction: no such condition (Instruction Art. 4).',
        'State employment: Regulation: not employed by a body of Art. 5 of the Civil Service Management Act or Art. 29 of the Sixth Development Plan Act; instruction: not an employee of the State or of a non-governmental public institution. Regulation: met (Art. 11(a)); instruction: met (Instruction Art. 8(4)).',
        'Commerce: The same under both: not engaged in commerce (Art. 2 of the Commercial Code). Regulation: met (Art. 11(b)); instruction: met (Instruction Art. 8(3)).',
        'Legal practice: Regulation: not a practising attorney or official expert; instruction: not a practising attorney, an adviser under «Art. 187» or an official expert. Regulation: met (Art. 11(p)); instruction: met (Instruction Art. 8(1)).',
        'Exam: Regulation: the specialist exam: at least 70% of the mean standardized score of the top 1%; the instruction has no such condition. Regulation: met (Art. 10(a)); instruction: no such condition (Instruction Art. 5).',
        "Related experience: Regulation: 3, 2 or 1 years' related experience by the highest qualifying degree; instruction: 5 years' related experience, whatever the degree. Regulation: met (Art. 10(b)); instruction: met (Instruction Art. 5(3)).",
      ]);
    });

    it('the same rows in Persian (Persian digits): a rule the same under both, a rule each text words its own way, a condition one text lacks', () => {
      const d = managerD();
      expect(rowFinding(d, 'nationality').message.fa).toBe(
        'تابعیت: در هر دو یکسان: تابعیت جمهوری اسلامی ایران. آیین نامه: تأمین است (ماده ۹ بند الف)؛ دستورالعمل: تأمین است (ماده ۴ بند ۱ دستورالعمل).',
      );
      expect(rowFinding(d, 'age').message.fa).toBe(
        'سن: آیین نامه: حداقل ۲۴ سال؛ دستورالعمل: حداقل ۲۵ سال. آیین نامه: تأمین است (ماده ۹ بند ث)؛ دستورالعمل: تأمین است (ماده ۵ بند ۲ دستورالعمل).',
      );
      expect(rowFinding(d, 'fitness').message.fa).toBe(
        'توانایی جسمی و روحی: آیین نامه چنین شرطی ندارد؛ دستورالعمل: توانایی جسمی و روحی لازم. آیین نامه: چنین شرطی نیست (ماده ۹)؛ دستورالعمل: تأمین است (ماده ۴ بند ۷ دستورالعمل).',
      );
      expect(rowFinding(d, 'exam').message.fa).toBe(
        'آزمون: آیین نامه: آزمون تخصصی با حداقل ۷۰ درصد نمره تراز میانگین ۱ درصد حائزان بالاترین نمره؛ دستورالعمل چنین شرطی ندارد. آیین نامه: تأمین است (ماده ۱۰ بند الف)؛ دستورالعمل: چنین شرطی نیست (ماده ۵ دستورالعمل).',
      );
      expect(rowFinding(d, 'experience').message.fa).toBe(
        'سابقه کار مرتبط: آیین نامه: ۳، ۲ یا ۱ سال سابقه کار مرتبط بسته به بالاترین مدرک؛ دستورالعمل: ۵ سال سابقه کار مرتبط، بی‌توجه به مدرک. آیین نامه: تأمین است (ماده ۱۰ بند ب)؛ دستورالعمل: تأمین است (ماده ۵ بند ۳ دستورالعمل).',
      );
    });

    it('the summary: both outcomes and the number of rules that differ (12 of 18 for the manager)', () => {
      const d = managerD();
      expect(d.status).toBe('same');
      expect(d.value.differences).toHaveLength(12);
      expect(d.summary).toEqual({
        fa: 'مدیر دفتر — آیین نامه ۱۴۰۱: واجد شرایط؛ دستورالعمل: واجد شرایط؛ ۱۲ تفاوت در قواعد.',
        en: 'As an office manager — the 1401 regulation: eligible; the instruction: eligible; 12 differences in the rules.',
      });
    });

    it('Instruction Art. 7(1) option anyField does not touch the manager: his degree row is still the same rule under both', () => {
      const a = compareRuleSets({ post: 'manager', asOf: ASOF, person: FULL_I, options: { art7Degree: 'anyField' } });
      expect(row(a, 'degree').sameRule).toBe(true);
      expect(rowFinding(a, 'degree').message.en).toMatch(/^Degree: The same under both: a bachelor's or higher in law, fiqh and foundations/);
    });
  });

  describe('compareRuleSets: the posts the regulation lacks or sets no conditions for — pinned', () => {
    it('Art. 8: the regulation has no IT expert — every regulation side absent, cited to Art. 8, and the row says why', () => {
      const d = compareRuleSets({ post: 'itExpert', asOf: ASOF, person: {} });
      expect(d.value.regulation).toBeNull();
      expect(d.value.rows.every((r) => r.regulation.status === 'absent' && r.regulation.citation.article === 8 && r.regulation.citation.clause === undefined && !r.sameRule)).toBe(true);
      expect(d.value.rows.map((r) => r.condition)).toEqual([
        'nationality', 'constitution', 'religion', 'degree', 'age', 'military', 'judgeNotaryDismissal', 'computerSkills',
        'criminalRecord', 'addiction', 'fitness', 'stateEmployment', 'commerce', 'legalPractice',
      ]);
      const f = rowFinding(d, 'nationality');
      expect([f.status, f.citation, f.missing]).toEqual(['unknown', ins(4, 1), ['person.iranianNationality']]);
      expect(f.message).toEqual({
        fa: 'تابعیت: آیین نامه چنین شرطی ندارد (سمت کارشناس فناوری اطلاعات در آن نیست)؛ دستورالعمل: تابعیت جمهوری اسلامی ایران. آیین نامه: چنین شرطی نیست (ماده ۸)؛ دستورالعمل: معلوم نیست (ماده ۴ بند ۱ دستورالعمل).',
        en: 'Nationality: The regulation has no such condition (it has no IT expert post); instruction: Iranian nationality. Regulation: no such condition (Art. 8); instruction: not known (Instruction Art. 4(1)).',
      });
      expect(rowFinding(d, 'degree').message.en).toBe(
        "Degree: The regulation has no such condition (it has no IT expert post); instruction: a bachelor's or higher in law, fiqh or judicial sciences, or seminary level 2 or higher. Regulation: no such condition (Art. 8); instruction: not known (Instruction Art. 7(1)).",
      );
      expect(d.summary.en).toBe('As an IT expert — the 1401 regulation: has no such post; the instruction: not yet known (facts missing); 14 differences in the rules.');
      expect(d.summary.fa).toBe('کارشناس فناوری اطلاعات — آیین نامه ۱۴۰۱: چنین سمتی ندارد؛ دستورالعمل: نامعلوم (اطلاعات ناقص)؛ ۱۴ تفاوت در قواعد.');
    });

    it('Instruction Art. 7(1), option anyField: the IT expert’s degree row states the reading chosen', () => {
      const d = compareRuleSets({ post: 'itExpert', asOf: ASOF, person: {}, options: { art7Degree: 'anyField' } });
      expect(rowFinding(d, 'degree').message).toEqual({
        fa: 'مدرک تحصیلی: آیین نامه چنین شرطی ندارد (سمت کارشناس فناوری اطلاعات در آن نیست)؛ دستورالعمل: کارشناسی یا بالاتر در هر رشته، یا سطح دو حوزه یا بالاتر (خوانش انتخاب‌شده از ماده ۷). آیین نامه: چنین شرطی نیست (ماده ۸)؛ دستورالعمل: معلوم نیست (ماده ۷ بند ۱ دستورالعمل).',
        en: "Degree: The regulation has no such condition (it has no IT expert post); instruction: a bachelor's or higher in any field, or seminary level 2 or higher (the reading of Art. 7 chosen). Regulation: no such condition (Art. 8); instruction: not known (Instruction Art. 7(1)).",
      });
      const clerical = compareRuleSets({ post: 'clerical', asOf: ASOF, person: {}, options: { art7Degree: 'anyField' } });
      expect(rowFinding(clerical, 'degree').message.en).toContain("instruction: a bachelor's or higher in any field, or seminary level 2 or higher (the reading of Art. 7 chosen).");
    });

    it('Art. 8, 9, 11: the regulation sets no conditions for clerical staff — absent, cited to Art. 9 (conditions) or 11 (bars), and the row says why', () => {
      const d = compareRuleSets({ post: 'clerical', asOf: ASOF, person: {} });
      expect(d.value.regulation).toBeNull();
      expect(d.value.rows.map((r) => [r.condition, r.regulation.status, r.regulation.citation, r.sameRule])).toEqual([
        ['nationality', 'absent', { article: 9 }, false],
        ['constitution', 'absent', { article: 9 }, false],
        ['religion', 'absent', { article: 9 }, false],
        ['degree', 'absent', { article: 9 }, false],
        ['age', 'absent', { article: 9 }, false],
        ['military', 'absent', { article: 9 }, false],
        ['judgeNotaryDismissal', 'absent', { article: 11 }, false],
        ['computerSkills', 'absent', { article: 9 }, false],
        ['criminalRecord', 'absent', { article: 9 }, false],
        ['addiction', 'absent', { article: 9 }, false],
        ['fitness', 'absent', { article: 9 }, false],
        ['stateEmployment', 'absent', { article: 11 }, false],
        ['commerce', 'absent', { article: 11 }, false],
        ['legalPractice', 'absent', { article: 11 }, false],
      ]);
      expect(rowFinding(d, 'age').message).toEqual({
        fa: 'سن: آیین نامه چنین شرطی ندارد (برای کارمندان دفتری شرطی ننهاده است)؛ دستورالعمل: حداقل ۲۵ سال. آیین نامه: چنین شرطی نیست (ماده ۹)؛ دستورالعمل: معلوم نیست (ماده ۷ بند ۲ دستورالعمل).',
        en: 'Age: The regulation has no such condition (it sets no conditions for clerical staff); instruction: at least 25. Regulation: no such condition (Art. 9); instruction: not known (Instruction Art. 7(2)).',
      });
      expect(d.summary.en).toBe('As a clerical employee — the 1401 regulation: sets no conditions for this post; the instruction: not yet known (facts missing); 14 differences in the rules.');
    });
  });

  describe('compareRuleSets: the legal expert (the regulation’s Arts. 9, 11) — pinned', () => {

    it('Art. 9(ث), Instruction Art. 6(2): the legal expert’s rows are judged under both texts; the age row says 22 against 25', () => {
      const d = legalExpertD();
      expect(d.value.rows.map((r) => [r.condition, r.regulation.status, r.instruction.status])).toEqual([
        ['nationality', 'unknown', 'unknown'],
        ['constitution', 'unknown', 'unknown'],
        ['religion', 'unknown', 'unknown'],
        ['degree', 'unknown', 'unknown'],
        ['age', 'unknown', 'unknown'],
        ['military', 'unknown', 'unknown'],
        ['dismissal', 'unknown', 'absent'],
        ['judgeNotaryDismissal', 'absent', 'unknown'],
        ['computerSkills', 'unknown', 'unknown'],
        ['criminalRecord', 'unknown', 'unknown'],
        ['addiction', 'unknown', 'unknown'],
        ['fitness', 'absent', 'unknown'],
        ['affiliation', 'unknown', 'absent'],
        ['stateEmployment', 'unknown', 'unknown'],
        ['commerce', 'unknown', 'unknown'],
        ['legalPractice', 'unknown', 'unknown'],
      ]);
      expect(rowFinding(d, 'age').message.en).toBe('Age: Regulation: at least 22; instruction: at least 25. Regulation: not known (Art. 9(th)); instruction: not known (Instruction Art. 6(2)).');
      expect(rowFinding(d, 'age').message.fa).toBe('سن: آیین نامه: حداقل ۲۲ سال؛ دستورالعمل: حداقل ۲۵ سال. آیین نامه: معلوم نیست (ماده ۹ بند ث)؛ دستورالعمل: معلوم نیست (ماده ۶ بند ۲ دستورالعمل).');
    });

    it('the missing facts of a row are those of both sides, each once (nationality once; computer skills: the certificate and the approval)', () => {
      const d = legalExpertD();
      expect(rowFinding(d, 'nationality').missing).toEqual(['person.iranianNationality']);
      expect(rowFinding(d, 'computerSkills').missing).toEqual(['person.computerSkillsCertificate', 'person.computerSkillsApproved']);
      expect(rowFinding(d, 'dismissal').missing).toEqual(['person.permanentDismissalConviction']);
      expect(rowFinding(d, 'judgeNotaryDismissal').missing).toEqual(['person.dismissedJudgeOrNotary']);
      expect(rowFinding(d, 'legalPractice').missing).toEqual(['person.attorney', 'person.officialExpert', 'person.article187Adviser']);
    });

    it('SPEC D3, option overflow: it reaches the regulation’s check of the legal expert (born Esfand 30 of leap 1354, aged 22 on 1376/12/29 only by clamp)', () => {
      const person = { ...FULL_I, birthDate: '1354/12/30' };
      const next = compareRuleSets({ post: 'legalExpert', asOf: '1376/12/29', person });
      const clamp = compareRuleSets({ post: 'legalExpert', asOf: '1376/12/29', person, options: { overflow: 'clamp' } });
      expect(row(next, 'age').regulation.status).toBe('unmet');
      expect(row(clamp, 'age').regulation.status).toBe('met');
    });
  });

  describe('compareRuleSets: the options reach the regulation’s licence (the manager) — pinned', () => {
    it('SPEC D3, option overflow: born Esfand 30 of leap 1354, the manager is 24 on 1378/12/29 under the regulation only by clamp', () => {
      const person = { ...FULL_I, birthDate: '1354/12/30' };
      const next = compareRuleSets({ post: 'manager', asOf: '1378/12/29', person });
      const clamp = compareRuleSets({ post: 'manager', asOf: '1378/12/29', person, options: { overflow: 'clamp' } });
      expect(row(next, 'age').regulation.status).toBe('unmet');
      expect(row(clamp, 'age').regulation.status).toBe('met');
    });

    it('SPEC D5, option daysPerYear: two years of related work meet the bachelor’s three years of Art. 10(ب) when a year is counted as 200 days', () => {
      const experience = { periods: [{ start: '1394/01/01', related: true }] };
      const base = compareRuleSets({ post: 'manager', asOf: ASOF, person: FULL_I, experience, exam: { passed: true } });
      expect(row(base, 'experience').regulation.status).toBe('unmet');
      const short = compareRuleSets({ post: 'manager', asOf: ASOF, person: FULL_I, experience, exam: { passed: true }, options: { daysPerYear: 200 } });
      expect(row(short, 'experience').regulation.status).toBe('met');
      expect(row(short, 'experience').instruction.status).toBe('unmet');
    });
  });
});
