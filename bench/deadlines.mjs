// bench/deadlines: the 20-day appeal deadline (Arts. 33, 45; SPEC D13), a notification
// deadline of any length, and date parsing / comparison, against a minimal floor: integer
// day numbers from the characters of a Latin `YYYY/MM/DD`, a year-start table (the 33-year
// arithmetic rule), Fridays by modulo, holidays in a Set — no validation, no steps.
// Plain Node ESM against the built package: `npx tsup && node --expose-gc bench/deadlines.mjs`.
import {
  addJalaliDays,
  ageOn,
  appealDeadline,
  compareJalali,
  fixedSolarHolidays,
  notificationDeadline,
  parseJalaliDate,
} from '../dist/index.js';
import { opsPerSecond, prng, summary, table } from './_harness.mjs';

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
function floorDeadline(notifiedOn, days) {
  let last = dayOf(notifiedOn) + days + 1; // SPEC D13: neither the day of notification nor of acting counts
  while (isFriday(last) || holidaySet.has(last)) last++;
  return format(last);
}
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
  if (appealDeadline({ notifiedOn: notified[i], holidays }).value.lastDay !== floorDeadline(notified[i], 20)) disagree++;
  if (notificationDeadline({ notifiedOn: notified[i], days: periods[i], holidays }).value.lastDay !== floorDeadline(notified[i], periods[i])) disagree++;
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
  ['appealDeadline (20 days, holidays)', loop((i) => appealDeadline({ notifiedOn: notified[i], holidays }).value.lastDay), loop((i) => floorDeadline(notified[i], 20))],
  ['appealDeadline (Fridays only)', loop((i) => appealDeadline({ notifiedOn: notified[i] }).value.lastDay), loop((i) => floorDeadline(notified[i], 20))],
  ['notificationDeadline (10–60 days)', loop((i) => notificationDeadline({ notifiedOn: notified[i], days: periods[i], holidays }).value.lastDay), loop((i) => floorDeadline(notified[i], periods[i]))],
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
table(rows);
console.log('\nThe floor reads Latin digits only and validates nothing; the library validates every field, reads any digits, and returns the counting steps with citations.');
