import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, parseJalali } from '../../src/_lib/jalali.js';
import { assessExperience, type DegreeInput, type ExperienceInput, type WorkPeriodInput } from '../../src/eligibility/index.js';
import { dateAt, day, deepFreeze, degreeArb, LAW_BACHELOR, periodArb, relatedPeriodArb } from './arbitraries.js';
import { thrown } from '../support/input-error.js';

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
