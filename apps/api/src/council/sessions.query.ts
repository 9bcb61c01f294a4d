import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '@khen/domain';

/** The cases a council session lists (by the session id their appraisal named). */
@Injectable()
export class SessionsQuery {
  constructor(private readonly db: DataSource) {}

  async list(sessionId: string, a: Actor) {
    const council = a.role === 'ADMIN' ? await this.councilOf(sessionId) : (a.councilId ?? '');
    return this.db.query(
      `SELECT nomination_id AS "nominationId", nominee_name AS "nomineeName", award_code AS "awardCode", unit_id AS "unitId", status,
              (state->'ballot'->>'open')::boolean AS "ballotOpen"
       FROM nominations WHERE council_id = $1 AND (state->'appraisal'->>'sessionId' = $2) ORDER BY nominee_name`,
      [council, sessionId],
    );
  }

  /** The session's cases whose ballot is open, in the caller's council. */
  async openBallots(sessionId: string, a: Actor): Promise<{ nominationId: string }[]> {
    return this.db.query(
      `SELECT nomination_id AS "nominationId" FROM nominations WHERE council_id = $1 AND status = 'BALLOT_OPEN' AND state->'appraisal'->>'sessionId' = $2`,
      [a.councilId ?? '', sessionId],
    );
  }

  private async councilOf(sessionId: string): Promise<string> {
    const [row] = await this.db.query(
      `SELECT council_id FROM nominations WHERE state->'appraisal'->>'sessionId' = $1 LIMIT 1`,
      [sessionId],
    );
    return row?.council_id ?? '';
  }
}
