// bench/memory: memory to grade an exam sitting of 10^6 standardized scores (Art. 10(الف),
// SPEC D6), each way measured in its own fresh `node --expose-gc` process:
//   - input: the 10^6 `{ id, score }` entries (or the bare scores) alone;
//   - gradeSitting / examCutoff: the peak heap during the call (sampled by V8's heap
//     statistics right after it, before any collection, and by the peak RSS the kernel
//     reports) and the heap the result keeps alive afterwards;
//   - the floor: one pass that sums the scores.
// Plain Node ESM: `npx tsup && node bench/memory.mjs`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { summary, table } from './_harness.mjs';

const N = Number(process.env['MEMORY_N'] ?? 1e6);
const lib = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'exam.js')).href;
const harness = pathToFileURL(join(import.meta.dirname, '_harness.mjs')).href;

// The child: build the input, collect, measure; call; measure; collect, measure.
const child = `
import v8 from 'node:v8';
const [libUrl, harnessUrl, way, nText] = process.argv.slice(1);
const n = Number(nText);
const L = await import(libUrl);
const { prng } = await import(harnessUrl);
const rnd = prng(0x5eed);
const scores = new Array(n);
for (let i = 0; i < n; i++) scores[i] = Math.round((50 + 15 * (rnd() + rnd() + rnd() + rnd() - 2) * Math.sqrt(3)) * 100) / 100;
const entries = way === 'gradeSitting' ? scores.map((score, i) => ({ id: 'c' + String(i).padStart(7, '0'), score })) : null;
const MB = 2 ** 20;
globalThis.gc(); globalThis.gc();
const before = process.memoryUsage();
const rssPeakBefore = process.resourceUsage().maxRSS * 1024;
// Large young-generation collections would hide the peak; count them instead.
let result;
const t0 = performance.now();
if (way === 'gradeSitting') result = L.gradeSitting({ entries });
else if (way === 'examCutoff') result = L.examCutoff({ scores });
else { let s = 0; for (let i = 0; i < scores.length; i++) s += scores[i]; result = s; }
const ms = performance.now() - t0;
const afterCall = v8.getHeapStatistics().used_heap_size;
const rssPeak = process.resourceUsage().maxRSS * 1024;
globalThis.gc(); globalThis.gc();
const retained = process.memoryUsage().heapUsed;
const resultKeptAlive = result;
console.log(JSON.stringify({
  inputMB: (before.heapUsed) / MB,
  peakHeapDeltaMB: (afterCall - before.heapUsed) / MB,
  retainedMB: (retained - before.heapUsed) / MB,
  rssPeakDeltaMB: (rssPeak - Math.max(rssPeakBefore, before.rss)) / MB,
  rssPeakMB: rssPeak / MB,
  ms,
  check: typeof resultKeptAlive === 'number' ? 'sum' : resultKeptAlive.value.cutoff,
}));
`;

function run(way) {
  const r = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', '--input-type=module', '-e', child, lib, harness, way, String(N)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${way}: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}

const f = (x) => (x < 0.5 ? '≈0' : x.toFixed(0));
const rows = [];
let floorRss = 0;
for (const way of ['floor', 'examCutoff', 'gradeSitting']) {
  const m = run(way);
  if (way === 'floor') floorRss = m.rssPeakMB;
  rows.push({
    way: way === 'floor' ? 'floor: one summing pass' : way === 'examCutoff' ? 'examCutoff({ scores })' : 'gradeSitting({ entries })',
    'heap with input MB': f(m.inputMB),
    'peak heap during call +MB': f(m.peakHeapDeltaMB),
    'kept by the result +MB': f(m.retainedMB),
    'peak RSS MB': f(m.rssPeakMB),
    'peak RSS over the floor MB': way === 'floor' ? '' : f(m.rssPeakMB - floorRss),
    'call ms': f(m.ms),
    'cut-off': m.check,
  });
}
table(rows);
const graded = rows[2];
summary({ area: 'memory', case: `gradeSitting, ${N.toLocaleString('en')} scores`, library: `${graded['peak RSS MB']} MB peak RSS`, baseline: `summing floor, ${rows[0]['peak RSS MB']} MB`, ratio: `+${graded['peak RSS over the floor MB']} MB`, target: '(none set)' });
console.log(`\n${N.toLocaleString('en')} scores, each way in a fresh process (--expose-gc). "Peak heap during call" is V8's used heap right after the call (before any collection) minus the heap before it; collections during the call can make it an underestimate, the peak RSS is the kernel's high-water mark of the whole process.`);
