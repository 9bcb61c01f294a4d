import { Injectable } from '@nestjs/common';
import type { BulkSubmitRow, BulkSubmitted, DocumentRef } from '@khen/domain';
import { CaseCommands } from '../cases/case-commands.service';
import type { Caller } from '../http/case-http';
import { problem, ProblemException } from '../problem/problem.exception';
import { BulkFiling } from './bulk-filing.service';

/** Cases submitted at once: each is one Update through the command pipeline, as a single submit is. */
const AT_ONCE = 8;

/**
 * The unit submits the whole list of an upload in one step, with the dossier the list shares (the
 * proposal, the list, the minutes of the unit's meeting). Each case is submitted through the same
 * pipeline as one submit — the same checks, the same refusals, in its own workflow — so a case already
 * submitted is skipped, and calling it again after a lost answer submits nothing twice.
 */
@Injectable()
export class BulkSubmission {
  constructor(
    private readonly bulk: BulkFiling,
    private readonly cases: CaseCommands,
  ) {}

  async submit(bulkId: string, documents: DocumentRef[], caller: Caller): Promise<BulkSubmitted> {
    const progress = (await this.bulk.progress(bulkId, caller.actor)) as unknown as {
      status: string;
      rows: { row: number; name?: string; nominationId?: string; errors?: unknown[] }[];
    };
    if (progress.status !== 'COMPLETED') throw problem('BULK_STILL_FILING', { bulkId });
    const filed = progress.rows.filter((r) => r.nominationId && !r.errors?.length);
    const rows: BulkSubmitRow[] = new Array(filed.length);
    let next = 0;
    // The list's own If-Match does not apply to its cases: each is sent at the version it has.
    const each = { ...caller, ifMatch: undefined };
    const lane = async () => {
      while (next < filed.length) {
        const i = next++;
        const { row, name, nominationId } = filed[i]!;
        const base = { row, name, nominationId: nominationId! };
        try {
          await this.cases.send(nominationId!, each, 'SubmitDossier', () => ({ documents }));
          rows[i] = { ...base, status: 'SUBMITTED' };
        } catch (e) {
          if (!(e instanceof ProblemException) || e.status >= 500) throw e;
          rows[i] = {
            ...base,
            status: e.code === 'WRONG_STAGE' ? 'SKIPPED' : 'REFUSED',
            code: e.code,
            detail: e.messageVi,
            detailEn: e.messageEn,
          };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(AT_ONCE, filed.length) }, lane));
    const count = (s: BulkSubmitRow['status']) => rows.filter((r) => r.status === s).length;
    return {
      bulkId,
      total: rows.length,
      submitted: count('SUBMITTED'),
      skipped: count('SKIPPED'),
      refused: count('REFUSED'),
      rows,
    };
  }
}
