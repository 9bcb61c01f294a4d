import type { Actor } from '@khen/domain';
import type { CaseCommands } from '../cases/case-commands.service';
import type { Caller } from '../http/case-http';
import { problem, ProblemException } from '../problem/problem.exception';
import type { BulkFiling } from './bulk-filing.service';
import { BulkSubmission } from './bulk-submission.service';

const officer: Actor = { userId: 'thpt-can-bo', role: 'UNIT_OFFICER', displayName: 'Cán bộ', unitId: 'THPT-CVA' };
const caller: Caller = {
  actor: officer,
  correlationId: 'c-1',
  ifMatch: '"7"',
  what: 'POST /api/bulk-filings/b/submission',
};
const ROWS = [
  { row: 2, name: 'A', nominationId: '00000000-0000-4000-8000-000000000001' },
  { row: 3, name: 'B', errors: [{ messageVi: 'Thiếu họ và tên.', messageEn: 'No name.' }] },
  { row: 4, name: 'C', nominationId: '00000000-0000-4000-8000-000000000002' },
];

/** The list's progress as the read model has it, and a pipeline that records which cases it was sent. */
function service(status: string, refuseFor: string[] = []) {
  const sent: { id: string; ifMatch?: string; type: string }[] = [];
  const bulk = { progress: async () => ({ status, rows: ROWS }) } as unknown as BulkFiling;
  const cases = {
    send: async (id: string, c: Caller, type: string) => {
      sent.push({ id, ifMatch: c.ifMatch, type });
      if (refuseFor.includes(id)) throw problem('STALE_VERSION', { version: 3 });
      return { nominationId: id };
    },
  } as unknown as CaseCommands;
  return { submission: new BulkSubmission(bulk, cases), sent };
}

describe('a list submitted in one step', () => {
  it('is refused 409 while its rows are still being filed, and sends nothing', async () => {
    const { submission, sent } = service('RUNNING');
    const refused = await submission.submit('b', [], caller).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProblemException);
    expect(refused).toMatchObject({ code: 'BULK_STILL_FILING', status: 409 });
    expect(sent).toEqual([]);
  });

  it("sends SubmitDossier for each filed row only, without the list request's If-Match, and reports each", async () => {
    const { submission, sent } = service('COMPLETED', [ROWS[2]!.nominationId!]);
    const result = await submission.submit('b', [], caller);
    expect(sent.map((s) => [s.id, s.type, s.ifMatch])).toEqual([
      [ROWS[0]!.nominationId, 'SubmitDossier', undefined],
      [ROWS[2]!.nominationId, 'SubmitDossier', undefined],
    ]);
    expect(result).toMatchObject({ total: 2, submitted: 1, skipped: 0, refused: 1 });
    expect(result.rows.map((r) => [r.row, r.status, r.code])).toEqual([
      [2, 'SUBMITTED', undefined],
      [4, 'REFUSED', 'STALE_VERSION'],
    ]);
  });
});
