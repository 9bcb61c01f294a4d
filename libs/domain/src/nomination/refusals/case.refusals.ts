import { LEVEL_NAMES_EN, LEVEL_NAMES_VI, type AuthorityLevel } from '../../organisation/levels';
import { KIND_NAMES_EN, KIND_NAMES_VI, type NominationKind } from '../../organisation/kinds';
import { refusal, type Refusal, type RuleReference } from '../../refusal';
import { STAGE_NAMES_EN, STAGE_NAMES_VI, type Stage } from '../../stages';
import type { NominationCommandType } from '../nomination.commands';
import { STATUS_NAMES_EN, STATUS_NAMES_VI, type NominationStatus } from '../nomination.state';
import { ACTION_EN, ACTION_VI } from './actions';
import { RULES } from './basis';

/** The case, its stage and who may act on it; the dossier against the rules in force. */
export const caseRefusals = {
  closed: (cmd: NominationCommandType): Refusal =>
    refusal(
      'NOMINATION_CLOSED',
      `Hồ sơ đã kết thúc, không thể ${ACTION_VI[cmd]}.`,
      `The nomination is closed; cannot ${ACTION_EN[cmd]}.`,
    ),
  wrongStage: (cmd: NominationCommandType, stage: Stage, status: string): Refusal =>
    refusal(
      'WRONG_STAGE',
      `Không thể ${ACTION_VI[cmd]} khi hồ sơ đang ở giai đoạn "${STAGE_NAMES_VI[stage]}" (${STATUS_NAMES_VI[status as NominationStatus] ?? status}).`,
      `Cannot ${ACTION_EN[cmd]} while the nomination is in stage "${STAGE_NAMES_EN[stage]}" (${STATUS_NAMES_EN[status as NominationStatus] ?? status}).`,
    ),
  notOwnUnit: (): Refusal =>
    refusal(
      'NOT_OWN_UNIT',
      'Chỉ cán bộ của đơn vị đề nghị mới được thao tác trên hồ sơ này.',
      'Only an officer of the proposing unit may act on this dossier.',
      { rule: RULES.competence },
    ),
  notPermitted: (cmd: NominationCommandType, who: string): Refusal =>
    refusal(
      'ACTION_NOT_PERMITTED',
      `${who} không được ${ACTION_VI[cmd]} trên hồ sơ này.`,
      `${who} may not ${ACTION_EN[cmd]} on this nomination.`,
    ),
  emptyField: (field: string, vi: string, en: string): Refusal =>
    refusal('FIELD_REQUIRED', `Thiếu thông tin bắt buộc: ${vi}.`, `Missing required field: ${en}.`, {
      field,
    }),
  invalidDate: (field: string): Refusal =>
    refusal(
      'INVALID_DATE',
      'Ngày không hợp lệ (định dạng yyyy-MM-dd, không sau ngày hôm nay).',
      'Invalid date (format yyyy-MM-dd, not after today).',
      { field },
    ),
  invalidYear: (year: number, min: number, max: number): Refusal =>
    refusal(
      'INVALID_YEAR',
      `Năm thành tích ${year} không hợp lệ (từ ${min} đến ${max}).`,
      `Achievement year ${year} is out of range (${min}–${max}).`,
      { field: 'year' },
    ),
  noRulesInForce: (date: string): Refusal =>
    refusal(
      'NO_RULES_IN_FORCE',
      `Không có bộ quy tắc nào có hiệu lực vào ngày ${date}.`,
      `No rule set is in force on ${date}.`,
    ),
  unknownAward: (code: string): Refusal =>
    refusal(
      'UNKNOWN_AWARD',
      `Danh hiệu/hình thức khen thưởng "${code}" không có trong bộ quy tắc hiện hành.`,
      `Award "${code}" is not in the rule set in force.`,
      { field: 'awardCode' },
    ),
  wrongSubject: (code: string): Refusal =>
    refusal(
      'WRONG_SUBJECT',
      `Đối tượng được đề nghị không phù hợp với danh hiệu "${code}".`,
      `The nominee's kind does not fit award "${code}".`,
      { field: 'nominee.subject' },
    ),
  kindNotAllowed: (code: string, kind: NominationKind): Refusal =>
    refusal(
      'KIND_NOT_ALLOWED',
      `Danh hiệu "${code}" không xét theo loại hình «${KIND_NAMES_VI[kind]}».`,
      `Award "${code}" is not given as "${KIND_NAMES_EN[kind]}".`,
      { field: 'kind' },
    ),
  notCompetent: (code: string, level: AuthorityLevel): Refusal =>
    refusal(
      'AUTHORITY_NOT_COMPETENT',
      `${LEVEL_NAMES_VI[level]} không có thẩm quyền xét danh hiệu "${code}"; hãy gửi Hội đồng của cấp có thẩm quyền.`,
      `The ${LEVEL_NAMES_EN[level]} level is not competent for award "${code}"; file it with the competent level's council.`,
      { field: 'councilId', rule: RULES.competence },
    ),
  /** The documents by their names in the rule set (an official reads "Tờ trình…", not TO_TRINH). */
  missingDocuments: (
    codes: string[],
    rule: RuleReference = RULES.dossier,
    names: Record<string, { nameVi: string; nameEn: string }> = {},
  ): Refusal =>
    refusal(
      'MISSING_DOCUMENTS',
      `Hồ sơ còn thiếu tài liệu bắt buộc: ${codes.map((c) => names[c]?.nameVi ?? c).join('; ')}.`,
      `The dossier lacks required documents: ${codes.map((c) => names[c]?.nameEn ?? c).join('; ')}.`,
      { field: 'documents', rule },
    ),
};
