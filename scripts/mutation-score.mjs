// After `stryker run` (npm run mutate): the mutation score of libs/domain from Stryker's JSON report,
// written to bench/results/mutation.json (the record, per part and per file) and into the README between
// markers. Score = (killed + timed out) / (killed + timed out + survived + no coverage); static mutants are
// left out by the config (ignoreStatic), mutants disabled in the code (`// Stryker disable`, each with its
// reason) and compile errors do not count.
//
// `--parts` (or no whole run's report): the reports of the parts and slices (KHEN_MUTATE_PART, see
// stryker.config.mjs) added up. A file no finished part or slice covered keeps its result from the record
// (bench/results/mutation.json) when its content is the one measured then (the record keeps each file's
// SHA-256), so that a long run can be done in pieces over several sittings and checkouts. A run measured
// the files its report holds, those without a mutant included (not a file added after it); any other file is
// listed as not measured, and the README line then says the score is of the measured parts only.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = 'libs/domain/src';
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const whole = join(root, '.data/mutation/mutation.json');
const partsDir = join(root, '.data/mutation/parts');
const useParts = process.argv[2] === '--parts' || !existsSync(whole);

/** The finished parts and slices: each directory with a report. */
const finished = () =>
  (existsSync(partsDir) ? readdirSync(partsDir) : [])
    .filter((name) => existsSync(join(partsDir, name, 'mutation.json')))
    .sort()
    .map((name) => {
      const scopeFile = join(partsDir, name, 'scope.json');
      const scope = existsSync(scopeFile) ? readJson(scopeFile) : {};
      return { name, sha256: scope.sha256 ?? {}, report: readJson(join(partsDir, name, 'mutation.json')) };
    });

/** The files Stryker mutates in a whole run (stryker.config.mjs `mutate`). */
const mutatedFiles = (dir = src) =>
  readdirSync(join(root, dir)).flatMap((entry) => {
    const path = `${dir}/${entry}`;
    if (statSync(join(root, path)).isDirectory()) return entry === 'testing' ? [] : mutatedFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') && path !== `${src}/index.ts` ? [path] : [];
  });

const recordPath = join(root, 'bench/results/mutation.json');
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const contentHash = (file) => sha256(readFileSync(join(root, file)));
const runs = useParts ? finished() : [];
const relativePath = (file) => relative(root, file.startsWith('/') ? file : join(root, file));
const report = useParts ? { files: Object.assign({}, ...runs.map((r) => r.report.files)) } : readJson(whole);
// A file a finished run measured: one its report has, or one without a mutant (Stryker's report leaves those
// out) that the run's scope names with the content it still has. A file added or changed after the run was not
// measured by it.
const reported = new Set(Object.keys(report.files).map((file) => relativePath(file)));
const withoutMutants = useParts
  ? [
      ...new Set(
        runs.flatMap((r) =>
          Object.entries(r.sha256)
            .filter(([f, sha]) => !reported.has(f) && existsSync(join(root, f)) && contentHash(f) === sha)
            .map(([f]) => f),
        ),
      ),
    ]
  : [];
const uncovered = useParts ? mutatedFiles().filter((f) => !reported.has(f) && !withoutMutants.includes(f)) : [];
/** Files no run of now covered, whose content is the one the record measured: their result stands. */
const recorded = new Map(
  (existsSync(recordPath) ? (readJson(recordPath).files ?? []) : [])
    .filter(
      (f) =>
        f.sha256 && uncovered.includes(f.file) && existsSync(join(root, f.file)) && contentHash(f.file) === f.sha256,
    )
    .map((f) => [f.file, f]),
);
const notMeasured = uncovered.filter((f) => !recorded.has(f));

const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const isStatic = (m) => m.status === 'Ignored' && /static/i.test(m.statusReason ?? '');
const tally = (mutants) => {
  const t = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, static: 0, disabled: 0, errors: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') t.killed++;
    else if (m.status === 'Timeout') t.timeout++;
    else if (m.status === 'Survived') t.survived++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
    else if (isStatic(m)) t.static++;
    else if (m.status === 'Ignored') t.disabled++;
    else t.errors++;
  }
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return { ...t, score: valid ? Math.round((1000 * detected) / valid) / 10 : 100 };
};

const partOf = (file) => {
  const rest = relativePath(file).slice(src.length + 1);
  return rest.includes('/') ? rest.split('/')[0] : '.';
};
const measuredAt = new Date().toISOString();
const COUNTS = ['killed', 'timeout', 'survived', 'noCoverage', 'static', 'disabled', 'errors'];
/** Counts added up, and their score. */
const sum = (entries) => {
  const t = Object.fromEntries(COUNTS.map((k) => [k, entries.reduce((n, e) => n + e[k], 0)]));
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return { ...t, score: valid ? Math.round((1000 * detected) / valid) / 10 : 100 };
};
const fresh = Object.entries(report.files).map(([file, f]) => ({
  file: relativePath(file),
  ...tally(f.mutants),
  survivors: f.mutants
    .filter((m) => UNDETECTED.has(m.status))
    .map((m) => `${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.status}`),
  // The source as Stryker measured it (a file edited since then is not the one measured).
  sha256: sha256(f.source),
  measuredAt,
}));
// Measured, with nothing to mutate: kept in the record so that a later sitting can carry them.
const empty = withoutMutants.map((file) => ({
  file,
  ...tally([]),
  survivors: [],
  sha256: contentHash(file),
  measuredAt,
}));
const files = [...fresh, ...empty, ...recorded.values()];
const all = sum(files);
const partNames = [...new Set([...mutatedFiles().map(partOf)])].sort();
const parts = partNames.map((part) => {
  const missing = notMeasured.filter((f) => partOf(f) === part);
  const inPart = mutatedFiles().filter((f) => partOf(f) === part);
  const measured = missing.length === 0 ? 'complete' : missing.length === inPart.length ? 'not run' : 'partial';
  return {
    part,
    measured,
    files: inPart.length,
    ...(measured === 'not run' ? {} : sum(files.filter((f) => partOf(f.file) === part))),
    ...(missing.length ? { notMeasured: missing } : {}),
  };
});

const record = {
  recordedAt: new Date().toISOString(),
  scope: `${src} (static mutants ignored)`,
  complete: notMeasured.length === 0,
  ...all,
  ...(useParts ? { runs: runs.map((r) => r.name), carriedFromTheRecord: [...recorded.keys()].sort() } : {}),
  parts,
  files: files.sort((a, b) => a.score - b.score),
};
writeFileSync(recordPath, JSON.stringify(record, null, 2) + '\n');

const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' }).format(new Date());
const pct = (x) => `${x.toFixed(1).replace('.', ',')} %`;
const missingParts = parts.filter((p) => p.measured !== 'complete');
const measuredLabel = (p) => (p.part === '.' ? `the files directly in \`${src}\`` : `\`${p.part}\``);
const notRun = missingParts.filter((p) => p.measured === 'not run').map(measuredLabel);
const partly = missingParts
  .filter((p) => p.measured === 'partial')
  .map((p) => `${measuredLabel(p)} (${p.notMeasured.length} of its ${p.files} files)`);
const coverage = notMeasured.length ? ` Not yet measured: ${[...notRun, ...partly].join(', ')}.` : '';
const line =
  `Mutation score of \`libs/domain\`${notMeasured.length ? ', the parts measured so far only' : ''} (StrykerJS, \`npm run mutate\`, recorded ${day}): **${pct(all.score)}** ` +
  `(${all.killed + all.timeout} of ${all.killed + all.timeout + all.survived + all.noCoverage} mutants detected; ` +
  `${all.survived} survived, ${all.noCoverage} not covered; ${all.static} static mutants not run, ` +
  `${all.disabled} disabled as equivalent).` +
  coverage +
  ' Per part and file: `bench/results/mutation.json`.';
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const marked = /<!-- mutation-score -->[\s\S]*?<!-- \/mutation-score -->/;
if (!marked.test(readme)) throw new Error('README.md lacks the <!-- mutation-score --> markers');
writeFileSync(readmePath, readme.replace(marked, `<!-- mutation-score -->\n\n${line}\n<!-- /mutation-score -->`));
console.log(line);
for (const p of parts)
  console.log(`  ${p.part.padEnd(14)} ${p.measured.padEnd(9)} ${p.score === undefined ? '' : pct(p.score)}`);
