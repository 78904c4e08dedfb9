// bench/eligibility: decisions per second for Arts. 9 and 11 (and the licence of Art. 10),
// three ways, on the same seeded applicants (issue 3, "Measure"):
//   (a) this library: checkEligibility / checkEligibilityBatch, with validation and all
//       fourteen cited findings (and the remedies);
//   (b) the floor: a hand-written boolean check with integer date arithmetic, same rules,
//       no validation, no findings, short-circuiting;
//   (c) json-rules-engine 7 with the same fourteen rules, each carrying its citation
//       (what a developer would otherwise pick).
// Targets: (a) ≥ 1/10 of (b), and ≥ 40× (c); the batch ≥ the loop it replaces (issue 16).
// Also: the loop that keeps its decisions (what a batch replaces), the zod schema alone
// (what src/eligibility/fast.ts saves), and the heap a batch keeps per decision.
// Plain Node ESM against the built package: `npx tsup && node --expose-gc bench/eligibility.mjs`.
import { Engine } from 'json-rules-engine';
import {
  checkEligibility,
  checkEligibilityBatch,
  checkLicence,
  checkLicenceBatch,
  EligibilityInputSchema,
} from '../dist/eligibility.js';
import { PARAMETERS } from '../dist/index.js';
import { interleavedOpsPerSecond, median, prng, summary, table } from './_harness.mjs';

const N = 4_000; // applicants per timed run
const rnd = prng(0x9e11);
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;
const pad = (n) => String(n).padStart(2, '0');
const date = (y, m, d) => `${y}/${pad(m)}/${pad(d)}`;

// ---------------------------------------------------------------------------
// Seeded applicants: every fact known, most near-eligible, each fact flipped now and then
// (so that every rule decides some applicants).

const FIELDS = ['law', 'fiqhAndFoundationsOfIslamicLaw', 'judicialSciences', 'management', 'softwareEngineering', 'other'];
const LEVELS = ['associate', 'bachelor', 'master', 'doctorate'];

function degree() {
  return chance(0.8)
    ? { kind: 'university', level: pick(LEVELS), field: pick(FIELDS), awarded: chance(0.9) }
    : { kind: 'seminary', level: 1 + Math.floor(rnd() * 4), awarded: chance(0.9) };
}

function person() {
  const sex = chance(0.6) ? 'male' : 'female';
  return {
    iranianNationality: chance(0.97),
    adheresToConstitution: chance(0.97),
    religion: chance(0.97) ? 'islam' : 'other',
    practisesIslam: chance(0.97),
    degrees: Array.from({ length: 1 + Math.floor(rnd() * 2) }, degree),
    birthDate: date(1350 + Math.floor(rnd() * 35), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 29)),
    sex,
    militaryService: chance(0.9) ? pick(['completionCard', 'permanentExemption']) : pick(['temporaryExemption', 'serving', 'notServed']),
    permanentDismissalConviction: chance(0.03),
    computerSkillsCertificate: chance(0.95),
    effectiveCriminalRecord: chance(0.03),
    drugAddiction: chance(0.02),
    opposingGroupAffiliation: chance(0.02),
    stateEmployee: chance(0.05),
    engagedInCommerce: chance(0.05),
    attorney: chance(0.05),
    officialExpert: chance(0.03),
  };
}

const applicants = Array.from({ length: N }, () => ({
  role: chance(0.6) ? 'manager' : 'legalExpert',
  asOf: date(1403 + Math.floor(rnd() * 3), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 29)),
  person: person(),
}));

function periods() {
  return Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
    const y = 1390 + Math.floor(rnd() * 14);
    const p = { start: date(y, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 29)), related: chance(0.85) };
    if (chance(0.6)) p.end = date(y + 1 + Math.floor(rnd() * 3), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 29));
    return p;
  });
}

const licences = applicants.map((a) => ({ asOf: a.asOf, person: a.person, exam: { passed: chance(0.8) }, experience: { periods: periods() } }));

// ---------------------------------------------------------------------------
// (b) The floor: booleans and integers only.

const MIN_AGE = { manager: PARAMETERS.managerMinAge.value, legalExpert: PARAMETERS.legalExpertMinAge.value };
const RELATED = new Set(['law', 'fiqhAndFoundationsOfIslamicLaw', 'judicialSciences']);
const UNI_RANK = { associate: 1, bachelor: 2, master: 3, doctorate: 4 };

/** 'YYYY/MM/DD' → y * 10000 + m * 100 + d, from the character codes. */
function ymd(s) {
  const c = (i) => s.charCodeAt(i) - 48;
  return (c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3)) * 10000 + (c(5) * 10 + c(6)) * 100 + c(8) * 10 + c(9);
}

/** Completed Jalali years: Esfand 30 in a common year falls past Esfand 29 (SPEC D3). */
function completedYears(birth, on) {
  const years = Math.floor(on / 10000) - Math.floor(birth / 10000);
  return on % 10000 < birth % 10000 ? years - 1 : years;
}

/** The rank of a qualifying degree (2 bachelor / seminary 2, 3 master / 3, 4 PhD / 4), or 0. */
function degreeRank(d) {
  if (!d.awarded) return 0;
  if (d.kind === 'university') return RELATED.has(d.field) && UNI_RANK[d.level] >= 2 ? UNI_RANK[d.level] : 0;
  return d.level >= 2 ? d.level : 0;
}

function floorEligible(role, asOf, p) {
  let degreeOk = false;
  for (const d of p.degrees) if (degreeRank(d) > 0) degreeOk = true;
  return (
    p.iranianNationality &&
    p.adheresToConstitution &&
    p.religion === 'islam' &&
    p.practisesIslam &&
    degreeOk &&
    completedYears(ymd(p.birthDate), ymd(asOf)) >= MIN_AGE[role] &&
    (p.sex === 'female' || p.militaryService === 'completionCard' || p.militaryService === 'permanentExemption') &&
    !p.permanentDismissalConviction &&
    p.computerSkillsCertificate &&
    !p.effectiveCriminalRecord &&
    !p.drugAddiction &&
    !p.opposingGroupAffiliation &&
    !p.stateEmployee &&
    !p.engagedInCommerce &&
    !p.attorney &&
    !p.officialExpert
  );
}

// Day numbers for the experience floor: the 33-year arithmetic rule, year starts tabled once.
const YEAR0 = 1200;
const YEAR_START = new Int32Array(402);
for (let y = YEAR0, start = 0; y <= 1601; y++) {
  YEAR_START[y - YEAR0] = start;
  start += (((25 * y + 11) % 33) + 33) % 33 < 8 ? 366 : 365;
}
function dayOf(s) {
  const v = ymd(s);
  const y = Math.floor(v / 10000);
  const m = Math.floor(v / 100) % 100;
  return YEAR_START[y - YEAR0] + (m <= 7 ? (m - 1) * 31 : 186 + (m - 7) * 30) + (v % 100) - 1;
}

const YEARS_BY_RANK = [0, 0, PARAMETERS.experienceYearsBachelor.value, PARAMETERS.experienceYearsMaster.value, PARAMETERS.experienceYearsDoctorate.value];

function floorLicence(l) {
  const p = l.person;
  if (!floorEligible('manager', l.asOf, p) || !l.exam.passed) return false;
  let rank = 0;
  for (const d of p.degrees) rank = Math.max(rank, degreeRank(d));
  const asOf = dayOf(l.asOf);
  const spans = [];
  for (const w of l.experience.periods) {
    if (!w.related) continue;
    const s = dayOf(w.start);
    const e = Math.min(w.end === undefined ? asOf : dayOf(w.end), asOf);
    if (e >= s) spans.push([s, e]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let days = 0;
  let cs = -1;
  let ce = -2;
  for (const [s, e] of spans) {
    if (s > ce + 1) {
      if (ce >= cs) days += ce - cs + 1;
      cs = s;
      ce = e;
    } else if (e > ce) ce = e;
  }
  if (ce >= cs) days += ce - cs + 1;
  return days >= YEARS_BY_RANK[rank] * 365;
}

// ---------------------------------------------------------------------------
// (c) json-rules-engine: the same fourteen rules, one per clause, each with its citation.

function makeEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const fact = (name, operator, value) => ({ fact: name, operator, value });
  const rule = (name, citation, conditions) => engine.addRule({ name, conditions, event: { type: name, params: { citation } } });
  rule('nationality', { article: 9, clause: 'الف' }, { all: [fact('iranianNationality', 'equal', true)] });
  rule('constitution', { article: 9, clause: 'ب' }, { all: [fact('adheresToConstitution', 'equal', true)] });
  rule('religion', { article: 9, clause: 'پ' }, { all: [fact('religion', 'equal', 'islam'), fact('practisesIslam', 'equal', true)] });
  rule('degree', { article: 9, clause: 'ت' }, { all: [fact('qualifyingDegree', 'equal', true)] });
  rule('age', { article: 9, clause: 'ث' }, { all: [{ fact: 'age', operator: 'greaterThanInclusive', value: { fact: 'minAge' } }] });
  rule('military', { article: 9, clause: 'ج' }, { any: [fact('sex', 'equal', 'female'), fact('militaryService', 'in', ['completionCard', 'permanentExemption'])] });
  rule('dismissal', { article: 9, clause: 'چ' }, { all: [fact('permanentDismissalConviction', 'equal', false)] });
  rule('computer', { article: 9, clause: 'ح' }, { all: [fact('computerSkillsCertificate', 'equal', true)] });
  rule('criminalRecord', { article: 9, clause: 'خ' }, { all: [fact('effectiveCriminalRecord', 'equal', false)] });
  rule('addiction', { article: 9, clause: 'د' }, { all: [fact('drugAddiction', 'equal', false)] });
  rule('affiliation', { article: 9, clause: 'ذ' }, { all: [fact('opposingGroupAffiliation', 'equal', false)] });
  rule('stateEmployment', { article: 11, clause: 'الف' }, { all: [fact('stateEmployee', 'equal', false)] });
  rule('commerce', { article: 11, clause: 'ب' }, { all: [fact('engagedInCommerce', 'equal', false)] });
  rule('legalPractice', { article: 11, clause: 'پ' }, { all: [fact('attorney', 'equal', false), fact('officialExpert', 'equal', false)] });
  // Computed facts, with the same integer arithmetic as the floor.
  engine.addFact('age', async (_params, almanac) => completedYears(ymd(await almanac.factValue('birthDate')), ymd(await almanac.factValue('asOf'))));
  engine.addFact('minAge', async (_params, almanac) => MIN_AGE[await almanac.factValue('role')]);
  engine.addFact('qualifyingDegree', async (_params, almanac) => (await almanac.factValue('degrees')).some((d) => degreeRank(d) > 0));
  return engine;
}
const engine = makeEngine();
const engineFacts = applicants.map((a) => ({ ...a.person, role: a.role, asOf: a.asOf }));

/** One json-rules-engine decision: every rule's outcome (met = events, unmet = failureEvents). */
async function jreDecide(facts) {
  const r = await engine.run(facts);
  return { eligible: r.failureEvents.length === 0, findings: [...r.events, ...r.failureEvents] };
}

// ---------------------------------------------------------------------------
// Agreement first: a fast wrong answer is no answer.

let disagree = 0;
let eligible = 0;
for (let i = 0; i < N; i++) {
  const a = applicants[i];
  const lib = checkEligibility(a).status === 'eligible';
  const floor = floorEligible(a.role, a.asOf, a.person);
  const jre = (await jreDecide(engineFacts[i])).eligible;
  if (lib !== floor || lib !== jre) disagree++;
  if (lib) eligible++;
}
let licenceDisagree = 0;
let licensed = 0;
for (const l of licences) {
  const lib = checkLicence(l).status === 'eligible';
  if (lib !== floorLicence(l)) licenceDisagree++;
  if (lib) licensed++;
}
console.log(
  `${N} seeded applicants: ${eligible} eligible, the three agree on all but ${disagree}; licence: ${licensed} granted, library and floor disagree on ${licenceDisagree}.`,
);
if (disagree > 0 || licenceDisagree > 0) process.exitCode = 1;

// ---------------------------------------------------------------------------
// Timing: the library and the floor take turns (interleaved runs, each over all N
// applicants, after 1.5 s of warm-up each), medians of 15 runs.

const eligibilityOne = () => {
  let k = 0;
  for (let i = 0; i < N; i++) if (checkEligibility(applicants[i]).status === 'eligible') k++;
  return k;
};
const eligibilityFloor = () => {
  let k = 0;
  for (let i = 0; i < N; i++) if (floorEligible(applicants[i].role, applicants[i].asOf, applicants[i].person)) k++;
  return k;
};
// The loop a batch replaces keeps its decisions (`inputs.map(checkEligibility)`);
// `eligibilityOne` reads each status and drops the decision at once, so it never pays
// for keeping 4000 decisions alive (the young generation's copying and their promotion:
// with --max-semi-space-size=64 the batch and that loop measure alike). Both are shown.
const eligibilityKept = () => {
  const out = new Array(N);
  for (let i = 0; i < N; i++) out[i] = checkEligibility(applicants[i]);
  return out.length;
};
const { libOne, libKept, libBatch, floor } = interleavedOpsPerSecond({
  libOne: [eligibilityOne, N],
  libKept: [eligibilityKept, N],
  libBatch: [() => checkEligibilityBatch(applicants).length, N],
  floor: [eligibilityFloor, N],
});

// What src/eligibility/fast.ts buys: the zod schema alone (validation, no decision)
// against the whole decision with the fast validator, taking turns.
const { libWhole, zodOnly } = interleavedOpsPerSecond(
  {
    libWhole: [eligibilityOne, N],
    zodOnly: [
      () => {
        let k = 0;
        for (let i = 0; i < N; i++) if (EligibilityInputSchema.safeParse(applicants[i]).success) k++;
        return k;
      },
      N,
    ],
  },
  { runs: 9, warmupMs: 1000 },
);

// What a batch keeps alive: bytes of heap per decision held by the returned array
// (a figure that does not depend on the load of the machine; needs --expose-gc).
let keptBytes = null;
if (typeof globalThis.gc === 'function') {
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const held = checkEligibilityBatch(applicants);
  globalThis.gc();
  keptBytes = (process.memoryUsage().heapUsed - before) / held.length;
}

async function asyncOpsPerSecond(fn, ops, runs = 7, warmup = 2) {
  for (let i = 0; i < warmup; i++) await fn();
  const rates = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    rates.push((ops * 1e9) / Number(process.hrtime.bigint() - t0));
  }
  return median(rates);
}
const JRE_N = 1_000;
const jre = await asyncOpsPerSecond(async () => {
  let k = 0;
  for (let i = 0; i < JRE_N; i++) if ((await jreDecide(engineFacts[i])).eligible) k++;
  return k;
}, JRE_N);
const jreParallel = await asyncOpsPerSecond(async () => (await Promise.all(engineFacts.slice(0, JRE_N).map(jreDecide))).length, JRE_N);

const { licOne, licKept, licBatch, licFloor } = interleavedOpsPerSecond({
  licOne: [
    () => {
      let k = 0;
      for (let i = 0; i < N; i++) if (checkLicence(licences[i]).status === 'eligible') k++;
      return k;
    },
    N,
  ],
  // The loop a batch replaces keeps its decisions, as the batch does.
  licKept: [
    () => {
      const out = new Array(N);
      for (let i = 0; i < N; i++) out[i] = checkLicence(licences[i]);
      return out.length;
    },
    N,
  ],
  licBatch: [() => checkLicenceBatch(licences).length, N],
  licFloor: [
    () => {
      let k = 0;
      for (let i = 0; i < N; i++) if (floorLicence(licences[i])) k++;
      return k;
    },
    N,
  ],
});

const f = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(2)} M/s` : x >= 1e3 ? `${(x / 1e3).toFixed(1)} k/s` : `${x.toFixed(0)} /s`);
const r = (x) => (x >= 10 ? `${x.toFixed(0)}×` : `${x.toFixed(2)}×`);
table([
  { decision: 'Arts. 9+11', way: '(a) checkEligibility, one call each', 'decisions/s': f(libOne), 'vs floor (b)': `1/${(floor / libOne).toFixed(1)}`, 'vs json-rules-engine (c)': r(libOne / jre) },
  { decision: 'Arts. 9+11', way: '(a) checkEligibility in a loop, decisions kept', 'decisions/s': f(libKept), 'vs floor (b)': `1/${(floor / libKept).toFixed(1)}`, 'vs json-rules-engine (c)': r(libKept / jre) },
  { decision: 'Arts. 9+11', way: '(a) checkEligibilityBatch', 'decisions/s': f(libBatch), 'vs floor (b)': `1/${(floor / libBatch).toFixed(1)}`, 'vs json-rules-engine (c)': r(libBatch / jre) },
  { decision: 'Arts. 9+11', way: '(a) the zod schema alone, no decision', 'decisions/s': f(zodOnly), 'vs floor (b)': '', 'vs json-rules-engine (c)': '' },
  { decision: 'Arts. 9+11', way: '(b) floor: hand-written booleans', 'decisions/s': f(floor), 'vs floor (b)': '1', 'vs json-rules-engine (c)': r(floor / jre) },
  { decision: 'Arts. 9+11', way: '(c) json-rules-engine, awaited in turn', 'decisions/s': f(jre), 'vs floor (b)': `1/${(floor / jre).toFixed(0)}`, 'vs json-rules-engine (c)': '1' },
  { decision: 'Arts. 9+11', way: '(c) json-rules-engine, Promise.all', 'decisions/s': f(jreParallel), 'vs floor (b)': `1/${(floor / jreParallel).toFixed(0)}`, 'vs json-rules-engine (c)': r(jreParallel / jre) },
  { decision: 'licence (Art. 10)', way: '(a) checkLicence, one call each', 'decisions/s': f(licOne), 'vs floor (b)': `1/${(licFloor / licOne).toFixed(1)}`, 'vs json-rules-engine (c)': '' },
  { decision: 'licence (Art. 10)', way: '(a) checkLicence in a loop, decisions kept', 'decisions/s': f(licKept), 'vs floor (b)': `1/${(licFloor / licKept).toFixed(1)}`, 'vs json-rules-engine (c)': '' },
  { decision: 'licence (Art. 10)', way: '(a) checkLicenceBatch', 'decisions/s': f(licBatch), 'vs floor (b)': `1/${(licFloor / licBatch).toFixed(1)}`, 'vs json-rules-engine (c)': '' },
  { decision: 'licence (Art. 10)', way: '(b) floor: booleans + merged periods', 'decisions/s': f(licFloor), 'vs floor (b)': '1', 'vs json-rules-engine (c)': '' },
]);
console.log(
  `\nThe batch against the loop it replaces (decisions kept): ${(libBatch / libKept).toFixed(2)}×; against the loop that drops each decision: ${(libBatch / libOne).toFixed(2)}×.` +
    (keptBytes === null ? '' : ` A batch keeps ${keptBytes.toFixed(0)} bytes of heap per decision.`) +
    `\nsrc/eligibility/fast.ts: the whole decision with it, ${f(libWhole)}; the zod schema alone (validation only), ${f(zodOnly)} (${(libWhole / zodOnly).toFixed(1)}× fewer per second than the whole decision).`,
);
const best = Math.max(libOne, libBatch);
summary({ area: 'eligibility (Arts. 9, 11)', case: 'checkEligibility, one call each', library: f(libOne), baseline: `hand-written floor, ${f(floor)}`, ratio: `1/${(floor / libOne).toFixed(1)}`, target: `≥ 1/10: ${libOne >= floor / 10 ? 'met' : 'MISSED'}` });
summary({ area: 'eligibility (Arts. 9, 11)', case: 'checkEligibilityBatch', library: f(libBatch), baseline: `hand-written floor, ${f(floor)}`, ratio: `1/${(floor / libBatch).toFixed(1)}`, target: `≥ 1/10: ${libBatch >= floor / 10 ? 'met' : 'MISSED'}` });
summary({ area: 'eligibility (Arts. 9, 11)', case: 'checkEligibilityBatch vs the loop it replaces', library: f(libBatch), baseline: `checkEligibility in a loop, decisions kept, ${f(libKept)}`, ratio: `${(libBatch / libKept).toFixed(2)}×`, target: `≥ 1× (issue 16): ${libBatch >= libKept ? 'met' : 'MISSED'}` });
summary({ area: 'eligibility (Arts. 9, 11)', case: 'checkEligibility vs json-rules-engine', library: f(libOne), baseline: `json-rules-engine, ${f(jre)}`, ratio: `${(libOne / jre).toFixed(0)}×`, target: `≥ 40×: ${libOne >= 40 * jre ? 'met' : 'MISSED'}` });
summary({ area: 'licence (Art. 10)', case: 'checkLicence, one call each', library: f(licOne), baseline: `hand-written floor, ${f(licFloor)}`, ratio: `1/${(licFloor / licOne).toFixed(1)}`, target: '(none set)' });
summary({ area: 'licence (Art. 10)', case: 'checkLicenceBatch vs the loop it replaces', library: f(licBatch), baseline: `checkLicence in a loop, decisions kept, ${f(licKept)}`, ratio: `${(licBatch / licKept).toFixed(2)}×`, target: `≥ 1× (issue 16): ${licBatch >= licKept ? 'met' : 'MISSED'}` });
console.log(
  `\nTargets (issue 3): (a) ≥ 1/10 of (b): ${best >= floor / 10 ? 'met' : 'MISSED'} (1/${(floor / best).toFixed(1)}); ` +
    `(a) ≥ 40× (c): ${best >= 40 * jre ? 'met' : 'MISSED'} (${(best / jre).toFixed(0)}×).`,
);
