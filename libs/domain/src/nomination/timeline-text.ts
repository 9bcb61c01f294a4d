import { formatInstantVi } from '../calendar/civil-date';
import { STAGE_NAMES_EN, STAGE_NAMES_VI } from '../stages';
import { TASK_NAMES_EN, TASK_NAMES_VI } from '../tasks/task-types';
import type { NominationEvent } from './nomination.events';
import { describeTallyEn, describeTallyVi } from './tally-text';

/** The names a timeline line speaks of, looked up where the directory is known; an unknown id falls back to a neutral word. */
export interface TimelineNames {
  person(userId: string): string | undefined;
  unit(unitId: string): string | undefined;
  council(councilId: string): string | undefined;
  document(code: string): [vi: string, en: string] | undefined;
}

/** No directory at hand: people and bodies are named by a neutral word, never by their ids. */
export const NO_NAMES: TimelineNames = {
  person: () => undefined,
  unit: () => undefined,
  council: () => undefined,
  document: () => undefined,
};

type Lang = 'vi' | 'en';
type Say = (vi: string, en: string) => string;

const ESCALATION_LEVEL_NAMES: Record<string, [vi: string, en: string]> = {
  OFFICE_LEAD: ['lãnh đạo cơ quan Thi đua – Khen thưởng', 'the head of the awards office'],
  COUNCIL_CHAIR: ['Chủ tịch Hội đồng', 'the council chair'],
  AUTHORITY: ['cấp có thẩm quyền', 'the competent authority'],
};

/** A candidate group (`office:HD`, `unit:SO-GD`…) as the people it stands for. */
function groupName(group: string, names: TimelineNames, say: Say): string {
  const [kind = '', id = ''] = group.split(':');
  const council = names.council(id) ?? say('Hội đồng', 'the council');
  const unit = names.unit(id) ?? say('đơn vị', 'the unit');
  switch (kind) {
    case 'unit':
      return say(`cán bộ ${unit}`, `officers of ${unit}`);
    case 'office':
      return say(`cơ quan Thi đua – Khen thưởng của ${council}`, `the awards office of ${council}`);
    case 'office-lead':
      return say(
        `lãnh đạo cơ quan Thi đua – Khen thưởng của ${council}`,
        `the head of the awards office of ${council}`,
      );
    case 'council':
      return say(`thành viên ${council}`, `members of ${council}`);
    case 'council-chair':
      return say(`Chủ tịch ${council}`, `the chair of ${council}`);
    case 'authority':
      return say(`lãnh đạo ${unit}`, `the head of ${unit}`);
    default:
      return say('nhóm xử lý', 'the handling group');
  }
}

/** One line of the event: what happened, with the numbers that matter and people by name, never a vote's choice. */
export function summarize(e: NominationEvent, lang: Lang, names: TimelineNames = NO_NAMES): string {
  const line = sentence(e, lang, names);
  return line.charAt(0).toLocaleUpperCase(lang) + line.slice(1);
}

function sentence(e: NominationEvent, lang: Lang, names: TimelineNames): string {
  const say: Say = (vi, en) => (lang === 'vi' ? vi : en);
  const person = (id: string) => names.person(id) ?? say('một cán bộ', 'an official');
  const doc = (code: string) => {
    const n = names.document(code);
    return n ? say(...n) : say('một tài liệu', 'a document');
  };
  const date = (d: string) => d.split('-').reverse().join('/');
  const at = formatInstantVi;
  switch (e.type) {
    case 'DossierSubmitted': {
      const p = e.data.rules.procedure;
      const n = e.data.documents.length;
      const v = e.data.rules.ruleSetVersion;
      return say(
        `${n} tài liệu; áp dụng bộ quy tắc ${e.data.rules.ruleSetId} (phiên bản ${v}), quy trình ${p.nameVi}.`,
        `${n} documents; rule set ${e.data.rules.ruleSetId} (version ${v}) applies, ${p.nameEn ?? p.nameVi} procedure.`,
      );
    }
    case 'SupplementRequested': {
      const missing = e.data.missing.map(doc).join(', ');
      return say(`Cần bổ sung: ${missing}. ${e.data.note}`, `To supplement: ${missing}. ${e.data.note}`);
    }
    case 'AppraisalCompleted':
      return e.data.opinion;
    case 'ReviewOpened': {
      const [r, m, x, d] = [e.data.round, e.data.members.length, e.data.recused.length, at(e.data.deadline)];
      return say(
        `Vòng ${r}; ${m} thành viên, ${x} không tham gia (cùng đơn vị); hạn ${d}.`,
        `Round ${r}; ${m} members, ${x} not voting (same unit); closes ${d}.`,
      );
    }
    case 'ReviewClosed':
      return say(
        `${describeTallyVi(e.data.tally)}: ${e.data.passed ? 'đạt' : 'không đạt'}.`,
        `${describeTallyEn(e.data.tally)}: ${e.data.passed ? 'passed' : 'not passed'}.`,
      );
    case 'BallotVoided':
      return say(
        `${e.data.lostParticipants} phiếu đã bỏ không kiểm được (phiếu kín chỉ do quy trình giữ, đã mất khi khôi phục hồ sơ); Hội đồng bỏ phiếu lại.`,
        `${e.data.lostParticipants} ballots cast could not be counted (sealed choices held only by the workflow were lost when the case was restored); the council votes again.`,
      );
    case 'DisclosureOpened':
      return say(
        `Công khai ${e.data.workingDays} ngày làm việc, đến ${at(e.data.endsAt)}.`,
        `Disclosed for ${e.data.workingDays} working days, until ${at(e.data.endsAt)}.`,
      );
    case 'ObjectionFiled': {
      const files = e.data.evidence?.length ?? 0;
      if (!files) return e.data.content;
      return say(
        `${e.data.content} (kèm ${files} tệp chứng cứ)`,
        `${e.data.content} (${files} evidence file${files > 1 ? 's' : ''} attached)`,
      );
    }
    case 'ObjectionResolved':
      return e.data.outcome === 'UPHELD'
        ? say(`Chấp nhận: ${e.data.note}`, `Upheld: ${e.data.note}`)
        : say(`Không chấp nhận: ${e.data.note}`, `Dismissed: ${e.data.note}`);
    case 'DecisionIssued': {
      const [n, d, s] = [e.data.decisionNumber, date(e.data.decisionDate), e.data.signerName];
      // The signed draft a decision names: the first 12 hex digits of its SHA-256.
      const draft = e.data.signedDocument?.draftSha256?.slice(0, 12);
      return say(
        `Quyết định số ${n} ngày ${d}, người ký: ${s}.${draft ? ` Ký trên bản dự thảo ${draft}.` : ''}`,
        `Decision ${n} of ${d}, signed by ${s}.${draft ? ` Signed on draft ${draft}.` : ''}`,
      );
    }
    // The reason's code is the entry's badge; the line says the reason itself.
    case 'NominationRejected':
    case 'NominationWithdrawn':
      return e.data.reason;
    case 'ForwardedToHigherLevel':
      return e.data.note;
    case 'TaskOpened': {
      const task = say(TASK_NAMES_VI[e.data.taskType], TASK_NAMES_EN[e.data.taskType]);
      const group = groupName(e.data.candidateGroup, names, say);
      const to = e.data.assignee
        ? say(`, giao ${person(e.data.assignee)}`, `, assigned to ${person(e.data.assignee)}`)
        : '';
      return say(`${task} — ${group}${to}.`, `${task} — ${group}${to}.`);
    }
    case 'TaskClaimed':
      return say(`${person(e.data.userId)} nhận việc.`, `${person(e.data.userId)} claimed the task.`);
    case 'TaskAssigned': {
      const to = person(e.data.assignee);
      return e.data.mode === 'DELEGATE'
        ? say(`Ủy quyền cho ${to}.`, `Delegated to ${to}.`)
        : say(`Giao lại cho ${to}.`, `Reassigned to ${to}.`);
    }
    case 'TaskClosed':
      return e.data.outcome === 'COMPLETED'
        ? say('Đã hoàn thành.', 'Done.')
        : say('Không còn cần thiết.', 'No longer needed.');
    case 'SlaClockStarted': {
      const [s, n, d] = [
        say(STAGE_NAMES_VI[e.data.stage], STAGE_NAMES_EN[e.data.stage]),
        e.data.budgetWorkingDays,
        at(e.data.deadline),
      ];
      return say(`Giai đoạn ${s}: ${n} ngày làm việc, hạn ${d}.`, `Stage ${s}: ${n} working days, due ${d}.`);
    }
    case 'SlaClockResumed':
      return say(`Hạn mới ${at(e.data.deadline)}.`, `New deadline ${at(e.data.deadline)}.`);
    case 'SlaClockRescheduled': {
      const [n, d, r] = [e.data.budgetWorkingDays, at(e.data.deadline), e.data.reason];
      return say(`${n} ngày làm việc, hạn mới ${d} (${r}).`, `${n} working days, new deadline ${d} (${r}).`);
    }
    case 'SlaWarning':
    case 'SlaBreached': {
      const [s, d] = [say(STAGE_NAMES_VI[e.data.stage], STAGE_NAMES_EN[e.data.stage]), at(e.data.deadline)];
      return say(`Giai đoạn ${s}, hạn ${d}.`, `Stage ${s}, deadline ${d}.`);
    }
    case 'EscalationRaised': {
      const level = ESCALATION_LEVEL_NAMES[e.data.level];
      const to = level ? say(...level) : say('cấp trên', 'the next level');
      return say(`Lần ${e.data.window}: chuyển ${to}.`, `Window ${e.data.window}: escalated to ${to}.`);
    }
    default:
      return '';
  }
}

/** The line in Vietnamese. */
export const summarizeVi = (e: NominationEvent, names?: TimelineNames) => summarize(e, 'vi', names);
/** The same line in English, for the pages' English mode (dates stay dd/MM/yyyy, Việt Nam time). */
export const summarizeEn = (e: NominationEvent, names?: TimelineNames) => summarize(e, 'en', names);
