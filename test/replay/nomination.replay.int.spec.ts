import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tallyBallot, type NominationEvent } from '@khen/domain';

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
    expect(results.map((r) => r.history)).toEqual(
      expect.arrayContaining([
        'awarded',
        'rejected-by-ballot',
        'awarded-local-reads',
        'rejected-by-ballot-local-reads',
      ]),
    );
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect({ status, stderr: status === 0 ? '' : stderr }).toEqual({ status: 0, stderr: '' });
  });

  it('replays ballots closed under the first count, which the count over seated members would decide otherwise', () => {
    // awarded.json: 4 members, 1 recused, 3 approvals on an 80 % all-members rule, recorded as 3/3 = 100 %, passed.
    // Today's count says 3/4 = 75 %: the history replays above only because the workflow asks patched().
    const closed = appendedEvents(join(HISTORIES, 'awarded.json')).find((e) => e.type === 'ReviewClosed');
    const opened = appendedEvents(join(HISTORIES, 'awarded.json')).find((e) => e.type === 'ReviewOpened');
    if (closed?.type !== 'ReviewClosed' || opened?.type !== 'ReviewOpened')
      throw new Error('no ballot in awarded.json');
    expect(closed.data).toMatchObject({
      passed: true,
      tally: { denominatorKind: 'ALL_MEMBERS', denominator: 3, recused: 1 },
    });
    expect(closed.data.tally).not.toHaveProperty('counting');
    const now = tallyBallot({
      rule: closed.data.tally.rule,
      members: opened.data.members,
      recused: opened.data.recused.map((r) => r.memberId),
      votes: Array(closed.data.tally.approve).fill('APPROVE'),
    });
    expect(now).toMatchObject({ denominator: 4, approvePercent: 75, passed: false });
  });

  it('replays cases whose reads ran as local activities, and cases recorded before them', () => {
    // Recorded before the patch: every read an activity task. After it: the appends only, each read a marker.
    const shape = (name: string) => {
      const { events } = JSON.parse(readFileSync(join(HISTORIES, `${name}.json`), 'utf8')) as {
        events: {
          eventType: string;
          markerRecordedEventAttributes?: {
            markerName: string;
            details: Record<string, { payloads: { data: string }[] }>;
          };
        }[];
      };
      const markers = (kind: string) =>
        events.flatMap((e) =>
          e.markerRecordedEventAttributes?.markerName === kind ? [e.markerRecordedEventAttributes] : [],
        );
      const patches = markers('core_patch').map(
        (m) =>
          (
            JSON.parse(Buffer.from(m.details['patch-data'].payloads[0].data, 'base64').toString('utf8')) as {
              id: string;
            }
          ).id,
      );
      return {
        activityTasks: events.filter((e) => e.eventType === 'EVENT_TYPE_ACTIVITY_TASK_SCHEDULED').length,
        localActivities: markers('core_local_activity').length,
        patched: patches.includes('local-case-reads'),
      };
    };
    expect(shape('awarded')).toMatchObject({ activityTasks: 15, localActivities: 0, patched: false });
    const appends = appendedEvents(join(HISTORIES, 'awarded-local-reads.json'));
    expect(appends.length).toBeGreaterThan(0);
    const after = shape('awarded-local-reads');
    expect(after).toMatchObject({ patched: true });
    // The rules at the start, the facts at submission, the members when the ballot opens, the box at its close.
    expect(after.localActivities).toBeGreaterThanOrEqual(4);
    expect(after.activityTasks).toBe(appendCalls('awarded-local-reads'));
  });

  it('detects an incompatible change to the workflow code', () => {
    const { status, results } = replay('--workflows', join(__dirname, 'fixtures/changed.workflow.ts'), files[0]);
    expect(status).toBe(1);
    expect(results[0]).toMatchObject({ ok: false, error: expect.stringMatching(/DeterminismViolationError/) });
  });
});

/** How many appendEvents activities a history scheduled (and nothing else). */
function appendCalls(name: string): number {
  const history = JSON.parse(readFileSync(join(HISTORIES, `${name}.json`), 'utf8')) as {
    events: { activityTaskScheduledEventAttributes?: { activityType: { name: string } } }[];
  };
  const scheduled = history.events.flatMap((e) => e.activityTaskScheduledEventAttributes ?? []);
  return scheduled.filter((a) => a.activityType.name === 'appendEvents').length;
}

/** The events a history's appendEvents activities carried, in order (payloads are JSON, base64 in the export). */
function appendedEvents(file: string): NominationEvent[] {
  const history = JSON.parse(readFileSync(file, 'utf8')) as {
    events: {
      activityTaskScheduledEventAttributes?: {
        activityType: { name: string };
        input: { payloads: { data: string }[] };
      };
    }[];
  };
  return history.events.flatMap((e) => {
    const a = e.activityTaskScheduledEventAttributes;
    if (a?.activityType.name !== 'appendEvents') return [];
    const input = JSON.parse(Buffer.from(a.input.payloads[0].data, 'base64').toString('utf8')) as {
      events: NominationEvent[];
    };
    return input.events;
  });
}
