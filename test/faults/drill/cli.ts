/**
 * `npm run drill` (scripts/drill.sh): the long fault drill with its full numbers, or any others.
 *   node <dist>/test/faults/drill/cli.js --cases 1000 --worker-kills 20 --temporal-restarts 3 --postgres-restarts 3 \
 *     --dist <dist> --run-dir .data/drill/run-… [--bundle file] [--concurrency 24] [--disclosure-ms 2000] [--temporal-down-ms 8000] [--deadline-min 40] [--keep-db]
 * Prints the report as JSON on stdout and the one-line summary on stderr; exits 1 when it failed.
 */
import { numberArg, parseArgs, runDrillCli } from './cli-args';
import { runDrill } from './run-drill';

const a = parseArgs(process.argv.slice(2));
const num = (k: string, d: number) => numberArg(a, k, d);
runDrillCli('drill', () =>
  runDrill({
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
  }),
);
