#!/usr/bin/env node
/** The `iran-judicial-eservices` command. See `--help`. */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { linesOf } from './io.js';
import { runCli } from './run.js';
import { serveCli } from '../server/serve.js';

const argv = process.argv.slice(2);
(argv[0] === 'serve'
  ? serveCli(argv.slice(1), { stdout: process.stdout, stderr: process.stderr })
  : runCli(argv, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: process.stderr,
      readFile: (path) => readFile(path, 'utf8'),
      fileLines: (path) => linesOf(createReadStream(path)),
    })
).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
