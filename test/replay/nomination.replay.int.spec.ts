import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const HISTORIES = join(ROOT, 'test/histories');
const files = readdirSync(HISTORIES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => join(HISTORIES, f));

/** Runs the replayer (dist/scripts/replay-histories.js, built by npm test) as its own process. */
function replay(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'dist/scripts/replay-histories.js'), ...args], {
    encoding: 'utf8',
    env: process.env,
    timeout: 120_000,
  });
  const results = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('{"history"'))
    .map((line) => JSON.parse(line) as { history: string; ok: boolean; error?: string });
  return { status: run.status, results, stderr: run.stderr };
}

/**
 * Recorded histories (npm run record-histories) replayed against today's workflow code: a change
 * that would break running nominations fails here, before it reaches them (docs/architecture.md §4, patched()).
 */
describe('nominationWorkflow replays its recorded histories', () => {
  it('replays every recorded history without a determinism error', () => {
    const { status, results, stderr } = replay('--bundle', process.env.TEMPORAL_WORKFLOW_BUNDLE!, ...files);
    expect(results.map((r) => r.history)).toEqual(expect.arrayContaining(['awarded', 'rejected-by-ballot']));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect({ status, stderr: status === 0 ? '' : stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('detects an incompatible change to the workflow code', () => {
    const { status, results } = replay('--workflows', join(__dirname, 'fixtures/changed.workflow.ts'), files[0]);
    expect(status).toBe(1);
    expect(results[0]).toMatchObject({ ok: false, error: expect.stringMatching(/DeterminismViolationError/) });
  });
});
