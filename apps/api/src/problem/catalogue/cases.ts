import type { CommandProgress } from '@khen/temporal';
import { entry } from './entry';

const PROGRESS_VI: Record<CommandProgress, string> = {
  PENDING: 'thao tác đang chờ xử lý, chưa được ghi nhận',
  IN_PROGRESS: 'hồ sơ đã nhận thao tác và đang ghi nhận',
  LOST: 'thao tác chưa đến được hồ sơ, không có gì được ghi nhận',
  UNCONFIRMED: 'chưa xác định được thao tác đã đến hồ sơ hay chưa',
};

/** Refusals about cases, their commands and their tasks, beyond the domain's own. */
export const CASE_REFUSALS = {
  NOMINATION_NOT_FOUND: entry<{ id: string }>(404, ({ id }) => ({
    vi: `Không tìm thấy hồ sơ ${id}.`,
    en: `Nomination ${id} not found.`,
    field: 'id',
  })),
  STALE_VERSION: entry<{ version: number }>(412, ({ version }) => ({
    vi: `Hồ sơ đã thay đổi (phiên bản hiện tại ${version}); vui lòng tải lại.`,
    en: `The nomination changed (current version ${version}); reload it.`,
    field: 'If-Match',
  })),
  NOMINATION_EXISTS: entry(409, () => ({
    vi: 'Hồ sơ với mã này đã tồn tại.',
    en: 'A nomination with this id already exists.',
    field: 'nominationId',
  })),
  NO_UNIT: entry(403, () => ({ vi: 'Tài khoản không gắn với đơn vị nào.', en: 'The account belongs to no unit.' })),
  UNKNOWN_COUNCIL: entry<{ councilId: string }>(422, ({ councilId }) => ({
    vi: `Không có Hội đồng "${councilId}".`,
    en: `No council "${councilId}".`,
    field: 'councilId',
  })),
  UNKNOWN_CAMPAIGN: entry<{ campaignId: string }>(422, ({ campaignId }) => ({
    vi: `Không có đợt thi đua "${campaignId}".`,
    en: `No campaign "${campaignId}".`,
    field: 'campaignId',
  })),
  ESCALATION_CLOSES_ITSELF: entry(409, () => ({
    vi: 'Việc quá hạn tự đóng khi hồ sơ chuyển bước; hãy xử lý hồ sơ hoặc gia hạn.',
    en: 'An escalation closes by itself when the case moves on; act on the case or extend its deadline.',
    field: 'taskId',
  })),
  /** A hand-over to somebody outside the task's candidate group (or unknown): the task would vanish. */
  ASSIGNEE_NOT_ELIGIBLE: entry<{ userId: string; field: 'assignee' | 'to' }>(422, ({ userId, field }) => ({
    vi: `"${userId}" không phải là người có thể nhận việc này (không có trong danh bạ hoặc không thuộc nhóm xử lý việc); hãy chọn một người trong danh sách.`,
    en: `"${userId}" may not hold this task (unknown, or not in the task's group); pick somebody from the list.`,
    field,
  })),
  OBJECTION_CODE_UNKNOWN: entry<{ code: string }>(404, ({ code }) => ({
    vi: `Không tìm thấy ý kiến phản ánh có mã tiếp nhận "${code.slice(0, 32)}"; mã có dạng PA-1A2B3C4D, in trên giấy tiếp nhận.`,
    en: `No objection with tracking code "${code.slice(0, 32)}"; a code reads like PA-1A2B3C4D, as on the receipt.`,
    field: 'code',
  })),
  VIEW_NOT_FOUND: entry<{ name: string }>(404, ({ name }) => ({
    vi: `Không có bộ lọc đã lưu "${name}".`,
    en: `No saved view "${name}".`,
    field: 'view',
  })),
  BALLOT_IN_PROGRESS: entry(409, () => ({
    vi: 'Hội đồng đang bỏ phiếu kín: chỉ cơ quan thường trực của Hội đồng được xem ai đã tham gia; vui lòng chờ kết thúc bỏ phiếu.',
    en: 'A secret ballot is open: only the council office may see who took part; wait until it closes.',
  })),
  TOO_MANY_OBJECTIONS: entry(429, () => ({
    vi: 'Bạn đã gửi quá nhiều ý kiến trong một giờ; vui lòng thử lại sau.',
    en: 'Too many objections from this client in an hour; try again later.',
  })),
  /** No worker answered within the bound: how far the command got, and where to learn its outcome. */
  COMMAND_NOT_ANSWERED: entry<{ nominationId: string; commandId: string; progress: CommandProgress }>(
    503,
    ({ nominationId, commandId, progress }) => ({
      vi: `Hệ thống xử lý chưa trả lời kịp (${PROGRESS_VI[progress]}); vui lòng thử lại sau ít giây.`,
      en: `No worker answered in time (${progress}); retry in a few seconds.`,
      more: { commandId, progress, commandUrl: `/api/nominations/${nominationId}/commands/${commandId}` },
    }),
  ),
  /**
   * The case is open in the event store, and Temporal has no workflow running it (its state was lost):
   * nothing was recorded; the case takes commands again once resumed from its stream.
   */
  CASE_WORKFLOW_MISSING: entry(503, () => ({
    vi: 'Hồ sơ đang mở nhưng quy trình xử lý của hồ sơ tạm thời không chạy (đang được khôi phục từ dữ liệu đã lưu); thao tác chưa được ghi nhận, vui lòng thử lại sau ít phút.',
    en: 'The case is open but its workflow is not running (it is being restored from the stored history); nothing was recorded, retry in a few minutes.',
  })),
  /**
   * The case's workflow is behind its stream (a Temporal restored from an older backup): the append met a
   * newer version, nothing was recorded; the case takes commands again once resumed from its stream.
   */
  CASE_OUT_OF_STEP: entry(409, () => ({
    vi: 'Quy trình xử lý của hồ sơ chưa theo kịp dữ liệu đã lưu của hồ sơ; thao tác chưa được ghi nhận. Quản trị viên cần khôi phục hồ sơ, sau đó vui lòng thử lại.',
    en: "The case's workflow is behind the case's stored history; nothing was recorded. An administrator must resume the case; then retry.",
  })),
  /** A command Temporal has no trace of (never arrived, or dropped): nothing was recorded. */
  COMMAND_NOT_FOUND: entry<{ commandId: string }>(404, ({ commandId }) => ({
    vi: `Không có thao tác ${commandId} trên hồ sơ này: thao tác chưa được ghi nhận, có thể gửi lại.`,
    en: `No command ${commandId} on this nomination: nothing was recorded; it may be sent again.`,
    field: 'commandId',
  })),
};
