import { bundleWorkflowCode } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Bundles workflows/ once (run from dist/, where imports are already relative) so workers and
 * replay tests load the same code without re-bundling at every start.
 */
async function main(): Promise<void> {
  const out = resolve(process.argv[2] ?? '.data/workflow-bundle.js');
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve(resolve(__dirname, '../workflows')) });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, code);
  console.error(`[khen] workflow bundle written to ${out} (${Math.round(code.length / 1024)} KiB)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
