import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseJalali } from '../../src/_lib/jalali.js';
import { assessExperience, type DegreeInput, type ExperienceInput, type WorkPeriodInput } from '../../src/eligibility/index.js';
import { dateAt, day, deepFreeze, degreeArb, LAW_BACHELOR, periodArb, relatedPeriodArb } from './arbitraries.js';
import { thrown } from '../support/input-error.js';
import { toPersianDigits } from '../../src/_lib/digits.js';
import { type Finding } from '../../src/core/decision.js';

const LAW_MASTER: DegreeInput = { kind: 'university', level: 'master', field: 'law', awarded: true };
const LAW_PHD: DegreeInput = { kind: 'university', level: 'doctorate', field: 'law', awarded: true };
const START = day(1400, 1, 1);

const assess = (periods: WorkPeriodInput[], asOf: string, degrees: DegreeInput[] = [LAW_BACHELOR], options?: ExperienceInput['options']) =>
  assessExperience(options === undefined ? { asOf, degrees, periods } : { asOf, degrees, periods, options });


/** A simple model: the set of related days up to asOf, counted one by one. */
function modelCount(periods: readonly WorkPeriodInput[], asOf: number): number {
  const days = new Set<number>();
  for (const p of periods) {
    if (p.related !== true) continue;
    const s = parseJalali(p.start as string) as number;
    const e = p.end === undefined ? asOf : Math.min(asOf, parseJalali(p.end as string) as number);
    for (let d = s; d <= e; d++) days.add(d);
  }
  return days.size;
}

describe('assessExperience: Art. 10(ب), D4–D5', () => {
  it('TSDoc example: assessExperience', () => {
    const v = assessExperience({
      asOf: '1404/01/01',
      degrees: [{ kind: 'university', level: 'bachelor', field: 'law', awarded: true }],
      periods: [{ start: '1402/01/01', related: true }],
    }).value;
    expect(v).toEqual({
      requiredYears: 3,
      requiredDays: 1095,
      minimumRequiredDays: 1095,
      countedDays: 732,
      shortfallDays: 363,
      reachedOn: '1404/12/28',
      ongoing: true,
      governingDegree: 0,
    });
  });

  it("Art. 10(ب): a bachelor's holder with 1094 days is one day short; with 1095 days the 3 years are met", () => {
    const short = assess([{ start: dateAt(START), related: true }], dateAt(START, 1093));
    expect(short.status).toBe('insufficient');
    expect(short.value.countedDays).toBe(1094);
    expect(short.value.shortfallDays).toBe(1);
    expect(short.value.reachedOn).toBe(dateAt(START, 1094));
    expect(short.findings[0]!.message.en).toBe(
      `1094 days of related work; a holder of a bachelor's in law needs 3 years (1095 days): 1 day short; reached on ${dateAt(START, 1094)} if the work goes on.`,
    );
    const met = assess([{ start: dateAt(START), related: true }], dateAt(START, 1094));
    expect(met.status).toBe('sufficient');
    expect(met.value.countedDays).toBe(1095);
    expect(met.value.shortfallDays).toBe(0);
    expect(met.value.reachedOn).toBe(dateAt(START, 1094));
  });

  it("Art. 10(ب): a master's needs 2 years (730 days), a PhD 1 year (365 days): 729/730 and 364/365", () => {
    const at = (n: number, degree: DegreeInput) => assess([{ start: dateAt(START), end: dateAt(START, n - 1), related: true }], '1405/01/01', [degree]);
    expect(at(729, LAW_MASTER).status).toBe('insufficient');
    expect(at(730, LAW_MASTER).status).toBe('sufficient');
    expect(at(364, LAW_PHD).status).toBe('insufficient');
    expect(at(365, LAW_PHD).status).toBe('sufficient');
  });

  it('Art. 10(ب): seminary levels 2, 3, 4 need 3, 2, 1 years', () => {
    const years = [2, 3, 4].map((level) => assess([], '1404/01/01', [{ kind: 'seminary', level: level as 2 | 3 | 4, awarded: true }]).value.requiredYears);
    expect(years).toEqual([3, 2, 1]);
  });

  it('Art. 10(ب): the highest *qualifying* degree sets the requirement (D4)', () => {
    // An unrelated master's does not lower the bachelor's 3 years.
    expect(assess([], '1404/01/01', [{ kind: 'university', level: 'master', field: 'economics', awarded: true }, LAW_BACHELOR]).value.requiredYears).toBe(3);
    // A PhD not yet awarded does not count either.
    expect(assess([], '1404/01/01', [{ ...LAW_PHD, awarded: false }, LAW_BACHELOR]).value.requiredYears).toBe(3);
    // Seminary level 4 beside a bachelor's: 1 year.
    const v = assess([], '1404/01/01', [LAW_BACHELOR, { kind: 'seminary', level: 4, awarded: true }]).value;
    expect(v.requiredYears).toBe(1);
    expect(v.governingDegree).toBe(1);
  });

  it('Art. 10(ب): overlapping periods are counted once (D5)', () => {
    const v = assess(
      [
        { start: '1400/01/01', end: '1400/12/29', related: true },
        { start: '1400/07/01', end: '1401/06/31', related: true },
      ],
      '1405/01/01',
    ).value;
    expect(v.countedDays).toBe(day(1401, 6, 31) - day(1400, 1, 1) + 1);
  });

  it('Art. 10(ب): periods are cut at asOf; an open period runs to asOf; a future period counts nothing yet', () => {
    const v = assess([{ start: '1403/01/01', end: '1406/01/01', related: true }], '1403/01/10').value;
    expect(v.countedDays).toBe(10);
    expect(v.ongoing).toBe(true);
    const future = assess([{ start: '1404/02/01', related: true }], '1404/01/01').value;
    expect(future.countedDays).toBe(0);
    expect(future.reachedOn).toBe(dateAt(day(1404, 2, 1), 1094));
  });

  it('Art. 10(ب): unrelated work is not counted; work of unknown relatedness leaves the answer open and is listed', () => {
    const unrelated = assess([{ start: '1390/01/01', end: '1399/01/01', related: false }], '1404/01/01');
    expect(unrelated.status).toBe('insufficient');
    expect(unrelated.value.countedDays).toBe(0);
    expect(unrelated.value.reachedOn).toBeNull();
    expect(unrelated.value.ongoing).toBe(false);
    expect(unrelated.findings[0]!.message.en.endsWith('days short.')).toBe(true);

    const open = assess([{ start: '1390/01/01', end: '1399/01/01' }], '1404/01/01');
    expect(open.status).toBe('incomplete');
    expect(open.missing).toEqual(['periods[0].related']);
    // Enough related work already: the unknown period does not matter.
    const enough = assess([{ start: '1390/01/01', end: '1399/01/01' }, { start: '1395/01/01', end: '1399/01/01', related: true }], '1404/01/01');
    expect(enough.status).toBe('sufficient');
    expect(enough.missing).toEqual([]);
    // Too little even if it were related: insufficient, not incomplete.
    const little = assess([{ start: '1403/01/01', end: '1403/02/01' }], '1404/01/01');
    expect(little.status).toBe('insufficient');
  });

  it('Art. 10(ب): no qualifying degree: no requirement of the clause can be met', () => {
    const d = assess([{ start: '1390/01/01', related: true }], '1404/01/01', [{ kind: 'university', level: 'bachelor', field: 'softwareEngineering', awarded: true }]);
    expect(d.status).toBe('insufficient');
    expect(d.value.requiredDays).toBeNull();
    expect(d.value.shortfallDays).toBeNull();
    expect(d.findings[0]!.code).toBe('eligibility.experience.noQualifyingDegree');
  });

  it('Art. 10(ب): a seminary degree of unknown level: the requirement is open, its least value is 1 year', () => {
    const d = assess([{ start: '1402/01/01', related: true }], '1404/01/01', [{ kind: 'seminary', awarded: true }]);
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['degrees[0].level']);
    expect(d.value.requiredDays).toBeNull();
    expect(d.value.minimumRequiredDays).toBe(365);
    // Less than the least possible requirement: insufficient whatever the level.
    const few = assess([{ start: '1403/06/01', related: true }], '1404/01/01', [{ kind: 'seminary', awarded: true }]);
    expect(few.status).toBe('insufficient');
    expect(few.findings[0]!.code).toBe('eligibility.experience.shortOfLeast');
  });

  it('Art. 10(ب): degrees or periods left out are unknown, never an error', () => {
    expect(assessExperience({ asOf: '1404/01/01', periods: [{ start: '1400/01/01', related: true }] }).missing).toEqual(['degrees']);
    // No work at all is short whatever the degree.
    expect(assessExperience({ asOf: '1404/01/01', periods: [] }).status).toBe('insufficient');
    expect(assessExperience({ asOf: '1404/01/01', degrees: [LAW_BACHELOR] }).missing).toEqual(['periods']);
  });

  it('Art. 10(ب): option daysPerYear (D5) changes N years into N × daysPerYear days', () => {
    expect(assess([], '1404/01/01', [LAW_BACHELOR], { daysPerYear: 366 }).value.requiredDays).toBe(1098);
  });

  it('Art. 10(ب): a period that ends before it starts is an InputError naming the field', () => {
    const e = thrown(() => assess([{ start: '1400/01/01', related: true }, { start: '1402/01/02', end: '1402/01/01', related: true }], '1404/01/01'));
    expect(e.issues.map((i) => i.field)).toEqual(['periods[1].end']);
    expect(e.issues[0]!.received).toBe('"1402/01/01"');
    expect(thrown(() => assess([{ start: '1403/12/31' }], '1404/01/01')).issues[0]!.field).toBe('periods[0].start');
    expect(thrown(() => assess([{ start: '1403/01/01', related: 'yes' as unknown as boolean }], '1404/01/01')).issues[0]!.field).toBe('periods[0].related');
  });
});

describe('Art. 10(ب): properties of the count (D5)', () => {
  it('Art. 10(ب): the count equals a day-by-day model of the related days', () => {
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 6 }), fc.integer({ min: day(1395, 1, 1), max: day(1406, 1, 1) }), (periods, asOf) => {
        expect(assess(periods, formatDayNumber(asOf)).value.countedDays).toBe(modelCount(periods, asOf));
      }),
    );
  });

  it('Art. 10(ب): the order of the periods does not matter', () => {
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 6 }).chain((ps) => fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length }))), ([a, b]) => {
        // The same answer; only the indexes in the paths of unknown facts follow the order given.
        const x = assess(a, '1404/01/01');
        const y = assess(b, '1404/01/01');
        expect(y.status).toBe(x.status);
        expect(y.value).toEqual(x.value);
        expect(y.summary).toEqual(x.summary);
        expect(y.missing.length).toBe(x.missing.length);
      }),
    );
  });

  it('Art. 10(ب): overlapping periods are not counted twice (a period given twice changes nothing)', () => {
    fc.assert(
      fc.property(fc.array(relatedPeriodArb, { minLength: 1, maxLength: 5 }), fc.nat(), (periods, i) => {
        const dup = [...periods, periods[i % periods.length]!];
        expect(assess(dup, '1404/01/01').value).toEqual(assess(periods, '1404/01/01').value);
      }),
    );
  });

  it('Art. 10(ب): more experience never raises the shortfall nor turns sufficient into insufficient', () => {
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 5 }), relatedPeriodArb, (periods, more) => {
        const before = assess(periods, '1404/01/01');
        const after = assess([...periods, more], '1404/01/01');
        expect(after.value.countedDays).toBeGreaterThanOrEqual(before.value.countedDays);
        expect(after.value.shortfallDays!).toBeLessThanOrEqual(before.value.shortfallDays!);
        if (before.status === 'sufficient') expect(after.status).toBe('sufficient');
      }),
    );
  });

  it('Art. 10(ب): the count never exceeds the days from the earliest start to asOf; the date reached, when past, is when it was met', () => {
    fc.assert(
      fc.property(fc.array(relatedPeriodArb, { minLength: 1, maxLength: 5 }), (periods) => {
        const asOf = day(1404, 1, 1);
        const v = assess(periods, formatDayNumber(asOf)).value;
        const earliest = Math.min(...periods.map((p) => parseJalali(p.start as string) as number));
        expect(v.countedDays).toBeLessThanOrEqual(Math.max(0, asOf - earliest + 1));
        if (v.reachedOn !== null) {
          const reached = parseJalali(v.reachedOn) as number;
          // On the day reached the count is exactly the requirement, the day before one short.
          expect(assess(periods, v.reachedOn).value.countedDays).toBe(1095);
          expect(assess(periods, formatDayNumber(reached - 1)).value.countedDays).toBe(1094);
        }
      }),
    );
  });

  it('Art. 10(ب): incomplete exactly when some fact is listed as missing; giving the missing facts never changes a settled answer', () => {
    fc.assert(
      fc.property(fc.array(degreeArb, { maxLength: 3 }), fc.array(periodArb, { maxLength: 4 }), fc.boolean(), (degrees, periods, relatedFill) => {
        const d = assessExperience({ asOf: '1404/01/01', degrees, periods });
        expect(d.status === 'incomplete').toBe(d.missing.length > 0);
        // Settle every period's relatedness: a sufficient or insufficient answer stays.
        const settled = periods.map((p) => (p.related === undefined ? { ...p, related: relatedFill } : p));
        const after = assessExperience({ asOf: '1404/01/01', degrees, periods: settled });
        if (d.status !== 'incomplete') expect(after.status).toBe(d.status);
      }),
    );
  });

  it('Art. 10(ب): the input is never mutated', () => {
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 5 }), (periods) => {
        const input = deepFreeze({ asOf: '1404/01/01', degrees: [LAW_BACHELOR], periods });
        expect(() => assessExperience(input)).not.toThrow();
      }),
    );
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation-testing tests for src/eligibility/experience.ts (issue 7, item 5): Art. 10(ب)
// (3 / 2 / 1 years by the highest qualifying degree, SPEC D4) and the day count of SPEC D5
// (merged periods, cut at asOf, both ends inclusive). Each pins the finding's code, status,
// citation, `missing`, `data` and the key numbers and dates of both messages.
const CITE = { article: 10, clause: 'ب' };
const S = day(1400, 1, 1);
const ASSOC: DegreeInput = { kind: 'university', level: 'associate', field: 'law', awarded: true };

/** A period from S+a to S+b (b undefined: goes on); `'unknown'` leaves `related` out. */
const per = (a: number, b?: number, rel: boolean | 'unknown' = true): WorkPeriodInput => {
  const related = rel === 'unknown' ? undefined : rel;
  const p: { start: string; end?: string; related?: boolean } = { start: dateAt(S, a) };
  if (b !== undefined) p.end = dateAt(S, b);
  if (related !== undefined) p.related = related;
  return p;
};

function run(asOfPlus: number, degrees: DegreeInput[] | undefined, periods: WorkPeriodInput[] | undefined, daysPerYear?: number) {
  const input: Record<string, unknown> = { asOf: dateAt(S, asOfPlus) };
  if (degrees !== undefined) input['degrees'] = degrees;
  if (periods !== undefined) input['periods'] = periods;
  if (daysPerYear !== undefined) input['options'] = { daysPerYear };
  const d = assessExperience(input as ExperienceInput);
  expect(d.findings).toHaveLength(1);
  const f = d.findings[0] as Finding;
  expect(f.citation).toEqual(CITE);
  expect(d.summary).toEqual(f.message);
  expect(d.kind).toBe('experience');
  expect(d.asOf).toBe(dateAt(S, asOfPlus));
  return { d, f, v: d.value };
}

function saysBoth(f: Finding, ...facts: (string | number)[]): void {
  for (const x of facts) {
    expect(f.message.en).toContain(String(x));
    expect(f.message.fa).toContain(toPersianDigits(String(x)));
  }
}

describe('Art. 10(ب): the requirement by the highest qualifying degree (D4) — pinned', () => {
  const cases: [string, DegreeInput, number][] = [
    ["bachelor's", LAW_BACHELOR, 3],
    ["master's", LAW_MASTER, 2],
    ['doctorate', LAW_PHD, 1],
    ['seminary level 2', { kind: 'seminary', level: 2, awarded: true }, 3],
    ['seminary level 3', { kind: 'seminary', level: 3, awarded: true }, 2],
    ['seminary level 4', { kind: 'seminary', level: 4, awarded: true }, 1],
  ];
  for (const [name, deg, years] of cases) {
    it(`Art. 10(ب): a holder of a ${name} needs ${years} year(s) = ${years * 365} days`, () => {
      const { v } = run(10, [deg], [per(0)]);
      expect(v.requiredYears).toBe(years);
      expect(v.requiredDays).toBe(years * 365);
      expect(v.minimumRequiredDays).toBe(years * 365);
      expect(v.governingDegree).toBe(0);
    });
  }
  it('Art. 10(ب): with a bachelor\'s and a master\'s the master\'s governs (2 years)', () => {
    const { v, f } = run(10, [LAW_BACHELOR, LAW_MASTER], [per(0)]);
    expect(v).toMatchObject({ requiredYears: 2, requiredDays: 730, governingDegree: 1 });
    expect(f.message.en).toContain("master's");
  });
  it('D5: options.daysPerYear changes the days of a year', () => {
    expect(run(10, [LAW_BACHELOR], [per(0)], 360).v.requiredDays).toBe(1080);
  });
});

describe('Art. 10(ب), D5: the boundary of the requirement — pinned', () => {
  it('Art. 10(ب): a bachelor\'s holder on day 1095 of related work meets it; completed that day', () => {
    const { d, f, v } = run(1094, [LAW_BACHELOR], [per(0)]);
    expect(d.status).toBe('sufficient');
    expect(f.code).toBe('eligibility.experience.met');
    expect(f.status).toBe('met');
    expect(f.missing).toBeUndefined();
    expect(f.data).toEqual({
      requiredYears: 3, requiredDays: 1095, countedDays: 1095, shortfallDays: 0, reachedOn: dateAt(S, 1094), ongoing: true, governingDegree: 0,
    });
    expect(v).toEqual({
      requiredYears: 3, requiredDays: 1095, minimumRequiredDays: 1095, countedDays: 1095, shortfallDays: 0, reachedOn: dateAt(S, 1094), ongoing: true, governingDegree: 0,
    });
    saysBoth(f, 1095, 3, dateAt(S, 1094));
    expect(f.message.en).toContain("bachelor's in law");
  });
  it('Art. 10(ب): on day 1094 it is one day short and met the next day if the work goes on', () => {
    const { d, f, v } = run(1093, [LAW_BACHELOR], [per(0)]);
    expect(d.status).toBe('insufficient');
    expect(f.code).toBe('eligibility.experience.short');
    expect(f.status).toBe('unmet');
    expect(f.missing).toBeUndefined();
    expect(f.data).toEqual({
      requiredYears: 3, requiredDays: 1095, countedDays: 1094, shortfallDays: 1, reachedOn: dateAt(S, 1094), ongoing: true, governingDegree: 0,
    });
    expect(v.reachedOn).toBe(dateAt(S, 1094));
    expect(v.shortfallDays).toBe(1);
    saysBoth(f, 1094, 1095, 3, dateAt(S, 1094));
    expect(f.message.en).toContain('1 day short');
  });
  it('Art. 10(ب): a period ending exactly on the last required day is met on that day (not ongoing)', () => {
    const { f, v } = run(30, [LAW_PHD], [per(0, 14)], 15);
    expect(f.code).toBe('eligibility.experience.met');
    expect(v).toEqual({
      requiredYears: 1, requiredDays: 15, minimumRequiredDays: 15, countedDays: 15, shortfallDays: 0, reachedOn: dateAt(S, 14), ongoing: false, governingDegree: 0,
    });
  });
  it('Art. 10(ب): work that ended short says so and gives no date it will be met', () => {
    const { f, v } = run(30, [LAW_PHD], [per(0, 13)], 15);
    expect(f.code).toBe('eligibility.experience.short');
    expect(v).toMatchObject({ countedDays: 14, shortfallDays: 1, reachedOn: null, ongoing: false });
    expect(f.data).toMatchObject({ reachedOn: null, shortfallDays: 1 });
    expect(f.message.en.endsWith('1 day short.')).toBe(true);
    expect(f.message.fa.endsWith('کم دارد.')).toBe(true);
  });
  it('D5: a period ending on asOf is not ongoing; one ending the day after is', () => {
    expect(run(20, [LAW_PHD], [per(0, 20)]).v.ongoing).toBe(false);
    expect(run(20, [LAW_PHD], [per(0, 21)]).v.ongoing).toBe(true);
    expect(run(20, [LAW_PHD], [per(0, 21)]).v.countedDays).toBe(21);
  });
});

describe('D5: merging and counting related periods — pinned', () => {
  it('D5: overlapping periods count once', () => {
    expect(run(400, [LAW_PHD], [per(0, 99), per(50, 149)]).v.countedDays).toBe(150);
  });
  it('D5: a period inside another adds nothing (and does not shorten it)', () => {
    expect(run(400, [LAW_PHD], [per(0, 199), per(10, 20)]).v.countedDays).toBe(200);
    expect(run(400, [LAW_PHD], [per(10, 20), per(0, 199)]).v.countedDays).toBe(200);
  });
  it('D5: touching periods count every day once; periods in any order', () => {
    expect(run(400, [LAW_PHD], [per(100, 199), per(0, 99)]).v.countedDays).toBe(200);
    expect(run(400, [LAW_PHD], [per(200, 209), per(0, 9), per(100, 109)]).v.countedDays).toBe(30);
  });
  it('D5: across a gap the requirement is reached inside the later period', () => {
    const { f, v } = run(40, [LAW_PHD], [per(20, 29), per(0, 9)], 15);
    expect(f.code).toBe('eligibility.experience.met');
    expect(v.countedDays).toBe(20);
    expect(v.reachedOn).toBe(dateAt(S, 24));
  });
  it('D5: a period that starts after asOf is not counted, but dates the completion', () => {
    const { f, v } = run(50, [LAW_PHD], [per(0, 9), per(100)], 15);
    expect(f.code).toBe('eligibility.experience.short');
    expect(v).toEqual({
      requiredYears: 1, requiredDays: 15, minimumRequiredDays: 15, countedDays: 10, shortfallDays: 5, reachedOn: dateAt(S, 104), ongoing: true, governingDegree: 0,
    });
    saysBoth(f, 10, 15, 5, dateAt(S, 104));
  });
  it('D5: a period starting on asOf counts that one day', () => {
    const { v } = run(50, [LAW_PHD], [per(0, 9), per(50)]);
    expect(v.countedDays).toBe(11);
    expect(v.ongoing).toBe(true);
  });
  it('Art. 10(ب): work of unknown relatedness starting on asOf is asked about; from the next day it is not', () => {
    const on = run(364, [LAW_PHD], [per(0, 363), per(364, undefined, 'unknown')]);
    expect(on.f.code).toBe('eligibility.experience.unknown');
    expect(on.f.missing).toEqual(['periods[1].related']);
    expect(on.v.countedDays).toBe(364);
    const after = run(363, [LAW_PHD], [per(0, 362), per(364, undefined, 'unknown')]);
    expect(after.f.code).toBe('eligibility.experience.short');
    expect(after.f.missing).toBeUndefined();
  });
  it('D5: a period running past asOf is cut at asOf', () => {
    expect(run(9, [LAW_PHD], [per(0, 500)]).v.countedDays).toBe(10);
  });
  it('Art. 10(ب): unrelated work never counts and is never asked about', () => {
    const { f, v } = run(50, [LAW_PHD], [per(0, 40, false), per(0, 9)], 15);
    expect(v.countedDays).toBe(10);
    expect(f.code).toBe('eligibility.experience.short');
    expect(f.missing).toBeUndefined();
  });
});

describe('Art. 10(ب): when facts are missing — pinned', () => {
  it('Art. 10(ب): work of unknown relatedness that could complete it is listed; the message gives the possible days', () => {
    const { d, f, v } = run(399, [LAW_PHD], [per(0, 99), per(0, 399, 'unknown'), per(500, 600, 'unknown')]);
    expect(d.status).toBe('incomplete');
    expect(f.code).toBe('eligibility.experience.unknown');
    expect(f.status).toBe('unknown');
    // the period starting after asOf could not count now, so its relatedness is not asked
    expect(f.missing).toEqual(['periods[1].related']);
    expect(f.data).toEqual({
      requiredYears: 1, requiredDays: 365, minimumRequiredDays: 365, countedDays: 100, shortfallDays: 265, reachedOn: null, ongoing: false, governingDegree: 0,
    });
    saysBoth(f, 100, 400);
    expect(f.message.en).toContain('up to 400 days');
    expect(v.countedDays).toBe(100);
  });
  it('Art. 10(ب): unknown relatedness that could not reach the requirement leaves it short', () => {
    const { f } = run(99, [LAW_PHD], [per(0, 9), per(0, 99, 'unknown')]);
    expect(f.code).toBe('eligibility.experience.short');
    expect(f.missing).toBeUndefined();
  });
  it('Art. 10(ب): possible days exactly equal to the requirement leave it open (unknown), one fewer short', () => {
    expect(run(364, [LAW_PHD], [per(0, 364, 'unknown')]).f.code).toBe('eligibility.experience.unknown');
    expect(run(363, [LAW_PHD], [per(0, 363, 'unknown')]).f.code).toBe('eligibility.experience.short');
  });
  it('Art. 10(ب): degrees left out: requirement unknown, least 1 year, degrees listed', () => {
    const { d, f, v } = run(399, undefined, [per(0)]);
    expect(d.status).toBe('incomplete');
    expect(f.missing).toEqual(['degrees']);
    expect(v).toEqual({
      requiredYears: null, requiredDays: null, minimumRequiredDays: 365, countedDays: 400, shortfallDays: 0, reachedOn: dateAt(S, 364), ongoing: true, governingDegree: null,
    });
    expect(f.data).toMatchObject({ minimumRequiredDays: 365, countedDays: 400, shortfallDays: 0, reachedOn: dateAt(S, 364), ongoing: true });
    // nothing more is possibly related: no "up to" clause
    expect(f.message.en).not.toContain('up to');
    saysBoth(f, 400);
  });
  it('Art. 10(ب): periods left out: listed, counted 0, the message gives 0 days', () => {
    const { f, v } = run(10, [LAW_BACHELOR], undefined);
    expect(f.code).toBe('eligibility.experience.unknown');
    expect(f.missing).toEqual(['periods']);
    expect(v).toMatchObject({ requiredYears: 3, requiredDays: 1095, countedDays: 0, shortfallDays: 1095, reachedOn: null, ongoing: false });
    expect(f.message.en).not.toContain('Infinity');
    expect(f.message.en).not.toContain('up to');
    saysBoth(f, 0);
  });
  it('Art. 10(ب): both left out: both listed', () => {
    expect(run(10, undefined, undefined).f.missing).toEqual(['degrees', 'periods']);
  });
  it('Art. 10(ب): a degree whose award is unknown: the requirement is not known; its fact is listed', () => {
    const { f, v } = run(1200, [{ kind: 'university', level: 'bachelor', field: 'law' }], [per(0)]);
    expect(f.code).toBe('eligibility.experience.unknown');
    expect(f.missing).toEqual(['degrees[0].awarded']);
    expect(v).toMatchObject({ requiredYears: null, requiredDays: null, minimumRequiredDays: 1095, countedDays: 1201, shortfallDays: 0 });
  });
  it('Art. 10(ب), D4: a known requirement lists only unknown degrees that could lower it', () => {
    const degs: DegreeInput[] = [
      LAW_BACHELOR,
      { kind: 'university', level: 'master', field: 'law' },
      { kind: 'seminary', level: 2 },
    ];
    const { f, v } = run(799, degs, [per(0), per(10, 20, 'unknown')]);
    expect(f.code).toBe('eligibility.experience.unknown');
    // seminary level 2 needs 3 years like the bachelor's: it could not lower the requirement;
    // the inner period of unknown relatedness adds no day, so it is not asked about
    expect(f.missing).toEqual(['degrees[1].awarded']);
    expect(v).toMatchObject({ requiredYears: 3, requiredDays: 1095, minimumRequiredDays: 730, countedDays: 800, shortfallDays: 295, governingDegree: 0 });
  });
  it('Art. 10(ب): short even of the least requirement the degrees could set', () => {
    const degs: DegreeInput[] = [{ kind: 'university', level: 'bachelor', field: 'law' }, { kind: 'university', level: 'doctorate', field: 'law' }];
    const { d, f, v } = run(99, degs, [per(0)]);
    expect(d.status).toBe('insufficient');
    expect(f.code).toBe('eligibility.experience.shortOfLeast');
    expect(f.status).toBe('unmet');
    expect(f.data).toEqual({
      requiredYears: null, requiredDays: null, minimumRequiredDays: 365, countedDays: 100, shortfallDays: 265, reachedOn: dateAt(S, 364), ongoing: true, governingDegree: null,
    });
    expect(v.minimumRequiredDays).toBe(365);
    saysBoth(f, 100, 365, 265, dateAt(S, 364));
    const ended = run(99, degs, [per(0, 50)]);
    expect(ended.f.code).toBe('eligibility.experience.shortOfLeast');
    expect(ended.f.data).toMatchObject({ reachedOn: null, countedDays: 51, shortfallDays: 314 });
    expect(ended.f.message.en.endsWith('314 days short.')).toBe(true);
  });
  it('Art. 10(ب): without a degree that could qualify no requirement applies', () => {
    for (const degs of [[], [ASSOC]]) {
      const { d, f, v } = run(2000, degs, [per(0)]);
      expect(d.status).toBe('insufficient');
      expect(f.code).toBe('eligibility.experience.noQualifyingDegree');
      expect(f.status).toBe('unmet');
      expect(f.data).toEqual({
        requiredYears: null, requiredDays: null, countedDays: 2001, shortfallDays: null, reachedOn: null, ongoing: true, governingDegree: null,
      });
      expect(v).toEqual({
        requiredYears: null, requiredDays: null, minimumRequiredDays: null, countedDays: 2001, shortfallDays: null, reachedOn: null, ongoing: true, governingDegree: null,
      });
      expect(f.message.en).toContain('Art. 10(b)');
      expect(f.message.fa).toContain('ماده ۱۰');
    }
  });
});
