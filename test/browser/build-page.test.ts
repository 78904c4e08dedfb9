// The page's bundler (.ci/build-page.mjs): the browser bundle admits nothing Node-only.
// Runs in `npm test` (esbuild alone: no browser, no dist/ needed); the page itself is
// tested in Chromium by page.e2e.ts (`npm run test:browser`).
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const { bundle } = (await import(join(ROOT, '.ci', 'build-page.mjs'))) as {
  bundle: (entry: { contents: string; resolveDir?: string }) => Promise<string>;
};

describe('the browser bundle of the applicants\' page (.ci/build-page.mjs)', () => {
  it('bundles a script that needs nothing of Node', async () => {
    const js = await bundle({ contents: "import { QUESTIONS } from './examples/data/questions.mjs'; console.log(QUESTIONS.length);" });
    expect(js).toContain('Q10');
  });

  it.each(['node:fs', 'fs', 'node:path', 'path/posix', 'crypto', 'node:module'])('fails the build on an import of the Node built-in "%s", naming it', async (name) => {
    await expect(bundle({ contents: `import * as m from '${name}'; console.log(m);` })).rejects.toThrow(`Node-only import "${name}" in the browser bundle (imported by <stdin>)`);
  });

  it('fails the build on a Node built-in imported by a module the page imports, naming that module', async () => {
    await expect(bundle({ contents: "import './.ci/build-page.mjs';" })).rejects.toThrow(/Node-only import "node:crypto" in the browser bundle \(imported by \.ci\/build-page\.mjs\)/);
  });

  it('fails the build on a subpath the package does not export', async () => {
    await expect(bundle({ contents: "import 'iran-judicial-eservices/nothing';" })).rejects.toThrow('package.json exports no ESM entry "./nothing"');
  });
});
