/**
 * Model-based tests (issue 7, item 4) that the domains' suites did not have yet. Already
 * covered elsewhere, and not repeated here:
 * - the notification deadline against a day-by-day counter (test/dates/deadline.test.ts,
 *   test/_lib/deadline.test.ts; appealDeadline = notificationDeadline with 20 days there);
 * - sentencing against a brute-force enumeration of every lawful board choice
 *   (test/discipline/sentencing.test.ts);
 * - the exam cut-off against a sorted exact reference (test/exam/properties.test.ts).
 *
 * Added: the two other entry points that count "20 days from notification" —
 * disciplinaryAppealDeadline (Art. 33) and the revocation appeal of Art. 45 inside
 * checkContinuingEligibility — against the same plain day-by-day counter over
 * date-fns-jalali's calendar (test/_lib/calendar-model.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { checkContinuingEligibility } from '../../src/eligibility/index.js';
import { disciplinaryAppealDeadline } from '../../src/discipline/index.js';
import { OFFICIAL_HOLIDAYS } from '../../src/calendar/index.js';
import { modelDeadline } from '../_lib/calendar-model.js';

/**
 * The default calendar (issue 14): the official holidays, as the data writes their Jalali
 * dates, are closed days for the model too (a year the data does not cover has none: the
 * library's last day is then the provisional one, which is this count).
 */
const OFFICIAL_DATES: readonly string[] = OFFICIAL_HOLIDAYS.map((h) => h.date);

const notifiedArb = fc.integer({ min: toDayNumber(1300, 1, 1), max: toDayNumber(1499, 1, 1) });
const holidayOffsets = fc.uniqueArray(fc.integer({ min: 0, max: 45 }), { maxLength: 20 });
const countingArb = fc.constantFrom('civilProcedure' as const, 'lastCountedDay' as const);

describe('model: 20 days from notification, counted day by day (SPEC D13)', () => {
  it('Art. 33: disciplinaryAppealDeadline agrees with the day-by-day counter for every appealable ruling', () => {
    fc.assert(
      fc.property(
        notifiedArb,
        holidayOffsets,
        countingArb,
        fc.oneof(
          fc.record({ ruling: fc.constant('conviction' as const), grade: fc.integer({ min: 4, max: 7 }) }),
          fc.record({ ruling: fc.constant('acquittal' as const), grade: fc.integer({ min: 5, max: 7 }) }),
          fc.record({ ruling: fc.constant('revocation' as const) }),
        ),
        (n, offsets, counting, ruling) => {
          const notifiedOn = formatDayNumber(n);
          const holidays = offsets.map((k) => formatDayNumber(n + k));
          const d = disciplinaryAppealDeadline({ ...ruling, notifiedOn, holidays, options: { counting } });
          const model = modelDeadline(notifiedOn, 20, new Set([...holidays, ...OFFICIAL_DATES]), counting);
          expect(d.value.lastDay).toBe(model.lastDay);
        },
      ),
    );
  });

  it('Art. 33: a ruling that is final has no last day, whatever the calendar', () => {
    fc.assert(
      fc.property(notifiedArb, fc.integer({ min: 1, max: 3 }), (n, grade) => {
        expect(disciplinaryAppealDeadline({ ruling: 'conviction', grade, notifiedOn: formatDayNumber(n) }).value.lastDay).toBeNull();
      }),
    );
  });

  it('Art. 45: the revocation appeal of checkContinuingEligibility agrees with the day-by-day counter', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber(1402, 1, 1), max: toDayNumber(1480, 1, 1) }), fc.integer({ min: 0, max: 30 }), holidayOffsets, countingArb, (asOf, k, offsets, counting) => {
        const notifiedOn = formatDayNumber(asOf + k);
        const holidays = offsets.map((o) => formatDayNumber(asOf + k + o));
        const d = checkContinuingEligibility({
          asOf: formatDayNumber(asOf),
          person: { stateEmployee: true },
          licence: { issuedOn: formatDayNumber(asOf - 400), person: { stateEmployee: false } },
          notifiedOn,
          holidays,
          options: { counting },
        });
        expect(d.status).toBe('revoke');
        expect(d.value.appeal.lastDay).toBe(modelDeadline(notifiedOn, 20, new Set([...holidays, ...OFFICIAL_DATES]), counting).lastDay);
      }),
    );
  });
});
