import { formatInstantVi } from '../calendar/civil-date';
import { LEVEL_NAMES_EN, LEVEL_NAMES_VI, type AuthorityLevel } from '../organisation/levels';
import { KIND_NAMES_EN, KIND_NAMES_VI, type NominationKind } from '../organisation/kinds';
import { refusal, type Refusal, type RuleReference } from '../refusal';
import { DECREE, decree, law } from '../rules/legal-basis';
import { STAGE_NAMES_EN, STAGE_NAMES_VI, type Stage } from '../stages';
import type { NominationCommandType } from './nomination.commands';

export const RULES = {
  dossier: law('Điều 84'),
  simplified: law('Điều 85'),
  competence: law('Điều 83'),
  ballot: { legalBasis: DECREE, article: 'Bỏ phiếu kín của Hội đồng Thi đua – Khen thưởng' } as RuleReference,
  disclosure: decree('Điều 44'),
};

const ACTION_VI: Record<NominationCommandType, string> = {
  EditDraft: 'sửa hồ sơ nháp',
  SubmitDossier: 'nộp hồ sơ',
  RequestSupplement: 'yêu cầu bổ sung hồ sơ',
  SupplementDossier: 'bổ sung hồ sơ',
  WithdrawNomination: 'rút hồ sơ',
  AppraiseDossier: 'thẩm định hồ sơ',
  CastVote: 'bỏ phiếu',
  RecordWrittenOpinion: 'ghi nhận ý kiến bằng văn bản',
  CloseBallot: 'kết thúc bỏ phiếu',
  FileObjection: 'gửi ý kiến phản ánh',
  ResolveObjection: 'giải quyết ý kiến phản ánh',
  IssueDecision: 'ban hành quyết định',
  RejectNomination: 'từ chối hồ sơ',
  ForwardToHigherLevel: 'trình cấp trên',
  RecordHigherDecision: 'cập nhật quyết định của cấp trên',
  ClaimTask: 'nhận việc',
  ReleaseTask: 'trả việc',
  ReassignTask: 'giao lại việc',
  DelegateTask: 'ủy quyền xử lý việc',
  ExtendSla: 'gia hạn thời hạn xử lý',
  OpenBallot: 'mở phiên bỏ phiếu',
  CloseBallotAtDeadline: 'đóng phiên bỏ phiếu khi hết hạn',
  CloseDisclosure: 'kết thúc công khai',
  SlaTick: 'kiểm tra thời hạn',
  RecomputeClocks: 'tính lại thời hạn',
};
const ACTION_EN: Record<NominationCommandType, string> = {
  EditDraft: 'edit the draft',
  SubmitDossier: 'submit the dossier',
  RequestSupplement: 'request a supplement',
  SupplementDossier: 'supplement the dossier',
  WithdrawNomination: 'withdraw the nomination',
  AppraiseDossier: 'appraise the dossier',
  CastVote: 'cast a vote',
  RecordWrittenOpinion: 'record a written opinion',
  CloseBallot: 'close the ballot',
  FileObjection: 'file an objection',
  ResolveObjection: 'resolve an objection',
  IssueDecision: 'issue a decision',
  RejectNomination: 'reject the nomination',
  ForwardToHigherLevel: 'forward to the higher level',
  RecordHigherDecision: "record the higher level's decision",
  ClaimTask: 'claim the task',
  ReleaseTask: 'release the task',
  ReassignTask: 'reassign the task',
  DelegateTask: 'delegate the task',
  ExtendSla: 'extend the deadline',
  OpenBallot: 'open the ballot',
  CloseBallotAtDeadline: 'close the ballot at its deadline',
  CloseDisclosure: 'close the disclosure',
  SlaTick: 'check deadlines',
  RecomputeClocks: 'recompute deadlines',
};

export const refuse = {
  closed: (cmd: NominationCommandType): Refusal =>
    refusal(
      'NOMINATION_CLOSED',
      'CONFLICT',
      `Hồ sơ đã kết thúc, không thể ${ACTION_VI[cmd]}.`,
      `The nomination is closed; cannot ${ACTION_EN[cmd]}.`,
    ),
  wrongStage: (cmd: NominationCommandType, stage: Stage, status: string): Refusal =>
    refusal(
      'WRONG_STAGE',
      'CONFLICT',
      `Không thể ${ACTION_VI[cmd]} khi hồ sơ đang ở giai đoạn "${STAGE_NAMES_VI[stage]}" (trạng thái ${status}).`,
      `Cannot ${ACTION_EN[cmd]} while the nomination is in stage "${STAGE_NAMES_EN[stage]}" (status ${status}).`,
    ),
  notOwnUnit: (): Refusal =>
    refusal(
      'NOT_OWN_UNIT',
      'FORBIDDEN',
      'Chỉ cán bộ của đơn vị đề nghị mới được thao tác trên hồ sơ này.',
      'Only an officer of the proposing unit may act on this dossier.',
      { rule: RULES.competence },
    ),
  notPermitted: (cmd: NominationCommandType, who: string): Refusal =>
    refusal(
      'ACTION_NOT_PERMITTED',
      'FORBIDDEN',
      `${who} không được ${ACTION_VI[cmd]} trên hồ sơ này.`,
      `${who} may not ${ACTION_EN[cmd]} on this nomination.`,
    ),
  emptyField: (field: string, vi: string, en: string): Refusal =>
    refusal('FIELD_REQUIRED', 'INVALID', `Thiếu thông tin bắt buộc: ${vi}.`, `Missing required field: ${en}.`, {
      field,
    }),
  invalidDate: (field: string): Refusal =>
    refusal(
      'INVALID_DATE',
      'INVALID',
      'Ngày không hợp lệ (định dạng yyyy-MM-dd, không sau ngày hôm nay).',
      'Invalid date (format yyyy-MM-dd, not after today).',
      { field },
    ),
  invalidYear: (year: number, min: number, max: number): Refusal =>
    refusal(
      'INVALID_YEAR',
      'INVALID',
      `Năm thành tích ${year} không hợp lệ (từ ${min} đến ${max}).`,
      `Achievement year ${year} is out of range (${min}–${max}).`,
      { field: 'year' },
    ),
  noRulesInForce: (date: string): Refusal =>
    refusal(
      'NO_RULES_IN_FORCE',
      'INVALID',
      `Không có bộ quy tắc nào có hiệu lực vào ngày ${date}.`,
      `No rule set is in force on ${date}.`,
    ),
  unknownAward: (code: string): Refusal =>
    refusal(
      'UNKNOWN_AWARD',
      'INVALID',
      `Danh hiệu/hình thức khen thưởng "${code}" không có trong bộ quy tắc hiện hành.`,
      `Award "${code}" is not in the rule set in force.`,
      { field: 'awardCode' },
    ),
  wrongSubject: (code: string): Refusal =>
    refusal(
      'WRONG_SUBJECT',
      'INVALID',
      `Đối tượng được đề nghị không phù hợp với danh hiệu "${code}".`,
      `The nominee's kind does not fit award "${code}".`,
      { field: 'nominee.subject' },
    ),
  kindNotAllowed: (code: string, kind: NominationKind): Refusal =>
    refusal(
      'KIND_NOT_ALLOWED',
      'INVALID',
      `Danh hiệu "${code}" không xét theo loại hình «${KIND_NAMES_VI[kind]}».`,
      `Award "${code}" is not given as "${KIND_NAMES_EN[kind]}".`,
      { field: 'kind' },
    ),
  notCompetent: (code: string, level: AuthorityLevel): Refusal =>
    refusal(
      'AUTHORITY_NOT_COMPETENT',
      'INVALID',
      `${LEVEL_NAMES_VI[level]} không có thẩm quyền xét danh hiệu "${code}"; hãy gửi Hội đồng của cấp có thẩm quyền.`,
      `The ${LEVEL_NAMES_EN[level]} level is not competent for award "${code}"; file it with the competent level's council.`,
      { field: 'councilId', rule: RULES.competence },
    ),
  missingDocuments: (codes: string[], rule: RuleReference = RULES.dossier): Refusal =>
    refusal(
      'MISSING_DOCUMENTS',
      'INVALID',
      `Hồ sơ còn thiếu tài liệu bắt buộc: ${codes.join(', ')}.`,
      `The dossier lacks required documents: ${codes.join(', ')}.`,
      { field: 'documents', rule },
    ),
  notCouncilMember: (): Refusal =>
    refusal(
      'NOT_A_COUNCIL_MEMBER',
      'FORBIDDEN',
      'Không phải là thành viên Hội đồng xét duyệt hồ sơ này.',
      'Not a member of the council reviewing this nomination.',
      { rule: RULES.ballot },
    ),
  recused: (): Refusal =>
    refusal(
      'MEMBER_RECUSED',
      'CONFLICT',
      'Thành viên cùng đơn vị với người được đề nghị không tham gia bỏ phiếu (tránh xung đột lợi ích).',
      "A member from the nominee's own unit does not vote (conflict of interest).",
      { rule: RULES.ballot },
    ),
  alreadyVoted: (): Refusal =>
    refusal(
      'ALREADY_VOTED',
      'CONFLICT',
      'Thành viên này đã bỏ phiếu hoặc đã gửi ý kiến; mỗi thành viên chỉ có một phiếu.',
      'This member has already voted or sent an opinion; one vote per member.',
      { rule: RULES.ballot },
    ),
  ballotClosed: (): Refusal =>
    refusal(
      'BALLOT_CLOSED',
      'CONFLICT',
      'Cuộc bỏ phiếu đã kết thúc, không thể bỏ thêm phiếu.',
      'The ballot is closed; no more votes are accepted.',
      { rule: RULES.ballot },
    ),
  quorumNotReached: (cast: number, needed: number): Refusal =>
    refusal(
      'QUORUM_NOT_REACHED',
      'CONFLICT',
      `Chưa đủ số thành viên tham gia bỏ phiếu (${cast}/${needed}), chưa thể kết thúc bỏ phiếu.`,
      `Quorum not reached (${cast}/${needed}); the ballot cannot be closed yet.`,
      { rule: RULES.ballot },
    ),
  sealedInvalid: (): Refusal =>
    refusal('SEALED_BALLOT_INVALID', 'INVALID', 'Phiếu bầu không hợp lệ.', 'The sealed ballot is not valid.', {
      field: 'choice',
    }),
  disclosureNotOpen: (): Refusal =>
    refusal(
      'DISCLOSURE_NOT_OPEN',
      'CONFLICT',
      'Hồ sơ không trong thời gian công khai lấy ý kiến.',
      'The nomination is not under public disclosure.',
      { rule: RULES.disclosure },
    ),
  disclosureNotEnded: (endsAt: string): Refusal =>
    refusal(
      'DISCLOSURE_NOT_ENDED',
      'CONFLICT',
      `Danh sách đang trong thời gian công khai đến ${formatInstantVi(endsAt)}; chưa thể quyết định.`,
      `The list is under public disclosure until ${formatInstantVi(endsAt)} (ICT); no decision yet.`,
      { rule: RULES.disclosure },
    ),
  objectionUnresolved: (n: number): Refusal =>
    refusal(
      'OBJECTION_UNRESOLVED',
      'CONFLICT',
      `Còn ${n} ý kiến phản ánh chưa được giải quyết; tạm dừng quyết định.`,
      `${n} objection(s) are unresolved; the decision is on hold.`,
      { rule: RULES.disclosure },
    ),
  objectionNotFound: (): Refusal =>
    refusal(
      'OBJECTION_NOT_FOUND',
      'NOT_FOUND',
      'Không tìm thấy ý kiến phản ánh này trong hồ sơ.',
      'No such objection on this nomination.',
      { field: 'objectionId' },
    ),
  objectionResolved: (): Refusal =>
    refusal(
      'OBJECTION_ALREADY_RESOLVED',
      'CONFLICT',
      'Ý kiến phản ánh này đã được giải quyết.',
      'This objection has already been resolved.',
      { field: 'objectionId' },
    ),
  notTheAuthority: (): Refusal =>
    refusal(
      'NOT_THE_AUTHORITY',
      'FORBIDDEN',
      'Chỉ người có thẩm quyền của cấp nhận hồ sơ mới được quyết định.',
      'Only the competent authority of the receiving level may decide.',
      { rule: RULES.competence },
    ),
  mustForward: (code: string, level: AuthorityLevel): Refusal =>
    refusal(
      'AUTHORITY_MUST_FORWARD',
      'INVALID',
      `${LEVEL_NAMES_VI[level]} không có thẩm quyền quyết định "${code}"; hãy trình cấp trên.`,
      `The ${LEVEL_NAMES_EN[level]} cannot decide "${code}"; forward it upward.`,
      { rule: RULES.competence },
    ),
  noHigherLevel: (code: string): Refusal =>
    refusal(
      'NO_HIGHER_LEVEL',
      'INVALID',
      `Cấp này đã có thẩm quyền quyết định "${code}"; không cần trình cấp trên.`,
      `This level is competent for "${code}"; there is nothing to forward.`,
      { rule: RULES.competence },
    ),
  decisionNumberTaken: (number: string, year: number): Refusal =>
    refusal(
      'DECISION_NUMBER_TAKEN',
      'CONFLICT',
      `Số quyết định ${number} đã được dùng cho một quyết định khác năm ${year}.`,
      `Decision number ${number} is already used by another decision in ${year}.`,
      { field: 'decisionNumber' },
    ),
  unknownReason: (): Refusal =>
    refusal(
      'UNKNOWN_REJECTION_REASON',
      'INVALID',
      'Lý do từ chối không thuộc danh mục.',
      'The rejection reason code is not in the list.',
      { field: 'reasonCode' },
    ),
  taskNotFound: (): Refusal =>
    refusal('TASK_NOT_FOUND', 'NOT_FOUND', 'Không tìm thấy công việc đang mở này.', 'No such open task.', {
      field: 'taskId',
    }),
  taskClaimed: (by: string): Refusal =>
    refusal(
      'TASK_ALREADY_CLAIMED',
      'CONFLICT',
      `Công việc đã được ${by} nhận xử lý.`,
      `The task is already claimed by ${by}.`,
      { field: 'taskId' },
    ),
  taskNotClaimed: (): Refusal =>
    refusal(
      'TASK_NOT_CLAIMED',
      'CONFLICT',
      'Bạn không giữ công việc này nên không thể trả lại hoặc ủy quyền.',
      'You do not hold this task, so you cannot release or delegate it.',
      { field: 'taskId' },
    ),
  taskClaimedByOther: (by: string): Refusal =>
    refusal(
      'TASK_CLAIMED_BY_OTHER',
      'CONFLICT',
      `Công việc này đang do ${by} xử lý.`,
      `This task is being handled by ${by}.`,
      { field: 'taskId' },
    ),
  notInGroup: (): Refusal =>
    refusal(
      'NOT_IN_CANDIDATE_GROUP',
      'FORBIDDEN',
      'Công việc này không thuộc nhóm xử lý của bạn.',
      'This task is not in any of your groups.',
      { field: 'taskId' },
    ),
  notLead: (): Refusal =>
    refusal(
      'NOT_OFFICE_LEAD',
      'FORBIDDEN',
      'Chỉ lãnh đạo Ban Thi đua – Khen thưởng hoặc quản trị viên mới được giao lại việc.',
      'Only the head of the office or an administrator may do this.',
    ),
  invalidExtension: (): Refusal =>
    refusal(
      'INVALID_EXTENSION',
      'INVALID',
      'Gia hạn phải từ 1 đến 30 ngày làm việc, cho giai đoạn đang tính thời hạn.',
      'An extension must be 1–30 working days, on a stage whose clock runs.',
      { field: 'extraWorkingDays' },
    ),
};
