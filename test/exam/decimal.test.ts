/**
 * Mutation tests for src/exam/decimal.ts (the exact arithmetic of Art. 10(الف), SPEC D6):
 * they pin the edges the other tests leave loose — the bounds of the double fast path, the
 * normal form of a parsed decimal, the sign of a rational, rounding of negative and exact
 * values, and the clamping of the approximate numbers.
 */
import { describe, expect, it } from 'vitest';
import {
  decOf,
  decOfString,
  decToRat,
  FAST_LIMIT,
  fastScale,
  formatScaled,
  MAX_FAST_SCALE,
  mulRat,
  parseDecimal,
  pow10n,
  rat,
  ratToNumber,
  ratToScaled,
  ratToString,
  rescale,
  terminatingPlaces,
} from '../../src/exam/decimal.js';

describe('SPEC D6: the double fast path stops where doubles stop being exact', () => {
  it('SPEC D6: integers below 2^50 have no places; 2^50 and beyond leave the fast path', () => {
    expect(FAST_LIMIT).toBe(2 ** 50);
    expect([fastScale(2 ** 50 - 1), fastScale(-(2 ** 50 - 1))]).toEqual([0, 0]);
    expect([fastScale(2 ** 50), fastScale(-(2 ** 50))]).toEqual([-1, -1]);
  });

  it('SPEC D6: a score whose scaled value is exactly 2^50 leaves the fast path (the bound is strict)', () => {
    // 112589990684262.4 · 10 is 2^50 exactly in doubles
    expect(112589990684262.4 * 10).toBe(2 ** 50);
    expect(fastScale(112589990684262.4)).toBe(-1);
    expect(fastScale(-112589990684262.4)).toBe(-1);
    expect(decOf(112589990684262.4)).toEqual({ m: 1125899906842624n, scale: 1 });
  });

  it('SPEC D6: up to 22 places stay on the fast path, 23 do not', () => {
    expect(MAX_FAST_SCALE).toBe(22);
    expect([fastScale(1e-22), fastScale(1.5e-21), fastScale(3e-22)]).toEqual([22, 22, 22]);
    expect(fastScale(5e-23)).toBe(-1);
    expect(decOf(5e-23)).toEqual({ m: 5n, scale: 23 });
  });

  it('SPEC D6: the fast path gives the scaled integer at the score’s own places (120 is 120 at 0 places)', () => {
    expect(decOf(120)).toEqual({ m: 120n, scale: 0 });
    expect(decOf(49.98)).toEqual({ m: 4998n, scale: 2 });
    expect(decOf(-0.07)).toEqual({ m: -7n, scale: 2 });
    // read from the string: 17 significant digits, trailing zeros of integers folded into the scale
    expect(decOf(0.1 + 0.2)).toEqual({ m: 30000000000000004n, scale: 17 });
    expect(decOfString(120)).toEqual({ m: 12n, scale: -1 });
  });
});

describe('SPEC D6: parsed decimals are in normal form', () => {
  it('SPEC D6: zero in any form is 0 at scale 0', () => {
    for (const zero of ['0', '-0', '000', '0.000', '0e5', '0e-5', '-0.0e+3']) expect(parseDecimal(zero), zero).toEqual({ m: 0n, scale: 0 });
  });

  it('SPEC D6: trailing zeros move into the scale, leading zeros vanish', () => {
    expect(parseDecimal('1200')).toEqual({ m: 12n, scale: -2 });
    expect(parseDecimal('-1200.500')).toEqual({ m: -12005n, scale: 1 });
    expect(parseDecimal('0.0070')).toEqual({ m: 7n, scale: 3 });
    expect(parseDecimal('10e-3')).toEqual({ m: 1n, scale: 2 });
    expect(parseDecimal('5e+2')).toEqual({ m: 5n, scale: -2 });
  });
});

describe('SPEC D6: exact integers and rationals', () => {
  it('SPEC D6: powers of ten, cached or not, are exact', () => {
    expect(pow10n(0)).toBe(1n);
    expect(pow10n(3)).toBe(1000n);
    for (const e of [399, 400, 401, 650]) expect(pow10n(e), `10^${e}`).toBe(10n ** BigInt(e));
    expect(pow10n(650)).toBe(10n ** 650n); // a second time, from the cache
  });

  it('SPEC D6: rescaling multiplies by the power of ten between the scales', () => {
    expect(rescale({ m: 5n, scale: 1 }, 3)).toBe(500n);
    expect(rescale({ m: -12n, scale: -2 }, 0)).toBe(-1200n);
    expect(rescale({ m: 7n, scale: 2 }, 2)).toBe(7n);
  });

  it('SPEC D6: a rational is reduced with a positive denominator, whatever the signs given', () => {
    expect(rat(6n, 4n)).toEqual({ p: 3n, q: 2n });
    expect(rat(-6n, 4n)).toEqual({ p: -3n, q: 2n });
    expect(rat(1n, -2n)).toEqual({ p: -1n, q: 2n });
    expect(rat(-6n, -4n)).toEqual({ p: 3n, q: 2n });
    expect(rat(0n, 5n)).toEqual({ p: 0n, q: 1n });
    expect(rat(0n, -5n)).toEqual({ p: 0n, q: 1n });
    expect(rat(7n, 1n)).toEqual({ p: 7n, q: 1n });
  });

  it('SPEC D6: a decimal as a rational, at positive, zero and negative scales', () => {
    expect(decToRat({ m: 4998n, scale: 2 })).toEqual({ p: 2499n, q: 50n });
    expect(decToRat({ m: -7n, scale: 0 })).toEqual({ p: -7n, q: 1n });
    expect(decToRat({ m: 12n, scale: -3 })).toEqual({ p: 12000n, q: 1n });
    expect(mulRat(rat(2499n, 50n), rat(10n, 7n))).toEqual({ p: 357n, q: 5n });
    expect([ratToString(rat(2107n, 30n)), ratToString(rat(-63n, 1n))]).toEqual(['2107/30', '-63']);
  });

  it('SPEC D6: a rational terminates when its denominator has no prime factor but 2 and 5', () => {
    expect(terminatingPlaces(rat(7n, 1n))).toBe(0);
    expect(terminatingPlaces(rat(1n, 8n))).toBe(3);
    expect(terminatingPlaces(rat(3n, 20n))).toBe(2);
    expect(terminatingPlaces(rat(1n, 125n))).toBe(3);
    expect(terminatingPlaces(rat(1n, 6n))).toBe(-1);
  });
});

describe('SPEC D6: rounding at a fixed number of places', () => {
  it('SPEC D6: an exact value is never moved, whichever the rounding', () => {
    expect(ratToScaled(rat(1n, 2n), 1, 'ceil')).toBe(5n);
    expect(ratToScaled(rat(-1n, 2n), 1, 'ceil')).toBe(-5n);
    expect(ratToScaled(rat(1n, 2n), 1, 'nearest')).toBe(5n);
    expect(ratToScaled(rat(2499n, 50n), 2, 'ceil')).toBe(4998n);
  });

  it('SPEC D6: rounding up goes toward +∞ for negative values too', () => {
    expect(ratToScaled(rat(2n, 3n), 0, 'ceil')).toBe(1n);
    expect(ratToScaled(rat(-2n, 3n), 0, 'ceil')).toBe(0n);
    expect(ratToScaled(rat(-5n, 3n), 1, 'ceil')).toBe(-16n);
  });

  it('SPEC D6: rounding to nearest goes away from zero past the half, toward it before, on both sides', () => {
    expect(ratToScaled(rat(2n, 3n), 0, 'nearest')).toBe(1n);
    expect(ratToScaled(rat(1n, 3n), 0, 'nearest')).toBe(0n);
    expect(ratToScaled(rat(-2n, 3n), 0, 'nearest')).toBe(-1n);
    expect(ratToScaled(rat(-1n, 3n), 0, 'nearest')).toBe(0n);
    expect(ratToScaled(rat(-5n, 3n), 1, 'nearest')).toBe(-17n);
  });
});

describe('SPEC D6: decimal text', () => {
  it('SPEC D6: zero is "0" at every scale, whether 0, -0 or 0n', () => {
    for (const scale of [-3, 0, 2]) {
      expect(formatScaled(0, scale)).toBe('0');
      expect(formatScaled(-0, scale)).toBe('0');
      expect(formatScaled(0n, scale)).toBe('0');
    }
  });

  it('SPEC D6: places are padded with zeros, trailing zeros dropped, the sign kept', () => {
    expect(formatScaled(5, 1)).toBe('0.5');
    expect(formatScaled(-5n, 1)).toBe('-0.5');
    expect(formatScaled(7, 3)).toBe('0.007');
    expect(formatScaled(120, 2)).toBe('1.2');
    expect(formatScaled(100, 2)).toBe('1');
    expect(formatScaled(1234, 0)).toBe('1234');
    expect(formatScaled(-12, -2)).toBe('-1200');
    expect(formatScaled(12345678901234567890n, 10)).toBe('1234567890.123456789');
  });
});

describe('SPEC D6: approximate numbers', () => {
  it('SPEC D6: the nearest double of a rational, zero included (not -0), clamped to ±Number.MAX_VALUE', () => {
    expect(ratToNumber(rat(0n, 1n))).toBe(0);
    expect(ratToNumber(rat(10n ** 400n, 1n))).toBe(Number.MAX_VALUE);
    expect(ratToNumber(rat(-(10n ** 400n), 1n))).toBe(-Number.MAX_VALUE);
    expect(ratToNumber(rat(10n ** 30n + 1n, 1n))).toBe(1e30);
    expect(ratToNumber(rat(-(10n ** 30n) - 1n, 1n))).toBe(-1e30);
    expect(ratToNumber(rat(1n, 10n ** 400n))).toBe(0);
    expect(ratToNumber(rat(-2107n, 30n))).toBe(-2107 / 30);
  });
});
