import { formatInstantVi, toCivilDate } from '../calendar/civil-date';
import { workingDaysBetween, type WorkingCalendar } from '../calendar/working-days';
import { STAGE_NAMES_EN, STAGE_NAMES_VI, type Stage } from '../stages';
import { TASK_NAMES_EN, TASK_NAMES_VI } from '../tasks/task-types';
import type { NominationEvent, NominationEventType } from './nomination.events';
import { evolve } from './nomination.evolve';
import { initialState, type NominationState } from './nomination.state';
import { describeTallyEn, describeTallyVi } from './tally-text';

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

/** One line of the event in Vietnamese: what happened, with the numbers that matter, never a vote's choice. */
/** The signed draft a decision names, as the timeline shows it: the first 12 hex digits of its SHA-256. */
const signedDraft = (sha256: string | undefined, words: string) => (sha256 ? ` ${words} ${sha256.slice(0, 12)}.` : '');

export function summarizeVi(e: NominationEvent): string {
  switch (e.type) {
    case 'DossierSubmitted':
      return `${e.data.documents.length} tài liệu; áp dụng bộ quy tắc ${e.data.rules.ruleSetId} (phiên bản ${e.data.rules.ruleSetVersion}), quy trình ${e.data.rules.procedure.nameVi}.`;
    case 'SupplementRequested':
      return `Cần bổ sung: ${e.data.missing.join(', ')}. ${e.data.note}`;
    case 'AppraisalCompleted':
      return e.data.opinion;
    case 'ReviewOpened':
      return `Vòng ${e.data.round}; ${e.data.members.length} thành viên, ${e.data.recused.length} không tham gia (cùng đơn vị); hạn ${formatInstantVi(e.data.deadline)}.`;
    case 'ReviewClosed':
      return `${describeTallyVi(e.data.tally)}: ${e.data.passed ? 'đạt' : 'không đạt'}.`;
    case 'BallotVoided':
      return `${e.data.lostParticipants} phiếu đã bỏ không kiểm được (phiếu kín chỉ do quy trình giữ, đã mất khi khôi phục hồ sơ); Hội đồng bỏ phiếu lại.`;
    case 'DisclosureOpened':
      return `Công khai ${e.data.workingDays} ngày làm việc, đến ${formatInstantVi(e.data.endsAt)}.`;
    case 'ObjectionFiled':
      return e.data.evidence?.length
        ? `${e.data.content} (kèm ${e.data.evidence.length} tệp chứng cứ)`
        : e.data.content;
    case 'ObjectionResolved':
      return `${e.data.outcome === 'UPHELD' ? 'Chấp nhận' : 'Không chấp nhận'}: ${e.data.note}`;
    case 'DecisionIssued':
      return `Quyết định số ${e.data.decisionNumber} ngày ${e.data.decisionDate.split('-').reverse().join('/')}, người ký: ${e.data.signerName}.${signedDraft(e.data.signedDocument?.draftSha256, 'Ký trên bản dự thảo')}`;
    case 'NominationRejected':
      return `${e.data.reasonCode}: ${e.data.reason}`;
    case 'NominationWithdrawn':
      return e.data.reason;
    case 'ForwardedToHigherLevel':
      return e.data.note;
    case 'TaskOpened':
      return `${TASK_NAMES_VI[e.data.taskType]} — nhóm ${e.data.candidateGroup}${e.data.assignee ? `, giao ${e.data.assignee}` : ''}.`;
    case 'TaskClaimed':
      return `${e.data.userId} nhận việc.`;
    case 'TaskAssigned':
      return `${e.data.mode === 'DELEGATE' ? 'Ủy quyền' : 'Giao lại'} cho ${e.data.assignee}.`;
    case 'TaskClosed':
      return e.data.outcome === 'COMPLETED' ? 'Đã hoàn thành.' : 'Không còn cần thiết.';
    case 'SlaClockStarted':
      return `Giai đoạn ${STAGE_NAMES_VI[e.data.stage]}: ${e.data.budgetWorkingDays} ngày làm việc, hạn ${formatInstantVi(e.data.deadline)}.`;
    case 'SlaClockResumed':
      return `Hạn mới ${formatInstantVi(e.data.deadline)}.`;
    case 'SlaClockRescheduled':
      return `${e.data.budgetWorkingDays} ngày làm việc, hạn mới ${formatInstantVi(e.data.deadline)} (${e.data.reason}).`;
    case 'SlaWarning':
    case 'SlaBreached':
      return `Giai đoạn ${STAGE_NAMES_VI[e.data.stage]}, hạn ${formatInstantVi(e.data.deadline)}.`;
    case 'EscalationRaised':
      return `Lần ${e.data.window}: chuyển ${e.data.level}.`;
    default:
      return '';
  }
}

/** The same line in English, for the pages' English mode (dates stay dd/MM/yyyy, Việt Nam time). */
export function summarizeEn(e: NominationEvent): string {
  switch (e.type) {
    case 'DossierSubmitted':
      return `${e.data.documents.length} documents; rule set ${e.data.rules.ruleSetId} (version ${e.data.rules.ruleSetVersion}) applies, ${e.data.rules.procedure.nameEn ?? e.data.rules.procedure.nameVi} procedure.`;
    case 'SupplementRequested':
      return `To supplement: ${e.data.missing.join(', ')}. ${e.data.note}`;
    case 'AppraisalCompleted':
      return e.data.opinion;
    case 'ReviewOpened':
      return `Round ${e.data.round}; ${e.data.members.length} members, ${e.data.recused.length} not voting (same unit); closes ${formatInstantVi(e.data.deadline)}.`;
    case 'ReviewClosed':
      return `${describeTallyEn(e.data.tally)}: ${e.data.passed ? 'passed' : 'not passed'}.`;
    case 'BallotVoided':
      return `${e.data.lostParticipants} ballots cast could not be counted (sealed choices held only by the workflow were lost when the case was restored); the council votes again.`;
    case 'DisclosureOpened':
      return `Disclosed for ${e.data.workingDays} working days, until ${formatInstantVi(e.data.endsAt)}.`;
    case 'ObjectionFiled':
      return e.data.evidence?.length
        ? `${e.data.content} (${e.data.evidence.length} evidence file${e.data.evidence.length > 1 ? 's' : ''} attached)`
        : e.data.content;
    case 'ObjectionResolved':
      return `${e.data.outcome === 'UPHELD' ? 'Upheld' : 'Dismissed'}: ${e.data.note}`;
    case 'DecisionIssued':
      return `Decision ${e.data.decisionNumber} of ${e.data.decisionDate.split('-').reverse().join('/')}, signed by ${e.data.signerName}.${signedDraft(e.data.signedDocument?.draftSha256, 'Signed on draft')}`;
    case 'NominationRejected':
      return `${e.data.reasonCode}: ${e.data.reason}`;
    case 'NominationWithdrawn':
      return e.data.reason;
    case 'ForwardedToHigherLevel':
      return e.data.note;
    case 'TaskOpened':
      return `${TASK_NAMES_EN[e.data.taskType]} — group ${e.data.candidateGroup}${e.data.assignee ? `, assigned to ${e.data.assignee}` : ''}.`;
    case 'TaskClaimed':
      return `${e.data.userId} claimed the task.`;
    case 'TaskAssigned':
      return `${e.data.mode === 'DELEGATE' ? 'Delegated' : 'Reassigned'} to ${e.data.assignee}.`;
    case 'TaskClosed':
      return e.data.outcome === 'COMPLETED' ? 'Done.' : 'No longer needed.';
    case 'SlaClockStarted':
      return `Stage ${STAGE_NAMES_EN[e.data.stage]}: ${e.data.budgetWorkingDays} working days, due ${formatInstantVi(e.data.deadline)}.`;
    case 'SlaClockResumed':
      return `New deadline ${formatInstantVi(e.data.deadline)}.`;
    case 'SlaClockRescheduled':
      return `${e.data.budgetWorkingDays} working days, new deadline ${formatInstantVi(e.data.deadline)} (${e.data.reason}).`;
    case 'SlaWarning':
    case 'SlaBreached':
      return `Stage ${STAGE_NAMES_EN[e.data.stage]}, deadline ${formatInstantVi(e.data.deadline)}.`;
    case 'EscalationRaised':
      return `Window ${e.data.window}: escalated to ${e.data.level}.`;
    default:
      return '';
  }
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
