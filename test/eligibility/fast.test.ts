/**
 * The fast validation path must agree with the zod schemas (the specification): where
 * the guard accepts an input, zod accepts it and parses it to the same value; where zod
 * refuses, the guard refuses too (and the schema's error is thrown).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastEligibilityInput, fastLicenceInput } from '../../src/eligibility/fast.js';
import { EligibilityInputSchema, LicenceInputSchema } from '../../src/eligibility/index.js';
import { dateInputArb, FULL, periodArb, personArb } from './arbitraries.js';

/** Drop undefined keys (zod keeps a key given as undefined; the rules read both alike). */
const normal = (x: unknown): unknown => JSON.parse(JSON.stringify(x));

/** A value of any kind, or one that is almost right. */
const junkArb = fc.oneof(
  fc.anything(),
  fc.constantFrom('1404/12/30', '1403/13/01', '2024/01/01', '', 'bachelor', 'law', 5, 0, -1, NaN, Infinity, null, true, [], {}),
  dateInputArb,
);

/** Every path into `x` (objects and arrays), the root included. */
function paths(x: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (x !== null && typeof x === 'object' && !(x instanceof Date)) {
    for (const [k, v] of Object.entries(x)) out.push(...paths(v, [...prefix, Array.isArray(x) ? Number(k) : k]));
  }
  return out;
}

/** Replace the value at one path of `x` (chosen by `choice`, every path alike) with junk, copying on the way. */
function corrupt(x: unknown, choice: number, junk: unknown): unknown {
  const all = paths(x);
  const path = all[choice % all.length]!;
  const set = (node: unknown, i: number): unknown => {
    if (i === path.length) return junk;
    const copy = (Array.isArray(node) ? [...node] : { ...(node as object) }) as Record<string | number, unknown>;
    copy[path[i]!] = set(copy[path[i]!], i + 1);
    return copy;
  };
  return set(x, 0);
}

function agree(schema: typeof EligibilityInputSchema | typeof LicenceInputSchema, fast: (v: unknown) => unknown, input: unknown): void {
  const f = fast(input);
  const z = schema.safeParse(input);
  if (!z.success) expect(f).toBeNull();
  else if (f !== null) expect(normal(f)).toEqual(normal(z.data));
}

describe('Arts. 9, 10, 11: the fast validation path agrees with the schemas', () => {
  const eligibilityArb = fc.record({ role: fc.constantFrom('manager', 'legalExpert'), asOf: dateInputArb, person: personArb });
  const licenceArb = fc.record(
    {
      asOf: dateInputArb,
      person: personArb,
      exam: fc.oneof(fc.record({ passed: fc.boolean() }), fc.constant({ score: 30, sittingScores: [71.4, 49.98, 30] })),
      experience: fc.record({ periods: fc.array(periodArb, { maxLength: 3 }) }),
      options: fc.record({ daysPerYear: fc.integer({ min: 1, max: 366 }), overflow: fc.constantFrom('nextMonth', 'clamp') }, { requiredKeys: [] }),
    },
    { requiredKeys: ['asOf', 'person'] },
  );

  it('Arts. 9, 11: valid inputs are accepted by the fast path with the value zod gives', () => {
    fc.assert(
      fc.property(eligibilityArb, (input) => {
        expect(fastEligibilityInput(input)).not.toBeNull();
        agree(EligibilityInputSchema, fastEligibilityInput, input);
      }),
    );
  });

  it('Arts. 9, 11: corrupted inputs: the fast path never accepts what zod refuses', () => {
    fc.assert(
      fc.property(eligibilityArb, fc.nat(), junkArb, (input, choice, junk) => {
        agree(EligibilityInputSchema, fastEligibilityInput, corrupt(input, choice, junk));
      }),
      { numRuns: 1000 },
    );
  });

  it('Art. 10: valid licence inputs are accepted by the fast path with the value zod gives', () => {
    fc.assert(
      fc.property(licenceArb, (input) => {
        expect(fastLicenceInput(input)).not.toBeNull();
        agree(LicenceInputSchema, fastLicenceInput, input);
      }),
    );
  });

  it('Art. 10: corrupted licence inputs: the fast path never accepts what zod refuses', () => {
    fc.assert(
      fc.property(licenceArb, fc.nat(), junkArb, (input, choice, junk) => {
        agree(LicenceInputSchema, fastLicenceInput, corrupt(input, choice, junk));
      }),
      { numRuns: 1000 },
    );
  });

  it('Art. 9(ت): degrees built field by field from valid and near-valid values: the fast path agrees with zod', () => {
    const near = fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constantFrom('bachelor', 'associate', 'diploma', 'law', 'seminary', 'university', '2', null, true));
    const degree = fc.record(
      {
        kind: fc.oneof(fc.constantFrom('university', 'seminary'), near),
        level: fc.oneof(fc.constantFrom('bachelor', 'master', 'doctorate', 'associate', 1, 2, 3, 4), near),
        field: fc.oneof(fc.constantFrom('law', 'politicalScience', 'other'), near),
        awarded: fc.oneof(fc.boolean(), near),
        awardedOn: fc.oneof(dateInputArb, near),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(degree, { maxLength: 3 }), (degrees) => {
        agree(EligibilityInputSchema, fastEligibilityInput, { role: 'manager', asOf: '1404/01/01', person: { degrees } });
      }),
      { numRuns: 1000 },
    );
  });

  it('Arts. 9, 11: the fast path does not mutate its input nor share arrays with it', () => {
    const input = { role: 'manager', asOf: '1404/01/01', person: FULL };
    const parsed = fastEligibilityInput(input)!;
    expect(parsed.person.degrees).not.toBe(FULL.degrees);
    expect(parsed.person.degrees![0]).not.toBe(FULL.degrees![0]);
  });
});
