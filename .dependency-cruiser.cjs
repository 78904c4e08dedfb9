/**
 * The layer check (issue 16): imports in src/ point one way, down, and never in a circle.
 *
 *   cli, server                          the programs on top (I/O, env, the clock live here only)
 *     ↓
 *   index.ts, messages.ts                the entry points; the catalogue (MessageCode) is assembled here
 *     ↓
 *   eligibility exam discipline fees     the rule sets, each owning its messages and codes
 *   operations instruction text          (they may use one another, never in a circle)
 *     ↓
 *   dates, calendar                      Jalali dates, closed days, deadlines
 *     ↓
 *   params.ts                            the regulation's numbers, each with its citation
 *     ↓
 *   core                                 citation, decision model, builders, errors, schemas, text
 *     ↓
 *   _lib                                 private helpers (digits, Jalali arithmetic)
 *
 * Type-only imports count (`tsPreCompilationDeps: true`): `import type` from a higher
 * layer is a violation too. Run by `npm test` (`npm run check:layers`).
 */
const LAYERS = [
  { name: '_lib', path: '^src/_lib/' },
  { name: 'core', path: '^src/core/' },
  { name: 'params', path: '^src/params\\.ts$' },
  { name: 'dates', path: '^src/(dates|calendar)/' },
  { name: 'rule sets', path: '^src/(eligibility|exam|discipline|fees|operations|instruction|text)/' },
  { name: 'entry points', path: '^src/(index|messages)\\.ts$' },
  { name: 'programs', path: '^src/(cli|server)/' },
];

/** One rule per layer: nothing in it imports from any layer above it. */
const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `no-upward-from-${layer.name.replace(/\W+/g, '-')}`,
  comment: `${layer.name} is below ${LAYERS.slice(i + 1).map((l) => l.name).join(', ')}: it must not import from them (types included).`,
  severity: 'error',
  from: { path: layer.path },
  to: { path: LAYERS.slice(i + 1).map((l) => l.path) },
}));

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'An import circle ties its modules together: none can be read, tested or changed alone.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'src-outside-the-layers',
      comment: 'Every file of src/ belongs to a layer above: add a new folder to LAYERS in .dependency-cruiser.cjs.',
      severity: 'error',
      from: { path: '^src/', pathNot: LAYERS.map((l) => l.path) },
      to: {},
    },
    {
      name: 'src-runtime-dependency-zod-only',
      comment: 'The library has one runtime dependency, zod (and Node built-ins in the programs).',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'], pathNot: '^node_modules/zod/' },
    },
    {
      name: 'src-not-to-test-or-bench',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(test|bench|examples|\\.ci)/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that resolves to nothing (a typo, a file not yet added).',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    includeOnly: ['^src/', '^node_modules/'],
  },
};
