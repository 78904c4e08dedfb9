/**
 * Tests written against Stryker survivors in src/discipline/schemas.ts (issue 7): the input
 * checks that are not plain types — Art. 41's grade, the day count of absence and closure
 * (SPEC D9), the order of dates (nothing after the ruling, the order or asOf; no act of
 * prosecution before the offence), Art. 32's ground for mitigation. Each refused input is
 * pinned by its field, its code and what was expected, in both languages.
 */
import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../../src/core/errors.js';
import { disciplinaryAppealDeadline, prosecutionBars, sentence, suspendProsecution } from '../../src/discipline/index.js';
import { OffenceInputSchema, PenaltyGradeSchema } from '../../src/discipline/schemas.js';
import { parseInput } from '../../src/core/errors.js';
import { thrown } from '../support/input-error.js';

/** The issues of the InputError `f` throws (fails when it does not throw one). */
const issues = (f: () => unknown): readonly InputIssue[] => thrown(f).issues;

const fields = (f: () => unknown) => issues(f).map((i) => `${i.field}:${i.code}`);

describe('Arts. 34–41: one offence judged', () => {
  it('Art. 41 «درجه دو تا چهار»: art41 needs the board\'s grade 2–4; 1, 5 and none are refused naming offences[0].grade', () => {
    for (const grade of [undefined, 1, 5]) {
      const [i] = issues(() => sentence({ asOf: '1403/01/01', offences: [grade === undefined ? { id: 'art41' } : { id: 'art41', grade }] }));
      expect(i).toMatchObject({ field: 'offences[0].grade', code: 'custom' });
      expect(i!.expected).toEqual({ en: "an integer from 2 to 4 (Art. 41: the board's grade)", fa: 'عدد صحیحی از ۲ تا ۴ (ماده ۴۱: درجه انتخابی هیات)' });
    }
    for (const grade of [2, 4]) expect(sentence({ asOf: '1403/01/01', offences: [{ id: 'art41', grade }] }).value).toBeDefined();
  });

  it('Arts. 34–40: the law fixes a catalogue offence\'s grade, so a grade given is refused; days are refused too', () => {
    const list = issues(() => sentence({ asOf: '1403/01/01', offences: [{ id: 'art38-dh', grade: 3, days: 2 }] }));
    expect(list.map((i) => i.field)).toEqual(['offences[0].grade', 'offences[0].days']);
    expect(list[0]!.expected.en).toBe('no grade: the law fixes the grade of this offence (only art41 takes one)');
    expect(list[0]!.expected.fa).toBe('بدون درجه: درجه این تخلف را قانون تعیین کرده است (فقط art41 درجه می‌گیرد)');
    expect(list[1]!.expected).toEqual({ en: 'no days: only "absence" and "closure" take a number of days', fa: 'بدون تعداد روز: فقط "absence" و "closure" تعداد روز می‌گیرند' });
  });

  it('D9: absence and closure need a number of days above 0 (left out or 0 refused; 0.5 accepted)', () => {
    for (const id of ['absence', 'closure'] as const) {
      for (const days of [undefined, 0]) {
        const [i] = issues(() => sentence({ asOf: '1403/01/01', offences: [days === undefined ? { id } : { id, days }] }));
        expect(i).toMatchObject({ field: 'offences[0].days', code: 'custom' });
        expect(i!.expected).toEqual({ en: 'a number of days greater than 0 (zero days is no offence)', fa: 'تعداد روزی بیش از صفر (صفر روز تخلف نیست)' });
      }
      expect(parseInput(OffenceInputSchema, { id, days: 0.5 })).toEqual({ id, days: 0.5 });
    }
    expect(fields(() => sentence({ asOf: '1403/01/01', offences: [{ id: 'absence', days: -1 }] }))).toEqual(['offences[0].days:too_small']);
  });

  it('offence ids: a catalogue id, art41, absence and closure are accepted; anything else names offences[0].id', () => {
    expect(parseInput(OffenceInputSchema, { id: 'art40-ch' })).toEqual({ id: 'art40-ch' });
    expect(parseInput(OffenceInputSchema, { id: 'art41', grade: 3 })).toEqual({ id: 'art41', grade: 3 });
    expect(parseInput(OffenceInputSchema, { id: 'closure', days: 2 })).toEqual({ id: 'closure', days: 2 });
    const [i] = issues(() => suspendProsecution({ offences: [{ id: 'art37-dh' as 'art37-z' }] }));
    expect(i).toMatchObject({ field: 'offences[0].id', code: 'unknown_offence' });
    expect(i!.expected.en).toBe('an offence id of Arts. 34–40 (e.g. "art38-dh"), "art41", "absence" or "closure"');
  });

  it('Art. 29: a penalty grade is an integer 1–7, passed through unchanged', () => {
    for (let g = 1; g <= 7; g++) expect(parseInput(PenaltyGradeSchema, g)).toBe(g);
    expect(() => parseInput(PenaltyGradeSchema, 8)).toThrow();
  });
});

describe('Arts. 32, 43, 44: the input of sentence', () => {
  it('nothing after the ruling: an offence or a prior carried out after asOf is refused (date_order); on asOf itself accepted', () => {
    const list = issues(() => sentence({ asOf: '1403/01/01', offences: [{ id: 'art38-dh', date: '1403/01/02' }], priors: [{ grade: 2, carriedOut: '1403/01/02' }] }));
    expect(list.map((i) => `${i.field}:${i.code}`)).toEqual(['offences[0].date:date_order', 'priors[0].carriedOut:date_order']);
    expect(list[0]!.expected).toEqual({ en: 'a date on or before asOf (1403/01/01)', fa: 'تاریخی نه دیرتر از asOf (۱۴۰۳/۰۱/۰۱)' });
    expect(list[1]!.received).toBe('"1403/01/02"');
    expect(sentence({ asOf: '1403/01/01', offences: [{ id: 'art38-dh', date: '1403/01/01' }], priors: [{ grade: 2, carriedOut: '1403/01/01' }] }).value).toBeDefined();
    expect(fields(() => sentence({ asOf: '1403/01/01', offences: [{ id: 'art38-dh' }, { id: 'art38-a', date: '1403/01/05' }] }))).toEqual(['offences[1].date:date_order']);
  });

  it('Art. 32: mitigation above 0 needs a named ground — refused with none or [], with the reason; accepted with one; 0 needs none', () => {
    for (const mitigatingGrounds of [undefined, []]) {
      const [i] = issues(() => sentence({ asOf: '1403/01/01', offences: [{ id: 'art38-dh' }], priors: [], ...(mitigatingGrounds ? { mitigatingGrounds } : {}), board: { mitigation: 1 } }));
      expect(i).toMatchObject({ field: 'board.mitigation', code: 'mitigation_without_ground' });
      expect(i!.expected).toEqual({ en: '0, or a mitigatingGrounds list naming a ground of Art. 32', fa: 'صفر، یا فهرست mitigatingGrounds با جهتی از جهات ماده ۳۲' });
      expect(i!.message.en).toBe('board.mitigation: expected 0, or a mitigatingGrounds list naming a ground of Art. 32, received 1 (Art. 32 allows mitigation only on a ground it names)');
      expect(i!.message.fa).toContain('(ماده ۳۲ تخفیف را فقط با جهات مذکور در آن اجازه می‌دهد)');
    }
    expect(sentence({ asOf: '1403/01/01', offences: [{ id: 'art38-dh' }], priors: [], mitigatingGrounds: ['remorse'], board: { mitigation: 1 } }).value).toBeDefined();
    expect(sentence({ asOf: '1403/01/01', offences: [{ id: 'art38-dh' }], priors: [], board: { mitigation: 0 } }).value).toBeDefined();
  });

  it('an issue without a detail has no bracketed reason in its message', () => {
    const [i] = issues(() => sentence({ asOf: '1403/01/01', offences: [{ id: 'art41' }] }));
    expect(i!.message.en).toBe("offences[0].grade: expected an integer from 2 to 4 (Art. 41: the board's grade), received undefined");
  });
});

describe('Art. 31: the input of suspendProsecution', () => {
  it('Art. 31: an offence dated after the order is refused (date_order, naming decidedOn); on the order day accepted; no order date, no check', () => {
    const [i] = issues(() => suspendProsecution({ offences: [{ id: 'art34-a' }, { id: 'art34-b', date: '1403/01/11' }], decidedOn: '1403/01/10' }));
    expect(i).toMatchObject({ field: 'offences[1].date', code: 'date_order', received: '"1403/01/11"' });
    expect(i!.expected).toEqual({ en: 'a date on or before decidedOn (1403/01/10)', fa: 'تاریخی نه دیرتر از decidedOn (۱۴۰۳/۰۱/۱۰)' });
    expect(suspendProsecution({ offences: [{ id: 'art34-a', date: '1403/01/10' }], decidedOn: '1403/01/10' }).status).toBe('available');
    expect(suspendProsecution({ offences: [{ id: 'art34-a', date: '1403/01/11' }] }).status).toBe('available');
  });
});

describe('Art. 30: the input of prosecutionBars', () => {
  it('Art. 30: the offence (first or last day) after asOf is refused; on asOf accepted', () => {
    const list = issues(() => prosecutionBars({ asOf: '1403/01/10', offence: { committedOn: '1403/01/11', endedOn: '1403/01/12' } }));
    expect(list.map((i) => `${i.field}:${i.code}`)).toEqual(['offence.committedOn:date_order', 'offence.endedOn:date_order']);
    expect(list[0]!.expected).toEqual({ en: 'a date on or before asOf (1403/01/10)', fa: 'تاریخی نه دیرتر از asOf (۱۴۰۳/۰۱/۱۰)' });
    expect(list[1]!.received).toBe('"1403/01/12"');
    expect(() => prosecutionBars({ asOf: '1403/01/10', offence: { committedOn: '1403/01/10', endedOn: '1403/01/10' }, prosecutionActs: ['1403/01/10'] })).not.toThrow();
    expect(fields(() => prosecutionBars({ asOf: '1403/01/10', offence: { endedOn: '1403/01/11' } }))).toEqual(['offence.endedOn:date_order']);
  });

  it('SPEC D12: a continuing offence cannot end before it began', () => {
    const [i] = issues(() => prosecutionBars({ asOf: '1403/01/10', offence: { committedOn: '1403/01/05', endedOn: '1403/01/04' } }));
    expect(i).toMatchObject({ field: 'offence.endedOn', code: 'date_order', received: '"1403/01/04"' });
    expect(i!.expected).toEqual({ en: 'a date on or after committedOn (1403/01/05)', fa: 'تاریخی نه زودتر از committedOn (۱۴۰۳/۰۱/۰۵)' });
    expect(() => prosecutionBars({ asOf: '1403/01/10', offence: { endedOn: '1403/01/04' } })).not.toThrow();
  });

  it('Art. 30: an act of prosecution after asOf, or before the offence, is refused; after asOf wins when both', () => {
    const list = issues(() => prosecutionBars({ asOf: '1403/01/10', offence: { committedOn: '1403/01/05' }, prosecutionActs: ['1403/01/04', '1403/01/11', '1403/01/05'] }));
    expect(list.map((i) => `${i.field}:${i.code}`)).toEqual(['prosecutionActs[0]:date_order', 'prosecutionActs[1]:date_order']);
    expect(list[0]!.expected).toEqual({ en: 'a date on or after the offence (1403/01/05)', fa: 'تاریخی نه زودتر از وقوع تخلف (۱۴۰۳/۰۱/۰۵)' });
    expect(list[1]!.expected.en).toBe('a date on or before asOf (1403/01/10)');
    // Without the offence's date, only the asOf bound applies.
    expect(fields(() => prosecutionBars({ asOf: '1403/01/10', offence: {}, prosecutionActs: ['1403/01/01', '1403/01/11'] }))).toEqual(['prosecutionActs[1]:date_order']);
  });
});

describe('Arts. 33, 45: the input of disciplinaryAppealDeadline', () => {
  it('an appeal dated before the notification is refused (date_order, naming notifiedOn)', () => {
    const [i] = issues(() => disciplinaryAppealDeadline({ ruling: 'revocation', notifiedOn: '1403/02/01', asOf: '1403/01/31' }));
    expect(i).toMatchObject({ field: 'asOf', code: 'date_order', received: '"1403/01/31"' });
    expect(i!.expected).toEqual({ en: 'a date on or after notifiedOn (1403/02/01)', fa: 'تاریخی نه زودتر از notifiedOn (۱۴۰۳/۰۲/۰۱)' });
  });
});
