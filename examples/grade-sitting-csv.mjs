// Grade an exam sitting from a CSV file (Art. 10(الف); docs/exam.md).
//
//   npm run build
//   node examples/grade-sitting-csv.mjs [file.csv] [--lang fa|en]
//
// The file has a header `id,score` and one candidate per line: an id (no comma) and the
// standardized score (نمره تراز) as a decimal number. It is read line by line from a
// stream; a malformed line stops the run with its line number (exit 1). The sitting is
// then graded in one call, `gradeSitting` (O(n), exact at the boundary), and the cut-off
// and the pass list are printed.
//
// Without a file it grades examples/data/sitting.csv (written by data/generate-sitting.mjs)
// and asserts the answers, so CI catches any drift; with any file it checks the pass list
// against an independent computation in integer arithmetic.
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { explain } from '../dist/index.js';
import { gradeSitting } from '../dist/exam.js';

const SAMPLE = fileURLToPath(new URL('./data/sitting.csv', import.meta.url));

function parseArgs(argv) {
  let file = null;
  let lang = 'en';
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--lang') lang = argv[++i];
    else if (argv[i]?.startsWith('--lang=')) lang = argv[i].slice('--lang='.length);
    else file = argv[i];
  }
  if (lang !== 'fa' && lang !== 'en') {
    console.error('usage: node examples/grade-sitting-csv.mjs [file.csv] [--lang fa|en]');
    process.exit(2);
  }
  return { file: file ?? SAMPLE, lang, sample: file === null };
}

/** A decimal number as a CSV cell may write it: 5257, -12.5, 5257.699 (no exponent, no sign +). */
const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Read `id,score` lines from a stream. */
async function readSitting(file) {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  const entries = [];
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = raw.replace(/^\uFEFF/, '').trim();
    if (n === 1) {
      if (line.toLowerCase() !== 'id,score') throw new Error(`line 1: expected the header "id,score", found "${line}"`);
      continue;
    }
    if (line === '') continue;
    const cells = line.split(',');
    if (cells.length !== 2) throw new Error(`line ${n}: expected two cells "id,score", found ${cells.length}`);
    const [id, score] = cells.map((c) => c.trim());
    if (id === '') throw new Error(`line ${n}: the id is empty`);
    if (!DECIMAL.test(score)) throw new Error(`line ${n}: the score "${score}" is not a decimal number`);
    entries.push({ id, score: Number(score) });
  }
  return entries;
}

/**
 * The pass list computed independently of the library, in integer arithmetic: every
 * score scaled to an integer (BigInt) at the finest decimal place, k = ceil(n/100), and
 * a score passes when 10 × k × score ≥ 7 × (sum of the k highest).
 */
function independentPassList(entries) {
  const places = Math.max(...entries.map((e) => (String(e.score).split('.')[1] ?? '').length));
  const scaled = (x) => {
    const [int, frac = ''] = String(x).replace('-', '').split('.');
    const v = BigInt(int + frac.padEnd(places, '0'));
    return x < 0 ? -v : v;
  };
  const xs = entries.map((e) => scaled(e.score));
  const k = Math.max(1, Math.ceil(entries.length / 100));
  const top = [...xs].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)).slice(0, k);
  const sum = top.reduce((s, x) => s + x, 0n);
  return new Set(entries.filter((_, i) => 10n * BigInt(k) * xs[i] >= 7n * sum).map((e) => e.id));
}

const { file, lang, sample } = parseArgs(process.argv.slice(2));
let entries;
try {
  entries = await readSitting(file);
} catch (e) {
  console.error(`${file}: ${e.message}`);
  process.exit(1);
}

const d = gradeSitting({ entries });
const v = d.value;

/** Persian digits for Persian text (explain does the same for its own output). */
const digits = (s) => (lang === 'fa' ? String(s).replace(/[0-9]/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]) : String(s));

console.log(explain(d, { lang }));
console.log();
console.log(
  lang === 'fa'
    ? `حد نصاب: ${digits(v.cutoff)}${v.cutoffExact ? '' : ` (دقیقاً ${digits(v.cutoffRational)})`}`
    : `Cut-off: ${v.cutoff}${v.cutoffExact ? '' : ` (exactly ${v.cutoffRational})`}`,
);
console.log(lang === 'fa' ? `قبول‌شدگان (${digits(v.passed)} نفر از ${digits(v.n)}):` : `Passed (${v.passed} of ${v.n}):`);
const passed = v.results.filter((r) => r.passed).sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
for (const r of passed) {
  console.log(`  ${r.id.padEnd(8)} ${digits(String(r.score).padStart(10))}  ${lang === 'fa' ? 'فاصله' : 'margin'} ${digits(r.margin)}`);
}

// The library's pass list is the independent one.
assert.deepEqual(new Set(passed.map((r) => r.id)), independentPassList(entries));
assert.equal(v.passed + v.failed, entries.length);

if (sample) {
  // examples/data/sitting.csv: 400 candidates, so k = 4; the four best are 7645, 7617, 7512
  // and 7270, mean 7511, cut-off 70% of it = 5257.7.
  assert.equal(v.n, 400);
  assert.equal(v.k, 4);
  assert.equal(v.topMean, '7511');
  assert.equal(v.cutoff, '5257.7');
  assert.equal(v.passed, 158);
  const byId = new Map(v.results.map((r) => [r.id, r]));
  assert.deepEqual([byId.get('C0124')?.passed, byId.get('C0124')?.margin], [true, '0']); // equal to the cut-off: passes
  assert.deepEqual([byId.get('C0250')?.passed, byId.get('C0250')?.margin], [false, '-0.001']); // a thousandth below
}
