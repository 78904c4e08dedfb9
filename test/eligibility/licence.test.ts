import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import { checkEligibility, checkLicence, checkLicenceBatch, type LicenceInput, assessExperience, type PersonFacts } from '../../src/eligibility/index.js';
import { clause, deepFreeze, FULL, nearFullArb, periodArb, day } from './arbitraries.js';
import { thrown } from '../support/input-error.js';
import { type Finding } from '../../src/core/decision.js';
import { remedies, remedyOf } from '../../src/eligibility/remedies.js';

const ASOF = '1404/01/01';
const FOUR_YEARS = { periods: [{ start: '1400/01/01', related: true }] };


describe('checkLicence: Art. 10 with Arts. 9 and 11 for the manager', () => {
  it('TSDoc example: checkLicence', () => {
    const d = checkLicence({
      asOf: '1404/01/01',
      person: { degrees: [{ kind: 'university', level: 'master', field: 'law', awarded: true }] },
      exam: { passed: true },
      experience: { periods: [{ start: '1403/01/01', related: true }] },
    });
    expect(d.findings.length).toBe(16);
    expect(d.value.experience).toEqual({ requiredDays: 730, countedDays: 367, shortfallDays: 363, reachedOn: '1404/12/28' });
    expect(d.status).toBe('ineligible');
    expect(d.value.eligibleOn).toBeNull();
  });

  it('TSDoc example: checkLicenceBatch', () => {
    const out = checkLicenceBatch([
      { asOf: '1404/01/01', person: {}, exam: { passed: true } },
      { asOf: '1404/01/01', person: {}, exam: { passed: false } },
    ]).map((d) => d.status);
    expect(out).toEqual(['incomplete', 'ineligible']);
  });

  it('Art. 10: every condition met: the licence may issue; 16 findings ending with Art. 10(الف) and Art. 10(ب)', () => {
    const d = checkLicence({ asOf: ASOF, person: FULL, exam: { passed: true }, experience: FOUR_YEARS });
    expect(d.kind).toBe('licence');
    expect(d.status).toBe('eligible');
    expect(d.findings.slice(14).map((f) => f.citation)).toEqual([
      { article: 10, clause: 'الف' },
      { article: 10, clause: 'ب' },
    ]);
    expect(d.value.eligibleOn).toBe(ASOF);
    expect(d.value.examPassed).toBe(true);
    expect(d.summary.en).toBe('Every condition for issuing the licence (Arts. 9, 10 and 11) is met.');
  });

  it('Art. 10: Arts. 9 and 11 are those of the manager: a 23-year-old cannot hold the licence', () => {
    const person = { ...FULL, birthDate: '1380/06/15' };
    expect(checkEligibility({ role: 'legalExpert', asOf: ASOF, person }).status).toBe('eligible');
    const d = checkLicence({ asOf: ASOF, person, exam: { passed: true }, experience: FOUR_YEARS });
    expect(clause(d, 9, 'ث').status).toBe('unmet');
    expect(d.value.eligibleOn).toBe('1404/06/15');
  });

  it('Art. 10(الف): the exam left out is unknown and listed as `exam`', () => {
    const d = checkLicence({ asOf: ASOF, person: FULL, experience: FOUR_YEARS });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['exam']);
    expect(d.value.examPassed).toBeNull();
    expect(d.value.remedies).toEqual([{ condition: 'exam', code: 'eligibility.exam.unknown', citation: { article: 10, clause: 'الف' }, action: 'provideFacts', facts: ['exam'] }]);
  });

  it('Art. 10(الف): a score exactly at 70% of the top mean passes, though floats say otherwise (D6)', () => {
    // 0.7 × 71.4 = 49.98 exactly; in floats 49.98 >= 0.7 * 71.4 is false.
    expect(49.98 >= 0.7 * 71.4).toBe(false);
    const d = checkLicence({ asOf: ASOF, person: FULL, exam: { score: 49.98, sittingScores: [71.4, 49.98, 30] }, experience: FOUR_YEARS });
    expect(clause(d, 10, 'الف').status).toBe('met');
    expect(d.status).toBe('eligible');
  });

  it('Art. 10(الف): a failed score says how many points were missing', () => {
    const d = checkLicence({ asOf: ASOF, person: FULL, exam: { score: 30, sittingScores: [71.4, 49.98, 30] }, experience: FOUR_YEARS });
    expect(clause(d, 10, 'الف').status).toBe('unmet');
    expect(d.value.remedies).toEqual([{ condition: 'exam', code: 'exam.score.unmet', citation: { article: 10, clause: 'الف' }, action: 'passExam', pointsMissing: '19.98' }]);
    expect(d.value.eligibleOn).toBeNull();
  });

  it('Art. 10(ب): experience left out is unknown and listed as experience.periods', () => {
    const d = checkLicence({ asOf: ASOF, person: FULL, exam: { passed: true } });
    expect(d.missing).toEqual(['experience.periods']);
  });

  it('Art. 10(ب): too young and short of experience, both lifting with time: eligible on the later date', () => {
    const person = { ...FULL, birthDate: '1380/06/15' };
    const d = checkLicence({ asOf: ASOF, person, exam: { passed: true }, experience: { periods: [{ start: '1402/01/01', related: true }] } });
    expect(d.status).toBe('ineligible');
    expect(d.value.remedies.map((r) => [r.condition, r.action, r.on, r.daysMissing])).toEqual([
      ['age', 'wait', '1404/06/15', undefined],
      ['experience', 'accrueExperience', '1404/12/28', 363],
    ]);
    expect(d.value.eligibleOn).toBe('1404/12/28');
    expect(checkLicence({ asOf: '1404/12/28', person, exam: { passed: true }, experience: { periods: [{ start: '1402/01/01', related: true }] } }).status).toBe('eligible');
    expect(checkLicence({ asOf: '1404/12/27', person, exam: { passed: true }, experience: { periods: [{ start: '1402/01/01', related: true }] } }).status).toBe('ineligible');
  });

  it('Art. 10(ب): work that has ended gives no date: the experience does not lift by time', () => {
    const d = checkLicence({ asOf: ASOF, person: FULL, exam: { passed: true }, experience: { periods: [{ start: '1402/01/01', end: '1403/01/01', related: true }] } });
    expect(d.value.remedies).toEqual([
      { condition: 'experience', code: 'eligibility.experience.short', citation: { article: 10, clause: 'ب' }, action: 'accrueExperience', daysMissing: 729 },
    ]);
    expect(d.value.eligibleOn).toBeNull();
  });

  it('Arts. 9, 10, 11: status is ineligible iff some finding is unmet; the input is not mutated; output is plain JSON', () => {
    fc.assert(
      fc.property(nearFullArb, fc.option(fc.boolean(), { nil: undefined }), fc.array(periodArb, { maxLength: 3 }), (person, passed, periods) => {
        const input: LicenceInput = deepFreeze({ asOf: ASOF, person, experience: { periods }, ...(passed === undefined ? {} : { exam: { passed } }) });
        const d = checkLicence(input);
        const unmet = d.findings.some((f) => f.status === 'unmet');
        const unknown = d.findings.some((f) => f.status === 'unknown');
        expect(d.status).toBe(unmet ? 'ineligible' : unknown ? 'incomplete' : 'eligible');
        expect(d.findings).toHaveLength(16);
        expect(JSON.parse(JSON.stringify(d))).toEqual(d);
        // Persian text carries Persian digits only; English text has no Persian letters.
        for (const f of d.findings) {
          expect(/[0-9]/.test(f.message.fa), f.code).toBe(false);
          expect(/[\u0600-\u06ff]/.test(f.message.en), f.code).toBe(false);
        }
        // The first 14 findings are those of the manager's eligibility.
        expect(d.findings.slice(0, 14)).toEqual(checkEligibility({ role: 'manager', asOf: ASOF, person }).findings);
      }),
    );
  });

  it('Art. 10: the batch gives, in order, the decisions of single calls', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(nearFullArb, fc.boolean()), { maxLength: 6 }), (rows) => {
        const inputs: LicenceInput[] = rows.map(([person, passed]) => ({ asOf: ASOF, person, exam: { passed }, experience: FOUR_YEARS }));
        expect(checkLicenceBatch(inputs)).toEqual(inputs.map((i) => checkLicence(i)));
      }),
    );
  });
});

describe('Art. 10: bad input is a typed error naming the field', () => {
  const cases: [string, unknown, string][] = [
    ['a non-finite score in the sitting', { asOf: ASOF, person: {}, exam: { score: 5, sittingScores: [5, Infinity] } }, 'exam.sittingScores[1]'],
    ['a NaN score', { asOf: ASOF, person: {}, exam: { score: NaN, sittingScores: [5] } }, 'exam.score'],
    ['a score not among the sitting', { asOf: ASOF, person: {}, exam: { score: 5, sittingScores: [1, 2] } }, 'exam.score'],
    ['an empty sitting', { asOf: ASOF, person: {}, exam: { score: 5, sittingScores: [] } }, 'exam.sittingScores'],
    ['both forms of the exam', { asOf: ASOF, person: {}, exam: { passed: true, score: 5, sittingScores: [5] } }, 'exam.passed'],
    ['a score without its sitting', { asOf: ASOF, person: {}, exam: { score: 5 } }, 'exam.sittingScores'],
    ['a period ending before it starts', { asOf: ASOF, person: {}, experience: { periods: [{ start: '1403/01/02', end: '1403/01/01' }] } }, 'experience.periods[0].end'],
    ['experience without periods', { asOf: ASOF, person: {}, experience: {} }, 'experience.periods'],
    ['daysPerYear 0', { asOf: ASOF, person: {}, options: { daysPerYear: 0 } }, 'options.daysPerYear'],
  ];
  for (const [what, input, field] of cases) {
    it(`Art. 10: ${what} → InputError at ${field}`, () => {
      expect(thrown(() => checkLicence(input as LicenceInput)).issues.map((i) => i.field)).toContain(field);
    });
  }

  it('Art. 10: a malformed entry of a batch names its index', () => {
    const e = thrown(() =>
      checkLicenceBatch([
        { asOf: ASOF, person: {} },
        { asOf: ASOF, person: {}, experience: { periods: [{ start: '1403/01/02', end: '1403/01/01' }] } },
      ]),
    );
    expect(e.issues.map((i) => i.field)).toEqual(['[1].experience.periods[0].end']);
  });

  it('Art. 10: junk never throws anything but InputError', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        try {
          checkLicence(junk as LicenceInput);
        } catch (e) {
          expect(isInputError(e)).toBe(true);
        }
      }),
    );
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation-testing tests for src/eligibility/licence.ts, remedies.ts and the checks of
// schemas.ts (issue 7): the licence's summary and value, each remedy (its action, date,
// days and points missing, and no key left undefined), the date every unmet condition
// lifts by time alone, and the typed errors of the exam fact and of a work period.
const AS_OF = '1404/01/01';
const PASSED = { passed: true };
/** Related work 1395–1400: five years, enough for any degree. */
const LONG = { periods: [{ start: '1395/01/01', end: '1400/01/01', related: true }] };

function without(p: PersonFacts, ...keys: (keyof PersonFacts)[]): PersonFacts {
  const out: Record<string, unknown> = { ...p };
  for (const k of keys) delete out[k];
  return out as PersonFacts;
}
const lic = (input: Partial<LicenceInput>) => checkLicence({ asOf: AS_OF, person: FULL, exam: PASSED, experience: LONG, ...input });


describe('licence.ts, Art. 10: the summary — pinned', () => {
  it('Art. 10: every condition met: the licence may be issued', () => {
    const d = lic({});
    expect(d.status).toBe('eligible');
    expect(d.summary).toEqual({
      en: 'Every condition for issuing the licence (Arts. 9, 10 and 11) is met.',
      fa: 'همه شرایط صدور پروانه (مواد ۹، ۱۰ و ۱۱) احراز شد.',
    });
  });

  it('Art. 10: ineligible: the unmet conditions are counted (2), not the unknown ones (3)', () => {
    const d = lic({ person: { ...without(FULL, 'drugAddiction', 'religion', 'iranianNationality'), attorney: true }, exam: { passed: false } });
    expect(d.status).toBe('ineligible');
    expect(d.findings.filter((f) => f.status === 'unmet')).toHaveLength(2);
    expect(d.findings.filter((f) => f.status === 'unknown')).toHaveLength(3);
    expect(d.summary).toEqual({ en: 'The licence cannot be issued: 2 conditions unmet.', fa: 'صدور پروانه ممکن نیست: ۲ شرط احراز نشد.' });
  });

  it('Art. 10: incomplete: the unknown conditions are counted (3: the exam, the experience, one fact)', () => {
    const d = checkLicence({ asOf: AS_OF, person: without(FULL, 'drugAddiction') });
    expect(d.status).toBe('incomplete');
    expect(d.summary).toEqual({ en: 'Cannot yet decide on the licence: 3 conditions unknown.', fa: 'درباره صدور پروانه هنوز نمی‌توان تصمیم گرفت: ۳ شرط معلوم نیست.' });
    expect(lic({ exam: undefined }).summary.en).toBe('Cannot yet decide on the licence: 1 condition unknown.');
  });

  it('Art. 10: a summary is rendered once per outcome and count and shared by the decisions', () => {
    const a = lic({ exam: { passed: false } });
    const b = lic({ person: { ...FULL, attorney: true } });
    expect(a.summary.en).toBe('The licence cannot be issued: 1 condition unmet.');
    expect(b.summary).toBe(a.summary);
  });
});

describe('licence.ts, Art. 10: the value — pinned', () => {
  it('Art. 10: age, exam, experience and remedies of an eligible licence', () => {
    const d = lic({});
    expect(d.value).toEqual({
      age: 33,
      examPassed: true,
      experience: { requiredDays: 1095, countedDays: 1828, shortfallDays: 0, reachedOn: '1397/12/28' },
      remedies: [],
      eligibleOn: AS_OF,
    });
  });

  it('Art. 10(الف): examPassed is true, false, or null when the exam is not given', () => {
    expect(lic({ exam: { passed: false } }).value.examPassed).toBe(false);
    expect(lic({ exam: undefined }).value.examPassed).toBeNull();
    expect(lic({ exam: { score: 30, sittingScores: [71.4, 49.98, 30] } }).value.examPassed).toBe(false);
  });

  it('Art. 9(ث): the age is null when the birth date is not given', () => {
    expect(lic({ person: without(FULL, 'birthDate') }).value.age).toBeNull();
  });

  it('Art. 10(ب): with no qualifying degree nothing is required, and no day is reached', () => {
    const d = lic({ person: { ...FULL, degrees: [] } });
    expect(d.value.experience).toEqual({ requiredDays: null, countedDays: 1828, shortfallDays: null, reachedOn: null });
    expect(d.findings[15]!.code).toBe('eligibility.experience.noQualifyingDegree');
  });

  it('Art. 10(ب): degrees and periods not given are listed by their paths in the experience finding', () => {
    const d = checkLicence({ asOf: AS_OF, person: without(FULL, 'degrees') });
    const xp = d.findings[15] as Finding;
    expect(xp.code).toBe('eligibility.experience.unknown');
    expect(xp.missing).toEqual(['person.degrees', 'experience.periods']);
  });

  it('Art. 10: a licence batch gives the decisions of single calls, in order', () => {
    const inputs: LicenceInput[] = [
      { asOf: AS_OF, person: FULL, exam: PASSED, experience: LONG },
      { asOf: AS_OF, person: FULL, exam: { passed: false } },
    ];
    expect(checkLicenceBatch(inputs)).toEqual(inputs.map((i) => checkLicence(i)));
  });
});

describe('remedies.ts: what would change each condition — pinned', () => {
  it('Art. 10(الف): an exam failed as a verdict asks to pass it, with no points given (no key left undefined)', () => {
    const r = lic({ exam: { passed: false } }).value.remedies;
    expect(r).toEqual([{ condition: 'exam', code: 'eligibility.exam.failed', citation: { article: 10, clause: 'الف' }, action: 'passExam' }]);
    expect(Object.keys(r[0]!)).toEqual(['condition', 'code', 'citation', 'action']);
  });

  it('Art. 10(الف), D6: an exam graded from the sitting gives the points missing', () => {
    const r = lic({ exam: { score: 30, sittingScores: [71.4, 49.98, 30] } }).value.remedies;
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ condition: 'exam', action: 'passExam' });
    expect(typeof r[0]!.pointsMissing).toBe('string');
    expect(Number(r[0]!.pointsMissing)).toBeGreaterThan(0);
  });

  it('Art. 10(ب): with no qualifying degree the experience asks to obtain one, with no days or date', () => {
    const d = lic({ person: { ...FULL, degrees: [] } });
    const xp = d.value.remedies.find((x) => x.condition === 'experience')!;
    expect(xp).toEqual({ condition: 'experience', code: 'eligibility.experience.noQualifyingDegree', citation: { article: 10, clause: 'ب' }, action: 'obtain' });
    expect(Object.keys(xp)).toEqual(['condition', 'code', 'citation', 'action']);
  });

  it('Art. 10(ب): related work going on: the days missing and the day it is complete, which is also when the licence may issue', () => {
    const d = lic({ experience: { periods: [{ start: '1402/01/01', related: true }] } });
    expect(d.value.remedies).toEqual([
      { condition: 'experience', code: 'eligibility.experience.short', citation: { article: 10, clause: 'ب' }, action: 'accrueExperience', daysMissing: 363, on: '1404/12/28' },
    ]);
    expect(d.value.eligibleOn).toBe('1404/12/28');
  });

  it('Art. 10(ب): related work that ends (after asOf) before the requirement is met: no date, and no day the licence may issue', () => {
    const d = lic({ experience: { periods: [{ start: '1402/01/01', end: '1404/06/01', related: true }] } });
    expect(d.value.remedies).toEqual([
      { condition: 'experience', code: 'eligibility.experience.short', citation: { article: 10, clause: 'ب' }, action: 'accrueExperience', daysMissing: 363 },
    ]);
    expect(d.value.eligibleOn).toBeNull();
  });

  it('Arts. 9(ث), 10(ب): under age and short of experience: the licence may issue on the later of the two dates', () => {
    const ageLater = lic({ person: { ...FULL, birthDate: '1380/11/01' }, experience: { periods: [{ start: '1402/01/01', related: true }] } });
    expect(ageLater.value.remedies.map((r) => [r.condition, r.on])).toEqual([
      ['age', '1404/11/01'],
      ['experience', '1404/12/28'],
    ]);
    expect(ageLater.value.eligibleOn).toBe('1404/12/28');
    const ageLatest = lic({ person: { ...FULL, birthDate: '1381/02/01' }, experience: { periods: [{ start: '1402/01/01', related: true }] } });
    expect(ageLatest.value.remedies.map((r) => [r.condition, r.on])).toEqual([
      ['age', '1405/02/01'],
      ['experience', '1404/12/28'],
    ]);
    expect(ageLatest.value.eligibleOn).toBe('1405/02/01');
  });

  it('Art. 9(الف), 9(ث): a condition that time does not lift, before a dated one: no day of eligibility', () => {
    const d = checkEligibility({ role: 'manager', asOf: AS_OF, person: { ...FULL, iranianNationality: false, birthDate: '1381/02/01' } });
    expect(d.value.remedies.map((r) => [r.condition, r.action, r.on])).toEqual([
      ['nationality', 'obtain', undefined],
      ['age', 'wait', '1405/02/01'],
    ]);
    expect(d.value.eligibleOn).toBeNull();
  });

  it('Art. 9(ث): an age reached beyond the calendar (born 1595): the remedy is to wait, with no date, and no day of eligibility', () => {
    const d = checkEligibility({ role: 'manager', asOf: AS_OF, person: { ...FULL, birthDate: '1595/01/01' } });
    expect(d.value.remedies).toEqual([{ condition: 'age', code: 'eligibility.age.unmet', citation: { article: 9, clause: 'ث' }, action: 'wait' }]);
    expect(Object.keys(d.value.remedies[0]!)).toEqual(['condition', 'code', 'citation', 'action']);
    expect(d.value.eligibleOn).toBeNull();
  });

  it('Arts. 9, 10: a met or informational finding has no remedy', () => {
    const d = lic({});
    for (const f of d.findings) expect(remedyOf('age', f)).toBeNull();
    const info: Finding = { ...(d.findings[14] as Finding), status: 'info' };
    expect(remedyOf('exam', info)).toBeNull();
    expect(remedies(['exam', 'experience'], [info, d.findings[15] as Finding], day(1404, 1, 1))).toEqual({ remedies: [], eligibleOn: '1404/01/01' });
  });
});

describe('schemas.ts: the typed errors of the exam fact and of a work period — pinned', () => {
  const examError = (exam: unknown) => thrown(() => checkLicence({ asOf: AS_OF, person: {}, exam } as never)).issues;

  it('Art. 10(الف): a verdict with a score or the sitting\'s scores is refused on exam.passed', () => {
    const expected = { en: 'either { passed } or { score, sittingScores }, not both', fa: 'یا { passed } یا { score, sittingScores }، نه هر دو' };
    for (const exam of [{ passed: true, score: 30 }, { passed: false, sittingScores: [30] }, { passed: true, score: 30, sittingScores: [30] }]) {
      const issues = examError(exam);
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ field: 'exam.passed', code: 'exam_forms', expected });
    }
  });

  it('Art. 10(الف): without a verdict, the score and the sitting are each asked for, by name', () => {
    const score = { field: 'exam.score', code: 'exam_score', expected: { en: 'a score (or give { passed })', fa: 'نمره (یا { passed })' } };
    const sitting = { field: 'exam.sittingScores', code: 'exam_sitting', expected: { en: "the sitting's scores (or give { passed })", fa: 'نمره‌های همان نوبت (یا { passed })' } };
    const onlySitting = examError({ sittingScores: [30] });
    expect(onlySitting).toHaveLength(1);
    expect(onlySitting[0]).toMatchObject(score);
    const onlyScore = examError({ score: 30 });
    expect(onlyScore).toHaveLength(1);
    expect(onlyScore[0]).toMatchObject(sitting);
    const none = examError({});
    expect(none).toHaveLength(2);
    expect(none[0]).toMatchObject(score);
    expect(none[1]).toMatchObject(sitting);
  });

  it('Art. 10(الف): a score that is not among the sitting\'s scores is refused on exam.score', () => {
    const issues = examError({ score: 31, sittingScores: [30, 71.4] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      field: 'exam.score',
      code: 'score_not_in_sitting',
      expected: { en: 'one of the scores in sittingScores', fa: 'یکی از نمره‌های sittingScores' },
      received: '31',
    });
  });

  it('Art. 10(ب): a period that ends before it starts is refused on its end, saying so; one that ends on its start day is not', () => {
    const issues = thrown(() => assessExperience({ asOf: AS_OF, periods: [{ start: '1403/01/02', end: '1403/01/01' }] })).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      field: 'periods[0].end',
      code: 'period_order',
      expected: { en: 'an end on or after the start of the period', fa: 'پایانی هم‌زمان یا پس از آغاز دوره' },
      received: '"1403/01/01"',
    });
    expect(issues[0]!.message.en).toContain('(the period ends before it starts)');
    expect(issues[0]!.message.fa).toContain('(دوره پیش از آغاز به پایان رسیده است)');
    expect(assessExperience({ asOf: AS_OF, periods: [{ start: '1403/01/01', end: '1403/01/01', related: true }] }).value.countedDays).toBe(1);
    expect(assessExperience({ asOf: AS_OF, periods: [{ start: '1403/01/01', related: true }] }).value.countedDays).toBe(367); // 1403 is a leap year
  });
});
