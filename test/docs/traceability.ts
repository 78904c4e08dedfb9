/**
 * Builds docs/traceability.md: every article, clause, note, paragraph and grade of the
 * regulation with the source files that cite it and the tests whose names cite it, or
 * the reason it has nothing to compute. Read by test/docs/traceability.test.ts (which
 * fails when the page is stale or when a clause of Arts. 8–14 or 29–45 has neither code
 * nor a reason) and rewritten by `npm run docs:traceability`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CLAUSE_TRANSLITERATION, cite, type Citation, type ClauseId } from '../../src/core/citation.js';
import { REGULATION_1401_TEXT } from '../../src/text/index.js';
import { NOTHING_TO_COMPUTE } from './reasons.js';

const ROOT = join(import.meta.dirname, '..', '..');

function walk(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p, suffix) : p.endsWith(suffix) ? [p] : [];
    })
    .sort();
}

/** A provision's key: `9`, `9(ث)`, `17 note 1`, `14 para 2`, `29 grade 5`. */
export function keyOf(c: Citation): string {
  if (c.clause !== undefined) return `${c.article}(${c.clause})`;
  if (c.note !== undefined) return `${c.article} note ${c.note}`;
  if (c.paragraph !== undefined) return `${c.article} para ${c.paragraph}`;
  if (c.grade !== undefined) return `${c.article} grade ${c.grade}`;
  return `${c.article}`;
}

const FROM_LATIN = new Map<string, ClauseId>(Object.entries(CLAUSE_TRANSLITERATION).map(([k, v]) => [v, k as ClauseId]));
const LETTERS = new Set<string>(Object.keys(CLAUSE_TRANSLITERATION));

function clauseOf(raw: string): ClauseId | undefined {
  const t = raw.trim();
  if (LETTERS.has(t)) return t as ClauseId;
  return FROM_LATIN.get(t);
}

/** Citations written in source code: `{ article: 9, clause: 'ث' }`, `art(9, 'ث')`, `note(30, 1)`. */
export function citationsInSource(text: string): Set<string> {
  const out = new Set<string>();
  const objectRe = /article:\s*(\d+)\s*(?:,\s*(clause|note|paragraph|grade):\s*(?:'([^']+)'|(\d+)))?/g;
  for (const m of text.matchAll(objectRe)) {
    const article = Number(m[1]);
    const kind = m[2];
    if (kind === undefined) out.add(`${article}`);
    else if (kind === 'clause') {
      const c = clauseOf(m[3] ?? '');
      if (c) out.add(keyOf({ article, clause: c }));
    } else out.add(keyOf({ article, [kind]: Number(m[4]) } as Citation));
  }
  for (const m of text.matchAll(/\bart\((\d+)(?:,\s*'([^']+)')?\)/g)) {
    const c = m[2] === undefined ? undefined : clauseOf(m[2]);
    out.add(c === undefined ? `${m[1]}` : keyOf({ article: Number(m[1]), clause: c }));
  }
  for (const m of text.matchAll(/\bnote\((\d+),\s*(\d+)\)/g)) out.add(keyOf({ article: Number(m[1]), note: Number(m[2]) }));
  return out;
}

/** Citations in test names: `Art. 9(ث)`, `Art. 38(dh)`, `Art. 17 note 1`, `Arts. 29, 33`, `Art. 29 grade 5`. */
export function citationsInName(name: string): Set<string> {
  const out = new Set<string>();
  for (const m of name.matchAll(/(?<!Instruction )Art\.\s*(\d+)\s*(?:\(([^)]+)\))?(?:,?\s*note\s*(\d+)?)?(?:,?\s*(?:grade)\s*(\d+))?(?:,?\s*para(?:graph|\.)?\s*(\d+))?/g)) {
    const article = Number(m[1]);
    out.add(`${article}`);
    if (m[2] !== undefined) {
      for (const part of m[2].split(/[,/]| and /)) {
        const c = clauseOf(part);
        if (c) out.add(keyOf({ article, clause: c }));
      }
    }
    if (m[0].includes('note')) out.add(keyOf({ article, note: Number(m[3] ?? 1) }));
    if (m[4] !== undefined) out.add(keyOf({ article, grade: Number(m[4]) }));
    if (m[5] !== undefined) out.add(keyOf({ article, paragraph: Number(m[5]) }));
  }
  for (const m of name.matchAll(/(?<!Instruction )Arts\.\s*([\d,–\-\s and]+)/g)) {
    const spec = m[1] ?? '';
    for (const part of spec.split(/,|\band\b/)) {
      const range = part.trim().split(/[–-]/).map((s) => Number(s.trim()));
      if (range.length === 2 && range.every(Number.isInteger)) for (let a = range[0]!; a <= range[1]!; a++) out.add(`${a}`);
      else if (range.length === 1 && Number.isInteger(range[0]) && range[0]! > 0) out.add(`${range[0]}`);
    }
  }
  return out;
}

/** Test names of a test file: the first string argument of it/test/describe (and .each). */
export function testNames(text: string): string[] {
  const names: string[] = [];
  const re = /\b(?:it|test|describe)(?:\.each\([\s\S]*?\))?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
  for (const m of text.matchAll(re)) names.push(m[2] ?? '');
  return names;
}

interface Row {
  readonly key: string;
  readonly label: string;
  readonly text: string;
  readonly article: number;
  readonly clause: boolean;
}

function rows(): Row[] {
  const out: Row[] = [];
  const short = (s: string) => (s.length > 70 ? `${s.slice(0, 67)}…` : s).replace(/\|/g, '\\|');
  for (const a of REGULATION_1401_TEXT.articles) {
    const c: Citation = { article: a.number };
    out.push({ key: keyOf(c), label: `**${cite(c, 'en')}** ${a.titleEn}`, text: short(a.text), article: a.number, clause: false });
    for (const cl of a.clauses) {
      const cc: Citation = { article: a.number, clause: cl.id };
      out.push({ key: keyOf(cc), label: `${cite(cc, 'en')} · ${cite(cc, 'fa')}`, text: short(cl.text), article: a.number, clause: true });
    }
    for (const p of a.paragraphs.length > 1 ? a.paragraphs : []) {
      const cc: Citation = { article: a.number, paragraph: p.number };
      out.push({ key: keyOf(cc), label: cite(cc, 'en'), text: short(p.text), article: a.number, clause: true });
    }
    for (const g of a.grades) {
      const cc: Citation = { article: a.number, grade: g.grade };
      out.push({ key: keyOf(cc), label: cite(cc, 'en'), text: short(g.text), article: a.number, clause: true });
    }
    for (const n of a.notes) {
      const cc: Citation = { article: a.number, note: n.number };
      out.push({ key: keyOf(cc), label: `${cite(cc, 'en')} · ${cite(cc, 'fa')}`, text: short(n.text), article: a.number, clause: true });
    }
  }
  return out;
}

/** The articles whose every clause must have code or a reason. */
export function mustBeCovered(article: number): boolean {
  return (article >= 8 && article <= 14) || (article >= 29 && article <= 45);
}

export interface Traceability {
  readonly markdown: string;
  /** Provisions of Arts. 8–14 and 29–45 with neither code nor a reason. */
  readonly uncovered: readonly string[];
}

/** Build the page. */
export function buildTraceability(): Traceability {
  const code = new Map<string, string[]>();
  for (const file of walk(join(ROOT, 'src'), '.ts')) {
    const rel = relative(ROOT, file).replaceAll('\\', '/');
    if (rel.startsWith('src/text/') || rel.startsWith('src/instruction/') || rel.startsWith('src/core/citation') || rel === 'src/params.ts') continue;
    for (const k of citationsInSource(readFileSync(file, 'utf8'))) code.set(k, [...(code.get(k) ?? []), rel]);
  }
  const tests = new Map<string, string[]>();
  for (const file of walk(join(ROOT, 'test'), '.test.ts')) {
    const rel = relative(ROOT, file).replaceAll('\\', '/');
    if (rel.startsWith('test/text/') || rel.startsWith('test/docs/') || rel.startsWith('test/core/citation')) continue;
    let count = new Map<string, number>();
    for (const name of testNames(readFileSync(file, 'utf8'))) for (const k of citationsInName(name)) count.set(k, (count.get(k) ?? 0) + 1);
    for (const [k, n] of count) tests.set(k, [...(tests.get(k) ?? []), `${rel} (${n})`]);
    count = new Map();
  }
  const lines: string[] = [
    '# Traceability',
    '',
    'Generated by `npm run docs:traceability` from the citations in `src/` and the names of',
    'the tests in `test/`; `npm test` fails when this page is stale, or when a provision of',
    'Arts. 8–14 or 29–45 has neither code nor a stated reason. Each provision lists the source',
    'files that cite it and the test files whose test names cite it (with how many tests), or',
    'why there is nothing to compute. The text column is the published Persian.',
    '',
  ];
  const uncovered: string[] = [];
  let chapter: number | null | undefined;
  const articleOf = new Map(REGULATION_1401_TEXT.articles.map((a) => [a.number, a]));
  for (const r of rows()) {
    const a = articleOf.get(r.article)!;
    if (!r.clause && a.chapter !== chapter) {
      chapter = a.chapter;
      const ch = REGULATION_1401_TEXT.chapters.find((c) => c.number === chapter);
      lines.push('', ch ? `## Chapter ${ch.number}: ${ch.titleEn}` : '## Definitions', '');
      lines.push('| provision | text | code | tests |', '|---|---|---|---|');
    }
    // An article with no citation of its own is covered through its parts.
    const own = code.get(r.key) ?? [];
    const viaParts = r.clause
      ? []
      : [...new Set([...code].filter(([k]) => k !== r.key && new RegExp(`^${r.article}[( ]`).test(k)).flatMap(([, v]) => v))].sort();
    const c = own.length > 0 ? own : viaParts;
    const t = tests.get(r.key) ?? [];
    const reason = NOTHING_TO_COMPUTE[r.key] ?? (r.clause ? undefined : NOTHING_TO_COMPUTE[`${r.article}*`]);
    const inherited = r.clause ? NOTHING_TO_COMPUTE[`${r.article}*`] : undefined;
    const why = reason ?? inherited;
    if (c.length === 0 && why === undefined && mustBeCovered(r.article)) uncovered.push(r.key);
    const whyText = reason !== undefined ? `— ${reason}` : inherited !== undefined ? `— see Art. ${r.article}` : '—';
    const codeCell = c.length > 0 ? (own.length > 0 ? '' : '(through its parts) ') + c.map((f) => `\`${f}\``).join('<br>') : whyText;
    const testCell = t.length > 0 ? t.map((f) => `\`${f}\``).join('<br>') : '—';
    lines.push(`| ${r.label} | ${r.text} | ${codeCell} | ${testCell} |`);
  }
  lines.push('');
  return { markdown: lines.join('\n'), uncovered };
}
