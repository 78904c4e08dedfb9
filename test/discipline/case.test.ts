/**
 * judgeCase: one case from the complaint to the last day (Arts. 30, 31, 29, 32, 43, 44, 33).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JudgeCaseInputSchema, OFFENCE_IDS, judgeCase, sentence, type CaseOffenceInput, type JudgeCaseInput } from '../../src/discipline/index.js';
import { thrown } from '../support/input-error.js';

const HEARING = '1403/06/20';
const FACTS = { hearingDate: HEARING, permanentlySeparated: false, deceased: false, priors: [] as { grade: number; carriedOut?: string }[] };
const clear = (id: string, date: string): CaseOffenceInput => ({ id, date, prosecutionActs: ['1403/03/20'], resJudicata: false }) as CaseOffenceInput;
// Art. 30 note: two years from 1401/01/20 ran out on 1403/01/20; no act of prosecution came in time.
const TIME_BARRED = { id: 'art34-t', date: '1401/01/20', prosecutionActs: [], resJudicata: false } as CaseOffenceInput;

const fields = (f: () => unknown): string[] => thrown(f).issues.map((i) => i.field);

describe('judgeCase: TSDoc example', () => {
  it('TSDoc example: judgeCase — the barred offence is not sentenced; the last day moves past a closure and a Friday', () => {
    const d = judgeCase({
      hearingDate: '1403/06/20',
      offences: [
        { id: 'art38-dh', date: '1403/02/20', prosecutionActs: ['1403/03/20'], resJudicata: false },
        { id: 'art34-t', date: '1401/01/20', prosecutionActs: [], resJudicata: false },
      ],
      permanentlySeparated: false,
      deceased: false,
      priors: [],
      board: { grade: 5 },
      appeal: { notifiedOn: '1403/07/05', holidays: ['1403/07/26'] },
    });
    expect(d.value.barred).toEqual([1]);
    expect(d.value.sentence?.value.imposed).toBe(5);
    expect(d.value.lastDayToAppeal).toBe('1403/07/28');
    expect(d.status).toBe('lawful');
    expect(d.kind).toBe('discipline.case');
  });
});

describe('judgeCase: the steps in the order of the regulation, each cited', () => {
  const input: JudgeCaseInput = {
    ...FACTS,
    offences: [clear('art38-dh', '1403/02/20'), clear('art35-t', '1403/02/20'), TIME_BARRED],
    mitigatingGrounds: ['remorse'],
    board: { mitigation: 1 },
    appeal: { notifiedOn: '1403/07/05' },
  };

  it('Art. 30 → Art. 31 → Arts. 29–44 → Art. 33: the flow\'s first steps are the bars and the suspension, then the sentence\'s ledger, then the deadline', () => {
    const d = judgeCase(input);
    const arts = d.steps.map((s) => s.citation.article);
    expect(arts.slice(0, 2)).toEqual([30, 31]);
    expect(arts.indexOf(44)).toBeGreaterThan(1);
    expect(arts.lastIndexOf(33)).toBe(arts.length - 1);
    expect(d.steps.every((s) => s.citation.article > 0 && s.message.fa.length > 0 && s.message.en.length > 0)).toBe(true);
    expect(d.findings.map((f) => [f.code, f.citation.article])).toEqual([
      ['discipline.case.bars', 30],
      ['discipline.case.bars', 30],
      ['discipline.case.bars', 30],
      ['discipline.case.suspension', 31],
      ['discipline.case.sentence', 29],
      ['discipline.case.appeal', 33],
    ]);
  });

  it('Art. 30(ب): the time-barred offence is barred and never sentenced; the two others are judged together (Art. 44: 5 and 2 → 5, mitigation 1 → 4)', () => {
    const d = judgeCase(input);
    expect(d.value.prosecutable).toEqual([0, 1]);
    expect(d.value.barred).toEqual([2]);
    expect(d.value.offences[2]?.bars).toEqual(['limitation']);
    expect(d.value.sentence?.value.offences.map((o) => o.offenceId)).toEqual(['art38-dh', 'art35-t']);
    expect(d.value.sentence?.value.imposed).toBe(4);
    expect(d.findings[2]?.status).toBe('unmet');
  });

  it('Art. 31: two offences of grades 5 and 2 — suspension not available; a grade 2 offence alone — available', () => {
    expect(judgeCase(input).value.prosecutionSuspension?.value.available).toBe(false);
    const one = judgeCase({ ...FACTS, offences: [clear('art35-t', '1403/02/20')] });
    expect(one.value.prosecutionSuspension?.value.available).toBe(true);
    expect(one.findings.find((f) => f.code === 'discipline.case.suspension')?.message.en).toBe('Instead of ruling, the board may suspend prosecution for one to two years (Art. 31).');
  });

  it('Art. 33: grade 4 imposed — appealable; notified 1403/07/05, the last day is 1403/07/26 (Civil Procedure Code Arts. 444–445)', () => {
    const d = judgeCase(input);
    expect(d.value.appeal?.status).toBe('appealable');
    expect(d.value.lastDayToAppeal).toBe('1403/07/26');
    expect(d.status).toBe('lawful');
    expect(d.missing).toEqual([]);
  });

  it('Art. 33: grade 3 imposed (mitigation 2) — final, no last day, nothing missing even without a notification', () => {
    const d = judgeCase({ ...input, board: { mitigation: 2 }, appeal: undefined } as JudgeCaseInput);
    expect(d.value.sentence?.value.imposed).toBe(3);
    expect(d.value.appeal?.status).toBe('final');
    expect(d.value.lastDayToAppeal).toBeNull();
    expect(d.status).toBe('lawful');
  });
});

describe('judgeCase: missing facts, listed under the case\'s own names', () => {
  it('Art. 30(الف): res judicata unknown for the second offence — not sentenced, incomplete, offences[1].resJudicata missing', () => {
    const d = judgeCase({ ...FACTS, offences: [clear('art38-dh', '1403/02/20'), { id: 'art35-t', date: '1403/02/20', prosecutionActs: [] }], board: { grade: 5 }, appeal: { notifiedOn: '1403/07/05' } });
    expect(d.status).toBe('incomplete');
    expect(d.value.undetermined).toEqual([1]);
    expect(d.value.sentence?.value.offences.map((o) => o.offenceId)).toEqual(['art38-dh']);
    expect(d.missing).toEqual(['offences[1].resJudicata']);
  });

  it('Art. 43: priors left out — the sentence is incomplete, `priors` missing; Art. 30(پ, ت) left out — both missing', () => {
    const d = judgeCase({ hearingDate: HEARING, offences: [clear('art38-dh', '1403/02/20')], permanentlySeparated: false, deceased: false });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toContain('priors');
    const e = judgeCase({ hearingDate: HEARING, offences: [clear('art38-dh', '1403/02/20')], priors: [] });
    expect(e.missing).toEqual(expect.arrayContaining(['permanentlySeparated', 'deceased']));
    expect(e.value.sentence).toBeNull();
  });

  it('Art. 33: an appealable ruling not yet notified — appeal.notifiedOn missing; a range that straddles grade 4 with no grade chosen — board.grade missing', () => {
    const notNotified = judgeCase({ ...FACTS, offences: [clear('art38-dh', '1403/02/20')], board: { grade: 5 } });
    expect(notNotified.missing).toEqual(['appeal.notifiedOn']);
    expect(notNotified.value.appeal?.kind).toBe('discipline.appealability');
    const depends = judgeCase({ ...FACTS, offences: [clear('art38-dh', '1403/02/20')], mitigatingGrounds: ['remorse'], appeal: { notifiedOn: '1403/07/05' } });
    expect(depends.missing).toEqual(['board.grade']);
    expect(depends.status).toBe('incomplete');
  });

  it('Art. 43 via the case: an undated prosecutable offence is named by its index in the case, not in the sentence', () => {
    const d = judgeCase({
      ...FACTS,
      offences: [TIME_BARRED, { id: 'art38-dh', date: '1403/02/20', prosecutionActs: ['1403/03/20'], resJudicata: false }, { id: 'art35-t', prosecutionActs: [], resJudicata: false }],
      priors: [{ grade: 3, carriedOut: '1401/01/01' }],
      board: { grade: 5 },
      appeal: { notifiedOn: '1403/07/05' },
    });
    // The undated offence: its limitation is unknown (Art. 30), its date missing under offences[2].
    expect(d.missing).toContain('offences[2].date');
    expect(d.missing.every((m) => !m.startsWith('offences[0]'))).toBe(true);
  });

  it('Art. 30: every offence barred — status barred, no sentence, no appeal', () => {
    const d = judgeCase({ ...FACTS, offences: [TIME_BARRED] });
    expect(d.status).toBe('barred');
    expect(d.value.sentence).toBeNull();
    expect(d.value.appeal).toBeNull();
    const dead = judgeCase({ ...FACTS, deceased: true, offences: [clear('art38-dh', '1403/02/20')] });
    expect(dead.status).toBe('barred');
    expect(dead.value.offences[0]?.bars).toEqual(['death']);
  });
});

describe('judgeCase: options pass through, and the readings show', () => {
  const input: JudgeCaseInput = {
    ...FACTS,
    offences: [clear('art36-a', '1403/01/01'), clear('art36-b', '1403/02/01'), clear('art34-a', '1403/02/01')],
    appeal: { notifiedOn: '1403/07/05' },
  };

  it('Art. 44 option multipleOffences: highestGroup reaches the sentence (3 → 4); the literal default is flagged', () => {
    const literal = judgeCase(input);
    expect(literal.value.sentence?.value.gradeBeforeChoices).toBe(3);
    expect(literal.value.sentence?.findings.some((f) => f.code === 'discipline.art44.lighterLowers')).toBe(true);
    const hg = judgeCase({ ...input, options: { multipleOffences: 'highestGroup' } });
    expect(hg.value.sentence?.value.gradeBeforeChoices).toBe(4);
    expect(hg.steps.find((s) => s.code === 'discipline.step.multipleHighestGroup')?.data).toMatchObject({ reading: 'highestGroup' });
  });

  it('Art. 31 option suspensionGrade: combined reaches the suspension; Art. 33 option appealGrade reaches the appeal', () => {
    const two = { ...FACTS, offences: [clear('art37-a', '1403/02/01'), clear('art37-b', '1403/02/01')] };
    expect(judgeCase(two).value.prosecutionSuspension?.value.available).toBe(true);
    expect(judgeCase({ ...two, options: { suspensionGrade: 'combined' } }).value.prosecutionSuspension?.value.available).toBe(false);
    const mit = { ...FACTS, offences: [clear('art38-dh', '1403/02/20')], mitigatingGrounds: ['remorse' as const], board: { mitigation: 2 }, appeal: { notifiedOn: '1403/07/05' } };
    expect(judgeCase(mit).value.appeal?.status).toBe('final');
    expect(judgeCase({ ...mit, options: { appealGrade: 'statutory' } }).value.appeal?.status).toBe('appealable');
  });

  it('Art. 33: the appeal\'s own options pass through (counting lastCountedDay: 1403/07/25)', () => {
    const d = judgeCase({ ...FACTS, offences: [clear('art38-dh', '1403/02/20')], board: { grade: 5 }, appeal: { notifiedOn: '1403/07/05', options: { counting: 'lastCountedDay' } } });
    expect(d.value.lastDayToAppeal).toBe('1403/07/25');
  });
});

describe('judgeCase: bad input is a typed error naming the case\'s field', () => {
  it('a date after the hearing, a notification before it, a malformed appeal field, an unknown offence', () => {
    expect(fields(() => judgeCase({ ...FACTS, offences: [{ id: 'art38-dh', date: '1403/06/21' }] }))).toEqual(['offences[0].date']);
    expect(fields(() => judgeCase({ ...FACTS, offences: [clear('art38-dh', '1403/02/20')], appeal: { notifiedOn: '1403/06/19' } }))).toEqual(['appeal.notifiedOn']);
    expect(fields(() => judgeCase({ ...FACTS, offences: [clear('art38-dh', '1403/02/20')], board: { grade: 5 }, appeal: { notifiedOn: '1403/07/05', holidays: ['nope'] } }))).toEqual(['appeal.holidays[0]']);
    expect(fields(() => judgeCase({ ...FACTS, offences: [{ id: 'art99-a' as 'art34-a' }] }))).toEqual(['offences[0].id']);
    expect(fields(() => judgeCase({ ...FACTS, offences: [{ id: 'art41' }] }))).toEqual(['offences[0].grade']);
  });

  it('an act of prosecution before its offence, or mitigation without a ground', () => {
    expect(fields(() => judgeCase({ ...FACTS, offences: [{ id: 'art38-dh', date: '1403/02/20', prosecutionActs: ['1403/02/19'] }] }))).toEqual(['offences[0].prosecutionActs[0]']);
    expect(fields(() => judgeCase({ ...FACTS, offences: [clear('art38-dh', '1403/02/20')], board: { mitigation: 1 } }))).toEqual(['board.mitigation']);
  });

  it('the input schema is exported for JSON Schema generation', () => {
    expect(JudgeCaseInputSchema).toBeDefined();
  });
});

describe('judgeCase (properties)', () => {
  // An offence, dated in 1401–1403 (some time-barred on the hearing day, some not).
  const offence = fc.record({ id: fc.constantFrom(...OFFENCE_IDS), day: fc.integer({ min: 0, max: 1000 }), acted: fc.boolean() }).map(({ id, day, acted }) => {
    const date = new Date(Date.UTC(2022, 2, 21 + day)); // from 1401/01/01
    const hearing = new Date(Date.UTC(2024, 8, 10)); // 1403/06/20
    return { id, date: date > hearing ? hearing : date, prosecutionActs: acted ? ['1403/03/20'].filter(() => date <= new Date(Date.UTC(2024, 5, 9))) : [], resJudicata: false } as CaseOffenceInput;
  });
  const cases = fc.array(offence, { minLength: 1, maxLength: 5 });

  it('Art. 30 (property): a barred offence is never sentenced', () => {
    fc.assert(
      fc.property(cases, (offences) => {
        const d = judgeCase({ ...FACTS, offences });
        const sentenced = d.value.sentence?.value.offences.length ?? 0;
        expect(sentenced).toBe(d.value.prosecutable.length);
        for (const i of d.value.barred) expect(d.value.prosecutable).not.toContain(i);
      }),
    );
  });

  it('Art. 30 (property): removing a barred offence never changes the sentence', () => {
    fc.assert(
      fc.property(cases, (offences) => {
        const d = judgeCase({ ...FACTS, offences });
        const kept = offences.filter((_, i) => !d.value.barred.includes(i));
        if (kept.length === 0) return;
        const e = judgeCase({ ...FACTS, offences: kept });
        expect(e.value.sentence?.value).toEqual(d.value.sentence?.value);
      }),
    );
  });

  it('Arts. 29–44 (property): the flow\'s sentence equals `sentence` on the prosecutable offences', () => {
    fc.assert(
      fc.property(cases, fc.boolean(), (offences, remorse) => {
        const grounds = remorse ? { mitigatingGrounds: ['remorse' as const] } : {};
        const d = judgeCase({ ...FACTS, offences, ...grounds });
        const prosecutable = d.value.prosecutable.map((i) => offences[i] as CaseOffenceInput);
        if (prosecutable.length === 0) {
          expect(d.value.sentence).toBeNull();
          return;
        }
        const s = sentence({ asOf: HEARING, offences: prosecutable.map(({ id, date }) => ({ id, date }) as never), priors: [], ...grounds });
        expect(d.value.sentence?.value).toEqual(s.value);
        expect(d.value.sentence?.status).toBe(s.status);
      }),
    );
  });
});
