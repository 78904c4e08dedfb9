/**
 * Selection of the k highest scores in O(n), deterministically (no randomness, no full
 * sort): introselect — quickselect with median-of-3 pivots while it makes progress,
 * median-of-medians pivots (guaranteed 30/70 splits) once it has taken too many rounds.
 * For large sittings a deterministic sample first sets a threshold, so that only the
 * scores above it (about 1.3 k of them) are partitioned; if the sample misjudges, the
 * full selection runs instead. Either way the result is exact.
 */

const SMALL = 16;

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  // Stryker disable next-line ArithmeticOperator: equivalent (lo - 1) — the extra first round moves nothing (a[lo − 1] is put back where it was)
  for (let i = lo + 1; i <= hi; i++) {
    const v = a[i] as number;
    let j = i - 1;
    // Stryker disable next-line EqualityOperator: equivalent (>=) — moving past equal values leaves the same values in the same places
    while (j >= lo && (a[j] as number) > v) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = v;
  }
}

/** The median of three values: the larger of min(x, y) and min(max(x, y), z). */
export function median3(x: number, y: number, z: number): number {
  return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
}

/**
 * A pivot that splits a[lo..hi] (lo ≤ hi) at worst 30/70: the median of the medians of
 * the groups of 5 from lo (the last group may be shorter); of an even count, the lower
 * median. (selectRange asks it only of ranges above SMALL values.)
 */
export function medianOfMedians(a: Float64Array, lo: number, hi: number): number {
  let g = lo;
  for (let i = lo; i <= hi; i += 5) {
    const e = Math.min(i + 4, hi);
    insertionSort(a, i, e);
    const m = i + ((e - i) >> 1);
    const t = a[m] as number;
    a[m] = a[g] as number;
    a[g] = t;
    g++;
  }
  const mid = lo + ((g - 1 - lo) >> 1);
  selectRange(a, lo, g - 1, mid);
  return a[mid] as number;
}

/**
 * Rearrange `a[lo..hi]` so that `a[kth]` holds the value of that rank (ascending), with
 * no larger value before it and no smaller after it.
 */
export function selectRange(a: Float64Array, lo: number, hi: number, kth: number): void {
  // Stryker disable next-line ArithmeticOperator: equivalent — the budget decides only when the median of medians takes over from the median of three: any pivot from the range selects correctly; only speed changes
  let budget = 2 * Math.ceil(Math.log2(hi - lo + 2)) + 4;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: equivalent (>, hi + lo) — where partitioning stops and the insertion sort takes over changes only speed: every round keeps lo ≤ kth ≤ hi with nothing larger before lo and nothing smaller after hi (a partition always swaps at least once, so it ends), and both ways end with a[kth] in place
  while (hi - lo >= SMALL) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: equivalent — which pivot is used (see budget above)
    const pivot = budget-- > 0 ? median3(a[lo] as number, a[(lo + hi) >>> 1] as number, a[hi] as number) : medianOfMedians(a, lo, hi);
    // Hoare partition around the pivot's value: [lo..j] ≤ pivot ≤ [i..hi], and
    // anything strictly between j and i equals the pivot.
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (kth <= j) hi = j;
    else {
      // (the directive must sit inside the else: before it, it would be the comment after `hi = j;`)
      // Stryker disable next-line ConditionalExpression: equivalent (true) — with j < kth < i, a[kth] equals the pivot and stays where it is while [i..hi] is worked on
      if (kth >= i) lo = i;
      else return;
    }
  }
  insertionSort(a, lo, hi);
}

/** Below this many scores the sample is not worth taking. */
const SAMPLE_FROM = 4096;

/**
 * The k highest of `scores` (in no particular order), as a new array; `scores` is not
 * changed. 1 ≤ k ≤ n.
 */
export function topK(scores: Float64Array, k: number): Float64Array {
  const n = scores.length;
  // Stryker disable next-line all: equivalent — whether the sample is tried changes only speed: it gives the exact k highest or null
  if (n >= SAMPLE_FROM && k * 8 <= n) {
    const filtered = topKBySample(scores, k);
    // Stryker disable next-line ConditionalExpression: equivalent (false) — ignoring the sample's answer selects over everything; same k highest
    if (filtered !== null) return filtered;
  }
  const a = scores.slice();
  selectRange(a, 0, n - 1, n - k);
  return a.subarray(n - k);
}

/**
 * A deterministic sample (every `stride`-th score) gives a threshold a little below the
 * k-th highest; the scores at or above it are copied out and selected among. Correct
 * whenever at least k scores reach the threshold (then the k highest all do); `null`
 * when fewer do or when too many do, and the caller selects over everything.
 */
export function topKBySample(scores: Float64Array, k: number): Float64Array | null {
  const n = scores.length;
  // Stryker disable next-line ArithmeticOperator: equivalent (÷ 8) — the sample's size decides only how often the sample gives up (null), and topK then selects over everything: the same k highest
  const wanted = Math.ceil(Math.sqrt(n) * 8);
  const size = Math.min(n, Math.max(1024, wanted));
  const stride = n / size;
  const sample = new Float64Array(size);
  // Stryker disable next-line EqualityOperator: equivalent (<=) — one more round reads scores[n] (undefined) into sample[size], past its end: nothing is written
  for (let i = 0; i < size; i++) sample[i] = scores[Math.floor(i * stride)] as number;
  // the expected rank of the k-th highest within the sample, plus a safety margin
  const expected = (k * size) / n;
  // Stryker disable next-line ArithmeticOperator: equivalent (3 / √) — the margin, like the size above, decides only how often the sample gives up
  const margin = 3 * Math.sqrt(expected);
  const rank = Math.min(size, Math.ceil(expected + margin + 8));
  selectRange(sample, 0, size - 1, size - rank);
  const threshold = sample[size - rank] as number;
  const cap = Math.min(n, 4 * k + 64);
  const buf = new Float64Array(cap);
  let count = 0;
  // Stryker disable next-line EqualityOperator: equivalent (<=) — one more round reads scores[n], undefined, which never reaches the threshold
  for (let i = 0; i < n; i++) {
    const x = scores[i] as number;
    if (x >= threshold) {
      if (count === cap) return null;
      buf[count++] = x;
    }
  }
  if (count < k) return null;
  selectRange(buf, 0, count - 1, count - k);
  return buf.subarray(count - k, count);
}
