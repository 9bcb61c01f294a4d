import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayWorkerOptions, Worker } from '@temporalio/worker';
import { DeterminismViolationError } from '@temporalio/workflow';
import { workflowSource } from '../../apps/worker/src/temporal/workflow-source';

const HISTORIES = join(__dirname, '../histories');
const histories = readdirSync(HISTORIES).filter((f) => f.endsWith('.json')).sort().map((file) => ({
  file,
  // The Temporal CLI's JSON (`temporal workflow show --output json`), which the replayer reads as is.
  history: JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')) as unknown,
}));

/**
 * Recorded histories (npm run record-histories) replayed against today's workflow code: a change
 * that would break running nominations fails here, before it reaches them (design.md §4, patched()).
 */
describe('nominationWorkflow replays its recorded histories', () => {
  it('has recorded histories to replay', () => {
    expect(histories.map((h) => h.file)).toEqual(expect.arrayContaining(['awarded.json', 'rejected-by-ballot.json']));
  });

  it.each(histories.map((h) => [h.file, h.history] as const))('replays %s without a determinism error', async (_file, history) => {
    const options: ReplayWorkerOptions = { ...workflowSource(process.env.TEMPORAL_WORKFLOW_BUNDLE) };
    await expect(Worker.runReplayHistory(options, history)).resolves.toBeUndefined();
  });

  it('detects an incompatible change to the workflow code', async () => {
    const options: ReplayWorkerOptions = { workflowsPath: require.resolve('./fixtures/changed.workflow') };
    await expect(Worker.runReplayHistory(options, histories[0].history)).rejects.toBeInstanceOf(DeterminismViolationError);
  });
});
