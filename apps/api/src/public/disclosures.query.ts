import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The lists under public disclosure, as anyone may read them. */
@Injectable()
export class DisclosuresQuery {
  constructor(private readonly db: DataSource) {}

  open() {
    return this.db.query(
      `SELECT n.nomination_id AS "nominationId", n.case_number AS "caseNumber", n.nominee_name AS "nomineeName", n.state->'nominee'->>'position' AS position,
              n.state->'nominee'->>'subject' AS subject, n.award_code AS "awardCode", n.state->'rules'->'award'->>'nameVi' AS "awardName",
              n.unit_id AS "unitId", coalesce(n.state->'unit'->>'name', u.name, n.unit_id) AS "unitName", n.year,
              n.state->'disclosure'->>'opensAt' AS "opensAt", n.state->'disclosure'->>'endsAt' AS "endsAt"
       FROM nominations n LEFT JOIN units u ON u.unit_id = n.unit_id
       WHERE n.status = 'DISCLOSURE_OPEN' ORDER BY n.state->'disclosure'->>'endsAt', n.nominee_name LIMIT 1000`,
    );
  }
}
