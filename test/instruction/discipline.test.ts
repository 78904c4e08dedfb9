/**
 * Discipline under the earlier instruction: its Arts. 23–26.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/_lib/jalali.js';
import { appealability, checkSuspension, getOffence } from '../../src/discipline/index.js';
import {
  checkInstructionSuspension,
  INSTRUCTION_OFFENCES,
  INSTRUCTION_PENALTIES,
  instructionAppealability,
  instructionPenalty,
  instructionSentence,
} from '../../src/instruction/index.js';
import { safe } from '../../src/index.js';
import { getInstructionArticle, getInstructionProvision } from '../../src/text/index.js';
import { at, date, day } from './fixtures.js';

describe('Instruction Art. 23: six measures', () => {
  it('Instruction Art. 23: the six measures, in the words of the text, measure 5 a suspension of three months to two years', () => {
    expect(INSTRUCTION_PENALTIES.map((p) => p.measure)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(INSTRUCTION_PENALTIES.map((p) => p.text)).toEqual(getInstructionArticle(23)!.items.map((i) => i.text));
    expect(INSTRUCTION_PENALTIES.map((p) => p.kind)).toEqual(['oralWarning', 'writtenWarning', 'writtenReprimandOnFile', 'reprimandPublished', 'suspension', 'permanentRevocation']);
    expect(INSTRUCTION_PENALTIES.filter((p) => p.suspensionMonths !== undefined).map((p) => [p.measure, p.suspensionMonths])).toEqual([[5, { min: 3, max: 24 }]]);
    for (const p of INSTRUCTION_PENALTIES) expect(p.citation).toEqual({ article: 23, item: p.measure, ruleSet: 'instruction-1392' });
  });

  it('TSDoc example: instructionPenalty', () => {
    expect(instructionPenalty(5).suspensionMonths).toEqual({ min: 3, max: 24 });
    expect(instructionPenalty(6).text).toBe('لغو دائم پروانه');
    expect(instructionPenalty(4).final).toBe(true);
  });

  it('instructionPenalty refuses a measure outside 1–6', () => {
    for (const bad of [0, 7, 2.5, Number.NaN]) {
      const r = safe(instructionPenalty)(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues[0]!.field).toBe('measure');
    }
  });
});

describe('Instruction Art. 23(5): the suspension, three months to two years', () => {
  it('Instruction Art. 23(5): 2 months is too short, 3 lawful; 24 months lawful, 25 too long', () => {
    expect([2, 3, 24, 25].map((months) => checkInstructionSuspension({ months }).status)).toEqual(['unlawful', 'lawful', 'lawful', 'unlawful']);
    const d = checkInstructionSuspension({ months: 25 });
    expect(d.findings[0]!.citation).toEqual({ article: 23, item: 5, ruleSet: 'instruction-1392' });
    expect(d.ruleSet.id).toBe('instruction-1392');
  });

  it('Instruction Art. 23(5) beside Art. 29: 18 months is one band under the instruction, grade 6 under the regulation', () => {
    expect(checkInstructionSuspension({ months: 18 }).status).toBe('lawful');
    expect(checkSuspension({ grade: 5, months: 18 }).status).toBe('unlawful');
    expect(checkSuspension({ grade: 6, months: 18 }).status).toBe('lawful');
    expect(checkInstructionSuspension({ months: 30 }).status).toBe('unlawful');
  });

  it('Instruction Art. 23(5), SPEC D3: the end date is the same day months later, or the 1st of the next month', () => {
    expect(checkInstructionSuspension({ months: 3, start: '1403/06/31' }).value.end).toBe('1403/10/01');
    expect(checkInstructionSuspension({ months: 3, start: '1403/06/31', options: { overflow: 'clamp' } }).value.end).toBe('1403/09/30');
    expect(checkInstructionSuspension({ months: 24, start: '1395/03/10' }).steps[0]!.message.en).toBe('Suspended from 1395/03/10 for 24 months: ends on 1397/03/10.');
  });

  it('Instruction Art. 23(5): lawful exactly for 3–24 months, and the end is addMonths (D3) whatever the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: day(1380, 1, 1), max: day(1420, 12, 29) }), (months, start) => {
        const d = checkInstructionSuspension({ months, start: date(start) });
        return d.value.lawful === (months >= 3 && months <= 24) && d.value.end === date(addMonths(start, months));
      }),
    );
  });

  it('TSDoc example: checkInstructionSuspension', () => {
    expect(checkInstructionSuspension({ months: 24, start: '1395/03/10' }).value.end).toBe('1397/03/10');
    expect(checkInstructionSuspension({ months: 25 }).status).toBe('unlawful');
    expect(checkInstructionSuspension({ months: 18 }).status).toBe('lawful');
  });

  it('bad input: negative or fractional months, a bad date', () => {
    expect(safe(checkInstructionSuspension)({ months: -1 }).ok).toBe(false);
    expect(safe(checkInstructionSuspension)({ months: 2.5 }).ok).toBe(false);
    const r = safe(checkInstructionSuspension)({ months: 3, start: '1403/07/31' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.field).toBe('start');
  });
});

describe('Instruction Art. 24: finality and appeal', () => {
  it('Instruction Art. 24: measures 1–4 are final; 5 and 6 appealable by the convicted person or the head of the Center', () => {
    for (const measure of [1, 2, 3, 4]) {
      const d = instructionAppealability({ measure });
      expect(d.status).toBe('final');
      expect(d.value.appellants).toEqual([]);
    }
    for (const measure of [5, 6]) {
      const d = instructionAppealability({ measure });
      expect(d.status).toBe('appealable');
      expect(d.value.appellants).toEqual(['convicted', 'headOfCenter']);
      expect(d.value.board).toBe('appealBoard');
      expect(d.findings[0]!.message.en).toContain('the members of the Advisory Council');
    }
  });

  it('Instruction Art. 24: the instruction sets no time limit — a cited info finding says so and no last day is given', () => {
    const d = instructionAppealability({ measure: 6 });
    expect(d.value.days).toBeNull();
    const none = d.findings.find((f) => f.code === 'instruction.appeal.noWindow')!;
    expect(none.status).toBe('info');
    expect(none.citation).toEqual({ article: 24, ruleSet: 'instruction-1392' });
    expect(none.message.en).toBe('The instruction sets no time limit for the appeal; this library assumes none and computes no last day.');
    // The regulation's 20 days do not carry over.
    expect(appealability({ ruling: 'conviction', grade: 6 }).value.days).toBe(20);
    expect(JSON.stringify(d)).not.toMatch(/"lastDay"|"days":20/);
  });

  it('Instruction Art. 24 beside Art. 33: a grade-4 conviction is appealable under the regulation, measure 4 final under the instruction', () => {
    expect(appealability({ ruling: 'conviction', grade: 4 }).status).toBe('appealable');
    expect(instructionAppealability({ measure: 4 }).status).toBe('final');
  });

  it('Instruction Art. 24: the measure left out is incomplete, listing it; appealable exactly from measure 5', () => {
    const d = instructionAppealability({});
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['measure']);
    expect(d.findings.map((f) => f.code)).toEqual(['instruction.appeal.unknown', 'instruction.appeal.noWindow']);
    fc.assert(fc.property(fc.integer({ min: 1, max: 6 }), (measure) => (instructionAppealability({ measure }).status === 'appealable') === measure >= 5));
  });

  it('TSDoc example: instructionAppealability', () => {
    expect(instructionAppealability({ measure: 4 }).status).toBe('final');
    expect(instructionAppealability({ measure: 5 }).value.appellants).toEqual(['convicted', 'headOfCenter']);
    expect(instructionAppealability({ measure: 5 }).value.days).toBeNull();
  });

  it('bad input: a measure outside 1–6, an unknown key', () => {
    expect(safe(instructionAppealability)({ measure: 7 }).ok).toBe(false);
    expect(safe(instructionAppealability)({ grade: 5 } as never).ok).toBe(false);
  });
});

describe('Instruction Art. 25: the offences, without a measure', () => {
  it('Instruction Art. 25: fourteen offences in the order of the text, each with its published words and no measure', () => {
    expect(INSTRUCTION_OFFENCES).toHaveLength(14);
    INSTRUCTION_OFFENCES.forEach((o, i) => {
      expect(o.item).toBe(i + 1);
      expect(o.id).toBe(`ins25-${i + 1}`);
      expect(o.measure).toBeNull();
      expect(o.citation).toEqual({ article: 25, item: i + 1, ruleSet: 'instruction-1392' });
      expect(getInstructionProvision({ article: 25, item: o.item })!.text.replace(/\.$/, '')).toBe(o.text);
    });
    expect(INSTRUCTION_OFFENCES[11]!.text).toBe('دریافت وجه بیشتر از هزینههای تعیین شده');
  });

  it('Instruction Art. 25(12) beside Art. 38(ذ): overcharging has no measure under the instruction, grade 5 under the regulation', () => {
    const o = INSTRUCTION_OFFENCES[11]!;
    expect(o.closestRegulationOffence).toBe('art38-dh');
    expect(getOffence('art38-dh').grade).toBe(5);
  });

  it('every closest regulation offence exists in the regulation’s catalogue', () => {
    for (const o of INSTRUCTION_OFFENCES) if (o.closestRegulationOffence !== null) expect(getOffence(o.closestRegulationOffence).id).toBe(o.closestRegulationOffence);
    expect(INSTRUCTION_OFFENCES.filter((o) => o.closestRegulationOffence === null).map((o) => o.item)).toEqual([2, 4, 10, 14]);
  });

  it('the catalogue is frozen', () => {
    expect(Object.isFrozen(INSTRUCTION_OFFENCES)).toBe(true);
    expect(Object.isFrozen(INSTRUCTION_OFFENCES[0])).toBe(true);
  });
});

describe('Instruction Art. 26 note 3: the repeat', () => {
  const prior = { measure: 3, finalOn: '1395/01/20' } as const;

  it('Instruction Art. 26, note 3: an offence on the day the prior ruling became final is not a repeat; on the next day it is (at least one measure higher)', () => {
    const onDay = instructionSentence({ offender: 'manager', offenceOn: '1395/01/20', prior });
    expect(onDay.value.repeat).toBe(false);
    expect(onDay.value.min).toBe(1);
    const next = instructionSentence({ offender: 'manager', offenceOn: '1395/01/21', prior });
    expect(next.value.repeat).toBe(true);
    expect(next.value.min).toBe(4);
    expect(next.steps.map((s) => s.citation)).toEqual([
      { article: 25, ruleSet: 'instruction-1392' },
      { article: 26, note: 3, ruleSet: 'instruction-1392' },
    ]);
  });

  it('Instruction Art. 26, note 3: no time window — ten years later it is still a repeat (the regulation’s Art. 43 has two years)', () => {
    expect(instructionSentence({ offender: 'manager', offenceOn: '1405/01/21', prior }).value.repeat).toBe(true);
  });

  it('Instruction Art. 26, note 3: a prior measure 4 leaves 5–6; a prior 5 or 6 is outside the note', () => {
    expect(instructionSentence({ offender: 'manager', offenceOn: '1396/01/01', prior: { measure: 4, finalOn: '1395/01/01' } }).value.min).toBe(5);
    const five = instructionSentence({ offender: 'manager', offenceOn: '1396/01/01', prior: { measure: 5, finalOn: '1395/01/01' } });
    expect(five.value.repeat).toBe(false);
    expect(five.findings[0]!.data).toEqual({ reason: 'priorAboveFour' });
  });

  it('Instruction Art. 26, note 3: it speaks of the office manager, not the staff', () => {
    const d = instructionSentence({ offender: 'staff', offenceOn: '1396/01/01', prior });
    expect(d.value.repeat).toBe(false);
    expect(d.findings[0]!.message.en).toContain('note 3 speaks of the office manager only');
  });

  it('Instruction Art. 26, note 3: without the offender, the dates, the range is unknown (incomplete, the facts listed)', () => {
    const d = instructionSentence({ prior: { measure: 2 } });
    expect(d.status).toBe('incomplete');
    expect(d.value.min).toBeNull();
    expect(d.missing).toEqual(['offender', 'prior.finalOn', 'offenceOn']);
    expect(instructionSentence({ prior: { measure: 2 }, chosenMeasure: 4 }).value.lawful).toBeNull();
  });

  it('Instruction Arts. 23, 25: with no prior conviction the board may choose any of the six measures', () => {
    const d = instructionSentence({});
    expect(d.status).toBe('computed');
    expect([d.value.min, d.value.max]).toEqual([1, 6]);
    expect(d.steps[0]!.message.en).toBe('The instruction attaches no measure to any offence (Art. 25): the board chooses one of measures 1–6 of Art. 23.');
    for (const m of [1, 2, 3, 4, 5, 6]) expect(instructionSentence({ chosenMeasure: m }).status).toBe('lawful');
  });

  it('Instruction Art. 26, note 3: a chosen measure is lawful exactly when above the prior one, and a higher prior never lowers the least measure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }), (p1, p2, chosen) => {
        const run = (measure: number, chosenMeasure?: number) =>
          instructionSentence({ offender: 'manager', offenceOn: '1396/01/01', prior: { measure, finalOn: '1395/01/01' }, ...(chosenMeasure === undefined ? {} : { chosenMeasure }) });
        const lawful = run(p1, chosen).value.lawful;
        const [lo, hi] = p1 <= p2 ? [p1, p2] : [p2, p1];
        return lawful === chosen > p1 && (run(lo).value.min as number) <= (run(hi).value.min as number);
      }),
    );
  });
});

describe('Instruction Art. 26 note 2: withdrawal of the complaint', () => {
  it('Instruction Art. 26, note 2: a withdrawn complaint does not stop the case, and on conviction mitigates (the amount is not set)', () => {
    const d = instructionSentence({ complaintWithdrawn: true });
    expect(d.status).toBe('computed');
    expect(d.value.mitigationRequired).toBe(true);
    const f = at(d, 26, { note: 2 });
    expect(f.status).toBe('info');
    expect(f.data).toEqual({ prosecutionContinues: true, mitigationRequired: true });
    expect(f.message.en).toContain('does not stop the disciplinary case');
    expect(instructionSentence({ complaintWithdrawn: false }).value.mitigationRequired).toBe(false);
  });

  it('Instruction Art. 26, note 2: withdrawal changes neither the range nor the repeat (the instruction does not quantify it)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.boolean(), fc.integer({ min: 1, max: 6 }), (measure, manager, chosenMeasure) => {
        const base = { offender: manager ? ('manager' as const) : ('staff' as const), offenceOn: '1396/01/01', prior: { measure, finalOn: '1395/01/01' }, chosenMeasure };
        const a = instructionSentence(base).value;
        const b = instructionSentence({ ...base, complaintWithdrawn: true }).value;
        return a.min === b.min && a.max === b.max && a.repeat === b.repeat && a.lawful === b.lawful;
      }),
    );
  });

  it('TSDoc example: instructionSentence', () => {
    expect(instructionSentence({ offender: 'manager', offenceOn: '1396/05/01', prior: { measure: 3, finalOn: '1395/01/20' } }).value.min).toBe(4);
    expect(instructionSentence({ offender: 'manager', offenceOn: '1396/05/01', prior: { measure: 3, finalOn: '1395/01/20' }, chosenMeasure: 3 }).status).toBe('unlawful');
    expect(instructionSentence({ complaintWithdrawn: true }).value.mitigationRequired).toBe(true);
  });

  it('bad input: a measure outside 1–6, an unknown offender, a bad date', () => {
    expect(safe(instructionSentence)({ chosenMeasure: 7 }).ok).toBe(false);
    expect(safe(instructionSentence)({ offender: 'clerk' } as never).ok).toBe(false);
    const r = safe(instructionSentence)({ prior: { measure: 2, finalOn: '1395/13/01' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]!.field).toBe('prior.finalOn');
  });
});
