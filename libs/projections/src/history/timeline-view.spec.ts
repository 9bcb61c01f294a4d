import { fold, VIETNAM_CALENDAR } from '@khen/domain';
import { journey } from '@khen/domain/nomination/testing/fixtures';
import type { StoredEvent } from '@khen/eventstore';
import { CasesProjection } from '../cases/cases.projection';
import { buildTimeline, stateAsOf } from './timeline-view';

const STREAM = 'nomination-11111111-1111-4111-8111-111111111111';
const steps = journey();
/** Recorded a second after it occurred; the first half by run A, the rest by run B (continue-as-new). */
const events: StoredEvent[] = steps.map(({ event, at, actor }, i) => ({
  eventId: `e-${i}`,
  type: event.type,
  data: event.data,
  metadata: {
    actorId: actor.userId,
    actorRole: actor.role,
    actorName: actor.displayName,
    actorUnitId: actor.unitId,
    occurredAt: at,
    seenVersion: i,
    ruleSetId: 'VN-2025-07',
    ruleSetVersion: 1,
    runId: i < steps.length / 2 ? 'run-a' : 'run-b',
    correlationId: `c-${i}`,
  },
  globalPosition: String(i + 1),
  streamId: STREAM,
  streamVersion: i + 1,
  recordedAt: new Date(Date.parse(at) + 1000),
  prevHash: null,
  hash: Buffer.from([i]),
}));

describe("buildTimeline: a case's history for administrators", () => {
  const timeline = buildTimeline(STREAM, events, VIETNAM_CALENDAR, new Date('2026-04-01T00:00:00.000Z'));
  const entry = (type: string) => timeline.entries.find((e) => e.type === type)!;

  it('gives every event with who, role, unit, when, the stage it left the case in, and what the actor saw', () => {
    expect(timeline.workflowId).toBe(STREAM);
    expect(timeline.runIds).toEqual(['run-a', 'run-b']);
    expect(timeline.entries.map((e) => e.version)).toEqual(events.map((e) => e.streamVersion));
    expect(entry('DecisionIssued')).toMatchObject({
      labelVi: 'Quyết định khen thưởng',
      labelEn: 'Award decision issued',
      domain: true,
      at: steps.at(-3)!.at,
      recordedAt: new Date(Date.parse(steps.at(-3)!.at) + 1000).toISOString(),
      actor: { id: 'ct', role: 'AUTHORITY', name: 'Giám đốc Sở', unitId: null },
      stage: 'CLOSED',
      changes: expect.arrayContaining([{ field: 'outcome', from: null, to: 'AWARDED' }]),
      summaryVi: 'Quyết định số 12/QĐ-SGD ngày 25/03/2026, người ký: Giám đốc Sở.',
      seen: { version: events.length - 3, ruleSetId: 'VN-2025-07', ruleSetVersion: 1 },
      runId: 'run-b',
      hash: Buffer.from([events.length - 3]).toString('hex'),
    });
  });

  it("tells people's steps from the bookkeeping that follows them, and keeps every vote's choice out", () => {
    expect(entry('TaskOpened')).toMatchObject({ domain: false, labelVi: 'Giao việc' });
    expect(entry('SlaClockStarted').domain).toBe(false);
    expect(entry('VoteCast')).toMatchObject({ domain: true, actor: { id: 'm1' }, summaryVi: '' });
    expect(entry('ReviewClosed').summaryVi).toMatch(/^3\/3 phiếu đồng ý/);
    expect(JSON.stringify(timeline.entries.filter((e) => e.type === 'VoteCast'))).not.toMatch(/APPROVE/);
  });

  it('takes a rejection reason code when the event has one, and falls back to the recorded instant', () => {
    expect(entry('SupplementRequested').reasonCode).toBeNull();
    const rejected = buildTimeline(
      STREAM,
      [
        events[0]!,
        {
          ...events[1]!,
          type: 'NominationRejected',
          data: { stage: 'UNIT_PROPOSAL', reasonCode: 'CRITERIA_NOT_MET', reason: 'Chưa đủ tiêu chuẩn.' },
          metadata: {},
        },
      ],
      VIETNAM_CALENDAR,
      new Date('2026-04-01T00:00:00.000Z'),
    );
    expect(rejected.entries[1]).toMatchObject({
      at: events[1]!.recordedAt.toISOString(),
      actor: { id: null, role: null },
      stage: 'CLOSED',
      reasonCode: 'CRITERIA_NOT_MET',
      summaryVi: 'Chưa đủ tiêu chuẩn.',
    });
    expect(rejected.runIds).toEqual(['run-a']);
  });

  it('names the actor and the people of each line from the directory when the event does not carry a name', () => {
    const names = {
      person: (id: string) => ({ ban: 'Lê Thu Hà' })[id],
      unit: () => undefined,
      council: (id: string) => (id === 'HD' ? 'Hội đồng Thành phố' : undefined),
      document: () => undefined,
    };
    const claim = events.find((e) => e.type === 'TaskClaimed')!;
    const t = buildTimeline(
      STREAM,
      [{ ...claim, metadata: { ...claim.metadata, actorName: undefined, actorId: 'ban' } }],
      VIETNAM_CALENDAR,
      new Date('2026-04-01T00:00:00.000Z'),
      names,
    );
    expect(t.entries[0]).toMatchObject({
      actor: { id: 'ban', name: 'Lê Thu Hà' },
      summaryVi: 'Lê Thu Hà nhận việc.',
      summaryEn: 'Lê Thu Hà claimed the task.',
    });
  });

  it('measures each stage visit in calendar and working days', () => {
    expect(timeline.stageDurations.map((v) => [v.stage, v.workingDays])).toEqual([
      ['UNIT_PROPOSAL', 1],
      ['COUNCIL_REVIEW', 1],
      ['UNIT_PROPOSAL', 4],
      ['COUNCIL_REVIEW', 10],
      ['PUBLIC_DISCLOSURE', 11],
      ['FINAL_DECISION', 0],
    ]);
  });
});

describe('stateAsOf: the case as it stood at an instant or a version', () => {
  it('folds the events up to that version, or recorded up to that instant', () => {
    expect(stateAsOf(events, { version: 5 })).toEqual(fold(steps.slice(0, 5).map((s) => s.event)));
    const supplementedAt = steps.findIndex((s) => s.event.type === 'DossierSupplemented');
    const justBefore = new Date(events[supplementedAt]!.recordedAt.getTime() - 1).toISOString();
    expect(stateAsOf(events, { at: justBefore })).toMatchObject({ status: 'SUPPLEMENT_REQUESTED' });
    expect(stateAsOf(events, { at: events[supplementedAt]!.recordedAt.toISOString() })).toMatchObject({
      status: 'SUBMITTED',
    });
    expect(stateAsOf(events, { at: '2026-01-01T00:00:00.000Z' })).toMatchObject({ version: 0, status: 'NEW' });
  });
});

describe('CasesProjection.foldNew: the first pass of a rebuild', () => {
  it('folds whole new streams without reading a table, skipping the streams that are not cases', () => {
    const bulk = { ...events[0]!, streamId: 'bulk-1', type: 'BulkFilingStarted', data: {} };
    const out = new CasesProjection().foldNew([bulk, ...events]);
    expect(out.nominations).toHaveLength(1);
    expect(out.nominations[0]).toMatchObject({ stream_id: STREAM, version: events.length, status: 'AWARDED' });
    expect(out.registry).toHaveLength(1);
    expect(out.tasks.filter((t) => t.status === 'OPEN')).toEqual([]);
  });
});
