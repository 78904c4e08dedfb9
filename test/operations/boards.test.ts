import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import { checkBoardComposition, checkBoardRuling, checkBoardSitting, electBoardChair, tallyBoardVote, type BoardInput } from '../../src/operations/index.js';
import { type Finding } from '../../src/core/decision.js';

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

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
describe('Arts. 22–28: the boards, pinned (their own fixtures)', () => {

  // Tests written to kill Stryker's survivors in src/operations/boards.ts: they pin each
  // finding's code, status, citation and missing facts, the messages in both languages, the
  // decision's kind, value and summary, and the codes of the input errors.
  function issuesOf(fn: () => unknown): { field: string; code: string }[] {
    try {
      fn();
    } catch (e) {
      if (isInputError(e)) return e.issues.map((i) => ({ field: i.field, code: i.code }));
      throw e;
    }
    throw new Error('no error');
  }

  /** code, status, citation and missing facts of a finding. */
  function brief(f: Finding): unknown[] {
    return [f.code, f.status, f.citation, f.missing ?? []];
  }

  type Member = BoardInput['members'][number];

  const J1: Member = { id: 'j1', kind: 'judge', selectedByHeadOfJudiciary: true };
  const J2: Member = { id: 'j2', kind: 'judge', selectedByHeadOfJudiciary: true };
  const J3: Member = { id: 'j3', kind: 'judge', alternate: true, selectedByHeadOfJudiciary: true };
  const J5: Member = { id: 'j5', kind: 'judge', alternate: true, selectedByHeadOfJudiciary: true };
  const A1: Member = { id: 'a1', kind: 'associationRepresentative', officeManager: true, onAssociationBoardOfDirectors: false };
  const A2: Member = { id: 'a2', kind: 'associationRepresentative', alternate: true, officeManager: true, onAssociationBoardOfDirectors: false };

  /** The first-instance board of the TSDoc examples (Arts. 23, 25). */
  const board: BoardInput = { level: 'firstInstance', location: 'tehran', members: [J1, J2, A1, J3, A2] };

  /** An appeal board (Art. 24), members listed out of id order. */
  const appeal: BoardInput = {
    level: 'appeal',
    location: 'tehran',
    members: [
      { id: 'j2', kind: 'judge', selectedByHeadOfJudiciary: true, judicialGrade: 11 },
      { id: 'j1', kind: 'judge', selectedByHeadOfJudiciary: true, judicialGrade: 9 },
      { id: 'c1', kind: 'centerRepresentative' },
      { id: 'j3', kind: 'judge', alternate: true, selectedByHeadOfJudiciary: true, judicialGrade: 10 },
      { id: 'c2', kind: 'centerRepresentative', alternate: true },
    ],
  };

  const find = (d: { findings: readonly Finding[] }, code: string): Finding[] => d.findings.filter((f) => f.code === code);

  describe('Arts. 22–25: every finding of a board\'s composition', () => {
    it('Arts. 22, 23, 25: a lawful first-instance board: each condition met, seats checked in id order', () => {
      const d = checkBoardComposition({ board });
      expect(d.kind).toBe('operations.boardComposition');
      expect(d.status).toBe('compliant');
      expect(d.value).toEqual({ level: 'firstInstance' });
      expect(d.missing).toEqual([]);
      expect(d.findings.map(brief)).toEqual([
        ['operations.board.location', 'met', { article: 22 }, []],
        ['operations.board.judges', 'met', { article: 23 }, []],
        ['operations.board.representative', 'met', { article: 23 }, []],
        ['operations.board.alternates', 'met', { article: 25 }, []],
        ['operations.board.repOfficeManager', 'met', { article: 23 }, []],
        ['operations.board.repNotDirector', 'met', { article: 23 }, []],
        ['operations.board.repOfficeManager', 'met', { article: 23 }, []],
        ['operations.board.repNotDirector', 'met', { article: 23 }, []],
        ['operations.board.judgeSelected', 'met', { article: 23 }, []],
        ['operations.board.judgeSelected', 'met', { article: 23 }, []],
        ['operations.board.judgeSelected', 'met', { article: 23 }, []],
      ]);
      expect(d.findings.every((f) => !('missing' in f))).toBe(true);
      expect(d.findings.map((f) => f.message.en)).toEqual([
        'The first-instance board sits in Tehran; a first-instance board sits in Tehran or, where needed, in a provincial capital.',
        'The first-instance board has 2 principal judges; 2 are required.',
        'The first-instance board has 1 principal Association representative; 1 required.',
        'Alternates of the first-instance board: 1 judge and 1 Association representative; one alternate judge and one alternate Association representative are required.',
        'Association representative "a1" is an office manager.',
        'Association representative "a1" is not on the Association\'s board of directors.',
        'Alternate Association representative "a2" is an office manager.',
        'Alternate Association representative "a2" is not on the Association\'s board of directors.',
        'Judge "j1" was selected by the Head of the Judiciary.',
        'Judge "j2" was selected by the Head of the Judiciary.',
        'Alternate judge "j3" was selected by the Head of the Judiciary.',
      ]);
      expect(d.findings[0]?.message.fa).toBe('هیات بدوی در تهران مستقر است؛ هیات بدوی در تهران یا، در صورت نیاز، در مراکز استان‌ها تشکیل می‌شود.');
      expect(d.findings[1]?.message.fa).toBe('هیات بدوی ۲ قاضی اصلی دارد؛ ۲ قاضی لازم است.');
      expect(d.findings[10]?.message.fa).toBe('قاضی علی‌البدل «j3» را رئیس قوه قضاییه انتخاب کرده است.');
      expect(d.summary).toEqual({ en: "The first-instance board's composition meets the rules.", fa: 'ترکیب هیات بدوی مطابق مقررات است.' });
    });

    it('Arts. 24, 25: a lawful appeal board: Art. 24 cited for the judges and the Center representative; grades shown', () => {
      const d = checkBoardComposition({ board: appeal });
      expect(d.status).toBe('compliant');
      expect(d.value).toEqual({ level: 'appeal' });
      expect(d.findings.map(brief)).toEqual([
        ['operations.board.location', 'met', { article: 22 }, []],
        ['operations.board.judges', 'met', { article: 24 }, []],
        ['operations.board.representative', 'met', { article: 24 }, []],
        ['operations.board.alternates', 'met', { article: 25 }, []],
        ['operations.board.judgeSelected', 'met', { article: 24 }, []],
        ['operations.board.judgeGrade', 'met', { article: 24 }, []],
        ['operations.board.judgeSelected', 'met', { article: 24 }, []],
        ['operations.board.judgeGrade', 'met', { article: 24 }, []],
        ['operations.board.judgeSelected', 'met', { article: 24 }, []],
        ['operations.board.judgeGrade', 'met', { article: 24 }, []],
      ]);
      expect(find(d, 'operations.board.judgeGrade').map((f) => f.message.en)).toEqual([
        'Judicial grade of judge "j1": 9; the appeal board\'s judges must be of grade 9 or higher.',
        'Judicial grade of judge "j2": 11; the appeal board\'s judges must be of grade 9 or higher.',
        'Judicial grade of alternate judge "j3": 10; the appeal board\'s judges must be of grade 9 or higher.',
      ]);
      expect(find(d, 'operations.board.representative')[0]?.message.en).toBe('The appeal board has 1 principal Center representative; 1 required.');
      expect(d.findings[0]?.message.en).toBe('The appeal board sits in Tehran; the appeal board sits in Tehran.');
      expect(d.summary.en).toBe("The appeal board's composition meets the rules.");
    });

    it('Arts. 22–24: facts not given are unknown, each listed by its path', () => {
      const d = checkBoardComposition({
        board: {
          level: 'firstInstance',
          members: [{ id: 'j1', kind: 'judge' }, J2, { id: 'a1', kind: 'associationRepresentative' }, J3, A2],
        },
      });
      expect(d.status).toBe('incomplete');
      expect(d.findings.map(brief)).toEqual([
        ['operations.board.location', 'unknown', { article: 22 }, ['board.location']],
        ['operations.board.judges', 'met', { article: 23 }, []],
        ['operations.board.representative', 'met', { article: 23 }, []],
        ['operations.board.alternates', 'met', { article: 25 }, []],
        ['operations.board.repOfficeManager', 'unknown', { article: 23 }, ['board.members[2].officeManager']],
        ['operations.board.repNotDirector', 'unknown', { article: 23 }, ['board.members[2].onAssociationBoardOfDirectors']],
        ['operations.board.repOfficeManager', 'met', { article: 23 }, []],
        ['operations.board.repNotDirector', 'met', { article: 23 }, []],
        ['operations.board.judgeSelected', 'unknown', { article: 23 }, ['board.members[0].selectedByHeadOfJudiciary']],
        ['operations.board.judgeSelected', 'met', { article: 23 }, []],
        ['operations.board.judgeSelected', 'met', { article: 23 }, []],
      ]);
      expect(d.findings[0]?.message).toEqual({ en: 'Where the first-instance board sits is unknown.', fa: 'محل استقرار هیات بدوی معلوم نیست.' });
      expect(d.summary).toEqual({ en: "The first-instance board's composition is not known in full.", fa: 'ترکیب هیات بدوی به طور کامل معلوم نیست.' });

      const grade = checkBoardComposition({ board: { ...appeal, members: appeal.members.map((m) => (m.id === 'j1' ? { id: 'j1', kind: 'judge' as const, selectedByHeadOfJudiciary: true } : m)) } });
      const g = find(grade, 'operations.board.judgeGrade')[0];
      expect(g && brief(g)).toEqual(['operations.board.judgeGrade', 'unknown', { article: 24 }, ['board.members[1].judicialGrade']]);
      expect(g?.message.en).toBe('Judicial grade of judge "j1": unknown; the appeal board\'s judges must be of grade 9 or higher.');
      expect(g?.message.fa).toBe('پایه قضایی قاضی «j1»: نامعلوم؛ قضات هیات تجدیدنظر باید حداقل پایه ۹ باشند.');
    });

    it('Art. 22: a board sitting elsewhere is unmet, the place named in both languages', () => {
      const d = checkBoardComposition({ board: { ...board, location: 'elsewhere' } });
      expect(d.findings[0] && brief(d.findings[0])).toEqual(['operations.board.location', 'unmet', { article: 22 }, []]);
      expect(d.findings[0]?.message.en).toBe(
        'The first-instance board sits in a city other than Tehran or a provincial capital; a first-instance board sits in Tehran or, where needed, in a provincial capital.',
      );
      expect(d.summary.en).toBe("The first-instance board's composition does not meet the rules.");
    });

    it('Art. 23: a principal member of another kind has no seat on a first-instance board; no Association conditions apply to it', () => {
      const d = checkBoardComposition({ board: { ...board, members: [...board.members, { id: 'c9', kind: 'centerRepresentative' }] } });
      const rep = find(d, 'operations.board.representative')[0];
      expect(rep?.status).toBe('unmet');
      expect(rep?.message.en).toBe(
        'The first-instance board has 1 principal Association representative; 1 required; 1 principal member of another kind has no seat on this board.',
      );
      expect(find(d, 'operations.board.repOfficeManager')).toHaveLength(2);
      expect(d.findings.filter((f) => f.message.en.includes('"c9"'))).toEqual([]);
    });

    it('Art. 24: an Association representative on the appeal board is not checked as one (Art. 23 applies to first-instance boards)', () => {
      const d = checkBoardComposition({ board: { ...appeal, members: [...appeal.members, { id: 'a9', kind: 'associationRepresentative' }] } });
      expect(find(d, 'operations.board.repOfficeManager')).toEqual([]);
      expect(find(d, 'operations.board.repNotDirector')).toEqual([]);
      expect(d.missing).toEqual([]);
      expect(find(d, 'operations.board.representative')[0]?.status).toBe('unmet');
    });

    it('Art. 23: two Association representatives, with none of another kind, is not the composition', () => {
      const d = checkBoardComposition({ board: { ...board, members: [...board.members, { ...A1, id: 'a3' }] } });
      const rep = find(d, 'operations.board.representative')[0];
      expect(rep?.status).toBe('unmet');
      expect(rep?.message.en).toBe('The first-instance board has 2 principal Association representatives; 1 required.');
      expect(rep?.message.fa).toBe('هیات بدوی ۲ نماینده کانون اصلی دارد؛ ۱ لازم است.');
    });

    it('Art. 25: one alternate judge and one alternate representative: each missing, doubled or of another kind is unmet', () => {
      const alt = (members: Member[]): Finding | undefined =>
        find(checkBoardComposition({ board: { ...board, members: [J1, J2, A1, ...members] } }), 'operations.board.alternates')[0];
      const twoJudges = alt([J3, J5]);
      expect(twoJudges?.status).toBe('unmet');
      expect(twoJudges?.message.en).toBe(
        'Alternates of the first-instance board: 2 judges and 0 Association representatives; one alternate judge and one alternate Association representative are required.',
      );
      expect(alt([A2])?.status).toBe('unmet');
      expect(alt([A2])?.message.en).toContain(': 0 judges and 1 Association representative;');
      expect(alt([J3])?.status).toBe('unmet');
      const wrong = alt([J3, A2, { id: 'c3', kind: 'centerRepresentative', alternate: true }]);
      expect(wrong?.status).toBe('unmet');
      expect(wrong?.message.en).toBe(
        'Alternates of the first-instance board: 1 judge and 1 Association representative; one alternate judge and one alternate Association representative are required; 1 alternate of another kind.',
      );
      expect(wrong?.message.fa).toBe('اعضای علی‌البدل هیات بدوی: ۱ قاضی و ۱ نماینده کانون؛ یک قاضی و یک نماینده کانون علی‌البدل لازم است؛ ۱ عضو علی‌البدل از نوع دیگر.');
    });
  });

  describe('Arts. 25, 28: who holds the seats of a sitting — pinned', () => {
    const reversed: BoardInput = { ...board, members: [A2, J3, A1, J2, J1] };

    it('Art. 28: seat holders are the judges (by id), then the representative, whatever the input order', () => {
      const d = checkBoardSitting({ board: reversed, present: ['a1', 'j2', 'j1'] });
      expect(d.kind).toBe('operations.boardSitting');
      expect(d.status).toBe('valid');
      expect(d.value).toEqual({ seatHolders: ['j1', 'j2', 'a1'], substitutes: [], absent: [], unfilledSeats: 0, seats: 3 });
      const all = find(d, 'operations.sitting.allPresent')[0];
      expect(all && brief(all)).toEqual(['operations.sitting.allPresent', 'met', { article: 28 }, []]);
      expect(all?.message).toEqual({ en: 'Every member of the board is present; the sitting is formed.', fa: 'همه اعضای هیات حاضرند؛ جلسه تشکیل شده است.' });
      expect(d.summary).toEqual({ en: 'The sitting is valid.', fa: 'جلسه هیات معتبر است.' });
    });

    it('Art. 25: two alternate judges sit for the two absent judges, in id order; each substitution is noted', () => {
      const d = checkBoardSitting({ board: { ...board, members: [J5, A1, J3, J2, J1] }, present: ['j5', 'a1', 'j3'] });
      expect(d.value.seatHolders).toEqual(['j3', 'j5', 'a1']);
      expect(d.value.substitutes).toEqual([
        { alternate: 'j3', for: 'j1' },
        { alternate: 'j5', for: 'j2' },
      ]);
      expect(d.value.absent).toEqual([]);
      const subs = find(d, 'operations.sitting.substitute');
      expect(subs.map(brief)).toEqual([
        ['operations.sitting.substitute', 'info', { article: 25 }, []],
        ['operations.sitting.substitute', 'info', { article: 25 }, []],
      ]);
      expect(subs.map((f) => f.message.en)).toEqual(['Alternate "j3" sits in place of "j1".', 'Alternate "j5" sits in place of "j2".']);
      expect(subs[0]?.message.fa).toBe('عضو علی‌البدل «j3» به جای «j1» حضور دارد.');
    });

    it('Art. 28: a third principal judge present holds no seat; an alternate fills a seat no principal was named for', () => {
      const three = checkBoardSitting({ board: { ...board, members: [...board.members, { ...J1, id: 'j4' }] }, present: ['j4', 'j2', 'j1', 'a1'] });
      expect(three.value.seatHolders).toEqual(['j1', 'j2', 'a1']);
      expect(three.value.unfilledSeats).toBe(0);
      const one = checkBoardSitting({ board: { ...board, members: [J1, A1, J3, A2] }, present: ['j1', 'j3', 'a1'] });
      expect(one.value).toEqual({ seatHolders: ['j1', 'j3', 'a1'], substitutes: [], absent: [], unfilledSeats: 0, seats: 3 });
      expect(one.status).toBe('invalid');
    });

    it('Art. 28: an empty seat makes the sitting invalid; the summary counts it', () => {
      const d = checkBoardSitting({ board, present: ['j1', 'a1'] });
      expect(d.value).toEqual({ seatHolders: ['j1', 'a1'], substitutes: [], absent: ['j2'], unfilledSeats: 1, seats: 3 });
      expect(find(d, 'operations.sitting.allPresent')[0]?.message.en).toBe('1 seat of the board is empty (absent: j2); a sitting is formed only with all members present.');
      expect(d.summary).toEqual({ en: 'The sitting is not valid (1 seat empty).', fa: 'جلسه هیات معتبر نیست.' });
    });

    it('Arts. 22, 28: a full sitting of a board whose composition is not known in full is incomplete, not invalid', () => {
      const { location: _, ...noLocation } = board;
      const d = checkBoardSitting({ board: noLocation, present: ['j1', 'j2', 'a1'] });
      expect(d.status).toBe('incomplete');
      expect(d.missing).toEqual(['board.location']);
      expect(d.summary).toEqual({ en: 'Whether the sitting is valid is not known.', fa: 'اعتبار جلسه هیات معلوم نیست.' });
    });
  });

  describe('Art. 28: the vote, every finding — pinned', () => {
    it('Art. 28: votes of members holding no seat are noted in id order; the tally counts the seat holders only', () => {
      const d = tallyBoardVote({
        board,
        present: ['j1', 'j2', 'a1', 'j3', 'a2'],
        votes: [
          { member: 'j3', choice: 'b' },
          { member: 'j2', choice: 'a' },
          { member: 'a2', choice: 'b' },
          { member: 'a1', choice: 'b' },
          { member: 'j1', choice: 'a' },
        ],
      });
      expect(d.kind).toBe('operations.boardVote');
      expect(d.status).toBe('adopted');
      expect(d.value.adopted).toBe('a');
      expect(d.value.tally).toEqual([
        { choice: 'a', votes: 2 },
        { choice: 'b', votes: 1 },
      ]);
      expect(d.value.needed).toBe(2);
      const notCounted = find(d, 'operations.vote.notCounted');
      expect(notCounted.map(brief)).toEqual([
        ['operations.vote.notCounted', 'info', { article: 28 }, []],
        ['operations.vote.notCounted', 'info', { article: 28 }, []],
      ]);
      expect(notCounted.map((f) => f.message.en)).toEqual([
        'The vote of "a2" was not counted: they hold no seat at this sitting.',
        'The vote of "j3" was not counted: they hold no seat at this sitting.',
      ]);
      const majority = d.findings[d.findings.length - 1];
      expect(majority && brief(majority)).toEqual(['operations.vote.majority', 'met', { article: 28 }, []]);
      expect(majority?.message).toEqual({ en: '"a" carries with 2 votes (majority: 2).', fa: '«a» با ۲ رأی (اکثریت: ۲) رأی هیات است.' });
      expect(d.summary).toEqual({ en: 'The majority\'s ruling: "a".', fa: 'رأی اکثریت: «a».' });
      expect(d.findings.map((f) => f.code).slice(0, 1)).toEqual(['operations.board.location']);
      expect(d.findings.every((f) => typeof f.code === 'string')).toBe(true);
    });

    it('Art. 28: no majority is unmet; with no vote at all the majority needed is still 2', () => {
      const d = tallyBoardVote({ board, present: ['j1', 'j2', 'a1'], votes: [] });
      expect(d.status).toBe('notAdopted');
      expect(d.value.tally).toEqual([]);
      const majority = d.findings[d.findings.length - 1];
      expect(majority && brief(majority)).toEqual(['operations.vote.majority', 'unmet', { article: 28 }, []]);
      expect(majority?.message).toEqual({ en: 'No choice won a majority (2 votes).', fa: 'هیچ نظری اکثریت (۲ رأی) را به دست نیاورد.' });
      expect(d.summary).toEqual({ en: 'No ruling was adopted.', fa: 'رأیی به تصویب نرسید.' });
    });

    it('Arts. 22, 28: a majority at a sitting whose composition is not known in full is incomplete, and nothing is adopted yet', () => {
      const { location: _, ...noLocation } = board;
      const d = tallyBoardVote({
        board: noLocation,
        present: ['j1', 'j2', 'a1'],
        votes: [
          { member: 'j1', choice: 'a' },
          { member: 'a1', choice: 'a' },
        ],
      });
      expect(d.status).toBe('incomplete');
      expect(d.value.adopted).toBeNull();
      expect(d.summary).toEqual({ en: 'Whether the vote is valid is not known.', fa: 'اعتبار رأی معلوم نیست.' });
    });

    it('input errors carry their codes: unknown present member, unknown voter, second vote', () => {
      expect(issuesOf(() => checkBoardSitting({ board, present: ['zz'] }))).toEqual([{ field: 'present[0]', code: 'unknown_member' }]);
      expect(issuesOf(() => tallyBoardVote({ board, present: ['j1', 'zz'], votes: [] }))).toEqual([{ field: 'present[1]', code: 'unknown_member' }]);
      expect(issuesOf(() => electBoardChair({ board, present: ['zz'], votes: [] }))).toEqual([{ field: 'present[0]', code: 'unknown_member' }]);
      expect(issuesOf(() => tallyBoardVote({ board, present: [], votes: [{ member: 'x', choice: 'a' }] }))).toEqual([{ field: 'votes[0].member', code: 'unknown_member' }]);
      expect(
        issuesOf(() =>
          tallyBoardVote({
            board,
            present: [],
            votes: [
              { member: 'j1', choice: 'a' },
              { member: 'j1', choice: 'a' },
            ],
          }),
        ),
      ).toEqual([{ field: 'votes[1].member', code: 'duplicate_vote' }]);
      expect(issuesOf(() => electBoardChair({ board, present: [], votes: [{ member: 'j1', candidate: 'x' }] }))).toEqual([
        { field: 'votes[0].candidate', code: 'unknown_member' },
      ]);
    });
  });

  describe('Art. 26: the chair, every finding — pinned', () => {
    it('Art. 26: votes for members who are not judges holding a seat are void, noted in id order', () => {
      const d = electBoardChair({
        board,
        present: ['j1', 'j2', 'a1', 'a2'],
        votes: [
          { member: 'a1', candidate: 'a2' },
          { member: 'j2', candidate: 'a1' },
          { member: 'j1', candidate: 'j2' },
        ],
      });
      expect(d.kind).toBe('operations.boardChair');
      expect(d.status).toBe('notElected');
      expect(d.value.tally).toEqual([{ choice: 'j2', votes: 1 }]);
      expect(d.findings[0]?.code).toBe('operations.board.location');
      const voids = find(d, 'operations.chair.notJudge');
      expect(voids.map(brief)).toEqual([
        ['operations.chair.notJudge', 'info', { article: 26 }, []],
        ['operations.chair.notJudge', 'info', { article: 26 }, []],
      ]);
      expect(voids.map((f) => f.message.en)).toEqual([
        'Votes for "a1" are void: the chair is elected from among the judge members.',
        'Votes for "a2" are void: the chair is elected from among the judge members.',
      ]);
      expect(find(d, 'operations.vote.notCounted')).toEqual([]);
      const majority = d.findings[d.findings.length - 1];
      expect(majority && brief(majority)).toEqual(['operations.chair.majority', 'unmet', { article: 26 }, []]);
      expect(majority?.message).toEqual({ en: "No judge won a majority of the members' votes (2).", fa: 'هیچ قاضی اکثریت آرای اعضا (۲ رأی) را به دست نیاورد.' });
      expect(d.summary).toEqual({ en: 'No chair was elected.', fa: 'رئیس هیات انتخاب نشد.' });
    });

    it('Art. 26: two votes of three elect the judge; the findings say so in both languages', () => {
      const d = electBoardChair({
        board,
        present: ['j1', 'j2', 'a1'],
        votes: [
          { member: 'a1', candidate: 'j1' },
          { member: 'j1', candidate: 'j1' },
        ],
      });
      expect(d.status).toBe('elected');
      expect(d.value.chair).toBe('j1');
      expect(d.value.needed).toBe(2);
      const majority = d.findings[d.findings.length - 1];
      expect(majority && brief(majority)).toEqual(['operations.chair.majority', 'met', { article: 26 }, []]);
      expect(majority?.message).toEqual({ en: '"j1" is elected chair with 2 votes (majority: 2).', fa: '«j1» با ۲ رأی (اکثریت: ۲) رئیس هیات است.' });
      expect(d.summary).toEqual({ en: 'Chair of the board: "j1".', fa: 'رئیس هیات: «j1».' });
      expect(d.findings.every((f) => typeof f.code === 'string')).toBe(true);
    });

    it('Art. 26: no vote at all elects nobody', () => {
      const d = electBoardChair({ board, present: ['j1', 'j2', 'a1'], votes: [] });
      expect(d.status).toBe('notElected');
      expect(d.value.tally).toEqual([]);
      expect(d.findings[d.findings.length - 1]?.status).toBe('unmet');
    });

    it('Arts. 26, 28: two votes at a sitting with the representative\'s seat empty elect nobody', () => {
      const d = electBoardChair({
        board,
        present: ['j1', 'j2'],
        votes: [
          { member: 'j1', candidate: 'j1' },
          { member: 'j2', candidate: 'j1' },
        ],
      });
      expect(d.status).toBe('notElected');
      expect(d.value.chair).toBeNull();
    });

    it('Arts. 22, 26: a majority at a sitting whose composition is not known in full is incomplete; no chair yet', () => {
      const { location: _, ...noLocation } = board;
      const d = electBoardChair({
        board: noLocation,
        present: ['j1', 'j2', 'a1'],
        votes: [
          { member: 'j1', candidate: 'j1' },
          { member: 'j2', candidate: 'j1' },
        ],
      });
      expect(d.status).toBe('incomplete');
      expect(d.value.chair).toBeNull();
      expect(d.summary).toEqual({ en: 'Whether the election is valid is not known.', fa: 'اعتبار انتخاب رئیس هیات معلوم نیست.' });
    });
  });

  describe('Art. 27: the ruling, every finding — pinned', () => {
    it('Art. 27: a reasoned ruling citing two rules is compliant; its citations come back compact', () => {
      const d = checkBoardRuling({
        reasons: 'The office took more than the tariff.',
        citedRules: [{ article: 38, clause: 'ذ', note: undefined }, 'Civil Procedure Code, Art. 445'],
      });
      expect(d.kind).toBe('operations.boardRuling');
      expect(d.status).toBe('compliant');
      expect(d.missing).toEqual([]);
      expect(d.value).toStrictEqual({ reasoned: true, citedRules: [{ article: 38, clause: 'ذ' }, 'Civil Procedure Code, Art. 445'] });
      expect(Object.keys(d.value.citedRules?.[0] as object)).toEqual(['article', 'clause']);
      expect(d.findings.map(brief)).toEqual([
        ['operations.ruling.reasoned', 'met', { article: 27 }, []],
        ['operations.ruling.cited', 'met', { article: 27 }, []],
      ]);
      expect(d.findings.map((f) => f.message)).toEqual([
        { en: 'The ruling gives reasons.', fa: 'رأی مستدل است.' },
        { en: 'The ruling cites 2 rules.', fa: 'رأی به ۲ مقرره قانونی استناد کرده است.' },
      ]);
      expect(d.summary).toEqual({ en: 'The ruling is reasoned and cites its rules.', fa: 'رأی مستدل و مستند است.' });
    });

    it('Art. 27: blank reasons and no rule cited are unmet', () => {
      const d = checkBoardRuling({ reasons: ' \n ', citedRules: [] });
      expect(d.status).toBe('noncompliant');
      expect(d.value).toEqual({ reasoned: false, citedRules: [] });
      expect(d.findings.map(brief)).toEqual([
        ['operations.ruling.reasoned', 'unmet', { article: 27 }, []],
        ['operations.ruling.cited', 'unmet', { article: 27 }, []],
      ]);
      expect(d.findings.map((f) => f.message.en)).toEqual([
        "The ruling gives no reasons; the boards' rulings must be reasoned.",
        "The ruling cites no rule; the boards' rulings must rest on the rules they apply.",
      ]);
      expect(d.summary.en).toBe('The ruling is not reasoned or cites no rule.');
    });

    it('Art. 27: reasons and rules not given are unknown', () => {
      const d = checkBoardRuling({});
      expect(d.value).toEqual({ reasoned: null, citedRules: null });
      expect(d.findings.map(brief)).toEqual([
        ['operations.ruling.reasoned', 'unknown', { article: 27 }, ['reasons']],
        ['operations.ruling.cited', 'unknown', { article: 27 }, ['citedRules']],
      ]);
      expect(d.findings.map((f) => f.message.en)).toEqual(["The ruling's reasons were not given.", 'The rules the ruling applies were not given.']);
      expect(d.summary).toEqual({ en: "The ruling's form is not known in full.", fa: 'شکل رأی به طور کامل معلوم نیست.' });
    });
  });
});
