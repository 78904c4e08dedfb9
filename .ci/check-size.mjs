#!/usr/bin/env node
// Size budget (issue 6): each entry point of the built package, bundled and minified with
// its runtime dependencies (as an app's bundler would, importing everything the entry
// exports), gzipped. The main entry must stay within 30 KB; the others are reported
// against a looser guard so that growth is seen.
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const KB = 1024;
// The server entry (Node only) carries every rule set behind its routes; it is reported
// against a guard of its own so growth is seen, not against the browser-sized ones.
const budgets = { '.': 30 * KB, './server': 160 * KB };
const guard = 60 * KB;

let failed = false;
const rows = [];
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target !== 'object' || !target.import) continue;
  const file = join(root, target.import.default);
  const out = await build({
    stdin: { contents: `export * from ${JSON.stringify(file)};`, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    // The server entry is Node only (node:http); the others must bundle for any platform.
    platform: entry === './server' ? 'node' : 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    write: false,
    logLevel: 'error',
  });
  const code = out.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  const limit = budgets[entry] ?? guard;
  const ok = gz <= limit;
  if (!ok) failed = true;
  rows.push(`${entry.padEnd(16)} ${(code.length / KB).toFixed(1).padStart(7)} KB min  ${(gz / KB).toFixed(1).padStart(6)} KB gz  budget ${(limit / KB).toFixed(0)} KB  ${ok ? 'ok' : 'OVER'}`);
}
// The applicants' page (examples/page/, issue 18): the one HTML file a visitor downloads,
// its browser bundle (eligibility, instruction, text and the main entry) inline.
const { buildPage } = await import('./build-page.mjs');
const page = await buildPage();
const pageGz = gzipSync(Buffer.from(page.html), { level: 9 }).length;
const pageLimit = 80 * KB;
if (pageGz > pageLimit) failed = true;
rows.push(`${'page'.padEnd(16)} ${(Buffer.byteLength(page.html) / KB).toFixed(1).padStart(7)} KB min  ${(pageGz / KB).toFixed(1).padStart(6)} KB gz  budget ${(pageLimit / KB).toFixed(0)} KB  ${pageGz <= pageLimit ? 'ok' : 'OVER'}`);
console.log(rows.join('\n'));
if (failed) {
  console.error('size budget exceeded');
  process.exit(1);
}
