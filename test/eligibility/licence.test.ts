import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import { checkEligibility, checkLicence, checkLicenceBatch, type LicenceInput } from '../../src/eligibility/index.js';
import { clause, deepFreeze, FULL, nearFullArb, periodArb } from './arbitraries.js';
import { thrown } from '../support/input-error.js';

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
