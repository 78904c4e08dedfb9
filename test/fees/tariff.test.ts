import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import { RialsSchema, tariffInForce, TariffTableSchema, type TariffTableInput } from '../../src/fees/index.js';

const TABLE: TariffTableInput = [
  { effectiveFrom: '1402/01/01', services: { petition: 900_000 }, reference: 'approved 1401/12/20' },
  { effectiveFrom: '1403/01/01', services: { petition: 1_100_000, notice: 300_000 } },
];

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return e.issues.map((i) => i.field);
    throw e;
  }
  throw new Error('no error');
}

describe('Art. 13: the tariff in force (a dated table the caller supplies)', () => {
  it('TSDoc example: tariffInForce picks the tariff of 1402 on 1402/12/29', () => {
    expect(
      tariffInForce({
        tariffs: [
          { effectiveFrom: '1402/01/01', services: { petition: 900_000 } },
          { effectiveFrom: '1403/01/01', services: { petition: 1_100_000 } },
        ],
        service: 'petition',
        on: '1402/12/29',
      }),
    ).toEqual({ service: 'petition', amount: 900000, effectiveFrom: '1402/01/01', reference: null, index: 0 });
  });

  it('Art. 13: the day before a new tariff uses the old one, the day of it the new one', () => {
    expect(tariffInForce({ tariffs: TABLE, service: 'petition', on: '1402/12/29' }).amount).toBe(900_000);
    expect(tariffInForce({ tariffs: TABLE, service: 'petition', on: '1403/01/01' }).amount).toBe(1_100_000);
  });

  it('Art. 13: carries the approval reference through', () => {
    expect(tariffInForce({ tariffs: TABLE, service: 'petition', on: '1402/06/01' }).reference).toBe('approved 1401/12/20');
  });

  it('Art. 13: no tariff before the first one starts; a service a tariff does not list has no amount', () => {
    expect(tariffInForce({ tariffs: TABLE, service: 'petition', on: '1401/12/29' })).toEqual({
      service: 'petition',
      amount: null,
      effectiveFrom: null,
      reference: null,
      index: null,
    });
    const r = tariffInForce({ tariffs: TABLE, service: 'notice', on: '1402/05/01' });
    expect(r.amount).toBeNull();
    expect(r.effectiveFrom).toBe('1402/01/01');
  });

  it('a key inherited from Object.prototype is not a service', () => {
    expect(tariffInForce({ tariffs: TABLE, service: 'toString', on: '1403/05/01' }).amount).toBeNull();
  });

  it('Art. 13: the answer does not depend on the order of the table (property)', () => {
    const tariff = fc.record({
      year: fc.integer({ min: 1395, max: 1410 }),
      amount: fc.integer({ min: 0, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(tariff, { selector: (t) => t.year, minLength: 1, maxLength: 6 }), fc.integer({ min: 1394, max: 1411 }), (ts, onYear) => {
        const table = ts.map((t) => ({ effectiveFrom: `${t.year}/01/01`, services: { s: t.amount } }));
        const on = `${onYear}/06/15`;
        const a = tariffInForce({ tariffs: table, service: 's', on });
        const b = tariffInForce({ tariffs: [...table].reverse(), service: 's', on });
        expect(b.amount).toBe(a.amount);
        expect(b.effectiveFrom).toBe(a.effectiveFrom);
        // The simpler model: the latest year not after the service year.
        const inForce = ts.filter((t) => t.year <= onYear).sort((x, y) => y.year - x.year)[0];
        expect(a.amount).toBe(inForce === undefined ? null : inForce.amount);
      }),
    );
  });

  it('two tariffs starting on the same day are an input error naming the second', () => {
    const twice = [
      { effectiveFrom: '1403/01/01', services: {} },
      { effectiveFrom: '۱۴۰۳/۰۱/۰۱', services: {} },
    ];
    expect(fieldsOf(() => tariffInForce({ tariffs: twice, service: 's', on: '1403/02/01' }))).toEqual(['tariffs[1].effectiveFrom']);
  });

  it('negative, fractional, non-finite and unsafe amounts are input errors naming the field', () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      const table = [{ effectiveFrom: '1403/01/01', services: { petition: bad } }];
      expect(fieldsOf(() => tariffInForce({ tariffs: table, service: 'petition', on: '1403/02/01' }))).toEqual(['tariffs[0].services.petition']);
    }
  });

  it('RialsSchema accepts 0 and Number.MAX_SAFE_INTEGER, and reads -0 as 0', () => {
    expect(RialsSchema.parse(0)).toBe(0);
    expect(RialsSchema.parse(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(Object.is(RialsSchema.parse(-0), 0)).toBe(true);
    expect(TariffTableSchema.safeParse([{ effectiveFrom: '1403/01/01', services: { a: 1 } }]).success).toBe(true);
  });

  it('does not mutate its input', () => {
    const input = { tariffs: structuredClone(TABLE), service: 'petition', on: '1403/02/01' };
    const copy = structuredClone(input);
    tariffInForce(input);
    expect(input).toEqual(copy);
  });
});
