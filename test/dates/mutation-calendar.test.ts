/**
 * Tests written against Stryker survivors in src/dates/calendar.ts, src/dates/closedDays.ts
 * (issue 7): the public calendar functions (SPEC D1, D3). They pin the InputErrors (field,
 * what was expected and why, in both languages with Persian digits), and that a valid date
 * with plain options is answered on the fast path, without the schema (`parseInput`) —
 * `parseInput` is wrapped in a spy for this file only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../src/core/errors.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/errors.js')>();
  return { ...original, parseInput: vi.fn(original.parseInput) };
});

import { parseInput, type InputIssue } from '../../src/core/errors.js';
import {
  addJalaliDays,
  addJalaliMonths,
  addJalaliYears,
  ageOn,
  compareJalali,
  countDaysInclusive,
  dateOfAge,
  formatJalali,
  isClosedDay,
  parseJalaliDate,
} from '../../src/dates/index.js';
import { thrown } from '../support/input-error.js';

const spy = vi.mocked(parseInput);

/** The issues of the InputError `f` throws (fails when it does not throw one). */
const issues = (f: () => unknown): readonly InputIssue[] => thrown(f).issues;

afterEach(() => {
  spy.mockClear();
});

describe('SPEC D1 (mutation): valid dates are read on the fast path', () => {
  it('parseJalaliDate, formatJalali (no options, {}, latin, persian) and compareJalali answer a valid date without the schema', () => {
    const out = [
      parseJalaliDate('1403/05/01'),
      parseJalaliDate(new Date('2024-07-22')),
      formatJalali('1403/05/01'),
      formatJalali('1403/05/01', {}),
      formatJalali('1403/05/01', { digits: 'latin' }),
      formatJalali('1403/05/01', { digits: 'persian' }),
      formatJalali(new Date('2024-03-20'), { digits: undefined }),
      compareJalali('1403/05/01', '1403/05/02'),
      compareJalali(new Date('2024-07-23'), '1403/05/01'),
    ];
    expect(spy).not.toHaveBeenCalled();
    expect(out).toEqual(['1403/05/01', '1403/05/01', '1403/05/01', '1403/05/01', '1403/05/01', '۱۴۰۳/۰۵/۰۱', '1403/01/01', -1, 1]);
  });

  it('a date not in the library\'s form is still read (through the schema): Persian digits, short form', () => {
    expect(parseJalaliDate('۱۴۰۳/۵/۱')).toBe('1403/05/01');
    expect(formatJalali('1403-5-1', { digits: 'persian' })).toBe('۱۴۰۳/۰۵/۰۱');
    expect(compareJalali('۱۴۰۳/۰۱/۰۱', '1403-1-1')).toBe(0);
  });
});

describe('SPEC D1 (mutation): malformed input is an InputError naming the field', () => {
  it('parseJalaliDate: a day Esfand 1404 lacks names `input`', () => {
    const [i] = issues(() => parseJalaliDate('1404/12/30'));
    expect(i).toMatchObject({ field: 'input', code: 'invalid_date', received: '"1404/12/30"' });
  });

  it('formatJalali: a malformed date names `input` (with or without options); bad options name `options` or `options.digits`', () => {
    expect(issues(() => formatJalali('1404/12/30')).map((i) => i.field)).toEqual(['input']);
    expect(issues(() => formatJalali('not a date', { digits: 'persian' })).map((i) => i.field)).toEqual(['input']);
    expect(issues(() => formatJalali('1403/05/01', null as unknown as undefined)).map((i) => i.field)).toEqual(['options']);
    expect(issues(() => formatJalali('1403/05/01', 'persian' as unknown as undefined)).map((i) => i.field)).toEqual(['options']);
    expect(issues(() => formatJalali('1403/05/01', { digits: 'arabic' as 'latin' })).map((i) => i.field)).toEqual(['options.digits']);
  });

  it('compareJalali: only the malformed side is named, with what came', () => {
    const a = issues(() => compareJalali('1404/12/30', '1403/01/01'));
    expect(a.map((i) => i.field)).toEqual(['a']);
    expect(a[0]!.received).toBe('"1404/12/30"');
    const b = issues(() => compareJalali('1403/01/01', 'x'));
    expect(b.map((i) => i.field)).toEqual(['b']);
    expect(b[0]!.received).toBe('"x"');
  });

  it('a result outside 1200–1600 names the count, with the range and the reason in both languages', () => {
    for (const [f, field, received] of [
      [() => addJalaliDays('1600/12/29', 1), 'days', '1'],
      [() => addJalaliMonths('1600/06/31', 6), 'months', '6'],
      [() => addJalaliYears('1200/05/01', -1), 'years', '-1'],
      [() => dateOfAge('1597/12/30', 3), 'years', '3'],
    ] as const) {
      const [i] = issues(f);
      expect(i).toMatchObject({ field, received });
      expect(i!.expected).toEqual({ en: 'a value whose result stays within Jalali years 1200–1600', fa: 'مقداری که نتیجه آن در سال‌های ۱۲۰۰ تا ۱۶۰۰ شمسی بماند' });
      expect(i!.message.en).toBe(`${field}: expected a value whose result stays within Jalali years 1200–1600, received ${received} (the result leaves Jalali years 1200–1600)`);
      expect(i!.message.fa).toContain('(نتیجه از سال‌های ۱۲۰۰ تا ۱۶۰۰ شمسی بیرون می‌رود)');
    }
  });

  it('D3 at the end of the range: Esfand 30 of 1597 three years on is past 1600 by default, 1600/12/29 under clamp', () => {
    expect(dateOfAge('1597/12/30', 3, { overflow: 'clamp' })).toBe('1600/12/29');
    expect(addJalaliMonths('1600/06/31', 6, { overflow: 'clamp' })).toBe('1600/12/29');
    expect(addJalaliMonths('1600/06/31', 1)).toBe('1600/08/01');
  });

  it('countDaysInclusive: `to` before `from` names `to`, giving `from` and the reason in both languages', () => {
    const [i] = issues(() => countDaysInclusive('1403/01/02', '1403/01/01'));
    expect(i).toMatchObject({ field: 'to', received: '"1403/01/01"' });
    expect(i!.expected).toEqual({ en: 'a date on or after from (1403/01/02)', fa: 'تاریخی برابر یا پس از from (۱۴۰۳/۰۱/۰۲)' });
    expect(i!.message.en).toBe('to: expected a date on or after from (1403/01/02), received "1403/01/01" (to is before from)');
    expect(i!.message.fa).toContain('(to پیش از from است)');
  });

  it('ageOn: asOf before the birth names `asOf`, giving the birth date and the reason in both languages', () => {
    const [i] = issues(() => ageOn('1363/11/17', '1363/11/16'));
    expect(i).toMatchObject({ field: 'asOf', received: '"1363/11/16"' });
    expect(i!.expected).toEqual({ en: 'a date on or after birthDate (1363/11/17)', fa: 'تاریخی برابر یا پس از birthDate (۱۳۶۳/۱۱/۱۷)' });
    expect(i!.message.en).toBe('asOf: expected a date on or after birthDate (1363/11/17), received "1363/11/16" (asOf is before birthDate)');
    expect(i!.message.fa).toContain('(asOf پیش از birthDate است)');
  });
});

describe('SPEC D3 (mutation): the overflow option left out is nextMonth', () => {
  it('addJalaliMonths, addJalaliYears, ageOn and dateOfAge: no option, an empty option object and nextMonth agree; clamp differs', () => {
    for (const options of [undefined, {}, { overflow: 'nextMonth' as const }]) {
      expect(addJalaliMonths('1403/06/31', 1, options)).toBe('1403/08/01');
      expect(addJalaliYears('1399/12/30', 1, options)).toBe('1401/01/01');
      expect(dateOfAge('1399/12/30', 1, options)).toBe('1401/01/01');
      expect(ageOn('1399/12/30', '1400/12/29', options)).toBe(0);
    }
    expect(addJalaliMonths('1403/06/31', 1, { overflow: 'clamp' })).toBe('1403/07/30');
    expect(ageOn('1399/12/30', '1400/12/29', { overflow: 'clamp' })).toBe(1);
  });
});

describe('SPEC D13 (mutation): closed days', () => {
  it('without holidays only Fridays are closed; a holiday list closes its days', () => {
    expect(isClosedDay('1403/01/12')).toEqual({ closed: false, reason: null });
    expect(isClosedDay('1403/01/12', {})).toEqual({ closed: false, reason: null });
    expect(isClosedDay('1403/01/12', { holidays: [] })).toEqual({ closed: false, reason: null });
    expect(isClosedDay('1403/01/12', { holidays: ['1403/01/12'] })).toEqual({ closed: true, reason: 'holiday' });
    expect(isClosedDay('1403/01/10')).toEqual({ closed: true, reason: 'friday' });
  });
});
