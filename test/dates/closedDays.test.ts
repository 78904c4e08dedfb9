import fc from 'fast-check';
import { getDay } from 'date-fns-jalali';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { InputError } from '../../src/core/errors.js';
import { FIXED_SOLAR_HOLIDAYS, fixedSolarHolidays, isClosedDay, parseJalaliDate } from '../../src/dates/index.js';
import { modelDate } from '../_lib/calendar-model.js';

describe('SPEC D13: closed days', () => {
  it('every Friday is closed: 1403/01/31 (2024-04-19) is a Friday, 1403/02/01 is open', () => {
    expect(isClosedDay('1403/01/31')).toEqual({ closed: true, reason: 'friday' });
    expect(isClosedDay('1403/02/01')).toEqual({ closed: false, reason: null });
    expect(isClosedDay(new Date('2024-04-19'))).toEqual({ closed: true, reason: 'friday' });
  });
  it('a holiday given by the caller is closed; a Friday stays a Friday', () => {
    expect(isClosedDay('1403/01/12', { holidays: ['1403/01/12'] })).toEqual({ closed: true, reason: 'holiday' });
    expect(isClosedDay('1403/01/12')).toEqual({ closed: false, reason: null });
    expect(isClosedDay('1403/01/31', { holidays: ['۱۴۰۳/۰۱/۳۱'] })).toEqual({ closed: true, reason: 'friday' });
  });
  it('a day is a Friday exactly when date-fns-jalali says so', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber(1300, 1, 1), max: toDayNumber(1500, 12, 29) }), (n) => {
        const s = formatDayNumber(n);
        expect(isClosedDay(s).reason === 'friday').toBe(getDay(modelDate(s)) === 5);
      }),
    );
  });
  it('names a bad holiday by its index, in fa and en', () => {
    try {
      isClosedDay('1403/01/01', { holidays: ['1403/01/12', '1404/12/30'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const err = e as InputError;
      expect(err.issues[0]?.field).toBe('options.holidays[1]');
      expect(err.messages.en).toContain('options.holidays[1]');
      // the Persian text writes the index in Persian digits
      expect(err.messages.fa).toContain('options.holidays[1]');
    }
  });
  it('does not mutate the holidays given', () => {
    const holidays = Object.freeze(['1403/01/12', '1403/01/13']);
    isClosedDay('1403/01/12', { holidays: holidays as string[] });
    expect(holidays).toEqual(['1403/01/12', '1403/01/13']);
  });
});

describe('fixedSolarHolidays', () => {
  it('Farvardin 1–4, 12, 13; Khordad 14, 15; Bahman 22; Esfand 29', () => {
    expect(fixedSolarHolidays(1403)).toEqual([
      '1403/01/01', '1403/01/02', '1403/01/03', '1403/01/04', '1403/01/12', '1403/01/13',
      '1403/03/14', '1403/03/15', '1403/11/22', '1403/12/29',
    ]);
    expect(FIXED_SOLAR_HOLIDAYS).toHaveLength(10);
  });
  it('every year 1200–1600 gives ten valid dates in ascending order, all of that year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1200, max: 1600 }), (y) => {
        const days = fixedSolarHolidays(y);
        expect(days).toHaveLength(10);
        expect([...days].sort()).toEqual(days);
        for (const d of days) {
          expect(parseJalaliDate(d)).toBe(d);
          expect(d.startsWith(`${y}/`)).toBe(true);
        }
      }),
    );
  });
  it('refuses a year outside 1200–1600 or not an integer, naming year', () => {
    for (const bad of [1199, 1601, 2024, 1403.5, Number.NaN, '1403']) {
      try {
        fixedSolarHolidays(bad as number);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).issues[0]?.field).toBe('year');
      }
    }
  });
});
