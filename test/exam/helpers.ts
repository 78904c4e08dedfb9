/** Helpers shared by the exam's tests. */
export { thrown } from '../support/input-error.js';

/** A deterministic generator (mulberry32), as bench/exam.mjs uses: the same sittings every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
