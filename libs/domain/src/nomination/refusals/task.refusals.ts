import { refusal, type Refusal } from '../../refusal';

/** The reviewers' tasks and the SLA extension. */
export const taskRefusals = {
  taskNotFound: (): Refusal =>
    refusal('TASK_NOT_FOUND', 'Không tìm thấy công việc đang mở này.', 'No such open task.', {
      field: 'taskId',
    }),
  taskClaimed: (by: string): Refusal =>
    refusal('TASK_ALREADY_CLAIMED', `Công việc đã được ${by} nhận xử lý.`, `The task is already claimed by ${by}.`, {
      field: 'taskId',
    }),
  taskNotClaimed: (): Refusal =>
    refusal(
      'TASK_NOT_CLAIMED',
      'Bạn không giữ công việc này nên không thể trả lại hoặc ủy quyền.',
      'You do not hold this task, so you cannot release or delegate it.',
      { field: 'taskId' },
    ),
  taskClaimedByOther: (by: string): Refusal =>
    refusal('TASK_CLAIMED_BY_OTHER', `Công việc này đang do ${by} xử lý.`, `This task is being handled by ${by}.`, {
      field: 'taskId',
    }),
  notInGroup: (): Refusal =>
    refusal(
      'NOT_IN_CANDIDATE_GROUP',
      'Công việc này không thuộc nhóm xử lý của bạn.',
      'This task is not in any of your groups.',
      { field: 'taskId' },
    ),
  notLead: (): Refusal =>
    refusal(
      'NOT_OFFICE_LEAD',
      'Chỉ lãnh đạo Ban Thi đua – Khen thưởng hoặc quản trị viên mới được giao lại việc.',
      'Only the head of the office or an administrator may do this.',
    ),
  invalidExtension: (): Refusal =>
    refusal(
      'INVALID_EXTENSION',
      'Gia hạn phải từ 1 đến 30 ngày làm việc, cho giai đoạn đang tính thời hạn.',
      'An extension must be 1–30 working days, on a stage whose clock runs.',
      { field: 'extraWorkingDays' },
    ),
};
