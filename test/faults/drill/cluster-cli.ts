/**
 * `npm run drill -- --cluster` (scripts/drill.sh): the fault drill against the cluster of scripts/cluster/.
 *   node <dist>/test/faults/drill/cluster-cli.js --dist <dist> --bundle <file> --run-dir <dir>
 *     [--cases 10000] [--api-kills 3] [--worker-kills 5] [--history-kills 1] [--frontend-kills 1]
 *     [--postgres-restarts 1] [--rolling-restarts 1] [--concurrency 24] [--disclosure-ms 2000]
 *     [--deadline-min 90] [--api-port 13300] [--temporal-port 17300] [--keep-db]
 * Prints the report as JSON on stdout and the one-line summary on stderr; exits 1 when it failed.
 */
import { runClusterDrill } from './cluster-run';

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
  const num = (k: string, d: number) => {
    const n = a[k] === undefined ? d : Number(a[k]);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${k} must be a number ≥ 0, not "${a[k]}"`);
    return n;
  };
  if (!a.dist || !a.bundle || !a['run-dir']) throw new Error('--dist, --bundle and --run-dir are required');
  const report = await runClusterDrill({
    cases: num('cases', 10_000),
    faults: {
      'api-kill': num('api-kills', 3),
      'worker-kill': num('worker-kills', 5),
      'history-kill': num('history-kills', 1),
      'frontend-kill': num('frontend-kills', 1),
      'postgres-restart': num('postgres-restarts', 1),
      'rolling-restart': num('rolling-restarts', 1),
    },
    dist: a.dist,
    bundle: a.bundle,
    runDir: a['run-dir'],
    apiPort: num('api-port', 13300),
    temporalPort: num('temporal-port', 17300),
    concurrency: num('concurrency', 24),
    disclosureMs: num('disclosure-ms', 2000),
    deadlineMs: num('deadline-min', 90) * 60_000,
    keepDatabase: a['keep-db'] === 'true',
  });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.stderr.write(`${report.summary}\n`);
  process.exit(report.ok ? 0 : 1);
}

main().catch((err) => {
  process.stderr.write(`cluster drill failed to run: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(2);
});
