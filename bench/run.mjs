#!/usr/bin/env node
// `npm run bench`: runs every benchmark in bench/ (each a plain ESM script against the
// built package in dist/) one after another, so they do not compete for the 2 cores.
// Figures are medians over several runs in one process; see docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { table } from './_harness.mjs';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
console.log(`node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} × ${os.cpus().length}, ${os.platform()} ${os.arch()}`);
const tmp = mkdtempSync(join(os.tmpdir(), 'bench-'));
const summaryFile = join(tmp, 'summary.jsonl');
let failed = 0;
for (const f of files) {
  console.log(`\n## ${f}`);
  const r = spawnSync(process.execPath, ['--expose-gc', join(dir, f)], { stdio: 'inherit', env: { ...process.env, BENCH_SUMMARY: summaryFile } });
  if (r.status !== 0) failed++;
}
// One table for every area: each benchmark's headline rows against their baselines.
if (existsSync(summaryFile)) {
  const rows = readFileSync(summaryFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  console.log('\n## Summary: the library against each baseline (medians; targets from the issues)');
  table(rows);
}
rmSync(tmp, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
