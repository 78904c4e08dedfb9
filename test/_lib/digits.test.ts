import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLatinDigits, toPersianDigits } from '../../src/_lib/digits.js';

describe('digits', () => {
  it('Persian and Arabic-Indic digits read as Latin', () => {
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toLatinDigits('ماده ۳۸ / 1403')).toBe('ماده 38 / 1403');
  });
  it('Latin digits written as Persian', () => {
    expect(toPersianDigits('1403/05/01')).toBe('۱۴۰۳/۰۵/۰۱');
    expect(toPersianDigits('Art. 9')).toBe('Art. ۹');
  });
  it('round trip: Latin → Persian → Latin is the identity', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(toLatinDigits(toPersianDigits(s))).toBe(toLatinDigits(s));
    }));
  });
  it('a string without Persian or Arabic-Indic digits comes back unchanged', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      fc.pre(!/[\u06f0-\u06f9\u0660-\u0669]/.test(s));
      expect(toLatinDigits(s)).toBe(s);
    }));
  });
});
