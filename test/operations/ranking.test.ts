import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError, type InputIssue } from '../../src/core/errors.js';
import { rankOffices, type OfficeRankingInput, type RankingIndexInput } from '../../src/operations/index.js';
import { type Finding } from '../../src/core/decision.js';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return e.issues.map((i) => i.field);
    throw e;
  }
  throw new Error('no error');
}

const INDICES: RankingIndexInput[] = [
  { id: 'satisfaction', basis: 'clientSatisfaction', weight: 3, scale: { min: 0, max: 100 }, direction: 'higherBetter' },
  { id: 'offences', basis: 'offences', weight: 1, scale: { min: 0, max: 10 }, direction: 'lowerBetter' },
];

const EXAMPLE: OfficeRankingInput = {
  asOf: '1403/08/15',
  indices: INDICES,
  offices: [
    { id: 'A', scores: { satisfaction: 80, offences: 0 }, fieldInspections: [] },
    { id: 'B', scores: { satisfaction: 40, offences: 5 }, fieldInspections: ['1403/02/10'] },
    { id: 'C', scores: { satisfaction: 20, offences: 10 }, fieldInspections: ['1402/11/01'] },
  ],
};

/** One below-average office (C) with the given inspections, on asOf. */
function withC(asOf: string, fieldInspections: string[] | undefined, options?: OfficeRankingInput['options']): OfficeRankingInput {
  return {
    asOf,
    indices: INDICES,
    offices: [
      { id: 'A', scores: { satisfaction: 90, offences: 0 }, fieldInspections: [] },
      { id: 'B', scores: { satisfaction: 80, offences: 1 }, fieldInspections: [] },
      { id: 'C', scores: { satisfaction: 10, offences: 9 }, ...(fieldInspections === undefined ? {} : { fieldInspections }) },
    ],
    ...(options === undefined ? {} : { options }),
  };
}

const cDue = (input: OfficeRankingInput): boolean | null | undefined => rankOffices(input).value.offices.find((o) => o.id === 'C')?.fieldInspectionDue;

describe('Art. 18: ranking on the caller\'s indices and weights', () => {
  it('TSDoc example: rankOffices ranks A, B, C; B and C fall below 47.5; only C still needs its field inspection', () => {
    const d = rankOffices(EXAMPLE);
    expect(d.value.offices.map((o) => [o.id, o.score, o.rank])).toEqual([
      ['A', 85, 1],
      ['B', 42.5, 2],
      ['C', 15, 3],
    ]);
    expect(d.value.nationalAverage).toBe(47.5);
    expect(d.value.fieldInspectionsDue).toEqual(['C']);
    expect(d.status).toBe('ranked');
  });

  it('Art. 18: names which of its indices the ranking uses', () => {
    const f = rankOffices(EXAMPLE).findings.find((x) => x.code === 'operations.ranking.indices');
    expect(f?.citation).toEqual({ article: 18 });
    expect(f?.message.en).toContain('client satisfaction');
    expect(f?.message.en).toContain('not used: breadth and variety of free services to deprived people, inspection reports, compliance with the rules');
  });

  it('Arts. 18–19, 49: the ranking is published to managers and may earn privileges (discretionary)', () => {
    const d = rankOffices(EXAMPLE);
    const cites = d.findings.filter((f) => f.status === 'info').map((f) => f.citation);
    expect(cites).toContainEqual({ article: 19 });
    expect(cites).toContainEqual({ article: 49 });
    expect(d.findings.find((f) => f.code === 'operations.ranking.privileges')?.message.en).toContain('may');
  });

  it('Art. 19 «متناسب با رتبه بندی»: equal composites share a rank (listed by id), and an office exactly at the national average is not below it', () => {
    const d = rankOffices({
      asOf: '1403/08/15',
      indices: INDICES,
      offices: [
        { id: 'z', scores: { satisfaction: 50, offences: 5 }, fieldInspections: [] },
        { id: 'y', scores: { satisfaction: 50, offences: 5 }, fieldInspections: [] },
        { id: 'x', scores: { satisfaction: 50, offences: 5 }, fieldInspections: [] },
      ],
    });
    expect(d.value.offices.map((o) => [o.id, o.rank, o.belowAverage])).toEqual([
      ['x', 1, false],
      ['y', 1, false],
      ['z', 1, false],
    ]);
    expect(d.value.fieldInspectionsDue).toEqual([]);
  });

  it('a value on an index of weight 0 is not needed', () => {
    const d = rankOffices({
      asOf: '1403/08/15',
      indices: [...INDICES, { id: 'reports', basis: 'inspectionReports', weight: 0, scale: { min: 0, max: 1 }, direction: 'higherBetter' }],
      offices: EXAMPLE.offices,
    });
    expect(d.status).toBe('ranked');
    expect(d.value.nationalAverage).toBe(47.5);
  });

  it('an office missing a value leaves the ranking incomplete, or is excluded by option', () => {
    const input: OfficeRankingInput = {
      ...EXAMPLE,
      offices: [...EXAMPLE.offices, { id: 'D', scores: { satisfaction: 70 }, fieldInspections: [] }],
    };
    const d = rankOffices(input);
    expect(d.status).toBe('incomplete');
    expect(d.value.nationalAverage).toBeNull();
    expect(d.value.offices.every((o) => o.rank === null && o.belowAverage === null)).toBe(true);
    expect(d.missing).toEqual(['offices[3].scores.offences']);
    const ex = rankOffices({ ...input, options: { unscored: 'exclude' } });
    expect(ex.status).toBe('ranked');
    expect(ex.value.nationalAverage).toBe(47.5);
    expect(ex.value.offices.map((o) => o.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(ex.value.offices[3]).toEqual({ id: 'D', score: null, rank: null, belowAverage: null, fieldInspectionsInYear: 0, fieldInspectionDue: null });
  });

  it('Art. 18 (property): the ranking does not depend on the order of the offices or of the indices', () => {
    const office = fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      s: fc.integer({ min: 0, max: 100 }),
      o: fc.integer({ min: 0, max: 10 }),
      f: fc.double({ min: 0, max: 1, noNaN: true }),
      inspected: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(office, { selector: (x) => x.id, minLength: 1, maxLength: 8 }).chain((offices) =>
          fc.tuple(fc.constant(offices), fc.shuffledSubarray(offices, { minLength: offices.length })),
        ),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        ([offices, shuffled], w) => {
          const indices: RankingIndexInput[] = [
            { id: 'satisfaction', weight: w, scale: { min: 0, max: 100 }, direction: 'higherBetter' },
            { id: 'offences', weight: 1, scale: { min: 0, max: 10 }, direction: 'lowerBetter' },
            { id: 'free', weight: 0.3, scale: { min: 0, max: 1 }, direction: 'higherBetter' },
          ];
          const toInput = (xs: typeof offices, ix: RankingIndexInput[]): OfficeRankingInput => ({
            asOf: '1403/08/15',
            indices: ix,
            offices: xs.map((x) => ({ id: x.id, scores: { satisfaction: x.s, offences: x.o, free: x.f }, fieldInspections: x.inspected ? ['1403/03/01'] : [] })),
          });
          const a = rankOffices(toInput(offices, indices));
          const b = rankOffices(toInput(shuffled, [...indices].reverse()));
          expect(b).toEqual(a);
        },
      ),
    );
  });

  it('Art. 18 (property): scores stay in 0–100; the best office is never below the average; doubling every weight changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10 })), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        (rows, w1, w2) => {
          const input = (k: number): OfficeRankingInput => ({
            asOf: '1403/08/15',
            indices: [
              { id: 's', weight: w1 * k, scale: { min: 0, max: 100 }, direction: 'higherBetter' },
              { id: 'o', weight: w2 * k, scale: { min: 0, max: 10 }, direction: 'lowerBetter' },
            ],
            offices: rows.map(([s, o], i) => ({ id: `o${i}`, scores: { s, o }, fieldInspections: [] })),
          });
          const d = rankOffices(input(1));
          for (const o of d.value.offices) {
            expect(o.score).toBeGreaterThanOrEqual(0);
            expect(o.score).toBeLessThanOrEqual(100);
          }
          expect(d.value.offices[0]?.belowAverage).toBe(false);
          expect(rankOffices(input(2)).value).toEqual(d.value);
        },
      ),
    );
  });

  it('Art. 19: competition ranking — 90, 90, 50 rank 1, 1, 3; one point less for the second office: 1, 2, 3', () => {
    expect(tieRanks([90, 90, 50]).value.offices.map((o) => o.rank)).toEqual([1, 1, 3]);
    expect(tieRanks([90, 89, 50]).value.offices.map((o) => o.rank)).toEqual([1, 2, 3]);
  });

  it('Art. 19: a privilege for the best 1 with two tied first goes to both (default includeTied), to neither under excludeTied', () => {
    const d = tieRanks([90, 90, 50], [{ id: 'kiosk', limit: 1 }]);
    expect(d.value.privileges).toEqual([{ id: 'kiosk', limit: 1, offices: ['o0', 'o1'], tiedAtLimit: ['o0', 'o1'] }]);
    const f = d.findings.find((x) => x.code === 'operations.ranking.privilege');
    expect(f).toMatchObject({ status: 'info', citation: { article: 19 }, data: { reading: 'includeTied' } });
    expect(f?.message.en).toBe('Privilege "kiosk" (for the best 1) goes to o0, o1; the offices tied at the limit (o0, o1) all get it (default reading).');
    const ex = tieRanks([90, 90, 50], [{ id: 'kiosk', limit: 1 }], 'excludeTied');
    expect(ex.value.privileges[0]).toEqual({ id: 'kiosk', limit: 1, offices: [], tiedAtLimit: ['o0', 'o1'] });
    expect(ex.findings.find((x) => x.code === 'operations.ranking.privilege')?.data).toMatchObject({ reading: 'excludeTied' });
  });

  it('Art. 19: a tie that does not straddle the limit changes nothing (best 2 of 90, 90, 50); one that does, by the option (90, 80, 80, 50, best 2)', () => {
    for (const r of ['includeTied', 'excludeTied'] as const) {
      expect(tieRanks([90, 90, 50], [{ id: 'p', limit: 2 }], r).value.privileges[0]).toEqual({ id: 'p', limit: 2, offices: ['o0', 'o1'], tiedAtLimit: [] });
    }
    expect(tieRanks([90, 80, 80, 50], [{ id: 'p', limit: 2 }]).value.privileges[0]?.offices).toEqual(['o0', 'o1', 'o2']);
    expect(tieRanks([90, 80, 80, 50], [{ id: 'p', limit: 2 }], 'excludeTied').value.privileges[0]?.offices).toEqual(['o0']);
  });

  it('Art. 19: while the ranking is incomplete no privilege is granted (unknown)', () => {
    const d = rankOffices({
      asOf: '1403/08/15',
      indices: [{ id: 's', weight: 1, scale: { min: 0, max: 100 }, direction: 'higherBetter' }],
      offices: [{ id: 'a', scores: { s: 1 } }, { id: 'b', scores: {} }],
      privileges: [{ id: 'p', limit: 1 }],
    });
    expect(d.value.privileges).toEqual([{ id: 'p', limit: 1, offices: null, tiedAtLimit: null }]);
    expect(d.findings.find((x) => x.code === 'operations.ranking.privilege')?.status).toBe('unknown');
  });

  it('Art. 19 (property): equal scores always get equal ranks; a rank is 1 + the number of offices scoring strictly more; privileges follow ranks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 8 }), (values, limit) => {
        for (const r of ['includeTied', 'excludeTied'] as const) {
          const d = tieRanks(values, [{ id: 'p', limit }], r);
          const rankOf = new Map(d.value.offices.map((o) => [o.id, o.rank as number]));
          values.forEach((v, k) => expect(rankOf.get(`o${k}`)).toBe(1 + values.filter((w) => w > v).length));
          const granted = new Set(d.value.privileges[0]?.offices);
          // Privileges follow ranks: an office that gets it outranks or ties every office that does not.
          for (const [id, rank] of rankOf) if (granted.has(id)) for (const [other, r2] of rankOf) if (!granted.has(other)) expect(rank).toBeLessThanOrEqual(r2);
          if (r === 'excludeTied') expect(granted.size).toBeLessThanOrEqual(limit);
          else expect(granted.size).toBeGreaterThanOrEqual(Math.min(limit, values.length));
        }
      }),
    );
  });

  it('Art. 18 (property): a better value never worsens an office\'s rank', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 6 }),
        fc.nat(),
        fc.integer({ min: 1, max: 100 }),
        (values, pick, gain) => {
          const i = pick % values.length;
          const input = (vs: number[]): OfficeRankingInput => ({
            asOf: '1403/08/15',
            indices: [{ id: 's', weight: 1, scale: { min: 0, max: 100 }, direction: 'higherBetter' }],
            offices: vs.map((s, k) => ({ id: `o${k}`, scores: { s }, fieldInspections: [] })),
          });
          const rankOf = (vs: number[]): number | null | undefined => rankOffices(input(vs)).value.offices.find((o) => o.id === `o${i}`)?.rank;
          const better = values.map((v, k) => (k === i ? Math.min(100, v + gain) : v));
          expect(rankOf(better) ?? 0).toBeLessThanOrEqual(rankOf(values) ?? 0);
        },
      ),
    );
  });
});

function tieRanks(values: readonly number[], privileges?: { id: string; limit: number }[], tieAtLimit?: 'includeTied' | 'excludeTied') {
  return rankOffices({
    asOf: '1403/08/15',
    indices: [{ id: 's', weight: 1, scale: { min: 0, max: 100 }, direction: 'higherBetter' }],
    offices: values.map((s, k) => ({ id: `o${k}`, scores: { s } })),
    ...(privileges === undefined ? {} : { privileges }),
    ...(tieAtLimit === undefined ? {} : { options: { tieAtLimit } }),
  });
}

describe('Art. 17 note 1: offices below the national average need a field inspection at least once a year', () => {
  it('Art. 17 note 1: the calendar year of asOf counts from Farvardin 1 (the day before does not count)', () => {
    expect(cDue(withC('1403/08/15', ['1403/01/01']))).toBe(false);
    expect(cDue(withC('1403/08/15', ['1402/12/29']))).toBe(true);
  });

  it('Art. 17 note 1: an inspection on asOf counts, one after asOf does not', () => {
    expect(cDue(withC('1403/08/15', ['1403/08/15']))).toBe(false);
    expect(cDue(withC('1403/08/15', ['1403/08/16']))).toBe(true);
  });

  it('Art. 17 note 1: not yet inspected this year, due by the year\'s last day (Esfand 30 in leap 1403)', () => {
    const d = rankOffices(withC('1403/08/15', []));
    expect(d.value.inspectionYear).toEqual({ basis: 'calendarYear', from: '1403/01/01', to: '1403/08/15', dueBy: '1403/12/30' });
    const f = d.findings.find((x) => x.code === 'operations.inspection.field');
    expect(f?.status).toBe('unmet');
    expect(f?.citation).toEqual({ article: 17, note: 1 });
    expect(f?.message.en).toContain('by 1403/12/30');
    expect(f?.message.fa).toContain('۱۴۰۳/۱۲/۳۰');
    expect(rankOffices(withC('1404/08/15', [])).value.inspectionYear.dueBy).toBe('1404/12/29');
  });

  it('Art. 17 note 1 (option rolling12Months): the twelve months ending on asOf', () => {
    const opt = { inspectionYear: 'rolling12Months' } as const;
    expect(cDue(withC('1403/08/15', ['1402/08/16'], opt))).toBe(false);
    expect(cDue(withC('1403/08/15', ['1402/08/15'], opt))).toBe(true);
    const d = rankOffices(withC('1403/08/15', [], opt));
    expect(d.value.inspectionYear).toEqual({ basis: 'rolling12Months', from: '1402/08/16', to: '1403/08/15', dueBy: null });
    expect(d.findings.find((x) => x.code === 'operations.inspection.field')?.message.en).toContain('overdue');
  });

  it('Art. 17 note 1: only offices below the average are checked; an unknown record makes the answer incomplete', () => {
    const d = rankOffices(withC('1403/08/15', undefined));
    expect(d.findings.filter((f) => f.code === 'operations.inspection.field').map((f) => f.message.en)).toEqual([
      'Office "C" is below the national average and its field inspections were not given.',
    ]);
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['offices[2].fieldInspections']);
    expect(cDue(withC('1403/08/15', undefined))).toBeNull();
  });

  it('bad input is an InputError naming the field', () => {
    const bad = (patch: Partial<OfficeRankingInput>): string[] => fieldsOf(() => rankOffices({ ...EXAMPLE, ...patch }));
    expect(bad({ offices: [{ id: 'A', scores: { satisfaction: 101, offences: 0 } }] })).toEqual(['offices[0].scores.satisfaction']);
    expect(bad({ offices: [{ id: 'A', scores: { speed: 1 } }] })).toEqual(['offices[0].scores.speed']);
    expect(bad({ offices: [{ id: 'A', scores: {} }, { id: 'A', scores: {} }] })).toEqual(['offices[1].id']);
    expect(bad({ offices: [] })).toEqual(['offices']);
    expect(bad({ indices: [{ id: 'x', weight: 0, scale: { min: 0, max: 1 }, direction: 'higherBetter' }], offices: [{ id: 'A', scores: {} }] })).toEqual(['indices']);
    expect(bad({ indices: [{ id: 'x', weight: -1, scale: { min: 0, max: 1 }, direction: 'higherBetter' }], offices: [{ id: 'A', scores: {} }] })).toEqual(['indices[0].weight']);
    expect(bad({ indices: [{ id: 'x', weight: 1, scale: { min: 1, max: 1 }, direction: 'higherBetter' }], offices: [{ id: 'A', scores: {} }] })).toEqual(['indices[0].scale.max']);
    expect(bad({ offices: [{ id: 'A', scores: { satisfaction: Number.NaN } }] })).toEqual(['offices[0].scores.satisfaction']);
    expect(bad({ offices: [{ id: 'A', scores: {}, fieldInspections: ['1403/12/31'] }] })).toEqual(['offices[0].fieldInspections[0]']);
  });

  it('every finding is cited and bilingual', () => {
    for (const f of rankOffices(EXAMPLE).findings) {
      expect([17, 18, 19, 49]).toContain(f.citation.article);
      expect(f.message.fa.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(/[0-9]/.test(f.message.fa)).toBe(false);
    }
  });

  it('does not mutate its input', () => {
    const input = structuredClone(EXAMPLE);
    const copy = structuredClone(input);
    rankOffices(input);
    expect(input).toEqual(copy);
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).

// Tests written to kill Stryker's survivors in src/operations/ranking.ts: normalisation on
// a scale not starting at 0, the indices used, unscored offices in both modes, the field
// inspection finding, each finding's status, missing facts and message, the decision's kind
// and summary, and the input errors' codes.
function issuesOf(fn: () => unknown): InputIssue[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return [...e.issues];
    throw e;
  }
  throw new Error('no error');
}
const fieldsAndCodes = (fn: () => unknown) => issuesOf(fn).map((i) => [i.field, i.code]);

const brief = (f: Finding): unknown[] => [f.code, f.status, f.citation, f.missing ?? []];

/** The TSDoc example: A 85, B 42.5, C 15; average 47.5. */
const example: OfficeRankingInput = {
  asOf: '1403/08/15',
  indices: [
    { id: 'satisfaction', basis: 'clientSatisfaction', weight: 3, scale: { min: 0, max: 100 }, direction: 'higherBetter' },
    { id: 'offences', basis: 'offences', weight: 1, scale: { min: 0, max: 10 }, direction: 'lowerBetter' },
  ],
  offices: [
    { id: 'A', scores: { satisfaction: 80, offences: 0 }, fieldInspections: [] },
    { id: 'B', scores: { satisfaction: 40, offences: 5 }, fieldInspections: ['1403/02/10'] },
    { id: 'C', scores: { satisfaction: 20, offences: 10 }, fieldInspections: ['1402/11/01'] },
  ],
};

const ix = (id: string, extra: Partial<RankingIndexInput> = {}): RankingIndexInput => ({ id, weight: 1, scale: { min: 0, max: 10 }, direction: 'higherBetter', ...extra });

describe('Arts. 17–19: every finding of the ranking — pinned', () => {
  it('Arts. 17 note 1, 18, 19, 49: the TSDoc example, finding by finding', () => {
    const d = rankOffices(example);
    expect(d.kind).toBe('operations.ranking');
    expect(d.status).toBe('ranked');
    expect(d.findings.map(brief)).toEqual([
      ['operations.ranking.indices', 'info', { article: 18 }, []],
      ['operations.ranking.average', 'info', { article: 17, note: 1 }, []],
      ['operations.inspection.field', 'met', { article: 17, note: 1 }, []],
      ['operations.inspection.field', 'unmet', { article: 17, note: 1 }, []],
      ['operations.ranking.publish', 'info', { article: 18 }, []],
      ['operations.ranking.privileges', 'info', { article: 19 }, []],
      ['operations.ranking.kiosk', 'info', { article: 49 }, []],
    ]);
    expect(d.findings[1]?.message).toEqual({ en: 'National average of 3 offices: 47.5.', fa: 'میانگین کشوری امتیاز ۳ دفتر: ۴۷٫۵.' });
    expect(d.findings[2]?.message.en).toBe('Office "B" is below the national average and had 1 field inspection from 1403/01/01 to 1403/08/15.');
    expect(d.findings[3]?.message.en).toBe(
      'Office "C" is below the national average and had no field inspection from 1403/01/01 to 1403/08/15; it must be inspected in the field at least once by 1403/12/30.',
    );
    expect(d.value.offices.map((o) => [o.id, o.belowAverage, o.fieldInspectionsInYear, o.fieldInspectionDue])).toEqual([
      ['A', false, 0, false],
      ['B', true, 1, false],
      ['C', true, 0, true],
    ]);
    expect(d.summary).toEqual({
      en: "3 offices ranked (national average 47.5); 1 still needs this year's field inspection.",
      fa: '۳ دفتر رتبه‌بندی شد (میانگین کشوری ۴۷٫۵)؛ ۱ دفتر هنوز بازرسی میدانی امسال را ندارند.',
    });
  });

  it('Art. 18: a value counts from the bottom of its declared scale, not from 0 (scale 1–5)', () => {
    const d = rankOffices({
      asOf: '1403/08/15',
      indices: [ix('s', { scale: { min: 1, max: 5 } }), ix('o', { scale: { min: 1, max: 5 }, direction: 'lowerBetter' })],
      offices: [
        { id: 'A', scores: { s: 5, o: 1 } },
        { id: 'B', scores: { s: 2, o: 2 } },
        { id: 'C', scores: { s: 1, o: 4 } },
      ],
    });
    expect(d.value.offices.map((o) => [o.id, o.score])).toEqual([
      ['A', 100],
      ['B', 50],
      ['C', 12.5],
    ]);
  });

  it('Art. 18: an index of weight 0 is not used; an index with no basis is one of the "others"; missing values are listed in id order', () => {
    const d = rankOffices({
      asOf: '1403/08/15',
      indices: [ix('z', { basis: 'offences', weight: 0 }), ix('b'), ix('a', { basis: 'clientSatisfaction' })],
      offices: [
        { id: 'Y', scores: { a: 1, b: 2 } },
        { id: 'X', scores: {} },
      ],
    });
    expect(d.findings[0]?.message.en).toBe(
      'Ranking indices among those Art. 18 names: client satisfaction, and others; not used: number and type of disciplinary offences, breadth and variety of free services to deprived people, inspection reports, compliance with the rules.',
    );
    const unscored = d.findings[1];
    expect(unscored && brief(unscored)).toEqual(['operations.ranking.unscored', 'unknown', { article: 18 }, ['offices[1].scores.a', 'offices[1].scores.b']]);
    expect(unscored?.message).toEqual({ en: 'Office "X" has no value for a, b.', fa: 'دفتر «X» مقدار شاخص‌های a، b را ندارد.' });
    expect(d.status).toBe('incomplete');
    expect(d.value.nationalAverage).toBeNull();
    const average = d.findings[2];
    expect(average && brief(average)).toEqual(['operations.ranking.average', 'unknown', { article: 17, note: 1 }, []]);
    expect(average?.message.en).toBe('The national average is unknown.');
    expect(d.summary.en).toBe("The ranking is incomplete; 0 offices known to need this year's field inspection.");
  });

  it('Art. 18 (option exclude): an unscored office is left out, noted as info with nothing missing', () => {
    const input: OfficeRankingInput = {
      asOf: '1403/08/15',
      indices: [ix('a')],
      offices: [{ id: 'X', scores: {} }, { id: 'Y', scores: { a: 4 } }, { id: 'Z', scores: { a: 6 } }],
      options: { unscored: 'exclude' },
    };
    const d = rankOffices(input);
    expect(d.status).toBe('incomplete');
    const unscored = d.findings[1];
    expect(unscored && brief(unscored)).toEqual(['operations.ranking.unscored', 'info', { article: 18 }, []]);
    expect(unscored?.message.en).toBe('Office "X" has no value for a; left out of the ranking.');
    expect(d.value.nationalAverage).toBe(50);
    expect(d.missing).toEqual(['offices[1].fieldInspections']);
    expect(d.value.offices.map((o) => [o.id, o.rank])).toEqual([
      ['Z', 1],
      ['Y', 2],
      ['X', null],
    ]);

    const none = rankOffices({ ...input, offices: [{ id: 'X', scores: {} }] });
    expect(none.value.nationalAverage).toBeNull();
    expect(none.findings[2]?.status).toBe('unknown');
    expect(none.status).toBe('incomplete');
  });

  it('Art. 17 note 1 (option rolling12Months): the year is the twelve months ending on asOf; option clamp for a day the month lacks', () => {
    const rolling = (asOf: string, overflow?: 'clamp') =>
      rankOffices({ ...example, asOf, options: { inspectionYear: 'rolling12Months', ...(overflow ? { overflow } : {}) } }).value.inspectionYear;
    expect(rolling('1403/08/15')).toEqual({ basis: 'rolling12Months', from: '1402/08/16', to: '1403/08/15', dueBy: null });
    // 1403/12/30 twelve months back: 1402 Esfand has 29 days, so next month (1403/01/01) + 1 day, or clamped (1402/12/29) + 1 day.
    expect(rolling('1403/12/30').from).toBe('1403/01/02');
    expect(rolling('1403/12/30', 'clamp').from).toBe('1403/01/01');
  });

  it('input errors carry their codes', () => {
    const base = { asOf: '1403/08/15', offices: [{ id: 'A', scores: {} }] };
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a', { scale: { min: 5, max: 5 } })] }))).toEqual([['indices[0].scale.max', 'invalid_scale']]);
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a'), ix('a')] }))).toEqual([['indices[1].id', 'duplicate_id']]);
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a')], offices: [{ id: 'A', scores: {} }, { id: 'A', scores: {} }] }))).toEqual([
      ['offices[1].id', 'duplicate_id'],
    ]);
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a', { weight: 0 })] }))).toEqual([['indices', 'invalid_weights']]);
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a', { weight: -2 }), ix('b')] })).map(([f]) => f)).toEqual(['indices[0].weight']);
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a')], offices: [{ id: 'A', scores: { zz: 1 } }] }))).toEqual([['offices[0].scores.zz', 'unknown_index']]);
    const [low] = issuesOf(() => rankOffices({ ...base, indices: [ix('a')], offices: [{ id: 'A', scores: { a: -1 } }] }));
    expect([low?.field, low?.code]).toEqual(['offices[0].scores.a', 'out_of_scale']);
    expect(low?.expected).toEqual({ en: "a value on the index's scale 0–10", fa: 'مقداری در مقیاس شاخص (0 تا 10)' });
  });
});
