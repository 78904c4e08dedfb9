/**
 * Mutation tests for src/exam/distinct.ts: a graded sitting refuses a repeated id (SPEC
 * D6, `entries[i].id`). The bucketed check must find a repeat in any bucket — the first
 * and the last of the 1,024, and in the first slot of one — and must not take two ids
 * whose hashes are equal for one id. (Ids below are chosen by their FNV-1a hash: the top
 * ten bits pick the bucket.)
 */
import { describe, expect, it } from 'vitest';
import { BUCKETED_FROM, firstRepeat, idHash } from '../../src/exam/distinct.js';
import { gradeSitting } from '../../src/exam/index.js';

/** n distinct filler ids (`c0`, `c1`, …), spread over 1,000 buckets. */
const filler = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${i}`);
const bucket = (id: string): number => idHash(id) >>> 22;

/** n distinct ids (`k0`, `k1`, … filtered) that fall in the given buckets only. */
function idsIn(buckets: readonly number[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) if (buckets.includes(bucket(`k${i}`))) out.push(`k${i}`);
  return out;
}

/** The first repeat by a plain Map: the least j with ids[j] equal to an earlier ids[i]. */
function firstRepeatReference(ids: readonly string[]): readonly [number, number] | null {
  const seen = new Map<string, number>();
  for (let j = 0; j < ids.length; j++) {
    const i = seen.get(ids[j] as string);
    if (i !== undefined) return [i, j];
    seen.set(ids[j] as string, j);
  }
  return null;
}

describe('SPEC D6: repeated ids in a large sitting', () => {
  it('SPEC D6: the ids used below fall in the buckets they are meant to', () => {
    expect(BUCKETED_FROM).toBe(4096);
    expect([bucket('z1370'), bucket('z133'), bucket('z1322'), bucket('z1410')]).toEqual([0, 1, 512, 1023]);
    // two different ids with one 32-bit hash
    expect(idHash('ehalgp')).toBe(idHash('kmwzcc'));
  });

  it.each([
    ['the first bucket', 'z1370'],
    ['a middle bucket', 'z1322'],
    ['the last bucket', 'z1410'],
  ])('SPEC D6: a repeat in %s is found, with both positions', (_where, id) => {
    const ids = filler(5000);
    ids[1234] = id;
    ids[4321] = id;
    expect(firstRepeat(ids)).toEqual([1234, 4321]);
  });

  it('SPEC D6: a repeat whose first occurrence is the first id of its bucket is found', () => {
    const ids = [...filler(5000)];
    ids[0] = 'z133'; // bucket 1, and the first id of it
    ids[4999] = 'z133';
    expect(firstRepeat(ids)).toEqual([0, 4999]);
  });

  it('SPEC D6: of two repeats in different buckets, the one whose second occurrence comes first is named', () => {
    const ids = filler(6000);
    ids[10] = 'z1410';
    ids[5000] = 'z1410'; // bucket 1023, checked last
    ids[20] = 'z1370';
    ids[5500] = 'z1370'; // bucket 0, checked first
    expect(firstRepeat(ids)).toEqual([10, 5000]);
  });

  it('SPEC D6: a repeated id that is alone in the first bucket used is found, in order', () => {
    const ids = filler(5000).filter((id) => bucket(id) !== 0);
    ids[100] = 'z1370'; // bucket 0, which no other id uses
    ids[4000] = 'z1370';
    expect(firstRepeat(ids)).toEqual([100, 4000]);
  });

  it.each([
    [[0, 1]],
    [[5, 6]],
    [[1022, 1023]],
  ])('SPEC D6: ids crowded into the buckets %j: every repeat (or none) is found as a Map finds it', (buckets) => {
    const ids = idsIn(buckets, 4200);
    expect(firstRepeat(ids)).toBeNull();
    const once = [...ids];
    once[4000] = once[100] as string;
    const twice = [...ids];
    twice[4000] = twice[0] as string;
    twice[4100] = twice[1] as string;
    for (const xs of [once, twice]) {
      expect(firstRepeat(xs)).toEqual(firstRepeatReference(xs));
      expect(firstRepeat(xs, Int32Array.from(xs, idHash))).toEqual(firstRepeatReference(xs));
    }
    expect([firstRepeat(once), firstRepeat(twice)]).toEqual([
      [100, 4000],
      [0, 4000],
    ]);
  });

  it('SPEC D6: two different ids with the same hash are not a repeat', () => {
    const ids = filler(5000);
    ids[100] = 'ehalgp';
    ids[200] = 'kmwzcc';
    expect(firstRepeat(ids)).toBeNull();
    const hashes = Int32Array.from(ids, idHash);
    expect(firstRepeat(ids, hashes)).toBeNull();
    // and the whole sitting is graded
    const entries = ids.map((id, i) => ({ id, score: i % 100 }));
    expect(gradeSitting({ entries }).value.results.map((r) => r.id)).toEqual(ids);
    // with a true repeat of one of them, that one is named
    ids[300] = 'kmwzcc';
    expect(firstRepeat(ids)).toEqual([200, 300]);
  });
});
