// Each @example of the dates domain's TSDoc, run as written.
import { describe, expect, it } from 'vitest';
import { calendarNotCoveredFinding, deadlineSteps } from '../../src/dates/deadline.js';
import {
  addJalaliDays,
  addJalaliMonths,
  addJalaliYears,
  ageOn,
  appealDeadline,
  compareJalali,
  countDaysInclusive,
  dateOfAge,
  fixedSolarHolidays,
  formatJalali,
  isClosedDay,
  notificationDeadline,
  parseJalaliDate,
} from '../../src/dates/index.js';

describe('TSDoc examples of src/dates', () => {
  it('TSDoc example: parseJalaliDate', () => {
    expect(parseJalaliDate('۱۴۰۳/۵/۱')).toBe('1403/05/01');
    expect(parseJalaliDate(new Date('2024-07-22'))).toBe('1403/05/01');
  });
  it('TSDoc example: formatJalali', () => {
    expect(formatJalali('1403-5-1', { digits: 'persian' })).toBe('۱۴۰۳/۰۵/۰۱');
    expect(formatJalali(new Date('2024-03-20'))).toBe('1403/01/01');
  });
  it('TSDoc example: compareJalali', () => {
    expect(compareJalali('1403/01/01', '1402/12/29')).toBe(1);
    expect(compareJalali('۱۴۰۳/۰۱/۰۱', '1403-1-1')).toBe(0);
  });
  it('TSDoc example: countDaysInclusive', () => {
    expect(countDaysInclusive('1403/01/01', '1403/01/31')).toBe(31);
    expect(countDaysInclusive('1403/01/01', '1403/01/01')).toBe(1);
  });
  it('TSDoc example: addJalaliDays', () => {
    expect(addJalaliDays('1403/12/29', 1)).toBe('1403/12/30');
    expect(addJalaliDays('1404/01/01', -1)).toBe('1403/12/30');
  });
  it('TSDoc example: addJalaliMonths', () => {
    expect(addJalaliMonths('1403/06/31', 1)).toBe('1403/08/01');
    expect(addJalaliMonths('1403/06/31', 1, { overflow: 'clamp' })).toBe('1403/07/30');
  });
  it('TSDoc example: addJalaliYears', () => {
    expect(addJalaliYears('1399/12/30', 1)).toBe('1401/01/01');
    expect(addJalaliYears('1399/12/30', 1, { overflow: 'clamp' })).toBe('1400/12/29');
  });
  it('TSDoc example: ageOn', () => {
    expect(ageOn('1363/11/17', '1387/11/16')).toBe(23);
    expect(ageOn('1363/11/17', '1387/11/17')).toBe(24);
  });
  it('TSDoc example: dateOfAge', () => {
    expect(dateOfAge('1363/11/17', 24)).toBe('1387/11/17');
    expect(dateOfAge('1399/12/30', 24)).toBe('1424/01/01');
  });
  it('TSDoc example: isClosedDay', () => {
    expect(isClosedDay('1403/01/31')).toEqual({ closed: true, reason: 'friday' });
    expect(isClosedDay('1403/01/12', { holidays: ['1403/01/12'] })).toEqual({ closed: true, reason: 'holiday' });
    expect(isClosedDay('1403/02/01')).toEqual({ closed: false, reason: null });
  });
  it('TSDoc example: fixedSolarHolidays', () => {
    expect(fixedSolarHolidays(1403)).toEqual([
      '1403/01/01', '1403/01/02', '1403/01/03', '1403/01/04', '1403/01/12', '1403/01/13',
      '1403/03/14', '1403/03/15', '1403/11/22', '1403/12/29',
    ]);
  });
  it('TSDoc example: notificationDeadline', () => {
    expect(notificationDeadline({ notifiedOn: '1403/01/10', days: 20 }).value).toEqual({
      notifiedOn: '1403/01/10',
      firstDay: '1403/01/11',
      periodEnd: '1403/01/30',
      lastDay: '1403/02/01',
      days: 20,
      calendar: 'official',
      provisional: false,
    });
    expect(notificationDeadline({ notifiedOn: '1403/01/10', days: 20, asOf: '1403/02/02' }).status).toBe('late');
    expect(notificationDeadline({ notifiedOn: '1403/12/10', days: 20 }).value.lastDay).toBe('1404/01/05');
    expect(notificationDeadline({ notifiedOn: '1403/12/10', days: 20, calendar: 'fridaysOnly' }).value.lastDay).toBe('1404/01/02');
    expect(notificationDeadline({ notifiedOn: '1420/12/20', days: 20 }).status).toBe('incomplete');
    expect(notificationDeadline({ notifiedOn: '1420/12/20', days: 20, holidays: [], completeYears: [1420, 1421] }).status).toBe('computed');
  });
  it('TSDoc example: appealDeadline', () => {
    expect(appealDeadline({ notifiedOn: '1403/12/10' }).value.lastDay).toBe('1404/01/05');
    expect(appealDeadline({ notifiedOn: '1403/01/10' }).value.lastDay).toBe('1403/02/01');
    expect(appealDeadline({ notifiedOn: '1403/01/10', asOf: '1403/02/01' }).status).toBe('inTime');
    expect(appealDeadline({ notifiedOn: '1403/01/10', basis: 'art45' }).steps[0]?.citation).toEqual({ article: 45 });
  });
  it('TSDoc example: calendarNotCoveredFinding', () => {
    expect(calendarNotCoveredFinding([1420], 31000, { article: 33 }).missing).toEqual(['holidays.1420']);
  });
  it('TSDoc example: deadlineSteps', () => {
    const { computation, steps } = deadlineSteps(19811, 20, new Set(), 'civilProcedure', { article: 33 });
    expect(parseJalaliDate('1403/01/10')).toBe('1403/01/10');
    expect(computation.lastDay).toBe(19833);
    expect(steps.length).toBe(6);
  });
});
