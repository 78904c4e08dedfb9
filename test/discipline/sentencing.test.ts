import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { isInputError } from '../../src/core/errors.js';
import {
  getOffence,
  MITIGATING_GROUNDS,
  OFFENCE_IDS,
  sentence,
  type MitigatingGround,
  type OffenceInput,
  type SentenceInput,
} from '../../src/discipline/index.js';

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
