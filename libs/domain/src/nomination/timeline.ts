import { toCivilDate } from '../calendar/civil-date';
import { workingDaysBetween, type WorkingCalendar } from '../calendar/working-days';
import { STAGE_NAMES_EN, STAGE_NAMES_VI, type Stage } from '../stages';
import type { NominationEvent, NominationEventType } from './nomination.events';
import { evolve } from './nomination.evolve';
import { initialState, type NominationState } from './nomination.state';

export const EVENT_LABELS: Record<NominationEventType, [vi: string, en: string]> = {
  NominationDrafted: ['Lập hồ sơ đề nghị', 'Nomination drafted'],
  DraftUpdated: ['Sửa hồ sơ nháp', 'Draft edited'],
  DossierSubmitted: ['Nộp hồ sơ (tiếp nhận đủ)', 'Dossier submitted (received complete)'],
  SupplementRequested: ['Yêu cầu bổ sung hồ sơ', 'Supplement requested'],
  DossierSupplemented: ['Bổ sung hồ sơ', 'Dossier supplemented'],
  NominationWithdrawn: ['Rút hồ sơ', 'Nomination withdrawn'],
  AppraisalCompleted: ['Thẩm định hồ sơ', 'Dossier appraised'],
  ReviewOpened: ['Mở phiên bỏ phiếu kín', 'Secret ballot opened'],
  VoteCast: ['Thành viên Hội đồng đã bỏ phiếu', 'A council member voted'],
  WrittenOpinionRecorded: ['Ghi nhận ý kiến bằng văn bản', 'Written opinion recorded'],
  ReviewClosed: ['Kết thúc bỏ phiếu, kiểm phiếu', 'Ballot closed and counted'],
  BallotVoided: [
    'Hủy phiên bỏ phiếu (phiếu kín không còn), bỏ phiếu lại',
    'Ballot voided (sealed choices lost), to be held again',
  ],
  DisclosureOpened: ['Công khai lấy ý kiến', 'Public disclosure opened'],
  ObjectionFiled: ['Nhận ý kiến phản ánh', 'Objection filed'],
  ObjectionResolved: ['Giải quyết ý kiến phản ánh', 'Objection resolved'],
  DisclosureClosed: ['Kết thúc công khai', 'Public disclosure closed'],
  DecisionIssued: ['Quyết định khen thưởng', 'Award decision issued'],
  NominationRejected: ['Không khen thưởng', 'Nomination rejected'],
  ForwardedToHigherLevel: ['Trình cấp trên', 'Forwarded to the higher level'],
  TaskOpened: ['Giao việc', 'Task opened'],
  TaskClaimed: ['Nhận việc', 'Task claimed'],
  TaskReleased: ['Trả việc', 'Task released'],
  TaskAssigned: ['Giao lại / ủy quyền việc', 'Task reassigned / delegated'],
  TaskClosed: ['Đóng việc', 'Task closed'],
  SlaClockStarted: ['Bắt đầu tính thời hạn', 'SLA clock started'],
  SlaClockPaused: ['Tạm dừng tính thời hạn', 'SLA clock paused'],
  SlaClockResumed: ['Tiếp tục tính thời hạn', 'SLA clock resumed'],
  SlaClockRescheduled: ['Điều chỉnh thời hạn', 'SLA deadline changed'],
  SlaClockStopped: ['Dừng tính thời hạn', 'SLA clock stopped'],
  SlaWarning: ['Cảnh báo sắp quá hạn', 'SLA warning'],
  SlaBreached: ['Quá hạn', 'SLA breached'],
  EscalationRaised: ['Chuyển cấp trên xử lý quá hạn', 'Escalated'],
};

export interface Change {
  field: string;
  from: unknown;
  to: unknown;
}

/** What changed in the case's own fields (old → new), for the administrators' timeline. */
export function changesBetween(before: NominationState, after: NominationState): Change[] {
  const fields: (keyof NominationState)[] = ['stage', 'status', 'outcome', 'awardCode', 'kind', 'year'];
  const out: Change[] = fields
    .filter((f) => before[f] !== after[f])
    .map((f) => ({ field: f, from: before[f] ?? null, to: after[f] ?? null }));
  if (before.documents.length !== after.documents.length)
    out.push({ field: 'documents', from: before.documents.length, to: after.documents.length });
  if (before.nominee?.name !== after.nominee?.name)
    out.push({ field: 'nominee.name', from: before.nominee?.name ?? null, to: after.nominee?.name ?? null });
  return out;
}

export interface TimedEvent {
  event: NominationEvent;
  at: string;
}

export interface StageVisit {
  stage: Stage;
  nameVi: string;
  nameEn: string;
  from: string;
  to: string | null;
  calendarDays: number;
  workingDays: number;
}

/** How long each stage visit lasted, in calendar and working days (counting from the day after). */
export function stageVisits(events: readonly TimedEvent[], calendar: WorkingCalendar, now: string): StageVisit[] {
  const visits: StageVisit[] = [];
  let state = initialState();
  for (const { event, at } of events) {
    const next = evolve(state, event);
    if (next.stage !== state.stage || visits.length === 0) {
      const last = visits[visits.length - 1];
      if (last) last.to = at;
      if (next.stage !== 'CLOSED')
        visits.push({
          stage: next.stage,
          nameVi: STAGE_NAMES_VI[next.stage],
          nameEn: STAGE_NAMES_EN[next.stage],
          from: at,
          to: null,
          calendarDays: 0,
          workingDays: 0,
        });
    }
    state = next;
  }
  return visits.map((v) => {
    const end = v.to ?? now;
    return {
      ...v,
      calendarDays: Math.round(((Date.parse(end) - Date.parse(v.from)) / 86_400_000) * 10) / 10,
      workingDays: workingDaysBetween(calendar, toCivilDate(new Date(v.from)), toCivilDate(new Date(end))),
    };
  });
}
