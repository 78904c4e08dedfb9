// Writes examples/data/sitting.csv: one exam sitting of 400 candidates (id,score), the
// same bytes on every run (a fixed seed, no clock, no Math.random). `--check` compares
// the committed file with what this script writes and exits 1 when they differ (run by
// examples/run-all.mjs).
//
// The scores are standardized scores (نمره تراز) drawn around 5000 with a spread of 1000,
// rounded to whole points, as sittings usually publish them. Two rows are then set on the
// boundary of Art. 10(الف): one exactly at the cut-off (it passes: «حداقل», at least) and
// one a thousandth of a point below it (it fails). Neither is among the top 1%, so the
// cut-off they sit on is the cut-off of the whole sitting.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FILE = fileURLToPath(new URL('./sitting.csv', import.meta.url));
const N = 400;
const SEED = 14010523; // the regulation's approval date

/** mulberry32: a small deterministic PRNG. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate() {
  const next = prng(SEED);
  const rows = [];
  for (let i = 0; i < N; i++) {
    // Box–Muller: a normal deviate from two uniforms
    const u = 1 - next();
    const v = next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    rows.push({ id: `C${String(i + 1).padStart(4, '0')}`, score: String(Math.round(5000 + 1000 * z)) });
  }
  // The exact cut-off of the whole-point scores: k = ceil(n/100); 70% of the mean of the k
  // highest = 7 × sum / (10 × k), in thousandths (n = 400, so 10 × k = 40 divides 1000 × 7 × sum).
  const k = Math.ceil(N / 100);
  const top = rows.map((r) => Number(r.score)).sort((a, b) => b - a).slice(0, k);
  const sum = top.reduce((s, x) => s + x, 0);
  const thousandths = (7 * sum * 1000) / (10 * k);
  if (!Number.isInteger(thousandths)) throw new Error('the cut-off is not a whole number of thousandths');
  const decimal = (t) => `${Math.trunc(t / 1000)}.${String(t % 1000).padStart(3, '0')}`.replace(/\.?0+$/, '');
  rows[123].score = decimal(thousandths); // C0124: exactly at the cut-off
  rows[249].score = decimal(thousandths - 1); // C0250: a thousandth below
  return `id,score\n${rows.map((r) => `${r.id},${r.score}`).join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generate();
  if (process.argv.includes('--check')) {
    if (readFileSync(FILE, 'utf8') !== text) {
      console.error('examples/data/sitting.csv differs from what generate-sitting.mjs writes; run: node examples/data/generate-sitting.mjs');
      process.exit(1);
    }
    console.log('examples/data/sitting.csv is what generate-sitting.mjs writes');
  } else {
    writeFileSync(FILE, text);
    console.log(`wrote ${FILE}`);
  }
}
