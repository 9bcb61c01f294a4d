import { refuse, refusal, type RefusalKind } from '@khen/domain';
import { ProblemException } from './problem.exception';

// The edge reads a refusal's kind as refusal.ts documents it: 409 conflict, 422 invalid content,
// 403 not permitted, 404 not found. Nothing else decides the status of a refused command.
describe('a refusal becoming an HTTP problem', () => {
  it.each<[RefusalKind, number]>([
    ['CONFLICT', 409],
    ['INVALID', 422],
    ['FORBIDDEN', 403],
    ['NOT_FOUND', 404],
  ])('answers a refusal of kind %s with HTTP %i', (kind, status) => {
    expect(ProblemException.fromRefusal(refusal('TASK_NOT_FOUND', kind, 'Không tìm thấy.', 'Not found.')).status).toBe(
      status,
    );
  });

  it('answers an unknown task with 404 and keeps the code, both messages and the field', () => {
    const p = ProblemException.fromRefusal(refuse.taskNotFound());
    expect(p).toMatchObject({
      status: 404,
      code: 'TASK_NOT_FOUND',
      messageVi: 'Không tìm thấy công việc đang mở này.',
      messageEn: 'No such open task.',
      extra: { field: 'taskId' },
    });
  });
});
