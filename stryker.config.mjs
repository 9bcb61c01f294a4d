// Mutation testing of the pure domain (`npm run mutate`; not part of `npm test`: it takes tens of
// minutes). scripts/mutation-score.mjs writes the score to bench/results/mutation.json and the README.
// KHEN_MUTATE_PART=<folder of libs/domain/src> runs one part alone (its own report and incremental file);
// scripts/mutation-score.mjs adds the parts' reports up when the whole run's report is absent.
const part = process.env.KHEN_MUTATE_PART;
const scope = part ? `libs/domain/src/${part}/**/*.ts` : 'libs/domain/src/**/*.ts';
const out = part ? `.data/mutation/parts/${part}` : '.data/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { configFile: 'jest.mutate.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  mutate: [scope, '!libs/domain/src/**/*.spec.ts', '!libs/domain/src/index.ts'],
  ignorePatterns: ['.data', '.tools', 'dist', 'coverage', 'test/artifacts', 'bench/results'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `${out}/mutation.json` },
  incremental: true,
  incrementalFile: `${out}/stryker-incremental.json`,
  tempDirName: '.data/mutation/tmp',
  concurrency: Number(process.env.KHEN_MUTATE_CONCURRENCY ?? 2),
  timeoutMS: 10000,
  // Static mutants (module-level data: the rule catalogue, message tables) would each rerun every test —
  // 97 % of the time for 45 % of the mutants. They are left out of the score; see docs/testing.md.
  ignoreStatic: true,
  thresholds: { high: 85, low: 80, break: null },
};
