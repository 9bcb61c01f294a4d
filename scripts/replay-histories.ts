import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { type ReplayWorkerOptions, Worker } from '@temporalio/worker';
import { workflowSource } from '../apps/worker/src/temporal/workflow-source';

/**
 * Replays saved histories (the Temporal CLI's `workflow show --output json`) against workflow code:
 *   node dist/scripts/replay-histories.js [--bundle FILE | --workflows PATH] HISTORY.json...
 * Prints one JSON line per history and exits 1 if any fails (e.g. a DeterminismViolationError).
 * Operators run it before a deploy; the test suite runs it as its own process. (protobufjs is a
 * direct dependency so that one copy serves @temporalio/common and /proto: two copies break the
 * JSON → History conversion with "type must be a Type".)
 */
async function main(argv: string[]): Promise<number> {
  let options: ReplayWorkerOptions = workflowSource(process.env.TEMPORAL_WORKFLOW_BUNDLE);
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--bundle') options = { workflowBundle: { codePath: resolve(argv[++i]) } };
    else if (argv[i] === '--workflows') options = { workflowsPath: resolve(argv[++i]) };
    else files.push(argv[i]);
  }
  if (files.length === 0) {
    console.error('usage: replay-histories [--bundle FILE | --workflows PATH] HISTORY.json...');
    return 2;
  }
  const histories = files.map((f) => ({
    workflowId: basename(f, '.json'),
    history: JSON.parse(readFileSync(f, 'utf8')) as unknown,
  }));
  let failed = 0;
  for await (const result of Worker.runReplayHistories(options, histories)) {
    if (result.error) failed++;
    console.log(
      JSON.stringify({
        history: result.workflowId,
        ok: !result.error,
        error: result.error ? `${result.error.name}: ${result.error.message}` : undefined,
      }),
    );
  }
  return failed === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
