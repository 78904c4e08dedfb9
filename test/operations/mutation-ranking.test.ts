// Tests written to kill Stryker's survivors in src/operations/ranking.ts: normalisation on
// a scale not starting at 0, the indices used, unscored offices in both modes, the field
// inspection finding, each finding's status, missing facts and message, the decision's kind
// and summary, and the input errors' codes.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/decision.js';
import { isInputError, type InputIssue } from '../../src/core/errors.js';
import { rankOffices, type OfficeRankingInput, type RankingIndexInput } from '../../src/operations/index.js';

function issuesOf(fn: () => unknown): InputIssue[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return [...e.issues];
    throw e;
  }
  throw new Error('no error');
}
const fieldsAndCodes = (fn: () => unknown) => issuesOf(fn).map((i) => [i.field, i.code]);

const brief = (f: Finding): unknown[] => [f.code, f.status, f.citation, f.missing ?? []];

/** The TSDoc example: A 85, B 42.5, C 15; average 47.5. */
const example: OfficeRankingInput = {
  asOf: '1403/08/15',
  indices: [
    { id: 'satisfaction', basis: 'clientSatisfaction', weight: 3, scale: { min: 0, max: 100 }, direction: 'higherBetter' },
    { id: 'offences', basis: 'offences', weight: 1, scale: { min: 0, max: 10 }, direction: 'lowerBetter' },
  ],
  offices: [
    { id: 'A', scores: { satisfaction: 80, offences: 0 }, fieldInspections: [] },
    { id: 'B', scores: { satisfaction: 40, offences: 5 }, fieldInspections: ['1403/02/10'] },
    { id: 'C', scores: { satisfaction: 20, offences: 10 }, fieldInspections: ['1402/11/01'] },
  ],
};

const ix = (id: string, extra: Partial<RankingIndexInput> = {}): RankingIndexInput => ({ id, weight: 1, scale: { min: 0, max: 10 }, direction: 'higherBetter', ...extra });

describe('Arts. 17–19: every finding of the ranking', () => {
  it('Arts. 17 note 1, 18, 19, 49: the TSDoc example, finding by finding', () => {
    const d = rankOffices(example);
    expect(d.kind).toBe('operations.ranking');
    expect(d.status).toBe('ranked');
    expect(d.findings.map(brief)).toEqual([
      ['operations.ranking.indices', 'info', { article: 18 }, []],
      ['operations.ranking.average', 'info', { article: 17, note: 1 }, []],
      ['operations.inspection.field', 'met', { article: 17, note: 1 }, []],
      ['operations.inspection.field', 'unmet', { article: 17, note: 1 }, []],
      ['operations.ranking.publish', 'info', { article: 18 }, []],
      ['operations.ranking.privileges', 'info', { article: 19 }, []],
      ['operations.ranking.kiosk', 'info', { article: 49 }, []],
    ]);
    expect(d.findings[1]?.message).toEqual({ en: 'National average of 3 offices: 47.5.', fa: 'میانگین کشوری امتیاز ۳ دفتر: ۴۷٫۵.' });
    expect(d.findings[2]?.message.en).toBe('Office "B" is below the national average and had 1 field inspection from 1403/01/01 to 1403/08/15.');
    expect(d.findings[3]?.message.en).toBe(
      'Office "C" is below the national average and had no field inspection from 1403/01/01 to 1403/08/15; it must be inspected in the field at least once by 1403/12/30.',
    );
    expect(d.value.offices.map((o) => [o.id, o.belowAverage, o.fieldInspectionsInYear, o.fieldInspectionDue])).toEqual([
      ['A', false, 0, false],
      ['B', true, 1, false],
      ['C', true, 0, true],
    ]);
    expect(d.summary).toEqual({
      en: "3 offices ranked (national average 47.5); 1 still needs this year's field inspection.",
      fa: '۳ دفتر رتبه‌بندی شد (میانگین کشوری ۴۷٫۵)؛ ۱ دفتر هنوز بازرسی میدانی امسال را ندارند.',
    });
  });

  it('Art. 18: a value counts from the bottom of its declared scale, not from 0 (scale 1–5)', () => {
    const d = rankOffices({
      asOf: '1403/08/15',
      indices: [ix('s', { scale: { min: 1, max: 5 } }), ix('o', { scale: { min: 1, max: 5 }, direction: 'lowerBetter' })],
      offices: [
        { id: 'A', scores: { s: 5, o: 1 } },
        { id: 'B', scores: { s: 2, o: 2 } },
        { id: 'C', scores: { s: 1, o: 4 } },
      ],
    });
    expect(d.value.offices.map((o) => [o.id, o.score])).toEqual([
      ['A', 100],
      ['B', 50],
      ['C', 12.5],
    ]);
  });

  it('Art. 18: an index of weight 0 is not used; an index with no basis is one of the "others"; missing values are listed in id order', () => {
    const d = rankOffices({
      asOf: '1403/08/15',
      indices: [ix('z', { basis: 'offences', weight: 0 }), ix('b'), ix('a', { basis: 'clientSatisfaction' })],
      offices: [
        { id: 'Y', scores: { a: 1, b: 2 } },
        { id: 'X', scores: {} },
      ],
    });
    expect(d.findings[0]?.message.en).toBe(
      'Ranking indices among those Art. 18 names: client satisfaction, and others; not used: number and type of disciplinary offences, breadth and variety of free services to deprived people, inspection reports, compliance with the rules.',
    );
    const unscored = d.findings[1];
    expect(unscored && brief(unscored)).toEqual(['operations.ranking.unscored', 'unknown', { article: 18 }, ['offices[1].scores.a', 'offices[1].scores.b']]);
    expect(unscored?.message).toEqual({ en: 'Office "X" has no value for a, b.', fa: 'دفتر «X» مقدار شاخص‌های a، b را ندارد.' });
    expect(d.status).toBe('incomplete');
    expect(d.value.nationalAverage).toBeNull();
    const average = d.findings[2];
    expect(average && brief(average)).toEqual(['operations.ranking.average', 'unknown', { article: 17, note: 1 }, []]);
    expect(average?.message.en).toBe('The national average is unknown.');
    expect(d.summary.en).toBe("The ranking is incomplete; 0 offices known to need this year's field inspection.");
  });

  it('Art. 18 (option exclude): an unscored office is left out, noted as info with nothing missing', () => {
    const input: OfficeRankingInput = {
      asOf: '1403/08/15',
      indices: [ix('a')],
      offices: [{ id: 'X', scores: {} }, { id: 'Y', scores: { a: 4 } }, { id: 'Z', scores: { a: 6 } }],
      options: { unscored: 'exclude' },
    };
    const d = rankOffices(input);
    expect(d.status).toBe('incomplete');
    const unscored = d.findings[1];
    expect(unscored && brief(unscored)).toEqual(['operations.ranking.unscored', 'info', { article: 18 }, []]);
    expect(unscored?.message.en).toBe('Office "X" has no value for a; left out of the ranking.');
    expect(d.value.nationalAverage).toBe(50);
    expect(d.missing).toEqual(['offices[1].fieldInspections']);
    expect(d.value.offices.map((o) => [o.id, o.rank])).toEqual([
      ['Z', 1],
      ['Y', 2],
      ['X', null],
    ]);

    const none = rankOffices({ ...input, offices: [{ id: 'X', scores: {} }] });
    expect(none.value.nationalAverage).toBeNull();
    expect(none.findings[2]?.status).toBe('unknown');
    expect(none.status).toBe('incomplete');
  });

  it('Art. 17 note 1 (option rolling12Months): the year is the twelve months ending on asOf; option clamp for a day the month lacks', () => {
    const rolling = (asOf: string, overflow?: 'clamp') =>
      rankOffices({ ...example, asOf, options: { inspectionYear: 'rolling12Months', ...(overflow ? { overflow } : {}) } }).value.inspectionYear;
    expect(rolling('1403/08/15')).toEqual({ basis: 'rolling12Months', from: '1402/08/16', to: '1403/08/15', dueBy: null });
    // 1403/12/30 twelve months back: 1402 Esfand has 29 days, so next month (1403/01/01) + 1 day, or clamped (1402/12/29) + 1 day.
    expect(rolling('1403/12/30').from).toBe('1403/01/02');
    expect(rolling('1403/12/30', 'clamp').from).toBe('1403/01/01');
  });

  it('input errors carry their codes', () => {
    const base = { asOf: '1403/08/15', offices: [{ id: 'A', scores: {} }] };
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a', { scale: { min: 5, max: 5 } })] }))).toEqual([['indices[0].scale.max', 'invalid_scale']]);
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a'), ix('a')] }))).toEqual([['indices[1].id', 'duplicate_id']]);
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a')], offices: [{ id: 'A', scores: {} }, { id: 'A', scores: {} }] }))).toEqual([
      ['offices[1].id', 'duplicate_id'],
    ]);
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a', { weight: 0 })] }))).toEqual([['indices', 'invalid_weights']]);
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a', { weight: -2 }), ix('b')] })).map(([f]) => f)).toEqual(['indices[0].weight']);
    expect(fieldsAndCodes(() => rankOffices({ ...base, indices: [ix('a')], offices: [{ id: 'A', scores: { zz: 1 } }] }))).toEqual([['offices[0].scores.zz', 'unknown_index']]);
    const [low] = issuesOf(() => rankOffices({ ...base, indices: [ix('a')], offices: [{ id: 'A', scores: { a: -1 } }] }));
    expect([low?.field, low?.code]).toEqual(['offices[0].scores.a', 'out_of_scale']);
    expect(low?.expected).toEqual({ en: "a value on the index's scale 0–10", fa: 'مقداری در مقیاس شاخص (0 تا 10)' });
  });
});
