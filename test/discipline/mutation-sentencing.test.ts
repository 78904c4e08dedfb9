/**
 * Tests written to kill Stryker survivors in src/discipline/sentencing.ts (issue 7, item 5).
 * They pin the sentencing ledger (SPEC D10): each step's code, citation, `data` and the key
 * numbers of its message in both languages; the findings of Arts. 43 and 32; the checks of
 * the board's actual choices; the summary of each status.
 */
import { describe, expect, it } from 'vitest';
import { art44 } from '../../src/discipline/sentencing.js';
import { sentence, type SentenceDecision, type SentenceInput } from '../../src/discipline/index.js';

/** Persian digits of a Latin-digit string. */
const fa = (s: string | number) => String(s).replace(/\d/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]!);

const AS_OF = '1403/05/01';
const run = (x: Omit<SentenceInput, 'asOf'> & { asOf?: SentenceInput['asOf'] }): SentenceDecision =>
  sentence({ asOf: AS_OF, ...x } as SentenceInput);

const steps = (d: SentenceDecision, code: string) => d.steps.filter((s) => s.code === code);
const stepOf = (d: SentenceDecision, code: string) => {
  const xs = steps(d, code);
  expect(xs, `one step ${code}`).toHaveLength(1);
  return xs[0]!;
};
const findings = (d: SentenceDecision, code: string) => d.findings.filter((f) => f.code === code);
const findingOf = (d: SentenceDecision, code: string) => {
  const xs = findings(d, code);
  expect(xs, `one finding ${code}`).toHaveLength(1);
  return xs[0]!;
};
const CAP_EN = '(grade 7 is the highest grade)';
const CAP_FA = '(درجه هفت بالاترین درجه است)';

describe('Art. 44 (mutation): the outcome on the statutory grades', () => {
  it('Art. 44: one offence is "single", its own grade, no optional aggravation', () => {
    expect(art44([5])).toEqual({ kind: 'single', highest: 5, sharing: 1, base: 5, optional: false });
  });
  it('Art. 44: offences all of one grade are "same", + 1 mandatory', () => {
    expect(art44([4, 4, 4])).toEqual({ kind: 'same', highest: 4, sharing: 3, base: 5, optional: false });
  });
  it('Art. 44: mixed grades give the highest, counted once per offence sharing it, and the optional + 1', () => {
    expect(art44([5, 3, 3])).toEqual({ kind: 'mixed', highest: 5, sharing: 1, base: 5, optional: true });
    expect(art44([3, 5, 5])).toEqual({ kind: 'mixed', highest: 5, sharing: 2, base: 5, optional: true });
    expect(art44([3, 5, 3, 5, 2])).toEqual({ kind: 'mixed', highest: 5, sharing: 2, base: 5, optional: true });
  });
  it('Art. 44, reading highestGroup: two sharing the highest grade → + 1 mandatory; only one at the highest → mixed', () => {
    expect(art44([5, 3, 5], 'highestGroup')).toEqual({ kind: 'highestGroup', highest: 5, sharing: 2, base: 6, optional: false });
    expect(art44([5, 3], 'highestGroup')).toEqual({ kind: 'mixed', highest: 5, sharing: 1, base: 5, optional: true });
    expect(art44([5, 3, 5])).toEqual({ kind: 'mixed', highest: 5, sharing: 2, base: 5, optional: true });
  });
});

describe('D10 ledger (mutation): step 1, each offence\'s grade', () => {
  it('Arts. 34–40: each offence gets a step citing its clause, with its title, grade and data; undated offences have date null', () => {
    const d = run({ offences: [{ id: 'art38-dh' }, { id: 'art37-ch', date: '1403/02/10' }], priors: [] });
    const xs = steps(d, 'discipline.offence.grade');
    expect(xs).toHaveLength(2);
    expect(xs[0]!.citation).toEqual({ article: 38, clause: 'ذ' });
    expect(xs[0]!.data).toEqual({ offenceId: 'art38-dh', grade: 5 });
    expect(xs[0]!.message.en).toBe('Charging more than the set fees: grade 5.');
    expect(xs[0]!.message.fa).toBe(`«دریافت وجه بیشتر از هزینه های تعیین شده»: مجازات درجه ${fa(5)}.`);
    expect(xs[1]!.data).toEqual({ offenceId: 'art37-ch', grade: 4 });
    expect(d.value.offences[0]).toEqual({ ref: 'art38-dh', offenceId: 'art38-dh', citation: { article: 38, clause: 'ذ' }, grade: 5, date: null });
    expect(d.value.offences[1]!.date).toBe('1403/02/10');
  });

  it('Art. 41: the board\'s grade is judged under Art. 41, the step names it as the board\'s grade', () => {
    const d = run({ offences: [{ id: 'art41', grade: 3 }], priors: [] });
    const s = stepOf(d, 'discipline.offence.grade');
    expect(s.data).toEqual({ offenceId: 'art41', grade: 3 });
    expect(s.message.en).toContain("(the board's grade): grade 3.");
    expect(s.message.fa).toContain(`(درجه انتخابی هیات)»: مجازات درجه ${fa(3)}.`);
  });

  it('D9 in sentencing: an absence of 12 days is judged under Art. 39(ب), its title and the days in the step', () => {
    const d = run({ offences: [{ id: 'absence', days: 12 }], priors: [] });
    const s = stepOf(d, 'discipline.offence.grade');
    expect(s.citation).toEqual({ article: 39, clause: 'ب' });
    expect(s.data).toEqual({ offenceId: 'art39-b', grade: 6 });
    expect(s.message.en).toContain('(12 days): grade 6.');
    expect(s.message.fa).toContain(`غیبت مدیر دفتر بیش از ده روز تا یک ماه بدون عذر موجه» (${fa(12)} روز): مجازات درجه ${fa(6)}.`);
  });
});

describe('D10 ledger (mutation): step 2, Art. 44', () => {
  it('Art. 44: one offence — the step "single" with its grade', () => {
    const d = run({ offences: [{ id: 'art38-dh' }], priors: [] });
    const s = stepOf(d, 'discipline.step.single');
    expect(s.citation).toEqual({ article: 44 });
    expect(s.message.en).toBe('One offence: Art. 44 (several offences) does not apply; grade 5.');
    expect(s.message.fa).toContain(`درجه ${fa(5)}.`);
    expect(steps(d, 'discipline.step.multipleMixed')).toHaveLength(0);
  });

  it('Art. 44: two offences of grade 5 — "multipleSame", grade 6, not capped', () => {
    const d = run({ offences: [{ id: 'art38-dh' }, { id: 'art38-a' }], priors: [] });
    const s = stepOf(d, 'discipline.step.multipleSame');
    expect(s.data).toEqual({ base: 6, reading: 'literal' });
    expect(s.message.en).toBe('2 offences, all of grade 5: the penalty is aggravated by one grade (mandatory): grade 6.');
    expect(s.message.fa).toContain(`${fa(2)} تخلف، همه مستوجب مجازات درجه ${fa(5)}`);
    expect(s.message.fa).toContain(`درجه ${fa(6)}.`);
    expect(s.message.fa).not.toContain(CAP_FA);
  });

  it('Art. 44: two offences of grade 6 — grade 7 exactly, not capped (6 + 1 = 7 exists)', () => {
    const d = run({ offences: [{ id: 'art39-p' }, { id: 'art39-t' }], priors: [] });
    const s = stepOf(d, 'discipline.step.multipleSame');
    expect(s.message.en).toBe('2 offences, all of grade 6: the penalty is aggravated by one grade (mandatory): grade 7.');
  });

  it('Art. 44 with Art. 29: two offences of grade 7 — grade 7, capped, the cap said in both languages', () => {
    const d = run({ offences: [{ id: 'art40-a' }, { id: 'art40-b' }], priors: [] });
    const s = stepOf(d, 'discipline.step.multipleSame');
    expect(s.data).toEqual({ base: 7, reading: 'literal' });
    expect(s.message.en).toBe(`2 offences, all of grade 7: the penalty is aggravated by one grade (mandatory): grade 7 ${CAP_EN}.`);
    expect(s.message.fa).toContain(CAP_FA);
  });

  it('Art. 44: mixed grades 5 and 3 — "multipleMixed", grade 5, the board may go up to 6, not capped', () => {
    const d = run({ offences: [{ id: 'art38-dh' }, { id: 'art36-a' }], priors: [] });
    const s = stepOf(d, 'discipline.step.multipleMixed');
    expect(s.citation).toEqual({ article: 44 });
    expect(s.data).toEqual({ base: 5, optionalMax: 6, reading: 'literal' });
    expect(s.message.en).toBe('2 offences of different grades: the penalty of the higher grade, grade 5; the board may aggravate it by one grade (up to grade 6).');
    expect(s.message.fa).toContain(`درجه ${fa(5)}؛`);
    expect(s.message.fa).toContain(`(تا درجه ${fa(6)})`);
    expect(s.message.fa).not.toContain(CAP_FA);
  });

  it('Art. 44: mixed grades 6 and 4 — up to 7, not capped', () => {
    const d = run({ offences: [{ id: 'art39-p' }, { id: 'art37-ch' }], priors: [] });
    const s = stepOf(d, 'discipline.step.multipleMixed');
    expect(s.data).toEqual({ base: 6, optionalMax: 7, reading: 'literal' });
    expect(s.message.en).not.toContain(CAP_EN);
  });

  it('Art. 44 with Art. 29: mixed grades 7 and 5 — up to 7, capped', () => {
    const d = run({ offences: [{ id: 'art40-a' }, { id: 'art38-dh' }], priors: [] });
    const s = stepOf(d, 'discipline.step.multipleMixed');
    expect(s.data).toEqual({ base: 7, optionalMax: 7, reading: 'literal' });
    expect(s.message.en).toContain(`(up to grade 7) ${CAP_EN}.`);
    expect(s.message.fa).toContain(CAP_FA);
  });

  it('Art. 44, reading highestGroup: two of grade 5 and one of 3 — mandatory 6, with count, sharing and the reading in data', () => {
    const d = run({ offences: [{ id: 'art38-dh' }, { id: 'art38-a' }, { id: 'art36-a' }], priors: [], options: { multipleOffences: 'highestGroup' } });
    const s = stepOf(d, 'discipline.step.multipleHighestGroup');
    expect(s.data).toEqual({ base: 6, reading: 'highestGroup' });
    expect(s.message.en).toBe(
      '3 offences of different grades, 2 of them of the highest grade (5): offences of one grade aggravate the penalty by one grade (mandatory): grade 6; no optional aggravation beyond it.',
    );
    expect(s.message.fa).toContain(`${fa(3)} تخلف`);
    expect(s.message.fa).toContain(`${fa(2)} فقره`);
    expect(s.message.fa).toContain(`(${fa(5)})`);
    expect(d.value.mandatory).toBe(6);
  });

  it('Art. 44, reading highestGroup with Art. 29: two of grade 7 beside a 5 — 7, capped', () => {
    const d = run({ offences: [{ id: 'art40-a' }, { id: 'art40-b' }, { id: 'art38-dh' }], priors: [], options: { multipleOffences: 'highestGroup' } });
    const s = stepOf(d, 'discipline.step.multipleHighestGroup');
    expect(s.data).toEqual({ base: 7, reading: 'highestGroup' });
    expect(s.message.en).toContain(`grade 7 ${CAP_EN};`);
  });
});

describe('D10 ledger (mutation): step 3, Art. 43 (the repeat)', () => {
  it('Art. 43: a grade 3 prior carried out 1402/01/15, a new offence 1403/02/01 — repeat, +1 from 5 to 6; the finding names both dates and the window end', () => {
    const d = run({ offences: [{ id: 'art38-dh', date: '1403/02/01' }], priors: [{ grade: 3, carriedOut: '1402/01/15' }] });
    const f = findingOf(d, 'discipline.repeat.applies');
    expect(f.status).toBe('info');
    expect(f.citation).toEqual({ article: 43 });
    expect(f.data).toEqual({ priorGrade: 3, carriedOut: '1402/01/15', offenceDate: '1403/02/01', windowEnd: '1404/01/15', priorIndex: 0 });
    expect(f.message.en).toBe(
      'A conviction of grade 3 carried out on 1402/01/15, and a new offence on 1403/02/01, within two years of it (until 1404/01/15): the penalty is aggravated by one grade.',
    );
    expect(f.message.fa).toContain(fa('1402/01/15'));
    expect(f.message.fa).toContain(fa('1403/02/01'));
    expect(f.message.fa).toContain(`(تا ${fa('1404/01/15')})`);
    const s = stepOf(d, 'discipline.step.repeat');
    expect(s.citation).toEqual({ article: 43 });
    expect(s.message.en).toBe('Repeat (Art. 43): a mandatory aggravation by one grade, from grade 5 to grade 6.');
    expect(s.message.fa).toContain(`از درجه ${fa(5)} به درجه ${fa(6)}.`);
    expect(d.value.repeat).toBe(true);
    expect(d.value.mandatory).toBe(6);
  });

  it('Art. 43: a repeat on grade 6 gives 7, not capped; on grade 7 stays 7, capped (Art. 29 has seven grades)', () => {
    const six = run({ offences: [{ id: 'art39-p', date: '1403/02/01' }], priors: [{ grade: 4, carriedOut: '1402/06/01' }] });
    expect(stepOf(six, 'discipline.step.repeat').message.en).toBe('Repeat (Art. 43): a mandatory aggravation by one grade, from grade 6 to grade 7.');
    const seven = run({ offences: [{ id: 'art40-a', date: '1403/02/01' }], priors: [{ grade: 4, carriedOut: '1402/06/01' }] });
    expect(stepOf(seven, 'discipline.step.repeat').message.en).toBe(`Repeat (Art. 43): a mandatory aggravation by one grade, from grade 7 to grade 7 ${CAP_EN}.`);
    expect(stepOf(seven, 'discipline.step.repeat').message.fa).toContain(CAP_FA);
  });

  it('Art. 43: no priors — "noPriors" finding, the step says no repeat and grade 7 stands (no cap wording)', () => {
    const d = run({ offences: [{ id: 'art40-a' }], priors: [] });
    const f = findingOf(d, 'discipline.repeat.noPriors');
    expect(f.status).toBe('info');
    expect(f.message.en).toBe('No prior disciplinary conviction: the aggravation of Art. 43 does not apply.');
    expect(findings(d, 'discipline.repeat.none')).toHaveLength(0);
    const s = stepOf(d, 'discipline.step.repeat');
    expect(s.message.en).toBe('No repeat (Art. 43): grade 7 stands.');
    expect(s.message.fa).toBe(`تکرار (ماده ۴۳) نیست: درجه ${fa(7)} می‌ماند.`);
    expect(d.value.repeat).toBe(false);
  });

  it('Art. 43: a grade 5 prior does not count (only grades 1 to 4) — "none", counting the priors given', () => {
    const d = run({ offences: [{ id: 'art38-dh', date: '1403/02/01' }], priors: [{ grade: 5, carriedOut: '1402/06/01' }, { grade: 6 }] });
    const f = findingOf(d, 'discipline.repeat.none');
    expect(f.status).toBe('info');
    expect(f.citation).toEqual({ article: 43 });
    expect(f.message.en).toContain('Of 2 prior convictions, none of grade 1 to 4');
    expect(f.message.fa).toContain(`از ${fa(2)} محکومیت سابق`);
    expect(d.value.repeat).toBe(false);
    expect(d.status).toBe('computed');
  });

  it('Art. 43: priors left out — the repeat is unknown, the step says so, no mandatory grade, no penalty, no appeal', () => {
    const d = run({ offences: [{ id: 'art38-dh' }] });
    const f = findingOf(d, 'discipline.repeat.unknown');
    expect(f.status).toBe('unknown');
    expect(f.missing).toEqual(['priors']);
    const s = stepOf(d, 'discipline.step.repeat');
    expect(s.message.en).toBe('Repeat (Art. 43) unknown: the mandatory grade cannot be set.');
    expect(s.message.fa).toBe('تکرار (ماده ۴۳) معلوم نیست: درجه الزامی تعیین نمی‌شود.');
    expect(steps(d, 'discipline.step.range')).toHaveLength(0);
    expect(d.status).toBe('incomplete');
    expect(d.value).toMatchObject({ repeat: null, mandatory: null, range: null, imposed: null, penalty: null, appeal: null, lawful: null });
    expect(d.summary).toEqual({ fa: 'اطلاعات برای تعیین مجازات کامل نیست: priors', en: 'Not enough facts to set the penalty: priors' });
  });

  it('Art. 43: a grade 2 prior whose carrying-out day is not given — unknown, missing that date', () => {
    const d = run({ offences: [{ id: 'art38-dh', date: '1403/02/01' }], priors: [{ grade: 2 }] });
    const f = findingOf(d, 'discipline.repeat.unknown');
    expect(f.status).toBe('unknown');
    expect(f.missing).toEqual(['priors[0].carriedOut']);
    expect(d.status).toBe('incomplete');
  });

  it('Art. 43: two grade 1–4 priors without their carrying-out days — the summary lists both missing facts, comma-separated', () => {
    const d = run({ offences: [{ id: 'art38-dh', date: '1403/02/01' }], priors: [{ grade: 2 }, { grade: 3 }] });
    expect(findingOf(d, 'discipline.repeat.unknown').missing).toEqual(['priors[0].carriedOut', 'priors[1].carriedOut']);
    expect(d.summary).toEqual({
      fa: `اطلاعات برای تعیین مجازات کامل نیست: priors[0].carriedOut, priors[1].carriedOut`,
      en: 'Not enough facts to set the penalty: priors[0].carriedOut, priors[1].carriedOut',
    });
  });

  it('Art. 43 near the end of the calendar: the two-year window leaves the supported years — still a repeat, window end "-"', () => {
    const d = sentence({ asOf: '1599/08/01', offences: [{ id: 'art38-dh', date: '1599/07/01' }], priors: [{ grade: 3, carriedOut: '1599/06/01' }] });
    const f = findingOf(d, 'discipline.repeat.applies');
    expect(f.data).toMatchObject({ windowEnd: '-', carriedOut: '1599/06/01', offenceDate: '1599/07/01' });
    expect(d.value.mandatory).toBe(6);
  });
});

describe('D10 ledger (mutation): step 4, Art. 32 (mitigation)', () => {
  it('Art. 32: no ground found — the "none" finding and the step says no mitigation', () => {
    const d = run({ offences: [{ id: 'art38-dh' }], priors: [] });
    const f = findingOf(d, 'discipline.mitigation.none');
    expect(f.status).toBe('info');
    expect(f.citation).toEqual({ article: 32 });
    expect(f.message.en).toBe('None of the mitigating grounds of Art. 32 was found: no mitigation is possible.');
    const s = stepOf(d, 'discipline.step.mitigation');
    expect(s.citation).toEqual({ article: 32 });
    expect(s.message.en).toBe('Mitigation (Art. 32): no ground found, no mitigation possible.');
    expect(d.value.mitigationAvailable).toBe(false);
  });

  it('Art. 32: remorse found — a met finding naming it, no "none" finding, the step says one to 2 grades', () => {
    const d = run({ offences: [{ id: 'art38-dh' }], priors: [], mitigatingGrounds: ['remorse'] });
    const f = findingOf(d, 'discipline.mitigation.ground');
    expect(f.status).toBe('met');
    expect(f.data).toEqual({ ground: 'remorse' });
    expect(f.message).toEqual({ fa: 'جهت تخفیف احراز شده: اظهار ندامت.', en: 'Mitigating ground found: expression of remorse.' });
    expect(findings(d, 'discipline.mitigation.none')).toHaveLength(0);
    const s = stepOf(d, 'discipline.step.mitigation');
    expect(s.message.en).toBe('Mitigation (Art. 32): the board may lower the penalty by one to 2 grades.');
    expect(s.message.fa).toContain("یک تا دو درجه");
    expect(d.value.mitigatingGrounds).toEqual(['remorse']);
  });

  it('Art. 32: "no record of disciplinary conviction" with a prior given — excluded (unmet), no mitigation', () => {
    const d = run({ offences: [{ id: 'art38-dh', date: '1403/02/01' }], priors: [{ grade: 6, carriedOut: '1400/01/01' }], mitigatingGrounds: ['noDisciplinaryRecord'] });
    const f = findingOf(d, 'discipline.mitigation.groundExcluded');
    expect(f.status).toBe('unmet');
    expect(f.data).toEqual({ ground: 'noDisciplinaryRecord' });
    expect(f.message.en).toContain('"no record of disciplinary conviction" is not made out');
    expect(d.value.mitigationAvailable).toBe(false);
    expect(d.value.mitigatingGrounds).toEqual([]);
  });

  it('Art. 32: "no record of disciplinary conviction" with no priors ([]) — made out', () => {
    const d = run({ offences: [{ id: 'art38-dh' }], priors: [], mitigatingGrounds: ['noDisciplinaryRecord'] });
    expect(findingOf(d, 'discipline.mitigation.ground').status).toBe('met');
    expect(d.value.mitigationAvailable).toBe(true);
    expect(d.value.range).toEqual({ min: 3, max: 5 });
  });

  it('Art. 32: "no record of disciplinary conviction" with priors left out — unknown, missing priors; other grounds are unaffected', () => {
    const d = run({ offences: [{ id: 'art38-dh' }], mitigatingGrounds: ['noDisciplinaryRecord'] });
    const f = findingOf(d, 'discipline.mitigation.groundUnknown');
    expect(f.status).toBe('unknown');
    expect(f.citation).toEqual({ article: 32 });
    expect(f.missing).toEqual(['priors']);
    expect(f.data).toEqual({ ground: 'noDisciplinaryRecord' });
    expect(f.message.en).toBe('The ground "no record of disciplinary conviction" cannot be checked until the prior convictions are known.');
    expect(f.message.fa).toContain('نداشتن سابقه محکومیت انتظامی');
    expect(d.value.mitigationAvailable).toBeNull();
    expect(stepOf(d, 'discipline.step.mitigation').message.en).toBe('Mitigation (Art. 32): unknown whether a ground is made out.');
    const withRemorse = run({ offences: [{ id: 'art38-dh' }], mitigatingGrounds: ['remorse'] });
    expect(findingOf(withRemorse, 'discipline.mitigation.ground').status).toBe('met');
    expect(withRemorse.value.mitigationAvailable).toBe(true);
  });
});

describe('D10 ledger (mutation): step 5, the range (Art. 29)', () => {
  it("Art. 29: the range step carries the grade before the board's choices and the bounds in data and in both languages", () => {
    const d = run({ offences: [{ id: 'art38-dh' }, { id: 'art36-a' }], priors: [], mitigatingGrounds: ['remorse'] });
    const s = stepOf(d, 'discipline.step.range');
    expect(s.citation).toEqual({ article: 29 });
    expect(s.data).toEqual({ beforeChoices: 5, mandatory: 5, min: 3, max: 6 });
    expect(s.message.en).toBe("Grade before the board's choices (optional aggravation, mitigation) 5; the board may lawfully impose grade 3 to grade 6 (grades 1 to 7).");
    expect(s.message.fa).toContain(`درجه پیش از انتخاب‌های هیات (تشدید اختیاری و تخفیف) ${fa(5)}`);
    expect(s.message.fa).toContain(`از درجه ${fa(3)} تا درجه ${fa(6)}`);
    expect(d.status).toBe('computed');
    expect(d.kind).toBe('discipline.sentence');
    expect(d.value.lawful).toBeNull();
    expect(d.value.imposed).toBeNull();
    expect(d.value.penalty).not.toBeNull();
    // Art. 33: grade 3 would be final, 4–6 appealable — it depends on the grade chosen.
    expect(d.value.appeal).toBeNull();
    expect(d.value.appealByGrade?.map((x) => x.appealable)).toEqual([false, true, true, true]);
    expect(d.summary).toEqual({ fa: `درجه پیش از انتخاب‌های هیات ${fa(5)}؛ محدوده قانونی: درجه ${fa(3)} تا ${fa(6)}`, en: "Grade before the board's choices 5; lawful range: grade 3 to 6" });
  });
});

describe("Art. 29 with Arts. 32, 44 (mutation): checking the board's actual choices", () => {
  it('Art. 44: the optional aggravation on mixed grades is lawful (met); the board step records it', () => {
    const d = run({ offences: [{ id: 'art38-dh' }, { id: 'art36-a' }], priors: [], board: { aggravation: true } });
    const f = findingOf(d, 'discipline.board.aggravation.lawful');
    expect(f.status).toBe('met');
    expect(f.citation).toEqual({ article: 44 });
    expect(d.value.imposed).toBe(6);
    const s = stepOf(d, 'discipline.step.board');
    expect(s.citation).toEqual({ article: 29, grade: 6 });
    expect(s.message.en).toBe("The board's choice: optional aggravation by one grade, grade 6.");
    expect(s.message.fa).toContain('تشدید اختیاری یک درجه، ');
    expect(s.message.fa).toContain(`مجازات درجه ${fa(6)}.`);
    expect(d.status).toBe('lawful');
    expect(d.value.lawful).toBe(true);
    expect(d.summary).toEqual({ fa: `مجازات درجه ${fa(6)} قانونی است (محدوده: درجه ${fa(5)} تا ${fa(6)})`, en: 'Grade 6 is lawful (range: grade 5 to 6)' });
  });

  it('Art. 44: the optional aggravation for offences of one grade is unavailable (unmet) — unlawful, summary counts the defect', () => {
    const d = run({ offences: [{ id: 'art38-dh' }, { id: 'art38-a' }], priors: [], board: { aggravation: true } });
    const f = findingOf(d, 'discipline.board.aggravation.unavailable');
    expect(f.status).toBe('unmet');
    expect(d.status).toBe('unlawful');
    expect(d.value.lawful).toBe(false);
    expect(d.summary).toEqual({ fa: `انتخاب هیات قانونی نیست (${fa(1)} ایراد)`, en: "The board's choice is not lawful (1 defect)" });
  });

  it('Art. 32: mitigation by 2 on a named ground is lawful; the step records it and the grade', () => {
    const d = run({ offences: [{ id: 'art38-dh' }], priors: [], mitigatingGrounds: ['remorse'], board: { mitigation: 2, grade: 3 } });
    const f = findingOf(d, 'discipline.board.mitigation.lawful');
    expect(f.status).toBe('met');
    expect(f.citation).toEqual({ article: 32 });
    expect(f.message.en).toBe('Mitigation by 2 grades on a ground Art. 32 names is allowed.');
    const g = findingOf(d, 'discipline.board.grade.inRange');
    expect(g.status).toBe('met');
    expect(g.citation).toEqual({ article: 29 });
    expect(g.message.en).toBe('Grade 3 is within the lawful range (grade 3 to 5).');
    expect(g.message.fa).toContain(`(درجه ${fa(3)} تا ${fa(5)})`);
    expect(findings(d, 'discipline.board.grade.mismatch')).toHaveLength(0);
    expect(stepOf(d, 'discipline.step.board').message.en).toBe("The board's choice: mitigation by 2 grades, grade 3.");
    expect(d.status).toBe('lawful');
  });

  it('Art. 32: mitigation when the only ground is excluded by a prior — unlawful (unmet)', () => {
    const d = run({
      offences: [{ id: 'art38-dh', date: '1403/02/01' }],
      priors: [{ grade: 6, carriedOut: '1400/01/01' }],
      mitigatingGrounds: ['noDisciplinaryRecord'],
      board: { mitigation: 1 },
    });
    const f = findingOf(d, 'discipline.board.mitigation.unlawful');
    expect(f.status).toBe('unmet');
    expect(f.missing).toBeUndefined();
    expect(f.message.en).toContain('Mitigation by 1 grade without a ground');
    expect(d.status).toBe('unlawful');
  });

  it('Art. 32: mitigation when the ground depends on priors left out — unknown, missing priors; no grade follows', () => {
    const d = run({ offences: [{ id: 'art38-dh' }], mitigatingGrounds: ['noDisciplinaryRecord'], board: { mitigation: 1 } });
    const f = findingOf(d, 'discipline.board.mitigation.unknown');
    expect(f.status).toBe('unknown');
    expect(f.missing).toEqual(['priors']);
    expect(f.message.en).toBe('Whether mitigation by 1 grade is allowed is unknown until its ground is known.');
    expect(d.status).toBe('incomplete');
    expect(d.value.imposed).toBeNull();
    expect(steps(d, 'discipline.step.board')).toHaveLength(0);
  });

  it('Art. 29: a grade outside the range — outOfRange (unmet), with the bounds', () => {
    const d = run({ offences: [{ id: 'art38-dh' }], priors: [], board: { grade: 4 } });
    const f = findingOf(d, 'discipline.board.grade.outOfRange');
    expect(f.status).toBe('unmet');
    expect(f.message.en).toBe('Grade 4 is outside the lawful range (grade 5 to 5).');
    expect(stepOf(d, 'discipline.step.board').message.en).toBe("The board's choice: grade 4.");
    expect(d.status).toBe('unlawful');
  });

  it("Art. 29: a grade that does not follow from the board's own choices — mismatch (unmet), naming both grades", () => {
    const d = run({ offences: [{ id: 'art38-dh' }, { id: 'art36-a' }], priors: [], board: { aggravation: true, grade: 5 } });
    const f = findingOf(d, 'discipline.board.grade.mismatch');
    expect(f.status).toBe('unmet');
    expect(f.citation).toEqual({ article: 29 });
    expect(f.message.en).toBe("Grade 5 does not follow from the board's choices (which give grade 6).");
    expect(f.message.fa).toContain(`درجه ${fa(6)}`);
  });

  it('Art. 29: a grade when the repeat is unknown — grade.unknown lists the missing fact of Art. 43 (the prior\'s date); no mismatch is claimed', () => {
    const d = run({ offences: [{ id: 'art38-dh', date: '1403/02/01' }], priors: [{ grade: 2 }], board: { aggravation: false, grade: 4 } });
    const f = findingOf(d, 'discipline.board.grade.unknown');
    expect(f.status).toBe('unknown');
    expect(f.citation).toEqual({ article: 29 });
    expect(f.missing).toEqual(['priors[0].carriedOut']);
    expect(f.message.en).toBe('Whether grade 4 is lawful is unknown until the facts are complete.');
    expect(findings(d, 'discipline.board.grade.mismatch')).toHaveLength(0);
    expect(d.value.imposed).toBe(4);
    expect(d.status).toBe('incomplete');
    expect(d.value.lawful).toBeNull();
  });

  it('Art. 29: the board\'s choices with the repeat unknown and no grade — no grade is imposed, no board step, lawfulness unknown', () => {
    const d = run({ offences: [{ id: 'art38-dh' }], board: { aggravation: false } });
    expect(d.value.imposed).toBeNull();
    expect(steps(d, 'discipline.step.board')).toHaveLength(0);
    expect(d.value.lawful).toBeNull();
    expect(d.status).toBe('incomplete');
  });

  it('Art. 29: each kind of board choice alone (aggravation false, mitigation 0, a grade) is recorded in a board step', () => {
    const agg = run({ offences: [{ id: 'art38-dh' }], priors: [], board: { aggravation: false } });
    expect(agg.value.imposed).toBe(5);
    expect(stepOf(agg, 'discipline.step.board').message.en).toBe("The board's choice: grade 5.");
    expect(agg.status).toBe('lawful');
    expect(agg.value.lawful).toBe(true);
    const mit = run({ offences: [{ id: 'art38-dh' }], priors: [], board: { mitigation: 0 } });
    expect(mit.value.imposed).toBe(5);
    expect(steps(mit, 'discipline.step.board')).toHaveLength(1);
    expect(mit.status).toBe('lawful');
    const grade = run({ offences: [{ id: 'art38-dh' }], priors: [], board: { grade: 5 } });
    expect(stepOf(grade, 'discipline.step.board').citation).toEqual({ article: 29, grade: 5 });
    expect(grade.status).toBe('lawful');
  });

  it('An empty board object is no board choice: status computed, lawful null', () => {
    const d = run({ offences: [{ id: 'art38-dh' }], priors: [], board: {} });
    expect(d.status).toBe('computed');
    expect(d.value.lawful).toBeNull();
    expect(d.value.imposed).toBeNull();
    expect(steps(d, 'discipline.step.board')).toHaveLength(0);
  });

  it('Art. 29: a suspension length with no grade and no choices — unknown (missing board.grade), the decision incomplete, nothing imposed', () => {
    const d = run({ offences: [{ id: 'art39-p' }], priors: [], board: { suspensionMonths: 6 } });
    const f = findingOf(d, 'discipline.board.suspension.unknown');
    expect(f.status).toBe('unknown');
    expect(f.citation).toEqual({ article: 29 });
    expect(f.missing).toEqual(['board.grade']);
    expect(f.message.en).toBe('A suspension of 6 months cannot be checked until the grade is known.');
    expect(f.message.fa).toContain(`${fa(6)} ماه`);
    expect(d.value.imposed).toBeNull();
    expect(d.value.lawful).toBeNull();
    expect(d.status).toBe('incomplete');
    expect(steps(d, 'discipline.step.range')).toHaveLength(1);
    expect(d.value.penalty).not.toBeNull();
  });

  it('Art. 29: grade 6 is a suspension — a suspension length is checked against it, not refused as "not a suspension"', () => {
    const d = run({ offences: [{ id: 'art39-p' }], priors: [], board: { grade: 6, suspensionMonths: 12 } });
    expect(findings(d, 'discipline.board.suspension.notSuspension')).toHaveLength(0);
    const five = run({ offences: [{ id: 'art38-dh' }], priors: [], board: { grade: 5, suspensionMonths: 3 } });
    expect(findings(five, 'discipline.board.suspension.notSuspension')).toHaveLength(0);
  });

  it('Art. 29: grade 7 is not a suspension — notSuspension (unmet), cited with the grade, both numbers in the message', () => {
    const d = run({ offences: [{ id: 'art40-a' }], priors: [], board: { grade: 7, suspensionMonths: 6 } });
    const f = findingOf(d, 'discipline.board.suspension.notSuspension');
    expect(f.status).toBe('unmet');
    expect(f.citation).toEqual({ article: 29, grade: 7 });
    expect(f.message.en).toBe('Grade 7 is not a suspension; a suspension of 6 months does not fit it.');
    expect(f.message.fa).toContain(`درجه ${fa(7)}`);
    expect(d.status).toBe('unlawful');
  });
});
