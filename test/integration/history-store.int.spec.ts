import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import { nominationIdOfStream, nominationStreamId } from '@khen/domain';
import { verifyStore } from '@khen/eventstore';
import { checkConsistency, rebuildProjection, stateAsOf } from '@khen/projections';
import { EventStore } from '@khen/eventstore';
import { simulateCase } from '../../scripts/demo/simulate-case';
import { appendSimulated, asSuperuser, freshDatabase } from '../support/fresh-database';

const run = promisify(execFile);
const CLI = join(__dirname, '../../dist/apps/cli/src/khen.js');

/** The record that lasts for years: its chain, its rebuilds and its checks, on a database of its own. */
describe("the event store as the administrators' record", () => {
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  let ds: DataSource;
  const cli = (...args: string[]) =>
    run(process.execPath, [CLI, ...args], { env: { ...process.env, DATABASE_URL: db.url } }).then(
      (r) => ({ code: 0, stdout: r.stdout }),
      (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }),
    );

  beforeAll(async () => {
    db = await freshDatabase();
    ds = db.ds;
    for (let i = 0; i < 12; i++) {
      const end = (['AWARDED', 'REJECTED', 'BALLOT_OPEN', 'SUBMITTED'] as const)[i % 4];
      const sim = simulateCase({ start: new Date(Date.UTC(2026, 9, 1 + i, 2)), end, stepMinutes: 90 });
      await appendSimulated(ds, sim.nominationId, sim.events);
    }
  });
  afterAll(async () => db?.drop());

  it('answers as-of questions: the state at three instants of one case', async () => {
    const sim = simulateCase({ start: new Date('2026-10-20T02:00:00Z'), end: 'AWARDED', stepMinutes: 120 });
    await appendSimulated(ds, sim.nominationId, sim.events);
    const events = await new EventStore(ds).readStream(nominationStreamId(sim.nominationId));
    const at = (type: string) => events.find((e) => e.type === type)!.recordedAt.toISOString();
    expect(stateAsOf(events, { at: at('NominationDrafted') })).toMatchObject({
      stage: 'UNIT_PROPOSAL',
      status: 'DRAFT',
    });
    expect(stateAsOf(events, { at: at('ReviewOpened') })).toMatchObject({
      stage: 'COUNCIL_REVIEW',
      status: 'BALLOT_OPEN',
      ballot: { open: true },
    });
    expect(stateAsOf(events, { at: at('DecisionIssued') })).toMatchObject({ stage: 'CLOSED', outcome: 'AWARDED' });
    expect(stateAsOf(events, { at: '2026-10-20T01:59:59Z' }).version).toBe(0);
  });

  it('detects an event edited by SQL as superuser, at exactly its stream and version', async () => {
    expect((await verifyStore(ds)).ok).toBe(true);
    const [victim] = await ds.query(
      `SELECT stream_id, stream_version FROM events WHERE type = 'AppraisalCompleted' ORDER BY stream_id LIMIT 1`,
    );
    asSuperuser(
      db.name,
      `ALTER TABLE events DISABLE TRIGGER events_no_update;
      UPDATE events SET data = jsonb_set(data, '{opinion}', '"Sửa lén sau khi ký"') WHERE stream_id = '${victim.stream_id}' AND stream_version = ${victim.stream_version};
      ALTER TABLE events ENABLE TRIGGER events_no_update;`,
    );
    const report = await verifyStore(ds);
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toEqual({
      streamId: victim.stream_id,
      streamVersion: victim.stream_version,
      reason: 'HASH_MISMATCH',
    });
    expect(report.broken).toHaveLength(1);
    const verify = await cli('verify');
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain(`luồng ${victim.stream_id}, phiên bản ${victim.stream_version} (HASH_MISMATCH)`);
    const one = await cli('verify', nominationIdOfStream(victim.stream_id)!, '--json');
    expect(JSON.parse(one.stdout)).toMatchObject({
      ok: false,
      streams: 1,
      firstBroken: { streamVersion: victim.stream_version },
    });
  });

  it('rebuilds the case read models under concurrent writes and ends equal to a fresh fold', async () => {
    const writer = (async () => {
      for (let i = 0; i < 15; i++) {
        const sim = simulateCase({
          start: new Date(Date.UTC(2026, 10, 1, 2, i)),
          end: i % 2 ? 'AWARDED' : 'BALLOT_OPEN',
          stepMinutes: 30,
        });
        await appendSimulated(ds, sim.nominationId, sim.events);
      }
    })();
    const indexes = `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename IN ('nominations', 'tasks', 'award_registry') ORDER BY 1, 2`;
    const indexesBefore = await ds.query(indexes);
    const rebuilt = rebuildProjection(ds, 'cases');
    await Promise.all([writer, rebuilt]);
    // The new tables have the same indexes under the same names (built after the first pass).
    expect(await ds.query(indexes)).toEqual(indexesBefore);
    expect((await rebuilt).events).toBeGreaterThan(100);
    const report = await checkConsistency(ds);
    expect(report.mismatches).toEqual([]);
    expect(report.cases).toBe(12 + 1 + 15);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM nominations`);
    expect(n).toBe(28);
    expect(
      await ds.query(`SELECT tablename FROM pg_tables WHERE tablename LIKE '%__rebuild' OR tablename LIKE '%__old'`),
    ).toEqual([]);
  });

  it('finds a read model that drifted from its events, and the CLI says so with exit code 1', async () => {
    const [row] = await ds.query(`SELECT nomination_id FROM nominations WHERE outcome = 'AWARDED' LIMIT 1`);
    await ds.query(`UPDATE nominations SET stage = 'FINAL_DECISION' WHERE nomination_id = $1`, [row.nomination_id]);
    const report = await checkConsistency(ds);
    expect(report.mismatches).toEqual([
      expect.objectContaining({
        table: 'nominations',
        key: row.nomination_id,
        field: 'stage',
        expected: 'CLOSED',
        actual: 'FINAL_DECISION',
      }),
    ]);
    const check = await cli('check');
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(row.nomination_id);
    const rebuild = await cli('rebuild', 'cases', '--json');
    expect(rebuild.code).toBe(0);
    expect(JSON.parse(rebuild.stdout)).toMatchObject({ projection: 'cases' });
    expect((await cli('check')).code).toBe(0);
  });

  it('refuses unknown commands and projections with exit code 2 and help text', async () => {
    expect(await cli('frobnicate')).toMatchObject({ code: 2 });
    expect(await cli('rebuild', 'nothing')).toMatchObject({ code: 2 });
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('verify-export');
  });
});
