// bench/import: cold import time of the package's entry points. Each sample is a fresh
// `node` process that times `await import(...)` of one module (so node's own start-up is
// not counted); the figure is the median of the samples. zod/mini alone is shown for
// scale (the main entry imports it). Plain Node ESM: `npx tsup && node bench/import.mjs`.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, summary, table } from './_harness.mjs';

const SAMPLES = Number(process.env['IMPORT_SAMPLES'] ?? 15);
const root = join(import.meta.dirname, '..');
const dist = (f) => pathToFileURL(join(root, 'dist', f)).href;

const child = `
const t0 = performance.now();
await import(process.argv[1]);
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, heap: process.memoryUsage().heapUsed }));
`;

function sample(specifier) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', child, specifier], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`import of ${specifier} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

function measure(label, specifier, file) {
  sample(specifier); // warm the file-system cache
  const runs = Array.from({ length: SAMPLES }, () => sample(specifier));
  return {
    module: label,
    'cold import ms (median)': median(runs.map((r) => r.ms)).toFixed(1),
    'min–max ms': `${Math.min(...runs.map((r) => r.ms)).toFixed(1)}–${Math.max(...runs.map((r) => r.ms)).toFixed(1)}`,
    'heap after MB': (median(runs.map((r) => r.heap)) / 2 ** 20).toFixed(1),
    'file KB': file === null ? '' : (statSync(join(root, 'dist', file)).size / 1024).toFixed(0),
  };
}

const zodMini = pathToFileURL(join(root, 'node_modules', 'zod', 'v4', 'mini', 'index.js')).href;
const imports = [
  measure('iran-judicial-eservices (dist/index.js)', dist('index.js'), 'index.js'),
  measure('iran-judicial-eservices/text (dist/text.js)', dist('text.js'), 'text.js'),
  measure('zod/mini alone (for scale)', zodMini, null),
  measure('an empty module (node baseline)', 'data:text/javascript,export default 0', null),
];
table(imports);
summary({ area: 'cold import', case: 'main entry, fresh process', library: `${imports[0]['cold import ms (median)']} ms`, baseline: `empty module, ${imports[3]['cold import ms (median)']} ms`, ratio: `+${(imports[0]['cold import ms (median)'] - imports[3]['cold import ms (median)']).toFixed(1)} ms`, target: '(none set)' });
console.log(`\n${SAMPLES} fresh node processes each; the file sizes are of the entry chunk only (shared chunks are imported too).`);
