import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: pure, platform-neutral, two entry points (the text on its own).
    entry: { index: 'src/index.ts', text: 'src/text/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
  },
  {
    // The CLI: Node only.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
  },
]);
