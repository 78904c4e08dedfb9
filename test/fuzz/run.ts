/**
 * The fuzz properties of one group of functions: for each, valid inputs give the
 * documented value; junk gives that or an InputError; huge and deep inputs too. See
 * harness.ts for the contract checked on every call.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCall, expectPrototypesUntouched, FUZZ_RUNS, HUGE, HUGE_INTEGER_SAMPLES, hugeArgs, hugeIntegerArgs, junkArgs } from './harness.js';
import { callOf, GROUPS, TARGETS, type FuzzTarget } from './targets.js';

/** Per-test time limit: the config's 2 minutes, or more for a long (nightly) run. */
const TIMEOUT = Math.max(120_000, FUZZ_RUNS * 30);

/**
 * The hang detector of the huge-integer tests (issue 14, item 3): each call is its own
 * test, and vitest fails a test that runs past its limit (also a synchronous one, when it
 * returns). A call that never returns hangs the run instead: the verbose reporter's last
 * line names the function.
 */
const ONE_CALL = 1_000;

/** Register the fuzz tests of a group (see targets.ts). */
export function fuzzGroup(group: keyof typeof GROUPS & string): void {
  describe(`fuzz: ${group}`, () => {
    for (const name of GROUPS[group] ?? []) {
      const t = TARGETS[name] as FuzzTarget;
      const fn = callOf(name);
      const numRuns = FUZZ_RUNS;
      const known = { tolerateNegativeZero: t.known?.negativeZero, tolerateThrow: t.known?.junkThrows };
      it(`${name}: valid inputs give the documented value, plain JSON, the same each time, nothing mutated`, () => {
        fc.assert(
          fc.property(t.valid, (args) => {
            const r = checkCall(fn, args, { check: t.check, mayBeUndefined: t.mayBeUndefined, tolerateNegativeZero: known.tolerateNegativeZero });
            if (r === null || !r.ok) expect.fail(`a valid input was refused: ${r === null ? 'it threw' : r.error.message}`);
          }),
          { numRuns },
        );
        expectPrototypesUntouched();
      }, TIMEOUT);
      it(`${name}: junk gives the documented value or an InputError, never anything else`, () => {
        let refused = 0;
        fc.assert(
          fc.property(junkArgs(t.valid), (args) => {
            const r = checkCall(fn, args, { mayBeUndefined: t.mayBeUndefined === true || t.known?.junkThrows === true, ...known });
            if (r === null || !r.ok) refused++;
          }),
          { numRuns },
        );
        expectPrototypesUntouched();
        // the junk reaches the validation (a function that takes no input refuses nothing)
        if (!t.acceptsAnything) expect(refused).toBeGreaterThan(0);
      }, TIMEOUT);
      it(`${name}: huge arrays (${HUGE}) and deep nesting (10^4) give the value or an InputError`, () => {
        fc.assert(
          fc.property(hugeArgs(t.valid), (args) => {
            checkCall(fn, args, { mayBeUndefined: t.mayBeUndefined === true || t.known?.junkThrows === true, again: false, ...known });
          }),
          { numRuns: Math.max(2, Math.round(numRuns / 500)) },
        );
      }, TIMEOUT);
      // Built at collection time with the run's seed (test/setup.ts), so a failure names
      // the sample and repeats.
      const samples = fc.sample(hugeIntegerArgs(t.valid), { numRuns: HUGE_INTEGER_SAMPLES });
      samples.forEach((sample, i) => {
        it(`${name}: huge integers, sample ${i + 1}: the value or an InputError within ${ONE_CALL} ms`, () => {
          checkCall(fn, sample, { mayBeUndefined: t.mayBeUndefined === true || t.known?.junkThrows === true, again: false, ...known });
        }, ONE_CALL);
      });
    }
  });
}
