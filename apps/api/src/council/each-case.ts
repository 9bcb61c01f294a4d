import { Injectable } from '@nestjs/common';
import type { Caller } from '../http/case-http';
import { ProblemException } from '../problem/problem.exception';
import { RefusalLog } from '../problem/refusal-log';

/** Per-item outcome of a list operation: recorded, or refused with the problem it met (each one logged). */
@Injectable()
export class EachCase {
  constructor(private readonly refusals: RefusalLog) {}

  run<T extends { nominationId: string }>(caller: Caller, items: T[], send: (item: T) => Promise<unknown>) {
    return Promise.all(
      items.map(async (item) => {
        try {
          return { nominationId: item.nominationId, ok: true, result: await send(item) };
        } catch (err) {
          if (!(err instanceof ProblemException)) throw err;
          this.refusals.refused(caller, err, item.nominationId);
          return {
            nominationId: item.nominationId,
            ok: false,
            status: err.status,
            code: err.code,
            detail: err.messageVi,
            detailEn: err.messageEn,
          };
        }
      }),
    );
  }
}
