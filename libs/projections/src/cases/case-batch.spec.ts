import { fold, type NominationState } from '@khen/domain';
import { journey } from '@khen/domain/nomination/testing/fixtures';
import type { StoredEvent } from '@khen/eventstore';
import { foldCaseBatch, type CaseBatchOutput } from './case-batch';
import type { NominationRow, RegistryRow, TaskRow } from './case-rows';

const STREAM = 'nomination-11111111-1111-4111-8111-111111111111';
const steps = journey();

/** The journey as the store gives it back: versions 1…n, positions in commit order. */
function stored(streamId = STREAM, positionOf = (i: number) => String(1000 + i), from = steps): StoredEvent[] {
  return from.map(({ event, at }, i) => ({
    eventId: `${streamId}-${i}`,
    type: event.type,
    data: event.data,
    metadata: {},
    globalPosition: positionOf(i),
    streamId,
    streamVersion: i + 1,
    recordedAt: new Date(at),
    prevHash: null,
    hash: Buffer.alloc(32),
  }));
}

/** The three tables as the inline projection keeps them: upserts by key, the registry insert-only. */
class Tables {
  nominations = new Map<string, NominationRow>();
  tasks = new Map<string, TaskRow>();
  registry = new Map<string, RegistryRow>();

  /** Reads what the batch touches, folds it, writes the rows back (as CasesProjection.apply does). */
  apply(events: StoredEvent[]): CaseBatchOutput {
    const streams = new Set(events.map((e) => e.streamId));
    const rows = [...this.nominations.values()].filter((n) => streams.has(n.stream_id));
    const ids = new Set(rows.map((r) => r.nomination_id));
    const out = foldCaseBatch({
      events,
      cases: new Map(rows.map((r) => [r.stream_id, { state: r.state, createdAt: r.created_at }])),
      openTasks: new Map(
        [...this.tasks.values()]
          .filter((t) => t.status === 'OPEN' && ids.has(t.nomination_id))
          .map((t) => [t.task_id, t]),
      ),
    });
    out.nominations.forEach((n) =>
      this.nominations.set(n.nomination_id, {
        ...n,
        created_at: this.nominations.get(n.nomination_id)?.created_at ?? n.created_at,
      }),
    );
    out.tasks.forEach((t) =>
      this.tasks.set(t.task_id, { ...t, created_at: this.tasks.get(t.task_id)?.created_at ?? t.created_at }),
    );
    out.registry.forEach((r) => this.registry.has(r.entry_id) || this.registry.set(r.entry_id, r));
    return out;
  }
}

const inBatches = (events: StoredEvent[], size: number) => {
  const t = new Tables();
  for (let i = 0; i < events.length; i += size) t.apply(events.slice(i, i + size));
  return t;
};

describe('foldCaseBatch: events → the rows of nominations, tasks and award_registry', () => {
  const events = stored();
  const tables = inBatches(events, events.length);
  const row = tables.nominations.get('11111111-1111-4111-8111-111111111111')!;
  const tasks = [...tables.tasks.values()];
  const taskOf = (type: string) => tasks.filter((t) => t.task_type === type);

  it("writes the case's row: its folded state, the columns the inbox and board filter on, when it was created and last changed", () => {
    expect(tables.nominations.size).toBe(1);
    expect(row).toMatchObject({
      stream_id: STREAM,
      version: events.length,
      stage: 'CLOSED',
      status: 'AWARDED',
      outcome: 'AWARDED',
      award_code: 'LDTT',
      unit_id: 'SO-GD',
      campaign_id: 'C',
      nominee_name: 'Nguyễn Thị Lan',
      nominee_key: 'CCCD-001',
      council_id: 'HD',
      authority_id: 'UBND',
      year: 2025,
      kind: 'CONG_TRANG',
      last_position: events.at(-1)!.globalPosition,
      created_at: '2026-02-09T03:00:00.000Z',
      updated_at: steps.at(-1)!.at,
      // Every clock stopped with the decision: no deadline left for the board.
      sla_deadline: null,
      sla_warning_at: null,
    });
    expect(row.state).toEqual(fold(steps.map((s) => s.event)));
  });

  it('opens a row per task, follows its claim, and closes it with its outcome, instant and actor', () => {
    expect(tasks).toHaveLength(steps.filter((s) => s.event.type === 'TaskOpened').length);
    expect(tasks.every((t) => t.status === 'CLOSED' && t.nomination_id === row.nomination_id)).toBe(true);
    const [first, second] = taskOf('APPRAISE_DOSSIER');
    // The first appraisal task closed when the office asked for a supplement; the second was claimed, then done.
    expect(first).toMatchObject({ outcome: 'COMPLETED', closed_by: 'ban', closed_at: '2026-02-11T03:00:00.000Z' });
    expect(second).toMatchObject({
      claimed_by: 'ban',
      candidate_group: 'office:HD',
      created_at: '2026-02-24T03:00:00.000Z',
      outcome: 'COMPLETED',
      award_code: 'LDTT',
      nominee_name: 'Nguyễn Thị Lan',
    });
    expect(taskOf('SIGN_DECISION')[0]).toMatchObject({ closed_by: 'ct', stage: 'FINAL_DECISION', priority: 3 });
    expect(taskOf('RESOLVE_OBJECTION')[0]).toMatchObject({ priority: 2, stage: 'PUBLIC_DISCLOSURE' });
  });

  it("dates each task by its stage clock, a vote by the ballot's deadline, and an escalation by nothing", () => {
    // The appraisal is due when the review clock runs out: its deadline after the supplement's pause.
    expect(taskOf('APPRAISE_DOSSIER')[1]).toMatchObject({
      due_at: '2026-03-09T17:00:00.000Z',
      breach_at: '2026-03-09T17:00:00.000Z',
    });
    const ballot = steps.find((s) => s.event.type === 'ReviewOpened')!.event.data as { deadline: string };
    expect(taskOf('CAST_VOTE').map((t) => [t.assignee, t.due_at])).toEqual([
      ['m1', ballot.deadline],
      ['m2', ballot.deadline],
      ['m3', ballot.deadline],
    ]);
    expect(taskOf('ESCALATION')).toEqual([
      expect.objectContaining({ due_at: 'infinity', candidate_group: 'office-lead:HD', priority: 1 }),
    ]);
  });

  it('adds the award to the registry once, from its DecisionIssued', () => {
    expect([...tables.registry.values()]).toEqual([
      expect.objectContaining({
        entry_id: row.nomination_id,
        nominee_key: 'CCCD-001',
        award_code: 'LDTT',
        decision_number: '12/QĐ-SGD',
        decision_date: '2026-03-25',
        authority_id: 'UBND',
        signer_id: 'ct',
        source: 'EVENT',
        recorded_at: steps.at(-1)!.at,
      }),
    ]);
  });

  it('gives the same rows whatever the batches: one by one, a few at a time, or all at once', () => {
    const whole = (t: Tables) => ({
      nominations: [...t.nominations.values()],
      tasks: [...t.tasks.values()].sort((a, b) => a.task_id.localeCompare(b.task_id)),
      registry: [...t.registry.values()],
    });
    const once = whole(tables);
    for (const size of [1, 2, 3, 7, 20]) expect(whole(inBatches(events, size))).toEqual(once);
  });

  it('folds streams interleaved in commit order each on its own, and leaves other streams alone', () => {
    const otherId = '22222222-2222-4222-8222-222222222222';
    const a = stored(STREAM, (i) => String(2 * i));
    const b = stored(`nomination-${otherId}`, (i) => String(2 * i + 1), journey({ nominationId: otherId }));
    const bulk = { ...a[0]!, streamId: 'bulk-filing-1', type: 'BulkFilingStarted', globalPosition: '9999' };
    const mixed = [...a, ...b, bulk].sort((x, y) => Number(x.globalPosition) - Number(y.globalPosition));
    const t = new Tables();
    t.apply(mixed);
    expect([...t.nominations.keys()].sort()).toEqual([row.nomination_id, otherId]);
    expect([...t.tasks.values()].filter((x) => x.nomination_id === otherId)).toHaveLength(tasks.length);
    const states = [...t.nominations.values()].map((n): NominationState => n.state);
    expect(states.map((s) => s.version)).toEqual([events.length, events.length]);
    expect(t.registry.size).toBe(2);
  });

  it('refuses a gap or a repeat in a stream: the fold never guesses', () => {
    expect(() => foldCaseBatch({ events: [events[0]!, events[2]!], cases: new Map(), openTasks: new Map() })).toThrow(
      `case projection: ${STREAM} expected version 2, got 3`,
    );
    const t = inBatches(events.slice(0, 5), 5);
    expect(() => t.apply(events.slice(3, 6))).toThrow(`case projection: ${STREAM} expected version 6, got 4`);
  });
});
