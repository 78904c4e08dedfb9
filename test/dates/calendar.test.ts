import fc from 'fast-check';
import { describe, expect, it, afterEach, vi } from 'vitest';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { InputError, parseInput, type InputIssue } from '../../src/core/errors.js';
import { addJalaliDays, addJalaliMonths, addJalaliYears, ageOn, compareJalali, countDaysInclusive, dateOfAge, formatJalali, parseJalaliDate, isClosedDay } from '../../src/dates/index.js';
import { thrown } from '../support/input-error.js';

/** Run `fn`, expect an InputError, return it. */
function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

/** The error names `field` in both languages. */
function expectField(fn: () => unknown, field: string): InputError {
  const e = inputErrorOf(fn);
  expect(e.issues.map((i) => i.field)).toContain(field);
  expect(e.messages.en).toContain(field);
  expect(e.messages.fa).toContain(field);
  return e;
}

const anyDay = fc.integer({ min: toDayNumber(1300, 1, 1), max: toDayNumber(1500, 12, 29) });
const anyDate = anyDay.map(formatDayNumber);

describe('SPEC D1: parseJalaliDate', () => {
  it('normalises Persian, Arabic-Indic and Latin digits, / and -, RTL marks and spaces', () => {
    for (const s of ['1403/05/01', '1403-5-1', '۱۴۰۳/۰۵/۰۱', '١٤٠٣-٠٥-٠١', '\u200f۱۴۰۳/۵/۱\u200f', '  1403 / 05 / 01 ']) {
      expect(parseJalaliDate(s), JSON.stringify(s)).toBe('1403/05/01');
    }
  });
  it('reads a Date by its UTC calendar date: new Date("2024-07-22") is 1403/05/01', () => {
    expect(parseJalaliDate(new Date('2024-07-22'))).toBe('1403/05/01');
    expect(parseJalaliDate(new Date('2024-07-21T23:30:00-08:00'))).toBe('1403/05/01');
    expect(parseJalaliDate(new Date(Date.UTC(2024, 6, 21, 23, 59, 59, 999)))).toBe('1403/04/31');
  });
  it('refuses impossible dates, naming the field: 1404/12/30, 1403/13/01, 1403/07/31', () => {
    const leap = expectField(() => parseJalaliDate('1404/12/30'), 'input');
    expect(leap.messages.en).toContain('1404 is not a leap year');
    expect(leap.messages.fa).toContain('کبیسه نیست');
    expect(expectField(() => parseJalaliDate('1403/13/01'), 'input').messages.en).toContain('no month 13');
    expect(expectField(() => parseJalaliDate('1403/07/31'), 'input').messages.en).toContain('has no day 31');
    expect(parseJalaliDate('1403/12/30')).toBe('1403/12/30');
  });
  it('refuses a Gregorian string such as 2024-10-01: a Gregorian date must come as a Date', () => {
    const e = expectField(() => parseJalaliDate('2024-10-01'), 'input');
    expect(e.messages.en).toContain('a Gregorian date must come as a JS Date');
    expect(e.messages.fa).toContain('تاریخ میلادی باید به صورت Date داده شود');
    expect(e.issues[0]?.code).toBe('invalid_date');
  });
  it('refuses non-dates with an InputError, never a TypeError', () => {
    for (const bad of [undefined, null, 14030501, {}, [], '', 'yesterday', new Date(Number.NaN), new Date('1800-01-01')]) {
      expectField(() => parseJalaliDate(bad as never), 'input');
    }
  });
  it('round trip: parse(format(d)) is d for every day 1300–1500, in both digit sets', () => {
    fc.assert(
      fc.property(anyDate, (s) => {
        expect(parseJalaliDate(s)).toBe(s);
        expect(parseJalaliDate(formatJalali(s, { digits: 'persian' }))).toBe(s);
      }),
    );
  });
  it('does not mutate a Date input', () => {
    const d = new Date('2024-07-22T10:00:00Z');
    parseJalaliDate(d);
    expect(d.toISOString()).toBe('2024-07-22T10:00:00.000Z');
  });
});

describe('formatJalali', () => {
  it('writes Latin digits by default and Persian digits for Persian text', () => {
    expect(formatJalali('۱۴۰۳/۵/۱')).toBe('1403/05/01');
    expect(formatJalali('1403/5/1', { digits: 'latin' })).toBe('1403/05/01');
    expect(formatJalali('1403/5/1', { digits: 'persian' })).toBe('۱۴۰۳/۰۵/۰۱');
  });
  it('refuses an unknown digits option, naming options.digits', () => {
    expectField(() => formatJalali('1403/05/01', { digits: 'arabic' as never }), 'options.digits');
    expectField(() => formatJalali('1403/07/31', { digits: 'arabic' as never }), 'input');
  });
});

describe('compareJalali', () => {
  it('orders dates across years and digit sets', () => {
    expect(compareJalali('1403/01/01', '1402/12/29')).toBe(1);
    expect(compareJalali('1402/12/29', '1403/01/01')).toBe(-1);
    expect(compareJalali('۱۴۰۳/۰۱/۰۱', '1403-1-1')).toBe(0);
    expect(compareJalali(new Date('2024-03-20'), '1403/01/01')).toBe(0);
  });
  it('agrees with the order of the day numbers, and is antisymmetric', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        const c = compareJalali(formatDayNumber(a), formatDayNumber(b));
        expect(c).toBe(Math.sign(a - b));
        expect(compareJalali(formatDayNumber(b), formatDayNumber(a))).toBe(-c || 0);
      }),
    );
  });
  it('names the bad argument (a or b)', () => {
    expectField(() => compareJalali('1403/01/01', '1403/01/32'), 'b');
    const e = inputErrorOf(() => compareJalali('x', 'y'));
    expect(e.issues.map((i) => i.field)).toEqual(['a', 'b']);
  });
});

describe('countDaysInclusive', () => {
  it('counts both ends: Farvardin 1403 has 31 days, a single day is 1', () => {
    expect(countDaysInclusive('1403/01/01', '1403/01/31')).toBe(31);
    expect(countDaysInclusive('1403/01/01', '1403/01/01')).toBe(1);
    expect(countDaysInclusive('1403/01/01', '1403/12/30')).toBe(366);
    expect(countDaysInclusive('1404/01/01', '1404/12/29')).toBe(365);
  });
  it('refuses `to` before `from`, naming to (fa and en)', () => {
    const e = expectField(() => countDaysInclusive('1403/01/02', '1403/01/01'), 'to');
    expect(e.issues).toHaveLength(1);
    expect(e.messages.fa).toContain('۱۴۰۳/۰۱/۰۲');
  });
  it('is to − from + 1 and adds up over adjacent ranges', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (from, k, l) => {
        const mid = from + k;
        const to = mid + l;
        const a = countDaysInclusive(formatDayNumber(from), formatDayNumber(mid));
        const b = countDaysInclusive(formatDayNumber(mid + 1), formatDayNumber(to));
        expect(a).toBe(k + 1);
        expect(a + b).toBe(countDaysInclusive(formatDayNumber(from), formatDayNumber(to)));
      }),
    );
  });
});

describe('addJalaliDays', () => {
  it('crosses months and years, leap and common', () => {
    expect(addJalaliDays('1403/12/29', 1)).toBe('1403/12/30');
    expect(addJalaliDays('1404/12/29', 1)).toBe('1405/01/01');
    expect(addJalaliDays('1404/01/01', -1)).toBe('1403/12/30');
    expect(addJalaliDays('1403/06/31', 1)).toBe('1403/07/01');
  });
  it('adding n then −n is the identity', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -10_000, max: 10_000 }), (s, n) => {
        expect(addJalaliDays(addJalaliDays(s, n), -n)).toBe(s);
        expect(countDaysInclusive(s, addJalaliDays(s, Math.abs(n)))).toBe(Math.abs(n) + 1);
      }),
    );
  });
  it('refuses a result outside 1200–1600 and a non-integer count, naming days', () => {
    expectField(() => addJalaliDays('1600/12/29', 1), 'days');
    expectField(() => addJalaliDays('1200/01/01', -1), 'days');
    expectField(() => addJalaliDays('1403/01/01', 1.5), 'days');
    expectField(() => addJalaliDays('1403/01/01', Number.NaN), 'days');
    expectField(() => addJalaliDays('1403/01/01', '1' as never), 'days');
  });
});

describe('SPEC D3: addJalaliMonths and addJalaliYears', () => {
  it('1399/12/30 + 1 year = 1401/01/01 by default, 1400/12/29 under clamp', () => {
    expect(addJalaliYears('1399/12/30', 1)).toBe('1401/01/01');
    expect(addJalaliYears('1399/12/30', 1, { overflow: 'nextMonth' })).toBe('1401/01/01');
    expect(addJalaliYears('1399/12/30', 1, { overflow: 'clamp' })).toBe('1400/12/29');
    expect(addJalaliYears('1399/12/30', 4)).toBe('1403/12/30');
  });
  it('1403/06/31 + 1 month = 1403/08/01 by default, 1403/07/30 under clamp', () => {
    expect(addJalaliMonths('1403/06/31', 1)).toBe('1403/08/01');
    expect(addJalaliMonths('1403/06/31', 1, { overflow: 'clamp' })).toBe('1403/07/30');
    expect(addJalaliMonths('1403/06/30', 1)).toBe('1403/07/30');
  });
  it('adding months never goes backwards; nextMonth ≥ clamp by at most one day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 600 }), (s, n) => {
        const next = addJalaliMonths(s, n);
        const clamp = addJalaliMonths(s, n, { overflow: 'clamp' });
        expect(compareJalali(next, s)).toBeGreaterThanOrEqual(0);
        expect(compareJalali(clamp, s)).toBeGreaterThanOrEqual(0);
        expect(compareJalali(addJalaliMonths(s, n + 1), next)).toBe(1);
        expect(compareJalali(next, clamp)).toBeGreaterThanOrEqual(0);
        expect(countDaysInclusive(clamp, next)).toBeLessThanOrEqual(2);
      }),
    );
  });
  it('adding N years is adding 12N months', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -50, max: 50 }), (s, n) => {
        expect(addJalaliYears(s, n)).toBe(addJalaliMonths(s, 12 * n));
      }),
    );
  });
  it('refuses a result outside 1200–1600 and a bad option, naming the field', () => {
    expectField(() => addJalaliYears('1600/01/01', 1), 'years');
    expectField(() => addJalaliMonths('1200/01/01', -1), 'months');
    expectField(() => addJalaliMonths('1403/01/01', 1, { overflow: 'round' as never }), 'options.overflow');
    expectField(() => addJalaliYears(new Date(Number.NaN), 1), 'date');
  });
});

describe('SPEC D3, Art. 9(ث): ageOn and dateOfAge', () => {
  it('Art. 9(ث): born 1363/11/17, 23 the day before the 24th birthday, 24 on it', () => {
    expect(ageOn('1363/11/17', '1387/11/16')).toBe(23);
    expect(ageOn('1363/11/17', '1387/11/17')).toBe(24);
    expect(dateOfAge('1363/11/17', 24)).toBe('1387/11/17');
  });
  it('born Esfand 30 completes a year in a common year on Farvardin 1 (Esfand 29 under clamp)', () => {
    expect(ageOn('1399/12/30', '1400/12/29')).toBe(0);
    expect(ageOn('1399/12/30', '1401/01/01')).toBe(1);
    expect(ageOn('1399/12/30', '1400/12/29', { overflow: 'clamp' })).toBe(1);
    expect(dateOfAge('1399/12/30', 1)).toBe('1401/01/01');
    expect(dateOfAge('1399/12/30', 1, { overflow: 'clamp' })).toBe('1400/12/29');
    expect(dateOfAge('1399/12/30', 4)).toBe('1403/12/30');
  });
  it('dateOfAge is the first day of that age: the day of it gives n, the day before n − 1', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 90 }), fc.constantFrom('nextMonth' as const, 'clamp' as const), (birth, n, overflow) => {
        const day = dateOfAge(birth, n, { overflow });
        expect(ageOn(birth, day, { overflow })).toBe(n);
        expect(ageOn(birth, addJalaliDays(day, -1), { overflow })).toBe(n - 1);
      }),
    );
  });
  it('the age is 0 on the day of birth, and refuses asOf before birthDate (naming asOf)', () => {
    expect(ageOn('1403/01/01', '1403/01/01')).toBe(0);
    expect(dateOfAge('1403/01/01', 0)).toBe('1403/01/01');
    const e = expectField(() => ageOn('1403/01/02', '1403/01/01'), 'asOf');
    expect(e.messages.en).toContain('asOf is before birthDate');
  });
  it('refuses a negative or fractional age and a result past 1600, naming years', () => {
    expectField(() => dateOfAge('1403/01/01', -1), 'years');
    expectField(() => dateOfAge('1403/01/01', 2.5), 'years');
    expectField(() => dateOfAge('1590/01/01', 24), 'years');
    expectField(() => ageOn('1403/07/31', '1404/01/01'), 'birthDate');
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Tests written against Stryker survivors in src/dates/calendar.ts, src/dates/closedDays.ts
// (issue 7): the public calendar functions (SPEC D1, D3). They pin the InputErrors (field,
// what was expected and why, in both languages with Persian digits), and that a valid date
// with plain options is answered on the fast path, without the schema (`parseInput`) —
// `parseInput` is wrapped in a spy for this file only.
vi.mock('../../src/core/errors.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/errors.js')>();
  return { ...original, parseInput: vi.fn(original.parseInput) };
});

const spy = vi.mocked(parseInput);

/** The issues of the InputError `f` throws (fails when it does not throw one). */
const issues = (f: () => unknown): readonly InputIssue[] => thrown(f).issues;

afterEach(() => {
  spy.mockClear();
});

describe('SPEC D1: valid dates are read on the fast path — pinned', () => {
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

describe('SPEC D1: malformed input is an InputError naming the field — pinned', () => {
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

describe('SPEC D3: the overflow option left out is nextMonth — pinned', () => {
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

describe('SPEC D13: closed days — pinned', () => {
  it('without holidays only Fridays are closed; a holiday list closes its days', () => {
    expect(isClosedDay('1403/01/12')).toEqual({ closed: false, reason: null });
    expect(isClosedDay('1403/01/12', {})).toEqual({ closed: false, reason: null });
    expect(isClosedDay('1403/01/12', { holidays: [] })).toEqual({ closed: false, reason: null });
    expect(isClosedDay('1403/01/12', { holidays: ['1403/01/12'] })).toEqual({ closed: true, reason: 'holiday' });
    expect(isClosedDay('1403/01/10')).toEqual({ closed: true, reason: 'friday' });
  });
});
