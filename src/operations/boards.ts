/**
 * The disciplinary boards (Arts. 22–28): composition, sitting, vote, chair, ruling.
 */
import * as z from 'zod/mini';
import { art, compactCitation, type Citation } from '../core/citation.js';
import type { Decision, Finding } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { PARAMETERS } from '../params.js';
import { complianceOf, compareIds, type ComplianceStatus } from './shared.js';
import { finding, message } from './render.js';
import { type Board, type BoardChairElectionInput, BoardChairElectionInputSchema, type BoardCompositionInput, BoardCompositionInputSchema, type BoardLevel, type BoardMemberKind, BoardMemberSchema, type BoardRulingInput, BoardRulingInputSchema, type BoardSittingInput, BoardSittingInputSchema, type BoardVoteInput, BoardVoteInputSchema } from './schemas.js';

/** A condition's state for its message: met (`yes`), unmet (`no`) or unknown. */
const tri = (v: boolean | undefined): 'yes' | 'no' | 'unknown' => (v === undefined ? 'unknown' : v ? 'yes' : 'no');

type Member = z.output<typeof BoardMemberSchema>;

// ---------------------------------------------------------------------------
// Composition (Arts. 22–25)

/** The representative's kind each level needs. */
function representativeKind(level: BoardLevel): BoardMemberKind {
  return level === 'firstInstance' ? 'associationRepresentative' : 'centerRepresentative';
}

function levelArticle(level: BoardLevel): number {
  return level === 'firstInstance' ? 23 : 24;
}

function byId(a: Member, b: Member): number {
  return compareIds(a.id, b.id);
}

/** The findings of a board's composition; `root` prefixes the missing facts' paths. */
function compositionFindings(board: Board, root: string): Finding[] {
  const findings: Finding[] = [];
  const { level } = board;
  const levelArt = levelArticle(level);
  const repKind = representativeKind(level);
  const indexed = board.members.map((m, i) => ({ m, i }));
  const principals = board.members.filter((m) => m.alternate !== true);
  const alternates = board.members.filter((m) => m.alternate === true);

  // ماده ۲۲- هیاتهای بدوی و تجدید نظر در تهران مستقر است. مرکز در صورت نیاز میتواند در مراکز
  // استانها هیات بدوی را تشکیل دهد.
  if (board.location === undefined) {
    findings.push(finding({ code: 'operations.board.location', status: 'unknown', citation: art(22), params: { level, location: null }, missing: [`${root}location`] }));
  } else {
    const ok = board.location === 'tehran' || (level === 'firstInstance' && board.location === 'provincialCapital');
    findings.push(finding({ code: 'operations.board.location', status: ok ? 'met' : 'unmet', citation: art(22), params: { level, location: board.location } }));
  }

  // ماده ۲۳- هیأت بدوی مرکب است از دو قاضی با انتخاب رئیس قوه قضاییه و یک نماینده کانون که مطابق
  // اساسنامه از میان مدیران دفتر غیر از اعضای هیأت مدیره انتخاب میشود.
  // ماده ۲۴- هیات تجدیدنظر مرکب از دو قاضی با انتخاب رئیس قوه قضاییه و یک نماینده مرکز است. قضات
  // تجدیدنظر هیأت مذکور باید حداقل دارای پایه ۹ قضایی باشند.
  const judgesRequired = PARAMETERS.boardJudges.value;
  const repsRequired = PARAMETERS.boardRepresentatives.value;
  const judges = principals.filter((m) => m.kind === 'judge').length;
  findings.push(
    finding({
      code: 'operations.board.judges',
      status: judges === judgesRequired ? 'met' : 'unmet',
      citation: art(levelArt),
      params: { level, count: judges, required: judgesRequired },
    }),
  );
  const reps = principals.filter((m) => m.kind === repKind).length;
  const wrongReps = principals.filter((m) => m.kind !== 'judge' && m.kind !== repKind).length;
  findings.push(
    finding({
      code: 'operations.board.representative',
      status: reps === repsRequired && wrongReps === 0 ? 'met' : 'unmet',
      citation: art(levelArt),
      params: { level, kind: repKind, count: reps, required: repsRequired, wrong: wrongReps },
    }),
  );

  // ماده ۲۵- هر یک از هیاتهای بدوی و تجدید نظر دارای یک قاضی و حسب مورد یک نماینده کانون و
  // نماینده مرکز به عنوان عضو علی البدل میباشند.
  const altJudgesRequired = PARAMETERS.boardAlternateJudges.value;
  const altRepsRequired = PARAMETERS.boardAlternateRepresentatives.value;
  const altJudges = alternates.filter((m) => m.kind === 'judge').length;
  const altReps = alternates.filter((m) => m.kind === repKind).length;
  const altWrong = alternates.filter((m) => m.kind !== 'judge' && m.kind !== repKind).length;
  findings.push(
    finding({
      code: 'operations.board.alternates',
      status: altJudges === altJudgesRequired && altReps === altRepsRequired && altWrong === 0 ? 'met' : 'unmet',
      citation: art(25),
      params: { level, judges: altJudges, representatives: altReps, kind: repKind, wrong: altWrong },
    }),
  );

  // Each seat's conditions. Interpretation: an alternate sits in a principal's seat, so
  // it meets that seat's conditions (an appeal alternate judge of grade 9 or higher, an
  // Association alternate who is an office manager not on its board of directors).
  const sorted = [...indexed].sort((a, b) => byId(a.m, b.m));
  for (const { m, i } of sorted) {
    const path = `${root}members[${i}]`;
    const alternate = m.alternate === true;
    if (m.kind === 'judge') {
      findings.push(
        finding({
          code: 'operations.board.judgeSelected',
          status: m.selectedByHeadOfJudiciary === undefined ? 'unknown' : m.selectedByHeadOfJudiciary ? 'met' : 'unmet',
          citation: art(levelArt),
          params: { id: m.id, alternate, state: tri(m.selectedByHeadOfJudiciary) },
          missing: m.selectedByHeadOfJudiciary === undefined ? [`${path}.selectedByHeadOfJudiciary`] : [],
        }),
      );
      if (level === 'appeal') {
        const min = PARAMETERS.appealJudgeMinJudicialGrade.value;
        findings.push(
          finding({
            code: 'operations.board.judgeGrade',
            status: m.judicialGrade === undefined ? 'unknown' : m.judicialGrade >= min ? 'met' : 'unmet',
            citation: art(24),
            params: { id: m.id, alternate, grade: m.judicialGrade ?? null, min },
            missing: m.judicialGrade === undefined ? [`${path}.judicialGrade`] : [],
          }),
        );
      }
    } else if (m.kind === 'associationRepresentative' && level === 'firstInstance') {
      findings.push(
        finding({
          code: 'operations.board.repOfficeManager',
          status: m.officeManager === undefined ? 'unknown' : m.officeManager ? 'met' : 'unmet',
          citation: art(23),
          params: { id: m.id, alternate, state: tri(m.officeManager) },
          missing: m.officeManager === undefined ? [`${path}.officeManager`] : [],
        }),
      );
      findings.push(
        finding({
          code: 'operations.board.repNotDirector',
          status: m.onAssociationBoardOfDirectors === undefined ? 'unknown' : m.onAssociationBoardOfDirectors ? 'unmet' : 'met',
          citation: art(23),
          // The message says whether the condition (not being a director) is met.
          params: { id: m.id, alternate, state: tri(m.onAssociationBoardOfDirectors === undefined ? undefined : !m.onAssociationBoardOfDirectors) },
          missing: m.onAssociationBoardOfDirectors === undefined ? [`${path}.onAssociationBoardOfDirectors`] : [],
        }),
      );
    }
  }
  return findings;
}

/** The answer of {@link checkBoardComposition}. */
export type BoardCompositionDecision = Decision<'operations.boardComposition', ComplianceStatus, { readonly level: BoardLevel }>;

/**
 * Check a board's composition (Arts. 22–25). A first-instance board: two judges selected
 * by the Head of the Judiciary and one Association representative who is an office
 * manager not on the Association's board of directors (Art. 23); the appeal board: two
 * judges so selected, of judicial grade 9 or higher, and one Center representative
 * (Art. 24); each with one alternate judge and one alternate representative of the same
 * kind (Art. 25); both sit in Tehran, and a first-instance board may sit in a provincial
 * capital (Art. 22).
 *
 * @param input - `{ board: { level, location?, members: [...] } }`
 * @returns a decision `compliant`, `noncompliant` or `incomplete`, one finding per condition
 * and per member's seat condition
 * @throws InputError for a malformed board (unknown kind, duplicate member ids, a grade below 1)
 * @example
 * checkBoardComposition({
 *   board: {
 *     level: 'appeal',
 *     location: 'tehran',
 *     members: [
 *       { id: 'j1', kind: 'judge', selectedByHeadOfJudiciary: true, judicialGrade: 9 },
 *       { id: 'j2', kind: 'judge', selectedByHeadOfJudiciary: true, judicialGrade: 8 },
 *       { id: 'c1', kind: 'centerRepresentative' },
 *       { id: 'j3', kind: 'judge', alternate: true, selectedByHeadOfJudiciary: true, judicialGrade: 10 },
 *       { id: 'c2', kind: 'centerRepresentative', alternate: true },
 *     ],
 *   },
 * }).status;
 * // 'noncompliant' (j2 is of judicial grade 8, Art. 24)
 */
export function checkBoardComposition(input: BoardCompositionInput): BoardCompositionDecision {
  const p = parseInput(BoardCompositionInputSchema, input);
  const findings = compositionFindings(p.board, 'board.');
  const status = complianceOf(findings);
  return makeDecision({
    kind: 'operations.boardComposition',
    asOf: null,
    status,
    value: { level: p.board.level },
    summary: message('operations.board.summary', { level: p.board.level, status }),
    findings,
  });
}

// ---------------------------------------------------------------------------
// The sitting (Arts. 25, 28)

/** Who holds the seats of a sitting. */
export interface BoardSitting {
  /** The members holding the seats (judges first, then the representative), by id. */
  readonly seatHolders: readonly string[];
  /** Alternates sitting in the place of absent principals. */
  readonly substitutes: readonly { readonly alternate: string; readonly for: string }[];
  /** Principal members absent and not replaced. */
  readonly absent: readonly string[];
  /** Seats no present member holds. */
  readonly unfilledSeats: number;
  /** The seats of the board (judges + representatives). */
  readonly seats: number;
}

/** Whether a sitting, a vote or an election is valid. */
export type BoardSittingStatus = 'valid' | 'invalid' | 'incomplete';

/** The answer of {@link checkBoardSitting}. */
export type BoardSittingDecision = Decision<'operations.boardSitting', BoardSittingStatus, BoardSitting>;

interface SittingResult {
  readonly value: BoardSitting;
  readonly findings: Finding[];
  readonly status: BoardSittingStatus;
}

function statusOf(findings: readonly Finding[]): BoardSittingStatus {
  const c = complianceOf(findings);
  return c === 'compliant' ? 'valid' : c === 'noncompliant' ? 'invalid' : 'incomplete';
}

// ماده ۲۸- جلسه هیأت با حضور کلیه اعضا تشکیل و رأی اکثریت معتبر است.
// Interpretation: «کلیه اعضا» are the board's seats (two judges and one representative);
// an alternate present sits in the place of an absent principal of the same kind
// (Art. 25), and alternates present beside every principal hold no seat.
function sitting(board: Board, present: readonly string[]): SittingResult {
  const findings = compositionFindings(board, 'board.');
  const here = new Set(present);
  const repKind = representativeKind(board.level);
  const seatHolders: string[] = [];
  const substitutes: { alternate: string; for: string }[] = [];
  const absent: string[] = [];
  let unfilled = 0;
  const seatsOf: readonly [BoardMemberKind, number][] = [
    ['judge', PARAMETERS.boardJudges.value],
    [repKind, PARAMETERS.boardRepresentatives.value],
  ];
  let seats = 0;
  for (const [kind, count] of seatsOf) {
    seats += count;
    const principals = board.members.filter((m) => m.kind === kind && m.alternate !== true).sort(byId);
    const alternates = board.members.filter((m) => m.kind === kind && m.alternate === true && here.has(m.id)).sort(byId);
    const presentPrincipals = principals.filter((m) => here.has(m.id)).slice(0, count);
    const absentPrincipals = principals.filter((m) => !here.has(m.id));
    seatHolders.push(...presentPrincipals.map((m) => m.id));
    let open = count - presentPrincipals.length;
    let k = 0;
    for (const alt of alternates) {
      if (open === 0) break;
      const replaced = absentPrincipals[k];
      k++;
      seatHolders.push(alt.id);
      if (replaced !== undefined) substitutes.push({ alternate: alt.id, for: replaced.id });
      open--;
    }
    absent.push(...absentPrincipals.slice(k).map((m) => m.id));
    unfilled += open;
  }
  for (const s of substitutes) {
    findings.push(finding({ code: 'operations.sitting.substitute', status: 'info', citation: art(25), params: { alternate: s.alternate, for: s.for } }));
  }
  findings.push(
    finding({
      code: 'operations.sitting.allPresent',
      status: unfilled === 0 ? 'met' : 'unmet',
      citation: art(28),
      params: { unfilled, absent },
    }),
  );
  return { value: { seatHolders, substitutes, absent, unfilledSeats: unfilled, seats }, findings, status: statusOf(findings) };
}

/**
 * Check that a board's sitting is formed (Art. 28): every seat is held by a present
 * member — each principal present, or an alternate of the same kind sitting in an absent
 * principal's place (Art. 25). The board's composition (Arts. 22–25) is checked too.
 *
 * @param input - `{ board, present: [member ids] }`
 * @returns a decision `valid`, `invalid` or `incomplete` (composition facts missing)
 * @throws InputError for a malformed board or a present id that is not a member
 * @example
 * const board: BoardInput = {
 *   level: 'firstInstance', location: 'tehran',
 *   members: [
 *     { id: 'j1', kind: 'judge', selectedByHeadOfJudiciary: true },
 *     { id: 'j2', kind: 'judge', selectedByHeadOfJudiciary: true },
 *     { id: 'a1', kind: 'associationRepresentative', officeManager: true, onAssociationBoardOfDirectors: false },
 *     { id: 'j3', kind: 'judge', alternate: true, selectedByHeadOfJudiciary: true },
 *     { id: 'a2', kind: 'associationRepresentative', alternate: true, officeManager: true, onAssociationBoardOfDirectors: false },
 *   ],
 * };
 * checkBoardSitting({ board, present: ['j1', 'j3', 'a1'] }).status; // 'valid' (j3 sits for j2)
 * checkBoardSitting({ board, present: ['j1', 'a1'] }).status;       // 'invalid'
 */
export function checkBoardSitting(input: BoardSittingInput): BoardSittingDecision {
  const p = parseInput(BoardSittingInputSchema, input);
  const s = sitting(p.board, p.present);
  return makeDecision({
    kind: 'operations.boardSitting',
    asOf: null,
    status: s.status,
    value: s.value,
    summary: message('operations.sitting.summary', { status: s.status, unfilled: s.value.unfilledSeats }),
    findings: s.findings,
  });
}

// ---------------------------------------------------------------------------
// The vote (Art. 28) and the chair (Art. 26)

/** A count of votes for one choice. */
export interface VoteCount {
  readonly choice: string;
  readonly votes: number;
}

/** The outcome of a vote. */
export interface BoardVote {
  /** The choice a majority of the seats voted for, or null. */
  readonly adopted: string | null;
  /** Votes per choice, most first (ties by choice). */
  readonly tally: readonly VoteCount[];
  /** Votes a choice needs: a majority of the board's seats. */
  readonly needed: number;
  readonly sitting: BoardSitting;
}

/** Whether a vote adopted a ruling. */
export type BoardVoteStatus = 'adopted' | 'notAdopted' | 'incomplete';

/** The answer of {@link tallyBoardVote}. */
export type BoardVoteDecision = Decision<'operations.boardVote', BoardVoteStatus, BoardVote>;

interface Tally {
  readonly counted: { member: string; choice: string }[];
  readonly findings: Finding[];
  readonly tally: VoteCount[];
  readonly needed: number;
  readonly winner: string | null;
}

// «رأی اکثریت معتبر است» — interpretation: a majority of the board's seats (two of three),
// not of the votes cast; an abstention counts against. Only the seat holders' votes count.
function tallyVotes(seatHolders: readonly string[], seats: number, votes: readonly { member: string; choice: string }[]): Tally {
  const holders = new Set(seatHolders);
  const findings: Finding[] = [];
  const counted: { member: string; choice: string }[] = [];
  for (const v of [...votes].sort((a, b) => compareIds(a.member, b.member))) {
    if (holders.has(v.member)) counted.push(v);
    else findings.push(finding({ code: 'operations.vote.notCounted', status: 'info', citation: art(28), params: { member: v.member } }));
  }
  const counts = new Map<string, number>();
  for (const v of counted) counts.set(v.choice, (counts.get(v.choice) ?? 0) + 1);
  const tally = [...counts.entries()]
    .map(([choice, n]) => ({ choice, votes: n }))
    .sort((a, b) => b.votes - a.votes || compareIds(a.choice, b.choice));
  const needed = Math.floor(seats / 2) + 1;
  const top = tally[0];
  const winner = top !== undefined && top.votes >= needed ? top.choice : null;
  return { counted, findings, tally, needed, winner };
}

/**
 * Count a board's vote on a ruling (Art. 28: the majority's vote is valid). Only the
 * members holding a seat at the sitting vote; a choice is adopted with the votes of a
 * majority of the board's seats (two of three). The sitting must be formed.
 *
 * @param input - `{ board, present, votes: [{ member, choice }] }`
 * @returns a decision `adopted` (value.adopted is the choice), `notAdopted`, or
 * `incomplete` (composition facts missing)
 * @throws InputError for a voter or present id that is not a member, or two votes of one member
 * @example
 * // board as in checkBoardSitting's example, all three principals present:
 * tallyBoardVote({
 *   board, present: ['j1', 'j2', 'a1'],
 *   votes: [{ member: 'j1', choice: 'grade 3' }, { member: 'j2', choice: 'grade 3' }, { member: 'a1', choice: 'acquit' }],
 * }).value.adopted;
 * // 'grade 3'
 */
export function tallyBoardVote(input: BoardVoteInput): BoardVoteDecision {
  const p = parseInput(BoardVoteInputSchema, input);
  const s = sitting(p.board, p.present);
  const t = tallyVotes(s.value.seatHolders, s.value.seats, p.votes);
  const findings = [...s.findings, ...t.findings];
  findings.push(
    finding({
      code: 'operations.vote.majority',
      status: t.winner === null ? 'unmet' : 'met',
      citation: art(28),
      params: { choice: t.winner, votes: t.tally[0]?.votes ?? 0, needed: t.needed },
    }),
  );
  const status: BoardVoteStatus = s.status === 'invalid' || t.winner === null ? 'notAdopted' : s.status === 'incomplete' ? 'incomplete' : 'adopted';
  return makeDecision({
    kind: 'operations.boardVote',
    asOf: null,
    status,
    value: { adopted: status === 'adopted' ? t.winner : null, tally: t.tally, needed: t.needed, sitting: s.value },
    summary: message('operations.vote.summary', { status, choice: t.winner }),
    findings,
  });
}

/** The outcome of a chair's election. */
export interface BoardChairElection {
  /** The judge elected chair, or null. */
  readonly chair: string | null;
  /** Votes per candidate, most first. */
  readonly tally: readonly VoteCount[];
  readonly needed: number;
  readonly sitting: BoardSitting;
}

/** Whether a chair was elected. */
export type BoardChairStatus = 'elected' | 'notElected' | 'incomplete';

/** The answer of {@link electBoardChair}. */
export type BoardChairDecision = Decision<'operations.boardChair', BoardChairStatus, BoardChairElection>;

/**
 * Elect a board's chair (Art. 26): from among the judge members, by a majority vote of
 * the members. The voters are the members holding a seat at the sitting (Art. 28); a vote
 * for a member who is not a judge holding a seat is void.
 *
 * ماده ۲۶- رئیس هیاتهای بدوی و تجدید نظر از بین قضات عضو و با رای اکثریت اعضا انتخاب میشود.
 *
 * @param input - `{ board, present, votes: [{ member, candidate }] }`
 * @returns a decision `elected` (value.chair), `notElected`, or `incomplete`
 * @throws InputError for an id that is not a member, or two votes of one member
 * @example
 * // board as in checkBoardSitting's example:
 * electBoardChair({
 *   board, present: ['j1', 'j2', 'a1'],
 *   votes: [{ member: 'j1', candidate: 'j2' }, { member: 'j2', candidate: 'j2' }, { member: 'a1', candidate: 'j1' }],
 * }).value.chair;
 * // 'j2'
 */
export function electBoardChair(input: BoardChairElectionInput): BoardChairDecision {
  const p = parseInput(BoardChairElectionInputSchema, input);
  const s = sitting(p.board, p.present);
  const holders = new Set(s.value.seatHolders);
  const judges = new Set(p.board.members.filter((m) => m.kind === 'judge' && holders.has(m.id)).map((m) => m.id));
  const findings = [...s.findings];
  const valid: { member: string; choice: string }[] = [];
  const voidCandidates = new Set<string>();
  for (const v of p.votes) {
    if (judges.has(v.candidate)) valid.push({ member: v.member, choice: v.candidate });
    else voidCandidates.add(v.candidate);
  }
  for (const c of [...voidCandidates].sort(compareIds)) {
    findings.push(finding({ code: 'operations.chair.notJudge', status: 'info', citation: art(26), params: { candidate: c } }));
  }
  const t = tallyVotes(s.value.seatHolders, s.value.seats, valid);
  findings.push(...t.findings);
  findings.push(
    finding({
      code: 'operations.chair.majority',
      status: t.winner === null ? 'unmet' : 'met',
      citation: art(26),
      params: { chair: t.winner, votes: t.tally[0]?.votes ?? 0, needed: t.needed },
    }),
  );
  const status: BoardChairStatus = s.status === 'invalid' || t.winner === null ? 'notElected' : s.status === 'incomplete' ? 'incomplete' : 'elected';
  return makeDecision({
    kind: 'operations.boardChair',
    asOf: null,
    status,
    value: { chair: status === 'elected' ? t.winner : null, tally: t.tally, needed: t.needed, sitting: s.value },
    summary: message('operations.chair.summary', { status, chair: t.winner }),
    findings,
  });
}

// ---------------------------------------------------------------------------
// The ruling (Art. 27)

/** The answer of {@link checkBoardRuling}. */
export type BoardRulingDecision = Decision<
  'operations.boardRuling',
  ComplianceStatus,
  { readonly reasoned: boolean | null; readonly citedRules: readonly (Citation | string)[] | null }
>;

/**
 * Check a board's ruling for form (Art. 27): it must be reasoned and rest on the rules it
 * applies. Whether the reasoning is sound is for people to judge; this checks that the
 * ruling gives reasons and cites at least one rule.
 *
 * ماده ۲۷- آرای هیاتهای بدوی و تجدیدنظر باید مستدل و مستند به مقررات قانونی باشد.
 *
 * @param input - `{ reasons?, citedRules? }` (citations of this regulation, or other laws as text)
 * @returns a decision `compliant`, `noncompliant` (no reasons, or no rule cited) or
 * `incomplete` (not given)
 * @throws InputError for a citation of an article outside 1–54
 * @example
 * checkBoardRuling({
 *   reasons: 'The manager took 300,000 rials above the tariff, as the receipt shows.',
 *   citedRules: [{ article: 38, clause: 'ذ' }],
 * }).status;
 * // 'compliant'
 */
export function checkBoardRuling(input: BoardRulingInput): BoardRulingDecision {
  const p = parseInput(BoardRulingInputSchema, input);
  const findings: Finding[] = [];
  const reasoned = p.reasons === undefined ? null : p.reasons.trim().length > 0;
  findings.push(
    finding({
      code: 'operations.ruling.reasoned',
      status: reasoned === null ? 'unknown' : reasoned ? 'met' : 'unmet',
      citation: art(27),
      params: { reasoned },
      missing: reasoned === null ? ['reasons'] : [],
    }),
  );
  const cited = p.citedRules ?? null;
  findings.push(
    finding({
      code: 'operations.ruling.cited',
      status: cited === null ? 'unknown' : cited.length > 0 ? 'met' : 'unmet',
      citation: art(27),
      params: { count: cited === null ? null : cited.length },
      missing: cited === null ? ['citedRules'] : [],
    }),
  );
  const status = complianceOf(findings);
  const citedRules = cited === null ? null : cited.map((c) => (typeof c === 'string' ? c : compactCitation(c)));
  return makeDecision({
    kind: 'operations.boardRuling',
    asOf: null,
    status,
    value: { reasoned, citedRules },
    summary: message('operations.ruling.summary', { status }),
    findings,
  });
}

