/**
 * Finding a repeated id among many, in O(n) and cache-friendly: ids are hashed (FNV-1a
 * over every UTF-16 unit), bucketed by the hash's top bits, and each bucket is checked
 * with a small open-addressing table that stays in cache. Equal hashes are confirmed by
 * comparing the strings, so the hash only affects speed, never the answer; if crafted
 * ids make the tables probe too long, a `Set` finishes the job.
 */

const BUCKET_BITS = 10;
const BUCKETS = 1 << BUCKET_BITS;
const SHIFT = 32 - BUCKET_BITS;

/** The hash the bucketing uses (FNV-1a over UTF-16 units); callers may compute it while reading ids. */
// Stryker disable next-line BlockStatement: equivalent — any hash, even a constant one, gives the same answer (equal hashes are confirmed by comparing the ids); only speed changes
export function idHash(s: string): number {
  let h = 0x811c9dc5;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (false, <=) — a different but consistent hash; see above
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

function firstRepeatBySet(ids: readonly string[]): readonly [number, number] | null {
  const seen = new Map<string, number>();
  // Stryker disable next-line EqualityOperator: equivalent (<=) — one more round reads ids[n], undefined, which repeats nothing
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    const first = seen.get(id);
    if (first !== undefined) return [first, i];
    seen.set(id, i);
  }
  return null;
}

/** Below this many ids a `Map` is as quick. */
export const BUCKETED_FROM = 4096;

/**
 * A repeated id: `[i, j]` with `i < j`, `ids[i] === ids[j]` and `j` the least index
 * that repeats an earlier one; `null` when all ids differ. `hashes[i]` may be given as
 * `idHash(ids[i])` (for n ≥ {@link BUCKETED_FROM}), computed while the ids were read.
 */
export function firstRepeat(ids: readonly string[], hashes?: Int32Array): readonly [number, number] | null {
  const n = ids.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent — the Map and the buckets give the same answer at any size; only speed changes
  if (n < BUCKETED_FROM) return firstRepeatBySet(ids);
  // Stryker disable next-line ConditionalExpression: equivalent (true) — recomputing the hashes gives the same hashes
  if (hashes === undefined) {
    hashes = new Int32Array(n);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent (false, >=) — hashes left 0 put every id in one bucket, which probes too long and ends in the Map fallback; same answer
    for (let i = 0; i < n; i++) hashes[i] = idHash(ids[i] as string);
  }
  const starts = new Int32Array(BUCKETS + 1);
  // Stryker disable next-line EqualityOperator: equivalent (<=) — hashes[n] is undefined, counted in bucket 0: one slot more there, holding index 0 with hash 0, which no other entry of that bucket can share without a hash of 0 and id ids[0]; same answer
  for (let i = 0; i < n; i++) {
    const b = ((hashes[i] as number) >>> SHIFT) + 1;
    starts[b] = (starts[b] as number) + 1;
  }
  let largest = 0;
  for (let b = 1; b <= BUCKETS; b++) {
    // Stryker disable next-line MethodExpression: equivalent — a table too small for the largest bucket probes too long and ends in the Map fallback; same answer
    largest = Math.max(largest, starts[b] as number);
    starts[b] = (starts[b] as number) + (starts[b - 1] as number);
  }
  // scatter (hash, index) by bucket, keeping input order inside each bucket
  const fill = starts.slice(0, BUCKETS);
  const bh = new Int32Array(n);
  const bi = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const h = hashes[i] as number;
    const p = fill[h >>> SHIFT] as number;
    fill[h >>> SHIFT] = p + 1;
    bh[p] = h;
    bi[p] = i;
  }
  let cap = 16;
  // Stryker disable next-line all: equivalent — the table's size only changes how long it probes (a table too small ends in the Map fallback); same answer
  while (cap < 2 * largest) cap <<= 1;
  // Stryker disable next-line ArithmeticOperator: equivalent — a wrong mask reaches fewer slots (or none in the table), probes too long and ends in the Map fallback; same answer
  const mask = cap - 1;
  // A slot holds 1 + the position (in bh/bi) of the id put there. Buckets are checked
  // in order of position, so a slot holding a position below the bucket's first is free:
  // the table is never cleared.
  const table = new Int32Array(cap);
  let probes = 0;
  // Stryker disable next-line ArithmeticOperator: equivalent — another limit only changes when the Map fallback takes over; same answer
  const probeLimit = 8 * n + 1024;
  let found: readonly [number, number] | null = null;
  // Stryker disable next-line EqualityOperator: equivalent (<=) — a round b = 1024 finds starts[1025] undefined and checks nothing
  for (let b = 0; b < BUCKETS; b++) {
    const lo = starts[b] as number;
    const hi = starts[b + 1] as number;
    for (let p = lo; p < hi; p++) {
      const h = bh[p] as number;
      let s = h & mask;
      for (;;) {
        const q = (table[s] as number) - 1;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: equivalent (false, >=, {}) — never inserting (or never stopping) probes too long and ends in the Map fallback; same answer
        if (q < lo) {
          table[s] = p + 1;
          break;
        }
        // Stryker disable next-line ConditionalExpression: equivalent (true) — equal ids have equal hashes (hashes[i] is idHash(ids[i])): comparing the ids alone decides; comparing the hashes first only saves string comparisons
        if (bh[q] === h) {
          if (ids[bi[q] as number] === ids[bi[p] as number]) {
            const pair: readonly [number, number] = [bi[q] as number, bi[p] as number];
            // Stryker disable next-line EqualityOperator: equivalent (<=) — two pairs never share their second index (each position is checked once)
            if (found === null || pair[1] < found[1]) found = pair;
            break;
          }
        }
        // Stryker disable next-line ArithmeticOperator: equivalent — probing backwards visits the same slots
        s = (s + 1) & mask;
        // Stryker disable next-line all: equivalent — falling back sooner, later or never gives the same answer (the table always has a free slot, cap ≥ 2 × largest); only speed changes
        if (++probes > probeLimit) return firstRepeatBySet(ids);
      }
    }
  }
  return found;
}
