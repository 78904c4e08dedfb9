/**
 * The CLI over the library's public functions. JSON in (a file or stdin), JSON out (or
 * readable text with `--lang fa|en`). Exit codes: 0 a decision was made (whatever it
 * says), 1 the input was malformed (the InputError's messages on stderr), 2 usage.
 */
import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { explain } from '../core/explain.js';
import { InputError, isInputError } from '../core/errors.js';
import type { Decision } from '../core/decision.js';
import type { Lang } from '../core/citation.js';
import type { Command } from './command.js';
import { COMMANDS } from './commands.js';
import { linesOf, readAll, type CliIo } from './io.js';
import { jsonSchemaOf } from './schema.js';

const USAGE = `Usage: iran-judicial-eservices <command> [input.json|-] [options]
       iran-judicial-eservices schema <command>|all
       iran-judicial-eservices commands
       iran-judicial-eservices serve [--port 8080] [--host 127.0.0.1]   (the HTTP API; serve --help)

Options:
  --lang fa|en     print readable text in Persian or English instead of JSON
  --as-of DATE     the date the decision speaks of (Jalali YYYY/MM/DD), when the input has none
  --ndjson         the input is one JSON value per line (a registration round, an exam sitting)
  --csv            the input is CSV with a header line (exam sittings: id,score)
  --help           help for a command, with an example

Exit codes: 0 a decision was made, 1 malformed input, 2 usage.`;

class UsageError extends Error {}

function isDecision(x: unknown): x is Decision {
  return typeof x === 'object' && x !== null && 'findings' in x && 'summary' in x && 'ruleSet' in x;
}

function render(result: unknown, lang: Lang | undefined, pretty: boolean): string {
  if (lang !== undefined && isDecision(result)) return `${explain(result, { lang })}\n`;
  return `${JSON.stringify(result, null, pretty ? 2 : undefined)}\n`;
}

function errorText(e: InputError, lang: Lang | undefined): string {
  if (lang === 'fa') return `${e.messages.fa}\n`;
  if (lang === 'en') return `${e.messages.en}\n`;
  return `${JSON.stringify(e.toJSON(), null, 2)}\n`;
}

function commandHelp(c: Command): string {
  return [
    `iran-judicial-eservices ${c.name} — ${c.summary.en}`,
    `${c.summary.fa}`,
    `Articles: ${c.articles}`,
    '',
    `Input: JSON (file or stdin); its JSON Schema: iran-judicial-eservices schema ${c.name}`,
    ...(c.lines ? [`Also: --ndjson${c.lines.mode === 'collect' && c.lines.csvColumns ? ` or --csv (${c.lines.csvColumns.join(',')})` : ''}, one ${c.lines.mode === 'each' ? 'input' : 'entry'} per line`] : []),
    '',
    'Example:',
    `  echo '${JSON.stringify(c.example)}' | iran-judicial-eservices ${c.name} --lang en`,
    '',
  ].join('\n');
}

function withAsOf(c: Command, input: unknown, asOf: string | undefined): unknown {
  if (asOf === undefined || c.asOfKey === undefined) return input;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const obj = input as Record<string, unknown>;
  return c.asOfKey in obj ? obj : { ...obj, [c.asOfKey]: asOf };
}

function parseJsonOrThrow(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new InputError([
      {
        path: [],
        field: where,
        code: 'invalid_json',
        expected: { en: 'valid JSON', fa: 'JSON معتبر' },
        received: msg,
        message: { en: `${where}: expected valid JSON (${msg})`, fa: `${where}: JSON معتبر لازم است (${msg})` },
      },
    ]);
  }
}

function csvRow(line: string, header: readonly string[], lineNo: number): Record<string, unknown> {
  const cells = line.split(',').map((s) => s.trim());
  const row: Record<string, unknown> = {};
  header.forEach((h, i) => {
    const v = cells[i] ?? '';
    row[h] = h === 'score' ? (v === '' ? v : Number(v)) : v;
  });
  void lineNo;
  return row;
}

/** Run the CLI; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let values: { lang?: string; 'as-of'?: string; ndjson?: boolean; csv?: boolean; help?: boolean; pretty?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        lang: { type: 'string' },
        'as-of': { type: 'string' },
        ndjson: { type: 'boolean' },
        csv: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        pretty: { type: 'boolean' },
      },
    }));
  } catch (e) {
    io.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}\n`);
    return 2;
  }
  const [name, arg] = positionals;
  if (name === undefined || name === 'help') {
    (values.help || name === 'help' ? io.stdout : io.stderr).write(`${USAGE}\n`);
    return values.help || name === 'help' ? 0 : 2;
  }
  if (values.lang !== undefined && values.lang !== 'fa' && values.lang !== 'en') {
    io.stderr.write(`--lang must be fa or en, got ${values.lang}\n`);
    return 2;
  }
  const lang = values.lang as Lang | undefined;
  if (name === 'commands') {
    for (const c of COMMANDS) io.stdout.write(`${c.name.padEnd(22)} ${c.summary.en} (${c.articles})\n`);
    return 0;
  }
  if (name === 'schema') {
    if (arg === '--all' || arg === 'all') {
      const all: Record<string, unknown> = {};
      for (const c of COMMANDS) all[c.name] = jsonSchemaOf(c.schema as z.ZodMiniType);
      io.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
      return 0;
    }
    const c = COMMANDS.find((x) => x.name === arg);
    if (c === undefined) {
      io.stderr.write(`schema: unknown command ${String(arg)}; try: iran-judicial-eservices commands\n`);
      return 2;
    }
    io.stdout.write(`${JSON.stringify(jsonSchemaOf(c.schema as z.ZodMiniType), null, 2)}\n`);
    return 0;
  }
  const command = COMMANDS.find((x) => x.name === name);
  if (command === undefined) {
    io.stderr.write(`Unknown command: ${name}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  try {
    if (positionals.length > 2) throw new UsageError('one input file at most');
    if ((values.ndjson || values.csv) && command.lines === undefined) throw new UsageError(`${name} takes one JSON input, not lines`);
    if (values.csv && (command.lines?.mode !== 'collect' || command.lines.csvColumns === undefined)) throw new UsageError(`${name} does not read CSV`);
    const source = arg === undefined || arg === '-' ? linesOf(io.stdin) : io.fileLines(arg);
    const asOf = values['as-of'];
    const pretty = values.pretty ?? !(values.ndjson || values.csv);

    if ((values.ndjson || values.csv) && command.lines?.mode === 'each') {
      let index = 0;
      let bad = 0;
      const progress = io.stderr.isTTY === true;
      for await (const line of source) {
        if (line.trim() === '') continue;
        const i = index++;
        try {
          const result = command.run(withAsOf(command, parseJsonOrThrow(line, `line ${i + 1}`), asOf));
          io.stdout.write(render(result, lang, false));
        } catch (e) {
          if (!isInputError(e)) throw e;
          bad++;
          io.stderr.write(`line ${i + 1}: ${errorText(e as InputError, lang ?? 'en')}`);
        }
        if (progress && index % 10_000 === 0) io.stderr.write(`\r${index} processed`);
      }
      if (progress && index >= 10_000) io.stderr.write(`\r${index} processed\n`);
      return bad === 0 ? 0 : 1;
    }

    let input: unknown;
    if ((values.ndjson || values.csv) && command.lines?.mode === 'collect') {
      const entries: unknown[] = [];
      let header: readonly string[] | undefined;
      let lineNo = 0;
      for await (const line of source) {
        lineNo++;
        if (line.trim() === '') continue;
        if (values.csv) {
          if (header === undefined) {
            header = line.split(',').map((s) => s.trim());
            continue;
          }
          entries.push(csvRow(line, header, lineNo));
        } else {
          entries.push(parseJsonOrThrow(line, `line ${lineNo}`));
        }
      }
      input = { [command.lines.key]: entries };
    } else {
      const text = arg === undefined || arg === '-' ? await readAll(io.stdin) : await io.readFile(arg);
      input = parseJsonOrThrow(text, arg === undefined || arg === '-' ? 'stdin' : arg);
    }
    const result = command.run(withAsOf(command, input, asOf));
    io.stdout.write(render(result, lang, pretty));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (isInputError(e)) {
      io.stderr.write(errorText(e as InputError, lang));
      return 1;
    }
    const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      io.stderr.write(`cannot read the input: ${e instanceof Error ? e.message : String(e)}\n`);
      return 2;
    }
    throw e;
  }
}
