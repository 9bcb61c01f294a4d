import { formatInstantVi } from '../../calendar/civil-date';
import { LEVEL_NAMES_EN, LEVEL_NAMES_VI, type AuthorityLevel } from '../../organisation/levels';
import { refusal, type Refusal } from '../../refusal';
import { RULES } from './basis';

/** Public disclosure, objections and the decision. */
export const decisionRefusals = {
  disclosureNotOpen: (): Refusal =>
    refusal(
      'DISCLOSURE_NOT_OPEN',
      'Hồ sơ không trong thời gian công khai lấy ý kiến.',
      'The nomination is not under public disclosure.',
      { rule: RULES.disclosure },
    ),
  disclosureNotEnded: (endsAt: string): Refusal =>
    refusal(
      'DISCLOSURE_NOT_ENDED',
      `Danh sách đang trong thời gian công khai đến ${formatInstantVi(endsAt)}; chưa thể quyết định.`,
      `The list is under public disclosure until ${formatInstantVi(endsAt)} (ICT); no decision yet.`,
      { rule: RULES.disclosure },
    ),
  objectionUnresolved: (n: number): Refusal =>
    refusal(
      'OBJECTION_UNRESOLVED',
      `Còn ${n} ý kiến phản ánh chưa được giải quyết; tạm dừng quyết định.`,
      `${n} objection(s) are unresolved; the decision is on hold.`,
      { rule: RULES.disclosure },
    ),
  objectionNotFound: (): Refusal =>
    refusal(
      'OBJECTION_NOT_FOUND',
      'Không tìm thấy ý kiến phản ánh này trong hồ sơ.',
      'No such objection on this nomination.',
      { field: 'objectionId' },
    ),
  objectionResolved: (): Refusal =>
    refusal(
      'OBJECTION_ALREADY_RESOLVED',
      'Ý kiến phản ánh này đã được giải quyết.',
      'This objection has already been resolved.',
      { field: 'objectionId' },
    ),
  notTheAuthority: (): Refusal =>
    refusal(
      'NOT_THE_AUTHORITY',
      'Chỉ người có thẩm quyền của cấp nhận hồ sơ mới được quyết định.',
      'Only the competent authority of the receiving level may decide.',
      { rule: RULES.competence },
    ),
  mustForward: (code: string, level: AuthorityLevel): Refusal =>
    refusal(
      'AUTHORITY_MUST_FORWARD',
      `${LEVEL_NAMES_VI[level]} không có thẩm quyền quyết định "${code}"; hãy trình cấp trên.`,
      `The ${LEVEL_NAMES_EN[level]} cannot decide "${code}"; forward it upward.`,
      { rule: RULES.competence },
    ),
  noHigherLevel: (code: string): Refusal =>
    refusal(
      'NO_HIGHER_LEVEL',
      `Cấp này đã có thẩm quyền quyết định "${code}"; không cần trình cấp trên.`,
      `This level is competent for "${code}"; there is nothing to forward.`,
      { rule: RULES.competence },
    ),
  decisionNumberTaken: (number: string, year: number): Refusal =>
    refusal(
      'DECISION_NUMBER_TAKEN',
      `Số quyết định ${number} đã được dùng cho một quyết định khác năm ${year}.`,
      `Decision number ${number} is already used by another decision in ${year}.`,
      { field: 'decisionNumber' },
    ),
  unknownReason: (): Refusal =>
    refusal(
      'UNKNOWN_REJECTION_REASON',
      'Lý do từ chối không thuộc danh mục.',
      'The rejection reason code is not in the list.',
      { field: 'reasonCode' },
    ),
};
