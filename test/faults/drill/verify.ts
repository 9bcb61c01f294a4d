/**
 * What must hold after the faults: every case at its expected outcome and its workflow completed;
 * per stream versions 1..n without a gap, unique event ids, exactly the plan's event types (nothing
 * lost, nothing doubled); the hash chain verifies (verifyStore); every read model equals a fresh
 * fold of its events (checkConsistency).
 */
import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { nominationStreamId, parseDirectoryStreamId } from '@khen/domain';
import { verifyStore } from '@khen/eventstore';
import { checkConsistency } from '@khen/projections';
import { type DrillCase, EXPECTED_EVENTS } from './scenarios';

export interface VerifyReport {
  ok: boolean;
  streams: number;
  events: number;
  eventsByType: Record<string, number>;
  casesAtExpectedOutcome: number;
  /** One line per problem found (empty when ok). */
  problems: string[];
  hashChain: { ok: boolean; streams: number; events: number; broken: number };
  consistency: { ok: boolean; cases: number; mismatches: number };
  workflows: { completed: number; running: number; other: number };
  durationsMs: { events: number; hashChain: number; consistency: number; temporal: number };
}

export async function verifyDrill(ds: DataSource, temporal: Client, cases: DrillCase[]): Promise<VerifyReport> {
  const problems: string[] = [];
  const t0 = Date.now();
  const streamRows = (await ds.query(
    `SELECT stream_id, array_agg(stream_version ORDER BY stream_version) AS versions, array_agg(type ORDER BY stream_version) AS types,
            count(DISTINCT event_id)::int AS ids, count(*)::int AS n
     FROM events GROUP BY stream_id`,
  )) as { stream_id: string; versions: number[]; types: string[]; ids: number; n: number }[];
  // The directory's streams were written by the set-up (the demo directory), before the load: not counted.
  const rows = streamRows.filter((r) => !parseDirectoryStreamId(r.stream_id));
  const byStream = new Map(rows.map((r) => [r.stream_id, r]));
  const eventsByType: Record<string, number> = {};
  for (const r of rows) for (const t of r.types) eventsByType[t] = (eventsByType[t] ?? 0) + 1;
  const total = rows.reduce((n, r) => n + r.n, 0);
  const views = new Map(
    (
      (await ds.query(`SELECT nomination_id, status, outcome, version FROM nominations`)) as {
        nomination_id: string;
        status: string;
        outcome: string | null;
        version: number;
      }[]
    ).map((v) => [v.nomination_id, v]),
  );

  let atOutcome = 0;
  const ours = new Set<string>();
  for (const c of cases) {
    const streamId = nominationStreamId(c.id);
    ours.add(streamId);
    const s = byStream.get(streamId);
    const expected = EXPECTED_EVENTS[c.outcome];
    if (!s) {
      problems.push(`${c.id} (${c.outcome}): no events at all`);
      continue;
    }
    if (!s.versions.every((v, i) => v === i + 1))
      problems.push(`${c.id}: versions not contiguous from 1: ${s.versions.join(',')}`);
    if (s.ids !== s.n) problems.push(`${c.id}: ${s.n} events but ${s.ids} distinct event ids`);
    if (s.types.join() !== expected.join())
      problems.push(`${c.id} (${c.outcome}): events ${JSON.stringify(s.types)} ≠ expected ${JSON.stringify(expected)}`);
    const v = views.get(c.id);
    if (!v) problems.push(`${c.id}: no read model row`);
    else if (v.status !== c.outcome || v.outcome !== c.outcome || v.version !== s.n)
      problems.push(`${c.id}: read model ${v.status}/${v.outcome} v${v.version}, expected ${c.outcome} v${s.n}`);
    else atOutcome++;
    if (c.error) problems.push(`${c.id}: client gave up: ${c.error}`);
  }
  for (const id of byStream.keys()) if (!ours.has(id)) problems.push(`unexpected stream ${id}`);
  const tEvents = Date.now();

  const chain = await verifyStore(ds);
  if (!chain.ok) problems.push(`hash chain broken: ${JSON.stringify(chain.broken.slice(0, 5))}`);
  const tChain = Date.now();
  const consistency = await checkConsistency(ds);
  if (!consistency.ok)
    problems.push(`read models differ from a fresh fold: ${JSON.stringify(consistency.mismatches.slice(0, 5))}`);
  const tConsistency = Date.now();

  // Every case is closed, so every workflow must have completed (none stuck, failed or terminated).
  const count = async (q: string) =>
    (await temporal.workflow.count(`WorkflowType = 'nominationWorkflow' AND ${q}`)).count;
  const workflows = { completed: 0, running: 0, other: 0 };
  const deadline = Date.now() + 60_000;
  for (;;) {
    workflows.completed = await count(`ExecutionStatus = 'Completed'`);
    workflows.running = await count(`ExecutionStatus = 'Running'`);
    workflows.other = await count(`ExecutionStatus != 'Completed' AND ExecutionStatus != 'Running'`);
    if ((workflows.running === 0 && workflows.completed >= cases.length) || Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  if (workflows.running) problems.push(`${workflows.running} workflows still running after every case closed`);
  if (workflows.other) problems.push(`${workflows.other} workflows failed, timed out or were terminated`);
  if (workflows.completed !== cases.length)
    problems.push(`${workflows.completed} workflows completed, expected ${cases.length}`);

  return {
    ok: problems.length === 0,
    streams: rows.length,
    events: total,
    eventsByType,
    casesAtExpectedOutcome: atOutcome,
    problems,
    hashChain: { ok: chain.ok, streams: chain.streams, events: chain.events, broken: chain.broken.length },
    consistency: { ok: consistency.ok, cases: consistency.cases, mismatches: consistency.mismatches.length },
    workflows,
    durationsMs: {
      events: tEvents - t0,
      hashChain: tChain - tEvents,
      consistency: tConsistency - tChain,
      temporal: Date.now() - tConsistency,
    },
  };
}
