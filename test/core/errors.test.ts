import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { dateSchema } from '../../src/core/schemas.js';
import { parseJalaliDate } from '../../src/dates/index.js';
import { describeReceived, fieldName, InputError, inputError, isInputError, parseInput, safe } from '../../src/core/errors.js';

const Schema = z.object({
  person: z.object({ birthDate: dateSchema, age: z.optional(z.int().check(z.minimum(0))) }),
  scores: z.array(z.number()),
});

describe('the error model (SPEC §3: one typed error for malformed input)', () => {
  it('names the field, what was expected and what came, in Persian and English', () => {
    let caught: unknown;
    try {
      parseInput(Schema, { person: { birthDate: '1404/12/30' }, scores: [1, 'x'] }, 'input');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(InputError);
    const err = caught as InputError;
    expect(err.code).toBe('INPUT_INVALID');
    const fields = err.issues.map((i) => i.field).sort();
    expect(fields).toEqual(['input.person.birthDate', 'input.scores[1]']);
    const date = err.issues.find((i) => i.field === 'input.person.birthDate')!;
    expect(date.code).toBe('invalid_date');
    expect(date.received).toBe('"1404/12/30"');
    expect(date.message.en).toContain('1404 is not a leap year');
    expect(date.message.fa).toContain('کبیسه نیست');
    expect(date.message.fa).toContain('۱۴۰۴');
    const score = err.issues.find((i) => i.field === 'input.scores[1]')!;
    expect(score.code).toBe('invalid_type');
    expect(score.message.en).toBe('input.scores[1]: expected a value of type number, received "x"');
    expect(score.message.fa).toContain('عدد');
    expect(err.message.startsWith('Invalid input: ')).toBe(true);
    expect(err.messages.fa.startsWith('ورودی نادرست است')).toBe(true);
  });

  it('a Gregorian date string is refused with a message that it must come as a Date (SPEC D1)', () => {
    const r = safe(parseInput)(dateSchema, '2024-10-01', 'asOf');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues[0]!.message.en).toContain('a Gregorian date must come as a JS Date');
      expect(r.error.issues[0]!.message.fa).toContain('میلادی');
    }
  });

  it('safe() returns the value or the InputError and never swallows a defect', () => {
    expect(safe((x: number) => x + 1)(1)).toEqual({ ok: true, value: 2 });
    const bad = safe(() => {
      throw inputError('asOf', { en: 'a date', fa: 'تاریخ' }, 5);
    })();
    expect(bad.ok).toBe(false);
    expect(() =>
      safe(() => {
        throw new TypeError('bug');
      })(),
    ).toThrow(TypeError);
  });

  it('the error survives JSON and is recognised across copies', () => {
    const e = inputError('a.b', { en: 'a date', fa: 'تاریخ' }, null);
    const json = JSON.parse(JSON.stringify(e)) as unknown;
    expect(isInputError(json)).toBe(true);
    expect(isInputError(e)).toBe(true);
    expect(isInputError(new Error('x'))).toBe(false);
    expect(e.issues[0]!.field).toBe('a.b');
    expect(e.issues[0]!.received).toBe('null');
  });

  it('describes what came without throwing, whatever it is', () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true }), (v) => {
        expect(typeof describeReceived(v)).toBe('string');
      }),
    );
    expect(describeReceived(Number.NaN)).toBe('NaN');
    expect(describeReceived(-0)).toBe('-0');
    expect(describeReceived(new Date(Number.NaN))).toBe('Invalid Date');
    expect(describeReceived('x'.repeat(100)).length).toBeLessThan(50);
  });

  it('field names join keys and indexes', () => {
    expect(fieldName(['a', 0, 'b'])).toBe('a[0].b');
    expect(fieldName([], 'input')).toBe('input');
    expect(fieldName([])).toBe('(input)');
    expect(fieldName([2, 'x'])).toBe('[2].x');
  });

  it('any junk given to a schema gives an InputError or a value, never another throw', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        const r = safe(parseInput)(Schema, v);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });
});

describe('TSDoc examples of the error model', () => {
  it('TSDoc example: safe(parseJalaliDate)', () => {
    expect(safe(parseJalaliDate)('1403/12/30')).toEqual({ ok: true, value: '1403/12/30' });
    const bad = safe(parseJalaliDate)('1404/12/30');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues[0]!.field).toBe('input');
  });
});

describe('InputError messages stay short for huge inputs (issue 7: a batch of bad entries)', () => {
  const issue = (i: number) => ({
    path: [i, 'birthDate'],
    field: `[${i}].birthDate`,
    code: 'invalid_date',
    expected: { en: 'a Jalali date', fa: 'تاریخ شمسی' },
    received: '"x"',
    message: { en: `[${i}].birthDate: expected a Jalali date`, fa: `[${i}].birthDate: تاریخ شمسی لازم است` },
  });

  it('20 issues: the message names all 20 and says nothing of more', () => {
    const e = new InputError(Array.from({ length: 20 }, (_, i) => issue(i)));
    expect(e.message).toContain('[19].birthDate');
    expect(e.message).not.toContain('more');
    expect(e.messages.fa).not.toContain('مورد دیگر');
  });

  it('21 issues: the message names the first 20 and counts the one more; issues keeps all 21', () => {
    const e = new InputError(Array.from({ length: 21 }, (_, i) => issue(i)));
    expect(e.issues).toHaveLength(21);
    expect(e.message).toContain('[19].birthDate');
    expect(e.message).not.toContain('[20].birthDate');
    expect(e.message.endsWith('; and 1 more (see issues)')).toBe(true);
    expect(e.messages.fa.endsWith('؛ و ۱ مورد دیگر (فهرست issues)')).toBe(true);
  });

  it('10^5 bad entries through parseInput: every issue kept, the message a few KB (not megabytes)', () => {
    const schema = z.array(dateSchema);
    const input = Array.from({ length: 100_000 }, () => 'x');
    let error: unknown;
    try {
      parseInput(schema, input);
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
    const e = error as InputError;
    expect(e.issues).toHaveLength(100_000);
    expect(e.message.length).toBeLessThan(4_096);
    expect(e.message).toContain('and 99980 more');
  });
});
