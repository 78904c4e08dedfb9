/**
 * docs/http.md's examples are run (issue 17, item 6): every ```sh block that calls the
 * server (`localhost:8080`) is executed with sh against a server on a free port, and its
 * answer compared with the block after it: a ```json block must be part of the answer
 * (every key it shows, with the value it shows; NDJSON line by line), a ```text block the
 * whole answer. A block with no expected answer after it fails, so no example goes unchecked.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start, type Running } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const PAGE = readFileSync(join(ROOT, 'docs', 'http.md'), 'utf8');

interface Block {
  readonly lang: string;
  readonly code: string;
  readonly line: number;
}

function blocks(markdown: string): Block[] {
  const out: Block[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i] as string);
    out.push({ lang: open[1] as string, code: body.join('\n'), line: start + 1 });
  }
  return out;
}

/** `expected` is part of `actual`: objects by the keys shown, arrays item by item, same length. */
function contains(actual: unknown, expected: unknown, path = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${path}: expected an array of ${expected.length}, got ${JSON.stringify(actual)?.slice(0, 80)}`];
    return expected.flatMap((e, i) => contains(actual[i], e, `${path}[${i}]`));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.entries(expected).flatMap(([k, v]) => (k in actual ? contains((actual as Record<string, unknown>)[k], v, `${path}.${k}`) : [`${path}.${k}: missing`]));
  }
  return Object.is(actual, expected) ? [] : [`${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}

const all = blocks(PAGE);
const examples = all.flatMap((b, i) => (b.lang === 'sh' && b.code.includes('localhost:8080') ? [{ run: b, expected: all[i + 1] }] : []));

let s: Running;
beforeAll(async () => {
  s = await start();
});
afterAll(() => s.close());

describe('docs/http.md: the curl examples', () => {
  it('has examples (a page without any would pass every test below)', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples.map((e) => [e.run.line, e] as const))('the example at line %i answers what the page shows', async (_line, { run, expected }) => {
    expect(expected?.lang, `line ${run.line}: a \`\`\`json or \`\`\`text block must follow`).toMatch(/^(json|text)$/);
    const script = run.code.replaceAll('localhost:8080', `127.0.0.1:${s.port}`);
    const out = await new Promise<string>((resolve, reject) =>
      execFile('sh', ['-c', script], { timeout: 30_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout))),
    );
    if (expected?.lang === 'text') {
      expect(out.trim()).toBe(expected.code.trim());
      return;
    }
    const want = expected?.code.trim() ?? '';
    let pairs: [unknown, unknown][];
    try {
      pairs = [[JSON.parse(out), JSON.parse(want)]];
    } catch {
      const got = out.trim().split('\n');
      const exp = want.split('\n');
      expect(got.length, `line ${run.line}: NDJSON lines`).toBe(exp.length);
      pairs = exp.map((e, i) => [JSON.parse(got[i] as string), JSON.parse(e)]);
    }
    for (const [a, e] of pairs) expect(contains(a, e), `line ${run.line}`).toEqual([]);
  });
});
