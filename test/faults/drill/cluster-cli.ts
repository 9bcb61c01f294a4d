/**
 * `npm run drill -- --cluster` (scripts/drill.sh): the fault drill against the cluster of scripts/cluster/.
 *   node <dist>/test/faults/drill/cluster-cli.js --dist <dist> --bundle <file> --run-dir <dir>
 *     [--cases 10000] [--api-kills 3] [--worker-kills 5] [--history-kills 1] [--frontend-kills 1]
 *     [--postgres-restarts 1] [--rolling-restarts 1] [--concurrency 24] [--disclosure-ms 2000]
 *     [--deadline-min 90] [--api-port 13300] [--temporal-port 17300] [--keep-db]
 * Prints the report as JSON on stdout and the one-line summary on stderr; exits 1 when it failed.
 */
import { numberArg, parseArgs, runDrillCli } from './cli-args';
import { runClusterDrill } from './cluster-run';

const a = parseArgs(process.argv.slice(2));
const num = (k: string, d: number) => numberArg(a, k, d);
runDrillCli('cluster drill', async () => {
  if (!a.dist || !a.bundle || !a['run-dir']) throw new Error('--dist, --bundle and --run-dir are required');
  return runClusterDrill({
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
});
