import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import { rankOffices, type OfficeRankingInput, type RankingIndexInput } from '../../src/operations/index.js';

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
