import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closedReason, computeDeadline } from '../../src/_lib/deadline.js';
import { FRIDAY, formatDayNumber, toDayNumber, weekday } from '../../src/_lib/jalali.js';
import { modelDeadline } from './calendar-model.js';

const notifiedDay = fc.integer({ min: toDayNumber(1300, 1, 1), max: toDayNumber(1499, 1, 1) });
const holidayOffsets = fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 25 });

describe('SPEC D13 (CPC Arts. 444–445): computeDeadline on day numbers', () => {
  it('agrees with a day-by-day count over date-fns-jalali\'s calendar', () => {
    fc.assert(
      fc.property(
        notifiedDay,
        fc.integer({ min: 1, max: 40 }),
        holidayOffsets,
        fc.constantFrom('civilProcedure' as const, 'lastCountedDay' as const),
        (notified, days, offsets, counting) => {
          const holidays = new Set(offsets.map((o) => notified + o));
          const c = computeDeadline(notified, days, holidays, counting);
          const model = modelDeadline(formatDayNumber(notified), days, new Set([...holidays].map(formatDayNumber)), counting);
          expect(formatDayNumber(c.lastDay)).toBe(model.lastDay);
          expect(formatDayNumber(c.periodEnd)).toBe(model.periodEnd);
          expect(c.skipped.map((s) => ({ date: formatDayNumber(s.day), reason: s.reason }))).toEqual(model.skipped);
        },
      ),
    );
  });

  it('the last day is never closed and never before D+N+1; everything between is closed', () => {
    fc.assert(
      fc.property(notifiedDay, fc.integer({ min: 1, max: 40 }), holidayOffsets, (notified, days, offsets) => {
        const holidays = new Set(offsets.map((o) => notified + o));
        const c = computeDeadline(notified, days, holidays);
        expect(closedReason(c.lastDay, holidays)).toBeNull();
        expect(c.lastDay).toBeGreaterThanOrEqual(notified + days + 1);
        expect(c.lastDay - c.nominalLastDay).toBe(c.skipped.length);
        for (let d = c.nominalLastDay; d < c.lastDay; d++) expect(closedReason(d, holidays)).not.toBeNull();
      }),
    );
  });

  it('more holidays never make the last day earlier (monotone in the holiday set)', () => {
    fc.assert(
      fc.property(notifiedDay, fc.integer({ min: 1, max: 40 }), holidayOffsets, holidayOffsets, (notified, days, a, b) => {
        const small = new Set(a.map((o) => notified + o));
        const large = new Set([...a, ...b].map((o) => notified + o));
        expect(computeDeadline(notified, days, large).lastDay).toBeGreaterThanOrEqual(computeDeadline(notified, days, small).lastDay);
      }),
    );
  });

  it('a Friday is reported as friday even when also given as a holiday', () => {
    const friday = toDayNumber(1403, 1, 31);
    expect(weekday(friday)).toBe(FRIDAY);
    expect(closedReason(friday, new Set([friday]))).toBe('friday');
    expect(closedReason(friday + 1, new Set([friday + 1]))).toBe('holiday');
    expect(closedReason(friday + 1, new Set())).toBeNull();
  });
});
