/**
 * `npm run drill` (scripts/drill.sh): the long fault drill with its full numbers, or any others.
 *   node <dist>/test/faults/drill/cli.js --cases 1000 --worker-kills 20 --temporal-restarts 3 --postgres-restarts 3 \
 *     --dist <dist> --run-dir .data/drill/run-… [--bundle file] [--concurrency 24] [--disclosure-ms 2000] [--temporal-down-ms 8000] [--deadline-min 40] [--keep-db]
 * Prints the report as JSON on stdout and the one-line summary on stderr; exits 1 when it failed.
 */
import { runDrill } from './run-drill';

function args(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, v] = a.slice(2).split('=', 2);
    if (v !== undefined) out[k] = v;
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) out[k] = argv[++i];
    else out[k] = 'true';
  }
  return out;
}

async function main(): Promise<void> {
  const a = args(process.argv.slice(2));
  const num = (k: string, d: number) => (a[k] === undefined ? d : Number(a[k]));
  const report = await runDrill({
    cases: num('cases', 1000),
    workerKills: num('worker-kills', 20),
    temporalRestarts: num('temporal-restarts', 3),
    postgresRestarts: num('postgres-restarts', 3),
    dist: a.dist ?? 'dist',
    bundle: a.bundle,
    temporalCli: a['temporal-cli'] ?? process.env.TEMPORAL_CLI ?? 'temporal',
    runDir: a['run-dir'] ?? `.data/drill/run-${Date.now()}`,
    concurrency: num('concurrency', 24),
    disclosureMs: num('disclosure-ms', 2000),
    deadlineMs: num('deadline-min', 40) * 60_000,
    temporalDownMs: num('temporal-down-ms', 8000),
    keepDatabase: a['keep-db'] === 'true',
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`${report.summary}\n`);
  process.exit(report.ok ? 0 : 1);
}

main().catch((err) => {
  process.stderr.write(`drill failed to run: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(2);
});
