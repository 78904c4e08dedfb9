import { toPersianDigits } from '../_lib/digits.js';

/**
 * The Persian clause letters the regulation uses, in alphabetical order (SPEC D15). Art. 1
 * uses ز twice; its second ز is cited as `ز2` (see {@link Citation}).
 */
export const CLAUSE_LETTERS = [
  'الف', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'ژ',
] as const;

/** A clause letter as published. */
export type ClauseLetter = (typeof CLAUSE_LETTERS)[number];

/** A clause id: the letter as published, or `ز2` for the second ز of Art. 1. */
export type ClauseId = ClauseLetter | 'ز2';

/**
 * The Latin transliteration of each clause letter used in English citations:
 * الف a, ب b, پ p, ت t, ث th, ج j, چ ch, ح h, خ kh, د d, ذ dh, ر r, ز z, ژ zh.
 * Digraphs keep letters that share a Latin letter apart (ت t / ث th, ز z / ذ dh / ژ zh).
 */
export const CLAUSE_TRANSLITERATION: Readonly<Record<ClauseId, string>> = {
  الف: 'a',
  ب: 'b',
  پ: 'p',
  ت: 't',
  ث: 'th',
  ج: 'j',
  چ: 'ch',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  ژ: 'zh',
  ز2: 'z-2',
};

/**
 * A reference to the text: an article, optionally one of its clauses (بند), one of
 * its notes (تبصره), a paragraph of an article written in unlettered paragraphs (Art. 14
 * has three), or one of Art. 29's seven grades (درجه). Notes are numbered as published: Art. 3's
 * only note is published as «تبصره ۵» and is note 5; an article with one unnumbered
 * note (Arts. 5, 29, 30) has it as note 1.
 */
export interface Citation {
  readonly article: number;
  readonly clause?: ClauseId;
  readonly note?: number;
  readonly paragraph?: number;
  readonly grade?: number;
}

/** Articles whose single note is published without a number. */
const UNNUMBERED_NOTE_ARTICLES: ReadonlySet<number> = new Set([5, 29, 30]);

/** The language of rendered text. */
export type Lang = 'fa' | 'en';

/**
 * Render a citation.
 *
 * @param citation - the article and, optionally, one clause, note, paragraph or grade
 * @param lang - `fa` for Persian (Persian digits), `en` for English
 * @returns the citation as text
 * @example
 * cite({ article: 38, clause: 'ذ' }, 'fa'); // 'ماده ۳۸ بند ذ'
 * cite({ article: 38, clause: 'ذ' }, 'en'); // 'Art. 38(dh)'
 * cite({ article: 17, note: 1 }, 'en');     // 'Art. 17, note 1'
 * cite({ article: 29, note: 1 }, 'fa');     // 'تبصره ماده ۲۹'
 * cite({ article: 29, grade: 5 }, 'en');    // 'Art. 29, grade 5'
 */
export function cite(citation: Citation, lang: Lang): string {
  const { article, clause, note, paragraph, grade } = citation;
  const unnumbered = note !== undefined && UNNUMBERED_NOTE_ARTICLES.has(article) && note === 1;
  if (lang === 'fa') {
    const art = `ماده ${toPersianDigits(String(article))}`;
    if (note !== undefined) return unnumbered ? `تبصره ${art}` : `تبصره ${toPersianDigits(String(note))} ${art}`;
    if (clause !== undefined) return clause === 'ز2' ? `${art} بند ز (دوم)` : `${art} بند ${clause}`;
    if (paragraph !== undefined) return `${art} پاراگراف ${toPersianDigits(String(paragraph))}`;
    if (grade !== undefined) return `${art} درجه ${toPersianDigits(String(grade))}`;
    return art;
  }
  const art = `Art. ${article}`;
  if (note !== undefined) return unnumbered ? `${art}, note` : `${art}, note ${note}`;
  if (clause !== undefined) return `${art}(${CLAUSE_TRANSLITERATION[clause]})`;
  if (paragraph !== undefined) return `${art}, para. ${paragraph}`;
  if (grade !== undefined) return `${art}, grade ${grade}`;
  return art;
}

/**
 * A citation of an article or one of its clauses, so rule code reads like the text.
 *
 * @param article - the article number
 * @param clause - the clause id, as published (SPEC D15)
 * @returns the citation
 * @example
 * art(9, 'ث'); // { article: 9, clause: 'ث' }
 * art(9);      // { article: 9 }
 */
export function art(article: number, clause?: ClauseId): Citation {
  return clause === undefined ? { article } : { article, clause };
}

/**
 * A citation of a note (تبصره) of an article.
 *
 * @param article - the article number
 * @param noteNumber - the note's number as published; 1 for an article's single unnumbered note
 * @returns the citation
 * @example
 * note(30, 1); // { article: 30, note: 1 }
 */
export function note(article: number, noteNumber: number): Citation {
  return { article, note: noteNumber };
}
