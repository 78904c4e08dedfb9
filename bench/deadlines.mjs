// bench/deadlines: the 20-day appeal deadline (Arts. 33, 45; SPEC D13), a notification
// deadline of any length, and date parsing / comparison, against a minimal floor: integer
// day numbers from the characters of a Latin `YYYY/MM/DD`, a year-start table (the 33-year
// arithmetic rule), Fridays by modulo, holidays in a Set — no validation, no steps.
// Plain Node ESM against the built package: `npx tsup && node --expose-gc bench/deadlines.mjs`.
// The default calendar (issue 14): `appealDeadline` with the built-in official calendar and
// no caller list, against the same floor over the official holidays' day numbers, the two
// timed in turns after a warm-up (interleavedOpsPerSecond). The rows with a caller list
// pass `calendar: 'fridaysOnly'`, the comparison they always made.
import {
  addJalaliDays,
  ageOn,
  appealDeadline,
  compareJalali,
  fixedSolarHolidays,
  notificationDeadline,
  parseJalaliDate,
} from '../dist/index.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, OFFICIAL_HOLIDAYS } from '../dist/calendar.js';
import { interleavedOpsPerSecond, opsPerSecond, prng, summary, table } from './_harness.mjs';

const N = 4_000;
const rnd = prng(0xdead);
const pad = (n) => String(n).padStart(2, '0');
const some = () => `${1395 + Math.floor(rnd() * 12)}/${pad(1 + Math.floor(rnd() * 12))}/${pad(1 + Math.floor(rnd() * 29))}`;
const notified = Array.from({ length: N }, some);
const others = Array.from({ length: N }, some);
const periods = Array.from({ length: N }, () => [10, 20, 30, 60][Math.floor(rnd() * 4)]);
// The fixed solar holidays of the years involved, plus a few lunar ones the caller adds.
const holidays = [];
for (let y = 1395; y <= 1407; y++) holidays.push(...fixedSolarHolidays(y), `${y}/04/${pad(10 + (y % 10))}`, `${y}/07/${pad(5 + (y % 7))}`);
const toPersian = (s) => s.replace(/[0-9]/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]);
const persian = notified.map(toPersian);

// ---------------------------------------------------------------------------
// The floor

const Y0 = 1200;
const YEAR_START = new Int32Array(402);
for (let y = Y0, s = 0; y <= 1601; y++) {
  YEAR_START[y - Y0] = s;
  s += (((25 * y + 11) % 33) + 33) % 33 < 8 ? 366 : 365;
}
const EPOCH = Date.UTC(2024, 2, 20) / 86_400_000 - (YEAR_START[1403 - Y0]); // 1403/01/01 = 2024-03-20
const code = (s, i) => s.charCodeAt(i) - 48;
function dayOf(s) {
  const y = code(s, 0) * 1000 + code(s, 1) * 100 + code(s, 2) * 10 + code(s, 3);
  const m = code(s, 5) * 10 + code(s, 6);
  return EPOCH + YEAR_START[y - Y0] + (m <= 7 ? (m - 1) * 31 : 186 + (m - 7) * 30) + code(s, 8) * 10 + code(s, 9) - 1;
}
function format(day) {
  const d0 = day - EPOCH;
  let y = Y0 + Math.floor(d0 / 365.2422);
  while (YEAR_START[y - Y0] > d0) y--;
  while (YEAR_START[y + 1 - Y0] <= d0) y++;
  const doy = d0 - YEAR_START[y - Y0];
  const m = doy < 186 ? Math.floor(doy / 31) + 1 : Math.floor((doy - 186) / 30) + 7;
  const d = doy < 186 ? (doy % 31) + 1 : ((doy - 186) % 30) + 1;
  return `${y}/${m < 10 ? '0' : ''}${m}/${d < 10 ? '0' : ''}${d}`;
}
const isFriday = (day) => (((day + 4) % 7) + 7) % 7 === 5; // 1970-01-01 (day 0) was a Thursday
const holidaySet = new Set(holidays.map(dayOf));
function floorDeadline(notifiedOn, days, set = holidaySet) {
  let last = dayOf(notifiedOn) + days + 1; // SPEC D13: neither the day of notification nor of acting counts
  while (isFriday(last) || set.has(last)) last++;
  return format(last);
}
// The official calendar's floor: the same walk over a Set of the official holidays' day
// numbers, for notifications in the covered years whose 20 days stay in them.
const officialSet = new Set(OFFICIAL_HOLIDAYS.map((h) => h.day));
const span = CALENDAR_LAST_YEAR - CALENDAR_FIRST_YEAR;
const inCovered = Array.from({ length: N }, () => `${CALENDAR_FIRST_YEAR + Math.floor(rnd() * span)}/${pad(1 + Math.floor(rnd() * 12))}/${pad(1 + Math.floor(rnd() * 29))}`);
function floorParse(s) {
  const y = code(s, 0) * 1000 + code(s, 1) * 100 + code(s, 2) * 10 + code(s, 3);
  const m = code(s, 5) * 10 + code(s, 6);
  const d = code(s, 8) * 10 + code(s, 9);
  const len = m <= 6 ? 31 : m <= 11 ? 30 : YEAR_START[y + 1 - Y0] - YEAR_START[y - Y0] === 366 ? 30 : 29;
  return y >= 1200 && y <= 1600 && m >= 1 && m <= 12 && d >= 1 && d <= len ? s : null;
}

// Agreement first.
let disagree = 0;
for (let i = 0; i < N; i++) {
  if (appealDeadline({ notifiedOn: notified[i], holidays, calendar: 'fridaysOnly' }).value.lastDay !== floorDeadline(notified[i], 20)) disagree++;
  if (notificationDeadline({ notifiedOn: notified[i], days: periods[i], holidays, calendar: 'fridaysOnly' }).value.lastDay !== floorDeadline(notified[i], periods[i])) disagree++;
  const official = appealDeadline({ notifiedOn: inCovered[i] });
  if (official.status !== 'computed' || official.value.lastDay !== floorDeadline(inCovered[i], 20, officialSet)) disagree++;
  if (compareJalali(notified[i], others[i]) !== Math.sign(dayOf(notified[i]) - dayOf(others[i]))) disagree++;
  if (parseJalaliDate(persian[i]) !== floorParse(notified[i])) disagree++;
  if (addJalaliDays(notified[i], periods[i]) !== format(dayOf(notified[i]) + periods[i])) disagree++;
}
console.log(`${N} seeded dates, ${holidays.length} holidays: library and floor disagree on ${disagree} answers.`);
if (disagree > 0) process.exitCode = 1;

const O = { ops: N, runs: 9, warmup: 3 };
const F = { ops: N, runs: 15, warmup: 5 };
const loop = (f) => () => {
  let k = 0;
  for (let i = 0; i < N; i++) if (f(i)) k++;
  return k;
};
const rows = [
  ['appealDeadline (20 days, fridaysOnly + caller list)', loop((i) => appealDeadline({ notifiedOn: notified[i], holidays, calendar: 'fridaysOnly' }).value.lastDay), loop((i) => floorDeadline(notified[i], 20))],
  ['appealDeadline (Fridays only)', loop((i) => appealDeadline({ notifiedOn: notified[i], calendar: 'fridaysOnly' }).value.lastDay), loop((i) => floorDeadline(notified[i], 20, new Set()))],
  ['notificationDeadline (10–60 days, fridaysOnly + caller list)', loop((i) => notificationDeadline({ notifiedOn: notified[i], days: periods[i], holidays, calendar: 'fridaysOnly' }).value.lastDay), loop((i) => floorDeadline(notified[i], periods[i]))],
  ['parseJalaliDate (Latin)', loop((i) => parseJalaliDate(notified[i])), loop((i) => floorParse(notified[i]))],
  ['parseJalaliDate (Persian digits)', loop((i) => parseJalaliDate(persian[i])), loop((i) => floorParse(notified[i]))],
  ['compareJalali', loop((i) => compareJalali(notified[i], others[i]) > 0), loop((i) => dayOf(notified[i]) > dayOf(others[i]))],
  ['addJalaliDays', loop((i) => addJalaliDays(notified[i], periods[i])), loop((i) => format(dayOf(notified[i]) + periods[i]))],
  ['ageOn', loop((i) => ageOn(others[i] < notified[i] ? others[i] : notified[i], others[i] < notified[i] ? notified[i] : others[i]) > 3), loop((i) => Math.abs(dayOf(notified[i]) - dayOf(others[i])) > 1096)],
].map(([what, lib, floor]) => {
  const l = opsPerSecond(lib, O);
  const f = opsPerSecond(floor, F);
  const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(1)} k/s`);
  if (what.includes('Deadline')) summary({ area: 'deadlines (D13)', case: what, library: fmt(l), baseline: `hand-written floor, ${fmt(f)}`, ratio: `1/${(f / l).toFixed(1)}`, target: '(none set)' });
  return { operation: what, library: fmt(l), floor: fmt(f), 'µs per call': (1e6 / l).toFixed(2), 'library ÷ floor': `1/${(f / l).toFixed(1)}` };
});
// The default calendar: the library and its floor timed in turns, after 1.5 s of warm-up each.
// Two spreads of notifications: one Jalali year (a registration round or a board's year:
// at most 366 distinct days, within the memo of deadlineSteps) and the 16 covered years
// (4,000 distinct days, more than the memo's 4,096 slots keep at once: most calls count).
{
  const oneYear = inCovered.map((_, i) => `1403/${pad(1 + (i % 12))}/${pad(1 + ((i * 7) % 29))}`);
  const t = interleavedOpsPerSecond({
    library: [loop((i) => appealDeadline({ notifiedOn: oneYear[i] }).value.lastDay), N],
    floor: [loop((i) => floorDeadline(oneYear[i], 20, officialSet)), N],
  });
  const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(1)} k/s`);
  const what = 'appealDeadline (official calendar, notifications within one year; in turns)';
  summary({ area: 'deadlines (D13)', case: what, library: fmt(t.library), baseline: `hand-written floor, ${fmt(t.floor)}`, ratio: `1/${(t.floor / t.library).toFixed(1)}`, target: '1/20 (issue 14)' });
  rows.push({ operation: what, library: fmt(t.library), floor: fmt(t.floor), 'µs per call': (1e6 / t.library).toFixed(2), 'library ÷ floor': `1/${(t.floor / t.library).toFixed(1)}` });
}
{
  const t = interleavedOpsPerSecond({
    library: [loop((i) => appealDeadline({ notifiedOn: inCovered[i] }).value.lastDay), N],
    floor: [loop((i) => floorDeadline(inCovered[i], 20, officialSet)), N],
  });
  const fmt = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(1)} k/s`);
  const what = `appealDeadline (official calendar, notifications over ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}; in turns)`;
  summary({ area: 'deadlines (D13)', case: what, library: fmt(t.library), baseline: `hand-written floor, ${fmt(t.floor)}`, ratio: `1/${(t.floor / t.library).toFixed(1)}`, target: '1/20 (issue 14)' });
  rows.push({ operation: what, library: fmt(t.library), floor: fmt(t.floor), 'µs per call': (1e6 / t.library).toFixed(2), 'library ÷ floor': `1/${(t.floor / t.library).toFixed(1)}` });
}
table(rows);
console.log('\nThe floor reads Latin digits only and validates nothing; the library validates every field, reads any digits, and returns the counting steps with citations.');
