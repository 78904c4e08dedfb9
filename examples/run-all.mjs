// Run every example against the built package and fail when one fails (CI: after
// `npm run build`). Each example asserts its own key answers with node:assert/strict, so
// a non-zero exit is drift between the library and what the example says.
//
//   node examples/run-all.mjs [--verbose]
//
// An example file in examples/ that is in neither list below makes this script fail, so
// a new example cannot be left out of CI by accident.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const VERBOSE = process.argv.includes('--verbose');
const TIMEOUT_MS = 120_000;

/** What is run, in order: the script (relative to examples/) and its arguments. */
const RUNS = [
  { file: 'data/generate-sitting.mjs', args: ['--check'], what: 'the committed CSV is what its generator writes' },
  { file: 'questions.mjs', args: [], what: 'the ten questions, in Persian and English' },
  { file: 'server.mjs', args: ['--self-test'], what: 'the HTTP back end answers its requests' },
  { file: 'grade-sitting-csv.mjs', args: [], what: 'an exam sitting graded from a CSV file' },
  { file: 'grade-sitting-csv.mjs', args: ['--lang', 'fa'], what: 'the same, in Persian' },
  { file: 'disciplinary-case.mjs', args: [], what: 'a disciplinary case from complaint to the last day to appeal' },
];

/** Scripts in examples/ that are not run here, and why. */
const NOT_RUN = {
  'demo.mjs': 'run by `npm run demo`',
  'run-all.mjs': 'this script',
};

function listed() {
  const mine = new Set(RUNS.map((r) => r.file));
  const unlisted = readdirSync(HERE).filter((f) => f.endsWith('.mjs') && !mine.has(f) && !(f in NOT_RUN));
  return unlisted;
}

function run({ file, args }) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(HERE, file), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk) => {
      output += chunk;
      if (VERBOSE) process.stdout.write(chunk);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const timer = setTimeout(() => {
      output += `\n(killed after ${TIMEOUT_MS / 1000} s)\n`;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, signal, output, ms: Number((process.hrtime.bigint() - started) / 1_000_000n) });
    });
  });
}

if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  console.error('examples/run-all.mjs: dist/index.js is missing; run `npm run build` first');
  process.exit(1);
}

const unlisted = listed();
if (unlisted.length > 0) {
  console.error(`examples/run-all.mjs: not run and not excused: ${unlisted.join(', ')} (add them to RUNS or NOT_RUN)`);
  process.exit(1);
}

const failures = [];
for (const r of RUNS) {
  const name = [r.file, ...r.args].join(' ');
  const result = await run(r);
  if (result.code === 0) {
    console.log(`ok    ${name.padEnd(36)} ${String(result.ms).padStart(6)} ms  ${r.what}`);
  } else {
    console.log(`FAIL  ${name.padEnd(36)} ${String(result.ms).padStart(6)} ms  exit ${result.code}${result.signal ? ` (${result.signal})` : ''}`);
    failures.push({ name, output: result.output });
  }
}

for (const f of failures) {
  console.error(`\n── ${f.name} ${'─'.repeat(Math.max(0, 70 - f.name.length))}\n${f.output.trimEnd()}`);
}
if (failures.length > 0) {
  console.error(`\n${failures.length} of ${RUNS.length} example run(s) failed`);
  process.exit(1);
}
console.log(`all ${RUNS.length} example runs passed`);
