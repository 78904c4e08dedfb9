/**
 * An independent, line-based reader of the published text (test/fixtures), written
 * without looking at the data module: the tests compare the data with what it reads.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/regulation-1401.fa.txt', import.meta.url));

export interface SourceArticle {
  n: number;
  lead: string;
  clauses: { letter: string; text: string }[];
  notes: { heading: string; text: string }[];
  paragraphs: string[];
  grades: { word: string; text: string }[];
}
export interface SourceChapter {
  ordinal: string;
  title: string;
  articles: number[];
}
export interface Source {
  lines: string[];
  title: string;
  approval: string;
  signature: string;
  articles: SourceArticle[];
  chapters: SourceChapter[];
}

const LETTERS = ['الف', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'ژ'];

/** Persian digits to a number. */
export function faNumber(s: string): number {
  let n = 0;
  for (const ch of s) {
    const d = '۰۱۲۳۴۵۶۷۸۹'.indexOf(ch);
    if (d < 0) throw new Error(`not a Persian digit: ${ch}`);
    n = n * 10 + d;
  }
  return n;
}

/** Split «X - rest» at the first dash: [X, rest], both trimmed; or null without a dash. */
function atDash(line: string): [string, string] | null {
  const i = line.indexOf('-');
  return i < 0 ? null : [line.slice(0, i).trim(), line.slice(i + 1).trim()];
}

function clausesOf(line: string): { letter: string; text: string }[] {
  // A clause line may hold a second clause after «؛ L-» (Art. 39: ث and ج on one line).
  for (const l of LETTERS) {
    const i = line.indexOf(`؛ ${l}-`);
    if (i >= 0) return [...clausesOf(line.slice(0, i + 1)), ...clausesOf(line.slice(i + 2))];
  }
  const first = line.split(/[\s-]/)[0] ?? '';
  return [{ letter: first, text: line.slice(first.length).replace(/^[\s-]+/, '').trim() }];
}

export function readSource(text: string = readFileSync(FIXTURE_PATH, 'utf8')): Source {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const [title, approval] = lines;
  const signature = lines[lines.length - 1]!;
  const articles: SourceArticle[] = [];
  const chapters: SourceChapter[] = [];
  const openChapter = (heading: string): void => {
    const [head, chapterTitle] = atDash(heading)!;
    chapters.push({ ordinal: head.replace('فصل', '').trim(), title: chapterTitle, articles: [] });
  };
  for (const line of lines.slice(2, -1)) {
    if (line.startsWith('ماده ')) {
      const [head, rest] = atDash(line)!;
      let lead = rest;
      const ch = lead.indexOf(' فصل ');
      const trailingHeading = ch >= 0 ? lead.slice(ch + 1) : null;
      if (ch >= 0) lead = lead.slice(0, ch).trim();
      const n = faNumber(head.replace('ماده', '').trim());
      articles.push({ n, lead, clauses: [], notes: [], paragraphs: [], grades: [] });
      chapters[chapters.length - 1]?.articles.push(n);
      if (trailingHeading !== null) openChapter(trailingHeading);
      continue;
    }
    if (line.startsWith('فصل ')) {
      openChapter(line);
      continue;
    }
    const a = articles[articles.length - 1]!;
    if (line.startsWith('تبصره')) {
      const [heading, noteText] = atDash(line)!;
      a.notes.push({ heading, text: noteText });
    } else if (line.startsWith('درجه ')) {
      const i = line.indexOf(':');
      a.grades.push({ word: line.slice('درجه '.length, i).trim(), text: line.slice(i + 1).trim() });
    } else if (LETTERS.includes(line.split(/[\s-]/)[0] ?? '')) {
      a.clauses.push(...clausesOf(line));
    } else {
      if (a.paragraphs.length === 0) a.paragraphs.push(a.lead);
      a.paragraphs.push(line);
    }
  }
  return { lines, title: title!, approval: approval!, signature, articles, chapters };
}
