/**
 * Every ```ts block of the domain pages in docs/ is a complete program that imports from
 * 'iran-judicial-eservices' (or '/text') and checks its own answers with node:assert/strict.
 * This test runs them all, so the docs cannot drift from the code (the weak spot STYLE.md
 * names: "examples copied by hand and never run").
 *
 * How (no build needed, nothing written inside the checkout):
 * 1. extract the ```ts blocks of the pages listed in PAGES (the line each starts on is kept
 *    for the test name and the error message);
 * 2. rewrite the package imports to absolute paths of the sources
 *    ('iran-judicial-eservices' → <root>/src/index.js, '/text' → <root>/src/text/index.js;
 *    a `.js` import from a `.ts` file resolves to the `.ts` source, as in src/ itself);
 *    any other import but `node:*` is refused, so a snippet stays copy-pasteable;
 * 3. write each block to a fresh directory under os.tmpdir() as `<page>-<n>.ts`;
 * 4. type-check them all with the TypeScript API, under the project's compiler options
 *    (strict, noUncheckedIndexedAccess, exactOptionalPropertyTypes): a snippet must compile
 *    as it would in a user's strict project;
 * 5. run each with a dynamic `import()`: vitest's module runner transforms the `.ts` file
 *    and the sources it imports, so a failing `assert` fails the test with its message.
 *    console.log is silenced while a snippet runs (the pages show output in comments).
 *
 * The pages are this test's list, not every file of docs/: interpretation.md,
 * traceability.md and the others are not example pages.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const DOCS = join(ROOT, 'docs');

/** The pages whose ```ts blocks are run. */
export const PAGES = ['README.md', 'eligibility.md', 'exam.md', 'discipline.md', 'deadlines.md', 'fees.md', 'operations.md', 'calendar.md'] as const;

/** What a snippet may import, and what it becomes. */
const MODULES: Readonly<Record<string, string>> = {
  'iran-judicial-eservices': join(ROOT, 'src', 'index.js'),
  'iran-judicial-eservices/text': join(ROOT, 'src', 'text', 'index.js'),
  'iran-judicial-eservices/eligibility': join(ROOT, 'src', 'eligibility', 'index.js'),
  'iran-judicial-eservices/exam': join(ROOT, 'src', 'exam', 'index.js'),
  'iran-judicial-eservices/discipline': join(ROOT, 'src', 'discipline', 'index.js'),
  'iran-judicial-eservices/fees': join(ROOT, 'src', 'fees', 'index.js'),
  'iran-judicial-eservices/operations': join(ROOT, 'src', 'operations', 'index.js'),
  'iran-judicial-eservices/instruction': join(ROOT, 'src', 'instruction', 'index.js'),
  'iran-judicial-eservices/messages': join(ROOT, 'src', 'messages.js'),
  'iran-judicial-eservices/calendar': join(ROOT, 'src', 'calendar', 'index.js'),
};

export interface Snippet {
  readonly page: string;
  /** 1-based index of the block in its page. */
  readonly n: number;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
}

/** The ```ts blocks of a markdown text (fences of exactly ```ts; other languages are prose). */
export function extractSnippets(page: string, markdown: string): Snippet[] {
  const out: Snippet[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]?.trimEnd() !== '```ts') continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]?.trimEnd() !== '```'; i++) body.push(lines[i] ?? '');
    if (i >= lines.length) throw new Error(`${page}:${start + 1}: a \`\`\`ts block is not closed`);
    out.push({ page, n: out.length + 1, line: start + 1, code: body.join('\n') });
  }
  return out;
}

const IMPORT_RE = /(\bfrom\s*|\bimport\s*\(?\s*)(['"])([^'"]+)\2/g;

/** The snippet with its package imports pointed at the sources; throws on any other import. */
export function rewriteImports(s: Snippet): string {
  return s.code.replace(IMPORT_RE, (whole, lead: string, quote: string, spec: string) => {
    if (spec.startsWith('node:')) return whole;
    const target = MODULES[spec];
    if (target === undefined) throw new Error(`${s.page}:${s.line}: a snippet may import only 'iran-judicial-eservices', '/text' and node: modules, not '${spec}'`);
    return `${lead}${quote}${slashes(target)}${quote}`;
  });
}

function slashes(p: string): string {
  return p.replaceAll('\\', '/');
}

function fileName(s: Snippet): string {
  return `${s.page.replace(/\.md$/, '')}-${String(s.n).padStart(2, '0')}.ts`;
}

const snippets = PAGES.flatMap((page) => extractSnippets(page, readFileSync(join(DOCS, page), 'utf8')));
const dir = mkdtempSync(join(tmpdir(), 'ije-docs-'));
const files = new Map<Snippet, string>();
for (const s of snippets) {
  const file = join(dir, fileName(s));
  writeFileSync(file, `// docs/${s.page}, the block at line ${s.line}\n${rewriteImports(s)}\nexport {};\n`);
  files.set(s, file);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Type-check the snippets (and, through them, the sources) under the project's options. */
function typeErrors(): Map<string, { line: number; text: string }[]> {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, typeRoots: [join(ROOT, 'node_modules', '@types')] };
  const program = ts.createProgram([...files.values()], options);
  const mine = new Set([...files.values()].map(slashes));
  const byFile = new Map<string, { line: number; text: string }[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file === undefined ? undefined : slashes(d.file.fileName);
    if (name === undefined || !mine.has(name)) continue;
    // 0-based line in the generated file = 1-based line in the snippet (one header line)
    const line = d.start === undefined ? 0 : d.file!.getLineAndCharacterOfPosition(d.start).line;
    byFile.set(name, [...(byFile.get(name) ?? []), { line, text: ts.flattenDiagnosticMessageText(d.messageText, '\n') }]);
  }
  return byFile;
}

describe('docs: every ```ts block of the domain pages runs and checks its answers (issue 6, item 3)', () => {
  it('the pages exist and each has runnable examples', () => {
    for (const page of PAGES) expect(snippets.filter((s) => s.page === page).length, page).toBeGreaterThan(0);
  });

  it('every block imports the package and asserts with node:assert/strict (a block that cannot fail is a defect)', () => {
    for (const s of snippets) {
      const where = `docs/${s.page}:${s.line}`;
      expect(s.code, where).toMatch(/from\s+'iran-judicial-eservices(\/[a-z]+)?'/);
      expect(s.code, where).toMatch(/import assert from 'node:assert\/strict'/);
      expect(s.code, where).toMatch(/\bassert(\.\w+)?\(/);
    }
  });

  it('every block type-checks under the project\'s strict options', () => {
    const errors = typeErrors();
    const report = [...files.entries()].flatMap(([s, f]) => (errors.get(slashes(f)) ?? []).map((e) => `docs/${s.page}:${s.line + e.line}: ${e.text}`));
    expect(report).toEqual([]);
  });

  for (const [s, file] of files) {
    it(`docs/${s.page}, example ${s.n} (line ${s.line}) runs and its assertions hold`, async () => {
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        log.mockRestore();
      }
    });
  }
});

describe('the docs example reader', () => {
  it('extracts only ```ts blocks, with their lines', () => {
    const md = ['# t', '```ts', 'a', '```', '```js', 'b', '```', 'text', '```ts', 'c', 'd', '```'].join('\n');
    expect(extractSnippets('p.md', md)).toEqual([
      { page: 'p.md', n: 1, line: 2, code: 'a' },
      { page: 'p.md', n: 2, line: 9, code: 'c\nd' },
    ]);
  });

  it('refuses an unclosed block', () => {
    expect(() => extractSnippets('p.md', '```ts\na')).toThrow(/not closed/);
  });

  it('rewrites the package imports and refuses any other', () => {
    const s = { page: 'p.md', n: 1, line: 1, code: "import assert from 'node:assert/strict';\nimport { explain } from 'iran-judicial-eservices';\nimport { citeWithText } from 'iran-judicial-eservices/text';" };
    const out = rewriteImports(s);
    expect(out).toContain("from 'node:assert/strict'");
    expect(out).toContain(`from '${join(ROOT, 'src', 'index.js').replaceAll('\\', '/')}'`);
    expect(out).toContain(`from '${join(ROOT, 'src', 'text', 'index.js').replaceAll('\\', '/')}'`);
    expect(() => rewriteImports({ ...s, code: "import x from 'zod/mini';" })).toThrow(/may import only/);
  });
});
