import fc from 'fast-check';

// A fixed seed so that a failure seen in CI is reproducible (and Stryker's per-test
// coverage works). Override with FC_SEED to explore other corners locally.
const seed = Number(process.env['FC_SEED'] ?? 20260523);
fc.configureGlobal({ seed, numRuns: Number(process.env['FC_RUNS'] ?? 200) });
