import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The awards decided in Khen, as anyone may read them: who, what, by which decision, and its signed copy. */
@Injectable()
export class AwardsQuery {
  constructor(private readonly db: DataSource) {}

  async recent() {
    const rows = (await this.db.query(
      `SELECT n.nomination_id AS "nominationId", n.nominee_name AS "nomineeName", n.state->'nominee'->>'position' AS position,
              n.award_code AS "awardCode", n.state->'rules'->'award'->>'nameVi' AS "awardName",
              coalesce(n.state->'unit'->>'name', u.name, n.unit_id) AS "unitName", n.year,
              n.state->'decision'->>'decisionNumber' AS "decisionNumber", n.state->'decision'->>'decisionDate' AS "decisionDate",
              n.state->'decision'->>'signerName' AS "signerName",
              (n.state->'decision'->'signedDocument'->>'sha256') IS NOT NULL AS signed
       FROM nominations n LEFT JOIN units u ON u.unit_id = n.unit_id
       WHERE n.outcome = 'AWARDED' ORDER BY n.state->'decision'->>'decisionDate' DESC, n.nominee_name LIMIT 500`,
    )) as ({ nominationId: string; signed: boolean } & Record<string, unknown>)[];
    return rows.map(({ signed, ...r }) => ({
      ...r,
      decisionUrl: signed ? `/api/public/awards/${r.nominationId}/decision` : null,
    }));
  }
}
