/**
 * Which provisions the regulation has (issue 15, item 5): for each of its 54 articles, its
 * clause ids, note numbers, paragraph numbers (Art. 14) and grades (Art. 29), so that
 * `cite` refuses a citation of a provision that does not exist — without the main entry
 * carrying the text itself (src/text). test/core/provision-index.test.ts checks this table
 * against the text, article by article, so the two cannot diverge.
 */

/** [clauses, notes, paragraphs, grades] of each article, space-separated; index = article − 1. */
const INDEX: readonly (readonly [string, string, string, string])[] = [
  /* 1 */ ["الف ب پ ت ث ج چ ح خ د ز ر ز2 ژ", "", "", ""],
  /* 2 */ ["", "", "", ""],
  /* 3 */ ["", "5", "", ""],
  /* 4 */ ["", "", "", ""],
  /* 5 */ ["", "1", "", ""],
  /* 6 */ ["", "", "", ""],
  /* 7 */ ["", "", "", ""],
  /* 8 */ ["", "", "", ""],
  /* 9 */ ["الف ب پ ت ث ج چ ح خ د ذ", "", "", ""],
  /* 10 */ ["الف ب", "", "", ""],
  /* 11 */ ["الف ب پ", "", "", ""],
  /* 12 */ ["", "", "", ""],
  /* 13 */ ["", "1 2", "", ""],
  /* 14 */ ["", "", "1 2 3", ""],
  /* 15 */ ["الف ب پ ت ث ج چ ح", "", "", ""],
  /* 16 */ ["", "", "", ""],
  /* 17 */ ["", "1 2", "", ""],
  /* 18 */ ["", "", "", ""],
  /* 19 */ ["", "", "", ""],
  /* 20 */ ["", "", "", ""],
  /* 21 */ ["", "", "", ""],
  /* 22 */ ["", "", "", ""],
  /* 23 */ ["", "", "", ""],
  /* 24 */ ["", "", "", ""],
  /* 25 */ ["", "", "", ""],
  /* 26 */ ["", "", "", ""],
  /* 27 */ ["", "", "", ""],
  /* 28 */ ["", "", "", ""],
  /* 29 */ ["", "1", "", "1 2 3 4 5 6 7"],
  /* 30 */ ["الف ب پ ت", "1", "", ""],
  /* 31 */ ["", "", "", ""],
  /* 32 */ ["", "", "", ""],
  /* 33 */ ["", "", "", ""],
  /* 34 */ ["الف ب پ ت", "", "", ""],
  /* 35 */ ["الف ب پ ت", "", "", ""],
  /* 36 */ ["الف ب پ ت ث ج چ", "", "", ""],
  /* 37 */ ["الف ب پ ت ث ج چ ح خ د ز", "", "", ""],
  /* 38 */ ["الف ب پ ت ث ج چ ح خ د ذ ر", "", "", ""],
  /* 39 */ ["الف ب پ ت ث ج", "", "", ""],
  /* 40 */ ["الف ب پ ت ث ج چ", "", "", ""],
  /* 41 */ ["", "", "", ""],
  /* 42 */ ["", "", "", ""],
  /* 43 */ ["", "", "", ""],
  /* 44 */ ["", "", "", ""],
  /* 45 */ ["", "", "", ""],
  /* 46 */ ["", "", "", ""],
  /* 47 */ ["الف ب پ", "", "", ""],
  /* 48 */ ["", "", "", ""],
  /* 49 */ ["", "", "", ""],
  /* 50 */ ["", "", "", ""],
  /* 51 */ ["", "", "", ""],
  /* 52 */ ["", "", "", ""],
  /* 53 */ ["", "", "", ""],
  /* 54 */ ["", "", "", ""],
];

/** The number of articles of the regulation. */
export const ARTICLE_COUNT = INDEX.length;

/** The parts of one article of the regulation, or undefined when it has no such article. */
export function provisionsOf(article: number): { readonly clauses: readonly string[]; readonly notes: readonly number[]; readonly paragraphs: readonly number[]; readonly grades: readonly number[] } | undefined {
  const row = INDEX[article - 1];
  if (row === undefined) return undefined;
  const list = (s: string): string[] => (s === '' ? [] : s.split(' '));
  return { clauses: list(row[0]), notes: list(row[1]).map(Number), paragraphs: list(row[2]).map(Number), grades: list(row[3]).map(Number) };
}
