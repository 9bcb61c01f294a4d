import { join } from 'node:path';
import { runDrill } from './drill/run-drill';
import { EXPECTED_EVENTS, outcomeOf } from './drill/scenarios';

/**
 * The fault drill's short form, run by scripts/test.sh after the main jest run, alone:
 * it restarts a PostgreSQL cluster. The long form is `npm run drill` (1,000 nominations, 20 worker
 * kills, 3 + 3 restarts). Everything is real: the worker and the API are OS processes from dist/,
 * SIGKILLed and restarted; the Temporal dev server and PostgreSQL are restarted under load.
 */
const CASES = 40;

describe('fault drill (short form)', () => {
  it(
    `${CASES} nominations reach their expected outcomes through 3 worker SIGKILLs, a Temporal restart and a PostgreSQL restart, with no event lost or doubled`,
    async () => {
      const runDir = join(process.env.KHEN_TEST_RUN_DIR ?? '.data/test', 'drill');
      const report = await runDrill({
        cases: CASES,
        workerKills: 3,
        temporalRestarts: 1,
        postgresRestarts: 1,
        dist: process.env.KHEN_DRILL_DIST ?? 'dist',
        bundle: process.env.TEMPORAL_WORKFLOW_BUNDLE,
        temporalCli: process.env.TEMPORAL_CLI ?? 'temporal',
        runDir,
        deadlineMs: 8 * 60_000,
      });
      process.stderr.write(
        `${report.summary}\n${JSON.stringify({ ...report, events: { ...report.events, byType: undefined } })}\n`,
      );

      expect(report.problems).toEqual([]);
      const expectedEvents = Array.from({ length: CASES }, (_, i) => EXPECTED_EVENTS[outcomeOf(i)].length).reduce(
        (a, b) => a + b,
        0,
      );
      expect(report.cases).toEqual({
        total: CASES,
        expected: { AWARDED: 28, REJECTED: 8, WITHDRAWN: 4 },
        atExpectedOutcome: CASES,
        clientGaveUp: 0,
      });
      expect(report.events).toMatchObject({ total: expectedEvents, streams: CASES });
      expect(report.faults).toMatchObject({
        workerKills: 3,
        temporalRestarts: 1,
        postgresRestarts: 1,
        firedWhileCasesInFlight: 5,
        unexpectedExits: { worker: 0, api: 0 },
      });
      expect(report.checks).toMatchObject({
        ok: true,
        hashChain: { ok: true, broken: 0 },
        consistency: { ok: true, cases: CASES, mismatches: 0 },
        workflows: { completed: CASES, running: 0, other: 0 },
      });
      // The chain check covers the whole store: the cases' events and the directory's set-up before them.
      expect(report.checks.hashChain.events).toBeGreaterThan(expectedEvents);
      expect(report.worker.idempotencyViolations).toBe(0);
      // The worker really died: it was started once more per kill.
      expect(report.worker.starts).toBe(1 + 3);
    },
    10 * 60_000,
  );
});
