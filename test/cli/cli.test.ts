import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { runCli } from '../../src/cli/run.js';
import { linesOf, type CliIo } from '../../src/cli/io.js';
import { jsonSchemaOf } from '../../src/cli/schema.js';
import type * as z from 'zod/mini';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(argv: string[], stdin = '', files: Record<string, string> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  async function* chunks(s: string): AsyncGenerator<string> {
    // Deliver in small pieces to exercise line splitting across chunks.
    for (let i = 0; i < s.length; i += 7) yield s.slice(i, i + 7);
  }
  const io: CliIo = {
    stdin: chunks(stdin),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    readFile: async (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error(`ENOENT: no such file, open '${p}'`), { code: 'ENOENT' });
      return f;
    },
    fileLines: (p) => linesOf(chunks(files[p] ?? '')),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('CLI (issue 6): one subcommand per decision', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: its --help example makes a decision (exit 0, JSON out)', async (_n, c) => {
    const r = await cli([c.name], JSON.stringify(c.example));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(typeof out).toBe('object');
  });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: --help shows the articles and a runnable example', async (_n, c) => {
    const r = await cli([c.name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(c.articles);
    expect(r.stdout).toContain(JSON.stringify(c.example));
  });

  it('Art. 9(ث): --lang fa prints the decision as Persian text; --lang en as English', async () => {
    const input = JSON.stringify({ role: 'manager', asOf: '1387/11/16', person: { birthDate: '1363/11/17' } });
    const fa = await cli(['eligibility', '--lang', 'fa'], input);
    expect(fa.code).toBe(0);
    expect(fa.stdout).toContain('ماده ۹ بند ث');
    const en = await cli(['eligibility', '--lang', 'en'], input);
    expect(en.stdout).toContain('Art. 9(th)');
    expect(en.stdout).toContain('Status: ineligible');
  });

  it('--as-of fills the date when the input has none, and never overrides one', async () => {
    const r = await cli(['eligibility', '--as-of', '1387/11/17'], JSON.stringify({ role: 'manager', person: { birthDate: '1363/11/17' } }));
    expect(JSON.parse(r.stdout).asOf).toBe('1387/11/17');
    const kept = await cli(['eligibility', '--as-of', '1387/11/17'], JSON.stringify({ role: 'manager', asOf: '1390/01/01', person: {} }));
    expect(JSON.parse(kept.stdout).asOf).toBe('1390/01/01');
  });

  it('malformed input: exit 1 and the typed error on stderr, naming the field', async () => {
    const r = await cli(['eligibility'], JSON.stringify({ role: 'manager', asOf: '1404/12/30', person: {} }));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const err = JSON.parse(r.stderr) as { code: string; issues: { field: string }[] };
    expect(err.code).toBe('INPUT_INVALID');
    expect(err.issues.map((i) => i.field)).toContain('asOf');
    const fa = await cli(['eligibility', '--lang', 'fa'], '{not json');
    expect(fa.code).toBe(1);
    expect(fa.stderr).toContain('JSON معتبر');
  });

  it('usage errors: exit 2', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['no-such-command'])).code).toBe(2);
    expect((await cli(['eligibility', '--bogus'])).code).toBe(2);
    expect((await cli(['eligibility', '--lang', 'de'])).code).toBe(2);
    expect((await cli(['age', '--ndjson'])).code).toBe(2);
    expect((await cli(['eligibility', 'missing.json'])).code).toBe(2);
    expect((await cli(['--help'])).code).toBe(0);
    expect((await cli(['commands'])).stdout).toContain('exam-sitting');
  });

  it('Art. 10(الف): an exam sitting streams from CSV and from NDJSON lines', async () => {
    const csv = 'id,score\nc1,72.5\nc2,50\nc3,40\n';
    const r = await cli(['exam-sitting', 'sitting.csv', '--csv'], '', { 'sitting.csv': csv });
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as { value: { n: number; results: { id: string; passed: boolean }[] } };
    expect(d.value.n).toBe(3);
    expect(d.value.results.map((x) => [x.id, x.passed])).toEqual([['c1', true], ['c2', false], ['c3', false]]);
    const nd = await cli(['exam-sitting', '--ndjson'], '{"id":"c1","score":72.5}\n{"id":"c2","score":50}\n\n{"id":"c3","score":40}');
    expect(JSON.parse(nd.stdout).value.n).toBe(3);
    const bad = await cli(['exam-sitting', 'sitting.csv', '--csv'], '', { 'sitting.csv': 'id,score\nc1,NaN\n' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('entries[0].score');
  });

  it('Arts. 9, 11: a registration round as NDJSON gives one decision per line; a bad line exits 1 and the rest are still decided', async () => {
    const lines = [
      { role: 'manager', asOf: '1403/05/01', person: { birthDate: '1370/01/01' } },
      { role: 'manager', asOf: '1403/13/01', person: {} },
      { role: 'legalExpert', asOf: '1403/05/01', person: { birthDate: '1385/01/01' } },
    ].map((x) => JSON.stringify(x));
    const r = await cli(['eligibility', '--ndjson'], lines.join('\n'));
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { status: string });
    expect(out).toHaveLength(2);
    expect(r.stderr).toContain('line 2');
  });
});

describe('JSON Schemas of every input (issue 6)', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });

  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: the example passes under both the JSON Schema and zod; a bad input fails under both', (_n, c) => {
    const schema = jsonSchemaOf(c.schema as z.ZodMiniType) as object;
    const validate = ajv.compile(schema);
    expect(validate(c.example), JSON.stringify(validate.errors)).toBe(true);
    expect((c.schema.safeParse(c.example) as { success: boolean }).success).toBe(true);
    const bad: unknown[] = [];
    expect(validate(bad)).toBe(false);
    expect((c.schema.safeParse(bad) as { success: boolean }).success).toBe(false);
  });

  it('schema <name> prints the JSON Schema; an unknown name is a usage error', async () => {
    const r = await cli(['schema', 'sentence']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { $schema: string }).$schema).toContain('json-schema.org');
    expect((await cli(['schema', 'nope'])).code).toBe(2);
  });
});
