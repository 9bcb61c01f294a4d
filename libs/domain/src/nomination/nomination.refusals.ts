import { formatInstantVi } from '../calendar/civil-date';
import { refusal, Refusal, RuleReference } from '../refusal';
import { STAGE_NAMES_EN, STAGE_NAMES_VI, Stage } from '../stages';
import type { NominationCommandType } from './nomination.commands';

const LAW = 'Luật Thi đua, khen thưởng số 06/2022/QH15';
const DECREE = 'Nghị định 152/2025/NĐ-CP';
export const RULES = {
  dossier: { legalBasis: LAW, article: 'Điều 84' } as RuleReference,
  ballot: { legalBasis: DECREE, article: 'Bỏ phiếu kín của Hội đồng Thi đua – Khen thưởng' } as RuleReference,
  disclosure: { legalBasis: DECREE, article: 'Điều 44' } as RuleReference,
  competence: { legalBasis: LAW, article: 'Điều 83' } as RuleReference,
};

const ACTION_VI: Record<NominationCommandType, string> = {
  SubmitDossier: 'nộp hồ sơ', RequestSupplement: 'yêu cầu bổ sung hồ sơ', SupplementDossier: 'bổ sung hồ sơ',
  AppraiseDossier: 'thẩm định hồ sơ', CastVote: 'bỏ phiếu', CloseBallot: 'kết thúc bỏ phiếu',
  CloseDisclosure: 'kết thúc công khai', IssueDecision: 'ban hành quyết định', RejectNomination: 'từ chối hồ sơ',
  WithdrawNomination: 'rút hồ sơ',
};
const ACTION_EN: Record<NominationCommandType, string> = {
  SubmitDossier: 'submit the dossier', RequestSupplement: 'request a supplement', SupplementDossier: 'supplement the dossier',
  AppraiseDossier: 'appraise the dossier', CastVote: 'cast a vote', CloseBallot: 'close the ballot',
  CloseDisclosure: 'close the disclosure', IssueDecision: 'issue a decision', RejectNomination: 'reject the nomination',
  WithdrawNomination: 'withdraw the nomination',
};

export const refuse = {
  closed: (cmd: NominationCommandType): Refusal =>
    refusal('NOMINATION_CLOSED', 'CONFLICT', `Hồ sơ đã kết thúc, không thể ${ACTION_VI[cmd]}.`, `The nomination is closed; cannot ${ACTION_EN[cmd]}.`),
  wrongStage: (cmd: NominationCommandType, stage: Stage, status: string): Refusal =>
    refusal('WRONG_STAGE', 'CONFLICT',
      `Không thể ${ACTION_VI[cmd]} khi hồ sơ đang ở giai đoạn "${STAGE_NAMES_VI[stage]}" (trạng thái ${status}).`,
      `Cannot ${ACTION_EN[cmd]} while the nomination is in stage "${STAGE_NAMES_EN[stage]}" (status ${status}).`),
  notOwnUnit: (): Refusal =>
    refusal('NOT_OWN_UNIT', 'FORBIDDEN', 'Chỉ cán bộ của đơn vị đề nghị mới được thao tác trên hồ sơ này.', 'Only an officer of the proposing unit may act on this dossier.', { rule: RULES.competence }),
  missingDocuments: (codes: string[]): Refusal =>
    refusal('MISSING_DOCUMENTS', 'INVALID', `Hồ sơ còn thiếu tài liệu bắt buộc: ${codes.join(', ')}.`, `The dossier lacks required documents: ${codes.join(', ')}.`, { field: 'documents', rule: RULES.dossier }),
  emptyField: (field: string, vi: string, en: string): Refusal =>
    refusal('FIELD_REQUIRED', 'INVALID', `Thiếu thông tin bắt buộc: ${vi}.`, `Missing required field: ${en}.`, { field }),
  notCouncilMember: (): Refusal =>
    refusal('NOT_A_COUNCIL_MEMBER', 'FORBIDDEN', 'Bạn không phải là thành viên Hội đồng xét duyệt hồ sơ này.', 'You are not a member of the council reviewing this nomination.', { rule: RULES.ballot }),
  recused: (): Refusal =>
    refusal('MEMBER_RECUSED', 'CONFLICT', 'Thành viên cùng đơn vị với người được đề nghị không tham gia bỏ phiếu (tránh xung đột lợi ích).', 'A member from the nominee\'s own unit does not vote (conflict of interest).', { rule: RULES.ballot }),
  alreadyVoted: (): Refusal =>
    refusal('ALREADY_VOTED', 'CONFLICT', 'Bạn đã bỏ phiếu cho hồ sơ này; mỗi thành viên chỉ được bỏ một phiếu.', 'You have already voted on this nomination; one vote per member.', { rule: RULES.ballot }),
  ballotClosed: (): Refusal =>
    refusal('BALLOT_CLOSED', 'CONFLICT', 'Cuộc bỏ phiếu đã kết thúc, không thể bỏ thêm phiếu.', 'The ballot is closed; no more votes are accepted.', { rule: RULES.ballot }),
  quorumNotReached: (cast: number, needed: number): Refusal =>
    refusal('QUORUM_NOT_REACHED', 'CONFLICT', `Chưa đủ số thành viên tham gia bỏ phiếu (${cast}/${needed}), chưa thể kết thúc bỏ phiếu.`, `Quorum not reached (${cast}/${needed}); the ballot cannot be closed yet.`, { rule: RULES.ballot }),
  disclosureNotEnded: (endsAt: string): Refusal =>
    refusal('DISCLOSURE_NOT_ENDED', 'CONFLICT', `Danh sách đang trong thời gian công khai đến ${formatInstantVi(endsAt)}; chưa thể quyết định.`, `The list is under public disclosure until ${formatInstantVi(endsAt)} (ICT); no decision yet.`, { rule: RULES.disclosure }),
  invalidDate: (field: string): Refusal =>
    refusal('INVALID_DATE', 'INVALID', 'Ngày không hợp lệ (định dạng yyyy-MM-dd).', 'Invalid date (format yyyy-MM-dd).', { field }),
  unknownReason: (): Refusal =>
    refusal('UNKNOWN_REJECTION_REASON', 'INVALID', 'Lý do từ chối không thuộc danh mục.', 'The rejection reason code is not in the list.', { field: 'reasonCode' }),
  unknownAward: (code: string): Refusal =>
    refusal('UNKNOWN_AWARD', 'INVALID', `Danh hiệu/hình thức khen thưởng "${code}" không có trong bộ quy tắc hiện hành.`, `Award "${code}" is not in the rule set in force.`, { field: 'awardCode' }),
  wrongSubject: (code: string): Refusal =>
    refusal('WRONG_SUBJECT', 'INVALID', `Đối tượng được đề nghị không phù hợp với danh hiệu "${code}".`, `The nominee's kind does not fit award "${code}".`, { field: 'nominee.subject' }),
};
