/**
 * Mutation tests for the manager's related experience under the instruction (Art. 5(3)):
 * the count against a day-by-day model, the boundaries (a period of exactly five years,
 * relatedness unknown exactly on the line), and each finding's code, data and messages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibilityUnderInstruction } from '../../src/instruction/index.js';
import { date, day, FULL_I } from './fixtures.js';

const ASOF = '1396/01/01';
const CITE = { article: 5, item: 3, ruleSet: 'instruction-1392' };

type Period = { start: string; end?: string; related?: boolean };
const manager = (periods: readonly Period[], asOf = ASOF, daysPerYear?: number) =>
  checkEligibilityUnderInstruction({
    post: 'manager',
    asOf,
    person: FULL_I,
    experience: { periods: periods.map((p) => ({ ...p })) },
    ...(daysPerYear === undefined ? {} : { options: { daysPerYear } }),
  });
const xpFinding = (d: ReturnType<typeof manager>) => d.findings[d.value.conditions.indexOf('experience')]!;

describe('Instruction Art. 5(3): five years of related work, counted as SPEC D5', () => {
  it('Instruction Art. 5(3): related days counted, merged, cut at asOf, and the day the fifth year is complete agree with a day-by-day count', () => {
    const base = day(1395, 1, 1);
    const periodArb = fc.record({
      start: fc.integer({ min: 0, max: 120 }),
      length: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
      related: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(periodArb, { maxLength: 5 }), fc.integer({ min: 0, max: 150 }), fc.integer({ min: 1, max: 12 }), (raw, asOfOffset, daysPerYear) => {
        const asOf = base + asOfOffset;
        const required = 5 * daysPerYear;
        const horizon = base + 2000; // far enough for any open period to reach `required` days
        const related = new Set<number>();
        const possible = new Set<number>();
        for (const p of raw) {
          if (p.related === false) continue;
          const last = p.length === undefined ? horizon : base + p.start + p.length;
          for (let x = base + p.start; x <= last; x++) {
            possible.add(x);
            if (p.related === true) related.add(x);
          }
        }
        const counted = [...related].filter((x) => x <= asOf).length;
        const possibleDays = [...possible].filter((x) => x <= asOf).length;
        const sorted = [...related].sort((a, b) => a - b);
        const reachedOn = sorted.length >= required ? date(sorted[required - 1]!) : null;
        const status = counted >= required ? 'met' : possibleDays < required ? 'unmet' : 'unknown';
        const periods = raw.map((p) => ({
          start: date(base + p.start),
          ...(p.length === undefined ? {} : { end: date(base + p.start + p.length) }),
          ...(p.related === undefined ? {} : { related: p.related }),
        }));
        const d = manager(periods, date(asOf), daysPerYear);
        const f = xpFinding(d);
        expect(d.value.experience).toEqual({ requiredDays: required, countedDays: counted, shortfallDays: Math.max(0, required - counted), reachedOn });
        expect(f.status).toBe(status);
        expect(f.data).toEqual({ requiredDays: required, countedDays: counted, shortfallDays: Math.max(0, required - counted), reachedOn });
        if (status === 'unknown') {
          const missing = raw.flatMap((p, i) => (p.related === undefined && base + p.start <= asOf ? [`experience.periods[${i}].related`] : []));
          expect(f.missing).toEqual(missing);
        } else expect(f.missing).toBeUndefined();
      }),
    );
  });

  it('Instruction Art. 5(3): periods given out of order and overlapping count each day once (1390–1394 and 1392–1393 inside it)', () => {
    const d = manager([
      { start: '1392/01/01', end: '1393/06/31', related: true },
      { start: '1390/01/01', end: '1394/12/29', related: true },
    ]);
    expect(d.value.experience).toEqual({ requiredDays: 1825, countedDays: 1826, shortfallDays: 0, reachedOn: '1394/12/28' });
  });

  it('Instruction Art. 5(3): two periods sharing one day count it once; periods that only touch count every day', () => {
    const a = day(1395, 1, 1);
    expect(manager([{ start: date(a), end: date(a + 10), related: true }, { start: date(a + 10), end: date(a + 20), related: true }]).value.experience?.countedDays).toBe(21);
    expect(manager([{ start: date(a), end: date(a + 10), related: true }, { start: date(a + 11), end: date(a + 20), related: true }]).value.experience?.countedDays).toBe(21);
    expect(manager([{ start: date(a + 10), end: date(a + 20), related: true }, { start: date(a), end: date(a + 10), related: true }]).value.experience?.countedDays).toBe(21);
  });

  it('Instruction Art. 5(3): no periods given — unknown, the message says none were given and what is required', () => {
    const d = checkEligibilityUnderInstruction({ post: 'manager', asOf: ASOF, person: FULL_I });
    const f = xpFinding(d);
    expect([f.code, f.status, f.missing]).toEqual(['instruction.experience.unknown', 'unknown', ['experience.periods']]);
    expect(f.message).toEqual({
      fa: 'دوره‌های کار مرتبط داده نشده است؛ ۱۸۲۵ روز لازم است.',
      en: 'No work periods given; 1825 days of related work are required.',
    });
  });

  it('Instruction Art. 5(3): a period of exactly 1825 days that ended completes the five years on its last day', () => {
    const start = day(1388, 1, 1);
    const d = manager([{ start: date(start), end: date(start + 1824), related: true }]);
    const f = xpFinding(d);
    expect([f.code, f.status]).toEqual(['instruction.experience.met', 'met']);
    expect(d.value.experience).toEqual({ requiredDays: 1825, countedDays: 1825, shortfallDays: 0, reachedOn: date(start + 1824) });
    expect(f.message.en).toBe(`1825 days of related work; 5 years (1825 days) are required, completed on ${date(start + 1824)}.`);
  });

  it('Instruction Art. 5(3): met — the message gives the days counted, the five years and the day completed, in both languages', () => {
    const f = xpFinding(manager([{ start: '1390/01/01', end: '1394/12/29', related: true }]));
    expect(f).toEqual({
      code: 'instruction.experience.met',
      status: 'met',
      citation: CITE,
      message: {
        fa: '۱۸۲۶ روز سابقه کار مرتبط دارد؛ ۵ سال (۱۸۲۵ روز) لازم است و در ۱۳۹۴/۱۲/۲۸ کامل شد.',
        en: '1826 days of related work; 5 years (1825 days) are required, completed on 1394/12/28.',
      },
      data: { requiredDays: 1825, countedDays: 1826, shortfallDays: 0, reachedOn: '1394/12/28' },
    });
  });

  it('Instruction Art. 5(3): short with the work going on — the message gives the shortfall and the day it will be complete', () => {
    const f = xpFinding(manager([{ start: '1393/01/01', related: true }]));
    expect(f).toEqual({
      code: 'instruction.experience.short',
      status: 'unmet',
      citation: CITE,
      message: {
        fa: '۱۰۹۷ روز سابقه کار مرتبط دارد؛ ۵ سال (۱۸۲۵ روز) لازم است و ۷۲۸ روز کم دارد؛ اگر کار ادامه یابد در ۱۳۹۷/۱۲/۲۸ کامل می‌شود.',
        en: '1097 days of related work; 5 years (1825 days) are required, 728 days short; completed on 1397/12/28 if the work goes on.',
      },
      data: { requiredDays: 1825, countedDays: 1097, shortfallDays: 728, reachedOn: '1397/12/28' },
    });
  });

  it('Instruction Art. 5(3): short with the work ended — no completion day', () => {
    const f = xpFinding(manager([{ start: '1390/01/01', end: '1392/12/29', related: true }]));
    expect(f.message).toEqual({
      fa: '۱۰۹۶ روز سابقه کار مرتبط دارد؛ ۵ سال (۱۸۲۵ روز) لازم است و ۷۲۹ روز کم دارد.',
      en: '1096 days of related work; 5 years (1825 days) are required, 729 days short.',
    });
    expect(f.data).toEqual({ requiredDays: 1825, countedDays: 1096, shortfallDays: 729, reachedOn: null });
  });

  it('Instruction Art. 5(3): unrelated work never counts, not even as possible — short related work beside long unrelated work is unmet', () => {
    const d = manager([
      { start: '1393/01/01', end: '1393/12/29', related: true },
      { start: '1380/01/01', end: '1392/12/29', related: false },
    ]);
    expect(xpFinding(d).status).toBe('unmet');
    expect(d.value.experience?.countedDays).toBe(365);
  });

  it('Instruction Art. 5(3): relatedness unknown — unknown, the message gives the days known and possible; that period listed as missing', () => {
    const f = xpFinding(
      manager([
        { start: '1390/01/01', end: '1392/12/29', related: true },
        { start: '1393/01/01', end: '1394/12/29' },
      ]),
    );
    expect(f).toEqual({
      code: 'instruction.experience.unknown',
      status: 'unknown',
      citation: CITE,
      message: {
        fa: 'سابقه کار مرتبط معلوم نیست: ۱۰۹۶ روز مرتبط شناخته شده است، و تا ۱۸۲۶ روز اگر ارتباط دوره‌های نامعلوم تأیید شود؛ ۱۸۲۵ روز لازم است.',
        en: 'Related experience is not yet known: 1096 days are known to be related, up to 1826 if the periods of unknown relatedness are related; 1825 days are required.',
      },
      missing: ['experience.periods[1].related'],
      data: { requiredDays: 1825, countedDays: 1096, shortfallDays: 729, reachedOn: null },
    });
  });

  it('Instruction Art. 5(3): periods of unknown relatedness that could give exactly 1825 days leave it unknown; 1824 days make it unmet', () => {
    const asOf = day(1396, 1, 1);
    const exactly = manager([{ start: date(asOf - 1824), end: date(asOf) }]);
    expect(xpFinding(exactly).status).toBe('unknown');
    const oneShort = manager([{ start: date(asOf - 1823), end: date(asOf) }]);
    expect(xpFinding(oneShort).status).toBe('unmet');
    expect(xpFinding(oneShort).code).toBe('instruction.experience.short');
  });

  it('Instruction Art. 5(3): a period of unknown relatedness starting on asOf is listed as missing; one starting the day after is not', () => {
    const asOf = day(1396, 1, 1);
    // 1824 related days up to the day before asOf: one more possible day settles nothing.
    const known = { start: date(asOf - 1824), end: date(asOf - 1), related: true };
    const d = manager([known, { start: date(asOf) }, { start: date(asOf + 1) }]);
    expect(xpFinding(d).status).toBe('unknown');
    expect(xpFinding(d).missing).toEqual(['experience.periods[1].related']);
    expect(xpFinding(manager([known, { start: date(asOf + 1) }])).status).toBe('unmet');
  });

  it('Instruction Art. 5(3): related work starting on asOf counts one day; starting the day after counts none', () => {
    const asOf = day(1396, 1, 1);
    expect(manager([{ start: date(asOf), related: true }]).value.experience?.countedDays).toBe(1);
    expect(manager([{ start: date(asOf + 1), related: true }]).value.experience?.countedDays).toBe(0);
    expect(manager([{ start: date(asOf - 9), end: date(asOf - 5), related: true }, { start: date(asOf + 1), related: true }]).value.experience?.countedDays).toBe(5);
  });
});
