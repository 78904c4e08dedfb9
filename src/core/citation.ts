import { toPersianDigits } from '../_lib/digits.js';
import type { RuleSetId } from './ruleSet.js';
import { inputError } from './errors.js';
import { ARTICLE_COUNT, provisionsOf } from './provisions.js';
import type { Lang } from './text.js';

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
 * The clause letters of the earlier instruction (its Arts. 9, 11 and 15), in its order:
 * the instruction letters its clauses in the abjad order (الف ب ج د ه و ز), so it uses ه
 * and و, which the regulation never does.
 */
export const INSTRUCTION_CLAUSE_LETTERS = ['الف', 'ب', 'ج', 'د', 'ه', 'و', 'ز'] as const;

/** A clause letter of the earlier instruction. */
export type InstructionClauseLetter = (typeof INSTRUCTION_CLAUSE_LETTERS)[number];

/**
 * The Latin form of the instruction's clause letters in English citations: the same as
 * the regulation's for the letters both use (الف a, ب b, ج j, د d, ز z), and ه he, و v.
 */
export const INSTRUCTION_CLAUSE_TRANSLITERATION: Readonly<Record<InstructionClauseLetter, string>> = {
  الف: 'a',
  ب: 'b',
  ج: 'j',
  د: 'd',
  ه: 'he',
  و: 'v',
  ز: 'z',
};

/**
 * A reference to the text: an article, optionally one of its clauses (بند), one of
 * its notes (تبصره), a paragraph of an article written in unlettered paragraphs (Art. 14
 * has three), or one of Art. 29's seven grades (درجه). Notes are numbered as published: Art. 3's
 * only note is published as «تبصره ۵» and is note 5; an article with one unnumbered
 * note (Arts. 5, 29, 30) has it as note 1.
 *
 * `ruleSet` names the text cited: absent, the 1401 regulation; `'instruction-1392'`, the
 * earlier instruction, whose articles list numbered items (`item`: «۱ –», «۲ –» …, its
 * Arts. 4–8, 13, 22, 23, 25) or clauses lettered in abjad order (its Arts. 9, 11, 15),
 * and whose single unnumbered notes (its Arts. 3, 5, 10, 13) are note 1.
 */
export interface Citation {
  readonly article: number;
  readonly clause?: ClauseId | InstructionClauseLetter;
  readonly note?: number;
  readonly paragraph?: number;
  readonly grade?: number;
  /** A numbered item (بند ۱، ۲ …) of an article whose parts are numbered, not lettered. */
  readonly item?: number;
  /** The rule set whose text is cited; absent = the 1401 regulation. */
  readonly ruleSet?: RuleSetId;
}

/** Articles whose single note is published without a number (the regulation). */
const UNNUMBERED_NOTE_ARTICLES: ReadonlySet<number> = new Set([5, 29, 30]);

/** Articles of the earlier instruction whose single note is published without a number. */
const INSTRUCTION_UNNUMBERED_NOTE_ARTICLES: ReadonlySet<number> = new Set([3, 5, 10, 13]);

/** The language of rendered text (declared with the bilingual text, `text.ts`). */
export type { Lang } from './text.js';

/**
 * Render a citation. A citation of the earlier instruction (`ruleSet: 'instruction-1392'`)
 * is marked as such: «… دستورالعمل» after the Persian, «Instruction » before the English;
 * a numbered item renders as «بند ۲» / `(2)`. Citations of the regulation (no `ruleSet`)
 * render as they always have.
 *
 * @param citation - the article and, optionally, one clause, note, paragraph, grade or item
 * @param lang - `fa` for Persian (Persian digits), `en` for English
 * @returns the citation as text
 * @example
 * cite({ article: 38, clause: 'ذ' }, 'fa'); // 'ماده ۳۸ بند ذ'
 * cite({ article: 38, clause: 'ذ' }, 'en'); // 'Art. 38(dh)'
 * cite({ article: 17, note: 1 }, 'en');     // 'Art. 17, note 1'
 * cite({ article: 29, note: 1 }, 'fa');     // 'تبصره ماده ۲۹'
 * cite({ article: 29, grade: 5 }, 'en');    // 'Art. 29, grade 5'
 * cite({ article: 5, item: 2, ruleSet: 'instruction-1392' }, 'fa');  // 'ماده ۵ بند ۲ دستورالعمل'
 * cite({ article: 5, item: 2, ruleSet: 'instruction-1392' }, 'en');  // 'Instruction Art. 5(2)'
 * cite({ article: 26, note: 3, ruleSet: 'instruction-1392' }, 'en'); // 'Instruction Art. 26, note 3'
 */
export function cite(citation: Citation, lang: Lang): string {
  checkCitation(citation, lang);
  const { article, clause, note, paragraph, grade, item } = citation;
  const instruction = citation.ruleSet === 'instruction-1392';
  const unnumberedSet = instruction ? INSTRUCTION_UNNUMBERED_NOTE_ARTICLES : UNNUMBERED_NOTE_ARTICLES;
  const unnumbered = note !== undefined && unnumberedSet.has(article) && note === 1;
  if (lang === 'fa') {
    const art = `ماده ${toPersianDigits(String(article))}`;
    let out: string;
    if (note !== undefined) out = unnumbered ? `تبصره ${art}` : `تبصره ${toPersianDigits(String(note))} ${art}`;
    else if (clause !== undefined) out = clause === 'ز2' ? `${art} بند ز (دوم)` : `${art} بند ${clause}`;
    else if (paragraph !== undefined) out = `${art} فراز ${toPersianDigits(String(paragraph))}`;
    else if (grade !== undefined) out = `${art} درجه ${toPersianDigits(String(grade))}`;
    else if (item !== undefined) out = `${art} بند ${toPersianDigits(String(item))}`;
    else out = art;
    return instruction ? `${out} دستورالعمل` : out;
  }
  const art = `${instruction ? 'Instruction ' : ''}Art. ${article}`;
  if (note !== undefined) return unnumbered ? `${art}, note` : `${art}, note ${note}`;
  if (clause !== undefined) return `${art}(${clauseLatin(clause, instruction)})`;
  if (paragraph !== undefined) return `${art}, para. ${paragraph}`;
  if (grade !== undefined) return `${art}, grade ${grade}`;
  if (item !== undefined) return `${art}(${item})`;
  return art;
}

/** The Latin form of a clause letter, from the table of the text cited. */
function clauseLatin(clause: ClauseId | InstructionClauseLetter, instruction: boolean): string {
  const own = instruction
    ? INSTRUCTION_CLAUSE_TRANSLITERATION[clause as InstructionClauseLetter]
    : CLAUSE_TRANSLITERATION[clause as ClauseId];
  return own ?? CLAUSE_TRANSLITERATION[clause as ClauseId] ?? INSTRUCTION_CLAUSE_TRANSLITERATION[clause as InstructionClauseLetter];
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

const POSITIVE_INT = { en: 'a positive integer', fa: 'عدد صحیح مثبت' };

/** Refuse what `cite` cannot render, naming the field (never render `Art. 38(undefined)`). */
function checkCitation(c: Citation, lang: Lang): void {
  if (lang !== 'fa' && lang !== 'en') throw inputError('lang', { en: "'fa' or 'en'", fa: "'fa' یا 'en'" }, lang);
  if (typeof c !== 'object' || c === null) throw inputError('citation', { en: 'a citation { article, clause?, note?, … }', fa: 'ارجاع { article, clause?, note?, … }' }, c);
  const posInt = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v > 0;
  if (!posInt(c.article)) throw inputError('citation.article', POSITIVE_INT, c.article);
  for (const k of ['note', 'paragraph', 'grade', 'item'] as const) {
    if (c[k] !== undefined && !posInt(c[k])) throw inputError(`citation.${k}`, POSITIVE_INT, c[k]);
  }
  if (c.clause !== undefined) {
    const table: Readonly<Record<string, string>> =
      c.ruleSet === 'instruction-1392' ? INSTRUCTION_CLAUSE_TRANSLITERATION : CLAUSE_TRANSLITERATION;
    if (typeof c.clause !== 'string' || !Object.hasOwn(table, c.clause)) {
      throw inputError('citation.clause', { en: `a clause letter (${Object.keys(table).join(' ')})`, fa: `حرف بند (${Object.keys(table).join(' ')})` }, c.clause);
    }
  }
  if (c.ruleSet !== 'instruction-1392') checkProvisionExists(c);
}

/**
 * A citation of the regulation must name a provision it has (issue 15, item 5): an
 * article of 1–54, and a clause, note, paragraph or grade that article has. (The earlier
 * instruction's citations are checked for their form only.)
 */
function checkProvisionExists(c: Citation): void {
  const parts = provisionsOf(c.article);
  if (parts === undefined) {
    throw inputError('citation.article', { en: `an article of the regulation, 1–${ARTICLE_COUNT}`, fa: toPersianDigits(`ماده‌ای از آیین نامه، ۱ تا ${ARTICLE_COUNT}`) }, c.article, {
      en: `the regulation has no Art. ${c.article}`,
      fa: toPersianDigits(`آیین نامه ماده ${c.article} ندارد`),
    });
  }
  const check = (key: 'clause' | 'note' | 'paragraph' | 'grade', have: readonly (string | number)[], en: string, fa: string, faOne: string): void => {
    const v = c[key];
    if (v === undefined || have.includes(v as never)) return;
    const list = have.length === 0 ? null : have.join(key === 'clause' ? '، ' : ', ');
    throw inputError(
      `citation.${key}`,
      list === null
        ? { en: `no ${en} (Art. ${c.article} has none)`, fa: toPersianDigits(`بدون ${fa} (ماده ${c.article} ${fa} ندارد)`) }
        : { en: `a ${en} of Art. ${c.article}: ${have.join(', ')}`, fa: toPersianDigits(`${faOne} از ماده ${c.article}: ${list}`) },
      v,
    );
  };
  check('clause', parts.clauses, 'clause', 'بند', 'بندی');
  check('note', parts.notes, 'note', 'تبصره', 'تبصره‌ای');
  check('paragraph', parts.paragraphs, 'paragraph', 'فراز', 'فرازی');
  check('grade', parts.grades, 'grade', 'درجه', 'درجه‌ای');
}

/** A regulation citation as a schema parses it: optional keys may be present as `undefined`. */
export interface ParsedCitation {
  readonly article: number;
  readonly clause?: ClauseId | undefined;
  readonly note?: number | undefined;
  readonly paragraph?: number | undefined;
  readonly grade?: number | undefined;
}

/** The citation without the keys a schema gives as `undefined` (exact optional properties). */
export function compactCitation(c: ParsedCitation): Citation {
  const out: { article: number; clause?: ClauseId; note?: number; paragraph?: number; grade?: number } = { article: c.article };
  if (c.clause !== undefined) out.clause = c.clause;
  if (c.note !== undefined) out.note = c.note;
  if (c.paragraph !== undefined) out.paragraph = c.paragraph;
  if (c.grade !== undefined) out.grade = c.grade;
  return out;
}
