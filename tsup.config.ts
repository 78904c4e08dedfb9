import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', text: 'src/text/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: true,
});
