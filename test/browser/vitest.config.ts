import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The browser test (`npm run test:browser`): the applicants' page in Debian's Chromium.
// Its file is `*.e2e.ts`, outside `npm test`'s `*.test.ts`, because it needs Chromium
// and the built package; .ci/run installs Chromium when missing and runs it after the build.
export default defineConfig({
  test: {
    root: resolve(import.meta.dirname, '..', '..'),
    include: ['test/browser/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
