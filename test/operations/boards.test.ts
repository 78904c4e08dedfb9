import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import {
  checkBoardComposition,
  checkBoardRuling,
  checkBoardSitting,
  electBoardChair,
  tallyBoardVote,
  type BoardInput,
} from '../../src/operations/index.js';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return e.issues.map((i) => i.field);
    throw e;
  }
  throw new Error('no error');
}

/** The TSDoc example's first-instance board (Art. 23, alternates per Art. 25). */
const board: BoardInput = {
  level: 'firstInstance',
  location: 'tehran',
  members: [
    { id: 'j1', kind: 'judge', selectedByHeadOfJudiciary: true },
    { id: 'j2', kind: 'judge', selectedByHeadOfJudiciary: true },
    { id: 'a1', kind: 'associationRepresentative', officeManager: true, onAssociationBoardOfDirectors: false },
    { id: 'j3', kind: 'judge', alternate: true, selectedByHeadOfJudiciary: true },
    { id: 'a2', kind: 'associationRepresentative', alternate: true, officeManager: true, onAssociationBoardOfDirectors: false },
  ],
};

const appeal: BoardInput = {
  level: 'appeal',
  location: 'tehran',
  members: [
    { id: 'j1', kind: 'judge', selectedByHeadOfJudiciary: true, judicialGrade: 9 },
    { id: 'j2', kind: 'judge', selectedByHeadOfJudiciary: true, judicialGrade: 11 },
    { id: 'c1', kind: 'centerRepresentative' },
    { id: 'j3', kind: 'judge', alternate: true, selectedByHeadOfJudiciary: true, judicialGrade: 10 },
    { id: 'c2', kind: 'centerRepresentative', alternate: true },
  ],
};

function withMember(b: BoardInput, id: string, patch: Partial<BoardInput['members'][number]>): BoardInput {
  return { ...b, members: b.members.map((m) => (m.id === id ? { ...m, ...patch } : m)) };
}

describe('Arts. 22–25: the composition of the boards', () => {
  it('TSDoc example: an appeal judge of judicial grade 8 makes the board noncompliant', () => {
    expect(
      checkBoardComposition({
        board: {
          level: 'appeal',
          location: 'tehran',
          members: [
            { id: 'j1', kind: 'judge', selectedByHeadOfJudiciary: true, judicialGrade: 9 },
            { id: 'j2', kind: 'judge', selectedByHeadOfJudiciary: true, judicialGrade: 8 },
            { id: 'c1', kind: 'centerRepresentative' },
            { id: 'j3', kind: 'judge', alternate: true, selectedByHeadOfJudiciary: true, judicialGrade: 10 },
            { id: 'c2', kind: 'centerRepresentative', alternate: true },
          ],
        },
      }).status,
    ).toBe('noncompliant');
  });

  it('Art. 23: two judges selected by the Head of the Judiciary and one Association representative, with alternates (Art. 25)', () => {
    const d = checkBoardComposition({ board });
    expect(d.status).toBe('compliant');
    expect(d.findings.filter((f) => f.status !== 'met')).toEqual([]);
  });

  it('Art. 24: the appeal board\'s judges must be of judicial grade 9 or higher (8 is not; 9 is)', () => {
    expect(checkBoardComposition({ board: appeal }).status).toBe('compliant');
    const grade8 = checkBoardComposition({ board: withMember(appeal, 'j1', { judicialGrade: 8 }) });
    expect(grade8.status).toBe('noncompliant');
    const f = grade8.findings.find((x) => x.code === 'operations.board.judgeGrade' && x.status === 'unmet');
    expect(f?.citation).toEqual({ article: 24 });
    expect(f?.message.en).toContain('"j1"');
  });

  it('Art. 24 (our reading): the appeal board\'s alternate judge also needs grade 9', () => {
    expect(checkBoardComposition({ board: withMember(appeal, 'j3', { judicialGrade: 7 }) }).status).toBe('noncompliant');
  });

  it('Art. 23: the Association representative must be an office manager not on the board of directors', () => {
    expect(checkBoardComposition({ board: withMember(board, 'a1', { officeManager: false }) }).status).toBe('noncompliant');
    const director = checkBoardComposition({ board: withMember(board, 'a1', { onAssociationBoardOfDirectors: true }) });
    expect(director.status).toBe('noncompliant');
    expect(director.findings.find((f) => f.status === 'unmet')?.code).toBe('operations.board.repNotDirector');
    expect(checkBoardComposition({ board: withMember(board, 'a2', { onAssociationBoardOfDirectors: true }) }).status).toBe('noncompliant');
  });

  it('Arts. 23–24: a judge not selected by the Head of the Judiciary is unmet; unknown facts are listed', () => {
    expect(checkBoardComposition({ board: withMember(board, 'j2', { selectedByHeadOfJudiciary: false }) }).status).toBe('noncompliant');
    const unknown = checkBoardComposition({
      board: { level: 'appeal', members: [{ id: 'j1', kind: 'judge' }, { id: 'j2', kind: 'judge' }, { id: 'c', kind: 'centerRepresentative' }, { id: 'j3', kind: 'judge', alternate: true }, { id: 'c2', kind: 'centerRepresentative', alternate: true }] },
    });
    expect(unknown.status).toBe('incomplete');
    expect(unknown.missing).toEqual([
      'board.location',
      'board.members[0].selectedByHeadOfJudiciary',
      'board.members[0].judicialGrade',
      'board.members[1].selectedByHeadOfJudiciary',
      'board.members[1].judicialGrade',
      'board.members[3].selectedByHeadOfJudiciary',
      'board.members[3].judicialGrade',
    ]);
  });

  it('Arts. 23–24: a first-instance board has an Association representative, the appeal board a Center one', () => {
    const swapped = checkBoardComposition({ board: { ...board, members: board.members.map((m) => (m.kind === 'associationRepresentative' ? { id: m.id, kind: 'centerRepresentative' as const, ...(m.alternate ? { alternate: true } : {}) } : m)) } });
    expect(swapped.status).toBe('noncompliant');
    expect(swapped.findings.filter((f) => f.status === 'unmet').map((f) => f.code)).toEqual(['operations.board.representative', 'operations.board.alternates']);
  });

  it('Art. 23: three judges or one judge is not the composition', () => {
    const three = checkBoardComposition({ board: { ...board, members: [...board.members, { id: 'j4', kind: 'judge', selectedByHeadOfJudiciary: true }] } });
    expect(three.findings.find((f) => f.code === 'operations.board.judges')?.status).toBe('unmet');
    const one = checkBoardComposition({ board: { ...board, members: board.members.filter((m) => m.id !== 'j2') } });
    expect(one.findings.find((f) => f.code === 'operations.board.judges')?.status).toBe('unmet');
  });

  it('Art. 25: a board without its alternates is noncompliant', () => {
    const d = checkBoardComposition({ board: { ...board, members: board.members.filter((m) => m.alternate !== true) } });
    expect(d.findings.find((f) => f.code === 'operations.board.alternates')?.status).toBe('unmet');
    expect(d.findings.find((f) => f.code === 'operations.board.alternates')?.citation).toEqual({ article: 25 });
  });

  it('Art. 22: boards sit in Tehran; a first-instance board may sit in a provincial capital, the appeal board may not', () => {
    expect(checkBoardComposition({ board: { ...board, location: 'provincialCapital' } }).status).toBe('compliant');
    expect(checkBoardComposition({ board: { ...board, location: 'elsewhere' } }).status).toBe('noncompliant');
    expect(checkBoardComposition({ board: { ...appeal, location: 'provincialCapital' } }).status).toBe('noncompliant');
  });

  it('bad input is an InputError naming the field', () => {
    expect(fieldsOf(() => checkBoardComposition({ board: { ...board, members: [...board.members, { id: 'j1', kind: 'judge' }] } }))).toEqual(['board.members[5].id']);
    expect(fieldsOf(() => checkBoardComposition({ board: { ...appeal, members: [{ id: 'x', kind: 'judge', judicialGrade: 0 }] } }))).toEqual(['board.members[0].judicialGrade']);
    expect(fieldsOf(() => checkBoardComposition({ board: { ...board, level: 'supreme' as 'appeal' } }))).toEqual(['board.level']);
  });
});

describe('Art. 28: a sitting is formed with all members present', () => {
  it('TSDoc example: checkBoardSitting with an alternate for an absent judge, and with a seat empty', () => {
    expect(checkBoardSitting({ board, present: ['j1', 'j3', 'a1'] }).status).toBe('valid');
    expect(checkBoardSitting({ board, present: ['j1', 'a1'] }).status).toBe('invalid');
  });

  it('Art. 28: all three principals present is valid; the alternates hold no seat then', () => {
    const d = checkBoardSitting({ board, present: ['a1', 'j2', 'j1', 'j3'] });
    expect(d.status).toBe('valid');
    expect(d.value.seatHolders).toEqual(['j1', 'j2', 'a1']);
    expect(d.value.substitutes).toEqual([]);
  });

  it('Art. 25: the alternate sits in the place of an absent principal of the same kind only', () => {
    const d = checkBoardSitting({ board, present: ['j1', 'j3', 'a2'] });
    expect(d.status).toBe('valid');
    expect(d.value.substitutes).toEqual([
      { alternate: 'j3', for: 'j2' },
      { alternate: 'a2', for: 'a1' },
    ]);
    const noJudge = checkBoardSitting({ board, present: ['j3', 'a1', 'a2'] });
    expect(noJudge.status).toBe('invalid');
    expect(noJudge.value.unfilledSeats).toBe(1);
    expect(noJudge.value.absent).toEqual(['j2']);
    expect(noJudge.findings.find((f) => f.code === 'operations.sitting.allPresent')?.citation).toEqual({ article: 28 });
  });

  it('Art. 28: a sitting of a board whose composition is unlawful is not valid', () => {
    const d = checkBoardSitting({ board: withMember(board, 'a1', { onAssociationBoardOfDirectors: true }), present: ['j1', 'j2', 'a1'] });
    expect(d.status).toBe('invalid');
  });

  it('Art. 28 (property): adding a present member never invalidates a valid sitting; order does not matter', () => {
    const ids = board.members.map((m) => m.id);
    fc.assert(
      fc.property(fc.subarray(ids), fc.constantFrom(...ids), (present, extra) => {
        const before = checkBoardSitting({ board, present });
        const after = checkBoardSitting({ board, present: [...present, extra] });
        if (before.status === 'valid') expect(after.status).toBe('valid');
        expect(after.value.unfilledSeats).toBeLessThanOrEqual(before.value.unfilledSeats);
        expect(checkBoardSitting({ board, present: [...present].reverse() })).toEqual(before);
      }),
    );
  });

  it('a present id that is not a member is an InputError', () => {
    expect(fieldsOf(() => checkBoardSitting({ board, present: ['j1', 'zz'] }))).toEqual(['present[1]']);
  });
});

describe('Art. 28: the majority vote; Art. 26: the chair', () => {
  it('TSDoc example: tallyBoardVote adopts the choice of two of three', () => {
    expect(
      tallyBoardVote({
        board,
        present: ['j1', 'j2', 'a1'],
        votes: [
          { member: 'j1', choice: 'grade 3' },
          { member: 'j2', choice: 'grade 3' },
          { member: 'a1', choice: 'acquit' },
        ],
      }).value.adopted,
    ).toBe('grade 3');
  });

  it('Art. 28: one vote each for three choices, or one vote and two abstentions, is no majority', () => {
    const split = tallyBoardVote({
      board,
      present: ['j1', 'j2', 'a1'],
      votes: [
        { member: 'j1', choice: 'a' },
        { member: 'j2', choice: 'b' },
        { member: 'a1', choice: 'c' },
      ],
    });
    expect(split.status).toBe('notAdopted');
    expect(split.value.adopted).toBeNull();
    const abstain = tallyBoardVote({ board, present: ['j1', 'j2', 'a1'], votes: [{ member: 'j1', choice: 'a' }] });
    expect(abstain.status).toBe('notAdopted');
    expect(abstain.value.needed).toBe(2);
  });

  it('Art. 28: a majority at a sitting with a seat empty is not a valid ruling', () => {
    const d = tallyBoardVote({
      board,
      present: ['j1', 'j2'],
      votes: [
        { member: 'j1', choice: 'a' },
        { member: 'j2', choice: 'a' },
      ],
    });
    expect(d.status).toBe('notAdopted');
  });

  it('Art. 28: an alternate beside every principal holds no seat, so their vote is not counted', () => {
    const d = tallyBoardVote({
      board,
      present: ['j1', 'j2', 'a1', 'j3'],
      votes: [
        { member: 'j1', choice: 'a' },
        { member: 'j3', choice: 'a' },
        { member: 'j2', choice: 'b' },
        { member: 'a1', choice: 'c' },
      ],
    });
    expect(d.status).toBe('notAdopted');
    expect(d.findings.find((f) => f.code === 'operations.vote.notCounted')?.message.en).toContain('"j3"');
  });

  it('Art. 28 (property): the outcome does not depend on the order of the votes', () => {
    const voters = ['j1', 'j2', 'a1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 3, maxLength: 3 }), fc.subarray(voters), (choices, who) => {
        const votes = who.map((member) => ({ member, choice: choices[voters.indexOf(member)] as string }));
        const a = tallyBoardVote({ board, present: voters, votes });
        const b = tallyBoardVote({ board, present: voters, votes: [...votes].reverse() });
        expect(b).toEqual(a);
        const counts = new Map<string, number>();
        for (const v of votes) counts.set(v.choice, (counts.get(v.choice) ?? 0) + 1);
        expect(a.status === 'adopted').toBe([...counts.values()].some((n) => n >= 2));
      }),
    );
  });

  it('two votes of one member, or a voter who is not a member, are InputErrors', () => {
    expect(fieldsOf(() => tallyBoardVote({ board, present: ['j1', 'j2', 'a1'], votes: [{ member: 'j1', choice: 'a' }, { member: 'j1', choice: 'b' }] }))).toEqual(['votes[1].member']);
    expect(fieldsOf(() => tallyBoardVote({ board, present: ['j1', 'j2', 'a1'], votes: [{ member: 'x', choice: 'a' }] }))).toEqual(['votes[0].member']);
  });

  it('TSDoc example: electBoardChair elects j2 by two votes of three', () => {
    expect(
      electBoardChair({
        board,
        present: ['j1', 'j2', 'a1'],
        votes: [
          { member: 'j1', candidate: 'j2' },
          { member: 'j2', candidate: 'j2' },
          { member: 'a1', candidate: 'j1' },
        ],
      }).value.chair,
    ).toBe('j2');
  });

  it('Art. 26: the chair is elected from among the judges; votes for the representative are void', () => {
    const d = electBoardChair({
      board,
      present: ['j1', 'j2', 'a1'],
      votes: [
        { member: 'j1', candidate: 'a1' },
        { member: 'j2', candidate: 'a1' },
        { member: 'a1', candidate: 'j1' },
      ],
    });
    expect(d.status).toBe('notElected');
    expect(d.value.chair).toBeNull();
    expect(d.findings.find((f) => f.code === 'operations.chair.notJudge')?.citation).toEqual({ article: 26 });
  });

  it('Art. 26: a judge with one vote of three is not elected; a candidate who is not a member is an InputError', () => {
    const d = electBoardChair({ board, present: ['j1', 'j2', 'a1'], votes: [{ member: 'a1', candidate: 'j1' }] });
    expect(d.status).toBe('notElected');
    expect(fieldsOf(() => electBoardChair({ board, present: ['j1', 'j2', 'a1'], votes: [{ member: 'a1', candidate: 'nobody' }] }))).toEqual(['votes[0].candidate']);
  });
});

describe('Art. 27: rulings are reasoned and cite the rules they apply', () => {
  it('TSDoc example: checkBoardRuling with reasons and Art. 38(ذ) is compliant', () => {
    expect(
      checkBoardRuling({
        reasons: 'The manager took 300,000 rials above the tariff, as the receipt shows.',
        citedRules: [{ article: 38, clause: 'ذ' }],
      }).status,
    ).toBe('compliant');
  });

  it('Art. 27: blank reasons or no rule cited is noncompliant; not given is incomplete', () => {
    expect(checkBoardRuling({ reasons: '   ', citedRules: ['Civil Procedure Code, Art. 445'] }).status).toBe('noncompliant');
    expect(checkBoardRuling({ reasons: 'because', citedRules: [] }).status).toBe('noncompliant');
    const d = checkBoardRuling({});
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['reasons', 'citedRules']);
    expect(d.findings.every((f) => f.citation.article === 27)).toBe(true);
  });

  it('a cited article outside 1–54 is an InputError', () => {
    expect(fieldsOf(() => checkBoardRuling({ reasons: 'r', citedRules: [{ article: 55 }] }))).toEqual(['citedRules[0].article']);
  });

  it('does not mutate its inputs', () => {
    const input = { board: structuredClone(board), present: ['j1', 'j3', 'a1'] };
    const copy = structuredClone(input);
    checkBoardSitting(input);
    checkBoardComposition({ board: input.board });
    expect(input).toEqual(copy);
  });
});
