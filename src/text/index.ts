/**
 * `iran-judicial-eservices/text`: the regulation's text as data, in its own entry point
 * so that apps that never render the text do not bundle it. Nothing else in `src/`
 * imports this folder.
 */
export { REGULATION_1401_TEXT, getArticle, getProvision, citeWithText, CitationInputSchema } from './provision.js';
export type { CitationInput, Provision } from './provision.js';
export type { Citation, ClauseId, ClauseLetter, Lang } from '../core/citation.js';
export type { Article, Chapter, Clause, Grade, Note, Paragraph, RegulationText } from './types.js';
