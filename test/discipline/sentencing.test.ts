import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { isInputError } from '../../src/core/errors.js';
import { getOffence, MITIGATING_GROUNDS, OFFENCE_IDS, sentence, type MitigatingGround, type OffenceInput, type SentenceInput, type SentenceDecision } from '../../src/discipline/index.js';
import { art44 } from '../../src/discipline/sentencing.js';

const ASOF = '1406/06/01';
const range = (input: Omit<SentenceInput, 'asOf'>) => {
  const d = sentence({ asOf: ASOF, ...input });
  return { mandatory: d.value.mandatory, ...d.value.range };
};
const ids = (...xs: string[]): OffenceInput[] => xs.map((id) => ({ id }) as OffenceInput);

function inputErrorFields(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    if (isInputError(e)) return e.issues.map((i) => i.field);
    throw e;
  }
  throw new Error('no error');
}

describe('sentence: TSDoc examples', () => {
  it('TSDoc example: sentence', () => {
    const d = sentence({ asOf: '1403/05/01', offences: [{ id: 'art37-j' }, { id: 'art37-ch' }], priors: [] });
    expect(d.value.mandatory).toBe(5);
    expect(d.value.range).toEqual({ min: 5, max: 5 });
    expect(
      sentence({ asOf: '1403/05/01', offences: [{ id: 'art38-dh' }], priors: [], mitigatingGrounds: ['remorse'], board: { mitigation: 2, grade: 3 } }).status,
    ).toBe('lawful');
  });
});

describe('D10 (1): each offence its statutory grade', () => {
  it('Art. 38(ذ): one offence of grade 5, no priors, no ground: grade 5 and nothing else', () => {
    const d = sentence({ asOf: ASOF, offences: ids('art38-dh'), priors: [] });
    expect(d.status).toBe('computed');
    expect(d.value).toMatchObject({ mandatory: 5, range: { min: 5, max: 5 }, baseGrade: 5, optionalAggravation: false, repeat: false, imposed: null });
    expect(d.value.penalty?.kind).toBe('suspension');
    expect(d.steps[0]?.citation).toEqual({ article: 38, clause: 'ذ' });
  });

  it('Art. 41: the board\'s grade (2–4) is the offence\'s grade', () => {
    expect(range({ offences: [{ id: 'art41', grade: 3 }], priors: [] })).toEqual({ mandatory: 3, min: 3, max: 3 });
    const d = sentence({ asOf: ASOF, offences: [{ id: 'art41', grade: 2 }], priors: [] });
    expect(d.value.offences[0]).toMatchObject({ offenceId: 'art41', citation: { article: 41 }, grade: 2 });
  });

  it('D9 in sentencing: 12 days of absence is Art. 39(ب), grade 6; 1 day of closure is Art. 38(خ), grade 5', () => {
    const d = sentence({ asOf: ASOF, offences: [{ id: 'absence', days: 12 }], priors: [] });
    expect(d.value.offences[0]).toMatchObject({ ref: 'absence', offenceId: 'art39-b', citation: { article: 39, clause: 'ب' }, grade: 6 });
    expect(range({ offences: [{ id: 'closure', days: 1 }], priors: [] }).mandatory).toBe(5);
  });

  it('D9 option daysPerMonth reaches sentencing: 31 days is grade 6 with 31-day months', () => {
    expect(range({ offences: [{ id: 'absence', days: 31 }], priors: [] }).mandatory).toBe(7);
    expect(range({ offences: [{ id: 'absence', days: 31 }], priors: [], options: { daysPerMonth: 31 } }).mandatory).toBe(6);
  });

  it('Art. 29 note: every sentencing decision carries the manager\'s responsibility as info', () => {
    const f = sentence({ asOf: ASOF, offences: ids('art34-a'), priors: [] }).findings[0];
    expect(f).toMatchObject({ code: 'discipline.responsibility', status: 'info', citation: { article: 29, note: 1 } });
    expect(f?.message.fa).toBe('مسئولیت تخلفات انتظامی در دفاتر به عهده مدیر دفتر است.');
  });
});

describe('D10 (2): Art. 44, several offences', () => {
  it('Art. 44: two offences of grade 3 → grade 4, mandatory, no choice', () => {
    expect(range({ offences: ids('art36-a', 'art36-b'), priors: [] })).toEqual({ mandatory: 4, min: 4, max: 4 });
  });

  it('Art. 44: the same clause twice counts as two offences of one grade', () => {
    expect(range({ offences: ids('art34-a', 'art34-a'), priors: [] }).mandatory).toBe(2);
  });

  it('Art. 44: grades 5 and 3 → the higher, 5, and the board may add one: range 5–6', () => {
    const d = sentence({ asOf: ASOF, offences: ids('art38-a', 'art36-a'), priors: [] });
    expect(d.value).toMatchObject({ mandatory: 5, range: { min: 5, max: 6 }, optionalAggravation: true });
    expect(d.steps.find((s) => s.code === 'discipline.step.multipleMixed')?.citation).toEqual({ article: 44 });
  });

  it('Art. 44 as written (D10): two grade 4 offences → 5; two grade 4 and a grade 3 are mixed → 4, up to 5; option highestGroup → 5', () => {
    expect(range({ offences: ids('art37-a', 'art37-b'), priors: [] })).toEqual({ mandatory: 5, min: 5, max: 5 });
    expect(range({ offences: ids('art37-a', 'art37-b', 'art36-a'), priors: [] })).toEqual({ mandatory: 4, min: 4, max: 5 });
    expect(range({ offences: ids('art37-a', 'art37-b', 'art36-a'), priors: [], options: { multipleOffences: 'highestGroup' } })).toEqual({ mandatory: 5, min: 5, max: 5 });
  });

  it('Art. 29 bound: two offences of grade 7 stay grade 7 (no grade 8)', () => {
    const d = sentence({ asOf: ASOF, offences: ids('art40-a', 'art40-b'), priors: [] });
    expect(d.value.mandatory).toBe(7);
    expect(d.steps.find((s) => s.code === 'discipline.step.multipleSame')?.message.en).toContain('grade 7 is the highest grade');
  });

  it('Art. 44: grades 7 and 6 → 7, the optional aggravation cannot pass 7', () => {
    expect(range({ offences: ids('art40-a', 'art39-a'), priors: [] })).toEqual({ mandatory: 7, min: 7, max: 7 });
  });
});

describe('D10 (3): Art. 43, the repeat', () => {
  const prior = (grade: number, carriedOut: string) => ({ grade, carriedOut });
  const at = (date: string, priors: { grade: number; carriedOut?: string }[]) =>
    sentence({ asOf: ASOF, offences: [{ id: 'art36-a', date }], priors });

  it('Art. 43: a grade 4 conviction carried out 1401/03/10, new offence on 1403/03/10 (the second anniversary) → +1', () => {
    const d = at('1403/03/10', [prior(4, '1401/03/10')]);
    expect(d.value.repeat).toBe(true);
    expect(d.value.mandatory).toBe(4);
  });

  it('Art. 43: … and on 1403/03/11, a day after the two years, no repeat', () => {
    const d = at('1403/03/11', [prior(4, '1401/03/10')]);
    expect(d.value.repeat).toBe(false);
    expect(d.value.mandatory).toBe(3);
  });

  it('Art. 43 «پس از اجرای حکم»: an offence the day before the sentence was carried out is no repeat; on the day itself it is', () => {
    expect(at('1401/03/09', [prior(2, '1401/03/10')]).value.repeat).toBe(false);
    expect(at('1401/03/10', [prior(2, '1401/03/10')]).value.repeat).toBe(true);
  });

  it('Art. 43 «درجه یک تا چهار»: a prior of grade 5 never aggravates; grade 4 does', () => {
    expect(at('1402/01/01', [prior(5, '1401/06/01')]).value.repeat).toBe(false);
    expect(at('1402/01/01', [prior(4, '1401/06/01')]).value.repeat).toBe(true);
  });

  it('D3 in Art. 43: carried out on Esfand 30 1403 (leap), the window ends on 1406/01/01; clamp ends it on 1405/12/29', () => {
    expect(at('1406/01/01', [prior(1, '1403/12/30')]).value.repeat).toBe(true);
    const clamp = sentence({ asOf: '1406/02/01', offences: [{ id: 'art36-a', date: '1406/01/01' }], priors: [prior(1, '1403/12/30')], options: { overflow: 'clamp' } });
    expect(clamp.value.repeat).toBe(false);
  });

  it('Art. 43 after Art. 44: two grade 3 offences (→ 4) and a repeat → 5', () => {
    const d = sentence({ asOf: ASOF, offences: [{ id: 'art36-a', date: '1403/01/01' }, { id: 'art36-b', date: '1403/01/02' }], priors: [prior(3, '1402/01/01')] });
    expect(d.value.mandatory).toBe(5);
    const codes = d.steps.map((s) => s.code);
    expect(codes.indexOf('discipline.step.multipleSame')).toBeLessThan(codes.indexOf('discipline.step.repeat'));
  });

  it('Art. 43: one dated offence in the window is enough, whatever the others', () => {
    const d = sentence({ asOf: ASOF, offences: [{ id: 'art36-a', date: '1403/01/01' }, { id: 'art34-a' }], priors: [prior(3, '1402/01/01')] });
    expect(d.value.repeat).toBe(true);
    expect(d.missing).toEqual([]);
  });

  it('missing facts: priors left out → incomplete, mandatory unknown, `priors` missing', () => {
    const d = sentence({ asOf: ASOF, offences: ids('art36-a') });
    expect(d.status).toBe('incomplete');
    expect(d.value.mandatory).toBeNull();
    expect(d.value.range).toBeNull();
    expect(d.missing).toEqual(['priors']);
  });

  it('missing facts: a grade 1–4 prior without the date it was carried out → `priors[0].carriedOut` missing', () => {
    const d = sentence({ asOf: ASOF, offences: [{ id: 'art36-a', date: '1403/01/01' }], priors: [{ grade: 2 }] });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['priors[0].carriedOut']);
  });

  it('missing facts: a prior within reach but the offence undated → `offences[0].date` missing; a grade 6 prior needs no date', () => {
    expect(sentence({ asOf: ASOF, offences: ids('art36-a'), priors: [prior(2, '1403/01/01')] }).missing).toEqual(['offences[0].date']);
    const d = sentence({ asOf: ASOF, offences: ids('art36-a'), priors: [{ grade: 6 }] });
    expect(d.status).toBe('computed');
    expect(d.value.repeat).toBe(false);
  });
});

describe('D10 (4): Art. 32, mitigation', () => {
  it('Art. 32: with a named ground the board may lower by one or two grades', () => {
    expect(range({ offences: ids('art38-dh'), priors: [], mitigatingGrounds: ['prospectOfReform'] })).toEqual({ mandatory: 5, min: 3, max: 5 });
  });

  it('Art. 32: without a ground, no mitigation', () => {
    expect(range({ offences: ids('art38-dh'), priors: [], mitigatingGrounds: [] })).toEqual({ mandatory: 5, min: 5, max: 5 });
  });

  it('Art. 29 bound: a grade 2 offence mitigated by two stops at grade 1', () => {
    expect(range({ offences: ids('art35-a'), priors: [], mitigatingGrounds: ['remorse'] })).toEqual({ mandatory: 2, min: 1, max: 2 });
  });

  it('D10 (5) after every step: two grade 7 offences (7, not 8) mitigated by two → 5', () => {
    expect(range({ offences: ids('art40-a', 'art40-b'), priors: [], mitigatingGrounds: ['remorse'] })).toEqual({ mandatory: 7, min: 5, max: 7 });
  });

  it('Art. 32 «نداشتن سابقه محکومیت انتظامی» is not made out when a prior is given', () => {
    const d = sentence({ asOf: ASOF, offences: ids('art38-dh'), priors: [{ grade: 6 }], mitigatingGrounds: ['noDisciplinaryRecord'] });
    expect(d.value.mitigationAvailable).toBe(false);
    expect(d.value.range).toEqual({ min: 5, max: 5 });
    expect(d.findings.find((f) => f.code === 'discipline.mitigation.groundExcluded')?.status).toBe('unmet');
  });

  it('Art. 32 «نداشتن سابقه محکومیت انتظامی» with no priors is made out', () => {
    expect(range({ offences: ids('art38-dh'), priors: [], mitigatingGrounds: ['noDisciplinaryRecord'] }).min).toBe(3);
  });

  it('every ground is named by its Persian words in the finding', () => {
    const d = sentence({ asOf: ASOF, offences: ids('art38-dh'), priors: [], mitigatingGrounds: [...MITIGATING_GROUNDS] });
    const texts = d.findings.filter((f) => f.code === 'discipline.mitigation.ground').map((f) => f.message.fa);
    expect(texts).toHaveLength(8);
    expect(texts.join(' ')).toContain('جبران خسارت شاکی');
    expect(texts.join(' ')).toContain('مدت فعالیت دفتر');
  });
});

describe("D10: the board's actual choices", () => {
  const base: { asOf: string; priors: { grade: number; carriedOut?: string }[] } = { asOf: ASOF, priors: [] };

  it('Art. 44: the optional aggravation with one offence is unlawful', () => {
    const d = sentence({ ...base, offences: ids('art36-a'), board: { aggravation: true } });
    expect(d.status).toBe('unlawful');
    expect(d.value.lawful).toBe(false);
    expect(d.findings.find((f) => f.code === 'discipline.board.aggravation.unavailable')?.citation).toEqual({ article: 44 });
  });

  it('Art. 44: the optional aggravation with mixed grades is lawful and gives the higher + 1', () => {
    const d = sentence({ ...base, offences: ids('art38-a', 'art36-a'), board: { aggravation: true } });
    expect(d.status).toBe('lawful');
    expect(d.value.imposed).toBe(6);
    expect(d.value.penalty?.kind).toBe('longSuspension');
  });

  it('Art. 32: mitigation on a ground that is not made out is unlawful', () => {
    const d = sentence({ ...base, offences: ids('art38-dh'), priors: [{ grade: 6 }], mitigatingGrounds: ['noDisciplinaryRecord'], board: { mitigation: 1 } });
    expect(d.status).toBe('unlawful');
    expect(d.findings.some((f) => f.code === 'discipline.board.mitigation.unlawful' && f.status === 'unmet')).toBe(true);
  });

  it('a grade below the range is unlawful; the lowest lawful grade is lawful', () => {
    const input = { ...base, offences: ids('art38-dh'), mitigatingGrounds: ['remorse'] as MitigatingGround[] };
    expect(sentence({ ...input, board: { grade: 2 } }).status).toBe('unlawful');
    expect(sentence({ ...input, board: { grade: 3 } }).status).toBe('lawful');
  });

  it('a grade that does not follow from the stated choices is unlawful', () => {
    const d = sentence({ ...base, offences: ids('art38-dh'), mitigatingGrounds: ['remorse'], board: { mitigation: 1, grade: 3 } });
    expect(d.status).toBe('unlawful');
    expect(d.findings.find((f) => f.code === 'discipline.board.grade.mismatch')?.message.en).toContain('give grade 4');
  });

  it('Art. 29: a grade 5 suspension of 3 months is lawful, of 2 months is not', () => {
    expect(sentence({ ...base, offences: ids('art38-dh'), board: { grade: 5, suspensionMonths: 3 } }).status).toBe('lawful');
    expect(sentence({ ...base, offences: ids('art38-dh'), board: { grade: 5, suspensionMonths: 2 } }).status).toBe('unlawful');
  });

  it('Art. 29: a suspension length with a grade that is not a suspension is unlawful', () => {
    const d = sentence({ ...base, offences: ids('art37-a'), board: { grade: 4, suspensionMonths: 6 } });
    expect(d.status).toBe('unlawful');
    expect(d.findings.at(-1)?.code).toBe('discipline.board.suspension.notSuspension');
  });

  it('choices with unknown facts are incomplete, not lawful', () => {
    const d = sentence({ asOf: ASOF, offences: ids('art38-dh'), board: { grade: 5 } });
    expect(d.status).toBe('incomplete');
    expect(d.value.lawful).toBeNull();
  });

  it('Art. 33: the appeal follows the grade imposed (else the mandatory grade)', () => {
    expect(sentence({ ...base, offences: ids('art37-a') }).value.appeal?.appealable).toBe(true);
    expect(sentence({ ...base, offences: ids('art36-a') }).value.appeal?.appealable).toBe(false);
    const d = sentence({ ...base, offences: ids('art37-a'), mitigatingGrounds: ['remorse'], board: { mitigation: 1 } });
    expect(d.value.imposed).toBe(3);
    expect(d.value.appeal?.appealable).toBe(false);
  });
});

describe('sentence: bad input is a typed error naming the field', () => {
  it('an unknown offence id', () => {
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: [{ id: 'art37-dh' as 'art37-d' }], priors: [] }))).toEqual(['offences[0].id']);
  });
  it('Art. 41 with a grade outside 2–4, or none', () => {
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: [{ id: 'art41', grade: 5 }], priors: [] }))).toEqual(['offences[0].grade']);
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: [{ id: 'art41', grade: 1 }], priors: [] }))).toEqual(['offences[0].grade']);
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: [{ id: 'art41' }], priors: [] }))).toEqual(['offences[0].grade']);
  });
  it('a grade given for an offence whose grade the law fixes', () => {
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: [{ id: 'art36-a', grade: 2 }], priors: [] }))).toEqual(['offences[0].grade']);
  });
  it('mitigation without a named ground', () => {
    const e = inputErrorFields(() => sentence({ asOf: ASOF, offences: ids('art38-dh'), priors: [], board: { mitigation: 1 } }));
    expect(e).toEqual(['board.mitigation']);
  });
  it('an offence dated after asOf; a prior carried out after asOf', () => {
    expect(inputErrorFields(() => sentence({ asOf: '1403/01/01', offences: [{ id: 'art36-a', date: '1403/01/02' }], priors: [] }))).toEqual(['offences[0].date']);
    expect(inputErrorFields(() => sentence({ asOf: '1403/01/01', offences: ids('art36-a'), priors: [{ grade: 2, carriedOut: '1403/01/02' }] }))).toEqual(['priors[0].carriedOut']);
  });
  it('a prior carried out after the new offence is fine (just no repeat)', () => {
    const d = sentence({ asOf: ASOF, offences: [{ id: 'art36-a', date: '1402/01/01' }], priors: [{ grade: 2, carriedOut: '1403/01/01' }] });
    expect(d.value.repeat).toBe(false);
  });
  it('negative or zero day counts; days on a catalogue offence', () => {
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: [{ id: 'absence', days: -2 }], priors: [] }))).toEqual(['offences[0].days']);
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: [{ id: 'closure', days: 0 }], priors: [] }))).toEqual(['offences[0].days']);
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: [{ id: 'absence' }], priors: [] }))).toEqual(['offences[0].days']);
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: [{ id: 'art37-j', days: 2 }], priors: [] }))).toEqual(['offences[0].days']);
  });
  it('no offence at all; an unknown ground; a prior grade 8', () => {
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: [], priors: [] }))).toEqual(['offences']);
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: ids('art36-a'), priors: [], mitigatingGrounds: ['youth' as 'remorse'] }))).toEqual(['mitigatingGrounds[0]']);
    expect(inputErrorFields(() => sentence({ asOf: ASOF, offences: ids('art36-a'), priors: [{ grade: 8 }] }))).toEqual(['priors[0].grade']);
  });
});

// ---------------------------------------------------------------------------
// Properties

const FIRST = toDayNumber(1400, 1, 1);
const LAST = toDayNumber(1404, 12, 29);
const dateArb = fc.integer({ min: FIRST, max: LAST }).map(formatDayNumber);

const offenceArb: fc.Arbitrary<OffenceInput> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ id: fc.constantFrom(...OFFENCE_IDS), date: dateArb }) },
  { weight: 1, arbitrary: fc.record({ id: fc.constant('art41' as const), grade: fc.integer({ min: 2, max: 4 }), date: dateArb }) },
  { weight: 1, arbitrary: fc.record({ id: fc.constantFrom('absence' as const, 'closure' as const), days: fc.integer({ min: 1, max: 40 }), date: dateArb }) },
);
const priorArb = fc.record({ grade: fc.integer({ min: 1, max: 7 }), carriedOut: dateArb });
const groundsArb = fc.subarray([...MITIGATING_GROUNDS]);
const caseArb = fc.record({
  offences: fc.array(offenceArb, { minLength: 1, maxLength: 5 }),
  priors: fc.array(priorArb, { maxLength: 3 }),
  mitigatingGrounds: groundsArb,
});

type Case = { offences: OffenceInput[]; priors: { grade: number; carriedOut: string }[]; mitigatingGrounds: MitigatingGround[] };

function known(c: Case) {
  const d = sentence({ asOf: ASOF, ...c });
  expect(d.status).toBe('computed');
  return { mandatory: d.value.mandatory as number, min: d.value.range?.min as number, max: d.value.range?.max as number };
}

function notLower(a: ReturnType<typeof known>, b: ReturnType<typeof known>): void {
  expect(b.mandatory).toBeGreaterThanOrEqual(a.mandatory);
  expect(b.min).toBeGreaterThanOrEqual(a.min);
  expect(b.max).toBeGreaterThanOrEqual(a.max);
}

describe('D10 properties', () => {
  it('grades stay in 1–7 and the mandatory grade lies in the range', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = known(c);
        expect(r.min).toBeGreaterThanOrEqual(1);
        expect(r.max).toBeLessThanOrEqual(7);
        expect(r.min).toBeLessThanOrEqual(r.mandatory);
        expect(r.mandatory).toBeLessThanOrEqual(r.max);
      }),
    );
  });

  it('Art. 44: adding an offence never lowers the maximum of the range', () => {
    fc.assert(
      fc.property(caseArb, offenceArb, (c, extra) => {
        expect(known({ ...c, offences: [...c.offences, extra] }).max).toBeGreaterThanOrEqual(known(c).max);
      }),
    );
  });

  it('Art. 44: adding an offence never lowers the mandatory grade or the minimum, except where the text itself does (a lower offence added to offences all of one grade)', () => {
    fc.assert(
      fc.property(caseArb, offenceArb, (c, extra) => {
        const before = sentence({ asOf: ASOF, ...c });
        const grades = before.steps.filter((s) => s.code === 'discipline.step.multipleSame');
        const allOfOneGrade = c.offences.length >= 2 && grades.length > 0;
        const after = known({ ...c, offences: [...c.offences, extra] });
        const extraGrade = sentence({ asOf: ASOF, offences: [extra], priors: [] }).value.mandatory as number;
        const ofOneGrade = (before.value as { mandatory: number }).mandatory;
        fc.pre(!(allOfOneGrade && extraGrade < ofOneGrade));
        notLower(known(c), after);
      }),
    );
  });

  it('Art. 44 with option highestGroup: adding an offence never lowers the mandatory grade, the minimum or the maximum', () => {
    const hg = { multipleOffences: 'highestGroup' as const };
    fc.assert(
      fc.property(caseArb, offenceArb, (c, extra) => {
        const a = sentence({ asOf: ASOF, ...c, options: hg }).value;
        const b = sentence({ asOf: ASOF, ...c, offences: [...c.offences, extra], options: hg }).value;
        expect(b.mandatory as number).toBeGreaterThanOrEqual(a.mandatory as number);
        expect(b.range?.min as number).toBeGreaterThanOrEqual(a.range?.min as number);
        expect(b.range?.max as number).toBeGreaterThanOrEqual(a.range?.max as number);
      }),
    );
  });

  it('Art. 43: adding a prior conviction never lowers any of them', () => {
    fc.assert(fc.property(caseArb, priorArb, (c, extra) => notLower(known(c), known({ ...c, priors: [...c.priors, extra] }))));
  });

  it('Art. 32: removing a mitigating ground never lowers any of them', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, k) => {
        fc.pre(c.mitigatingGrounds.length > 0);
        const i = k % c.mitigatingGrounds.length;
        const fewer = c.mitigatingGrounds.filter((_, j) => j !== i);
        notLower(known(c), known({ ...c, mitigatingGrounds: fewer }));
      }),
    );
  });

  it('the order of the offences (and of the priors) does not matter', () => {
    fc.assert(
      fc.property(caseArb, fc.infiniteStream(fc.nat()), (c, rnd) => {
        const shuffle = <T>(xs: readonly T[]): T[] => {
          const out = [...xs];
          const it = rnd[Symbol.iterator]();
          for (let i = out.length - 1; i > 0; i--) {
            const j = (it.next().value as number) % (i + 1);
            [out[i], out[j]] = [out[j] as T, out[i] as T];
          }
          return out;
        };
        expect(known({ ...c, offences: shuffle(c.offences), priors: shuffle(c.priors) })).toEqual(known(c));
      }),
    );
  });

  /**
   * A simpler model: the statutory grades by plain thresholds, every lawful choice of the
   * board enumerated (optional aggravation where Art. 44 allows it, mitigation 0–2 where a
   * ground is made out), each choice's grade clamped step by step. Its set of grades must
   * be exactly the computed range, and the board's choices the decision accepts must be
   * exactly the lawful ones.
   */
  function model(c: Case): { mandatory: number; grades: Set<number>; lawful: { aggravation: boolean; mitigation: number }[] } {
    const g = c.offences.map((o) => {
      if (o.id === 'art41') return o.grade as number;
      if (o.id === 'absence') return (o.days as number) <= 3 ? 4 : (o.days as number) <= 10 ? 5 : (o.days as number) <= 30 ? 6 : 7;
      if (o.id === 'closure') return (o.days as number) <= 1 ? 5 : (o.days as number) <= 3 ? 6 : 7;
      return Number(o.id.slice(3, 5)) - 33;
    });
    const top = Math.max(...g);
    const atTop = g.filter((x) => x === top).length;
    const several = g.length > 1;
    const allOfOneGrade = several && atTop === g.length;
    const mandatory44 = allOfOneGrade ? top + 1 : top; // Art. 44 as written (D10)
    const mayAggravate = several && !allOfOneGrade;
    const day = (s: string) => {
      const [y, m, d] = s.split('/').map(Number) as [number, number, number];
      return toDayNumber(y, m, d);
    };
    const repeat = c.priors.some(
      (p) => p.grade <= 4 && c.offences.some((o) => day(o.date as string) >= day(p.carriedOut) && day(o.date as string) <= addYears(day(p.carriedOut), 2)),
    );
    const hasGround = c.mitigatingGrounds.some((x) => x !== 'noDisciplinaryRecord' || c.priors.length === 0);
    const cl = (x: number) => Math.min(7, Math.max(1, x));
    const gradeFor = (aggravation: boolean, mitigation: number) => cl(cl(cl(mandatory44 + (aggravation ? 1 : 0)) + (repeat ? 1 : 0)) - mitigation);
    const lawful: { aggravation: boolean; mitigation: number }[] = [];
    for (const aggravation of mayAggravate ? [false, true] : [false]) {
      for (const mitigation of hasGround ? [0, 1, 2] : [0]) lawful.push({ aggravation, mitigation });
    }
    return { mandatory: gradeFor(false, 0), grades: new Set(lawful.map((x) => gradeFor(x.aggravation, x.mitigation))), lawful };
  }

  it('a model enumerating every lawful board choice agrees with the computed range', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const m = model(c);
        const r = known(c);
        expect(r.mandatory).toBe(m.mandatory);
        expect(r.min).toBe(Math.min(...m.grades));
        expect(r.max).toBe(Math.max(...m.grades));
        // Every grade between min and max is reachable by some lawful choice.
        for (let g = r.min; g <= r.max; g++) expect(m.grades.has(g)).toBe(true);
      }),
    );
  });

  it("the board's choices the decision accepts are exactly the model's lawful ones", () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), fc.integer({ min: 0, max: 2 }), (c, aggravation, mitigation) => {
        fc.pre(mitigation === 0 || c.mitigatingGrounds.length > 0);
        const m = model(c);
        const d = sentence({ asOf: ASOF, ...c, board: { aggravation, mitigation } });
        const lawful = m.lawful.some((x) => x.aggravation === aggravation && x.mitigation === mitigation);
        expect(d.status).toBe(lawful ? 'lawful' : 'unlawful');
      }),
    );
  });

  it('a grade the board imposes is accepted exactly when it lies in the range', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 1, max: 7 }), (c, grade) => {
        const r = known(c);
        const d = sentence({ asOf: ASOF, ...c, board: { grade } });
        expect(d.status).toBe(grade >= r.min && grade <= r.max ? 'lawful' : 'unlawful');
      }),
    );
  });

  it('every step and finding is cited and speaks both languages; the decision is plain JSON', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const d = sentence({ asOf: ASOF, ...c });
        for (const x of [...d.steps, ...d.findings]) {
          expect(x.citation.article).toBeGreaterThanOrEqual(29);
          expect(x.message.fa.length).toBeGreaterThan(0);
          expect(x.message.en.length).toBeGreaterThan(0);
          expect(x.message.fa).not.toMatch(/[0-9]/);
        }
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
      }),
      { numRuns: 50 },
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const copy = structuredClone(c);
        sentence({ asOf: ASOF, ...c, board: { grade: 3 } });
        expect(c).toEqual(copy);
      }),
      { numRuns: 30 },
    );
  });
});

it('getOffence agrees with the grades the sentencing steps report', () => {
  for (const id of OFFENCE_IDS) {
    const d = sentence({ asOf: ASOF, offences: [{ id }], priors: [] });
    expect(d.value.offences[0]?.grade).toBe(getOffence(id).grade);
  }
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Tests written to kill Stryker survivors in src/discipline/sentencing.ts (issue 7, item 5).
// They pin the sentencing ledger (SPEC D10): each step's code, citation, `data` and the key
// numbers of its message in both languages; the findings of Arts. 43 and 32; the checks of
// the board's actual choices; the summary of each status.
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

describe('Art. 44: the outcome on the statutory grades — pinned', () => {
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

describe('D10 ledger: step 1, each offence\'s grade', () => {
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

describe('D10 ledger: step 2, Art. 44 — pinned', () => {
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

describe('D10 ledger: step 3, Art. 43 (the repeat) — pinned', () => {
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

  it('Art. 43: two grade 1–4 priors without their carrying-out days — the summary lists both missing facts, separated by commas (the Persian «،» in Persian)', () => {
    const d = run({ offences: [{ id: 'art38-dh', date: '1403/02/01' }], priors: [{ grade: 2 }, { grade: 3 }] });
    expect(findingOf(d, 'discipline.repeat.unknown').missing).toEqual(['priors[0].carriedOut', 'priors[1].carriedOut']);
    expect(d.summary).toEqual({
      fa: `اطلاعات برای تعیین مجازات کامل نیست: priors[0].carriedOut، priors[1].carriedOut`,
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

describe('D10 ledger: step 4, Art. 32 (mitigation) — pinned', () => {
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

describe('D10 ledger: step 5, the range (Art. 29) — pinned', () => {
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

describe("Art. 29 with Arts. 32, 44: checking the board's actual choices", () => {
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

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Tests written against a Stryker survivor in src/discipline/sentencing.ts after its
// equivalent mutants were removed (issue 7): Art. 44 under the `highestGroup` reading
// (SPEC D10), where + 1 reaches grade 7 without passing it.
describe('Art. 44: the highestGroup step at grade 6 — pinned', () => {
  it('Art. 44, reading highestGroup, with Art. 29: two of grade 6 beside a 5 — + 1 gives 7, which is not capped (no "highest grade" note)', () => {
    const d = sentence({ asOf: '1403/05/01', offences: [{ id: 'art39-t' }, { id: 'art39-j' }, { id: 'art38-dh' }], priors: [], options: { multipleOffences: 'highestGroup' } });
    const s = d.steps.find((x) => x.code === 'discipline.step.multipleHighestGroup');
    expect(s?.data).toEqual({ base: 7, reading: 'highestGroup' });
    expect(s?.message.en).toBe('3 offences of different grades, 2 of them of the highest grade (6): offences of one grade aggravate the penalty by one grade (mandatory): grade 7; no optional aggravation beyond it.');
    expect(s?.message.fa).not.toContain('درجه هفت بالاترین درجه است');
    expect(d.value.mandatory).toBe(7);
  });
});
