import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The suite Stryker runs for each mutant: the rule modules' own tests (not the fuzzing,
// CLI or docs tests, which exercise the same code far more slowly). A scoped run may narrow
// it further with MUTATION_TESTS (comma-separated globs), e.g.
//   MUTATION_TESTS='test/exam/**/*.test.ts' npx stryker run .ci/stryker.config.json --mutate src/exam/select.ts
const DEFAULT = ['test/{_lib,core,dates,eligibility,exam,discipline,fees,operations,instruction}/**/*.test.ts'];

export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '..'),
    include: process.env['MUTATION_TESTS']?.split(',') ?? DEFAULT,
    setupFiles: ['test/setup.ts'],
    testTimeout: 120_000,
  },
});
