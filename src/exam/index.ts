/**
 * `iran-judicial-eservices/exam`: the specialist exam of Art. 10(الف) — the cut-off of a
 * sitting, a whole sitting graded, one candidate's result (SPEC D6). The public surface:
 * the decisions (./decisions.ts), their inputs (./schemas.ts).
 */
export { examCutoff, gradeSitting, examResult } from './decisions.js';
export type { CutoffFigures, ExamCutoffValue, ExamSittingValue, ExamResultValue, ExamCutoffDecision, ExamSittingDecision, ExamResultDecision, SittingResult } from './decisions.js';
export { ExamCutoffInputSchema, GradeSittingInputSchema, ExamResultInputSchema } from './schemas.js';
export type { ExamCutoffInput, GradeSittingInput, ExamResultInput } from './schemas.js';
