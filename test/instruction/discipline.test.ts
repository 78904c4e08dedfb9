/**
 * Discipline under the earlier instruction: its Arts. 23–26.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../../src/_lib/jalali.js';
import { appealability, checkSuspension, getOffence } from '../../src/discipline/index.js';
import { checkInstructionSuspension, INSTRUCTION_OFFENCES, INSTRUCTION_PENALTIES, instructionAppealability, instructionPenalty, instructionSentence } from '../../src/instruction/index.js';
import { safe } from '../../src/index.js';
import { getInstructionArticle, getInstructionProvision } from '../../src/text/index.js';
import { at, date, day } from './fixtures.js';
import { INSTRUCTION_1392 } from '../../src/core/decision.js';

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

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Mutation tests for the instruction's discipline (Arts. 23–26): they pin what the other
// tests leave loose — each decision's kind, asOf, value and summary, each finding's and
// step's code, status, citation, data and message in both languages (Persian digits).
const RS = 'instruction-1392' as const;
const ART_23_5 = { article: 23, item: 5, ruleSet: RS };
const ART_24 = { article: 24, ruleSet: RS };
const ART_25 = { article: 25, ruleSet: RS };
const ART_23 = { article: 23, ruleSet: RS };
const NOTE_26_2 = { article: 26, note: 2, ruleSet: RS };
const NOTE_26_3 = { article: 26, note: 3, ruleSet: RS };

const CHOICE_STEP = {
  code: 'instruction.sentence.choice',
  citation: ART_25,
  message: {
    fa: 'دستورالعمل برای هیچ تخلفی (ماده ۲۵) اقدام معینی ننهاده است: هیات یکی از ردیف‌های ۱ تا ۶ ماده ۲۳ را برمی‌گزیند.',
    en: 'The instruction attaches no measure to any offence (Art. 25): the board chooses one of measures 1–6 of Art. 23.',
  },
  data: { min: 1, max: 6 },
};

const NO_WINDOW = {
  code: 'instruction.appeal.noWindow',
  status: 'info',
  citation: ART_24,
  message: {
    fa: 'دستورالعمل مهلتی برای تجدیدنظرخواهی تعیین نکرده است؛ این کتابخانه مهلتی فرض نمی‌کند و آخرین روز را حساب نمی‌کند.',
    en: 'The instruction sets no time limit for the appeal; this library assumes none and computes no last day.',
  },
  data: { days: null },
};

describe('Instruction Art. 23(5): the suspension decision, pinned', () => {
  it('Instruction Art. 23(5): 24 months from 1395/03/10 is lawful and ends on 1397/03/10 (the whole decision)', () => {
    expect(checkInstructionSuspension({ months: 24, start: '1395/03/10' })).toEqual({
      kind: 'instruction.suspension',
      ruleSet: INSTRUCTION_1392,
      asOf: '1395/03/10',
      status: 'lawful',
      value: { months: 24, lawful: true, range: { min: 3, max: 24 }, start: '1395/03/10', end: '1397/03/10' },
      summary: {
        fa: 'تعلیق ۲۴ ماهه پروانه مطابق ماده ۲۳ دستورالعمل است.',
        en: "A 24-month suspension of the licence is lawful under the instruction's Art. 23.",
      },
      findings: [
        {
          code: 'instruction.suspension.inRange',
          status: 'met',
          citation: ART_23_5,
          message: { fa: 'تعلیق ۲۴ ماهه در بازه سه ماه تا دو سال است.', en: 'A suspension of 24 months lies within three months to two years.' },
          data: { months: 24, min: 3, max: 24 },
        },
      ],
      steps: [
        {
          code: 'instruction.suspension.end',
          citation: ART_23_5,
          message: { fa: 'تعلیق از ۱۳۹۵/۰۳/۱۰ به مدت ۲۴ ماه: پایان در ۱۳۹۷/۰۳/۱۰.', en: 'Suspended from 1395/03/10 for 24 months: ends on 1397/03/10.' },
          data: { start: '1395/03/10', months: 24, end: '1397/03/10', overflow: 'nextMonth' },
        },
      ],
      missing: [],
    });
  });

  it('Instruction Art. 23(5), SPEC D3: the end step records the overflow reading chosen (clamp)', () => {
    const d = checkInstructionSuspension({ months: 3, start: '1403/06/31', options: { overflow: 'clamp' } });
    expect(d.steps).toHaveLength(1);
    expect(d.steps[0]!.data).toEqual({ start: '1403/06/31', months: 3, end: '1403/09/30', overflow: 'clamp' });
    expect(d.value.end).toBe('1403/09/30');
  });

  it('Instruction Art. 23(5): two months is less than three months — unlawful, no start so no dates (the whole decision)', () => {
    expect(checkInstructionSuspension({ months: 2 })).toEqual({
      kind: 'instruction.suspension',
      ruleSet: INSTRUCTION_1392,
      asOf: null,
      status: 'unlawful',
      value: { months: 2, lawful: false, range: { min: 3, max: 24 }, start: null, end: null },
      summary: {
        fa: 'تعلیق ۲ ماهه پروانه مغایر ماده ۲۳ دستورالعمل است.',
        en: "A 2-month suspension of the licence is unlawful under the instruction's Art. 23.",
      },
      findings: [
        {
          code: 'instruction.suspension.outOfRange',
          status: 'unmet',
          citation: ART_23_5,
          message: { fa: 'تعلیق ۲ ماهه خارج از بازه سه ماه تا دو سال است.', en: 'A suspension of 2 months lies outside three months to two years.' },
          data: { months: 2, min: 3, max: 24 },
        },
      ],
      steps: [],
      missing: [],
    });
  });

  it('Instruction Art. 23(5): 25 months is more than two years — finding outOfRange, unmet, with its numbers', () => {
    const d = checkInstructionSuspension({ months: 25, start: '1400/01/01' });
    expect(d.findings[0]!.code).toBe('instruction.suspension.outOfRange');
    expect(d.findings[0]!.status).toBe('unmet');
    expect(d.findings[0]!.data).toEqual({ months: 25, min: 3, max: 24 });
    expect(d.value).toEqual({ months: 25, lawful: false, range: { min: 3, max: 24 }, start: '1400/01/01', end: '1402/02/01' });
    expect(d.asOf).toBe('1400/01/01');
  });

  it('Instruction Art. 23(5), SPEC D3: an end past the calendar (after 1600) is null and no end step is given; the start stays', () => {
    const d = checkInstructionSuspension({ months: 24, start: '1599/06/01' });
    expect(d.status).toBe('lawful');
    expect(d.value.start).toBe('1599/06/01');
    expect(d.value.end).toBeNull();
    expect(d.steps).toEqual([]);
    expect(d.asOf).toBe('1599/06/01');
  });
});

describe('Instruction Art. 24: the appealability decision, pinned', () => {
  it('Instruction Art. 24: the measure left out — incomplete, measure listed as missing, and no window (the whole decision)', () => {
    expect(instructionAppealability({})).toEqual({
      kind: 'instruction.appealability',
      ruleSet: INSTRUCTION_1392,
      asOf: null,
      status: 'incomplete',
      value: { measure: null, appealable: null, appellants: [], days: null, board: null },
      summary: { fa: 'قابلیت تجدیدنظر هنوز معلوم نیست.', en: 'Whether appealable is not yet known.' },
      findings: [
        {
          code: 'instruction.appeal.unknown',
          status: 'unknown',
          citation: ART_24,
          message: { fa: 'ردیف اقدام تنبیهی معلوم نیست.', en: 'The measure imposed is not known.' },
          missing: ['measure'],
        },
        NO_WINDOW,
      ],
      steps: [],
      missing: ['measure'],
    });
  });

  it('Instruction Art. 24: «محکومیتهای ردیف یک تا چهار … قطعی» — measure 4 is final, nobody appeals, no window finding (the whole decision)', () => {
    expect(instructionAppealability({ measure: 4 })).toEqual({
      kind: 'instruction.appealability',
      ruleSet: INSTRUCTION_1392,
      asOf: null,
      status: 'final',
      value: { measure: 4, appealable: false, appellants: [], days: null, board: null },
      summary: { fa: 'طبق دستورالعمل قطعی است.', en: 'Final under the instruction.' },
      findings: [
        {
          code: 'instruction.appeal.final',
          status: 'info',
          citation: ART_24,
          message: {
            fa: 'محکومیت به توبیخ با درج در پایگاه اینترنتی مرکز (ردیف ۴) قطعی است.',
            en: "A conviction to the reprimand published on the Center's website (measure 4) is final.",
          },
          data: { appealable: false },
        },
      ],
      steps: [],
      missing: [],
    });
  });

  it('Instruction Art. 24: measure 5 may be appealed by the convicted person or the head of the Center to the appeal board, no time limit (the whole decision)', () => {
    expect(instructionAppealability({ measure: 5 })).toEqual({
      kind: 'instruction.appealability',
      ruleSet: INSTRUCTION_1392,
      asOf: null,
      status: 'appealable',
      value: { measure: 5, appealable: true, appellants: ['convicted', 'headOfCenter'], days: null, board: 'appealBoard' },
      summary: { fa: 'طبق دستورالعمل قابل تجدیدنظر است (بدون مهلت معین).', en: 'Appealable under the instruction (no time limit set).' },
      findings: [
        {
          code: 'instruction.appeal.appealable',
          status: 'info',
          citation: ART_24,
          message: {
            fa: 'محکومیت به تعلیق موقت پروانه از سه ماه تا دو سال (ردیف ۵) با اعتراض محکوم‌علیه یا رییس مرکز در هیات تجدیدنظر (همان اعضای شورای مشورتی) قابل تجدیدنظر است.',
            en: 'A conviction to the temporary suspension of the licence, three months to two years (measure 5) may be appealed by the convicted person or the head of the Center to the appeal board (the members of the Advisory Council).',
          },
          data: { appealable: true, appellants: ['convicted', 'headOfCenter'] },
        },
        NO_WINDOW,
      ],
      steps: [],
      missing: [],
    });
  });

  it('Instruction Art. 24: measure 1 is final and measure 6 appealable, each named in its message', () => {
    const one = instructionAppealability({ measure: 1 });
    expect(one.findings.map((f) => f.code)).toEqual(['instruction.appeal.final']);
    expect(one.findings[0]!.message.en).toBe('A conviction to the oral warning (measure 1) is final.');
    expect(one.findings[0]!.message.fa).toBe('محکومیت به تذکر شفاهی (ردیف ۱) قطعی است.');
    const six = instructionAppealability({ measure: 6 });
    expect(six.findings.map((f) => f.code)).toEqual(['instruction.appeal.appealable', 'instruction.appeal.noWindow']);
    expect(six.findings[0]!.message.en).toContain('permanent revocation of the licence (measure 6)');
    expect(six.findings[0]!.message.fa).toContain('لغو دائم پروانه (ردیف ۶)');
    expect(six.value).toEqual({ measure: 6, appealable: true, appellants: ['convicted', 'headOfCenter'], days: null, board: 'appealBoard' });
  });
});

describe('Instruction Arts. 23, 25, 26: the sentence decision, pinned', () => {
  it('Instruction Arts. 23, 25: nothing known of a prior — the board chooses any of 1–6 (the whole decision)', () => {
    expect(instructionSentence({})).toEqual({
      kind: 'instruction.sentence',
      ruleSet: INSTRUCTION_1392,
      asOf: null,
      status: 'computed',
      value: { min: 1, max: 6, repeat: false, complaintWithdrawn: null, mitigationRequired: false, chosen: null, lawful: null },
      summary: { fa: 'بازه مجاز: ردیف ۱ تا ۶ ماده ۲۳ دستورالعمل.', en: "Lawful range: measures 1–6 of the instruction's Art. 23." },
      findings: [
        {
          code: 'instruction.repeat.doesNotApply',
          status: 'info',
          citation: NOTE_26_3,
          message: { fa: 'قاعده تکرار اعمال نمی‌شود: محکومیت سابقی اعلام نشده است.', en: 'The repeat rule does not apply: no prior conviction given.' },
          data: { reason: 'noPrior' },
        },
      ],
      steps: [CHOICE_STEP],
      missing: [],
    });
  });

  it('Instruction Art. 26, note 3: a manager finally sentenced to measure 3 who offends again must get at least 4 — choosing 3 is unlawful (the whole decision)', () => {
    const d = instructionSentence({
      offender: 'manager',
      offenceOn: '1396/05/01',
      prior: { measure: 3, finalOn: '1395/01/20' },
      complaintWithdrawn: false,
      chosenMeasure: 3,
    });
    expect(d).toEqual({
      kind: 'instruction.sentence',
      ruleSet: INSTRUCTION_1392,
      asOf: '1396/05/01',
      status: 'unlawful',
      value: { min: 4, max: 6, repeat: true, complaintWithdrawn: false, mitigationRequired: false, chosen: 3, lawful: false },
      summary: {
        fa: 'بازه مجاز: ردیف ۴ تا ۶ ماده ۲۳ دستورالعمل؛ انتخاب هیات مغایر است.',
        en: "Lawful range: measures 4–6 of the instruction's Art. 23; the board's choice is unlawful.",
      },
      findings: [
        {
          code: 'instruction.withdrawal.notWithdrawn',
          status: 'info',
          citation: NOTE_26_2,
          message: { fa: 'شکایت مسترد نشده است.', en: 'The complaint was not withdrawn.' },
        },
        {
          code: 'instruction.sentence.unlawful',
          status: 'unmet',
          citation: NOTE_26_3,
          message: {
            fa: 'ردیف ۳ (توبیخ کتبی با درج در پرونده) خارج از بازه مجاز ۴ تا ۶ است.',
            en: 'Measure 3 (written reprimand entered in the file) lies outside the lawful range 4–6.',
          },
          data: { chosen: 3, min: 4, max: 6 },
        },
      ],
      steps: [
        CHOICE_STEP,
        {
          code: 'instruction.repeat.applies',
          citation: NOTE_26_3,
          message: {
            fa: 'تکرار: مدیر دفتر پس از قطعیت محکومیت به ردیف ۳ دوباره مرتکب تخلف شده است، پس به درجات بالاتر از حکم قبلی (دست‌کم ردیف ۴) محکوم می‌شود.',
            en: 'Repeat: the manager offended again after the conviction to measure 3 became final, so is sentenced above the prior measure (at least measure 4).',
          },
          data: { prior: 3, min: 4 },
        },
      ],
      missing: [],
    });
  });

  it('Instruction Art. 26, note 3: after a final measure 3, measure 4 is lawful (cited to note 3) and 6 too; the summary says 4–6', () => {
    const base = { offender: 'manager', offenceOn: '1396/05/01', prior: { measure: 3, finalOn: '1395/01/20' } } as const;
    for (const chosenMeasure of [4, 6]) {
      const d = instructionSentence({ ...base, chosenMeasure });
      expect(d.status).toBe('lawful');
      expect(d.value.lawful).toBe(true);
      expect(d.value.chosen).toBe(chosenMeasure);
      expect(d.findings).toHaveLength(1);
      expect(d.findings[0]!.code).toBe('instruction.sentence.lawful');
      expect(d.findings[0]!.status).toBe('met');
      expect(d.findings[0]!.citation).toEqual(NOTE_26_3);
      expect(d.findings[0]!.data).toEqual({ chosen: chosenMeasure, min: 4, max: 6 });
      expect(d.summary.en).toBe("Lawful range: measures 4–6 of the instruction's Art. 23; the board's choice is lawful.");
      expect(d.summary.fa).toBe('بازه مجاز: ردیف ۴ تا ۶ ماده ۲۳ دستورالعمل؛ انتخاب هیات مطابق است.');
    }
    expect(instructionSentence({ ...base, chosenMeasure: 4 }).findings[0]!.message.en).toBe('Measure 4 (reprimand published on the Center\'s website) lies in the lawful range 4–6.');
    expect(instructionSentence({ ...base, chosenMeasure: 4 }).findings[0]!.message.fa).toBe('ردیف ۴ (توبیخ با درج در پایگاه اینترنتی مرکز) در بازه مجاز ۴ تا ۶ است.');
  });

  it('Instruction Art. 23: with no repeat, a chosen measure 1 is lawful and is cited to Art. 23 (not note 3)', () => {
    const d = instructionSentence({ offender: 'manager', offenceOn: '1396/05/01', chosenMeasure: 1 });
    expect(d.status).toBe('lawful');
    expect(d.asOf).toBe('1396/05/01');
    expect(d.findings.map((f) => [f.code, f.status, f.citation])).toEqual([
      ['instruction.repeat.doesNotApply', 'info', NOTE_26_3],
      ['instruction.sentence.lawful', 'met', ART_23],
    ]);
    expect(d.findings[1]!.data).toEqual({ chosen: 1, min: 1, max: 6 });
    expect(d.value).toEqual({ min: 1, max: 6, repeat: false, complaintWithdrawn: null, mitigationRequired: false, chosen: 1, lawful: true });
  });

  it('Instruction Art. 26, note 3: the reasons the repeat rule does not apply, each in its finding (staff, prior above 4, on the day of finality)', () => {
    const reasonOf = (d: ReturnType<typeof instructionSentence>) => d.findings.find((f) => f.code === 'instruction.repeat.doesNotApply');
    const staff = reasonOf(instructionSentence({ offender: 'staff', offenceOn: '1396/05/01', prior: { measure: 2, finalOn: '1395/01/20' } }))!;
    expect(staff.status).toBe('info');
    expect(staff.citation).toEqual(NOTE_26_3);
    expect(staff.data).toEqual({ reason: 'staff' });
    expect(staff.message.en).toBe('The repeat rule does not apply: note 3 speaks of the office manager only.');
    expect(staff.message.fa).toBe('قاعده تکرار اعمال نمی‌شود: تبصره ۳ فقط درباره مدیر دفتر است.');
    const above = reasonOf(instructionSentence({ offender: 'manager', offenceOn: '1396/05/01', prior: { measure: 5, finalOn: '1395/01/20' } }))!;
    expect(above.data).toEqual({ reason: 'priorAboveFour' });
    expect(above.message.en).toBe('The repeat rule does not apply: the prior conviction is not to one of measures 1–4.');
    const sameDay = instructionSentence({ offender: 'manager', offenceOn: '1395/01/20', prior: { measure: 2, finalOn: '1395/01/20' } });
    expect(sameDay.value.repeat).toBe(false);
    expect(sameDay.value.min).toBe(1);
    expect(reasonOf(sameDay)!.data).toEqual({ reason: 'beforeFinal' });
    expect(reasonOf(sameDay)!.message.en).toBe('The repeat rule does not apply: the new offence came before the prior ruling became final, or on that day.');
    expect(reasonOf(sameDay)!.message.fa).toBe('قاعده تکرار اعمال نمی‌شود: تخلف تازه پیش از قطعیت حکم قبلی یا در همان روز رخ داده است.');
  });

  it('Instruction Art. 26, note 3: each fact the repeat turns on, left out alone, is the only one listed as missing', () => {
    const full = { offender: 'manager', offenceOn: '1396/05/01', prior: { measure: 2, finalOn: '1395/01/20' } } as const;
    const cases = [
      [{ offenceOn: full.offenceOn, prior: full.prior }, ['offender']],
      [{ offender: full.offender, offenceOn: full.offenceOn, prior: { measure: 2 } }, ['prior.finalOn']],
      [{ offender: full.offender, prior: full.prior }, ['offenceOn']],
      [{ prior: { measure: 2 } }, ['offender', 'prior.finalOn', 'offenceOn']],
    ] as const;
    for (const [input, missing] of cases) {
      const d = instructionSentence(input);
      expect(d.status, JSON.stringify(input)).toBe('incomplete');
      expect(d.value.repeat).toBeNull();
      expect(d.value.min).toBeNull();
      expect(d.missing).toEqual(missing);
      const f = d.findings.find((x) => x.code === 'instruction.repeat.unknown')!;
      expect(f.status).toBe('unknown');
      expect(f.citation).toEqual(NOTE_26_3);
      expect(f.missing).toEqual(missing);
      expect(f.message).toEqual({ fa: 'معلوم نیست قاعده تکرار اعمال می‌شود یا نه.', en: 'Whether the repeat rule applies is not known.' });
      expect(d.summary).toEqual({ fa: 'بازه مجاز هنوز معلوم نیست.', en: 'The lawful range is not yet known.' });
      expect(d.steps).toEqual([CHOICE_STEP]);
    }
  });

  it('Instruction Art. 26, note 3: a chosen measure cannot be judged while the range is unknown — no lawful/unlawful finding, lawful null', () => {
    const d = instructionSentence({ offender: 'manager', prior: { measure: 2, finalOn: '1395/01/20' }, chosenMeasure: 1 });
    expect(d.status).toBe('incomplete');
    expect(d.value.lawful).toBeNull();
    expect(d.value.chosen).toBe(1);
    expect(d.findings.map((f) => f.code)).toEqual(['instruction.repeat.unknown']);
  });

  it('Instruction Art. 26, note 2: a withdrawn complaint — an info finding (the case continues, mitigation required), value records it', () => {
    const d = instructionSentence({ complaintWithdrawn: true });
    expect(d.value.complaintWithdrawn).toBe(true);
    expect(d.value.mitigationRequired).toBe(true);
    const f = d.findings.find((x) => x.citation.note === 2)!;
    expect(f).toEqual({
      code: 'instruction.withdrawal.withdrawn',
      status: 'info',
      citation: NOTE_26_2,
      message: {
        fa: 'شکایت مسترد شده است: استرداد شکایت مانع رسیدگی انتظامی نیست، ولی در صورت محکومیت سبب تخفیف مجازات است (دستورالعمل میزان آن را معین نکرده است).',
        en: 'The complaint was withdrawn: this does not stop the disciplinary case, but on conviction it mitigates the measure (the instruction does not say by how much).',
      },
      data: { prosecutionContinues: true, mitigationRequired: true },
    });
  });

  it('Instruction Art. 26, note 2: withdrawal not stated — no note-2 finding; stated as not withdrawn — one info finding', () => {
    expect(instructionSentence({}).findings.filter((f) => f.citation.note === 2)).toEqual([]);
    const no = instructionSentence({ complaintWithdrawn: false });
    expect(no.findings.filter((f) => f.citation.note === 2).map((f) => f.code)).toEqual(['instruction.withdrawal.notWithdrawn']);
    expect(no.value.complaintWithdrawn).toBe(false);
    expect(no.value.mitigationRequired).toBe(false);
  });
});
