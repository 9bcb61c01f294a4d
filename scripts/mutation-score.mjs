// After `stryker run` (npm run mutate): the mutation score of libs/domain from Stryker's JSON report,
// written to bench/results/mutation.json (the record, per file) and into the README between markers.
// Score = (killed + timed out) / (killed + timed out + survived + no coverage); static mutants are left
// out by the config (ignoreStatic), compile errors do not count.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The whole run's report, or else the parts' reports (KHEN_MUTATE_PART runs, see stryker.config.mjs) added up.
const readReport = (path) => JSON.parse(readFileSync(path, 'utf8'));
const whole = join(root, '.data/mutation/mutation.json');
const partsDir = join(root, '.data/mutation/parts');
const partReports = () =>
  readdirSync(partsDir)
    .map((part) => join(partsDir, part, 'mutation.json'))
    .filter((path) => existsSync(path))
    .map(readReport);
const report =
  process.argv[2] === '--parts' || !existsSync(whole)
    ? { files: Object.assign({}, ...partReports().map((r) => r.files)) }
    : readReport(whole);

const UNDETECTED = new Set(['Survived', 'NoCoverage']);
const tally = (mutants) => {
  const t = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') t.killed++;
    else if (m.status === 'Timeout') t.timeout++;
    else if (m.status === 'Survived') t.survived++;
    else if (m.status === 'NoCoverage') t.noCoverage++;
    else if (m.status === 'Ignored') t.ignored++;
    else t.errors++;
  }
  const detected = t.killed + t.timeout;
  const valid = detected + t.survived + t.noCoverage;
  return { ...t, score: valid ? Math.round((1000 * detected) / valid) / 10 : 100 };
};

const files = Object.entries(report.files).map(([file, f]) => ({
  file: relative(root, file.startsWith('/') ? file : join(root, file)),
  ...tally(f.mutants),
  survivors: f.mutants
    .filter((m) => UNDETECTED.has(m.status))
    .map((m) => `${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${m.status}`),
}));
const all = tally(Object.values(report.files).flatMap((f) => f.mutants));

const record = {
  recordedAt: new Date().toISOString(),
  scope: 'libs/domain/src (static mutants ignored)',
  ...all,
  files: files.sort((a, b) => a.score - b.score),
};
writeFileSync(join(root, 'bench/results/mutation.json'), JSON.stringify(record, null, 2) + '\n');

const day = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short' }).format(new Date());
const line =
  `Mutation score of \`libs/domain\` (StrykerJS, \`npm run mutate\`, recorded ${day}): **${all.score.toFixed(1).replace('.', ',')} %** ` +
  `(${all.killed + all.timeout} of ${all.killed + all.timeout + all.survived + all.noCoverage} mutants detected; ` +
  `${all.survived} survived, ${all.noCoverage} not covered; ${all.ignored} static mutants not run). ` +
  'Per file: `bench/results/mutation.json`.';
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const marked = /<!-- mutation-score -->[\s\S]*?<!-- \/mutation-score -->/;
if (!marked.test(readme)) throw new Error('README.md lacks the <!-- mutation-score --> markers');
writeFileSync(readmePath, readme.replace(marked, `<!-- mutation-score -->\n\n${line}\n<!-- /mutation-score -->`));
console.log(line);
