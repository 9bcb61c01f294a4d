/**
 * Stored events as lines of PostgreSQL's COPY text format, hash-chained like EventStore.append, in the
 * column order the store writes (EVENT_WRITE_COLUMNS); and the one COPY that ingests them.
 */
import { spawn } from 'node:child_process';
import { nominationStreamId } from '@khen/domain';
import { chainHash, EVENT_WRITE_COLUMNS, hashedFields } from '@khen/eventstore';
import { simulateCase, type SimulatedEnd } from '../../scripts/demo/simulate-case';

/** One case to simulate: drawn in the main thread (deterministic), simulated in any thread. */
export interface CaseSpec {
  end: SimulatedEnd;
  start: number;
  stepMinutes: number;
  unit: string;
  award: string;
  campaign: string;
}

/** A stored event as a COPY line, with its time and stream place for the merge in time order. */
export interface SeedLine {
  at: number;
  key: string;
  line: string;
}

/** The case's events, labelled and hash-chained like EventStore.append, as COPY lines. */
export function caseLines(spec: CaseSpec): SeedLine[] {
  const sim = simulateCase({ start: new Date(spec.start), end: spec.end, stepMinutes: spec.stepMinutes });
  const drafted = sim.events[0].data as {
    unitId: string;
    awardCode: string;
    campaignId: string;
    nominee: { unitId: string };
  };
  drafted.unitId = drafted.nominee.unitId = spec.unit;
  drafted.awardCode = spec.award;
  drafted.campaignId = spec.campaign;
  const streamId = nominationStreamId(sim.nominationId);
  let prevHash: Buffer | null = null;
  return sim.events.map((e, v) => {
    const metadata = { ...e.metadata, runId: 'seed' };
    const fields = { streamId, streamVersion: v + 1, eventId: e.eventId, type: e.type, data: e.data, metadata };
    const hash = chainHash(prevHash, hashedFields({ ...fields, recordedAt: e.at }));
    const cells: Record<(typeof EVENT_WRITE_COLUMNS)[number], string> = {
      stream_id: streamId,
      stream_version: String(v + 1),
      event_id: e.eventId,
      type: e.type,
      data: text(JSON.stringify(e.data)),
      metadata: text(JSON.stringify(metadata)),
      recorded_at: e.at.toISOString(),
      prev_hash: bytea(prevHash),
      hash: bytea(hash),
    };
    const line = `${EVENT_WRITE_COLUMNS.map((c) => cells[c]).join('\t')}\n`;
    prevHash = hash;
    return { at: e.at.getTime(), key: `${streamId}:${String(v + 1).padStart(6, '0')}`, line };
  });
}

/** COPY's text format: backslash, tab, newline and carriage return escaped; NULL as \N; bytea as \\x and hex. */
const text = (v: string) =>
  v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
const bytea = (b: Buffer | null) => (b ? `\\\\x${b.toString('hex')}` : '\\N');

/**
 * One COPY … FROM STDIN through psql (the PG* variables name the database, as for the apps): the
 * fastest bulk path PostgreSQL has, and one transaction, so the events commit together in the
 * order they were written (global_position follows the time order).
 */
export function copyIn(): { write: (chunk: string) => Promise<void>; end: () => Promise<void> } {
  const sql = `\\copy events (${EVENT_WRITE_COLUMNS.join(', ')}) FROM pstdin`;
  const psql = spawn('psql', ['-v', 'ON_ERROR_STOP=1', '-qAt', '-c', sql], { stdio: ['pipe', 'inherit', 'inherit'] });
  const done = new Promise<void>((resolve, reject) =>
    psql.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql \\copy exited ${code}`)))),
  );
  done.catch(() => undefined);
  return {
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        if (psql.exitCode !== null) return reject(new Error('psql \\copy ended early'));
        if (psql.stdin.write(chunk)) resolve();
        else psql.stdin.once('drain', resolve);
      }),
    end: async () => {
      psql.stdin.end();
      await done;
    },
  };
}
