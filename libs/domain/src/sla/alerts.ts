import { formatInstantVi } from '../calendar/civil-date';
import type { NominationEvent } from '../nomination/nomination.events';
import type { NominationState } from '../nomination/nomination.state';
import { STAGE_NAMES_EN, STAGE_NAMES_VI, type Stage } from '../stages';
import type { EscalationLevel } from '../rules/rule-set';

export type SlaAlertKind = 'SLA_WARNING' | 'SLA_BREACHED' | 'SLA_RESOLVED';

/** What the notifier sends; the idempotency key makes a retried delivery the same delivery. */
export interface SlaAlert {
  idempotencyKey: string;
  kind: SlaAlertKind;
  nominationId: string;
  nomineeName: string;
  awardCode: string;
  unitId: string;
  councilId: string;
  stage: Stage;
  clockId: string;
  window?: number;
  escalatedTo?: EscalationLevel;
  deadline?: string;
  at: string;
  messageVi: string;
  messageEn: string;
}

const ESCALATION_VI: Record<EscalationLevel, string> = {
  OFFICE_LEAD: 'Trưởng ban TĐKT',
  COUNCIL_CHAIR: 'Chủ tịch Hội đồng',
  AUTHORITY: 'người có thẩm quyền',
};

/**
 * Alerts that follow from recorded events: a warning, each breach window with its
 * escalation, and a resolved notice when a breached clock stops because the case moved on.
 */
export function alertsFor(
  before: NominationState,
  events: readonly NominationEvent[],
  after: NominationState,
): SlaAlert[] {
  const base = {
    nominationId: after.nominationId,
    nomineeName: after.nominee?.name ?? '',
    awardCode: after.awardCode,
    unitId: after.unitId,
    councilId: after.council?.councilId ?? '',
  };
  const key = (clockId: string, kind: SlaAlertKind, w = 0) => `${after.nominationId}:${clockId}:${kind}:${w}`;
  const who = `«${base.nomineeName}» (${after.awardCode})`;
  const alerts: SlaAlert[] = [];
  for (const e of events) {
    if (e.type === 'SlaWarning') {
      const { clockId, stage, at, deadline } = e.data;
      alerts.push({
        ...base,
        idempotencyKey: key(clockId, 'SLA_WARNING'),
        kind: 'SLA_WARNING',
        stage,
        clockId,
        deadline,
        at,
        messageVi: `Hồ sơ ${who} đã dùng 75% thời hạn giai đoạn "${STAGE_NAMES_VI[stage]}"; hạn chót ${formatInstantVi(deadline)}.`,
        messageEn: `Nomination ${who} has used 75% of its "${STAGE_NAMES_EN[stage]}" budget; deadline ${formatInstantVi(deadline)} (ICT).`,
      });
    }
    if (e.type === 'SlaBreached') {
      const { clockId, stage, at, deadline, window } = e.data;
      const escalation = events.find(
        (x) => x.type === 'EscalationRaised' && x.data.clockId === clockId && x.data.window === window,
      );
      const escalatedTo = escalation?.type === 'EscalationRaised' ? escalation.data.level : undefined;
      alerts.push({
        ...base,
        idempotencyKey: key(clockId, 'SLA_BREACHED', window),
        kind: 'SLA_BREACHED',
        stage,
        clockId,
        window,
        escalatedTo,
        deadline,
        at,
        messageVi: `Hồ sơ ${who} quá hạn giai đoạn "${STAGE_NAMES_VI[stage]}" (lần ${window})${escalatedTo ? `; chuyển ${ESCALATION_VI[escalatedTo]} xử lý` : ''}.`,
        messageEn: `Nomination ${who} is overdue in "${STAGE_NAMES_EN[stage]}" (window ${window})${escalatedTo ? `; escalated to ${escalatedTo}` : ''}.`,
      });
    }
    if (e.type === 'SlaClockStopped') {
      const clock = before.clocks[e.data.clockId];
      if (!clock || clock.breaches === 0) continue;
      alerts.push({
        ...base,
        idempotencyKey: key(clock.clockId, 'SLA_RESOLVED'),
        kind: 'SLA_RESOLVED',
        stage: clock.stage,
        clockId: clock.clockId,
        at: e.data.on,
        messageVi: `Hồ sơ ${who} đã chuyển khỏi giai đoạn "${STAGE_NAMES_VI[clock.stage]}" bị quá hạn.`,
        messageEn: `Nomination ${who} has moved on from the overdue "${STAGE_NAMES_EN[clock.stage]}" stage.`,
      });
    }
  }
  return alerts;
}
