/**
 * Mutation-testing tests for src/eligibility/experience.ts (issue 7, item 5): Art. 10(ب)
 * (3 / 2 / 1 years by the highest qualifying degree, SPEC D4) and the day count of SPEC D5
 * (merged periods, cut at asOf, both ends inclusive). Each pins the finding's code, status,
 * citation, `missing`, `data` and the key numbers and dates of both messages.
 */
import { describe, expect, it } from 'vitest';
import { toPersianDigits } from '../../src/_lib/digits.js';
import type { Finding } from '../../src/core/decision.js';
import { assessExperience, type DegreeInput, type ExperienceInput, type WorkPeriodInput } from '../../src/eligibility/index.js';
import { dateAt, day, LAW_BACHELOR } from './arbitraries.js';

const CITE = { article: 10, clause: 'ب' };
const S = day(1400, 1, 1);
const LAW_MASTER: DegreeInput = { kind: 'university', level: 'master', field: 'law', awarded: true };
const LAW_PHD: DegreeInput = { kind: 'university', level: 'doctorate', field: 'law', awarded: true };
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

describe('Art. 10(ب): the requirement by the highest qualifying degree (D4)', () => {
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

describe('Art. 10(ب), D5: the boundary of the requirement', () => {
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

describe('D5: merging and counting related periods', () => {
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

describe('Art. 10(ب): when facts are missing', () => {
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
