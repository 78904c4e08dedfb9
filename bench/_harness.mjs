// Shared by the benchmarks: a median-of-runs timer and a table printer.
import { appendFileSync } from 'node:fs';

/** Median of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Time `fn` (which performs `ops` operations per call) `runs` times after `warmup` calls;
 * returns the median operations per second.
 */
export function opsPerSecond(fn, { ops = 1, runs = 7, warmup = 2 } = {}) {
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += fn() ? 1 : 0;
  const rates = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    sink += fn() ? 1 : 0;
    const ns = Number(process.hrtime.bigint() - t0);
    rates.push((ops * 1e9) / ns);
  }
  globalThis.__benchSink = sink;
  return median(rates);
}

/**
 * Operations per second of several functions measured **interleaved**: each is first run
 * for `warmupMs` (so that V8 has optimised it, as in a server that has been answering for
 * a while), then the functions take turns, one run each, `runs` times; each gets the
 * median of its runs. Taking turns exposes every function to the same disturbances of a
 * shared machine, so the ratios of the medians hold better than those of separate blocks.
 * The order of the turns rotates from run to run, so no function always runs right after
 * the same one (a run that keeps 4,000 decisions leaves their garbage to whoever runs
 * next: with a fixed order, `checkLicenceBatch` always paid for the loop before it).
 * With `--expose-gc` (as `npm run bench` runs every file), the heap is collected before
 * each timed run, so each pays only for its own garbage.
 * `fns` maps a name to `[fn, ops]` (`fn` performs `ops` operations per call).
 */
export function interleavedOpsPerSecond(fns, { runs = 15, warmupMs = 1500 } = {}) {
  const entries = Object.entries(fns);
  let sink = 0;
  for (const [, [fn]] of entries) {
    const until = process.hrtime.bigint() + BigInt(warmupMs) * 1_000_000n;
    while (process.hrtime.bigint() < until) sink += fn() ? 1 : 0;
  }
  const rates = Object.fromEntries(entries.map(([name]) => [name, []]));
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < entries.length; k++) {
      const [name, [fn, ops]] = entries[(k + r) % entries.length];
      globalThis.gc?.();
      const t0 = process.hrtime.bigint();
      sink += fn() ? 1 : 0;
      rates[name].push((ops * 1e9) / Number(process.hrtime.bigint() - t0));
    }
  }
  globalThis.__benchSink = sink;
  return Object.fromEntries(entries.map(([name]) => [name, median(rates[name])]));
}

/** Median milliseconds per call of `fn`. */
export function msPerCall(fn, { runs = 7, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

/** A deterministic PRNG (mulberry32) so every run measures the same inputs. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Print rows as an aligned text table. */
export function table(rows) {
  const keys = Object.keys(rows[0] ?? {});
  const cells = [keys, ...rows.map((r) => keys.map((k) => String(r[k])))];
  const widths = keys.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  for (const [n, c] of cells.entries()) {
    console.log(c.map((v, i) => v.padEnd(widths[i])).join('  '));
    if (n === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

/**
 * Report one row of the combined table `npm run bench` prints at the end: `area`, `case`,
 * the library's figure, the baseline's (named), the ratio and the target. Each benchmark
 * runs in its own process; `bench/run.mjs` passes a file (BENCH_SUMMARY) the rows are
 * appended to as JSON lines. Run alone, a benchmark prints its own table only.
 */
export function summary(row) {
  const file = process.env.BENCH_SUMMARY;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}
