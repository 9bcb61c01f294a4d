import { refusal, type Refusal } from '../../refusal';
import { RULES } from './basis';

/** The council's secret ballot. */
export const ballotRefusals = {
  notCouncilMember: (): Refusal =>
    refusal(
      'NOT_A_COUNCIL_MEMBER',
      'Không phải là thành viên Hội đồng xét duyệt hồ sơ này.',
      'Not a member of the council reviewing this nomination.',
      { rule: RULES.ballot },
    ),
  recused: (): Refusal =>
    refusal(
      'MEMBER_RECUSED',
      'Thành viên cùng đơn vị với người được đề nghị không tham gia bỏ phiếu (tránh xung đột lợi ích).',
      "A member from the nominee's own unit does not vote (conflict of interest).",
      { rule: RULES.ballot },
    ),
  alreadyVoted: (): Refusal =>
    refusal(
      'ALREADY_VOTED',
      'Thành viên này đã bỏ phiếu hoặc đã gửi ý kiến; mỗi thành viên chỉ có một phiếu.',
      'This member has already voted or sent an opinion; one vote per member.',
      { rule: RULES.ballot },
    ),
  ballotClosed: (): Refusal =>
    refusal(
      'BALLOT_CLOSED',
      'Cuộc bỏ phiếu đã kết thúc, không thể bỏ thêm phiếu.',
      'The ballot is closed; no more votes are accepted.',
      { rule: RULES.ballot },
    ),
  quorumNotReached: (cast: number, needed: number): Refusal =>
    refusal(
      'QUORUM_NOT_REACHED',
      `Chưa đủ số thành viên tham gia bỏ phiếu (${cast}/${needed}), chưa thể kết thúc bỏ phiếu.`,
      `Quorum not reached (${cast}/${needed}); the ballot cannot be closed yet.`,
      { rule: RULES.ballot },
    ),
  sealedInvalid: (): Refusal =>
    refusal('SEALED_BALLOT_INVALID', 'Phiếu bầu không hợp lệ.', 'The sealed ballot is not valid.', {
      field: 'choice',
    }),
};
