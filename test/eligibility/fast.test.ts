/**
 * The fast validation path must agree with the zod schemas (the specification): where
 * the guard accepts an input, zod accepts it and parses it to the same value; where zod
 * refuses, the guard refuses too (and the schema's error is thrown).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideBatch, fastEligibilityInput, fastLicenceInput, fastPeriods, fastPerson } from '../../src/eligibility/fast.js';
import { EligibilityInputSchema, LicenceInputSchema, checkLicence, EligibilityBatchInputSchema, LicenceBatchInputSchema, PersonFactsSchema } from '../../src/eligibility/index.js';
import { dateInputArb, FULL, periodArb, personArb, day } from './arbitraries.js';
import { isInputError } from '../../src/core/errors.js';

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

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation-testing tests for src/eligibility/fast.ts (issue 7): the fast validation path
// accepts exactly the well-formed inputs of the zod schemas (the specification) and parses
// them to the same value; what zod refuses it refuses (returns null) too. Each case below
// is a boundary the property tests of fast.test.ts reach only by chance: the options'
// keys and bounds, the two forms of the exam fact, the order of a period's dates, the
// batches.
/** Drop undefined keys (the fast path gives every key, undefined when not given). */
interface Schema {
  safeParse(v: unknown): { success: boolean; data?: unknown };
}

/** Both paths accept `input` (with the same value) or both refuse it. */
function agreePinned(schema: Schema, fast: (v: unknown) => unknown, input: unknown, accepted: boolean): void {
  const z = schema.safeParse(input);
  expect(z.success, `zod on ${JSON.stringify(input)}`).toBe(accepted);
  const f = fast(input);
  if (accepted) {
    expect(f, `fast path on ${JSON.stringify(input)}`).not.toBeNull();
    expect(normal(f)).toEqual(normal(z.data));
  } else {
    expect(f, `fast path on ${JSON.stringify(input)}`).toBeNull();
  }
}

const ELIG = { role: 'manager', asOf: '1404/01/01', person: FULL };
const LIC = { asOf: '1404/01/01', person: FULL };
const elig = (extra: Record<string, unknown>, accepted: boolean): void => agreePinned(EligibilityInputSchema, fastEligibilityInput, { ...ELIG, ...extra }, accepted);
const lic = (extra: Record<string, unknown>, accepted: boolean): void => agreePinned(LicenceInputSchema, fastLicenceInput, { ...LIC, ...extra }, accepted);

describe('fast.ts: options (strict objects) — pinned', () => {
  it('Art. 9(ث), D3: eligibility options: overflow nextMonth / clamp / left out are accepted; anything else, or another key, is refused', () => {
    elig({ options: {} }, true);
    elig({ options: { overflow: 'clamp' } }, true);
    elig({ options: { overflow: 'nextMonth' } }, true);
    elig({ options: { overflow: undefined } }, true);
    elig({ options: { overflow: 'clip' } }, false);
    elig({ options: { overflow: null } }, false);
    elig({ options: { daysPerYear: 365 } }, false);
    elig({ options: { foo: undefined } }, false);
    elig({ options: { foo: 1 } }, false);
    elig({ options: 'clamp' }, false);
    elig({ options: null }, false);
  });

  it('Art. 10(ب), D5: licence option daysPerYear is an integer 1–366: 1 and 366 are accepted, 0, 367, 365.5, "365" are not', () => {
    for (const n of [1, 365, 366]) lic({ options: { daysPerYear: n } }, true);
    for (const n of [0, -1, 367, 365.5, '365', Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, null]) lic({ options: { daysPerYear: n } }, false);
    lic({ options: { daysPerYear: 365, overflow: 'clamp' } }, true);
    lic({ options: { daysPerYear: undefined } }, true);
    lic({ options: { counting: 'civilProcedure' } }, false);
  });
});

describe('fast.ts: the exam fact of Art. 10(الف) — pinned', () => {
  it('Art. 10(الف): { passed } alone, or { score, sittingScores } with the score among them', () => {
    lic({ exam: { passed: true } }, true);
    lic({ exam: { passed: false, score: undefined, sittingScores: undefined } }, true);
    lic({ exam: { score: 30, sittingScores: [71.4, 49.98, 30] } }, true);
    lic({ exam: { score: 30, sittingScores: [30] } }, true);
  });

  it('Art. 10(الف): both forms at once, or half of the second, are refused', () => {
    lic({ exam: { passed: true, score: 30 } }, false);
    lic({ exam: { passed: false, sittingScores: [30] } }, false);
    lic({ exam: { passed: true, score: 30, sittingScores: [30] } }, false);
    lic({ exam: { score: 30 } }, false);
    lic({ exam: { sittingScores: [30] } }, false);
    lic({ exam: {} }, false);
  });

  it('Art. 10(الف): a passed that is not a boolean, a score not in the sitting, an empty sitting, a score not finite are refused', () => {
    lic({ exam: { passed: 'yes', score: 30, sittingScores: [30] } }, false);
    lic({ exam: { passed: null, score: 30, sittingScores: [30] } }, false);
    lic({ exam: { score: 31, sittingScores: [30] } }, false);
    lic({ exam: { score: 30, sittingScores: [] } }, false);
    lic({ exam: { score: Number.NaN, sittingScores: [Number.NaN] } }, false);
    lic({ exam: { score: 30, sittingScores: [30, Number.POSITIVE_INFINITY] } }, false);
    lic({ exam: { score: '30', sittingScores: ['30'] } }, false);
    lic({ exam: { score: 30, sittingScores: '30' } }, false);
    lic({ exam: 'passed' }, false);
    lic({ exam: null }, false);
  });

  it('Art. 10(الف): the sitting\'s scores are copied, not shared with the input', () => {
    const sittingScores = [71.4, 49.98, 30];
    const parsed = fastLicenceInput({ ...LIC, exam: { score: 30, sittingScores } }) as { exam: { sittingScores: number[] } };
    expect(parsed.exam.sittingScores).toEqual(sittingScores);
    expect(parsed.exam.sittingScores).not.toBe(sittingScores);
  });
});

describe('fast.ts: the experience of Art. 10(ب) — pinned', () => {
  it('Art. 10(ب): a period may end on the day it starts, or go on; it may not end before it starts', () => {
    lic({ experience: { periods: [{ start: '1402/01/01', end: '1402/01/01', related: true }] } }, true);
    lic({ experience: { periods: [{ start: '1402/01/01' }] } }, true);
    lic({ experience: { periods: [{ start: '1402/01/01', end: '1402/01/02', related: false }] } }, true);
    lic({ experience: { periods: [] } }, true);
    lic({ experience: { periods: [{ start: '1402/01/02', end: '1402/01/01' }] } }, false);
    lic({ experience: { periods: [{ start: '1402/01/01', related: 'yes' }] } }, false);
    lic({ experience: { periods: [{ end: '1402/01/01' }] } }, false);
    lic({ experience: { periods: [null] } }, false);
    lic({ experience: { periods: {} } }, false);
    lic({ experience: {} }, false);
  });

  it('Art. 10(ب): fastPeriods reads each period to day numbers, in order', () => {
    const p = fastPeriods([{ start: '1402/01/01', end: '1402/01/01', related: true }, { start: '1403/01/01' }]);
    expect(normal(p)).toEqual([{ start: day(1402, 1, 1), end: day(1402, 1, 1), related: true }, { start: day(1403, 1, 1) }]);
    expect(fastPeriods('x')).toBeNull();
  });

  it('Art. 10(ب): an experience that is not an object (null, an array, a string) is a typed error naming the field, never a TypeError', () => {
    for (const experience of [null, [], 'x', 5]) {
      lic({ experience }, false);
      let err: unknown;
      try {
        checkLicence({ ...LIC, experience } as never);
      } catch (e) {
        err = e;
      }
      expect(isInputError(err)).toBe(true);
    }
  });
});

describe('fast.ts: the person and the dates — pinned', () => {
  it('Arts. 9, 11: an enumerated fact of another type than a string is refused (religion 1, sex null, militaryService true)', () => {
    for (const extra of [{ religion: 1 }, { sex: null }, { militaryService: true }, { religion: 'Islam' }]) {
      agreePinned(PersonFactsSchema, fastPerson, { ...FULL, ...extra }, false);
    }
    agreePinned(PersonFactsSchema, fastPerson, { ...FULL, religion: 'other', sex: 'female', militaryService: 'other' }, true);
  });

  it('Art. 9(ت): a degree level or field of another type is refused (level 2 at university, field 1)', () => {
    for (const d of [
      { kind: 'university', level: 2, field: 'law' },
      { kind: 'university', level: 'bachelor', field: 1 },
      { kind: 'university', level: null },
      { kind: 'seminary', level: '2' },
    ]) {
      agreePinned(PersonFactsSchema, fastPerson, { degrees: [d] }, false);
    }
  });

  it('Art. 9(ث): a date that is neither a string nor a Date (a number, an object) is refused; a JS Date is read', () => {
    elig({ asOf: 14040101 }, false);
    elig({ asOf: { year: 1404 } }, false);
    elig({ asOf: null }, false);
    elig({ asOf: new Date(Date.UTC(2025, 2, 21)) }, true);
    agreePinned(PersonFactsSchema, fastPerson, { birthDate: 13700510 }, false);
  });
});

describe('fast.ts: batches — pinned', () => {
  /** decideBatch with the eligibility guard and schema, recording which path read what. */
  function run(inputs: unknown) {
    const seen: { fast: number; slow: number; decided: unknown[] } = { fast: 0, slow: 0, decided: [] };
    const out = decideBatch(
      inputs,
      (v) => (seen.fast++, fastEligibilityInput(v)),
      (v) => (seen.slow++, EligibilityBatchInputSchema.parse(v)),
      (p) => (seen.decided.push(p), p.role),
    );
    return { out, seen };
  }

  it('Arts. 9, 11: a batch of valid inputs is decided entry by entry as it is read, the schema never run', () => {
    const batch = [ELIG, { ...ELIG, role: 'legalExpert' }, { role: 'manager', asOf: '1403/06/01', person: {} }];
    const { out, seen } = run(batch);
    expect(out).toEqual(['manager', 'legalExpert', 'manager']);
    expect(seen).toMatchObject({ fast: 3, slow: 0 });
    expect(seen.decided).toEqual(batch.map((b) => fastEligibilityInput(b)));
    expect(normal(seen.decided)).toEqual(normal(EligibilityBatchInputSchema.parse(batch)));
    expect(run([])).toEqual({ out: [], seen: { fast: 0, slow: 0, decided: [] } });
  });

  it('Arts. 9, 11: a batch with one bad entry, or that is not an array, is left to the schema, which names the entry', () => {
    expect(() => run([ELIG, { ...ELIG, role: 'clerk' }])).toThrow();
    const bad = [{ ...ELIG, role: 'clerk' }, ELIG];
    let slow = 0;
    expect(() => decideBatch(bad, fastEligibilityInput, (v) => (slow++, EligibilityBatchInputSchema.parse(v)), () => 0)).toThrow();
    expect(slow).toBe(1);
    expect(() => run(ELIG)).toThrow();
    expect(() => run(null)).toThrow();
  });

  it('Arts. 9, 11: where the guard refuses what the schema accepts, every entry is decided from the schema, in order', () => {
    const batch = [ELIG, { ...ELIG, role: 'legalExpert' }];
    const out = decideBatch(batch, (v) => (v === batch[1] ? null : fastEligibilityInput(v)), (v) => EligibilityBatchInputSchema.parse(v), (p) => p.role);
    expect(out).toEqual(['manager', 'legalExpert']);
  });

  it('Art. 10: a licence batch of valid inputs is read entry by entry; one bad entry, or no array, leaves it to the schema', () => {
    const batch = [LIC, { ...LIC, exam: { passed: true } }, { asOf: '1403/06/01', person: {}, experience: { periods: [{ start: '1402/01/01' }] } }];
    const decided: unknown[] = [];
    let slow = 0;
    const lic = (inputs: unknown) => decideBatch(inputs, fastLicenceInput, (v) => (slow++, LicenceBatchInputSchema.parse(v)), (p) => (decided.push(p), 1));
    expect(lic(batch)).toEqual([1, 1, 1]);
    expect(slow).toBe(0);
    expect(decided).toEqual(batch.map((b) => fastLicenceInput(b)));
    expect(normal(decided)).toEqual(normal(LicenceBatchInputSchema.parse(batch)));
    expect(lic([])).toEqual([]);
    expect(() => lic([LIC, { ...LIC, exam: { passed: 'no' } }])).toThrow();
    expect(() => lic([{ ...LIC, asOf: '1404/13/01' }, LIC])).toThrow();
    expect(() => lic(LIC)).toThrow();
    expect(slow).toBe(3);
  });
});
