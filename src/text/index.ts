/**
 * `iran-judicial-eservices/text`: the regulation's text as data, in its own entry point
 * so that apps that never render the text do not bundle it. Nothing else in `src/`
 * imports this folder. The earlier instruction's text is here too
 * (`INSTRUCTION_1392_TEXT`, cited with `ruleSet: 'instruction-1392'`).
 */
export { REGULATION_1401_TEXT, getArticle, getProvision, citeWithText, CitationInputSchema } from './provision.js';
export type { CitationInput, Provision } from './provision.js';
export type { Citation, ClauseId, ClauseLetter, Lang } from '../core/citation.js';
export type { Article, Chapter, Clause, Grade, Note, Paragraph, RegulationText } from './types.js';
export {
  INSTRUCTION_1392_TEXT,
  getInstructionArticle,
  getInstructionProvision,
  citeInstructionWithText,
  InstructionCitationInputSchema,
} from './instruction-earlier.js';
export type {
  InstructionArticle,
  InstructionCitationInput,
  InstructionClause,
  InstructionDefinition,
  InstructionItem,
  InstructionProvision,
  InstructionText,
} from './instruction-earlier.js';
export type { InstructionClauseLetter } from '../core/citation.js';
