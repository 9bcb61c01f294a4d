import type { Client } from '@temporalio/client';
import type { DataSource } from 'typeorm';
import { nominationStreamId, slaDeadline, slaWarningAt } from '@khen/domain';
import { EventStore } from '@khen/eventstore';
import { inlineProjections, takeCaseNumber } from '@khen/projections';
import { resumeCases, type ResumeResult, type TemporalConfig } from '@khen/temporal';
import { simulateCase, type SimulatedEvent } from './simulate-case';

/**
 * Two demo cases whose council review started long enough ago that the SLA board shows its two states:
 * one past the rule's warning share of the stage budget (WARNED), one past its deadline (BREACHED).
 * A case's clock starts when its dossier is recorded, and the API records a command now, so these are
 * run through the real decider at a past instant (simulateCase), appended to the store as the workflow
 * would have (the draft numbered like any other), and then resumed: their workflows start from the
 * stream, and the breached one's timers fire at once (SlaWarning, SlaBreached, an ESCALATION task).
 * Fixed ids: a second npm start finds them and appends nothing.
 */
export const DEMO_SLA_CASES = [
  { nominationId: 'd0000000-0000-4000-8000-000000000011', name: 'Trịnh Văn Khải', state: 'WARNED' },
  { nominationId: 'd0000000-0000-4000-8000-000000000012', name: 'Mai Thị Hạnh', state: 'BREACHED' },
] as const;

type SlaDemoCase = { nominationId: string; name: string; state: 'WARNED' | 'BREACHED' };

/** The same two cases under other ids: a test's own, on a Temporal server other suites share. */
export const slaDemoCasesWithIds = (ids: readonly [string, string]): SlaDemoCase[] =>
  DEMO_SLA_CASES.map((c, i) => ({ ...c, nominationId: ids[i]! }));

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * The latest start (whole days back) that gives the case the state wanted now, with an hour's margin: the
 * latest, so that the warned case stays warned as long as its budget allows (a warning falls two working
 * days before the deadline of a ten-day review: it turns breached then, as a real case would).
 */
function backdated(c: SlaDemoCase, now: Date) {
  for (let days = 1; days <= 120; days++) {
    const sim = simulateCase({
      nominationId: c.nominationId,
      name: c.name,
      start: new Date(now.getTime() - days * DAY),
      end: 'SUBMITTED',
    });
    const warningAt = Date.parse(slaWarningAt(sim.state) ?? '');
    const deadline = Date.parse(slaDeadline(sim.state) ?? '');
    const warned = warningAt <= now.getTime() - HOUR && deadline > now.getTime() + HOUR;
    if (c.state === 'WARNED' ? warned : deadline <= now.getTime() - DAY) return sim;
  }
  throw new Error(`demo SLA case ${c.name}: no start in 120 days gives ${c.state}`);
}

/** Appends the backdated cases that are not in the store yet, then resumes them; what resume did with each. */
export async function seedSlaDemoCases(
  ds: DataSource,
  client: Client,
  config: TemporalConfig,
  now = new Date(),
  cases: readonly SlaDemoCase[] = DEMO_SLA_CASES,
): Promise<ResumeResult[]> {
  const store = new EventStore(ds, inlineProjections());
  for (const c of cases) {
    const streamId = nominationStreamId(c.nominationId);
    if ((await store.readStream(streamId)).length > 0) continue;
    const { events } = backdated(c, now);
    await store.append(
      streamId,
      0,
      events.map((e: SimulatedEvent) => ({ eventId: e.eventId, type: e.type, data: e.data, metadata: e.metadata })),
      {
        complete: async (m, all) => {
          const draft = all[0]!;
          const data = draft.data as { council: { councilId: string } };
          const caseNumber = await takeCaseNumber(m, data.council.councilId, String(draft.metadata.occurredAt));
          return [{ ...draft, data: { ...data, caseNumber } }, ...all.slice(1)];
        },
      },
    );
  }
  return resumeCases(
    client,
    ds,
    config,
    cases.map((c) => c.nominationId),
  );
}

/** npm start (scripts/up.sh), once the API and the worker are up: the two cases, then one line each. */
async function main(): Promise<void> {
  const { Client, Connection } = await import('@temporalio/client');
  const { createDataSource, loadDatabaseConfig } = await import('@khen/eventstore');
  const { loadTemporalConfig } = await import('@khen/temporal');
  const config = loadTemporalConfig();
  const ds = createDataSource(loadDatabaseConfig());
  await ds.initialize();
  const connection = await Connection.connect({ address: config.address });
  try {
    const results = await seedSlaDemoCases(ds, new Client({ connection, namespace: config.namespace }), config);
    for (const r of results) console.log(`  ${r.nominationId} (SLA demo): ${r.outcome} ${r.status ?? ''}`);
  } finally {
    await connection.close();
    await ds.destroy();
  }
}

if (require.main === module)
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
