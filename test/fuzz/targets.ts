/**
 * The fuzz list: one entry per public function of `src/index.ts` (and of the text entry
 * point, `src/text/index.ts`), each with an arbitrary of VALID argument lists built with
 * `.map`/`.chain` from known-good values (the domains' tests and TSDoc examples). Junk is
 * derived from these by the harness. `coverage.test.ts` fails when an exported function
 * has no entry here.
 */
import fc from 'fast-check';
import { toDayNumber } from '../../src/_lib/jalali.js';
import { lib } from './lib.js';
import * as text from '../../src/text/index.js';
import { CLAUSE_LETTERS } from '../../src/core/citation.js';
import { provisionsOf } from '../../src/core/provisions.js';
import { degreeArb, FULL, nearFullArb, periodArb, personArb } from '../eligibility/arbitraries.js';
import { ABSENT, checkEnvelope, dateForms, dateIn, dayIn, optional, rec } from './harness.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../../src/calendar/index.js';

/** One function under fuzz. */
export interface FuzzTarget {
  /** Which entry point exports it. */
  readonly entry: 'main' | 'text';
  /** Valid argument lists: the call must return (no InputError). */
  readonly valid: fc.Arbitrary<unknown[]>;
  /** How to call it (default: the export with the arguments). */
  readonly call?: (...args: unknown[]) => unknown;
  /** Extra checks of a returned value (the documented shape). */
  readonly check?: (value: unknown, args: unknown[]) => void;
  /** `undefined` is a documented answer (the text look-ups: no such provision). */
  readonly mayBeUndefined?: boolean;
  /** It takes no input, or documents an answer for any input: junk is never refused. */
  readonly acceptsAnything?: boolean;
  /**
   * KNOWN defects, each with a failing repro in defects.test.ts (marked `it.fails`); the
   * generic properties let exactly these through until src/ is fixed. Remove the flag
   * when its repro starts to pass.
   */
  readonly known?: {
    /** D1: a -0 given in the input comes back as -0 in the output (JSON turns it into 0). */
    readonly negativeZero?: true;
    /**
     * D2–D4, D6: junk is not validated: it may throw a TypeError instead of an
     * InputError, or return undefined.
     */
    readonly junkThrows?: true;
  };
}

type Fn = (...args: unknown[]) => unknown;
const fnOf = (name: string): Fn => ((lib as Record<string, unknown>)[name] ?? (text as Record<string, unknown>)[name]) as Fn;

/** An argument list whose trailing ABSENT entries are dropped (optional parameters left out). */
const args = (...arbs: fc.Arbitrary<unknown>[]): fc.Arbitrary<unknown[]> =>
  fc.tuple(...arbs).map((xs) => {
    const out = [...xs];
    while (out.length > 0 && out[out.length - 1] === ABSENT) out.pop();
    return out.map((x) => (x === ABSENT ? undefined : x));
  });

const one = (arb: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> => arb.map((x) => [x]);

const isType = (t: string) => (v: unknown): void => {
  if (typeof v !== t) throw new Error(`expected a ${t}, got ${typeof v}`);
};
const isDateString = (v: unknown): void => {
  if (typeof v !== 'string' || !/^\d{4}\/\d{2}\/\d{2}$/.test(v)) throw new Error(`expected YYYY/MM/DD, got ${String(v)}`);
};
const isDecision = (kind: string) => (v: unknown): void => {
  if ((v as { kind?: unknown }).kind !== kind) throw new Error(`expected a decision ${kind}, got ${String((v as { kind?: unknown }).kind)}`);
  checkEnvelope(v);
};
const isDecisions = (kind: string) => (v: unknown, a: unknown[]): void => {
  if (!Array.isArray(v) || v.length !== (a[0] as unknown[]).length) throw new Error('expected one decision per entry');
  for (const d of v) isDecision(kind)(d);
};

// ---------------------------------------------------------------------------
// Shared valid pieces

const overflow = fc.constantFrom('nextMonth', 'clamp');
const overflowOptions = optional(rec({ overflow: optional(overflow) }));
const counting = fc.constantFrom('civilProcedure', 'lastCountedDay');
const calendarChoice = fc.constantFrom('official', 'fridaysOnly');
const completeYearsArb = fc.array(fc.integer({ min: 1200, max: 1600 }), { maxLength: 4 });
const CLAUSES = [...CLAUSE_LETTERS, 'ز2'] as const;

/** A citation of the regulation: an article and at most one part. */
/** A citation of a provision the regulation has (cite refuses any other, issue 15). */
const citationArb = fc.integer({ min: 1, max: 54 }).chain((article) => {
  const p = provisionsOf(article);
  const parts: fc.Arbitrary<Record<string, unknown>>[] = [fc.constant({ article })];
  if (p?.clauses.length) parts.push(fc.constantFrom(...p.clauses).map((clause) => ({ article, clause })));
  if (p?.notes.length) parts.push(fc.constantFrom(...p.notes).map((note) => ({ article, note })));
  if (p?.paragraphs.length) parts.push(fc.constantFrom(...p.paragraphs).map((paragraph) => ({ article, paragraph })));
  if (p?.grades.length) parts.push(fc.constantFrom(...p.grades).map((grade) => ({ article, grade })));
  return fc.oneof(...parts);
});

/** `n` and a list of holidays shortly after it. */
const holidaysAfter = (n: number): fc.Arbitrary<unknown[]> => fc.array(fc.integer({ min: 0, max: 120 }).chain((k) => dateForms(n + k)), { maxLength: 12 });

/** Standardized scores as sittings give them: two decimals, doubles, integers, -0, negatives. */
const scoreArb = fc.oneof(
  { arbitrary: fc.integer({ min: -5_000, max: 15_000 }).map((x) => x / 100), weight: 6 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 2 },
  { arbitrary: fc.constantFrom(0, -0, 100, 71.4, 49.98, 0.1, 0.7, 1e-7, 123456789.123), weight: 2 },
);
const scoresArb = fc.array(scoreArb, { minLength: 1, maxLength: 250 });
const idArb = fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'a\u200db', '۱۲'));

const examFactArb = fc.oneof(
  fc.record({ passed: fc.boolean() }),
  fc.tuple(scoresArb, fc.nat()).map(([s, i]) => ({ score: s[i % s.length], sittingScores: s })),
);

// ---------------------------------------------------------------------------
// Dates

const dates: Record<string, FuzzTarget> = {
  parseJalaliDate: { entry: 'main', valid: one(dateIn(1200, 1600)), check: isDateString },
  formatJalali: {
    entry: 'main',
    valid: args(dateIn(1200, 1600), optional(rec({ digits: optional(fc.constantFrom('latin', 'persian')) }))),
    check: isType('string'),
  },
  compareJalali: {
    entry: 'main',
    valid: args(dateIn(1200, 1600), dateIn(1200, 1600)),
    check: (v) => {
      if (v !== -1 && v !== 0 && v !== 1) throw new Error(`expected -1, 0 or 1, got ${String(v)}`);
    },
  },
  countDaysInclusive: {
    entry: 'main',
    valid: fc.tuple(dayIn(1300, 1500), fc.integer({ min: 0, max: 36_000 })).chain(([a, k]) => args(dateForms(a), dateForms(a + k))),
    check: (v) => {
      if (!Number.isSafeInteger(v) || (v as number) < 1) throw new Error(`expected a count ≥ 1, got ${String(v)}`);
    },
  },
  addJalaliDays: { entry: 'main', valid: args(dateIn(1300, 1500), fc.integer({ min: -30_000, max: 30_000 })), check: isDateString },
  addJalaliMonths: { entry: 'main', valid: args(dateIn(1300, 1500), fc.integer({ min: -1_000, max: 1_000 }), overflowOptions), check: isDateString },
  addJalaliYears: { entry: 'main', valid: args(dateIn(1300, 1500), fc.integer({ min: -95, max: 95 }), overflowOptions), check: isDateString },
  ageOn: {
    entry: 'main',
    valid: fc.tuple(dayIn(1300, 1500), fc.integer({ min: 0, max: 36_000 })).chain(([b, k]) => args(dateForms(b), dateForms(b + k), overflowOptions)),
    check: (v) => {
      if (!Number.isSafeInteger(v) || (v as number) < 0) throw new Error(`expected an age, got ${String(v)}`);
    },
  },
  dateOfAge: { entry: 'main', valid: args(dateIn(1300, 1450), fc.integer({ min: 0, max: 140 }), overflowOptions), check: isDateString },
  isClosedDay: {
    entry: 'main',
    valid: dayIn(1300, 1500).chain((d) => args(dateForms(d), optional(rec({ holidays: optional(holidaysAfter(d - 60)) })))),
    check: (v) => {
      const r = v as { closed: unknown; reason: unknown };
      if (typeof r.closed !== 'boolean' || ![null, 'friday', 'holiday'].includes(r.reason as string)) throw new Error('expected { closed, reason }');
    },
  },
  fixedSolarHolidays: {
    entry: 'main',
    valid: one(fc.integer({ min: 1200, max: 1600 })),
    check: (v) => {
      if (!Array.isArray(v) || v.length !== 10) throw new Error('expected ten holidays');
      v.forEach(isDateString);
    },
  },
  notificationDeadline: {
    entry: 'main',
    valid: dayIn(1300, 1500).chain((n) =>
      one(
        rec({
          notifiedOn: dateForms(n),
          days: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 400 }), weight: 9 }, { arbitrary: fc.integer({ min: 1, max: 3_650 }), weight: 1 }),
          holidays: optional(holidaysAfter(n)),
          calendar: optional(calendarChoice),
          completeYears: optional(completeYearsArb),
          counting: optional(counting),
          asOf: optional(fc.integer({ min: -30, max: 500 }).chain((k) => dateForms(n + k))),
          citation: optional(citationArb),
        }),
      ),
    ),
    check: isDecision('notificationDeadline'),
  },
  appealDeadline: {
    entry: 'main',
    valid: dayIn(1300, 1500).chain((n) =>
      one(
        rec({
          notifiedOn: dateForms(n),
          holidays: optional(holidaysAfter(n)),
          calendar: optional(calendarChoice),
          completeYears: optional(completeYearsArb),
          counting: optional(counting),
          asOf: optional(fc.integer({ min: 0, max: 60 }).chain((k) => dateForms(n + k))),
          basis: optional(fc.constantFrom('art33', 'art45')),
        }),
      ),
    ),
    check: isDecision('appealDeadline'),
  },
};

// ---------------------------------------------------------------------------
// The official calendar (src/calendar, its own entry point)

const calendarTargets: Record<string, FuzzTarget> = {
  officialHolidays: {
    entry: 'main',
    valid: one(fc.integer({ min: CALENDAR_FIRST_YEAR, max: CALENDAR_LAST_YEAR })),
    check: (v, a) => {
      if (!Array.isArray(v) || v.length === 0) throw new Error('expected the holidays of the year');
      for (const h of v as Array<{ date?: unknown }>) if (typeof h.date !== 'string' || !h.date.startsWith(`${String(a[0])}/`)) throw new Error(`a holiday outside ${String(a[0])}`);
    },
  },
  officialHolidayOn: {
    entry: 'main',
    valid: dayIn(CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR).chain((d) => one(dateForms(d))),
    check: (v) => {
      if (!Array.isArray(v)) throw new Error('expected a list of holidays');
    },
  },
};

// ---------------------------------------------------------------------------
// Eligibility (Arts. 9, 10, 11, 45)

const personAny = fc.oneof(personArb, nearFullArb, fc.constant(FULL));
const asOfE = dateIn(1395, 1450);
const eligibilityInput = rec({
  role: fc.constantFrom('manager', 'legalExpert'),
  asOf: asOfE,
  person: personAny,
  options: optional(rec({ overflow: optional(overflow) })),
});
const licenceInput = rec({
  asOf: asOfE,
  person: personAny,
  exam: optional(examFactArb),
  experience: optional(fc.record({ periods: fc.array(periodArb, { maxLength: 4 }) })),
  options: optional(rec({ overflow: optional(overflow), daysPerYear: optional(fc.integer({ min: 1, max: 366 })) })),
});

const eligibility: Record<string, FuzzTarget> = {
  checkEligibility: { entry: 'main', valid: one(eligibilityInput), check: isDecision('eligibility') },
  checkEligibilityBatch: { entry: 'main', valid: one(fc.array(eligibilityInput, { maxLength: 5 })), check: isDecisions('eligibility') },
  assessExperience: {
    entry: 'main',
    valid: one(
      rec({
        asOf: asOfE,
        degrees: optional(fc.array(degreeArb, { maxLength: 3 })),
        periods: optional(fc.array(periodArb, { maxLength: 5 })),
        options: optional(rec({ daysPerYear: optional(fc.integer({ min: 1, max: 366 })) })),
      }),
    ),
    check: isDecision('experience'),
  },
  checkLicence: { entry: 'main', valid: one(licenceInput), check: isDecision('licence') },
  checkLicenceBatch: { entry: 'main', valid: one(fc.array(licenceInput, { maxLength: 4 })), check: isDecisions('licence') },
  checkContinuingEligibility: {
    entry: 'main',
    valid: dayIn(1402, 1420).chain((a) =>
      one(
        rec({
          asOf: dateForms(a),
          person: personAny,
          licence: optional(
            rec({
              issuedOn: optional(fc.integer({ min: 0, max: 2_000 }).chain((k) => dateForms(a - k))),
              person: optional(personAny),
              exam: optional(examFactArb),
              experience: optional(fc.record({ periods: fc.array(periodArb, { maxLength: 3 }) })),
            }),
          ),
          notifiedOn: optional(fc.integer({ min: 0, max: 30 }).chain((k) => dateForms(a + k))),
          holidays: optional(holidaysAfter(a)),
          completeYears: optional(completeYearsArb),
          options: optional(
            rec({
              overflow: optional(overflow),
              daysPerYear: optional(fc.integer({ min: 1, max: 366 })),
              counting: optional(counting),
              calendar: optional(calendarChoice),
              curedDefects: optional(fc.constantFrom('noGround', 'ground')),
            }),
          ),
        }),
      ),
    ),
    check: isDecision('continuingEligibility'),
  },
};

// ---------------------------------------------------------------------------
// Exam (Art. 10(الف))

const exam: Record<string, FuzzTarget> = {
  examCutoff: { entry: 'main', valid: one(fc.record({ scores: scoresArb })), check: isDecision('examCutoff') },
  gradeSitting: {
    entry: 'main',
    valid: fc
      .uniqueArray(fc.tuple(idArb, scoreArb), { minLength: 1, maxLength: 250, selector: ([id]) => id })
      .map((rows) => [{ entries: rows.map(([id, score]) => ({ id, score })) }]),
    check: isDecision('examSitting'),
  },
  examResult: {
    entry: 'main',
    valid: fc.tuple(scoresArb, fc.nat()).map(([s, i]) => [{ score: s[i % s.length], sittingScores: s }]),
    check: (v) => {
      const k = (v as { kind?: unknown }).kind;
      if (k !== 'examResult') throw new Error(`expected examResult, got ${String(k)}`);
      checkEnvelope(v);
    },
  },
};

// ---------------------------------------------------------------------------
// Discipline (Arts. 29–45)

const offenceIds = lib.OFFENCE_IDS as readonly string[];
const positiveDays = fc.oneof(fc.integer({ min: 1, max: 400 }), fc.double({ min: Number.MIN_VALUE, max: 1e6, noNaN: true }));
const daysPerMonth = fc.oneof(fc.constantFrom(30, 31, 10.5), fc.double({ min: 10.000001, max: 1e6, noNaN: true }));

/** An offence, dated on or before day `last` when dated. */
const offenceOn = (last: number): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 6, arbitrary: fc.record({ id: fc.constantFrom(...offenceIds) }) },
        { weight: 1, arbitrary: fc.record({ id: fc.constant('art41'), grade: fc.integer({ min: 2, max: 4 }) }) },
        { weight: 2, arbitrary: fc.record({ id: fc.constantFrom('absence', 'closure'), days: positiveDays }) },
      ),
      optional(fc.integer({ min: 0, max: 3_000 }).chain((k) => dateForms(last - k))),
    )
    .map(([o, date]) => (date === ABSENT ? o : { ...o, date }));

const discipline: Record<string, FuzzTarget> = {
  getOffence: { entry: 'main', valid: one(fc.constantFrom(...offenceIds)), check: (v) => isType('object')(v) },
  isOffenceId: { entry: 'main', acceptsAnything: true, valid: one(fc.oneof(fc.constantFrom(...offenceIds, 'art41', 'absence'), fc.string())), check: isType('boolean') },
  penaltyOfGrade: { entry: 'main', valid: one(fc.integer({ min: 1, max: 7 })), check: isType('object') },
  checkSuspension: {
    entry: 'main',
    valid: one(rec({ grade: fc.constantFrom(5, 6), months: fc.integer({ min: 0, max: 60 }), start: optional(dateIn(1300, 1500)), options: optional(rec({ overflow: optional(overflow) })) })),
    check: isDecision('discipline.suspension'),
  },
  classifyAbsence: {
    entry: 'main',
    valid: one(rec({ days: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 1e300, noNaN: true })), options: optional(rec({ daysPerMonth: optional(daysPerMonth) })) })),
    check: isDecision('discipline.absence'),
  },
  classifyClosure: {
    entry: 'main',
    valid: one(rec({ days: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 1e300, noNaN: true })) })),
    check: isDecision('discipline.closure'),
  },
  sentence: {
    entry: 'main',
    valid: dayIn(1400, 1450).chain((asOf) =>
      fc
        .record({
          offences: fc.array(offenceOn(asOf), { minLength: 1, maxLength: 4 }),
          priors: optional(fc.array(rec({ grade: fc.integer({ min: 1, max: 7 }), carriedOut: optional(fc.integer({ min: 0, max: 2_000 }).chain((k) => dateForms(asOf - k))) }), { maxLength: 3 })),
          mitigatingGrounds: optional(fc.subarray([...lib.MITIGATING_GROUNDS])),
          board: optional(
            rec({
              aggravation: optional(fc.boolean()),
              mitigation: optional(fc.integer({ min: 0, max: 2 })),
              grade: optional(fc.integer({ min: 1, max: 7 })),
              suspensionMonths: optional(fc.integer({ min: 0, max: 60 })),
            }),
          ),
          options: optional(rec({ overflow: optional(overflow), multipleOffences: optional(fc.constantFrom('highestGroup', 'literal')), daysPerMonth: optional(daysPerMonth) })),
          asOf: dateForms(asOf),
        })
        .map((r) => {
          const out: Record<string, unknown> = {};
          for (const [k, v] of Object.entries(r)) if (v !== ABSENT) out[k] = v;
          // Art. 32: mitigation above 0 needs a named ground
          const board = out['board'] as { mitigation?: number } | undefined;
          const grounds = out['mitigatingGrounds'] as unknown[] | undefined;
          if (board?.mitigation !== undefined && board.mitigation > 0 && (grounds === undefined || grounds.length === 0)) {
            out['mitigatingGrounds'] = ['remorse'];
          }
          return [out];
        }),
    ),
    check: isDecision('discipline.sentence'),
  },
  suspendProsecution: {
    entry: 'main',
    valid: dayIn(1400, 1450).chain((d) =>
      fc.boolean().chain((dated) =>
        one(
          rec({
            offences: fc.array(offenceOn(d), { minLength: 1, maxLength: 3 }),
            decidedOn: dated ? dateForms(d) : fc.constant(ABSENT),
            years: optional(fc.integer({ min: 0, max: 4 })),
            months: optional(fc.integer({ min: 0, max: 30 })),
            newOffence: optional(rec({ committedOn: optional(dateIn(1400, 1455)), finalConviction: optional(fc.boolean()) })),
            options: optional(rec({ overflow: optional(overflow), daysPerMonth: optional(daysPerMonth) })),
          }),
        ),
      ),
    ),
    check: isDecision('discipline.prosecutionSuspension'),
  },
  prosecutionBars: {
    entry: 'main',
    valid: fc
      .tuple(dayIn(1395, 1450), fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 2_000 }))
      .chain(([asOf, a, b]) => {
        const committed = asOf - a - b;
        const ended = asOf - a;
        return one(
          rec({
            asOf: dateForms(asOf),
            offence: rec({ committedOn: optional(dateForms(committed)), endedOn: optional(dateForms(ended)) }),
            prosecutionActs: optional(fc.array(fc.integer({ min: committed, max: asOf }).chain(dateForms), { maxLength: 4 })),
            resJudicata: optional(fc.boolean()),
            permanentlySeparated: optional(fc.boolean()),
            deceased: optional(fc.boolean()),
            options: optional(rec({ overflow: optional(overflow) })),
          }),
        );
      }),
    check: isDecision('discipline.bars'),
  },
  appealability: {
    entry: 'main',
    valid: one(rec({ ruling: fc.constantFrom('conviction', 'acquittal', 'revocation'), grade: optional(fc.integer({ min: 1, max: 7 })) })),
    check: isDecision('discipline.appealability'),
  },
  disciplinaryAppealDeadline: {
    entry: 'main',
    valid: dayIn(1300, 1500).chain((n) =>
      one(
        rec({
          ruling: fc.constantFrom('conviction', 'acquittal', 'revocation'),
          grade: optional(fc.integer({ min: 1, max: 7 })),
          notifiedOn: dateForms(n),
          holidays: optional(holidaysAfter(n)),
          completeYears: optional(completeYearsArb),
          asOf: optional(fc.integer({ min: 0, max: 60 }).chain((k) => dateForms(n + k))),
          options: optional(rec({ counting: optional(counting), calendar: optional(calendarChoice) })),
        }),
      ),
    ),
    check: isDecision('discipline.appealDeadline'),
  },
  crimeReferral: { entry: 'main', acceptsAnything: true, valid: fc.constant([]), check: isDecision('discipline.crimeReferral') },
  judgeCase: {
    entry: 'main',
    // One case: offences dated on or before the hearing, the appeal notified on or after it.
    valid: dayIn(1400, 1440).chain((h) =>
      one(
        rec({
          hearingDate: dateForms(h),
          offences: fc.array(
            fc.record({
              id: fc.constantFrom(...offenceIds.filter((id) => id !== 'art41' && id !== 'absence' && id !== 'closure')),
              date: fc.integer({ min: 0, max: 1_500 }).chain((k) => dateForms(h - k)),
              prosecutionActs: fc.constant([]),
              resJudicata: fc.boolean(),
            }),
            { minLength: 1, maxLength: 3 },
          ),
          permanentlySeparated: optional(fc.boolean()),
          deceased: optional(fc.boolean()),
          priors: optional(fc.constant([])),
          board: optional(rec({ grade: optional(fc.integer({ min: 1, max: 7 })) })),
          appeal: optional(rec({ notifiedOn: fc.integer({ min: 0, max: 30 }).chain((k) => dateForms(h + k)), holidays: optional(holidaysAfter(h)) })),
        }),
      ),
    ),
    check: isDecision('discipline.case'),
  },
};

// ---------------------------------------------------------------------------
// Fees (Arts. 13, 14)

const rials = fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.constantFrom(0, -0, 1_200_000));
const serviceNames = ['petition', 'notice', 'copy', '__proto__', 'constructor', 'خدمت'] as const;
const tariffTable = fc
  .uniqueArray(
    fc.record({
      effectiveFrom: dayIn(1395, 1410),
      services: fc.dictionary(fc.constantFrom(...serviceNames), rials, { maxKeys: 4 }),
      reference: optional(fc.string({ maxLength: 10 })),
    }),
    { maxLength: 4, selector: (t) => t.effectiveFrom },
  )
  .chain((ts) =>
    fc.tuple(...ts.map((t) => dateForms(t.effectiveFrom))).map((froms) =>
      ts.map((t, i) => {
        const out: Record<string, unknown> = { effectiveFrom: froms[i], services: t.services };
        if (t.reference !== ABSENT) out['reference'] = t.reference;
        return out;
      }),
    ),
  );

const feeInput = fc
  .record({
    serviceDate: dateIn(1395, 1415),
    mode: fc.constantFrom('tariff', 'tariffs', 'none'),
    tariff: rials,
    tariffs: tariffTable,
    service: fc.constantFrom(...serviceNames),
    judicialCosts: optional(rials),
    exemption: optional(
      rec({
        group: fc.constantFrom('reliefCommittee', 'welfarePensioner', 'indigentPrisoner'),
        confirmedBy: optional(fc.constantFrom(null, 'reliefCommittee', 'welfareOrganization', 'prisonsOrganization')),
      }),
    ),
  })
  .map(({ serviceDate, mode, tariff, tariffs, service, judicialCosts, exemption }) => {
    const out: Record<string, unknown> = { serviceDate };
    if (mode === 'tariff') out['tariff'] = tariff;
    if (mode === 'tariffs') Object.assign(out, { tariffs, service });
    if (judicialCosts !== ABSENT) out['judicialCosts'] = judicialCosts;
    if (exemption !== ABSENT) out['exemption'] = exemption;
    return out;
  });

const fees: Record<string, FuzzTarget> = {
  tariffInForce: {
    entry: 'main',
    valid: fc.record({ tariffs: tariffTable, service: fc.constantFrom(...serviceNames), on: dateIn(1395, 1415) }).map((x) => [x]),
    check: isType('object'),
  },
  assessFee: { entry: 'main', valid: one(feeInput), check: isDecision('fees.assessment') },
  checkFeeCollection: {
    entry: 'main',
    valid: fc
      .tuple(feeInput, rec({ officeFee: optional(rials), judicialCosts: optional(rials), receiptIssued: optional(fc.boolean()), method: optional(fc.constantFrom('centerMethod', 'other')) }))
      .map(([f, collected]) => [{ ...f, collected }]),
    check: isDecision('fees.collection'),
  },
};

// ---------------------------------------------------------------------------
// Operations (Arts. 3–4, 8, 17–19, 22–28, 47, 53)

const memberArb = rec({
  kind: fc.constantFrom('judge', 'associationRepresentative', 'centerRepresentative'),
  alternate: optional(fc.boolean()),
  selectedByHeadOfJudiciary: optional(fc.boolean()),
  judicialGrade: optional(fc.integer({ min: 1, max: 12 })),
  officeManager: optional(fc.boolean()),
  onAssociationBoardOfDirectors: optional(fc.boolean()),
});
const boardArb = fc
  .record({
    level: fc.constantFrom('firstInstance', 'appeal'),
    location: optional(fc.constantFrom('tehran', 'provincialCapital', 'elsewhere')),
    members: fc.uniqueArray(fc.tuple(idArb, memberArb), { maxLength: 7, selector: ([id]) => id }),
  })
  .map(({ level, location, members }) => {
    const b: Record<string, unknown> = { level, members: members.map(([id, m]) => ({ id, ...m })) };
    if (location !== ABSENT) b['location'] = location;
    return b;
  });
const idsOf = (b: Record<string, unknown>): string[] => (b['members'] as { id: string }[]).map((m) => m.id);
/** A board, the members present, and votes by distinct members. */
const sittingArb = boardArb.chain((board) => {
  const ids = idsOf(board);
  return fc.record({
    board: fc.constant(board),
    present: ids.length === 0 ? fc.constant<string[]>([]) : fc.subarray(ids),
    voters: ids.length === 0 ? fc.constant<string[]>([]) : fc.shuffledSubarray(ids),
    picks: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
  });
});
const FILING_STEPS = [...new Set([...lib.FILING_ROUTES.portal, ...lib.FILING_ROUTES.office, 'trackingCodeIssued'])];
const choiceArb = fc.constantFrom('grade 3', 'acquit', 'grade 5', '۳', 'x');

const operations: Record<string, FuzzTarget> = {
  checkOfficeStaffing: {
    entry: 'main',
    valid: fc
      .record({
        asOf: asOfE,
        staff: fc.uniqueArray(rec({ id: optional(idArb), role: fc.constantFrom('manager', 'legalExpert', 'clerical'), person: optional(personAny) }), {
          maxLength: 5,
          selector: (m) => (m['id'] === undefined ? Symbol('anon') : `${String(m['role'])}\u0000${String(m['id'])}`),
        }),
        options: optional(rec({ allowDualRoles: optional(fc.boolean()) })),
      })
      .map((r) => [Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ABSENT))]),
    check: isDecision('operations.staffing'),
  },
  rankOffices: {
    entry: 'main',
    valid: fc
      .record({
        asOf: dateIn(1400, 1450),
        indices: fc.uniqueArray(
          fc.record({
            id: idArb,
            basis: optional(fc.constantFrom('clientSatisfaction', 'offences', 'freeServices', 'inspectionReports', 'compliance', 'other')),
            weight: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0, max: 1e6, noNaN: true })),
            min: fc.integer({ min: -100, max: 100 }),
            span: fc.integer({ min: 1, max: 1_000 }),
            direction: fc.constantFrom('higherBetter', 'lowerBetter'),
          }),
          { minLength: 1, maxLength: 4, selector: (i) => i.id },
        ),
        offices: fc.uniqueArray(fc.tuple(idArb, fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 4, maxLength: 4 }), optional(fc.array(dateIn(1399, 1450), { maxLength: 3 }))), {
          minLength: 1,
          maxLength: 5,
          selector: ([id]) => id,
        }),
        options: optional(
          rec({
            inspectionYear: optional(fc.constantFrom('calendarYear', 'rolling12Months')),
            unscored: optional(fc.constantFrom('incomplete', 'exclude')),
            overflow: optional(overflow),
          }),
        ),
      })
      .map(({ asOf, indices, offices, options }) => {
        const ix = indices.map((i, n) => {
          const out: Record<string, unknown> = { id: i.id, weight: n === 0 ? Math.max(1, i.weight) : i.weight, scale: { min: i.min, max: i.min + i.span }, direction: i.direction };
          if (i.basis !== ABSENT) out['basis'] = i.basis;
          return out;
        });
        const os = offices.map(([id, fractions, inspections]) => {
          const scores: Record<string, number> = {};
          indices.forEach((i, n) => {
            const f = fractions[n];
            if (f !== null && f !== undefined) scores[i.id] = i.min + f * i.span;
          });
          const o: Record<string, unknown> = { id, scores };
          if (inspections !== ABSENT) o['fieldInspections'] = inspections;
          return o;
        });
        const input: Record<string, unknown> = { asOf, indices: ix, offices: os };
        if (options !== ABSENT) input['options'] = options;
        return [input];
      }),
    check: isDecision('operations.ranking'),
  },
  checkBoardComposition: { entry: 'main', valid: boardArb.map((board) => [{ board }]), check: isDecision('operations.boardComposition') },
  checkBoardSitting: { entry: 'main', valid: sittingArb.map((s) => [{ board: s.board, present: s.present }]), check: isDecision('operations.boardSitting') },
  tallyBoardVote: {
    entry: 'main',
    valid: fc.tuple(sittingArb, fc.array(choiceArb, { minLength: 8, maxLength: 8 })).map(([s, choices]) => [
      { board: s.board, present: s.present, votes: s.voters.map((member, i) => ({ member, choice: choices[i % 8] })) },
    ]),
    check: isDecision('operations.boardVote'),
  },
  electBoardChair: {
    entry: 'main',
    valid: sittingArb.map((s) => {
      const ids = idsOf(s.board);
      return [{ board: s.board, present: s.present, votes: s.voters.map((member, i) => ({ member, candidate: ids[(s.picks[i % 8] as number) % ids.length] })) }];
    }),
    check: isDecision('operations.boardChair'),
  },
  checkBoardRuling: {
    entry: 'main',
    valid: one(
      rec({
        reasons: optional(fc.oneof(fc.string(), fc.constantFrom('The manager took 300,000 rials above the tariff, as the receipt shows.', 'مدیر دفتر وجه بیشتر دریافت کرد'))),
        citedRules: optional(fc.array(fc.oneof(citationArb, fc.constantFrom('Art. 38(dh)', 'ماده ۳۸ بند ذ', 'CPC 445')), { maxLength: 4 })),
      }),
    ),
    check: isDecision('operations.boardRuling'),
  },
  checkFilingLog: {
    entry: 'main',
    valid: one(
      rec({
        route: fc.constantFrom('portal', 'office'),
        events: fc.array(fc.constantFrom(...FILING_STEPS), { maxLength: 12 }),
        inProgress: optional(fc.boolean()),
      }),
    ),
    check: isDecision('operations.filingLog'),
  },
  centerCalendar: {
    entry: 'main',
    valid: fc.integer({ min: toDayNumber(1401, 5, 23), max: toDayNumber(1440, 12, 29) }).chain((asOf) => {
      const approved = toDayNumber(1401, 5, 23);
      const upTo = (lo: number): fc.Arbitrary<unknown> => fc.integer({ min: lo, max: asOf }).chain(dateForms);
      const nullableBefore = optional(fc.oneof(fc.constant(null), upTo(asOf - 3_000)));
      return one(
        rec({
          asOf: dateForms(asOf),
          communicatedOn: optional(upTo(approved)),
          lastExamOn: nullableBefore,
          lastPublicationOn: nullableBefore,
          lastReportOn: nullableBefore,
          done: optional(
            rec({
              servicesIdentificationOn: nullableBefore,
              officeAdministrationInstructionOn: nullableBefore,
              exemptionEnquiryOn: nullableBefore,
              kioskInstructionOn: nullableBefore,
            }),
          ),
          options: optional(rec({ overflow: optional(overflow) })),
        }),
      );
    }),
    check: isDecision('operations.centerCalendar'),
  },
  filingRouteCitation: { entry: 'main', acceptsAnything: true, valid: one(fc.constantFrom('portal', 'office')), check: isType('object') },
};

// ---------------------------------------------------------------------------
// The earlier instruction (a second rule set, chosen explicitly)

const POSTS = ['manager', 'legalExpert', 'itExpert', 'clerical'] as const;
const instructionPerson = fc
  .tuple(
    personAny,
    rec({
      adheresToVelayatFaqih: optional(fc.boolean()),
      criminalRecord: optional(fc.boolean()),
      physicallyAndMentallyFit: optional(fc.boolean()),
      computerSkillsApproved: optional(fc.boolean()),
      article187Adviser: optional(fc.boolean()),
      dismissedJudgeOrNotary: optional(fc.boolean()),
      approvedServiceRecord: optional(fc.boolean()),
    }),
  )
  .map(([p, extra]) => ({ ...p, ...extra }));
const instructionOptions = optional(
  rec({ overflow: optional(overflow), daysPerYear: optional(fc.integer({ min: 1, max: 366 })), art7Degree: optional(fc.constantFrom('asWritten', 'anyField')) }),
);
const instructionEligibilityInput = rec({
  post: fc.constantFrom(...POSTS),
  asOf: dateIn(1385, 1410),
  person: instructionPerson,
  experience: optional(fc.record({ periods: fc.array(periodArb, { maxLength: 3 }) })),
  options: instructionOptions,
});
const conditionKeys = ((lib as Record<string, unknown>)['INSTRUCTION_CONDITION_KEYS'] ?? []) as readonly string[];

const instruction: Record<string, FuzzTarget> = {
  ruleSetRef: { entry: 'main', valid: fc.oneof(fc.constant<unknown[]>([]), one(fc.constantFrom('regulation-1401', 'instruction-1392'))), check: isType('object') },
  checkEligibilityUnder: {
    entry: 'main',
    valid: fc.oneof(
      fc.tuple(fc.constantFrom('regulation-1401', undefined), eligibilityInput),
      fc.tuple(fc.constant('instruction-1392'), instructionEligibilityInput),
    ),
    check: (v) => checkEnvelope(v),
  },
  checkEligibilityUnderInstruction: { entry: 'main', valid: one(instructionEligibilityInput), check: isDecision('instruction.eligibility') },
  conditionsOfPost: { entry: 'main', valid: one(fc.constantFrom(...POSTS)), check: (v) => isType('object')(v) },
  instructionConditionCitation: { entry: 'main', valid: args(fc.constantFrom(...POSTS), fc.constantFrom(...conditionKeys)) },
  instructionMinimumAge: { entry: 'main', valid: one(fc.constantFrom(...POSTS)), check: isType('number') },
  instructionStaffing: {
    entry: 'main',
    valid: one(
      rec({
        asOf: dateIn(1390, 1400),
        staff: fc.uniqueArray(
          rec({
            id: optional(idArb),
            post: fc.constantFrom(...POSTS),
            fullTime: optional(fc.boolean()),
            person: optional(instructionPerson),
            experience: optional(fc.record({ periods: fc.array(periodArb, { maxLength: 2 }) })),
          }),
          { maxLength: 5, selector: (m) => (m['id'] === undefined ? Symbol('anon') : `${String(m['post'])}\u0000${String(m['id'])}`) },
        ),
        options: optional(
          rec({
            allowDualRoles: optional(fc.boolean()),
            overflow: optional(overflow),
            daysPerYear: optional(fc.integer({ min: 1, max: 366 })),
            art7Degree: optional(fc.constantFrom('asWritten', 'anyField')),
          }),
        ),
      }),
    ),
    check: isDecision('instruction.staffing'),
  },
  instructionPenalty: { entry: 'main', valid: one(fc.integer({ min: 1, max: 6 })), check: isType('object') },
  checkInstructionSuspension: {
    entry: 'main',
    valid: one(rec({ months: fc.integer({ min: 0, max: 60 }), start: optional(dateIn(1390, 1400)), options: optional(rec({ overflow: optional(overflow) })) })),
    check: isDecision('instruction.suspension'),
  },
  instructionAppealability: { entry: 'main', valid: one(rec({ measure: optional(fc.integer({ min: 1, max: 6 })) })), check: isDecision('instruction.appealability') },
  instructionSentence: {
    entry: 'main',
    valid: dayIn(1393, 1400).chain((d) =>
      one(
        rec({
          offender: optional(fc.constantFrom('manager', 'staff')),
          offenceOn: optional(dateForms(d)),
          prior: optional(rec({ measure: fc.integer({ min: 1, max: 6 }), finalOn: optional(fc.integer({ min: 0, max: 1_500 }).chain((k) => dateForms(d - k))) })),
          complaintWithdrawn: optional(fc.boolean()),
          chosenMeasure: optional(fc.integer({ min: 1, max: 6 })),
        }),
      ),
    ),
    check: isDecision('instruction.sentence'),
  },
  compareRuleSets: {
    entry: 'main',
    valid: one(
      rec({
        post: fc.constantFrom(...POSTS),
        asOf: dateIn(1385, 1410),
        person: instructionPerson,
        experience: optional(fc.record({ periods: fc.array(periodArb, { maxLength: 3 }) })),
        exam: optional(examFactArb),
        options: instructionOptions,
      }),
    ),
    check: isDecision('instruction.comparison'),
  },
};

// ---------------------------------------------------------------------------
// Core: citations, messages, rendering, errors

/** Decisions of several kinds, built from valid inputs, for `explain`. */
const decisionArb: fc.Arbitrary<unknown> = fc.oneof(
  (dates['appealDeadline'] as FuzzTarget).valid.map((a) => lib.appealDeadline(a[0] as never)),
  (eligibility['checkEligibility'] as FuzzTarget).valid.map((a) => lib.checkEligibility(a[0] as never)),
  (discipline['sentence'] as FuzzTarget).valid.map((a) => lib.sentence(a[0] as never)),
  (exam['examResult'] as FuzzTarget).valid.map((a) => lib.examResult(a[0] as never)),
  (operations['rankOffices'] as FuzzTarget).valid.map((a) => lib.rankOffices(a[0] as never)),
);

/** Functions `safe` wraps in the fuzz (each with its own valid inputs). */
const SAFE_WRAPPED = ['parseJalaliDate', 'appealDeadline', 'checkEligibility', 'sentence', 'gradeSitting', 'assessFee'] as const;

const core: Record<string, FuzzTarget> = {
  cite: { entry: 'main', valid: args(citationArb, fc.constantFrom('fa', 'en')), check: isType('string') },
  message: {
    entry: 'main',
    valid: args(fc.constant('core.ruleSet'), fc.record({ id: fc.oneof(fc.string(), fc.constant('regulation-1401')), approved: fc.oneof(fc.string(), fc.constant('1401/05/23')) })),
    check: (v) => {
      const m = v as { fa?: unknown; en?: unknown };
      if (typeof m.fa !== 'string' || typeof m.en !== 'string') throw new Error('expected { fa, en }');
    },
  },
  explain: {
    entry: 'main',
    valid: args(decisionArb, optional(rec({ lang: optional(fc.constantFrom('fa', 'en')) }))),
    check: isType('string'),
  },
  isInputError: {
    entry: 'main',
    acceptsAnything: true,
    valid: one(
      fc.oneof(
        fc.constant(0).map(() => {
          try {
            lib.parseJalaliDate('1404/12/30');
          } catch (e) {
            return e;
          }
          return null;
        }),
        fc.anything(),
      ),
    ),
    check: isType('boolean'),
  },
  safe: {
    // it never throws for bad input: it returns { ok: false, error }
    acceptsAnything: true,
    entry: 'main',
    // The first argument names the function `safe` wraps; the rest are its arguments.
    valid: fc.constantFrom(...SAFE_WRAPPED).chain((name) => (TARGETS[name] as FuzzTarget).valid.map((a) => [name, ...a])),
    // The Result holds the InputError instance; its JSON form is what must be plain.
    call: (name: unknown, ...rest: unknown[]) => {
      const r = lib.safe(fnOf(SAFE_WRAPPED.includes(name as never) ? (name as string) : 'parseJalaliDate'))(...rest);
      if (r.ok) return r;
      if (!(r.error instanceof lib.InputError)) throw new Error('safe() gave { ok: false } with something other than an InputError');
      return { ok: false, error: r.error.toJSON() };
    },
    check: (v) => {
      const r = v as { ok?: unknown; value?: unknown };
      if (r.ok !== true) throw new Error('a valid input gave { ok: false }');
    },
  },
};

// ---------------------------------------------------------------------------
// The text entry point

const textTargets: Record<string, FuzzTarget> = {
  getArticle: { entry: 'text', valid: one(fc.integer({ min: -5, max: 60 })), mayBeUndefined: true },
  getProvision: { entry: 'text', valid: one(citationArb), mayBeUndefined: true },
  getInstructionArticle: { entry: 'text', valid: one(fc.integer({ min: -5, max: 30 })), mayBeUndefined: true },
  getInstructionProvision: {
    entry: 'text',
    valid: one(
      rec({
        article: fc.integer({ min: 1, max: 30 }),
        clause: optional(fc.constantFrom('الف', 'ب', 'ج', 'د', 'ه', 'و', 'ز')),
        note: optional(fc.integer({ min: 1, max: 5 })),
        item: optional(fc.integer({ min: 1, max: 16 })),
        ruleSet: optional(fc.constant('instruction-1392')),
      }),
    ),
    mayBeUndefined: true,
  },
  citeInstructionWithText: {
    entry: 'text',
    valid: fc.tuple(fc.integer({ min: 1, max: 26 }), fc.nat(), fc.constantFrom('fa', 'en')).map(([n, k, lang]) => {
      const a = text.getInstructionArticle(n);
      const parts = [
        { article: n },
        ...(a?.items ?? []).map((x) => ({ article: n, item: x.number })),
        ...(a?.clauses ?? []).map((c) => ({ article: n, clause: c.letter })),
        ...(a?.notes ?? []).map((x) => ({ article: n, note: x.number })),
      ];
      return [parts[k % parts.length], lang];
    }),
    check: isType('string'),
  },
  citeWithText: {
    entry: 'text',
    // provisions that exist: an article, or a clause/note/grade taken from the text itself
    valid: fc
      .tuple(fc.integer({ min: 1, max: 54 }), fc.nat(), fc.constantFrom('fa', 'en'))
      .map(([n, k, lang]) => {
        const a = text.getArticle(n);
        const parts = [
          { article: n },
          ...(a?.clauses ?? []).map((c) => ({ article: n, clause: c.id })),
          ...(a?.notes ?? []).map((x) => ({ article: n, note: x.number })),
          ...(a?.grades ?? []).map((g) => ({ article: n, grade: g.grade })),
        ];
        return [parts[k % parts.length], lang];
      }),
    check: isType('string'),
  },
};

/** Every function under fuzz, by export name. */
export const TARGETS: Record<string, FuzzTarget> = {
  ...dates,
  ...calendarTargets,
  ...eligibility,
  ...exam,
  ...discipline,
  ...fees,
  ...operations,
  ...instruction,
  ...core,
  ...textTargets,
};

/**
 * Exported functions deliberately not fuzzed as functions, with the reason. Nothing
 * else may be missing from TARGETS.
 */
export const NOT_FUZZED: Readonly<Record<string, string>> = {
  InputError: 'a class (the error type itself), constructed by the library, not a function callers feed input to',
};

/** The domain groups, for the test files. */
export const GROUPS: Readonly<Record<string, readonly string[]>> = {
  dates: [...Object.keys(dates), ...Object.keys(calendarTargets)],
  eligibility: Object.keys(eligibility),
  exam: Object.keys(exam),
  discipline: Object.keys(discipline),
  fees: Object.keys(fees),
  operations: Object.keys(operations),
  instruction: Object.keys(instruction),
  core: [...Object.keys(core), ...Object.keys(textTargets)],
};

/** The function an entry calls. */
export function callOf(name: string): Fn {
  const t = TARGETS[name] as FuzzTarget;
  return t.call ?? fnOf(name);
}

