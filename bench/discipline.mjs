// bench/discipline: sentencing decisions per second (Arts. 32, 43, 44; SPEC D10) against a
// hand-written minimal computation of the same grades (the floor): the mandatory grade
// and the lawful range, from a grade table, integer date arithmetic and clamps — no
// validation, no steps, no findings (issue 4, "Measure"). Also the day-count classifier.
// Plain Node ESM against the built package: `npx tsup && node --expose-gc bench/discipline.mjs`.
import {
  classifyAbsence,
  offenceCatalogue,
  OFFENCE_IDS,
  sentence,
} from '../dist/discipline.js';
import { PARAMETERS } from '../dist/index.js';
import { opsPerSecond, prng, summary, table } from './_harness.mjs';

const N = 2_000;
const rnd = prng(0xd15c);
const pad = (n) => String(n).padStart(2, '0');
const dateIn = (y0, years) => `${y0 + Math.floor(rnd() * years)}/${pad(1 + Math.floor(rnd() * 12))}/${pad(1 + Math.floor(rnd() * 29))}`;
const GROUNDS = ['officeActivityPeriod', 'noDisciplinaryRecord', 'personalSocialSituation', 'remorse', 'compensation'];

// Seeded cases: 1–3 offences (catalogue ids, Art. 41 with the board's grade, absences),
// 0–2 priors, 0–2 grounds; every date known and on or before the ruling.
const cases = Array.from({ length: N }, () => {
  const offences = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
    const u = rnd();
    const o = u < 0.8 ? { id: OFFENCE_IDS[Math.floor(rnd() * OFFENCE_IDS.length)] } : u < 0.9 ? { id: 'art41', grade: 2 + Math.floor(rnd() * 3) } : { id: 'absence', days: 1 + Math.floor(rnd() * 40) };
    return { ...o, date: dateIn(1401, 3) };
  });
  const priors = Array.from({ length: Math.floor(rnd() * 3) }, () => ({ grade: 1 + Math.floor(rnd() * 7), carriedOut: dateIn(1399, 5) }));
  const mitigatingGrounds = GROUNDS.filter(() => rnd() < 0.2);
  return { asOf: '1404/06/01', offences, priors, mitigatingGrounds };
});

// ---------------------------------------------------------------------------
// The floor

const GRADE = new Map(offenceCatalogue.map((e) => [e.id, e.grade]));
const MIN = PARAMETERS.penaltyGrades.min;
const MAX = PARAMETERS.penaltyGrades.max;
const clamp = (g) => (g < MIN ? MIN : g > MAX ? MAX : g);
const ymd = (s) => Number(s.slice(0, 4)) * 10000 + Number(s.slice(5, 7)) * 100 + Number(s.slice(8, 10));
const leap = (y) => (((25 * y + 11) % 33) + 33) % 33 < 8;
/** Two years on (SPEC D3): Esfand 30 in a common year lands on Farvardin 1. */
function twoYearsOn(v) {
  const y = Math.floor(v / 10000) + 2;
  return v % 10000 === 1230 && !leap(y) ? (y + 1) * 10000 + 101 : y * 10000 + (v % 10000);
}
function absenceGrade(days) {
  return days <= 3 ? 4 : days <= 10 ? 5 : days <= 30 ? 6 : 7;
}

function floorSentence(c) {
  let top = 0;
  let atTop = 0;
  for (const o of c.offences) {
    const g = o.id === 'art41' ? o.grade : o.id === 'absence' ? absenceGrade(o.days) : GRADE.get(o.id);
    if (g > top) {
      top = g;
      atTop = 1;
    } else if (g === top) atTop++;
  }
  const several = c.offences.length > 1;
  const same = several && atTop === c.offences.length;
  const base = same ? top + 1 : top;
  let repeat = false;
  for (const p of c.priors) {
    if (p.grade > 4) continue;
    const from = ymd(p.carriedOut);
    const to = twoYearsOn(from);
    for (const o of c.offences) {
      const d = ymd(o.date);
      if (d >= from && d <= to) repeat = true;
    }
  }
  let ground = false;
  for (const g of c.mitigatingGrounds) if (g !== 'noDisciplinaryRecord' || c.priors.length === 0) ground = true;
  const grade = (aggravate, mitigation) => clamp(clamp(clamp(base + (aggravate ? 1 : 0)) + (repeat ? 1 : 0)) - mitigation);
  return { mandatory: grade(false, 0), min: grade(false, ground ? 2 : 0), max: grade(several && !same, 0) };
}

// Agreement first.
let disagree = 0;
for (const c of cases) {
  const d = sentence(c).value;
  const f = floorSentence(c);
  if (d.mandatory !== f.mandatory || d.range.min !== f.min || d.range.max !== f.max) disagree++;
}
console.log(`${N} seeded cases: library and floor disagree on ${disagree}.`);
if (disagree > 0) process.exitCode = 1;

const lib = opsPerSecond(() => {
  let s = 0;
  for (let i = 0; i < N; i++) s += sentence(cases[i]).value.mandatory;
  return s;
}, { ops: N, runs: 9, warmup: 3 });
const floor = opsPerSecond(() => {
  let s = 0;
  for (let i = 0; i < N; i++) s += floorSentence(cases[i]).mandatory;
  return s;
}, { ops: N, runs: 15, warmup: 5 });

const days = cases.map((_, i) => (i % 45) + 0.5);
const absenceLib = opsPerSecond(() => {
  let s = 0;
  for (let i = 0; i < N; i++) s += classifyAbsence({ days: days[i] }).value.grade ?? 0;
  return s;
}, { ops: N, runs: 9, warmup: 3 });
const absenceFloor = opsPerSecond(() => {
  let s = 0;
  for (let i = 0; i < N; i++) s += days[i] > 0 ? absenceGrade(days[i]) : 0;
  return s;
}, { ops: N, runs: 15, warmup: 5 });

const f = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : `${(x / 1e3).toFixed(1)} k/s`);
table([
  { decision: 'sentence (Arts. 32, 43, 44)', library: f(lib), 'floor (grades only)': f(floor), 'library ÷ floor': `1/${(floor / lib).toFixed(0)}` },
  { decision: 'classifyAbsence (D9)', library: f(absenceLib), 'floor (grades only)': f(absenceFloor), 'library ÷ floor': `1/${(absenceFloor / absenceLib).toFixed(0)}` },
]);
summary({ area: 'discipline', case: 'sentence (Arts. 32, 43, 44)', library: f(lib), baseline: `hand-written floor, ${f(floor)}`, ratio: `1/${(floor / lib).toFixed(0)}`, target: '(ratio asked, none set)' });
summary({ area: 'discipline', case: 'classifyAbsence (D9)', library: f(absenceLib), baseline: `hand-written floor, ${f(absenceFloor)}`, ratio: `1/${(absenceFloor / absenceLib).toFixed(0)}`, target: '(none set)' });
console.log(`\nOne sentencing decision: ${(1e6 / lib).toFixed(1)} µs (the floor: ${(1e9 / floor).toFixed(0)} ns). No target is set (issue 4 asks for the ratio).`);
