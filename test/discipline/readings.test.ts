/**
 * The readings of issue 15 (items 4, 6–9): for each, the default and the option, named for
 * the article, and the decision saying which reading it applied (`data.reading`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OFFENCE_IDS, disciplinaryAppealDeadline, getOffence, sentence, suspendProsecution, type OffenceInput, type SentenceDecision } from '../../src/discipline/index.js';

const ASOF = '1404/06/01';
const ids = (...xs: string[]): OffenceInput[] => xs.map((id) => ({ id }) as OffenceInput);
const stepOf = (d: SentenceDecision, code: string) => d.steps.find((s) => s.code === code);
const findingOf = (d: SentenceDecision, code: string) => d.findings.find((f) => f.code === code);

describe('Art. 33 with Art. 32 (issue 15, item 4): the appeal follows the grade imposed, or says it depends on it', () => {
  // art38-dh is grade 5; remorse allows mitigation by 1 or 2: the range is 3–5.
  const base = { asOf: ASOF, offences: ids('art38-dh'), priors: [], mitigatingGrounds: ['remorse' as const] };

  it('Art. 33 «مگر در مجازات درجه چهار تا هفت»: range 3–5 with no grade chosen — no single answer; grade 3 final, 4 and 5 appealable', () => {
    const d = sentence(base);
    expect(d.value.range).toEqual({ min: 3, max: 5 });
    expect(d.value.appeal).toBeNull();
    expect(d.value.appealByGrade).toEqual([
      { grade: 3, appealable: false, appellants: [] },
      { grade: 4, appealable: true, appellants: ['convictedManager', 'headOfCenter'] },
      { grade: 5, appealable: true, appellants: ['convictedManager', 'headOfCenter'] },
    ]);
    const s = stepOf(d, 'discipline.step.appeal');
    expect(s).toMatchObject({ citation: { article: 33 }, data: { reading: 'imposed', grade: null, appealable: null, appealableGrades: [4, 5] } });
    expect(s?.message.en).toBe(
      'Appeal (Art. 33) depends on the grade the board chooses: grade 3 is final; grades 4 to 5 are appealable by the convicted manager or the head of the Center within twenty days of notification.',
    );
  });

  it('Art. 33: the board imposes grade 3 (mitigation by 2) — final; grade 4 (mitigation by 1) — appealable', () => {
    const three = sentence({ ...base, board: { mitigation: 2 } });
    expect(three.value.imposed).toBe(3);
    expect(three.value.appeal).toMatchObject({ grade: 3, appealable: false, appellants: [] });
    expect(stepOf(three, 'discipline.step.appeal')?.data).toEqual({ reading: 'imposed', grade: 3, appealable: false });
    const four = sentence({ ...base, board: { mitigation: 1 } });
    expect(four.value.appeal).toMatchObject({ grade: 4, appealable: true, appellants: ['convictedManager', 'headOfCenter'] });
  });

  it('Art. 33: a range that is appealable throughout (5–5) gives the answer without a grade chosen, grade null', () => {
    const d = sentence({ asOf: ASOF, offences: ids('art38-dh'), priors: [] });
    expect(d.value.appeal).toMatchObject({ grade: null, appealable: true });
    expect(stepOf(d, 'discipline.step.appeal')?.message.en).toContain('whatever grade the board chooses (grade 5 to 5)');
  });

  it('"mandatory" renamed: gradeBeforeChoices is the grade before the board\'s choices; `mandatory` stays as its deprecated alias', () => {
    const d = sentence(base);
    expect(d.value.gradeBeforeChoices).toBe(5);
    expect(d.value.mandatory).toBe(d.value.gradeBeforeChoices);
    expect(d.summary.en).toBe("Grade before the board's choices 5; lawful range: grade 3 to 5");
    expect(d.summary.fa).not.toContain('الزامی');
  });

  it('Art. 33 (property): with a grade imposed, the appeal is appealabilityOf(that grade); without, it is null exactly when the range straddles grade 4', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OFFENCE_IDS), fc.boolean(), fc.integer({ min: 0, max: 2 }), (id, ground, mitigation) => {
        const input = { asOf: ASOF, offences: [{ id }], priors: [], ...(ground ? { mitigatingGrounds: ['remorse' as const] } : {}) };
        const d = sentence(input);
        const range = d.value.range as { min: number; max: number };
        const straddles = range.min < 4 && range.max >= 4;
        expect(d.value.appeal === null).toBe(straddles);
        if (ground) {
          const chosen = sentence({ ...input, board: { mitigation } });
          expect(chosen.value.appeal?.appealable).toBe((chosen.value.imposed as number) >= 4);
        }
      }),
    );
  });
});

describe('Art. 44, literal reading (issue 15, item 6): flagged when the lighter offence lowers the grade', () => {
  it('Art. 44 «در غیر این صورت، به مجازات درجه بالاتر»: two grade 3 offences give 4 and an appeal; adding a grade 1 offence gives 3, final — and a cited finding says so', () => {
    const two = sentence({ asOf: ASOF, offences: ids('art36-a', 'art36-b'), priors: [] });
    expect(two.value.gradeBeforeChoices).toBe(4);
    expect(two.value.appeal?.appealable).toBe(true);
    expect(findingOf(two, 'discipline.art44.lighterLowers')).toBeUndefined();

    const three = sentence({ asOf: ASOF, offences: ids('art36-a', 'art36-b', 'art34-a'), priors: [] });
    expect(three.value.gradeBeforeChoices).toBe(3);
    expect(three.value.range).toEqual({ min: 3, max: 4 });
    const f = findingOf(three, 'discipline.art44.lighterLowers');
    expect(f).toMatchObject({ status: 'info', citation: { article: 44 }, data: { reading: 'literal', grade: 3, withoutLighter: 4 } });
    expect(f?.message.en).toContain('The literal reading of Art. 44 gives less than the same offences without the lighter one');
    expect(stepOf(three, 'discipline.step.multipleMixed')?.data).toMatchObject({ reading: 'literal' });
  });

  it('Art. 44, option highestGroup: the same three offences give 4, no flag, and the step says highestGroup', () => {
    const d = sentence({ asOf: ASOF, offences: ids('art36-a', 'art36-b', 'art34-a'), priors: [], options: { multipleOffences: 'highestGroup' } });
    expect(d.value.gradeBeforeChoices).toBe(4);
    expect(findingOf(d, 'discipline.art44.lighterLowers')).toBeUndefined();
    expect(stepOf(d, 'discipline.step.multipleHighestGroup')?.data).toMatchObject({ reading: 'highestGroup' });
  });

  it('Art. 44: no flag when only one offence has the highest grade, or when the highest is 7 (nothing to lose)', () => {
    expect(findingOf(sentence({ asOf: ASOF, offences: ids('art38-dh', 'art34-a'), priors: [] }), 'discipline.art44.lighterLowers')).toBeUndefined();
    expect(findingOf(sentence({ asOf: ASOF, offences: ids('art40-a', 'art40-b', 'art34-a'), priors: [] }), 'discipline.art44.lighterLowers')).toBeUndefined();
  });

  it('Art. 44 (property): the flag is raised exactly when the literal grade is below the grade of the same offences without the lighter ones', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...OFFENCE_IDS), { minLength: 2, maxLength: 5 }), (xs) => {
        const d = sentence({ asOf: ASOF, offences: ids(...xs), priors: [] });
        const top = Math.max(...xs.map((x) => getOffence(x).grade));
        const heaviest = xs.filter((x) => getOffence(x).grade === top);
        const without = sentence({ asOf: ASOF, offences: ids(...heaviest), priors: [] });
        const lower = (d.value.gradeBeforeChoices as number) < (without.value.gradeBeforeChoices as number);
        expect(findingOf(d, 'discipline.art44.lighterLowers') !== undefined).toBe(lower);
      }),
    );
  });
});

describe('Art. 43 with several offences (issue 15, item 7): the combined sentence (default) or the repeat offence itself (option)', () => {
  // Prior carried out on 1402/01/01; offences of 1401/01/01 (before it) and 1403/01/01 (within two years).
  const prior = [{ grade: 3, carriedOut: '1402/01/01' }];
  const offences: OffenceInput[] = [
    { id: 'art36-a', date: '1401/01/01' },
    { id: 'art36-b', date: '1403/01/01' },
  ];

  it('Art. 43 «مجدداً مرتکب تخلف شود», default combined: two grade 3 offences → 4 (Art. 44), the later one a repeat → 5 on the combined sentence', () => {
    const d = sentence({ asOf: ASOF, offences, priors: prior });
    expect(d.value.repeat).toBe(true);
    expect(d.value.gradeBeforeChoices).toBe(5);
    expect(stepOf(d, 'discipline.step.repeat')?.data).toEqual({ reading: 'combined' });
    const codes = d.steps.map((s) => s.code);
    expect(codes.indexOf('discipline.step.multipleSame')).toBeLessThan(codes.indexOf('discipline.step.repeat'));
  });

  it('Art. 43, option perOffence: only the later offence is aggravated (3 → 4) before Art. 44; mixed 4 and 3 → 4, the board may add 1', () => {
    const d = sentence({ asOf: ASOF, offences, priors: prior, options: { repeatScope: 'perOffence' } });
    expect(d.value.repeat).toBe(true);
    expect(d.value.gradeBeforeChoices).toBe(4);
    expect(d.value.range).toEqual({ min: 4, max: 5 });
    const s = stepOf(d, 'discipline.step.repeatPerOffence');
    expect(s).toMatchObject({ citation: { article: 43 }, data: { reading: 'perOffence', offences: ['art36-b'] } });
    expect(s?.message.en).toBe('Repeat (Art. 43, the repeat offence itself aggravated before Art. 44): art36-b from grade 3 to grade 4.');
    const codes = d.steps.map((x) => x.code);
    expect(codes.indexOf('discipline.step.repeatPerOffence')).toBeLessThan(codes.indexOf('discipline.step.multipleMixed'));
    expect(codes).not.toContain('discipline.step.repeat');
    expect(findingOf(d, 'discipline.repeat.applies')?.data).toMatchObject({ offenceIndex: 1, reading: 'perOffence' });
  });

  it('Art. 43: the two readings agree for one offence (the day it falls in the window and the day before it)', () => {
    for (const date of ['1403/01/01', '1401/12/29']) {
      const one = [{ id: 'art36-a', date }] as OffenceInput[];
      const a = sentence({ asOf: ASOF, offences: one, priors: prior });
      const b = sentence({ asOf: ASOF, offences: one, priors: prior, options: { repeatScope: 'perOffence' } });
      expect(b.value.gradeBeforeChoices).toBe(a.value.gradeBeforeChoices);
      expect(b.value.repeat).toBe(a.value.repeat);
    }
  });

  it('Art. 43, option perOffence: an undated offence with a prior leaves the grade unknown (incomplete, its date missing)', () => {
    const d = sentence({ asOf: ASOF, offences: [{ id: 'art36-a', date: '1403/01/01' }, { id: 'art36-b' }], priors: prior, options: { repeatScope: 'perOffence' } });
    expect(d.status).toBe('incomplete');
    expect(d.value.gradeBeforeChoices).toBeNull();
    expect(d.missing).toEqual(['offences[1].date']);
    // The default reading needs no more: one repeat offence is enough for the combined sentence.
    expect(sentence({ asOf: ASOF, offences: [{ id: 'art36-a', date: '1403/01/01' }, { id: 'art36-b' }], priors: prior }).status).toBe('computed');
  });

  it('Art. 43 (property): the per-offence reading is never harsher than the combined one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.constantFrom(...OFFENCE_IDS), day: fc.integer({ min: 0, max: 1000 }) }), { minLength: 1, maxLength: 4 }),
        (xs) => {
          const offs = xs.map(({ id, day }) => ({ id, date: new Date(Date.UTC(2021, 0, 1 + day)) })) as OffenceInput[];
          const a = sentence({ asOf: ASOF, offences: offs, priors: [{ grade: 2, carriedOut: '1400/12/01' }] });
          const b = sentence({ asOf: ASOF, offences: offs, priors: [{ grade: 2, carriedOut: '1400/12/01' }], options: { repeatScope: 'perOffence' } });
          expect(b.value.gradeBeforeChoices as number).toBeLessThanOrEqual(a.value.gradeBeforeChoices as number);
          expect(b.value.range?.max as number).toBeLessThanOrEqual(a.value.range?.max as number);
        },
      ),
    );
  });
});

describe('Art. 33 «درجه چهار تا هفت» (issue 15, item 8): the grade imposed (default) or the grade before the board\'s choices (option statutory)', () => {
  const base = { asOf: ASOF, offences: ids('art38-dh'), priors: [], mitigatingGrounds: ['remorse' as const], board: { mitigation: 2 } };

  it('Art. 33 default imposed: grade 5 mitigated to 3 — final', () => {
    const d = sentence(base);
    expect(d.value.appeal).toMatchObject({ grade: 3, appealable: false });
  });

  it('Art. 33 option statutory: the same ruling is read on grade 5 — appealable, and the step names the option', () => {
    const d = sentence({ ...base, options: { appealGrade: 'statutory' } });
    expect(d.value.imposed).toBe(3);
    expect(d.value.appeal).toMatchObject({ grade: 5, appealable: true, appellants: ['convictedManager', 'headOfCenter'] });
    const s = stepOf(d, 'discipline.step.appeal');
    expect(s?.data).toEqual({ reading: 'statutory', grade: 5, appealable: true });
    expect(s?.message.en).toContain("option appealGrade: 'statutory'");
  });

  it('Art. 33 option statutory: known without any board choice (grade 3 offence: final whatever is chosen)', () => {
    expect(sentence({ asOf: ASOF, offences: ids('art36-a'), priors: [], options: { appealGrade: 'statutory' } }).value.appeal).toMatchObject({ grade: 3, appealable: false });
  });
});

describe('Art. 31 «تخلفات مشمول مجازاتهای درجه یک تا چهار» (issue 15, item 9): each offence (default) or the grade after Arts. 44 and 43 (option)', () => {
  it('Art. 31 default eachOffence: two grade 4 offences — each qualifies, available; the finding says eachOffence', () => {
    const d = suspendProsecution({ offences: ids('art37-a', 'art37-b') });
    expect(d.status).toBe('available');
    expect(d.value.combinedGrade).toBeNull();
    expect(d.findings[0]?.data).toMatchObject({ reading: 'eachOffence', highestGrade: 4 });
  });

  it('Art. 31 option combined: the same two offences carry grade 5 together (Art. 44) — unavailable; one of them alone, grade 4 — available', () => {
    const d = suspendProsecution({ offences: ids('art37-a', 'art37-b'), priors: [], options: { suspensionGrade: 'combined' } });
    expect(d.status).toBe('unavailable');
    expect(d.value).toMatchObject({ available: false, combinedGrade: 5, highestGrade: 4 });
    expect(d.findings.find((f) => f.code === 'discipline.prosecutionSuspension.combinedUnavailable')).toMatchObject({ status: 'unmet', citation: { article: 31 }, data: { reading: 'combined', combinedGrade: 5 } });
    expect(d.steps.some((s) => s.citation.article === 44)).toBe(true);
    expect(suspendProsecution({ offences: ids('art37-a'), priors: [], options: { suspensionGrade: 'combined' } }).status).toBe('available');
  });

  it('Art. 31 option combined with Art. 43: a grade 4 offence a year after a prior was carried out is grade 5 — unavailable', () => {
    const d = suspendProsecution({ offences: [{ id: 'art37-a', date: '1403/02/01' }], decidedOn: '1403/06/01', priors: [{ grade: 2, carriedOut: '1402/06/01' }], options: { suspensionGrade: 'combined' } });
    expect(d.value.combinedGrade).toBe(5);
    expect(d.status).toBe('unavailable');
  });

  it('Art. 31 option combined: without priors the grade is unknown — incomplete, priors missing; the default needs none', () => {
    const d = suspendProsecution({ offences: ids('art37-a'), options: { suspensionGrade: 'combined' } });
    expect(d.status).toBe('incomplete');
    expect(d.value.available).toBeNull();
    expect(d.missing).toEqual(['priors']);
    expect(suspendProsecution({ offences: ids('art37-a') }).status).toBe('available');
  });

  it('Art. 31 (property): the combined reading is never more lenient than the default', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...OFFENCE_IDS), { minLength: 1, maxLength: 4 }), (xs) => {
        const each = suspendProsecution({ offences: ids(...xs) });
        const combined = suspendProsecution({ offences: ids(...xs), priors: [], options: { suspensionGrade: 'combined' } });
        if (combined.value.available === true) expect(each.value.available).toBe(true);
      }),
    );
  });
});

describe('Art. 45 «این رای ظرف بیست روز قابل اعتراض» (issue 15, item 12): the 20 days run from the notification (L34)', () => {
  it('Art. 45: a revocation notified on a day has the same last day as an Art. 33 ruling notified that day («از تاریخ ابلاغ»); notified a day later, never earlier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), (k) => {
        const day = new Date(Date.UTC(2023, 2, 21 + k)); // from 1402/01/01
        const next = new Date(Date.UTC(2023, 2, 22 + k));
        const revocation = disciplinaryAppealDeadline({ ruling: 'revocation', notifiedOn: day });
        const conviction = disciplinaryAppealDeadline({ ruling: 'conviction', grade: 5, notifiedOn: day });
        expect(revocation.value.lastDay).toBe(conviction.value.lastDay);
        expect(revocation.value.citation).toEqual({ article: 45 });
        const later = disciplinaryAppealDeadline({ ruling: 'revocation', notifiedOn: next });
        expect((later.value.lastDay as string) >= (revocation.value.lastDay as string)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('Art. 45: the notification day itself is not counted — its first step names it (Civil Procedure Code Art. 445)', () => {
    const d = disciplinaryAppealDeadline({ ruling: 'revocation', notifiedOn: '1403/02/01' });
    expect(d.steps[0]).toMatchObject({ code: 'dates.deadline.notificationDay', citation: { article: 45 } });
  });
});
