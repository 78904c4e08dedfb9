/**
 * The harness can fail: each breach of the contract, committed by a deliberately broken
 * function, is caught by checkCall.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inputError } from '../../src/core/errors.js';
import { brokenArgs, checkCall, deepCopy, hugeArgs, junkValue, notJsonPlain } from './harness.js';

const valid: fc.Arbitrary<unknown[]> = fc.constant<unknown[]>([{ a: { b: [1, 2, '1403/01/01'] }, c: new Date(0) }]);

describe('the fuzz harness', () => {
  it('passes a well-behaved function (a value, or an InputError)', () => {
    expect(checkCall((x) => ({ echo: JSON.parse(JSON.stringify(x)) as unknown }), [{ a: 1 }])?.ok).toBe(true);
    expect(
      checkCall(() => {
        throw inputError('a', { en: 'x', fa: 'x' }, 1);
      }, [{ a: 1 }])?.ok,
    ).toBe(false);
  });

  it('fails a TypeError', () => {
    expect(() => checkCall((x) => (x as { a: { b: number } }).a.b, [{}])).toThrow(/TypeError/);
  });

  it('fails a mutation of the input (frozen) and a change to an input Date', () => {
    expect(() =>
      checkCall((x) => {
        (x as { a: number }).a = 2;
        return 1;
      }, [{ a: 1 }]),
    ).toThrow(/read only|not an InputError/);
    expect(() =>
      checkCall((d) => {
        (d as Date).setTime(5);
        return 1;
      }, [new Date(0)]),
    ).toThrow(/Date was changed/);
  });

  it('fails a change to Object.prototype', () => {
    expect(() =>
      checkCall(() => {
        (Object.prototype as Record<string, unknown>)['polluted'] = true;
        return 1;
      }, []),
    ).toThrow();
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  });

  it('fails an output that JSON changes: NaN, -0, undefined in an array, a Date', () => {
    for (const out of [{ x: NaN }, { x: -0 }, [undefined], { d: new Date(0) }, Infinity]) {
      expect(() => checkCall(() => out, [])).toThrow();
    }
  });

  it('fails a function whose output differs from one call to the next', () => {
    let n = 0;
    expect(() => checkCall(() => ({ n: n++ }), [])).toThrow(/another output/);
  });

  it('tolerates exactly the known defect it is told of (-0) and nothing else', () => {
    expect(checkCall(() => ({ x: -0 }), [], { tolerateNegativeZero: true })?.ok).toBe(true);
    expect(() => checkCall(() => ({ x: NaN }), [], { tolerateNegativeZero: true })).toThrow();
  });

  it('deepCopy keeps own __proto__ keys, null prototypes and holes', () => {
    const x = JSON.parse('{"__proto__": {"p": 1}, "a": [1, 2]}') as Record<string, unknown>;
    const holes = [1, , 3]; // eslint-disable-line no-sparse-arrays
    const n = Object.assign(Object.create(null) as object, { k: 1 });
    const c = deepCopy([x, holes, n]);
    expect(Object.prototype.hasOwnProperty.call(c[0], '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(c[0])).toBe(Object.prototype);
    expect(1 in (c[1] as unknown[])).toBe(false);
    expect(Object.getPrototypeOf(c[2])).toBeNull();
    expect(c[0]).not.toBe(x);
  });

  it('junk is varied: the generators produce non-JSON values, huge arrays and broken inputs', () => {
    const junk = fc.sample(junkValue, 300);
    expect(junk.some((j) => notJsonPlain(j) !== null)).toBe(true);
    expect(junk.some((j) => typeof j === 'string')).toBe(true);
    const broken = fc.sample(brokenArgs(valid), 100);
    expect(broken.some((b) => JSON.stringify(b) !== JSON.stringify([{ a: { b: [1, 2, '1403/01/01'] }, c: new Date(0) }]))).toBe(true);
    const huge = fc.sample(hugeArgs(valid), 20);
    expect(huge.some((h) => JSON.stringify(h, (_k, v: unknown) => (Array.isArray(v) && v.length >= 1_000 ? 'HUGE' : v)).includes('HUGE') || JSON.stringify(h).length > 5_000)).toBe(true);
  });
});
