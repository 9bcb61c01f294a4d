import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { refuseDir, toCivilDate, type Actor } from '@khen/domain';
import { problem, ProblemException } from '../problem/problem.exception';
import type { HoldDto, ImportDto } from './registry.dto';

/** The registry (sổ khen thưởng) and holds, read and written directly: reference data, not events. */
@Injectable()
export class RegistryService {
  constructor(private readonly db: DataSource) {}

  entries(nomineeKey: string) {
    return this.db.query(
      `SELECT entry_id AS "entryId", nominee_key AS "nomineeKey", nominee_name AS "nomineeName", award_code AS "awardCode", year, kind, unit_id AS "unitId",
              decision_number AS "decisionNumber", to_char(decision_date, 'YYYY-MM-DD') AS "decisionDate", authority_id AS "authorityId", nomination_id AS "nominationId", source
       FROM award_registry WHERE nominee_key = $1 ORDER BY year, award_code`,
      [nomineeKey],
    );
  }

  /** History from before the system; an entry already there is kept as it is. */
  async import(dto: ImportDto, a: Actor) {
    let imported = 0;
    await this.db.transaction(async (m) => {
      for (const e of dto.entries) {
        const id = `import:${e.nomineeKey}:${e.awardCode}:${e.year}:${e.decisionNumber}`;
        const rows = await m.query(
          `INSERT INTO award_registry (entry_id, nominee_key, nominee_name, award_code, year, kind, unit_id, decision_number, decision_date, authority_id,
             signer_id, nomination_id, source, recorded_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, NULL, 'IMPORT', now()) ON CONFLICT (entry_id) DO NOTHING RETURNING entry_id`,
          [
            id,
            e.nomineeKey,
            e.nomineeName,
            e.awardCode,
            e.year,
            e.kind,
            e.unitId,
            e.decisionNumber,
            e.decisionDate,
            e.authorityId,
            `import:${a.userId}`,
          ],
        );
        imported += rows.length;
      }
    });
    return { imported, skipped: dto.entries.length - imported };
  }

  holds() {
    return this.db.query(
      `SELECT hold_id AS "holdId", nominee_key AS "nomineeKey", type, to_char(since, 'YYYY-MM-DD') AS since, to_char(until, 'YYYY-MM-DD') AS until, reference,
              created_by AS "createdBy" FROM nominee_holds WHERE until IS NULL OR until >= $1 ORDER BY since DESC`,
      [toCivilDate(new Date())],
    );
  }

  async addHold(dto: HoldDto, a: Actor) {
    if (dto.until && dto.until < dto.since)
      throw ProblemException.fromRefusal(refuseDir.endBeforeStart('until', dto.since, dto.until));
    const holdId = randomUUID();
    await this.db.query(
      `INSERT INTO nominee_holds (hold_id, nominee_key, type, since, until, reference, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
      [holdId, dto.nomineeKey, dto.type, dto.since, dto.until ?? null, dto.reference, a.userId],
    );
    return { holdId };
  }

  /** Ends a hold from today on (its last day was yesterday). */
  async lift(holdId: string) {
    const yesterday = toCivilDate(new Date(Date.now() - 24 * 3600 * 1000));
    const rows = await this.db.query(
      `UPDATE nominee_holds SET until = $2 WHERE hold_id = $1 AND (until IS NULL OR until > $2) RETURNING hold_id`,
      [holdId, yesterday],
    );
    if (!rows[1]) throw problem('HOLD_NOT_FOUND');
    return { holdId, until: yesterday };
  }
}
