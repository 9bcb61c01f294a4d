import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

// Mutation testing of the pure domain (`npm run mutate`; not part of `npm test`: it takes tens of
// minutes). scripts/mutation-score.mjs writes the score to bench/results/mutation.json and the README.
// KHEN_MUTATE_PART=<folder of libs/domain/src> runs one part alone (its own report and incremental file);
// `.` is the files directly in libs/domain/src. KHEN_MUTATE_FILES=<a.ts,b.ts> (with KHEN_MUTATE_SLICE=<name>)
// narrows a large part to some of its files, a slice with its own report, so that a part too long for
// one sitting is measured in pieces. scripts/mutation-score.mjs adds the parts' reports up when the whole
// run's report is absent.
const part = process.env.KHEN_MUTATE_PART;
const files = process.env.KHEN_MUTATE_FILES?.split(',').filter(Boolean);
const slice = process.env.KHEN_MUTATE_SLICE;
if (files?.length && (!part || !slice))
  throw new Error('KHEN_MUTATE_FILES needs KHEN_MUTATE_PART and KHEN_MUTATE_SLICE');
const dir = part === '.' ? 'libs/domain/src' : `libs/domain/src/${part}`;
const scope = !part
  ? ['libs/domain/src/**/*.ts']
  : files?.length
    ? files.map((f) => `${dir}/${f}`)
    : [part === '.' ? `${dir}/*.ts` : `${dir}/**/*.ts`];
const name = part === '.' ? 'root' : part?.replaceAll('/', '-');
const out = part ? `.data/mutation/parts/${name}${slice ? `~${slice}` : ''}` : '.data/mutation';
// What this part or slice covers, each file with the SHA-256 of its content when the run began: Stryker's
// report leaves out a file without a mutant (types only, re-exports), and the score then knows that such a
// file was measured by this run, not added after it.
const sourcesOf = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path).flatMap((entry) => (entry === 'testing' ? [] : sourcesOf(`${path}/${entry}`)))
    : path.endsWith('.ts') && !path.endsWith('.spec.ts') && path !== 'libs/domain/src/index.ts'
      ? [path]
      : [];
if (part) {
  mkdirSync(out, { recursive: true });
  const inScope = files?.length
    ? scope
    : part === '.'
      ? sourcesOf(dir).filter((f) => !f.slice(dir.length + 1).includes('/'))
      : sourcesOf(dir);
  const sha256 = Object.fromEntries(
    inScope.map((f) => [f, createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
  writeFileSync(`${out}/scope.json`, JSON.stringify({ part, slice, mutate: scope, sha256 }, null, 2) + '\n');
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  jest: { configFile: 'jest.mutate.config.js', enableFindRelatedTests: true },
  coverageAnalysis: 'perTest',
  // Test fixtures (`testing/`) are not shipped code: a mutant there tests the tests.
  mutate: [...scope, '!libs/domain/src/**/*.spec.ts', '!libs/domain/src/**/testing/**', '!libs/domain/src/index.ts'],
  ignorePatterns: ['.data', '.tools', 'dist', 'coverage', 'test/artifacts', 'bench/results'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `${out}/mutation.json` },
  incremental: true,
  incrementalFile: `${out}/stryker-incremental.json`,
  tempDirName: '.data/mutation/tmp',
  concurrency: Number(process.env.KHEN_MUTATE_CONCURRENCY ?? 2),
  // A mutant that loops forever is stopped after this margin over the test's own time (KHEN_MUTATE_TIMEOUT_MS;
  // Stryker's default is 5000): on an idle machine the domain's tests take milliseconds, so a lower margin only
  // stops the endless loops sooner.
  timeoutMS: Number(process.env.KHEN_MUTATE_TIMEOUT_MS ?? 10000),
  // Static mutants (module-level data: the rule catalogue, message tables) would each rerun every test —
  // 97 % of the time for 45 % of the mutants. They are left out of the score; see docs/testing.md.
  ignoreStatic: true,
  thresholds: { high: 85, low: 80, break: null },
};
