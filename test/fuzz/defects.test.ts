/**
 * Defects the fuzzing found, one minimal repro each, all fixed in src/; these tests keep
 * them fixed (regression tests). The descriptions below say what was wrong.
 *
 * D1  -0 in the input comes back as -0 in the output; JSON turns it into 0, so the
 *     output does not survive JSON.parse(JSON.stringify(x)) (the schemas accept -0 as a
 *     number/int ≥ 0 and the value is echoed; RialsSchema already normalises it).
 * D2  cite() does not validate: junk throws a TypeError, and a bad clause renders
 *     "Art. 38(undefined)".
 * D3  message() does not validate: an unknown code or missing params throw a TypeError.
 * D4  explain() does not validate: a non-decision, or options.lang other than fa/en,
 *     throw a TypeError.
 * D5  filingRouteCitation() does not validate: any route but 'portal' gives Art. 4.
 * D6  The instruction's post helpers do not validate: conditionsOfPost(junk) throws a
 *     TypeError; instructionMinimumAge and instructionConditionCitation return undefined
 *     (not a number / not Citation | null) for an unknown post or key, and
 *     instructionMinimumAge('hasOwnProperty') returns an inherited function (a lookup in
 *     a plain object without an own-key check).
 * D7  explain() checked a decision's findings and steps with forEach, which skips the
 *     holes of a sparse array; rendering then read a hole as undefined and threw a
 *     TypeError (found at 5,000 junk runs, the CI depth).
 * D8  notificationDeadline({ notifiedOn: '1402/12/29', days: 9007199254740991 }) never
 *     returned (issue 14): past 2^53 the walk over closed days (`lastDay++`) stops moving,
 *     so a Friday last day was pushed onto `skipped` until the heap ran out. `days` is now
 *     refused past LIMITS.maxPeriodDays (3,650) before anything is counted. Found by the
 *     huge-integer fuzz (every number of a valid input set to 2^53 and the like, each call
 *     its own test with a one-second limit).
 */
import { describe, expect, it } from 'vitest';
import {
  appealDeadline,
  cite,
  explain,
  InputError,
  notificationDeadline,
} from '../../src/index.js';
import {
  checkInstructionSuspension,
  conditionsOfPost,
  instructionConditionCitation,
  instructionMinimumAge,
} from '../../src/instruction/index.js';
import {
  checkSuspension,
  classifyAbsence,
  classifyClosure,
  sentence,
  suspendProsecution,
} from '../../src/discipline/index.js';
import { examResult, gradeSitting } from '../../src/exam/index.js';
import { filingRouteCitation } from '../../src/operations/index.js';
import { message } from '../../src/messages.js';

/** The JSON round trip leaves `x` unchanged. */
function expectJsonStable(x: unknown): void {
  expect(JSON.parse(JSON.stringify(x))).toEqual(x);
}

/** Calling `f` returns or throws an InputError, never anything else. */
function expectValueOrInputError(f: () => unknown): void {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
  }
}

describe('D1: -0 in, -0 out (the output is not JSON-stable)', () => {
  it('classifyAbsence({ days: -0 }): value.days and findings[0].data.days are -0', () => {
    expectJsonStable(classifyAbsence({ days: -0 }));
  });
  it('classifyClosure({ days: -0 }): value.days and findings[0].data.days are -0', () => {
    expectJsonStable(classifyClosure({ days: -0 }));
  });
  it('checkSuspension({ grade: 5, months: -0 }): value.months is -0', () => {
    expectJsonStable(checkSuspension({ grade: 5, months: -0 }));
  });
  it("sentence(…, board: { mitigation: -0, suspensionMonths: -0 }): a finding's data.months is -0", () => {
    expectJsonStable(sentence({ asOf: '1403/05/01', offences: [{ id: 'art38-dh' }], priors: [], board: { mitigation: -0, suspensionMonths: -0 } }));
  });
  it('suspendProsecution({ years: -0, months: -0 }): value.months is -0', () => {
    expectJsonStable(suspendProsecution({ offences: [{ id: 'art36-b' }], decidedOn: '1403/02/10', years: -0, months: -0 }));
  });
  it('gradeSitting({ entries: [{ id: "a", score: -0 }] }): results[0].score is -0', () => {
    expectJsonStable(gradeSitting({ entries: [{ id: 'a', score: -0 }] }));
  });
  it('examResult({ score: -0, sittingScores: [-0, 5] }): value.score and the compare step\'s data.score are -0', () => {
    expectJsonStable(examResult({ score: -0, sittingScores: [-0, 5] }));
  });
});

describe('D1 (instruction): -0 in, -0 out', () => {
  it('checkInstructionSuspension({ months: -0 }): steps[0].data.months is -0', () => {
    expectJsonStable(checkInstructionSuspension({ months: -0 }));
  });
});

describe('D2: cite() does not validate its input', () => {
  it('cite(undefined, "en") throws a TypeError', () => {
    expectValueOrInputError(() => cite(undefined as never, 'en'));
  });
  it('cite({ article: 38, clause: "zz" }, "en") renders "Art. 38(undefined)"', () => {
    let out: string | undefined;
    try {
      out = cite({ article: 38, clause: 'zz' as never }, 'en');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
    }
    expect(out).not.toBe('Art. 38(undefined)');
  });
});

describe('D3: message() does not validate its input', () => {
  it('message("nope", {}) throws a TypeError', () => {
    expectValueOrInputError(() => message('nope' as never, {} as never));
  });
  it('message("core.ruleSet", undefined) throws a TypeError', () => {
    expectValueOrInputError(() => message('core.ruleSet', undefined as never));
  });
});

describe('D4: explain() does not validate its input', () => {
  it('explain({}) throws a TypeError', () => {
    expectValueOrInputError(() => explain({} as never));
  });
  it('explain(decision, { lang: "de" }) throws a TypeError', () => {
    expectValueOrInputError(() => explain(appealDeadline({ notifiedOn: '1403/01/10' }), { lang: 'de' as never }));
  });
  it('explain(decision, null) throws a TypeError', () => {
    expectValueOrInputError(() => explain(appealDeadline({ notifiedOn: '1403/01/10' }), null as never));
  });
});

describe('D5: filingRouteCitation() does not validate its input', () => {
  it('filingRouteCitation("portal ") answers Art. 4 (the office route) instead of refusing', () => {
    let out: unknown;
    try {
      out = filingRouteCitation('portal ' as never);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return;
    }
    expect(out).not.toEqual({ article: 4 });
  });
});

describe('D6: the instruction helpers do not validate their input', () => {
  it('conditionsOfPost([Object.create(null)]) throws a TypeError', () => {
    expectValueOrInputError(() => conditionsOfPost([Object.create(null)] as never));
  });
  it('instructionMinimumAge("hasOwnProperty") returns Object.prototype.hasOwnProperty (an inherited key is read)', () => {
    let out: unknown = 0;
    try {
      out = instructionMinimumAge('hasOwnProperty' as never);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
    }
    expect(typeof out === 'number' || out === 0).toBe(true);
  });
  it('instructionMinimumAge("judge") returns undefined', () => {
    let out: unknown = 0;
    try {
      out = instructionMinimumAge('judge' as never);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
    }
    expect(out).not.toBeUndefined();
  });
  it('instructionConditionCitation("manager", "nope") returns undefined', () => {
    let out: unknown = null;
    try {
      out = instructionConditionCitation('manager', 'nope' as never);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
    }
    expect(out).not.toBeUndefined();
  });
});

describe('D7: explain() let a sparse findings array through its check', () => {
  const d = appealDeadline({ notifiedOn: '1403/01/10' });
  it('a hole among the findings is refused with an InputError naming decision.findings[0]', () => {
    const sparse = { ...d, findings: new Array(3) };
    expect(() => explain(sparse as never)).toThrow(InputError);
    try {
      explain(sparse as never);
    } catch (e) {
      expect((e as InputError).issues[0]?.field).toBe('decision.findings[0]');
    }
  });
  it('a hole among the steps is refused with an InputError naming the hole', () => {
    const steps = [...d.steps];
    delete (steps as unknown[])[1];
    try {
      explain({ ...d, steps } as never);
      expect.fail('explain accepted a sparse steps array');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).issues[0]?.field).toBe('decision.steps[1]');
    }
  });
});

describe('D8: a period of 2^53 − 1 days was counted for ever (issue 14)', () => {
  it("notificationDeadline({ notifiedOn: '1402/12/29', days: 2^53 − 1 }) is refused with an InputError on days, at once", () => {
    for (const days of [Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 3_651]) {
      expectValueOrInputError(() => notificationDeadline({ notifiedOn: '1402/12/29', days }));
      expect(() => notificationDeadline({ notifiedOn: '1402/12/29', days })).toThrow(/days/);
    }
    // the bound itself is answered
    expect(notificationDeadline({ notifiedOn: '1402/12/29', days: 3_650, calendar: 'fridaysOnly' }).status).toBe('computed');
  }, 1_000);
});
