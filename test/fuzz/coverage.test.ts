/**
 * Every public function is fuzzed: a function exported from `src/index.ts` (or the text
 * entry point) with no entry in the fuzz list (targets.ts) fails here, and so does an
 * entry for a function that no longer exists.
 */
import { describe, expect, it } from 'vitest';
import { lib } from './lib.js';
import * as text from '../../src/text/index.js';
import { NOT_FUZZED, TARGETS } from './targets.js';

const functionsOf = (m: Record<string, unknown>): string[] =>
  Object.keys(m)
    .filter((k) => typeof m[k] === 'function')
    .sort();

describe('fuzz coverage', () => {
  it('every function exported from any entry point has a fuzz entry (or a stated reason)', () => {
    const missing = functionsOf(lib).filter((k) => !(k in TARGETS) && !(k in NOT_FUZZED));
    expect(missing).toEqual([]);
  });

  it('every function exported from the text entry point has a fuzz entry', () => {
    const missing = functionsOf(text).filter((k) => !(k in TARGETS) && !(k in NOT_FUZZED));
    expect(missing).toEqual([]);
  });

  it('every fuzz entry names a function its entry point exports', () => {
    for (const [name, t] of Object.entries(TARGETS)) {
      const m = (t.entry === 'main' ? lib : text) as Record<string, unknown>;
      expect(typeof m[name], name).toBe('function');
    }
    for (const name of Object.keys(NOT_FUZZED)) expect(typeof (lib as Record<string, unknown>)[name], name).toBe('function');
  });

  it('the list is not empty and covers at least the 50 functions of 0.1.0', () => {
    expect(Object.keys(TARGETS).length).toBeGreaterThanOrEqual(50);
  });
});
