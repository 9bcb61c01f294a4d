import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The organisation as reference data: councils with their members, units, campaigns. */
@Injectable()
export class DirectoryQuery {
  constructor(private readonly db: DataSource) {}

  councils() {
    return this.db.query(
      `SELECT council_id AS "councilId", name, level, authority_id AS "authorityId", authority_name AS "authorityName", members FROM councils ORDER BY council_id`,
    );
  }

  units() {
    return this.db.query(
      `SELECT unit_id AS "unitId", name, parent_id AS "parentId", level FROM units ORDER BY unit_id`,
    );
  }

  campaigns() {
    return this.db.query(
      `SELECT campaign_id AS "campaignId", name, year, kind, unit_id AS "unitId", level,
              filing_opens_on::text AS "filingOpensOn", filing_closes_on::text AS "filingClosesOn",
              awards, council_id AS "councilId", status,
              state->>'registrationOpensOn' AS "registrationOpensOn", state->>'registrationClosesOn' AS "registrationClosesOn",
              state->>'evaluationOpensOn' AS "evaluationOpensOn", state->>'evaluationClosesOn' AS "evaluationClosesOn"
         FROM campaigns ORDER BY year DESC, campaign_id`,
    );
  }
}
