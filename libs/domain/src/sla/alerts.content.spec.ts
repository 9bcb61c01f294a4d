import type { NominationEvent } from '../nomination/nomination.events';
import { fold } from '../nomination/nomination.evolve';
import { decide } from '../nomination/nomination.decider';
import type { NominationState } from '../nomination/nomination.state';
import { ctx, submitted, SYSTEM } from '../nomination/testing/fixtures';
import { alertsFor } from './alerts';

const tick = (s: NominationState, now: string) => decide(s, { type: 'SlaTick' }, ctx(SYSTEM, now)) as NominationEvent[];
const WARNING = '2026-02-27T17:00:00.000Z';
const DEADLINE = '2026-03-03T17:00:00.000Z';
const THIRD_WINDOW = '2026-03-17T17:00:00.000Z';

describe('SLA alerts: what the notifier is told', () => {
  // Built in a hook, not while the tests are collected: a fixture that breaks fails the tests, not the file.
  let s: NominationState;
  let clockId: string;
  let id: string;
  let base: Record<string, string>;
  beforeAll(() => {
    s = submitted();
    clockId = Object.values(s.clocks)[0]!.clockId;
    id = s.nominationId;
    base = {
      nominationId: id,
      nomineeName: 'Nguyễn Thị Lan',
      awardCode: 'LDTT',
      unitId: 'SO-GD',
      councilId: 'HD',
      stage: 'COUNCIL_REVIEW',
      clockId,
    };
  });

  it('names the case, the stage and the deadline in the warning, in Vietnamese then English', () => {
    const events = tick(s, WARNING);
    expect(alertsFor(s, events, fold(events, s))).toEqual([
      {
        ...base,
        idempotencyKey: `${id}:${clockId}:SLA_WARNING:0`,
        kind: 'SLA_WARNING',
        deadline: DEADLINE,
        at: WARNING,
        messageVi:
          'Hồ sơ «Nguyễn Thị Lan» (LDTT) đã dùng 75% thời hạn giai đoạn "Hội đồng xét duyệt"; hạn chót 00:00 04/03/2026.',
        messageEn:
          'Nomination «Nguyễn Thị Lan» (LDTT) has used 75% of its "Council review" budget; deadline 00:00 04/03/2026 (ICT).',
      },
    ]);
  });

  it('gives each breach window its own escalation level and key, even when several fall due at once', () => {
    const warned = fold(tick(s, WARNING), s);
    const events = tick(warned, THIRD_WINDOW);
    const alerts = alertsFor(warned, events, fold(events, warned));
    expect(alerts.map((a) => [a.kind, a.window, a.escalatedTo, a.idempotencyKey])).toEqual([
      ['SLA_BREACHED', 1, 'OFFICE_LEAD', `${id}:${clockId}:SLA_BREACHED:1`],
      ['SLA_BREACHED', 2, 'COUNCIL_CHAIR', `${id}:${clockId}:SLA_BREACHED:2`],
      ['SLA_BREACHED', 3, 'AUTHORITY', `${id}:${clockId}:SLA_BREACHED:3`],
    ]);
    expect(alerts[0]).toEqual({
      ...base,
      idempotencyKey: `${id}:${clockId}:SLA_BREACHED:1`,
      kind: 'SLA_BREACHED',
      window: 1,
      escalatedTo: 'OFFICE_LEAD',
      deadline: DEADLINE,
      at: DEADLINE,
      messageVi:
        'Hồ sơ «Nguyễn Thị Lan» (LDTT) quá hạn giai đoạn "Hội đồng xét duyệt" (lần 1); chuyển Trưởng ban TĐKT xử lý.',
      messageEn:
        'Nomination «Nguyễn Thị Lan» (LDTT) is overdue in "Council review" (window 1); escalated to OFFICE_LEAD.',
    });
    expect(alerts[1]!.messageVi).toContain('(lần 2); chuyển Chủ tịch Hội đồng xử lý.');
    expect(alerts[2]!.messageVi).toContain('(lần 3); chuyển người có thẩm quyền xử lý.');
  });

  it("takes the escalation of the breached clock's own window, not another clock's", () => {
    const breach: NominationEvent = {
      type: 'SlaBreached',
      data: { clockId, stage: 'COUNCIL_REVIEW', at: DEADLINE, deadline: DEADLINE, window: 1 },
    };
    const raised = (clock: string, window: number, level: 'OFFICE_LEAD' | 'AUTHORITY'): NominationEvent => ({
      type: 'EscalationRaised',
      data: { clockId: clock, stage: 'COUNCIL_REVIEW', level, window, taskId: `${id}:ESCALATION:${clock}:${window}#1` },
    });
    const [alert] = alertsFor(s, [raised('other', 1, 'AUTHORITY'), breach, raised(clockId, 1, 'OFFICE_LEAD')], s);
    expect(alert).toMatchObject({ kind: 'SLA_BREACHED', escalatedTo: 'OFFICE_LEAD' });
    // A breach without an escalation says so: nobody is named.
    const [alone] = alertsFor(s, [breach], s);
    expect(alone!.escalatedTo).toBeUndefined();
    expect(alone!.messageVi).toBe('Hồ sơ «Nguyễn Thị Lan» (LDTT) quá hạn giai đoạn "Hội đồng xét duyệt" (lần 1).');
    expect(alone!.messageEn).toBe('Nomination «Nguyễn Thị Lan» (LDTT) is overdue in "Council review" (window 1).');
  });

  it('sends no resolved notice for a later breach of a clock that was breached before', () => {
    const warned = fold(tick(s, WARNING), s);
    const once = fold(tick(warned, DEADLINE), warned);
    expect(Object.values(once.clocks)[0]!.breaches).toBe(1);
    const second = tick(once, '2026-03-10T17:00:00.000Z');
    expect(alertsFor(once, second, fold(second, once)).map((a) => a.kind)).toEqual(['SLA_BREACHED']);
  });

  it('words the resolved notice for the stage that was overdue', () => {
    const warned = fold(tick(s, WARNING), s);
    const once = fold(tick(warned, DEADLINE), warned);
    const stopped: NominationEvent = { type: 'SlaClockStopped', data: { clockId, on: '2026-03-05' } };
    expect(alertsFor(once, [stopped], once)).toEqual([
      {
        ...base,
        idempotencyKey: `${id}:${clockId}:SLA_RESOLVED:0`,
        kind: 'SLA_RESOLVED',
        at: '2026-03-05',
        messageVi: 'Hồ sơ «Nguyễn Thị Lan» (LDTT) đã chuyển khỏi giai đoạn "Hội đồng xét duyệt" bị quá hạn.',
        messageEn: 'Nomination «Nguyễn Thị Lan» (LDTT) has moved on from the overdue "Council review" stage.',
      },
    ]);
  });

  it('leaves the nominee and council empty when the case has none yet', () => {
    const bare: NominationState = { ...s, nominee: undefined, council: undefined };
    const [alert] = alertsFor(bare, tick(s, WARNING), bare);
    expect(alert).toMatchObject({ nomineeName: '', councilId: '' });
    expect(alert!.messageEn).toContain('Nomination «» (LDTT)');
  });
});
