/**
 * The office's operations: staffing (Art. 8), inspection and ranking (Arts. 17–19), the
 * disciplinary boards (Arts. 22–28), the filing procedure (Arts. 3–4) and the Center's
 * calendar (Arts. 7, 12, 14, 47, 49, 53).
 */
export type { ComplianceStatus } from './shared.js';
export { STAFF_ROLES, checkOfficeStaffing } from './staffing.js';
export { StaffRoleSchema, StaffMemberSchema, OfficeStaffingInputSchema } from './schemas.js';
export type { OfficeStaffing, OfficeStaffingDecision } from './staffing.js';
export type { StaffRole, OfficeStaffingInput } from './schemas.js';
export { ARTICLE_18_BASES, rankOffices } from './ranking.js';
export { Article18BasisSchema, RankingIndexSchema, RankedOfficeSchema, OfficeRankingInputSchema } from './schemas.js';
export type { Article18Basis, OfficeRank, OfficeRanking, OfficeRankingStatus, OfficeRankingDecision } from './ranking.js';
export type { RankingIndexInput, OfficeRankingInput } from './schemas.js';
export { checkBoardComposition, checkBoardSitting, tallyBoardVote, electBoardChair, checkBoardRuling } from './boards.js';
export { BoardLevelSchema, BoardLocationSchema, BoardMemberKindSchema, BoardMemberSchema, BoardSchema, BoardCompositionInputSchema, BoardSittingInputSchema, BoardVoteCastSchema, BoardVoteInputSchema, BoardChairElectionInputSchema, RegulationCitationSchema, BoardRulingInputSchema } from './schemas.js';
export type { BoardCompositionDecision, BoardSitting, BoardSittingStatus, BoardSittingDecision, VoteCount, BoardVote, BoardVoteStatus, BoardVoteDecision, BoardChairElection, BoardChairStatus, BoardChairDecision, BoardRulingDecision } from './boards.js';
export type { BoardLevel, BoardMemberKind, BoardInput, BoardCompositionInput, BoardSittingInput, BoardVoteInput, BoardChairElectionInput, BoardRulingInput } from './schemas.js';
export { FILING_ROUTES, filingRouteCitation, checkFilingLog } from './filing.js';
export { FilingStepSchema, FilingRouteSchema, FilingLogInputSchema } from './schemas.js';
export type { FilingStepState, FilingProblem, FilingLogCheck, FilingLogStatus, FilingLogDecision, FilingOrderReading } from './filing.js';
export type { FilingStep, FilingRoute, FilingLogInput } from './schemas.js';
export { centerCalendar } from './calendar.js';
export { CenterDutySchema, CenterCalendarInputSchema } from './schemas.js';
export type { CenterDutyState, CenterDutyEntry, CenterCalendarStatus, CenterCalendarDecision } from './calendar.js';
export type { CenterDuty, CenterCalendarInput } from './schemas.js';
