import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: pure, platform-neutral; the foundation in the main entry, each rule set and the texts in their own.
    entry: {
      index: 'src/index.ts',
      eligibility: 'src/eligibility/index.ts',
      exam: 'src/exam/index.ts',
      discipline: 'src/discipline/index.ts',
      fees: 'src/fees/index.ts',
      operations: 'src/operations/index.ts',
      instruction: 'src/instruction/index.ts',
      calendar: 'src/calendar/index.ts',
      messages: 'src/messages.ts',
      text: 'src/text/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
  },
  {
    // The HTTP API (`iran-judicial-eservices/server`): Node only, not in the main entry.
    entry: { server: 'src/server/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    treeshake: true,
    target: 'node20',
    platform: 'node',
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
