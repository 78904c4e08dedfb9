import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The suite Stryker runs for each mutant: the rule modules' own tests (not the fuzzing,
// CLI or docs tests, which exercise the same code far more slowly).
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '..'),
    include: ['test/{_lib,core,dates,eligibility,exam,discipline,fees,operations,instruction}/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 120_000,
  },
});
