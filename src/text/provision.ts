import * as z from 'zod/mini';
import { toPersianDigits } from '../_lib/digits.js';
import { CLAUSE_LETTERS, compactCitation, type Citation, type Lang } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { articleOf, citeWithTextOf, provisionOf, type ProvisionText, type TextSource } from './lookup.js';
import { APPROVAL_LINE, ARTICLES, CHAPTERS, SIGNATORY, TITLE } from './regulation-1401.js';
import type { Article, RegulationText } from './types.js';

/**
 * The whole regulation as data (frozen): title, approval, the seven chapters and the 54
 * articles with their clauses, notes, paragraphs (Art. 14) and grades (Art. 29), in
 * Persian exactly as published. English titles are this library's (unofficial).
 *
 * @example
 * REGULATION_1401_TEXT.articles.length;                            // 54
 * REGULATION_1401_TEXT.articles.flatMap((a) => a.notes).length;    // 8
 * REGULATION_1401_TEXT.chapters[5].title;                          // 'مقررات انتظامی'
 */
export const REGULATION_1401_TEXT: RegulationText = /* @__PURE__ */ deepFreeze({
  id: 'regulation-1401',
  title: TITLE,
  titleEn: 'Executive Regulation of Judicial Electronic Services Offices and their Association (unofficial title)',
  approved: '1401/05/23',
  approvedBy: 'رئیس قوه قضائیه',
  approvalLine: APPROVAL_LINE,
  signatory: SIGNATORY,
  chapters: CHAPTERS,
  articles: ARTICLES,
} as const);

/**
 * A citation as callers give it: an article number (a positive integer) and at most the
 * documented keys. Whether the provision exists is not the schema's business: a
 * well-formed citation of a provision the regulation lacks gives `undefined` from
 * {@link getProvision}.
 */
export const CitationInputSchema = z.strictObject({
  article: z.int().check(z.minimum(1)),
  clause: z.optional(z.enum([...CLAUSE_LETTERS, 'ز2'])),
  note: z.optional(z.int().check(z.minimum(1))),
  paragraph: z.optional(z.int().check(z.minimum(1))),
  grade: z.optional(z.int().check(z.minimum(1))),
});

/** A citation as callers give it (see {@link CitationInputSchema}). */
export type CitationInput = z.input<typeof CitationInputSchema>;

/** A provision's citation and its text. */
export type Provision = ProvisionText;

/** The Persian word of each grade heading, «درجه یک» … «درجه هفت» (Art. 29). */
const GRADE_WORDS = ['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت'] as const;

/**
 * An article's whole text, one part a line: its lead (or, for Art. 14, its paragraphs),
 * then its grades, clauses and notes, each with a uniform heading («الف- », «درجه یک: »,
 * «تبصره ۱- », «تبصره- »). The dashes are normalised; the words are as published.
 */
function wholeArticle(a: Article): string {
  const lines = a.paragraphs.length > 0 ? a.paragraphs.map((p) => p.text) : [a.text];
  for (const g of a.grades) lines.push(`درجه ${GRADE_WORDS[g.grade - 1] ?? toPersianDigits(String(g.grade))}: ${g.text}`);
  for (const c of a.clauses) lines.push(`${c.letter}- ${c.text}`);
  for (const n of a.notes) lines.push(n.numbered ? `تبصره ${toPersianDigits(String(n.number))}- ${n.text}` : `تبصره- ${n.text}`);
  return lines.join('\n');
}

function readCitation(input: unknown): Citation {
  return compactCitation(parseInput(CitationInputSchema, input, 'citation'));
}

function lookUp(c: Citation): string | undefined {
  const a = ARTICLES[c.article - 1];
  if (a === undefined) return undefined;
  const parts = [c.clause, c.note, c.paragraph, c.grade].filter((p) => p !== undefined).length;
  if (parts > 1) return undefined;
  if (c.clause !== undefined) return a.clauses.find((x) => x.id === c.clause)?.text;
  if (c.note !== undefined) return a.notes.find((x) => x.number === c.note)?.text;
  if (c.paragraph !== undefined) return a.paragraphs.find((x) => x.number === c.paragraph)?.text;
  if (c.grade !== undefined) return a.grades.find((x) => x.grade === c.grade)?.text;
  return wholeArticle(a);
}

const REGULATION: TextSource<Article> = {
  articles: ARTICLES,
  read: readCitation,
  lookUp,
  expected: { en: 'a provision of the regulation', fa: 'یکی از مواد، بندها، تبصره‌ها یا درجات آیین نامه' },
  name: { en: 'the regulation', fa: 'آیین نامه' },
  dropListSeparator: true,
};

/**
 * One article of the regulation.
 *
 * @param n - the article number (an integer)
 * @returns the article, or `undefined` when the regulation has no article `n` (it has 1–54)
 * @throws {InputError} when `n` is not an integer
 * @example
 * getArticle(38)?.clauses.length;   // 12
 * getArticle(3)?.notes[0]?.number;  // 5 (published as «تبصره ۵»)
 * getArticle(55);                   // undefined
 */
export function getArticle(n: number): Article | undefined {
  return articleOf(REGULATION, n);
}

/**
 * The text of one provision: an article (its whole text, one part a line), a clause, a
 * note, a paragraph (Art. 14) or a grade (Art. 29), in Persian as published.
 *
 * @param citation - the provision; names at most one of `clause`, `note`, `paragraph`, `grade`
 * @returns the citation (without undefined keys) and its text, or `undefined` when the
 *   regulation has no such provision (or the citation names two parts at once)
 * @throws {InputError} when the citation is malformed (article not a positive integer,
 *   an unknown clause letter, an unknown key)
 * @example
 * getProvision({ article: 38, clause: 'ذ' });
 * // { citation: { article: 38, clause: 'ذ' }, text: 'دریافت وجه بیشتر از هزینه های تعیین شده؛' }
 * getProvision({ article: 29, grade: 7 })?.text;  // 'لغو دائم پروانه.'
 * getProvision({ article: 37, clause: 'ذ' });     // undefined (Art. 37 goes from د to ز)
 */
export function getProvision(citation: Citation): Provision | undefined {
  return provisionOf(REGULATION, citation);
}

/**
 * A citation followed by its text: `ماده ۳۸ بند ذ: …`. The text is always the Persian as
 * published (there is no official translation), so `en` renders only the citation in
 * English. A clause's trailing «؛» (the list separator of the published text) is dropped.
 *
 * @param citation - the provision (see {@link getProvision})
 * @param lang - `fa` or `en`: the language of the citation
 * @returns the rendered citation, `: `, and the provision's Persian text
 * @throws {InputError} when the citation is malformed or the regulation has no such provision
 * @example
 * citeWithText({ article: 38, clause: 'ذ' }, 'fa'); // 'ماده ۳۸ بند ذ: دریافت وجه بیشتر از هزینه های تعیین شده'
 * citeWithText({ article: 38, clause: 'ذ' }, 'en'); // 'Art. 38(dh): دریافت وجه بیشتر از هزینه های تعیین شده'
 * citeWithText({ article: 29, note: 1 }, 'fa');     // 'تبصره ماده ۲۹: مسئولیت تخلفات انتظامی در دفاتر به عهده مدیر دفتر است.'
 */
export function citeWithText(citation: Citation, lang: Lang): string {
  return citeWithTextOf(REGULATION, citation, lang);
}
