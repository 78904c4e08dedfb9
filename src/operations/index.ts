/**
 * The office's operations: staffing (Art. 8), inspection and ranking (Arts. 17–19), the
 * disciplinary boards (Arts. 22–28), the filing procedure (Arts. 3–4) and the Center's
 * calendar (Arts. 7, 12, 14, 47, 49, 53).
 */
export type { ComplianceStatus } from './shared.js';
export { StaffRoleSchema, STAFF_ROLES, StaffMemberSchema, OfficeStaffingInputSchema, checkOfficeStaffing } from './staffing.js';
export type { StaffRole, OfficeStaffingInput, OfficeStaffing, OfficeStaffingDecision } from './staffing.js';
export {
  Article18BasisSchema,
  ARTICLE_18_BASES,
  RankingIndexSchema,
  RankedOfficeSchema,
  OfficeRankingInputSchema,
  rankOffices,
} from './ranking.js';
export type {
  Article18Basis,
  RankingIndexInput,
  OfficeRankingInput,
  OfficeRank,
  OfficeRanking,
  OfficeRankingStatus,
  OfficeRankingDecision,
} from './ranking.js';
export {
  BoardLevelSchema,
  BoardLocationSchema,
  BoardMemberKindSchema,
  BoardMemberSchema,
  BoardSchema,
  BoardCompositionInputSchema,
  BoardSittingInputSchema,
  BoardVoteCastSchema,
  BoardVoteInputSchema,
  BoardChairElectionInputSchema,
  RegulationCitationSchema,
  BoardRulingInputSchema,
  checkBoardComposition,
  checkBoardSitting,
  tallyBoardVote,
  electBoardChair,
  checkBoardRuling,
} from './boards.js';
export type {
  BoardLevel,
  BoardMemberKind,
  BoardInput,
  BoardCompositionInput,
  BoardSittingInput,
  BoardVoteInput,
  BoardChairElectionInput,
  BoardRulingInput,
  BoardCompositionDecision,
  BoardSitting,
  BoardSittingStatus,
  BoardSittingDecision,
  VoteCount,
  BoardVote,
  BoardVoteStatus,
  BoardVoteDecision,
  BoardChairElection,
  BoardChairStatus,
  BoardChairDecision,
  BoardRulingDecision,
} from './boards.js';
export { FilingStepSchema, FilingRouteSchema, FILING_ROUTES, filingRouteCitation, FilingLogInputSchema, checkFilingLog } from './filing.js';
export type { FilingStep, FilingRoute, FilingLogInput, FilingStepState, FilingProblem, FilingLogCheck, FilingLogStatus, FilingLogDecision, FilingOrderReading } from './filing.js';
export { CenterDutySchema, CenterCalendarInputSchema, centerCalendar } from './calendar.js';
export type { CenterDuty, CenterCalendarInput, CenterDutyState, CenterDutyEntry, CenterCalendarStatus, CenterCalendarDecision } from './calendar.js';
