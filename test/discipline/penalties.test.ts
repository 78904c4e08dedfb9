import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import { checkSuspension, PENALTY_SCALE, penaltyOfGrade } from '../../src/discipline/index.js';

describe('Art. 29: the seven grades', () => {
  it('TSDoc example: penaltyOfGrade', () => {
    expect(penaltyOfGrade(4).kind).toBe('reprimandPublished');
    expect(penaltyOfGrade(6).suspensionMonths).toEqual({ min: 12, max: 36, minExclusive: true });
    expect(penaltyOfGrade(7).text).toBe('لغو دائم پروانه');
  });

  it('Art. 29: grades 1–7 in order, each cited to its grade, with the text as published', () => {
    expect(PENALTY_SCALE.map((p) => p.grade)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(PENALTY_SCALE.map((p) => p.text)).toEqual([
      'تذکر شفاهی',
      'اخطار کتبی',
      'توبیخ کتبی با درج در پرونده',
      'توبیخ با درج در پایگاه اطلاع رسانی مرکز',
      'تعلیق موقت به مدت سه ماه تا یک سال از مدیریت دفتر',
      'تعلیق موقت بیش از یک سال تا سه سال از مدیریت دفتر',
      'لغو دائم پروانه',
    ]);
    for (const p of PENALTY_SCALE) expect(p.citation).toEqual({ article: 29, grade: p.grade });
  });

  it('Art. 29: grade 5 is three months to one year, both included', () => {
    expect(penaltyOfGrade(5).suspensionMonths).toEqual({ min: 3, max: 12, minExclusive: false });
    expect(penaltyOfGrade(4).suspensionMonths).toBeUndefined();
  });

  it('a grade outside 1–7 or not an integer is an InputError naming `grade`', () => {
    for (const g of [0, 8, 2.5, Number.NaN, '3']) {
      try {
        penaltyOfGrade(g as number);
        expect.unreachable();
      } catch (e) {
        expect(isInputError(e)).toBe(true);
        expect((e as { issues: { field: string }[] }).issues[0]?.field).toBe('grade');
      }
    }
  });
});

describe('Art. 29: suspension lengths', () => {
  it('TSDoc example: checkSuspension', () => {
    expect(checkSuspension({ grade: 5, months: 3, start: '1403/01/15' }).value.end).toBe('1403/04/15');
    expect(checkSuspension({ grade: 6, months: 12 }).status).toBe('unlawful');
    expect(checkSuspension({ grade: 5, months: 3, start: '1403/06/31' }).value.end).toBe('1403/10/01');
  });

  it('Art. 29 grade 5 «سه ماه تا یک سال»: 2 months unlawful, 3 lawful; 12 lawful, 13 unlawful', () => {
    expect(checkSuspension({ grade: 5, months: 2 }).status).toBe('unlawful');
    expect(checkSuspension({ grade: 5, months: 3 }).status).toBe('lawful');
    expect(checkSuspension({ grade: 5, months: 12 }).status).toBe('lawful');
    expect(checkSuspension({ grade: 5, months: 13 }).status).toBe('unlawful');
  });

  it('Art. 29 grade 6 «بیش از یک سال تا سه سال»: 12 months unlawful, 13 lawful; 36 lawful, 37 unlawful', () => {
    expect(checkSuspension({ grade: 6, months: 12 }).status).toBe('unlawful');
    expect(checkSuspension({ grade: 6, months: 13 }).status).toBe('lawful');
    expect(checkSuspension({ grade: 6, months: 36 }).status).toBe('lawful');
    expect(checkSuspension({ grade: 6, months: 37 }).status).toBe('unlawful');
  });

  it('grade 5 and grade 6 never both accept a length (no overlap), and together cover 3–36 months (no gap)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (months) => {
        const five = checkSuspension({ grade: 5, months }).value.lawful;
        const six = checkSuspension({ grade: 6, months }).value.lawful;
        expect(five && six).toBe(false);
        expect(five || six).toBe(months >= 3 && months <= 36);
      }),
    );
  });

  it('D3: a suspension from Esfand 30 of a leap year ends on Farvardin 1 when the year after is common; clamp gives Esfand 29', () => {
    expect(checkSuspension({ grade: 5, months: 12, start: '1403/12/30' }).value.end).toBe('1405/01/01');
    expect(checkSuspension({ grade: 5, months: 12, start: '1403/12/30', options: { overflow: 'clamp' } }).value.end).toBe('1404/12/29');
  });

  it('the end date is a step cited to the grade; the finding names the range', () => {
    const d = checkSuspension({ grade: 6, months: 18, start: '1402/07/01' });
    expect(d.value).toMatchObject({ start: '1402/07/01', end: '1404/01/01', lawful: true });
    expect(d.steps[0]?.citation).toEqual({ article: 29, grade: 6 });
    expect(d.findings[0]?.message.en).toContain('more than one year up to three years');
    expect(d.asOf).toBe('1402/07/01');
  });

  it('a grade other than 5 or 6, or negative or fractional months, is an InputError', () => {
    expect(() => checkSuspension({ grade: 4 as 5, months: 3 })).toThrow(/grade/);
    expect(() => checkSuspension({ grade: 5, months: -1 })).toThrow(/months/);
    expect(() => checkSuspension({ grade: 5, months: 3.5 })).toThrow(/months/);
    expect(() => checkSuspension({ grade: 5, months: 3, start: '1403/13/01' })).toThrow(/start/);
  });
});
