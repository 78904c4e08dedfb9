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
